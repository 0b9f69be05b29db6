"""Quotation and speaker extraction from one cleaned French news article body.

    >>> [(q.speaker, q.verb, q.direct) for q in extract_quotes(
    ...     "« Nous restons ouverts », a déclaré le secrétaire général de l'OTAN, Jens Stoltenberg.")]
    [('Jens Stoltenberg', 'a déclaré', True)]

Pipeline (each stage is a plain function you can call alone):
  text.py      segment: tokens, « quotation » spans, sentences
  find.py      find: statements with the raw speaker expression ("il", "M. Lavrov", "la diplomate"),
               shape by shape in direct.py, reported.py and attached.py (participle, relative
               and retrospective clauses) over the shared clauses.py
  resolve.py   resolve: a discourse model maps expressions to the article's speakers
               (entities.py: what it knows of each; roles.py: when two descriptions are one office)
Word lists live in lexicon/ (verbs, nouns, names); noun-phrase parsing in mentions.py (name runs in
name_runs.py, a role's complements in complements.py); verb shapes in verbs.py.
Pure Python and compiled regexes, with spaCy's parse as a fallback (nlp.py): no Django, no models.
"""
from __future__ import annotations

from .find import find_events
from .model import ExtractedQuote
from .resolve import resolve_events

__all__ = ["ExtractedQuote", "extract_quotes"]


def extract_quotes(body: str) -> list[ExtractedQuote]:
    """Return the quotations of an article body with their speakers, in text order."""
    if not body or not body.strip():
        return []
    return resolve_events(body, find_events(body))
