"""'More like this' as Whoosh answers it, scored with arrays instead of matcher trees.

Whoosh's `Searcher.more_like` takes a document's key terms (Bo1 model) and searches their
`Or`: a union tree of matchers stepping through every posting in Python, ~100 ms an
article page at 2,000 articles. Here the key terms (of bounded frequency) are looked up
once per index generation and their `Or` scored from arrays (`scoring`): the same
documents and order as Whoosh's exhaustive search of that query.
"""

from math import log

import numpy as np
from whoosh import query
from whoosh.searching import Results

from .scoring import evaluate, ranked

# A key term is a word found in at most this share of the documents (articles and quotes),
# or in at most MIN_KEY_TERM_DOCS of them: a small archive keeps every word, as Whoosh.
MAX_KEY_TERM_SHARE = 0.02
MIN_KEY_TERM_DOCS = 1000


def key_terms(searcher, docnum: int, fieldname: str, numterms: int = 5) -> list[tuple[str, float]]:
    """The document's most distinctive words, weighted: Whoosh's key terms among bounded words.

    Whoosh's `key_terms([docnum], fieldname, numterms, normalize=True)` (Bo1 model), leaving
    out words found in more than `MAX_KEY_TERM_SHARE` of the documents (and more than
    `MIN_KEY_TERM_DOCS`): a repeated common
    word ("selon") says little about what an article is about, and its postings (a third
    of the archive) cost more than all the others. The words' statistics are read from
    the segments' statistics files, all at once (`SharedSearcher.term_stats`).
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
    cfs, dfs = searcher.term_stats(fieldname, [field.to_bytes(word) for word in weights])
    for (word, weight), cf, df in zip(weights.items(), cfs.tolist(), dfs.tolist()):
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
    docs, scores = evaluate(searcher, q)
    keep = docs != docnum
    if allowed is not None:
        keep &= allowed[docs]
    docs, scores = docs[keep], scores[keep]
    results = Results(searcher, q, ranked(docs, scores, top), docset=None)
    results._total = len(docs)
    return results
