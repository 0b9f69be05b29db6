"""The haystack engine for French text on Whoosh. Only settings name it.

`FrenchWhooshSearchBackend` fixes, each in one place, what haystack 3.4's Whoosh backend gets
wrong for this archive (see /work/shared/HAYSTACK_WHOOSH_NOTES.md):

- `build_schema`: French analysis on every text field, no sortable text columns, facet
  fields unanalysed so facet values come back verbatim;
- `_process_results`: highlighting with the French analyzer, HTML-escaped, `<mark>`;
- `update` / `remove` / `clear`: wait (with backoff) for another process's write lock
  instead of failing or dropping the write; `add_document` where nothing can be replaced;
  segments written without a disk check per posting (`_SegmentWriter`);
- `search` / `more_like_this`: haystack's results, computed on a searcher kept open per
  thread (`SharedIndex`, reopened only when the index changed); narrow queries and the
  content type as cached filters, not extra unlimited searches; field facets counted and
  date sorts ordered from per-segment tables built once (`SharedSearcher`); only the asked
  page made into results, hits of unlimited searches only if read (`_UnreadResults`); a
  spelling suggestion even when nothing matched;
- `suggest`: "Stoltemberg" → "Stoltenberg", from the index's own words.

Speed never changes results: every match is still scored (Whoosh's top-N shortcut misses
some best hits), and tests compare hits, scores, counts and facets with haystack's own.
"""

import datetime
import html
import re
import threading
import time
import warnings
import weakref
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain

from django.conf import settings
from django.utils.encoding import force_str
from haystack.backends import BaseEngine, log_query
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SearchBackendError, SkipDocument
from haystack.fields import FacetField
from haystack.utils import get_identifier, get_model_ct
from whoosh import sorting
from whoosh.codec.whoosh3 import _lenfield
from whoosh.fields import (
    BOOLEAN, DATETIME, IDLIST, KEYWORD, NGRAMWORDS, NUMERIC, STORED, TEXT, Schema,
)
from whoosh.fields import ID as WHOOSH_ID
from whoosh.highlight import ContextFragmenter, Formatter, Highlighter, get_text
from whoosh.index import LockError
from whoosh.searching import Results, ResultsPage, Searcher
from whoosh.support.relativedelta import relativedelta as RelativeDelta
from whoosh.writing import CLEAR, SegmentWriter

from .analysis import ELISION_RE, WORD_PATTERN, french_analyzer, french_ngram_analyzer

# A writer waits this long for another process's lock before giving up loudly
# (connection option WRITE_TIMEOUT).
WRITE_TIMEOUT = 10.0
SNIPPET_FRAGMENTS = 3
FRAGMENT_CHARS = 70  # characters of words per fragment, around ~30 of context each side
LEAD_CHARS = 240  # the snippet when no word of the text matched
SHORT_WORD = 5  # letters; spelling corrections of words this short allow one edit only
FILTER_CACHE_SIZE = 32  # per generation: the content-type filters and a few narrow queries
CORRECTIONS_CACHE_SIZE = 10_000  # per generation: spelling corrections of query words
WORD_RE = re.compile(WORD_PATTERN)
# `field:value`, `field:(a b)` or `field:"a b"` in a query haystack built: not words to correct.
FIELD_CLAUSE_RE = re.compile(r'\b\w+:(?:\([^)]*\)|"[^"]*"|\[[^\]]*\]|\S+)')


class MarkFormatter(Formatter):
    """Escape text, <mark> matched words: "a<b élections" → "a&lt;b <mark>élections</mark>".

    Returns the list of fragments, in document order, rather than one joined string.
    """

    def _text(self, text: str) -> str:
        return html.escape(re.sub(r"\s+", " ", text))

    def format_token(self, text, token, replace=False) -> str:
        return f"<mark>{html.escape(get_text(text, token, replace))}</mark>"

    def format(self, fragments, replace=False) -> list[str]:
        return [self.format_fragment(fragment, replace).strip() for fragment in fragments]


