"""Speaker identity: name normalisation, alias and fuzzy matching across the archive.

Pure module, no ORM: the DB layer loads existing speakers as `Candidate`s, asks
`match_speaker` (or a `SpeakerIndex`) who a newly quoted name is, and creates or
updates records from the answer. When in doubt the answer is None (a new speaker):
a duplicate record is cheap to merge later, two people merged into one is not.
`match_speaker` profiles every candidate on each call, so it suits a handful of
candidates; the archive-wide lookup belongs in one long-lived `SpeakerIndex`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

PERSON = "person"
ORGANISATION = "organisation"

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
# Arabic articles are written al-, el-, Al or dropped ("M. Assad"): not part of the key.
_ARABIC_ARTICLES = frozenset({"al", "el"})
# Family names written first (Zhao Lijian, Moon Jae-in, Nguyen Xuan Phuc). Kept to
# common ones so "M. Zhao" can find Zhao Lijian without Western first names
# ("Thomas Müller") ever being read as family names.
_FAMILY_FIRST = frozenset("""
    zhao xi wang li zhang liu chen yang huang wu zhou xu sun ma zhu hu guo he lin gao
    luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan
    cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan fan liao shi jin
    jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long hao kong
    shao mao wan gu lai qian mo kim lee park choi jung kang cho yoon jang lim oh seo
    shin kwon hwang ahn yoo hong jeon ko moon son bae baek heo nam roh ri pak chun
    chung ban nguyen tran pham hoang phan vu vo dang bui ngo duong ly
""".split())
# Spelling differences between transliterations of the same Russian, Arabic or
# Ukrainian name (Sergueï/Sergey, Iouri/Yuri, Ouchakov/Ushakov), applied in order.
_TRANSLITERATIONS = (
    ("dzh", "j"), ("tch", "ch"), ("sh", "ch"), ("zh", "j"), ("dj", "j"), ("kh", "h"),
    ("ph", "f"), ("ck", "k"), ("x", "ks"), ("w", "v"), ("gue", "ge"), ("gui", "gi"),
    ("ou", "u"), ("y", "i"),
)
_DOUBLED = re.compile(r"([a-z])\1+")


def fold(text: str) -> str:
    """Fold text for comparison: "Sergueï  Lavrov" → "serguei lavrov"."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_MAP))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    return " ".join(_LONE_HYPHEN.sub(" ", text).split())


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


# Kind guessing ---------------------------------------------------------------

_ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une"})
# A name headed by a role is an (unnamed) person even when it names a body after it.
_ROLE_HEADS = frozenset("""
    ministre minister president presidente vice-president vice-presidente porte-parole
    spokesman spokeswoman spokesperson premier chef chief head directeur directrice
    director secretaire secretary ambassadeur ambassadrice ambassador depute deputee
    senateur senatrice maire conseiller conseillere general commandant representant
    representante envoye envoyee negociateur negociatrice commissaire juge procureur
    procureure avocat avocate expert experte analyste responsable dirigeant dirigeante
    chancelier chanceliere roi reine prince princesse pape patron patronne fondateur
    fondatrice militant militante opposant opposante journaliste chercheur chercheuse
    professeur docteur medecin homologue adjoint adjointe leader candidat candidate
    chairman ceo
""".split())
_ORG_WORDS = frozenset("""
    ministere ministeres ministry agence agency gouvernement government parti party partie
    kremlin elysee matignon pentagone pentagon vatican bercy beauvau commission conseil
    council comite committee tribunal police gendarmerie armee army forces office bureau
    ambassade embassy departement department administration parlement parliament
    assemblee senat senate congres congress union federation organisation organization
    association syndicat banque bank fonds fund institut institute universite university
    societe company compagnie corporation groupe cabinet presidence secretariat diplomatie
    autorites authorities services opposition coalition alliance mouvement delegation
    journal quotidien radio television chaine
    tass afp ap reuters xinhua ria interfax anadolu irna kcna yonhap bbc cnn insee otan
    nato onu ue oms omc fmi imf bce ocde osce opep unesco unicef hcr cio fifa uefa cedeao
    asean brics cia fbi nsa fsb kgb gru sncf edf cgt cfdt medef pcc lfi pcf eelv modem
    lrem ump pkk hamas hezbollah daech
""".split())
_ORG_PHRASES = (
    "maison blanche", "quai d'orsay", "downing street", "white house", "saint siege",
    "nations unies", "etats unis", "royaume uni", "croix rouge", "etat major",
)
# Capitals said for their governments; only when they are the whole name ("Denzel Washington").
_METONYMS = frozenset("""
    moscou pekin beijing washington ankara teheran kiev kyiv londres berlin bruxelles
    tokyo seoul pyongyang jerusalem damas riyad
""".split())
_COMPANY_SUFFIXES = frozenset("sa sas sarl inc ltd llc gmbh ag plc corp nv bv spa".split())


