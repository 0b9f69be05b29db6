"""`shorten`: a title cut at a word boundary for a list or a link ("previous", "next")."""

from django import template

from ..cleaning import DANGLING_WORDS

register = template.Library()
_TRAILING = " ,;:-–—(«“"


@register.filter
def shorten(title: str, limit: int = 70) -> str:
    """'Le gouvernement annonce le report de la réforme' at 35 → 'Le gouvernement annonce le report…'."""
    if len(title) <= limit:
        return title
    head = title[: limit + 1]
    if " " not in head:  # one long first word: whole, never cut inside
        first, _, rest = title.partition(" ")
        return first + ("…" if rest else "")
    words = head.rsplit(" ", 1)[0].rstrip(_TRAILING).split(" ")
    while len(words) > 1 and words[-1].lower() in DANGLING_WORDS:
        words.pop()
    return " ".join(words).rstrip(_TRAILING) + "…"
