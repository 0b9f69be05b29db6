"""The name a speaker is shown under, chosen among the forms the archive met."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping

from .kinds import ORGANISATION, PERSON, guess_kind
from .names import body_text, split_name, strip_title


def choose_canonical_name(alias_counts: Mapping[str, int], kind: str | None = None) -> str:
    """Choose the name to show: {"M. Lavrov": 5, "Sergueï Lavrov": 1} → "Sergueï Lavrov"."""
    counts: dict[str, int] = defaultdict(int)
    for form, count in alias_counts.items():
        if form.strip():
            counts[" ".join(form.split())] += count
    if not counts:
        raise ValueError("a speaker needs at least one name")
    kind = kind or _guess_kind_of_forms(counts)
    return _choose_person_name(counts) if kind == PERSON else _choose_org_name(counts)


def _guess_kind_of_forms(counts: Mapping[str, int]) -> str:
    votes: dict[str, int] = defaultdict(int)
    for form, count in counts.items():
        votes[guess_kind(form)] += count
    return ORGANISATION if votes[ORGANISATION] > votes[PERSON] else PERSON


def _choose_person_name(counts: Mapping[str, int]) -> str:
    """Prefer a full name, then the surname most forms spell alike, then frequency and accents."""
    surname_votes: dict[str, int] = defaultdict(int)
    shown: dict[tuple[int, str], int] = defaultdict(int)  # (rank, displayed form) → count
    for form, count in counts.items():
        title, rest = strip_title(form)
        given, surname = split_name(rest)
        surname_votes[surname] += count
        # A full name is shown without its title; "M. Lavrov" beats a bare "Lavrov".
        rank = 0 if given else 1 if title else 2
        shown[(rank, rest if given else form)] += count

    def preference(item: tuple[tuple[int, str], int]) -> tuple:
        (rank, form), count = item
        return (rank, -surname_votes[split_name(form)[1]], -count, -_accents(form), form)

    return min(shown.items(), key=preference)[0][1]


def _choose_org_name(counts: Mapping[str, int]) -> str:
    """Choose the most frequent spelling, without its article, of the most frequent body."""
    totals: dict[str, int] = defaultdict(int)
    shown: dict[str, int] = defaultdict(int)
    for form, count in counts.items():
        totals[body_text(form)] += count
        shown[re.sub(r"^(?:le |la |les |l['’] ?)", "", form)] += count

    def preference(item: tuple[str, int]) -> tuple:
        form, count = item
        return (-totals[body_text(form)], -count, -_accents(form), form)

    return min(shown.items(), key=preference)[0]


def _accents(text: str) -> int:
    """Count diacritics, which carry information ("Sergueï" says how to read "Serguei")."""
    return sum(1 for char in unicodedata.normalize("NFD", text) if unicodedata.combining(char))
