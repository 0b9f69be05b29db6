"""Searchers kept open per thread, and the tables one index generation computes once."""

import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.index import EmptyIndexError
from whoosh.reading import TermNotFound
from whoosh.searching import Results, Searcher
from whoosh.writing import SegmentWriter

from . import scoring
from .termstats import lookup, read_stats, term_hash
from .writer import _SegmentWriter

FILTER_CACHE_SIZE = 32  # per generation: the content-type filters and a few narrow queries
# Opening the index while another process commits can find its table of contents or a
# merged-away segment already deleted: open the newer generation instead, a few times.
OPEN_ATTEMPTS = 6


class SharedSearcher(Searcher):
    """A searcher kept open between queries, with what it can cache for them.

    `close()` (haystack's, after each query) is a no-op. Its users are counted (`use()`,
    `done()`): once a newer generation replaced it (`retire()`), the last user closes it, so
    a commit never closes a searcher a request is still reading. `matching()` (filter
    document sets), `value_pairs()` (facet values) and `sort_keys()` are computed once per index
    generation and shared with the other threads' searchers (`shared`).
    """

    def __init__(self, reader, shared: "_Generation | None" = None, **kwargs):
        super().__init__(reader, **kwargs)
        self.shared = shared or _Generation(None, None)
        self._users = 0
        self._retired = False
        self._users_lock = threading.Lock()

    def close(self):
        pass

    def use(self) -> "SharedSearcher":
        with self._users_lock:
            self._users += 1
        return self

    def done(self) -> None:
        with self._users_lock:
            self._users -= 1
            last = self._retired and self._users == 0
        if last:
            self.release()

    def retire(self) -> None:
        """A newer generation is open: close now if nobody reads, else when the last user is done."""
        with self._users_lock:
            self._retired = True
            idle = self._users == 0
        if idle:
            self.release()

    def release(self):
        """Really close the files."""
        super().close()

    def search(self, q, sortedby=None, reverse=False, limit=10, filter=None, **kwargs):
        """Whoosh's search; sorted by one numeric column field, from cached sort key arrays.

        Whoosh's sorting collector steps through every match reading its sort key in
        Python; here the matches come as an array (scored from arrays, or Whoosh's unscored
        fast path) and are ordered by one array sort on the cached keys: the same order
        (key, then document number, in the sort's direction), the same keys as scores, the
        same count. `docs()` keeps the array, for counting facets from arrays.
        """
        if kwargs.get("groupedby") is None:
            kwargs.pop("groupedby", None)
        field = sortedby[0] if isinstance(sortedby, (list, tuple)) and len(sortedby) == 1 else sortedby
        keys = (self.sort_keys(field) if not kwargs and isinstance(field, str) and self.reader().has_column(field)
                and isinstance(filter, (set, frozenset, type(None))) else None)
        if not isinstance(keys, np.ndarray):
            return super().search(q, sortedby=sortedby, reverse=reverse, limit=limit, filter=filter, **kwargs)
        if limit is not None and limit < 1:
            raise ValueError("limit must be >= 1")
        docs = self._matching_array(q)
        if filter is not None:
            allowed = np.zeros(self.reader().doc_count_all(), dtype=bool)
            allowed[np.fromiter(filter, dtype=np.int64, count=len(filter))] = True
            docs = docs[allowed[docs]]
        order = np.lexsort((docs, keys[docs]))
        if reverse:
            order = order[::-1]
        top = docs[order[:limit]]
        results = Results(self, q, list(zip(keys[top].tolist(), top.tolist())), docset=None)
        results._total = len(docs)
        results.docset = scoring.DocSet(docs)
        return results

    def _matching_array(self, q) -> np.ndarray:
        """The documents matching `q`, ascending, as an array (cached when Whoosh finds them).

        A query of words is evaluated from arrays; the others (the content type alone:
        every article, newest first) are read by Whoosh, 100,000 numbers in Python.
        """
        if scoring.scorable(self, q):
            return scoring.evaluate(self, q)[0]
        cache, key = self.shared.arrays, repr(q)
        docs = cache.get(key)
        if docs is None:
            if len(cache) >= FILTER_CACHE_SIZE:
                cache.pop(next(iter(cache)), None)
            docs = cache[key] = np.unique(np.fromiter(self.docs_for_query(q), dtype=np.int64))
        return docs

    def matching(self, q) -> set:
        """The set of document numbers matching a query (cached): a filter for `search()`."""
        cache, key = self.shared.matching, repr(q)
        docs = cache.get(key)
        if docs is None:
            if len(cache) >= FILTER_CACHE_SIZE:
                cache.pop(next(iter(cache)), None)
            docs = cache[key] = set(self.docs_for_query(q))
        return docs

    def matching_mask(self, q) -> np.ndarray:
        """`matching(q)` as a boolean array by global document number (cached)."""
        cache, key = self.shared.masks, repr(q)
        mask = cache.get(key)
        if mask is None:
            docs = self.matching(q)
            if len(cache) >= FILTER_CACHE_SIZE:
                cache.pop(next(iter(cache)), None)
            mask = np.zeros(self.reader().doc_count_all(), dtype=bool)
            mask[np.fromiter(docs, dtype=np.int64, count=len(docs))] = True
            cache[key] = mask
        return mask

    def term_stats(self, fieldname: str, btexts: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
        """The terms' total weights and document counts in the index (0 when absent).

        From each segment's statistics file (`termstats`), all terms at once; a segment
        written without one is asked term by term.
        """
        hashes = np.array([term_hash(btext) for btext in btexts], dtype=np.int64)
        weights, docs = np.zeros(len(btexts)), np.zeros(len(btexts), dtype=np.int64)
        for leaf, _ in self.reader().leaf_readers():
            table = _segment_term_stats(self.shared.index_key, leaf, fieldname)
            if table is not None:
                found_weights, found_docs = lookup(table, hashes)
                weights += found_weights
                docs += found_docs
                continue
            for i, btext in enumerate(btexts):
                try:
                    info = leaf.term_info(fieldname, btext)
                except TermNotFound:
                    continue
                weights[i] += info.weight()
                docs[i] += info.doc_frequency()
        return weights, docs

    def length_bytes(self, fieldname: str) -> np.ndarray:
        """Each document's stored field-length byte, by global document number (cached)."""
        lengths = self.shared.lengths.get(fieldname)
        if lengths is None:
            parts = [_segment_length_bytes(self.shared.index_key, reader, fieldname)
                     for reader, _ in self.reader().leaf_readers()]
            lengths = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint8)
            self.shared.lengths[fieldname] = lengths
        return lengths

    def value_pairs(self, fieldname: str) -> tuple[np.ndarray, np.ndarray, list]:
        """Each document's values of a field as arrays: (document, value code) pairs and the
        values by code (cached).

        Every document has at least one pair (None when it has no value), in document order.
        """
        pairs = self.shared.value_pairs.get(fieldname)
        if pairs is None:
            codes: dict = {}
            docs, found = [], []
            for reader, offset in self.reader().leaf_readers():
                local_docs, local_codes, local_values = _segment_value_pairs(self.shared.index_key, reader, fieldname)
                mapping = np.array([codes.setdefault(v, len(codes)) for v in local_values], dtype=np.int32)
                docs.append(local_docs + offset)
                found.append(mapping[local_codes] if len(local_codes) else local_codes)
            empty = np.zeros(0, dtype=np.int32)
            pairs = (np.concatenate(docs) if docs else empty, np.concatenate(found) if found else empty, list(codes))
            self.shared.value_pairs[fieldname] = pairs
        return pairs

    def value_ranks(self, fieldname: str) -> np.ndarray:
        """Each `value_pairs` code's rank in value order, None last: facet ties' order (cached)."""
        ranks = self.shared.value_ranks.get(fieldname)
        if ranks is None:
            values = self.value_pairs(fieldname)[2]
            present = sorted((v, code) for code, v in enumerate(values) if v is not None)
            order = [code for _, code in present] + [code for code, v in enumerate(values) if v is None]
            ranks = np.empty(len(values), dtype=np.int64)
            ranks[np.array(order, dtype=np.int64)] = np.arange(len(values))
            self.shared.value_ranks[fieldname] = ranks
        return ranks

    def sort_keys(self, fieldname: str) -> "np.ndarray | list":
        """Each document's sort key in a column field, by global document number (cached).

        An int64 array when every key is an integer (numbers and dates: 8 bytes a
        document, where a list of Python ints took ~36), else a list.
        """
        keys = self.shared.sort_keys.get(fieldname)
        if keys is None:
            parts = [_segment_sort_keys(self.shared.index_key, reader, fieldname)
                     for reader, _ in self.reader().leaf_readers()]
            if all(isinstance(part, np.ndarray) for part in parts):
                keys = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
            else:
                keys = [key for part in parts for key in part]
            self.shared.sort_keys[fieldname] = keys
        return keys


