"""Names as written compared: up to a typo, by initials, by birth name, without the article.

    close("zahkharova", "zakharova")   given_fits("j.-m.", "jean-marc")   name_key("la Maison-Blanche")
"""
from __future__ import annotations

import re

from . import lexicon as lx

_LEADING_ARTICLE_RE = re.compile(r"^(?:[lL]['’]|le |la |les )")  # "Le Monde" keeps its capital article
# The capital article of a title: "Le Courrier de l'Aunis", "La Voix du Nord".
TITLE_ARTICLE_RE = re.compile(r"^(?:L['’]\s*|Le |La |Les )(?=[A-ZÀ-Þ])")


def hyphenless(name: str | None) -> str:
    return " ".join(lx.fold(name or "").replace("-", " ").split())


def name_parts(name: str) -> tuple[str, str, list[str]]:
    """ "Ursula von der Leyen" → ("ursula", "von der leyen", [all folded words])."""
    words = lx.fold(name).split()
    if len(words) >= 2:
        return words[0], " ".join(words[1:]), words
    return "", (words[0] if words else ""), words


_INITIAL_STOP = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "et", "pour", "en", "à", "a", "au", "aux"})


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s'’-]+", lx.fold(strip_article(name))) if w and w not in _INITIAL_STOP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def acronym_fits(acronym: str, name: str) -> bool:
    """ "ARS" of "agence régionale de santé", "FFHandball" of "Fédération française de handball":
    the acronym opens on the name's initials."""
    letters, first = "".join(c for c in lx.fold(acronym) if c.isalnum()), initials(name)
    return first != "" and (letters.startswith(first) or len(letters) >= 3 and first.startswith(letters))


def given_fits(a: str, b: str) -> bool:
    """Same given name up to a typo, or its initials: "J.-M." is "Jean-Marc", "G." is "Gaston"."""
    if close(a, b):
        return True
    short, long_ = sorted((a, b), key=lambda w: "." not in w)
    if "." not in short or "." in long_:
        return False
    letters = [part.strip(".") for part in short.split("-")]
    parts = long_.split("-")
    return len(letters) == len(parts) and all(p.startswith(l) for l, p in zip(letters, parts) if l)


def initialled(short: str, full: str) -> bool:
    """ "T. T. Pham" is "Thu Trang Pham": each initial opens the other's word, the last word
    the same (up to a typo)."""
    a, b = lx.fold(short).split(), lx.fold(full).split()
    if len(a) != len(b) or len(a) < 3 or not all(w.endswith(".") for w in a[:-1]):
        return False
    return all(w.startswith(i.rstrip(".")) for i, w in zip(a[:-1], b[:-1])) and close(a[-1], b[-1])


def surname_fits(a: str, b: str) -> bool:
    """Same family name up to a typo; "nadembega nee compaore" is also "nadembega" and "compaore";
    "de la roche-aymon" is "la roche-aymon" (a particle the naming may drop)."""
    return any(close(x, y) for x in birth_names(_without_particle(a)) for y in birth_names(_without_particle(b)))


def _without_particle(surname: str) -> str:
    words = surname.split()
    while len(words) > 1 and words[0] in ("de", "d'", "du", "von", "van", "der", "den"):
        words = words[1:]
    return " ".join(words)


def birth_names(surname: str) -> tuple[str, ...]:
    for mark in (" nee ", " ne "):
        if mark in f" {surname} ":
            married, _, birth = f" {surname} ".partition(mark)
            return surname, married.strip(), birth.strip()
    return (surname,)


def name_key(name: str | None) -> str:
    """What two namings of one person or body share: folded, without the article."""
    key = strip_article(lx.fold(name or "")).strip()
    return _SAME_BODY.get(key, key)


# The few bodies French news names by a short name that is not their acronym's reading.
_SAME_BODY = {"nations unies": "onu", "organisation des nations unies": "onu", "alliance atlantique": "otan",
              "organisation du traite de l'atlantique nord": "otan"}


def strip_article(name: str | None) -> str:
    return _LEADING_ARTICLE_RE.sub("", name or "").strip()


def close(a: str, b: str) -> bool:
    """Same name up to a typo: "zahkharova" ~ "zakharova" (one edit; two for long names)."""
    if a == b:
        return True
    if not a or not b or min(len(a), len(b)) < 5:
        return False
    allowed = 2 if min(len(a), len(b)) >= 9 else 1
    return abs(len(a) - len(b)) <= allowed and _edit_distance(a, b, allowed) <= allowed


def _edit_distance(a: str, b: str, cap: int) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > cap:
            return cap + 1
        previous = current
    return previous[-1]
