"""Make search snippets safe for a page or plain for an API.

Whatever the backend returns is passed through bleach with only <mark> allowed, so a
backend's highlighter can never let markup through; what bleach would return unchanged
(escaped text and balanced <mark> tags) is recognised without parsing it.
"""

import html
import re

import bleach
from django.utils.html import escape

SNIPPET_TAGS = ["mark"]
LEAD_CHARS = 240


# Escaped text (printable characters, the entities `html.escape` writes) and bare <mark>
# tags: what bleach returns unchanged, checked without parsing (~1 ms a snippet).
_CLEAN_RE = re.compile(r"(?:[^<>&\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]|&(?:amp|lt|gt|quot|#x27);|</?mark>)*")
_MARK_RE = re.compile(r"<(/?)mark>")


def clean_snippet(fragment: str | None, text: str = "") -> str:
    """Backend highlight → safe HTML; without one, the escaped start of the text."""
    if fragment:
        if _already_clean(fragment):
            return fragment
        return bleach.clean(fragment, tags=SNIPPET_TAGS, attributes={}, strip=True)
    return escape(_lead(text))


def _already_clean(fragment: str) -> bool:
    """Escaped text with <mark> tags opened and closed in turn: nothing for bleach to change."""
    if not _CLEAN_RE.fullmatch(fragment):
        return False
    closing = [bool(m.group(1)) for m in _MARK_RE.finditer(fragment)]
    return len(closing) % 2 == 0 and closing == [bool(n % 2) for n in range(len(closing))]


def plain_snippet(fragment: str) -> str:
    """Safe snippet HTML → plain text for the JSON API."""
    return html.unescape(bleach.clean(fragment, tags=[], strip=True))


def _lead(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= LEAD_CHARS:
        return text
    return text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"
