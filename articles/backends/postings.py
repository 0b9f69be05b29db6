"""A term's postings in one segment as arrays, the long lists kept decoded for a while.

Whoosh keeps a posting list as pickled, compressed blocks of 128 postings; reading one
unpickles each block in Python. A word in half of 100,000 articles is ~1,400 blocks over
the fields and segments a search asks, ~160 ms of a ~200 ms search. Segments never change
(deletions are applied after), so a decoded list stays right as long as its segment lives:
the longest ones are kept, most recently used first, up to `CACHE_BYTES`.
"""

import threading
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

NO_IDS = np.zeros(0, dtype=np.int64)
NO_SCORES = np.zeros(0)
CACHE_BYTES = 48 * 2**20  # per process; 16 bytes a posting: ~3 million postings
CACHED_FROM = 1024  # postings: shorter lists (8 blocks or fewer) decode in well under 1 ms
_CACHE: "OrderedDict[tuple, tuple[np.ndarray, ...]]" = OrderedDict()
_CACHED = [0]  # bytes held
_LOCK = threading.Lock()


def postings(leaf, fieldname: str, btext: bytes, with_values: bool = False):
    """A segment's postings of a term, deleted ones left out: document numbers, weights and
    the encoded values, positions among them (an empty list unless `with_values`)."""
    if (fieldname, btext) not in leaf:
        return NO_IDS, NO_SCORES, []
    m = leaf.postings(fieldname, btext)
    deleted = None
    if isinstance(m, FilterMatcher):  # the segment's deletions
        m, deleted = m.child, leaf.deleted_docs_set
    if isinstance(m, W3LeafMatcher):
        if with_values:
            ids, weights, values = _read_blocks(m, with_values)
        else:
            (ids, weights), values = _decoded(leaf, fieldname, btext, m), []
    else:  # a term inlined in the term table: a posting or so
        found = []
        while m.is_active():
            found.append((m.id(), m.weight(), m.value() if with_values else None))
            m.next()
        ids = np.array([i for i, _, _ in found], dtype=np.int64)
        weights = np.array([w for _, w, _ in found], dtype=np.float64)
        values = [v for _, _, v in found]
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
        ids, weights = ids[keep], weights[keep]
        values = [v for v, held in zip(values, keep.tolist()) if held] if with_values else values
    return ids, weights, values if with_values else []


def _decoded(leaf, fieldname: str, btext: bytes, m: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    """`_read_blocks` without values, kept for a long list."""
    return kept(leaf, (fieldname, btext), lambda: _read_blocks(m)[:2],
                worth=leaf.doc_frequency(fieldname, btext) >= CACHED_FROM)


def kept(leaf, key: tuple, compute, worth: bool = True) -> tuple[np.ndarray, ...]:
    """`compute()`, arrays read from one segment, kept under `key` for that segment if `worth`
    it, while the budget allows. They are read-only: every search shares them. Deletions
    made later are not applied (`without_deleted`)."""
    segment = leaf.segment()
    if not worth or segment is None:
        return compute()
    # A segment's id (16 random letters and digits, in its files' names) names its content:
    # not the storage object, which each reopening of the index makes anew.
    key = (segment.segment_id(), *key)
    with _LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
    arrays = tuple(compute())
    for array in arrays:
        array.flags.writeable = False
    size = sum(array.nbytes for array in arrays)
    with _LOCK:
        if key not in _CACHE and size <= CACHE_BYTES:
            _CACHE[key] = arrays
            _CACHED[0] += size
            while _CACHED[0] > CACHE_BYTES:
                _CACHED[0] -= sum(array.nbytes for array in _CACHE.popitem(last=False)[1])
    return arrays


def without_deleted(leaf, ids: np.ndarray, *arrays: np.ndarray) -> tuple[np.ndarray, ...]:
    """`ids` and their `arrays` without the segment's deleted documents."""
    if not leaf.has_deletions():
        return (ids, *arrays)
    deleted = leaf.deleted_docs_set
    keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
    return (ids[keep], *(array[keep] for array in arrays))


def _read_blocks(m: W3LeafMatcher, with_values: bool = False) -> tuple[np.ndarray, np.ndarray, list]:
    """Every block of a Whoosh posting list, decoded as the matcher decodes it."""
    ids, weights, values = [], [], []
    while m.is_active():
        m._read_data()
        block_ids, block_weights = m._data[0], m._data[1]
        count = m._blocklength
        ids.append(np.cumsum(np.asarray(block_ids, dtype=np.int64)))  # delta-encoded
        if block_weights is None:
            weights.append(np.ones(count))
        elif isinstance(block_weights, float):
            weights.append(np.full(count, block_weights))
        else:  # float32 array, as Whoosh reads it
            weights.append(np.asarray(block_weights, dtype=np.float32).astype(np.float64))
        if with_values:
            m._read_values()
            values.extend(m._values)
        m._next_block()
    if not ids:  # every posting deleted: the deletions' filter went past them all
        return NO_IDS, NO_SCORES, []
    return np.concatenate(ids), np.concatenate(weights), values
