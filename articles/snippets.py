"""Make search snippets safe for a page or plain for an API.

Whatever the backend returns is passed through bleach with only <mark> allowed, so a
backend's highlighter can never let markup through.
"""

import html

import bleach
from django.utils.html import escape

SNIPPET_TAGS = ["mark"]
LEAD_CHARS = 240


def clean_snippet(fragment: str | None, text: str = "") -> str:
    """Backend highlight → safe HTML; without one, the escaped start of the text."""
    if fragment:
        return bleach.clean(fragment, tags=SNIPPET_TAGS, attributes={}, strip=True)
    return escape(_lead(text))


def plain_snippet(fragment: str) -> str:
    """Safe snippet HTML → plain text for the JSON API."""
    return html.unescape(bleach.clean(fragment, tags=[], strip=True))


def _lead(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= LEAD_CHARS:
        return text
    return text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"
