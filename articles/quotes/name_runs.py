"""Where a proper name runs in the tokens, and whether it names a person or a body.

    scan_name(tokens of "Ursula von der Leyen a dit", 0, …) → 4
    classify_name(… "Agence France-Presse" …) → "organisation"
A role noun never opens a name ("Secrétaire du Conseil"): role_key says what a word's role is.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .text import Token

AL_PREFIX_RE = re.compile(r"^(?:al|el|ben|bin|ibn|abu|abou|ould)[-‑'’][A-ZÀ-Þ]")
_ROLE_PREFIXES = ("vice-", "ex-", "co-", "sous-", "vice", "co")
MAX_NAME_WORDS = 6
_BIRTH_NAME_MARKS = frozenset({"née", "né"})


def role_key(folded: str) -> str:
    """The role noun a folded word is a form of: "ex-ministre" → "ministre", "député-maire" → "depute"."""
    for prefix in _ROLE_PREFIXES:
        if folded.startswith(prefix) and folded[len(prefix):] in lx.ROLE_NOUNS:
            return folded[len(prefix):]
    first = folded.split("-")[0]
    if first != folded and first in lx.ROLE_NOUNS and folded not in lx.ROLE_NOUNS:
        return first  # "député-maire", "sénatrice-présidente"
    return folded


def is_given_name(folded: str) -> bool:
    """A known given name, or a compound one by its first part: "jean-baptiste"."""
    return folded in lx.GIVEN_NAMES or folded.split("-")[0] in lx.GIVEN_NAMES


def is_age(tokens: list[Token], k: int, limit: int) -> bool:
    """ "23 ans," at k, in apposition after a name, with a word after its comma."""
    return k + 3 < limit and tokens[k].text.isdigit() and tokens[k + 1].low in ("ans", "an") \
        and tokens[k + 2].low == ","


def given_name_title(tokens: list[Token], i: int, limit: int) -> bool:
    """ "Cheikh Tidiane Ndiaye" is a given name and a family name; "cheikh Tamim" a title."""
    if tokens[i].low != "cheikh" or not tokens[i].is_cap:
        return False
    return len(name_words(tokens, i + 1, scan_name(tokens, i + 1, limit, after_title=True))) >= 2


def scan_name(tokens: list[Token], i: int, limit: int, after_title: bool = False) -> int:
    """Return the end of a capitalised name run at i ("Ursula von der Leyen"), or i."""
    if i < limit and given_name_title(tokens, i, limit):
        return scan_name(tokens, i + 1, limit, after_title=True)
    j, words = i, 0
    while j < limit and words < MAX_NAME_WORDS:
        token = tokens[j]
        if _is_name_word(token, first=(words == 0 and not after_title)):
            words, j = words + 1, j + 1
        elif (words or after_title) and token.low in lx.NAME_PARTICLES and particle_leads_to_name(tokens, j, limit):
            j += 1
        elif words and token.text == "&" and j + 1 < limit and tokens[j + 1].is_cap and tokens[j + 1].is_word:
            j += 1  # "Sèvre & Gâtine", "Sciences & Vivant"
        elif words and token.text == "-" and is_initial(tokens[j - 1]) and j + 1 < limit and is_initial(tokens[j + 1]):
            j += 1  # "J.-M. Dufresne": a compound given name's initials
        elif words >= 2 and token.low in _BIRTH_NAME_MARKS and j + 1 < limit and _is_name_word(tokens[j + 1], False):
            j += 1  # "Rasmata Nadembega née Compaoré": one person, by married and birth name
        else:
            break
    return j if words else i


def is_initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _is_name_word(token: Token, first: bool) -> bool:
    if AL_PREFIX_RE.match(token.text):
        return True
    if not (token.is_cap and token.is_word):
        return False
    if first and token.fold in lx.CAP_STOPWORDS and token.fold not in lx.GIVEN_NAMES:
        return False
    if first and (role_key(token.fold) in lx.ROLE_NOUNS or token.fold in lx.DEMONYMS):
        return False  # "Secrétaire du Conseil…", "l'Espagnol Carlos Vidal" are roles
    return True


def particle_leads_to_name(tokens: list[Token], j: int, limit: int) -> bool:
    k = j
    while k < limit and tokens[k].low in lx.NAME_PARTICLES and k - j < 3:
        k += 1
    return k < limit and tokens[k].is_cap and tokens[k].is_word


def name_words(tokens: list[Token], i: int, j: int) -> list[Token]:
    return [t for t in tokens[i:j] if t.is_cap or AL_PREFIX_RE.match(t.text)]


def classify_name(tokens: list[Token], i: int, j: int) -> str:
    """Guess whether a bare capitalised name is a person or an organisation."""
    words = name_words(tokens, i, j)
    folds = [w.fold for w in words]
    if len(words) == 1:
        word = words[0]
        if word.fold in lx.KNOWN_BODIES or word.fold in lx.PLACE_WORDS:
            return "organisation"
        if word.text.isupper() and len(word.text) >= 2:
            return "organisation"  # acronym: TASS, AFP, CNRS
        return "person"
    if folds[0] in lx.BODY_NOUNS or folds[-1] in lx.ORG_LAST_WORDS:
        return "organisation"
    if any(f in lx.PLACE_WORDS or f in lx.KNOWN_BODIES for f in folds) and folds[0] not in lx.GIVEN_NAMES:
        return "organisation"
    return "person"


def given_name_gender(tokens: list[Token], i: int, j: int) -> str | None:
    words = name_words(tokens, i, j)
    if len(words) < 2:
        return None
    first = words[0].fold
    return lx.GIVEN_NAMES.get(first) or lx.GIVEN_NAMES.get(first.split("-")[0])
