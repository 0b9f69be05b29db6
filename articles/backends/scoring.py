"""Every match of a query scored from arrays: Whoosh's BM25F results without its matcher trees.

Whoosh scores a match by stepping a tree of matchers in Python, ~10 µs a posting: a word
in half of 100,000 articles took most of a second, and its top-N shortcut, skipping
blocks by their best possible score, missed some of the best hits. Here a query made of
terms joined by `Or` and `And` (what the search box gives for words and fields) is
evaluated a segment at a time: each term's postings read a block at a time into arrays
(`postings.postings`), scored with Whoosh's BM25F formula, united or intersected, and the top ones
picked by score then document number, as Whoosh orders them. Every match is scored; the
same documents, order and count as Whoosh's exhaustive search, the scores to the last
bits (whose rounding depends on the order of additions, which in Whoosh varies with each
segment's sizes). A phrase is its words' intersection, kept where their positions follow
one another, scored as Whoosh's span matcher scores it (the sum of its terms' scores); it
stepped a span tree per document, ~100 ms for a common two-word phrase at 10,000
articles. Anything else (prefixes, negations, sloppy phrases) is Whoosh's to score.
"""

from collections.abc import Set

import numpy as np
from whoosh import query
from whoosh.scoring import BM25F
from whoosh.searching import Results
from whoosh.util.numeric import byte_to_length

from . import postings
from .postings import NO_IDS, NO_SCORES

# Whoosh's lossy field lengths by their stored byte; 0 is "no length" (no such posting).
BYTE_LENGTHS = np.array([0.0] + [float(byte_to_length(b)) for b in range(1, 256)])


class Unsupported(Exception):
    """A query this module does not score: Whoosh does."""


def scorable(searcher, q) -> bool:
    """True when `q` is terms joined by `Or`/`And`, scored by BM25F on scorable fields."""
    if not isinstance(searcher.weighting, BM25F):
        return False
    if isinstance(q, query.Term):
        return q.fieldname not in searcher.schema or searcher.schema[q.fieldname].scorable
    if type(q) is query.Phrase:
        field = searcher.schema[q.fieldname] if q.fieldname in searcher.schema else None
        return q.slop == 1 and bool(q.words) and (field is None or field.scorable and field.format is not None
                                                  and field.format.supports("positions"))
    if type(q) in (query.Or, query.And):
        if isinstance(q, query.Or) and (q.minmatch or q.scale):
            return False
        return all(scorable(searcher, sub) for sub in q.subqueries)
    return False


def search(searcher, q, top: int | None, allowed: np.ndarray | None = None) -> Results:
    """Whoosh's `searcher.search(q, limit=top, filter=allowed)` with every match scored.

    `allowed`: a boolean array by global document number. The count and `docs()` are of
    every match; only the `top` best are ranked.
    """
    docs, scores = evaluate(searcher, q)
    if allowed is not None:
        keep = allowed[docs]
        docs, scores = docs[keep], scores[keep]
    results = Results(searcher, q, ranked(docs, scores, top), docset=None)
    results._total = len(docs)
    results.docset = DocSet(docs)
    return results


def ranked(docs: np.ndarray, scores: np.ndarray, top: int | None) -> list[tuple[float, int]]:
    """The best (score, document) pairs, best first, then by document number: Whoosh's order."""
    if top is not None and top < len(docs):
        # The top-th best score, and every document reaching it: ties at the edge too.
        edge = np.partition(scores, len(scores) - top)[len(scores) - top]
        keep = scores >= edge
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))
    if top is not None:
        order = order[:top]
    return list(zip(scores[order].tolist(), docs[order].tolist()))


class DocSet(Set):
    """The matching documents as Whoosh's `Results.docs()` gives them: a set, made if asked.

    `array` holds them (ascending) for counting facets without a set of 50,000 numbers.
    """

    def __init__(self, docs: np.ndarray):
        self.array = docs
        self._set = None

    def _docs(self) -> frozenset:
        if self._set is None:
            self._set = frozenset(self.array.tolist())
        return self._set

    def __contains__(self, docnum) -> bool:
        return docnum in self._docs()

    def __iter__(self):
        return iter(self.array.tolist())

    def __len__(self) -> int:
        return len(self.array)


def evaluate(searcher, q) -> tuple[np.ndarray, np.ndarray]:
    """Every document matching `q` (global numbers, ascending) and its score."""
    if not scorable(searcher, q):
        raise Unsupported(q)
    parts = [_evaluate(searcher, q, leaf, offset) for leaf, offset in searcher.reader().leaf_readers()]
    if not parts:
        return NO_IDS, NO_SCORES
    return np.concatenate([ids for ids, _ in parts]), np.concatenate([s for _, s in parts])