class _UnreadResults(Sequence):
    """haystack's list of results for every hit, each made (stored fields...) when first read.

    For 10,000 hits making them took 1.4 s, for callers that only wanted the count or the
    spelling suggestion. They count as a user of their searcher until read or dropped.
    """

    def __init__(self, searcher, count: int, make):
        self._count, self._make, self._results = count, make, None
        self._done = weakref.finalize(self, searcher.use().done)

    def _read(self) -> list:
        if self._results is None:
            self._results, self._make = self._make(), None
            self._done()
        return self._results

    def __len__(self) -> int:
        return self._count if self._results is None else len(self._results)

    def __getitem__(self, index):
        return self._read()[index]

    def __iter__(self):
        return iter(self._read())


class _Generation:
    """What the searchers of one index generation compute once and share across threads."""

    def __init__(self, index_key: tuple | None, generation: int | None):
        self.index_key = index_key
        self.generation = generation
        self.matching: dict[str, set] = {}
        self.sort_keys: dict[str, np.ndarray | list] = {}
        self.corrections: dict[str, str] = {}  # spelling: word → corrected word
        self.value_pairs: dict[str, tuple] = {}  # `values` as arrays, for counting facets
        self.masks: dict[str, np.ndarray] = {}  # `matching` as arrays, for array scoring
        self.arrays: dict[str, np.ndarray] = {}  # matches Whoosh found, for sorted searches
        self.value_ranks: dict[str, np.ndarray] = {}  # facet values' order, for their ties
        self.lengths: dict[str, np.ndarray] = {}  # field-length bytes, for array scoring



