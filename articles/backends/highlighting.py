"""Snippets: HTML-escaped fragments of the matched text with `<mark>`ed words."""

import html
import re

from haystack.constants import DJANGO_CT, DJANGO_ID
from whoosh.highlight import ContextFragmenter, Formatter, Highlighter, get_text

SNIPPET_FRAGMENTS = 3
FRAGMENT_CHARS = 70  # characters of words per fragment, around ~30 of context each side
LEAD_CHARS = 240  # the snippet when no word of the text matched


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

    highlighter = Highlighter(
        fragmenter=ContextFragmenter(maxchars=FRAGMENT_CHARS, surround=30),
        formatter=MarkFormatter(),
    )

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


def _lead(text: str) -> list[str]:
    """The escaped start of a text, cut at a word: the snippet when nothing matched."""
    text = " ".join(text.split())
    if len(text) > LEAD_CHARS:
        text = text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"
    return [html.escape(text)] if text else []

