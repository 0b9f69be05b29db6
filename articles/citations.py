"""How a quotation is shown and cited: whole (or a window for a very long one), marks, a reference.

Presentation helpers without the database: plain strings in, safe HTML or plain strings out.
"""

import html
import re

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WINDOW_CHARS = 600  # quotes up to this long are shown whole; longer ones as a window
ELLIPSIS = "…"
KIND_LABELS = {"direct": "citation directe", "indirect": "discours rapporté"}
_MARK_RE = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)


def anchor(quote_pk: int) -> str:
    """The article page's anchor for a quote: 12 → "citation-12" (the pk survives re-extraction)."""
    return f"citation-{quote_pk}"


def permalink_path(article_pk: int, quote_pk: int) -> str:
    """(3, 12) → "/articles/3/#citation-12": by id, so a corrected title (new slug) keeps it valid."""
    return f"{reverse('article_detail', args=[article_pk])}#{anchor(quote_pk)}"


def marked_words(snippet: str) -> list[str]:
    """'a <mark>Russie</mark> b' → ['Russie']: the words a highlighter marked, unescaped."""
    return list(dict.fromkeys(html.unescape(w) for w in _MARK_RE.findall(snippet or "") if w.strip()))


def quote_window(text: str, words: list[str] = (), limit: int = WINDOW_CHARS) -> tuple[str, bool, bool]:
    """The whole text, or a `limit`-long window around the first marked word → (text, cut_before, cut_after).

    Cuts fall on spaces, never inside a word.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text, False, False
    first = min((i for i in (text.find(w) for w in words) if i >= 0), default=0)
    start = max(0, min(first - limit // 3, len(text) - limit))
    end = start + limit
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return text[start:end].strip(), start > 0, end < len(text)


def render_quote(text: str, kind: str, snippet: str = "", limit: int = WINDOW_CHARS) -> SafeString:
    """A quote as safe HTML: « whole text » for direct speech, bare for reported, searched words marked."""
    words = marked_words(snippet)
    shown, cut_before, cut_after = quote_window(text, words, limit)
    body = _mark(shown, words)
    if cut_before:
        body = f"{ELLIPSIS} {body}"
    if cut_after:
        body = f"{body} {ELLIPSIS}"
    return mark_safe(f"«\u00a0{body}\u00a0»" if kind == "direct" else body)


def _mark(text: str, words: list[str]) -> str:
    if not words:
        return escape(text)
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(words, key=len, reverse=True)))
    parts, cursor = [], 0
    for match in pattern.finditer(text):
        parts += [escape(text[cursor:match.start()]), f"<mark>{escape(match.group())}</mark>"]
        cursor = match.end()
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def reference(speaker: str, source: str, date_label: str, permalink: str) -> str:
    """A short reference to paste: "Sergueï Lavrov, Le Monde, 2 février 2018, https://…#citation-2"."""
    return ", ".join(part for part in (speaker, source, date_label, permalink) if part)