def guess_kind(name: str) -> str:
    """Guess whether a name is a person or a body: "ministère russe" → "organisation"."""
    title, rest = strip_title(name)
    words = fold(rest).replace("'", "' ").split()
    if title or not words:
        return PERSON
    heads = [word for word in words if word not in _ARTICLES]
    if heads and heads[0] in _ROLE_HEADS:
        return PERSON
    if _has_org_marker(rest, words):
        return ORGANISATION
    # "la Russie", "les autorités": a lowercase article opens a body, never a name ("Le Pen").
    opening = rest.split()[0]
    return ORGANISATION if opening[:1].islower() and words[0] in _ARTICLES else PERSON


def _has_org_marker(raw: str, words: Sequence[str]) -> bool:
    """Tell whether a title-less name carries a word, phrase or shape only bodies have."""
    phrase = " ".join(words).replace("' ", "'").replace("-", " ")
    if any(f" {marker} " in f" {phrase} " for marker in _ORG_PHRASES):
        return True
    if _ORG_WORDS.intersection(word.strip(".") for word in words):
        return True
    if len(words) == 1 and words[0] in _METONYMS:
        return True
    if words[-1].strip(".") in _COMPANY_SUFFIXES and len(words) > 1:
        return True
    # An all-capitals opening word is an acronym ("TASS", "RIA Novosti"), not a name.
    raw_words = [word.split("'")[-1].strip(".,") for word in raw.split()]
    opening = next((word for word in raw_words if word and fold(word) not in _ARTICLES), "")
    return len(opening) >= 2 and opening.isalpha() and opening.isupper()


# Candidates and their comparable profiles ---------------------------------------

@dataclass
class Candidate:
    """An existing speaker, as the DB layer hands it over."""

    key: object
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None


_Reading = tuple[tuple[str, ...], str]  # (folded given names, surname key)


@dataclass(frozen=True)
class _Profile:
    """Everything matching needs about a speaker or a query, computed once."""

    key: object
    kind: str
    texts: frozenset[str]  # normalised forms, for exact alias matching
    full_texts: frozenset[str]  # the subset with given names (the strongest evidence)
    readings: tuple[_Reading, ...]
    gender: str | None

    @property
    def has_given(self) -> bool:
        return any(given for given, _ in self.readings)

    @property
    def surnames(self) -> frozenset[str]:
        return frozenset(surname for _, surname in self.readings if surname)


def _profile(key: object, kind: str, forms: Iterable[str], gender: str | None = None) -> _Profile:
    """Build the profile of a speaker known by `forms`."""
    forms = [form for form in forms if form and form.strip()]
    if kind != PERSON:
        texts = frozenset(_org_text(form) for form in forms)
        return _Profile(key, kind, texts, frozenset(), (), None)
    readings = {reading: None for form in forms for reading in _readings(form)}
    # A full name is the same evidence with or without its title ("M. Sergueï Lavrov").
    full = frozenset(_person_text(strip_title(form)[1]) for form in forms if split_name(form)[0])
    genders = {gender_of(strip_title(form)[0]) for form in forms} - {None}
    if gender is None and len(genders) == 1:
        gender = genders.pop()
    texts = full.union(_person_text(form) for form in forms)
    return _Profile(key, kind, texts, full, tuple(readings), gender)


def _person_text(form: str) -> str:
    """Normalise a person's form for exact matching: "M. Lavrov" → "m lavrov"."""
    return " ".join(fold(form).replace(".", " ").split())


