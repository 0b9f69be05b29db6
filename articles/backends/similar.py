"""'More like this' as Whoosh answers it, scored with arrays instead of matcher trees.

Whoosh's `Searcher.more_like` takes a document's key terms (Bo1 model) and searches their
`Or`: a union tree of matchers stepping through every posting in Python, ~100 ms an
article page at 2,000 articles. Here the same key terms' postings are read a block at a
time into arrays, scored with Whoosh's BM25F formula, and the top ones picked: the same
documents, scores and order as Whoosh's exhaustive search of that query (scores to the
last bits, whose rounding depends on the order of additions: Whoosh's own order varies
with the segment's size and terms).
"""

from math import log

import numpy as np
from whoosh import query
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F
from whoosh.searching import Results
from whoosh.util.numeric import byte_to_length

# A key term is a word found in at most this share of the documents (articles and quotes),
# or in at most MIN_KEY_TERM_DOCS of them: a small archive keeps every word, as Whoosh.
MAX_KEY_TERM_SHARE = 0.02
MIN_KEY_TERM_DOCS = 1000
# Whoosh's lossy field lengths by their stored byte; 0 is "no length" (no such posting).
_BYTE_LENGTHS = np.array([0.0] + [float(byte_to_length(b)) for b in range(1, 256)])


def key_terms(searcher, docnum: int, fieldname: str, numterms: int = 5) -> list[tuple[str, float]]:
    """The document's most distinctive words, weighted: Whoosh's key terms among bounded words.

    Whoosh's `key_terms([docnum], fieldname, numterms, normalize=True)` (Bo1 model), leaving
    out words found in more than `MAX_KEY_TERM_SHARE` of the documents (and more than
    `MIN_KEY_TERM_DOCS`): a repeated common
    word ("selon") says little about what an article is about, and its postings (a third
    of the archive) cost more than all the others. The words' statistics come from the
    searcher's per-generation cache (`term_stats`).
    """
    field = searcher.schema[fieldname]
    text = searcher.stored_fields(docnum).get(fieldname)
    if not text:
        return []
    weights: dict[str, float] = {}
    for btext, _, weight, _ in field.index(text):
        word = field.from_bytes(btext)
        weights[word] = weights.get(word, 0.0) + weight
    top_total = sum(weights.values())
    if not top_total:
        return []
    n = searcher.reader().doc_count_all()  # Bo1's N, as Whoosh's `Expander` reads it
    max_docs = max(MAX_KEY_TERM_SHARE * n, MIN_KEY_TERM_DOCS)
    scored, maxweight = [], 0
    for word, weight in weights.items():
        cf, df = searcher.term_stats(fieldname, field.to_bytes(word))
        if not cf:
            continue
        f = cf / n
        score = weight * log((1.0 + f) / f, 2) + log(1.0 + f, 2)
        maxweight = max(maxweight, score)  # over every word, as Whoosh normalizes
        if df <= max_docs:
            scored.append((score, word))
    if maxweight:
        f = maxweight / n
        norm = (maxweight * log((1.0 + f) / f) + log(1.0 + f)) / log(2.0)
    else:
        norm = maxweight
    ranked = sorted(((score / norm, word) for score, word in scored), key=lambda item: (-item[0], item[1]))
    return [(word, score) for score, word in ranked[:numterms]]


def key_terms_query(terms: list[tuple[str, float]], fieldname: str) -> query.Or:
    """The query Whoosh's `more_like` searches for those key terms."""
    return query.Or([query.Term(fieldname, word, boost=weight) for word, weight in terms])


def more_like(searcher, docnum: int, fieldname: str, top: int | None, allowed: np.ndarray | None) -> Results:
    """Whoosh's `more_like(docnum, fieldname, top, normalize=True)` on `key_terms`, every match scored.

    `allowed`: a boolean array by global document number (None: every document); the
    document itself never counts. The count is exact.
    """
    terms = key_terms(searcher, docnum, fieldname)
    q = key_terms_query(terms, fieldname)
    docs, scores = _scores(searcher, terms, fieldname)
    keep = docs != docnum
    if allowed is not None:
        keep &= allowed[docs]
    docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))  # best first, then by document number, as Whoosh
    if top is not None:
        order = order[:top]
    results = Results(searcher, q, [(float(scores[i]), int(docs[i])) for i in order], docset=None)
    results._total = len(docs)
    return results


def _scores(searcher, terms: list[tuple[str, float]], fieldname: str) -> tuple[np.ndarray, np.ndarray]:
    """The documents matching any of the terms (global numbers, ascending) and their scores."""
    weighting = searcher.weighting
    if not isinstance(weighting, BM25F):
        raise TypeError("array scoring follows BM25F only")
    field = searcher.schema[fieldname]
    B, K1 = weighting._field_B.get(fieldname, weighting.B), weighting.K1
    avgfl = searcher.avg_field_length(fieldname) or 1
    length_bytes = searcher.length_bytes(fieldname)
    per_term = []
    for word, boost in terms:
        btext = field.to_bytes(word)
        idf = searcher.idf(fieldname, btext)
        found_ids, found_scores = [], []
        for leaf, offset in searcher.reader().leaf_readers():
            ids, weights = _postings(leaf, fieldname, btext)
            ids = ids + offset
            lengths = _BYTE_LENGTHS[length_bytes[ids]]
            # bm25() and the boost's wrapper, operation for operation: the same floats.
            s = idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / avgfl)))
            found_ids.append(ids)
            found_scores.append(s * boost if boost != 1.0 else s)
        per_term.append((np.concatenate(found_ids), np.concatenate(found_scores)))
    if not per_term:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    docs = np.unique(np.concatenate([ids for ids, _ in per_term]))
    scores = np.zeros(len(docs))
    for ids, term_scores in per_term:
        scores[np.searchsorted(docs, ids)] += term_scores
    return docs, scores


def _postings(leaf, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
    """A segment's postings of a term: document numbers and weights, deleted ones left out."""
    if (fieldname, btext) not in leaf:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    m = leaf.postings(fieldname, btext)
    deleted = None
    if isinstance(m, FilterMatcher):  # the segment's deletions
        m, deleted = m.child, leaf.deleted_docs_set
    if isinstance(m, W3LeafMatcher):
        ids, weights = _read_blocks(m)
    else:  # a term inlined in the term table: a posting or so
        found = []
        while m.is_active():
            found.append((m.id(), m.weight()))
            m.next()
        ids = np.array([i for i, _ in found], dtype=np.int64)
        weights = np.array([w for _, w in found], dtype=np.float64)
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
        ids, weights = ids[keep], weights[keep]
    return ids, weights


def _read_blocks(m: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    """Every block of a Whoosh posting list, decoded as the matcher decodes it."""
    ids, weights = [], []
    while m.is_active():
        m._read_data()
        block_ids, block_weights = m._data[0], m._data[1]
        count = m._blocklength
        if m._byteids:
            ids.append(np.asarray(block_ids, dtype=np.int64))
        else:  # delta-encoded
            ids.append(np.cumsum(np.asarray(block_ids, dtype=np.int64)))
        if block_weights is None:
            weights.append(np.ones(count))
        elif isinstance(block_weights, float):
            weights.append(np.full(count, block_weights))
        else:  # float32 array, as Whoosh reads it
            weights.append(np.asarray(block_weights, dtype=np.float32).astype(np.float64))
        m._next_block()
    return np.concatenate(ids), np.concatenate(weights)