# Per index, segment and field: each document's value pairs, sort keys or term statistics. Segments never change
# but for deletions, which no search matches. Shared by threads; a segment merged away is
# forgotten when a newer generation opens. So is the older generation's `_Generation`.
_SEGMENT_TABLES: dict[tuple, list] = {}
_GENERATIONS: dict[tuple, _Generation] = {}
_LOCK = threading.Lock()
_NO_VALUE = (None,)  # a document without a value counts under None, as in Whoosh


def _index_key(index) -> tuple:
    storage = index.storage
    return (getattr(storage, "folder", None) or id(storage), index.indexname)


def _segment_values(reader, fieldname: str) -> list[tuple]:
    """One segment's values of a field by document, read from the postings as Whoosh's facets
    read them: the step to `_segment_value_pairs`, not kept (~40 MiB a field at 100k)."""
    table = [_NO_VALUE] * reader.doc_count_all()
    if reader.segment() is None:  # an empty index's reader
        return table
    field = reader.schema[fieldname]
    for btext in field.sortable_terms(reader, fieldname):
        value = field.from_bytes(btext)
        for docnum in reader.postings(fieldname, btext).all_ids():
            values = table[docnum]
            table[docnum] = (value,) if values is _NO_VALUE else values + (value,)
    return table


def _segment_sort_keys(index_key: tuple, reader, fieldname: str) -> list:
    """One segment's sort keys, as Whoosh's column sorting reads them."""
    if reader.segment() is None:  # an empty index's reader
        return []
    key = (index_key, reader.segment().segment_id(), f"sort:{fieldname}")
    keys = _SEGMENT_TABLES.get(key)
    if keys is None:
        column = reader.column_reader(fieldname, translate=False)
        keys = list(map(column.sort_key, range(reader.doc_count_all())))
        if all(type(k) is int and -2 ** 63 <= k < 2 ** 63 for k in keys):
            keys = np.array(keys, dtype=np.int64)
        _SEGMENT_TABLES[key] = keys
    return keys


def _segment_value_pairs(index_key: tuple, reader, fieldname: str) -> tuple:
    """One segment's `_segment_values` as (document, local code) arrays and its values by code."""
    key = (index_key, reader.segment().segment_id() if reader.segment() else None, f"pairs:{fieldname}")
    pairs = _SEGMENT_TABLES.get(key) if key[1] else None
    if pairs is None:
        table = _segment_values(reader, fieldname)
        codes: dict = {}
        counts = np.fromiter(map(len, table), dtype=np.int64, count=len(table))
        docs = np.repeat(np.arange(len(table), dtype=np.int32), counts)
        flat = [codes.setdefault(value, len(codes)) for values in table for value in values]
        pairs = (docs, np.array(flat, dtype=np.int32), list(codes))
        if key[1]:
            _SEGMENT_TABLES[key] = pairs
    return pairs