def _org_text(form: str) -> str:
    """Normalise a body's name for exact matching: "la Maison-Blanche" → "maison blanche"."""
    text = fold(form).replace("-", " ").replace(".", "")
    text = re.sub(r"^(?:(?:le|la|les) |l' ?)", "", text)
    return " ".join(text.split())


def _readings(form: str) -> list[_Reading]:
    """Read a form as (given, surname key), and family name first too when plausible."""
    given, surname = split_name(form)
    readings = [(given, _surname_key(surname))]
    words = _name_words(form)
    if 2 <= len(words) <= 3 and words[0] in _FAMILY_FIRST and not any(map(_is_particle, words[1:])):
        readings.append((tuple(words[1:]), _surname_key(words[0])))
    return readings


def _surname_key(surname: str) -> str:
    """Key a folded surname for comparison: "el-assad" → "asad", "zakharova" → "zaharova"."""
    words = surname.replace("-", " ").split()
    if len(words) > 1 and words[0] in _ARABIC_ARTICLES:
        words = words[1:]
    return _transliterate(re.sub(r"[^a-z0-9]", "", "".join(words)))


def _transliterate(word: str) -> str:
    """Reduce transliteration variants to one spelling: "serguei", "sergey" → "sergei"."""
    for variant, spelling in _TRANSLITERATIONS:
        word = word.replace(variant, spelling)
    return _DOUBLED.sub(r"\1", word)


# Comparing names ---------------------------------------------------------------

def _max_typos(length: int) -> int:
    """Allow more typos in longer surnames: short ones differ by one letter between families."""
    return 2 if length >= 10 else 1 if length >= 6 else 0


def _surnames_match(left: str, right: str, exact: bool = False) -> bool:
    """Tell whether two surname keys name the same family: "stoltenberg" ~ "stoltenbreg"."""
    if not left or not right:
        return False
    if left == right:
        return True
    if exact or _is_gendered_pair(left, right):
        return False
    limit = _max_typos(min(len(left), len(right)))
    return DamerauLevenshtein.distance(left, right, score_cutoff=limit) <= limit


def _is_gendered_pair(left: str, right: str) -> bool:
    """Spot the male and female forms of one surname: Lavrov/Lavrova, Zelenski/Zelenska."""
    short, long = sorted((left, right), key=len)
    if long in (short + "a", short + "ova") or long == short[:-1] + "aia":
        return True
    return short[:-1] == long[:-1] and {short[-1], long[-1]} == {"i", "a"}


