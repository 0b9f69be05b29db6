"""The haystack engine for French text on Whoosh. Only settings name it.

`FrenchWhooshSearchBackend` (`engine`) fixes, each in one place, what haystack 3.4's Whoosh
backend gets wrong for this archive (see ../shared/HAYSTACK_WHOOSH_NOTES.md):

- `schema`: French analysis on every text field, no sortable text columns, facet
  fields unanalysed so facet values come back verbatim;
- `highlighting`: highlighting with the French analyzer, HTML-escaped, `<mark>`;
- `writer`: `update` / `remove` / `clear` wait (with backoff) for another process's write
  lock instead of failing or dropping the write; `add_document` where nothing can be
  replaced; segments written faster (`_SegmentWriter`: field lengths read once, spelling
  words kept out of the postings, one-posting terms inlined; `schema.FrenchText`: one
  analysis pass per text for the stemmed field, its exact twin and the spelling words);
- `searchers` and `engine`: haystack's results for `search` / `more_like_this`, computed on
  a searcher kept open per thread (`SharedIndex`, reopened only when the index changed);
  narrow queries and the content type as cached filters, not extra unlimited searches;
  field facets counted and date sorts ordered from per-segment tables built once
  (`SharedSearcher`, `facets`); only the asked page made into results, hits of unlimited
  searches only if read (`_UnreadResults`); a spelling suggestion even when nothing matched;
- `spelling`: "Stoltemberg" → "Stoltenberg", from the index's own words;
- `scoring`: searches of words, phrases and fields (joined by Or/And) scored from arrays,
  every match, sorted and their facets counted from arrays (`SharedSearcher.value_pairs`,
  `sort_keys`); `postings`: a term's postings read into arrays, the longest lists kept
  decoded (bounded, least recently used out);
- `similar`: "more like this" on an article's key terms of bounded frequency, whose
  statistics come from each segment's `termstats` file, written with the segment;
- `mapped`: segment files read in place from their memory map, not copied into each
  process's heap.

Speed never changes results: every match is still scored (Whoosh's top-N shortcut misses
some best hits), and tests compare hits, scores, counts and facets with haystack's own
and with Whoosh's exhaustive scoring.
"""

from . import mapped  # noqa: F401 - compound segments then open their parts in place
from .engine import FrenchWhooshEngine, FrenchWhooshSearchBackend, FrenchWhooshSearchQuery
from .searchers import SharedIndex, SharedSearcher

__all__ = [
    "FrenchWhooshEngine", "FrenchWhooshSearchBackend", "FrenchWhooshSearchQuery",
    "SharedIndex", "SharedSearcher",
]