def _segment_term_stats(index_key: tuple, reader, fieldname: str) -> np.ndarray | None:
    """One segment's term statistics file (`termstats`), None when it has none (cached)."""
    if reader.segment() is None:
        return None
    key = (index_key, reader.segment().segment_id(), f"termstats:{fieldname}")
    if key not in _SEGMENT_TABLES:
        _SEGMENT_TABLES[key] = read_stats(reader.storage(), reader.segment(), fieldname)
    return _SEGMENT_TABLES[key]


def _segment_length_bytes(index_key: tuple, reader, fieldname: str) -> np.ndarray:
    """One segment's field-length bytes (0: no length), as Whoosh's BM25F reads them."""
    found = np.zeros(reader.doc_count_all(), dtype=np.uint8)
    if reader.segment() is None:  # an empty index's reader
        return found
    key = (index_key, reader.segment().segment_id(), f"lengths:{fieldname}")
    table = _SEGMENT_TABLES.get(key)
    if table is None:
        column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is not None:  # one byte a document, read at once instead of one by one
            stored = column._dbfile.get(column._basepos, min(column._count, len(found)))
            found[: len(stored)] = np.frombuffer(stored, dtype=np.uint8)
        table = _SEGMENT_TABLES[key] = found
    return table


def _shared_generation(index_key: tuple, reader) -> _Generation:
    """The tables shared by searchers of `reader`'s generation; older ones are dropped."""
    generation = reader.generation()
    with _LOCK:
        shared = _GENERATIONS.get(index_key)
        if shared is not None and shared.generation == generation:
            return shared
        if generation is None or (shared is not None and shared.generation > generation):
            return _Generation(index_key, generation)  # an older reader: not shared
        shared = _GENERATIONS[index_key] = _Generation(index_key, generation)
        live = {leaf.segment().segment_id() for leaf, _ in reader.leaf_readers() if leaf.segment()}
        for key in list(_SEGMENT_TABLES):
            if key[0] == index_key and key[1] not in live:
                del _SEGMENT_TABLES[key]
        return shared

class SharedIndex:
    """The Whoosh index as the backend sees it: `searcher()` is this thread's open searcher.

    The searcher is reopened when the index's generation changed (a commit by this or any
    other process); otherwise it is reused, which keeps the segments open and their
    caches warm. Whoosh's own `Searcher.refresh()` is not used: reusing segment readers,
    it keeps merged-away segments (duplicate hits) and misses new deletions. Every other
    attribute is the wrapped index's.
    """

    def __init__(self, index):
        self._index = index
        self._local = threading.local()

    def __getattr__(self, name):
        return getattr(self._index, name)

    def refresh(self) -> "SharedIndex":
        return self  # searcher() looks at the latest generation every time

    def searcher(self, **kwargs) -> Searcher:
        """This thread's searcher on the latest generation (count its use with `reading()`)."""
        if kwargs:
            return self._index.searcher(**kwargs)
        current = getattr(self._local, "searcher", None)
        for attempt in range(OPEN_ATTEMPTS):
            try:
                if current is not None and current.reader().generation() == self._index.latest_generation():
                    return current
                reader = self._index.reader()
                break
            except (OSError, EmptyIndexError):  # a commit replaced what we were opening
                if attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.01 * 2 ** attempt)
        shared = _shared_generation(_index_key(self._index), reader)
        self._local.searcher = SharedSearcher(reader, shared, fromindex=self._index)
        if current is not None:
            current.retire()
        return self._local.searcher

    @contextmanager
    def reading(self) -> Iterator[SharedSearcher]:
        """The latest searcher, kept open until the block ends even if a commit replaces it."""
        searcher = self.searcher().use()
        try:
            yield searcher
        finally:
            searcher.done()

    def doc_count(self) -> int:
        return self.searcher().doc_count()  # FileIndex.doc_count opens and closes a reader

    def writer(self, **kwargs) -> SegmentWriter:
        return _SegmentWriter(self._index, **kwargs)
