"""Snippets: HTML-escaped fragments of the matched text with `<mark>`ed words.

A word is marked when its stem is a searched stem, or its exact form a searched exact form
(quoted words search the unstemmed twin of the field, see `schema.FrenchText`); words only
excluded by the query (`-russie`) are not marked. Fragments next to each other in the text
are joined, so "…" only ever stands for text left out, and a fragment repeating one already
shown is dropped. `highlight(whole=True)` marks the whole text instead (the article page,
coming from a search).
"""

import html
import re
from bisect import bisect_left, bisect_right
from collections import deque

from haystack.constants import DJANGO_CT, DJANGO_ID
from whoosh.analysis import Token
from whoosh.highlight import (
    FIRST, BasicFragmentScorer, ContextFragmenter, Formatter, Fragment, get_text, mkfrag, top_fragments,
)
from whoosh.query import AndNot, Not

from ..analysis import french_analyzer, french_exact_analyzer, word_spans
from .schema import exact_fieldname

SNIPPET_FRAGMENTS = 3
FRAGMENT_CHARS = 70  # characters of words per fragment, around ~30 of context each side
FRAGMENT_SURROUND = 30
LEAD_CHARS = 240  # the snippet when no word of the text matched
_GAP_RE = re.compile(r"[\s,;:]*")  # what may separate two fragments that are one passage


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


class HighlightingMixin:
    """The backend's result processing, highlighting only the page shown."""

    fragmenter = ContextFragmenter(maxchars=FRAGMENT_CHARS, surround=FRAGMENT_SURROUND)
    formatter = MarkFormatter()

    def _process_results(self, raw_page, highlight=False, query_string="",
                         spelling_query=None, result_class=None, facet_types=None):
        results = super()._process_results(
            raw_page, highlight=False, query_string=query_string,
            spelling_query=spelling_query, result_class=result_class, facet_types=facet_types,
        )
        if highlight and results["results"]:
            # raw_page holds only the requested page: this highlights what is shown.
            whole = isinstance(highlight, dict) and highlight.get("whole")
            snippets = self._highlight_page(raw_page, whole=bool(whole))
            for result in results["results"]:
                key = (f"{result.app_label}.{result.model_name}", str(result.pk))
                result.highlighted = {self.content_field_name: snippets.get(key, [])}
        return results

    def _highlight_page(self, raw_page, whole: bool = False) -> dict[tuple[str, str], list[str]]:
        """Escaped snippets with <mark>ed words, per (content type, pk) of the page's hits."""
        field = self.content_field_name
        searched = _searched_words(raw_page.results, field)
        snippets = {}
        schema = raw_page.results.searcher.schema
        for hit in raw_page:
            text = hit.get(field) or ""
            spans = _matched_spans(schema, searched, text)
            if whole:
                tokens = [Token(text=text[a:b], startchar=a, endchar=b, matched=True) for a, b in spans]
                fragments = [self.formatter.format_fragment(Fragment(text, tokens), False)]
            else:
                fragments = self._fragments(text, schema[field].analyzer, spans) or _lead(text)
            snippets[(hit[DJANGO_CT], str(hit[DJANGO_ID]))] = fragments
        return snippets

    def _fragments(self, text: str, analyzer, spans: list[tuple[int, int]]) -> list[str]:
        """The best few fragments in text order, adjacent ones joined, repeats dropped."""
        if not spans:
            return []
        form = _ONE_PASS_FORMS.get(_analyzer_kind(analyzer))
        if form is not None:
            found = _context_fragments(self.fragmenter, text, word_spans(text), set(spans), form)
        else:
            found = self.fragmenter.fragment_tokens(text, _marked_tokens(analyzer, text, set(spans)))
        best = top_fragments(found, SNIPPET_FRAGMENTS, BasicFragmentScorer(), FIRST)
        shown, seen = [], set()
        for fragment in _join_adjacent(text, best):
            formatted = self.formatter.format_fragment(fragment, False).strip()
            key = " ".join(text[fragment.startchar:fragment.endchar].split())
            if formatted and key not in seen:
                seen.add(key)
                shown.append(formatted)
        return shown


def _searched_words(results, field: str) -> dict[str, set[str]]:
    """The words searched in the field and in its exact twin: {"text": {"rusie"}, ...}."""
    schema, reader = results.searcher.schema, results.searcher.reader()
    fields = [name for name in (field, exact_fieldname(schema, field)) if name]
    words: dict[str, set[str]] = {name: set() for name in fields}
    for fieldname, btext in _positive_terms(results.q, reader):
        if fieldname in words:
            words[fieldname].add(schema[fieldname].from_bytes(btext))
    return words


def _positive_terms(q, reader) -> set:
    """The (field, term) pairs of a query that a match contains: not those under a NOT."""
    if isinstance(q, Not):
        return set()
    if isinstance(q, AndNot):
        return _positive_terms(q.a, reader)
    if q.is_leaf():
        return set(q.existing_terms(reader, phrases=True, expand=True))
    return set().union(*(_positive_terms(child, reader) for child in q.children()))