class SharedSearcher(Searcher):
    """A searcher kept open between queries, with what it can cache for them.

    `close()` (haystack's, after each query) is a no-op; `release()` closes. `matching()`
    (filter document sets), `values()` (facet values) and `sort_keys()` are computed once
    per index generation and shared with the other threads' searchers (`shared`).
    """

    def __init__(self, reader, shared: "_Generation | None" = None, **kwargs):
        super().__init__(reader, **kwargs)
        self.shared = shared or _Generation(None, None)
        self.unread = weakref.WeakSet()  # results still to be made from this searcher

    def close(self):
        pass

    def release(self):
        """Really close the files (the searcher is out of date, or its index goes away)."""
        for results in list(self.unread):
            results._read()
        super().close()

    def search(self, q, sortedby=None, reverse=False, limit=10, filter=None, **kwargs):
        """Whoosh's search; sorted by one column field, from cached sort keys.

        Whoosh's sorting collector steps through every match reading its sort key in
        Python; here the matches come from the unscored fast path and are ordered by
        C-level sorts on the cached keys: the same order (key, then document number, in the
        sort's direction), the same keys as scores, the same count.
        """
        if kwargs.get("groupedby") is None:
            kwargs.pop("groupedby", None)
        field = sortedby[0] if isinstance(sortedby, (list, tuple)) and len(sortedby) == 1 else sortedby
        if (kwargs or not isinstance(field, str) or not self.reader().has_column(field)
                or not isinstance(filter, (set, type(None)))):
            return super().search(q, sortedby=sortedby, reverse=reverse, limit=limit, filter=filter, **kwargs)
        if limit is not None and limit < 1:
            raise ValueError("limit must be >= 1")
        docs = set(self.docs_for_query(q))
        if filter is not None:
            docs &= filter
        keys = self.sort_keys(field)
        ordered = sorted(docs, reverse=reverse)  # ties by document number, then stable:
        ordered.sort(key=keys.__getitem__, reverse=reverse)
        results = Results(self, q, [(keys[docnum], docnum) for docnum in ordered[:limit]], docset=docs)
        results._total = len(docs)
        return results

    def matching(self, q) -> set:
        """The set of document numbers matching a query (cached): a filter for `search()`."""
        cache, key = self.shared.matching, repr(q)
        docs = cache.get(key)
        if docs is None:
            if len(cache) >= FILTER_CACHE_SIZE:
                cache.pop(next(iter(cache)), None)
            docs = cache[key] = set(self.docs_for_query(q))
        return docs

    def values(self, fieldname: str) -> list[tuple]:
        """Each document's values of a field, by global document number (cached)."""
        return self._table(self.shared.values, _segment_values, fieldname)

    def sort_keys(self, fieldname: str) -> list:
        """Each document's sort key in a column field, by global document number (cached)."""
        return self._table(self.shared.sort_keys, _segment_sort_keys, fieldname)

    def _table(self, cache: dict, segment_table, fieldname: str) -> list:
        table = cache.get(fieldname)
        if table is None:
            table = []
            for reader, offset in self.reader().leaf_readers():
                assert offset == len(table)
                table.extend(segment_table(self.shared.index_key, reader, fieldname))
            cache[fieldname] = table
        return table


class _UnreadResults(Sequence):
    """haystack's list of results for every hit, each made (stored fields...) when first read.

    For 10,000 hits making them took 1.4 s, for callers that only wanted the count or the
    spelling suggestion. Read before the searcher closes (`SharedSearcher.release`).
    """

    def __init__(self, searcher, count: int, make):
        self._count, self._make, self._results = count, make, None
        searcher.unread.add(self)

    def _read(self) -> list:
        if self._results is None:
            self._results, self._make = self._make(), None
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
        self.values: dict[str, list] = {}
        self.sort_keys: dict[str, list] = {}
        self.corrections: dict[str, str] = {}  # spelling: word → corrected word


