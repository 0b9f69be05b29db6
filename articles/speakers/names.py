"""Names as written: folding, titles and civilities, given names and surname, slugs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


# Letters NFKD leaves alone (ligatures, stroked letters, Turkish dotless i) and
# typographic apostrophes and dashes, so every spelling folds to the same ASCII.
_FOLD_MAP = str.maketrans({
    "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "–": " - ", "—": " - ",
})
_LONE_HYPHEN = re.compile(r"(?<![^\W_])-|-(?![^\W_])")

# Civility titles written before a name, folded, with the gender they imply.
_CIVILITIES = {
    "m": "m", "m.": "m", "mm": "m", "mm.": "m", "monsieur": "m", "messieurs": "m",
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "herr": "m",
    "mme": "f", "mme.": "f", "mmes": "f", "mlle": "f", "mlles": "f", "melle": "f",
    "madame": "f", "mesdames": "f", "mademoiselle": "f", "mrs": "f", "mrs.": "f",
    "ms": "f", "ms.": "f", "miss": "f", "lady": "f", "dame": "f", "frau": "f",
    "dr": None, "dr.": None, "docteur": None, "pr": None, "pr.": None,
    "professeur": None, "me": None, "me.": None, "maitre": None,
    "mgr": "m", "mgr.": "m", "monseigneur": "m", "cheikh": "m", "sheikh": "m",
}
# Honorifics used with an article ("le président Erdogan"). They only count as a
# title when a name follows, so "le président russe" stays a role.
_HONORIFICS = {
    "le president": "m", "la presidente": "f", "le roi": "m", "la reine": "f",
    "le prince": "m", "la princesse": "f", "le pape": "m", "le general": "m",
    "le colonel": "m", "le marechal": "m", "l'amiral": "m", "le cheikh": "m",
    "l'emir": "m", "le sultan": "m", "l'ayatollah": "m", "l'imam": "m",
    "le cardinal": "m", "le patriarche": "m", "l'abbe": "m", "le pere": "m",
    "soeur": "f", "le docteur": "m", "le professeur": "m",
}
_PARTICLES = frozenset({
    "de", "du", "des", "d'", "von", "van", "der", "den", "ter", "ten", "zu", "la", "le",
    "di", "da", "del", "della", "dos", "das", "ben", "bin", "ibn", "bint", "ould",
    "al", "el", "abu", "abou",
})


def fold(text: str) -> str:
    """Fold text for comparison: "Sergueï  Lavrov" → "serguei lavrov"."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_MAP))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    return " ".join(_LONE_HYPHEN.sub(" ", text).split())


def body_text(form: str) -> str:
    """A body's name as two forms of it compare: "la Maison-Blanche" → "maison blanche"."""
    text = fold(form).replace("-", " ").replace(".", "")
    text = re.sub(r"^(?:(?:le|la|les) |l' ?)", "", text)
    return " ".join(text.split())


def strip_title(name: str) -> tuple[str | None, str]:
    """Split civility titles off a name: "M. Lavrov" → ("M.", "Lavrov")."""
    words = name.split()
    titles: list[str] = []
    while size := _title_size(words):
        titles.extend(words[:size])
        words = words[size:]
    return (" ".join(titles) or None), " ".join(words)


def _title_size(words: Sequence[str]) -> int:
    """Count the words of the title opening `words`, 0 if none; a name must follow."""
    folded = [fold(word) for word in words[:3]]
    if len(words) < 2:
        return 0
    if folded[0] in _CIVILITIES:
        return 1
    for size in (2, 1):
        if " ".join(folded[:size]) in _HONORIFICS and len(words) > size:
            if words[size][:1].isupper() or _is_particle(folded[size]):
                return size
    return 0


def gender_of(title: str | None) -> str | None:
    """Read the gender a title implies: "Mme" → "f", "Dr" → None."""
    folded = fold(title or "")
    for word in folded.split():
        if _CIVILITIES.get(word):
            return _CIVILITIES[word]
    for phrase, gender in _HONORIFICS.items():
        if f" {phrase} " in f" {folded} ":
            return gender
    return None


def split_name(name: str) -> tuple[tuple[str, ...], str]:
    """Fold and split a name: "Charles de Gaulle" → (("charles",), "de gaulle")."""
    words = _name_words(name)
    if not words:
        return (), ""
    start = _surname_start(words)
    return tuple(words[:start]), " ".join(words[start:])


def _name_words(name: str) -> list[str]:
    """Fold a name without its title into words: "M. Jean Dupont," → ["jean", "dupont"]."""
    words = (word.strip(",;:!?\"()[]«»") for word in fold(strip_title(name)[1]).split())
    return [word for word in words if word]


def _surname_start(words: Sequence[str]) -> int:
    """Find where the surname begins: the first particle after a given name, else the last word."""
    if _is_particle(words[0]) and len(words) > 1:
        return 0
    for position in range(1, len(words) - 1):
        if _is_particle(words[position]):
            return position
    return len(words) - 1


def _is_particle(word: str) -> bool:
    return word in _PARTICLES or (word.startswith("d'") and len(word) > 2)


def slugify_name(name: str) -> str:
    """Make an ASCII slug of a name: "Sergueï Lavrov" → "serguei-lavrov"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