def _evaluate(searcher, q, leaf, offset: int) -> tuple[np.ndarray, np.ndarray]:
    """One segment's matches of `q`, as its matcher (`q.matcher(subsearcher)`) would score them."""
    if isinstance(q, query.Term):
        return _term(searcher, q, leaf, offset)
    if isinstance(q, query.Phrase):
        return _phrase(searcher, q, leaf, offset)
    subs = q.subqueries
    if not subs:
        return NO_IDS, NO_SCORES
    if len(subs) == 1:  # Whoosh uses the one subquery's matcher, without the compound's boost
        return _evaluate(searcher, subs[0], leaf, offset)
    parts = [_evaluate(searcher, sub, leaf, offset) for sub in subs]
    if isinstance(q, query.And):
        ids = parts[0][0]
        for other, _ in parts[1:]:
            ids = np.intersect1d(ids, other, assume_unique=True)
    else:
        ids = np.unique(np.concatenate([found for found, _ in parts]))
    scores = np.zeros(len(ids))
    for found, found_scores in parts:
        if isinstance(q, query.And):
            scores += found_scores[np.searchsorted(found, ids)]
        else:  # a subquery's matches are all among the union's
            scores[np.searchsorted(ids, found)] += found_scores
    if q.boost != 1.0:
        scores = scores * q.boost
    return ids, scores


def _term(searcher, q: query.Term, leaf, offset: int) -> tuple[np.ndarray, np.ndarray]:
    schema = searcher.schema
    if q.fieldname not in schema:
        return NO_IDS, NO_SCORES
    field = schema[q.fieldname]
    try:
        btext = field.to_bytes(q.text)
    except ValueError:
        return NO_IDS, NO_SCORES
    ids, weights, _ = postings.postings(leaf, q.fieldname, btext)
    if not len(ids):
        return NO_IDS, NO_SCORES
    ids = ids + offset
    scores = term_scores(searcher, q.fieldname, btext, ids, weights)
    if q.boost != 1.0:
        scores = scores * q.boost  # Whoosh's WrappingMatcher
    return ids, scores


def _phrase(searcher, q: query.Phrase, leaf, offset: int) -> tuple[np.ndarray, np.ndarray]:
    """A phrase's matches in one segment: documents holding its words at consecutive positions
    (Whoosh's `SpanNear2`, slop 1, in order), scored as the binary tree of intersections under
    it adds its terms' scores: w1 + (w2 + (w3 + …))."""
    if q.fieldname not in searcher.schema:
        return NO_IDS, NO_SCORES
    field = searcher.schema[q.fieldname]
    try:
        btexts = [field.to_bytes(word) for word in q.words]
    except ValueError:
        return NO_IDS, NO_SCORES
    if any((q.fieldname, btext) not in leaf for btext in btexts):
        return NO_IDS, NO_SCORES
    longest = max(leaf.doc_frequency(q.fieldname, btext) for btext in btexts)
    ids, *weights = postings.without_deleted(leaf, *postings.kept(
        leaf, ("phrase", q.fieldname, tuple(btexts)), lambda: _phrase_matches(leaf, field, q.fieldname, btexts),
        worth=longest >= postings.CACHED_FROM))
    if not len(ids):
        return NO_IDS, NO_SCORES
    ids = ids + offset
    scores = None
    for btext, term_weights in reversed(list(zip(btexts, weights))):
        term = term_scores(searcher, q.fieldname, btext, ids, term_weights)
        scores = term if scores is None else term + scores
    if q.boost != 1.0:
        scores = scores * q.boost  # Whoosh's WrappingMatcher
    return ids, scores


def _phrase_matches(leaf, field, fieldname: str, btexts: list[bytes]) -> tuple[np.ndarray, ...]:
    """The segment's documents holding the words in sequence, and each word's weight there."""
    terms = [postings.postings(leaf, fieldname, btext, with_values=True) for btext in btexts]
    ids = terms[0][0]
    for other in terms[1:]:
        ids = np.intersect1d(ids, other[0], assume_unique=True)
    places = [np.searchsorted(term_ids, ids) for term_ids, _, _ in terms]
    if len(terms) > 1:
        positions = field.format.decoder("positions")
        follows = [_in_sequence([(values, where[n]) for (_, _, values), where in zip(terms, places)], positions)
                   for n in range(len(ids))]
        keep = np.array(follows, dtype=bool)
        ids, places = ids[keep], [where[keep] for where in places]
    return (ids, *(weights[where] for (_, weights, _), where in zip(terms, places)))


def _in_sequence(encoded: list[tuple[list, int]], positions) -> bool:
    """Whether some position p of the first word has the second at p + 1, the third at p + 2…
    `encoded` holds each word's encoded values and the document's place among them; a word's
    positions are decoded only while the sequence can still hold."""
    (values, place), *later = encoded
    starts = set(positions(values[place]))
    for step, (values, place) in enumerate(later, start=1):
        starts &= {p - step for p in positions(values[place])}
        if not starts:
            return False
    return True


def term_scores(searcher, fieldname: str, btext: bytes, ids: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """BM25F of a term's postings (global document numbers), as `BM25FScorer` computes it."""
    weighting = searcher.weighting
    B, K1 = weighting._field_B.get(fieldname, weighting.B), weighting.K1
    idf = searcher.idf(fieldname, btext)
    avgfl = searcher.avg_field_length(fieldname) or 1
    lengths = BYTE_LENGTHS[searcher.length_bytes(fieldname)[ids]]
    # bm25(), operation for operation: the same floats.
    return idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / avgfl)))