def _matched_spans(schema, searched: dict[str, set[str]], text: str) -> list[tuple[int, int]]:
    """Where in text a searched word matches, in order: [(start, end), ...]."""
    spans = set()
    for fieldname, words in searched.items():
        if not words:
            continue
        form = _ONE_PASS_FORMS.get(_analyzer_kind(schema[fieldname].analyzer))
        if form is not None:
            spans.update((w.start, w.end) for w in word_spans(text) if not w.stopped and getattr(w, form) in words)
            continue
        for token in schema[fieldname].analyzer(text, chars=True, mode="index"):
            if token.text in words:
                spans.add((token.startchar, token.endchar))
    return sorted(spans)


def _marked_tokens(analyzer, text: str, spans: set[tuple[int, int]]):
    """Every word of text (stop words too, for the context), `matched` where searched."""
    for token in analyzer(text, chars=True, mode="index", removestops=False):
        token.matched = (token.startchar, token.endchar) in spans
        yield token


def _context_fragments(fragmenter: ContextFragmenter, text: str, words, spans: set[tuple[int, int]],
                       form: str) -> list[Fragment]:
    """`fragmenter.fragment_tokens(text, _marked_tokens(...))`, from `word_spans`, skipping ahead.

    Whoosh's loop, statement for statement, but outside a fragment it jumps over the
    unmatched words it would forget anyway: only those within `surround` characters of
    the word before the next match stay in its buffer of context (`firsts`). A hit's text
    has ~1,000 words and a page's snippets need a few dozen.
    """
    maxchars, surround, charlimit = fragmenter.maxchars, fragmenter.surround, fragmenter.charlimit
    starts = [w.start for w in words]
    ends = [w.end for w in words]
    count = bisect_right(ends, charlimit) if charlimit else len(words)  # Whoosh stops there
    matches = [i for i in range(count) if (starts[i], ends[i]) in spans]
    found = []
    first, firsts, countdown, tks, endchar, currentlen = None, deque(), -1, [], None, 0
    i, upcoming = 0, 0
    while i < count:
        if countdown < 0 and (starts[i], ends[i]) not in spans:
            while upcoming < len(matches) and matches[upcoming] < i:
                upcoming += 1
            if upcoming == len(matches):
                break  # no match left: Whoosh would only fill its buffer
            last = matches[upcoming] - 1  # the unmatched word before the next match
            for k in range(max(i, bisect_left(starts, ends[last] - surround, i, last)), last + 1):
                firsts.append(starts[k])
                while firsts and ends[k] - firsts[0] > surround:
                    firsts.popleft()
            i = last + 1
            continue
        startchar, endchar = starts[i], ends[i]
        tlength = endchar - startchar
        matched = (startchar, endchar) in spans
        if currentlen + tlength > maxchars:
            countdown = 0
        elif matched:
            countdown = surround
            if first is None:
                if firsts:
                    first = firsts[0]
                else:
                    first = startchar
                    countdown += surround
            tks.append(Token(text=getattr(words[i], form), startchar=startchar, endchar=endchar, matched=True))
        if countdown >= 0:
            currentlen += tlength
            countdown -= tlength
            if countdown <= 0:
                found.append(mkfrag(text, tks, startchar=first, endchar=endchar))
                first, firsts, tks, currentlen = None, deque(), [], 0
        i += 1
    if tks:
        if count < len(words):
            endchar = ends[count]  # Whoosh read the word past its limit before stopping
        found.append(mkfrag(text, tks, startchar=first, endchar=endchar))
    return found


# The French analyzers' tokens, read from `analysis.word_spans` (one pass, cached per text).
_ONE_PASS_FORMS = {"stemmed": "stem", "exact": "exact"}


def _analyzer_kind(analyzer) -> str | None:
    if analyzer == french_analyzer():
        return "stemmed"
    if analyzer == french_exact_analyzer():
        return "exact"
    return None


def _join_adjacent(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """Fragments touching in the text (only spaces or a comma between) → one fragment."""
    joined: list[Fragment] = []
    for fragment in fragments:
        previous = joined[-1] if joined else None
        if previous and _GAP_RE.fullmatch(text, previous.endchar, max(fragment.startchar, previous.endchar)):
            joined[-1] = Fragment(text, previous.matches + fragment.matches,
                                  previous.startchar, max(previous.endchar, fragment.endchar))
        else:
            joined.append(fragment)
    return joined


def _lead(text: str) -> list[str]:
    """The escaped start of a text, cut at a word: the snippet when nothing matched."""
    text = " ".join(text.split())
    if len(text) > LEAD_CHARS:
        text = text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"
    return [html.escape(text)] if text else []
