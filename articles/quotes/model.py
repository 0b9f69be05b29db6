"""The public result type of quote extraction."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractedQuote:
    """One quotation or reported statement and who made it, within one article body."""
    speaker: str               # best name in this article: full name, or the body's name without article
    kind: str                  # "person" or "organisation"
    role: str | None           # role as written: "ministre russe des Affaires étrangères"
    aliases: tuple[str, ...]   # every naming form seen: ("Sergueï Lavrov", "M. Lavrov")
    text: str                  # quoted words (direct) or reported content (indirect)
    direct: bool
    verb: str                  # as written: "a déclaré", "a-t-il ajouté", "selon", ":"
    start: int                 # body[start:end] == text
    end: int
    attribution: str           # name | title | pronoun | role | according_to | transcript | caption | continuation