def _sort_order(sort_by) -> tuple[list[str] | None, bool]:
    """haystack's order_by → Whoosh's: ["-date"] → (["date"], True); one direction only."""
    if not sort_by:
        return None, False
    descending = [field.startswith("-") for field in sort_by]
    if any(descending) and not all(descending):
        raise SearchBackendError("Whoosh requires all order_by fields to use the same sort direction")
    return [field.lstrip("-") for field in sort_by], descending[0]


def _date_facets(date_facets) -> list | None:
    """haystack's date facets as Whoosh's DateRangeFacets (counted by Whoosh)."""
    if not date_facets:
        return None
    facets = []
    for name, facet in date_facets.items():
        start, end = (_as_datetime(facet[key]) for key in ("start_date", "end_date"))
        gap = RelativeDelta(**{f"{facet['gap_by']}s": facet.get("gap_amount", 1)})
        facets.append(sorting.DateRangeFacet(name, start, end, gap, maptype=sorting.Count))
    return facets


def _as_datetime(value) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    raise ValueError(value)


def _facet_list(counts: dict) -> list[tuple]:
    """haystack's order: most frequent first, then by value; None where its count falls.

    {"b": 1, "a": 2, None: 1} → [("a", 2), ("b", 1), (None, 1)]
    """
    counts = dict(counts)
    none = counts.pop(None, None)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if none is not None:
        at = next((i for i, (_, n) in enumerate(ranked) if n < none), len(ranked))
        ranked.insert(at, (None, none))
    return ranked


def _count_values(table: list[tuple], docs) -> Counter:
    """How many of `docs` have each value: [("a",), ("a", "b")] over {0, 1} → {"a": 2, "b": 1}."""
    return Counter(chain.from_iterable(map(table.__getitem__, docs)))


# Per index, segment and field: each document's values or sort keys. Segments never change
# but for deletions, which no search matches. Shared by threads; a segment merged away is
# forgotten when a newer generation opens. So is the older generation's `_Generation`.
_SEGMENT_TABLES: dict[tuple, list] = {}
_GENERATIONS: dict[tuple, _Generation] = {}
_LOCK = threading.Lock()
_NO_VALUE = (None,)  # a document without a value counts under None, as in Whoosh


def _index_key(index) -> tuple:
    storage = index.storage
    return (getattr(storage, "folder", None) or id(storage), index.indexname)


def _segment_values(index_key: tuple, reader, fieldname: str) -> list[tuple]:
    """One segment's table of values, read from the postings as Whoosh's facets read them."""
    if reader.segment() is None:  # an empty index's reader
        return [_NO_VALUE] * reader.doc_count_all()
    key = (index_key, reader.segment().segment_id(), fieldname)
    table = _SEGMENT_TABLES.get(key)
    if table is None:
        table = [_NO_VALUE] * reader.doc_count_all()
        field = reader.schema[fieldname]
        interned = {}
        for btext in field.sortable_terms(reader, fieldname):
            value = field.from_bytes(btext)
            for docnum in reader.postings(fieldname, btext).all_ids():
                values = table[docnum]
                values = (value,) if values is _NO_VALUE else values + (value,)
                table[docnum] = interned.setdefault(values, values)
        _SEGMENT_TABLES[key] = table
    return table


def _segment_sort_keys(index_key: tuple, reader, fieldname: str) -> list:
    """One segment's sort keys, as Whoosh's column sorting reads them."""
    if reader.segment() is None:  # an empty index's reader
        return []
    key = (index_key, reader.segment().segment_id(), f"sort:{fieldname}")
    keys = _SEGMENT_TABLES.get(key)
    if keys is None:
        column = reader.column_reader(fieldname, translate=False)
        keys = _SEGMENT_TABLES[key] = list(map(column.sort_key, range(reader.doc_count_all())))
    return keys


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


