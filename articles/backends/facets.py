"""Sort orders and facet counts translated between haystack and Whoosh."""

import datetime

import numpy as np
from haystack.exceptions import SearchBackendError
from whoosh import sorting
from whoosh.support.relativedelta import relativedelta as RelativeDelta


FEW_MATCHES_RATIO = 32  # below one match in 32 pairs, facets count the matches' own pairs


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


def _ranked_pairs(pairs: tuple, ranks: "np.ndarray", docs: "np.ndarray", doc_count: int,
                  size: int | None = None) -> list[tuple]:
    """`_facet_list` of the counts from `SharedSearcher.value_pairs` and `value_ranks`.

    `docs`: the matched document numbers, ascending, of `doc_count`. How many of them have
    each value, most frequent first, then by value (None last among its count), sorted by
    arrays: 120,000 speakers ranked in Python took ~150 ms a search. `size`: the first only.
    """
    pair_docs, pair_codes, values = pairs
    counts = np.bincount(_matched_codes(pair_docs, pair_codes, docs, doc_count), minlength=len(values))
    found = np.flatnonzero(counts)
    order = found[np.lexsort((ranks[found], -counts[found]))][:size]
    return list(zip([values[code] for code in order.tolist()], counts[order].tolist()))


def _matched_codes(pair_docs: "np.ndarray", pair_codes: "np.ndarray", docs: "np.ndarray", doc_count: int):
    """The value codes of the matched documents' pairs (`pair_docs` ascending).

    Few matches: their runs of pairs, found by binary search (a misspelling or a rare word
    read ~1,000,000 pairs per field at 100k articles); many: a mask over every pair.
    """
    if len(docs) * FEW_MATCHES_RATIO < len(pair_docs):
        starts = np.searchsorted(pair_docs, docs, side="left")
        lengths = np.searchsorted(pair_docs, docs, side="right") - starts
        firsts = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        return pair_codes[firsts + np.arange(len(firsts))]
    matched = np.zeros(doc_count, dtype=bool)
    matched[docs] = True
    return pair_codes[matched[pair_docs]]