def _given_names_match(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Tell whether two lists of given names can be one person's: ("j.",) ~ ("jens",)."""
    if " ".join(left).replace("-", " ") == " ".join(right).replace("-", " "):
        return True
    short, long = sorted((left, right), key=len)
    if len(short) == 1:
        # "Tayyip Erdogan" is "Recep Tayyip Erdogan", but an initial stands for the first name.
        if _is_initial(short[0]):
            return _given_match(short[0], long[0])
        return any(_given_match(short[0], word) for word in long)
    # Both spelled out: every name must agree, so "George W." is not "George H. W.".
    return len(short) == len(long) and all(map(_given_match, short, long))


def _given_match(left: str, right: str) -> bool:
    """Compare two given names, allowing initials and transliteration: "sergey" ~ "serguei"."""
    if _is_initial(left) or _is_initial(right):
        return _initials_match(left, right)
    left_parts, right_parts = left.split("-"), right.split("-")
    if len(left_parts) > 1 and len(left_parts) == len(right_parts):
        return all(map(_given_match, left_parts, right_parts))
    if _transliterate(left) == _transliterate(right):
        return True
    # A spelling slip, but not a change of ending: Marine/Marion, Michel/Michelle differ.
    shortest = min(len(left), len(right))
    limit = 1 if shortest < 8 else 2
    return (
        shortest >= 5
        and left[0] == right[0]
        and left[-1] == right[-1]
        and DamerauLevenshtein.distance(left, right, score_cutoff=limit) <= limit
    )


def _is_initial(word: str) -> bool:
    parts = [part for part in re.split(r"[.\-]", word) if part]
    return bool(parts) and all(len(part) == 1 for part in parts)


def _initials(word: str) -> list[str]:
    return [part[0] for part in re.split(r"[.\-]", word) if part]


def _initials_match(left: str, right: str) -> bool:
    """Match initials to a name: "j." and "j.-l." fit "jean-luc", "j.-l." does not fit "jean"."""
    left_initials, right_initials = _initials(left), _initials(right)
    if _is_initial(left) and _is_initial(right):
        shortest = min(len(left_initials), len(right_initials))
        return left_initials[:shortest] == right_initials[:shortest]
    if not _is_initial(left):
        left_initials, right_initials = right_initials, left_initials
    initials, full = left_initials, right_initials
    return full[: len(initials)] == initials


# Deciding identity -------------------------------------------------------------

_UNDECIDED = object()  # this stage cannot tell; let the next one look


def match_speaker(
    name: str, kind: str, candidates: Sequence[Candidate], aliases: Sequence[str] = ()
) -> object | None:
    """Find the key of the existing speaker `name` refers to, or None for a new speaker."""
    query = _profile(None, kind, [name, *aliases])
    return _decide(query, [_candidate_profile(candidate) for candidate in candidates])


def _candidate_profile(candidate: Candidate) -> _Profile:
    forms = [candidate.name, *candidate.aliases]
    return _profile(candidate.key, candidate.kind, forms, candidate.gender)


def _decide(query: _Profile, profiles: Iterable[_Profile]) -> object | None:
    """Pick the one profile the query names, trying the strongest evidence first."""
    same_kind = [profile for profile in profiles if profile.kind == query.kind]
    if query.kind != PERSON:
        return _only_key(profile for profile in same_kind if profile.texts & query.texts)
    plausible = [p for p in same_kind if not _genders_clash(query.gender, p.gender)]
    for stage in (_match_full_form, _match_full_name, _match_form, _match_surname):
        found = stage(query, plausible)
        if found is not _UNDECIDED:
            return found
    return None


def _match_full_form(query: _Profile, plausible: Sequence[_Profile]) -> object:
    """Match a full name already recorded for a speaker: "Serguei Lavrov" = "Sergueï Lavrov"."""
    keys = _distinct_keys(p for p in plausible if p.texts & query.full_texts)
    if not keys:
        return _UNDECIDED
    return keys[0] if len(keys) == 1 else None


def _match_full_name(query: _Profile, plausible: Sequence[_Profile]) -> object:
    """Match a full name on its surname, exact before typo'd, and agreeing given names."""
    for exact in (True, False) if query.has_given else ():
        keys = _distinct_keys(p for p in plausible if _agree(query, p, exact))
        if keys:
            return keys[0] if len(keys) == 1 else None
    return _UNDECIDED


def _match_form(query: _Profile, plausible: Sequence[_Profile]) -> object:
    """Match a titled or bare surname recorded for exactly one speaker ("Mme Clinton")."""
    keys = _distinct_keys(p for p in plausible if p.texts & query.texts and not _clash(query, p))
    return keys[0] if len(keys) == 1 else _UNDECIDED


def _match_surname(query: _Profile, plausible: Sequence[_Profile]) -> object | None:
    """Match on the surname alone when only one speaker can be meant; exact surnames first."""
    for exact in (True, False):
        pool = [p for p in plausible if _linked(query, p, exact)]
        # Given names were compared already: any named speaker here is a namesake, so a
        # surname-only record ("M. Clinton") could be either of them.
        if pool and query.has_given and any(p.has_given for p in pool):
            return None
        if pool:
            return _only_key(pool)
    return None


def _linked(query: _Profile, profile: _Profile, exact: bool) -> bool:
    return any(
        _surnames_match(mine, theirs, exact)
        for mine in query.surnames
        for theirs in profile.surnames
    )


def _agree(query: _Profile, profile: _Profile, exact: bool = False) -> bool:
    """Tell whether some full reading of each shares surname and given names."""
    return any(
        mine
        and theirs
        and _surnames_match(my_surname, their_surname, exact)
        and _given_names_match(mine, theirs)
        for mine, my_surname in query.readings
        for theirs, their_surname in profile.readings
    )


def _clash(query: _Profile, profile: _Profile) -> bool:
    """Tell whether both have given names and none of them agree (Bill vs Hillary)."""
    return query.has_given and profile.has_given and not _agree(query, profile)


def _genders_clash(left: str | None, right: str | None) -> bool:
    return bool(left and right and left != right)


def _distinct_keys(profiles: Iterable[_Profile]) -> list[object]:
    keys: list[object] = []
    for profile in profiles:
        if profile.key not in keys:
            keys.append(profile.key)
    return keys


def _only_key(profiles: Iterable[_Profile]) -> object | None:
    keys = _distinct_keys(profiles)
    return keys[0] if len(keys) == 1 else None


# Canonical names ---------------------------------------------------------------

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
        totals[_org_text(form)] += count
        shown[re.sub(r"^(?:le |la |les |l['’] ?)", "", form)] += count

    def preference(item: tuple[str, int]) -> tuple:
        form, count = item
        return (-totals[_org_text(form)], -count, -_accents(form), form)

    return min(shown.items(), key=preference)[0]


def _accents(text: str) -> int:
    """Count diacritics, which carry information ("Sergueï" says how to read "Serguei")."""
    return sum(1 for char in unicodedata.normalize("NFD", text) if unicodedata.combining(char))


# Index over the whole archive ---------------------------------------------------

class SpeakerIndex:
    """Match names against many speakers, looking only at those with a similar surname or form.

    Keys must be hashable. Answers are those of `match_speaker` over every speaker added.
    """

    def __init__(self, candidates: Iterable[Candidate] = ()) -> None:
        self._profiles: dict[object, _Profile] = {}
        self._by_text: dict[str, set[object]] = defaultdict(set)
        self._by_surname: dict[str, set[object]] = defaultdict(set)
        # Surnames bucketed by length: k typos change the length by at most k.
        self._surnames_by_length: dict[int, dict[str, str]] = defaultdict(dict)
        for candidate in candidates:
            self.add(candidate)

    def __len__(self) -> int:
        return len(self._profiles)

    def add(self, candidate: Candidate) -> None:
        """Index a speaker, replacing what was known under the same key."""
        self.remove(candidate.key)
        profile = _candidate_profile(candidate)
        self._profiles[candidate.key] = profile
        for text in profile.texts:
            self._by_text[text].add(candidate.key)
        for surname in profile.surnames:
            self._by_surname[surname].add(candidate.key)
            self._surnames_by_length[len(surname)][surname] = surname

    def update(self, candidate: Candidate) -> None:
        """Re-index a speaker whose names or aliases changed."""
        self.add(candidate)

    def remove(self, key: object) -> None:
        """Forget a speaker (e.g. merged into another); unknown keys are ignored."""
        profile = self._profiles.pop(key, None)
        if profile is None:
            return
        for text in profile.texts:
            _discard(self._by_text, text, key)
        for surname in profile.surnames:
            if not _discard(self._by_surname, surname, key):
                del self._surnames_by_length[len(surname)][surname]

    def match(self, name: str, kind: str, aliases: Sequence[str] = ()) -> object | None:
        """Find the key of the speaker `name` refers to, or None for a new speaker."""
        query = _profile(None, kind, [name, *aliases])
        keys: set[object] = set()
        for text in query.texts:
            keys |= self._by_text.get(text, set())
        for surname in query.surnames:
            keys |= self._keys_near(surname)
        return _decide(query, [self._profiles[key] for key in keys])

    def _keys_near(self, surname: str) -> set[object]:
        """Collect speakers whose surname key is equal to or a few typos from `surname`."""
        keys = set(self._by_surname.get(surname, set()))
        limit = _max_typos(len(surname))
        for length in range(len(surname) - limit, len(surname) + limit + 1):
            bucket = self._surnames_by_length.get(length)
            if not bucket or not limit:
                continue
            near = process.extract(
                surname, bucket, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None
            )
            for other, _, _ in near:
                keys |= self._by_surname[other]
        return keys


def _discard(index: dict[str, set[object]], text: str, key: object) -> bool:
    """Remove `key` under `text`; tell whether any key is left there."""
    keys = index.get(text, set())
    keys.discard(key)
    if not keys:
        index.pop(text, None)
    return bool(keys)