class _SegmentWriter(SegmentWriter):
    """Whoosh's writer, minus a file-system check per posting when it writes a segment.

    Writing postings asks each document's field length; for fields that keep none (ID,
    KEYWORD, NUMERIC) Whoosh's reader looked for the missing length column on disk every
    time: 360,000 `os.path.exists` for 1,000 bench articles, about 12% of indexing.
    """

    def per_document_reader(self):
        return _LengthsReader(super().per_document_reader())


class _LengthsReader:
    """The per-document reader `add_postings` is given, remembering missing length columns."""

    def __init__(self, reader):
        self._reader = reader
        self._has_lengths = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        has_lengths = self._has_lengths.get(fieldname)
        if has_lengths is None:
            has_lengths = self._has_lengths[fieldname] = self._reader.has_column(_lenfield(fieldname))
        return self._reader.doc_field_length(docnum, fieldname, default) if has_lengths else default

    def close(self):
        self._reader.close()


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
        if kwargs:
            return self._index.searcher(**kwargs)
        searcher = getattr(self._local, "searcher", None)
        latest = self._index.latest_generation()
        if searcher is not None and searcher.reader().generation() == latest:
            return searcher
        if searcher is not None:
            searcher.release()
        reader = self._index.reader()
        shared = _shared_generation(_index_key(self._index), reader)
        searcher = self._local.searcher = SharedSearcher(reader, shared, fromindex=self._index)
        return searcher

    def doc_count(self) -> int:
        return self.searcher().doc_count()  # FileIndex.doc_count opens and closes a reader

    def writer(self, **kwargs) -> SegmentWriter:
        return _SegmentWriter(self._index, **kwargs)


