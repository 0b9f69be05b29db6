"""Folding: every lexicon key is lower-cased and accent-free, so "État" and "Etat" are one word."""
from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case and strip accents: "Sergueï Zakharova’s" → "serguei zakharova's"."""
    text = text.lower().replace("’", "'").replace("‑", "-")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("œ", "oe").replace("æ", "ae")


def folded_set(text: str) -> frozenset[str]:
    """The folded words of a space-separated list."""
    return frozenset(fold(w) for w in text.split())


def lower_set(text: str) -> frozenset[str]:
    """Function words keep their accents: folding would merge "dès"/"des" and "à"/"a"."""
    return frozenset(w.lower() for w in text.split())