class FrenchWhooshSearchBackend(WhooshSearchBackend):
    highlighter = Highlighter(
        fragmenter=ContextFragmenter(maxchars=FRAGMENT_CHARS, surround=30),
        formatter=MarkFormatter(),
    )

    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.write_timeout = float(connection_options.get("WRITE_TIMEOUT", WRITE_TIMEOUT))

    def setup(self):
        super().setup()
        self.index = SharedIndex(self.index)

    # -- schema -------------------------------------------------------------------------

    def build_schema(self, fields):
        schema_fields = {
            ID: WHOOSH_ID(stored=True, unique=True),
            DJANGO_CT: WHOOSH_ID(stored=True),
            DJANGO_ID: WHOOSH_ID(stored=True),
        }
        content_field_name = ""
        for field_class in fields.values():
            schema_fields[field_class.index_fieldname] = self._schema_field(field_class)
            if field_class.document:
                content_field_name = field_class.index_fieldname
        if len(schema_fields) <= 3:
            raise SearchBackendError(
                "No fields were found in any search_indexes. "
                "Please correct this before attempting to search."
            )
        return content_field_name, Schema(**schema_fields)

    def _schema_field(self, field):
        """The Whoosh field for one haystack field."""
        boost = field.boost
        if field.is_multivalued:
            # KEYWORD splits on commas only: "Sergueï Lavrov" stays one verbatim value.
            if field.indexed is False:
                return IDLIST(stored=True, field_boost=boost)
            return KEYWORD(stored=True, commas=True, scorable=True, field_boost=boost)
        if field.field_type in ("date", "datetime"):
            return DATETIME(stored=field.stored, sortable=True)
        if field.field_type in ("integer", "float"):
            numtype = int if field.field_type == "integer" else float
            return NUMERIC(stored=field.stored, numtype=numtype, field_boost=boost, sortable=True)
        if field.field_type == "boolean":
            return BOOLEAN(stored=field.stored)
        if field.field_type in ("ngram", "edge_ngram"):
            # Word n-grams of folded French words (haystack's Elasticsearch backend also
            # n-grams words, not the whole value).
            minsize, at = (2, "start") if field.field_type == "edge_ngram" else (3, None)
            ngrams = NGRAMWORDS(minsize, 15, stored=field.stored, field_boost=boost, at=at)
            ngrams.analyzer = french_ngram_analyzer(minsize, 15, at)
            return ngrams
        if isinstance(field, FacetField):
            # A `*_exact` facet field: one unanalysed term, so facets return "Le Monde".
            return WHOOSH_ID(stored=field.stored, sortable=True)
        if not field.indexed:
            return STORED()
        # Not sortable: a sort column per text field roughly doubled the index.
        return TEXT(
            stored=True,
            analyzer=field.analyzer or french_analyzer(),
            field_boost=boost,
            spelling=field.document,
        )

    # -- writing ------------------------------------------------------------------------

    def _writer(self):
        """A writer on the latest index, waiting with backoff while another one holds the lock."""
        deadline = time.monotonic() + self.write_timeout
        delay = 0.01
        while True:
            self.index = self.index.refresh()
            try:
                return self.index.writer()
            except LockError:
                if time.monotonic() + delay > deadline:
                    raise SearchBackendError(
                        f"The Whoosh index at {self.path} stayed locked by another writer "
                        f"for {self.write_timeout:g} s; nothing was written."
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _documents(self, index, iterable) -> Iterator[dict]:
        for obj in iterable:
            try:
                doc = index.full_prepare(obj)
            except SkipDocument:
                self.log.debug("Indexing for object `%s` skipped", obj)
                continue
            doc = {key: self._from_python(value) for key, value in doc.items()}
            doc.pop("boost", None)  # document boosts aren't supported by Whoosh
            yield doc

    def update(self, index, iterable, commit=True):
        if not self.setup_complete:
            self.setup()
        docs = list({doc[ID]: doc for doc in self._documents(index, iterable)}.values())
        if not docs:
            return
        writer = self._writer()
        # update_document looks every id up to delete it first; a document whose id is
        # not in the index yet (a rebuild, a new article) is simply added.
        reader = writer.searcher().reader()  # the writer's own, closed on commit
        for doc in docs:
            try:
                if (ID, doc[ID]) in reader:
                    writer.update_document(**doc)
                else:
                    writer.add_document(**doc)
            except Exception:
                if not self.silently_fail:
                    writer.cancel()  # release the lock
                    raise
                self.log.exception("Failed to index document %s", doc[ID])
        writer.commit()

    def remove(self, obj_or_string, commit=True):
        if not self.setup_complete:
            self.setup()
        writer = self._writer()
        writer.delete_by_term(ID, get_identifier(obj_or_string))
        writer.commit()

    def clear(self, models=None, commit=True):
        if not self.setup_complete:
            self.setup()
        writer = self._writer()
        if models is None:
            # Drop every segment under the lock (haystack deleted the folder, pulling it
            # from under any other process); the new TOC gets the current schema.
            writer.commit(mergetype=CLEAR)
            return
        for model in models:
            writer.delete_by_term(DJANGO_CT, get_model_ct(model))
        writer.commit()

    # -- searching ----------------------------------------------------------------------

    @log_query
    def search(self, query_string, spelling_query=None, **kwargs):
        """haystack's Whoosh search, with its results, on the shared searcher.

        What differs from haystack 3.4 is how, not what: narrow queries (and the content
        type) are cached document sets given to Whoosh as a filter, where haystack ran an
        unlimited scored search for each on every query; field facets are counted from
        the cached value tables. Every match is scored, as haystack's faceted searches
        did: Whoosh's top-N collector skips blocks by their best possible score and then
        missed some of the best hits (on the 10k bench, the best one for `élections`).
        And a spelling suggestion comes even when nothing matched.
        """
        found = self._search(force_str(query_string), spelling_query=spelling_query, **kwargs)
        if self.include_spelling and not (found["hits"] or found.get("spelling_suggestion")):
            # haystack suggests only when something matched; nothing matching needs it most.
            found["spelling_suggestion"] = self.create_spelling_suggestion(spelling_query or query_string)
        return found

    def _search(self, query_string, sort_by=None, start_offset=0, end_offset=None, fields="",
                highlight=False, facets=None, date_facets=None, query_facets=None,
                narrow_queries=None, spelling_query=None, within=None, dwithin=None,
                distance_point=None, models=None, limit_to_registered_models=None,
                result_class=None, **kwargs):
        if not self.setup_complete:
            self.setup()
        # Empty, and one-character queries (a stop word) find nothing, as in haystack.
        if not query_string or (len(query_string) <= 1 and query_string != "*"):
            return {"results": [], "hits": 0}
        sortedby, reverse = _sort_order(sort_by)
        if query_facets is not None:
            warnings.warn("Whoosh does not handle query faceting.", Warning, stacklevel=2)
        searcher = self.index.searcher()
        narrows = list(narrow_queries or ())
        types = self._content_types(models, limit_to_registered_models)
        if types and query_string.strip() == "*":
            query_string = types  # the same documents, without a filter
        elif types:
            narrows.append(types)
        allowed = self._allowed(searcher, narrows)
        if allowed is not None and not allowed:
            return {"results": [], "hits": 0}
        if not searcher.doc_count():
            return {"results": [], "hits": 0}
        parsed = self.parser.parse(query_string)
        if parsed is None:  # an invalid or stop-worded query
            return {"results": [], "hits": 0}
        page_num, page_length = self.calculate_page(start_offset, end_offset)
        try:
            results = searcher.search(
                parsed, limit=page_num * page_length if sortedby else None, sortedby=sortedby,
                reverse=reverse, groupedby=_date_facets(date_facets), filter=allowed,
            )
            raw_page = ResultsPage(results, page_num, page_length)
        except ValueError:
            if not self.silently_fail:
                raise
            return {"results": [], "hits": 0, "spelling_suggestion": None}
        if raw_page.pagenum < page_num:  # Whoosh answers a page past the end with the last
            return {"results": [], "hits": 0, "spelling_suggestion": None}
        if end_offset is None and types:
            # haystack asks for every hit when it wants a count or a spelling suggestion
            # (count() before slicing, spelling_suggestion()): make them results only if
            # read. Restricted to indexed models, every hit is one: the count is exact.
            found = {
                "results": _UnreadResults(searcher, len(raw_page), lambda: self._process_results(
                    raw_page, highlight=highlight, result_class=result_class)["results"]),
                "hits": len(raw_page),
                "facets": {},
                "spelling_suggestion": self._spelling(spelling_query or query_string),
            }
        else:
            found = self._process_results(
                raw_page, highlight=highlight, query_string=query_string,
                spelling_query=spelling_query, result_class=result_class,
            )
        if facets or date_facets:
            found["facets"] = self._facets(searcher, results, facets or (), date_facets or {})
        return found

    def _content_types(self, models, limit_to_registered_models) -> str:
        """The query restricting the search to the models' content types, as haystack's."""
        if self._narrow_is_useless(models, limit_to_registered_models):
            return ""
        if limit_to_registered_models is None:
            limit_to_registered_models = getattr(settings, "HAYSTACK_LIMIT_TO_REGISTERED_MODELS", True)
        if models:
            choices = sorted(get_model_ct(model) for model in models)
        else:
            choices = self.build_models_list() if limit_to_registered_models else []
        return " OR ".join(f"{DJANGO_CT}:{ct}" for ct in choices)

    def _narrow_is_useless(self, models, limit_to_registered_models) -> bool:
        """True when the content-type narrow would keep every document of every indexed model."""
        if not models and limit_to_registered_models is False:
            return False
        registered = set(self.build_models_list())
        requested = {get_model_ct(model) for model in models} if models else registered
        return len(registered) == 1 and requested >= registered

    def _allowed(self, searcher, narrow_queries) -> set | None:
        """The documents matching every narrow query (None: no narrowing)."""
        allowed = None
        for narrow in narrow_queries:
            docs = searcher.matching(self.parser.parse(force_str(narrow)))
            allowed = docs if allowed is None else allowed & docs
        return allowed

    def _spelling(self, query_string) -> str | None:
        """The suggestion haystack's result processing makes for every search."""
        return self.create_spelling_suggestion(query_string) if self.include_spelling else None

    def _facets(self, searcher, results, fieldnames, date_facets) -> dict:
        """haystack's facet counts: field facets from the value tables, dates from Whoosh."""
        docs = results.docs()  # every match, filtered
        counted = {"fields": {}, "dates": {}, "queries": {}}
        for name in fieldnames:
            counted["fields"][name] = _facet_list(_count_values(searcher.values(name), docs))
        for name in date_facets:
            counted["dates"][name] = _facet_list(results.groups(name))
        return counted

    def more_like_this(self, model_instance, additional_query_string=None, start_offset=0,
                       end_offset=None, models=None, limit_to_registered_models=None,
                       result_class=None, **kwargs):
        """haystack's more-like-this, with its results, without its unlimited narrow searches.

        haystack scored every document of the content type (and of `additional_query_string`)
        to filter the similar ones afterwards, then made a search result of every similar
        document whatever the slice asked. Here the narrows are cached document sets given
        to the search as a filter, and only the asked page is made into results.
        """
        if not self.setup_complete:
            self.setup()
        empty = {"results": [], "hits": 0}
        narrows = [self._content_types(models, limit_to_registered_models)]
        if additional_query_string and additional_query_string != "*":
            narrows.append(additional_query_string)
        searcher = self.index.searcher()
        allowed = self._allowed(searcher, [narrow for narrow in narrows if narrow])
        if allowed is not None and not allowed:
            return empty
        docnum = searcher.document_number(**{ID: get_identifier(model_instance)})
        if docnum is None:
            return empty
        # What haystack's hit.more_like_this(field, top=end_offset) searched, filtered while
        # collecting: every similar document is scored, so the order is haystack's.
        similar = searcher.more_like(docnum, self.content_field_name, top=None, normalize=True,
                                     filter=allowed)
        page_num, page_length = self.calculate_page(start_offset, end_offset)
        try:
            raw_page = ResultsPage(similar, page_num, page_length)
        except ValueError:
            if not self.silently_fail:
                raise
            return {**empty, "spelling_suggestion": None}
        if raw_page.pagenum < page_num:
            return {**empty, "spelling_suggestion": None}
        return self._process_results(raw_page, result_class=result_class)

    def _process_results(self, raw_page, highlight=False, query_string="",
                         spelling_query=None, result_class=None, facet_types=None):
        results = super()._process_results(
            raw_page, highlight=False, query_string=query_string,
            spelling_query=spelling_query, result_class=result_class, facet_types=facet_types,
        )
        if highlight and results["results"]:
            # raw_page holds only the requested page: this highlights what is shown.
            snippets = self._highlight_page(raw_page)
            for result in results["results"]:
                key = (f"{result.app_label}.{result.model_name}", str(result.pk))
                result.highlighted = {self.content_field_name: snippets.get(key, [])}
        return results

    def _highlight_page(self, raw_page) -> dict[tuple[str, str], list[str]]:
        """Escaped snippets with <mark>ed words, per (content type, pk) of the page's hits."""
        raw_page.results.highlighter = self.highlighter
        field = self.content_field_name
        snippets = {}
        for hit in raw_page:
            text = hit.get(field) or ""
            fragments = hit.highlights(field, top=SNIPPET_FRAGMENTS) if text else []
            snippets[(hit[DJANGO_CT], str(hit[DJANGO_ID]))] = fragments or _lead(text)
        return snippets

    # -- spelling -----------------------------------------------------------------------

    def create_spelling_suggestion(self, query_string):
        """haystack's hook, given the query it built: drop fields and syntax, then suggest."""
        text = FIELD_CLAUSE_RE.sub(" ", query_string or "")
        for word in self.RESERVED_WORDS:
            text = re.sub(rf"\b{word}\b", " ", text)
        suggestion = self.suggest(text)
        if suggestion is None:
            return None
        return " ".join(re.sub(r'[()"\[\]{}^~*?:\\+!]', " ", suggestion).split())

    def suggest(self, query_string: str) -> str | None:
        """The query with unknown words corrected: "Jens Stoltemberg" → "Jens Stoltenberg".

        A word is unknown when its analysed term is in no document (so "securite" is known if
        "sécurité" is indexed). Corrections are the closest (≤ 2 edits) readable words of the
        content field's spelling field — lowercase, with accents — keeping the word's
        capitalisation and elision. None when there is nothing to correct.
        """
        if not self.setup_complete:
            self.setup()
        if not query_string or not WORD_RE.search(query_string):
            return None
        searcher = self.index.searcher()
        if not searcher.doc_count():
            return None
        reader = searcher.reader()  # the shared searcher's: stays open
        # A results page asks twice (its own search, then search.suggest_query): remember.
        known = searcher.shared.corrections
        if len(known) > CORRECTIONS_CACHE_SIZE:
            known.clear()

        def correct(match) -> str:
            word = match.group(0)
            if word not in known:
                known[word] = self._correct_word(reader, word)
            return known[word]

        corrected = WORD_RE.sub(correct, query_string)
        return corrected if corrected != query_string else None

    def _correct_word(self, reader, word: str) -> str:
        field = self.content_field_name
        analyzer = self.schema[field].analyzer
        terms = [token.text for token in analyzer(word)]
        if not terms or word.isdigit() or all((field, term) in reader for term in terms):
            return word  # a stop word, a number, or a word the search already finds
        spelled = [token.text for token in analyzer(word, no_morph=True)]
        if len(spelled) != 1 or len(spelled[0]) < 3:
            return word
        best = _closest_word(reader, field, spelled[0], analyzer)
        if best is None:
            return word
        elided = ELISION_RE.match(word)
        prefix = elided.group(0) if elided else ""
        return prefix + _same_case(best, word[len(prefix):])


def _closest_word(reader, field: str, word: str, analyzer) -> str | None:
    """The indexed word nearest to `word` (1 edit before 2), the most frequent on ties.

    Short words only get 1 edit: two edits turn "Hurun" into the unrelated "aucun".
    """
    spelling_field = reader.schema[field].spelling_fieldname(field)
    for distance in (1, 2) if len(word) > SHORT_WORD else (1,):
        candidates = [
            candidate for candidate in reader.terms_within(spelling_field, word, distance)
            if candidate != word
        ]
        if candidates:
            def frequency(candidate: str) -> int:
                terms = [token.text for token in analyzer(candidate)]
                return reader.doc_frequency(field, terms[0]) if terms else 0

            return max(sorted(candidates), key=frequency)
    return None


def _same_case(word: str, model: str) -> str:
    """"stoltenberg" shaped like "Stoltemberg" → "Stoltenberg"; like "OTANN" → "OTAN"."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _lead(text: str) -> list[str]:
    """The escaped start of a text, cut at a word: the snippet when nothing matched."""
    text = " ".join(text.split())
    if len(text) > LEAD_CHARS:
        text = text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"
    return [html.escape(text)] if text else []


class FrenchWhooshSearchQuery(WhooshSearchQuery):
    def run_mlt(self, **kwargs):
        """Pass the slice asked for, as haystack's Solr backend does (its Whoosh one did not)."""
        kwargs.setdefault("start_offset", self.start_offset)
        kwargs.setdefault("end_offset", self.end_offset)
        super().run_mlt(**kwargs)


class FrenchWhooshEngine(BaseEngine):
    backend = FrenchWhooshSearchBackend
    query = FrenchWhooshSearchQuery
