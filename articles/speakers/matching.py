"""Who a newly quoted name is: speakers' profiles, names compared, the decision.

When in doubt the answer is None (a new speaker): a duplicate record is cheap to merge
later, two people merged into one is not. `match_speaker` profiles every candidate on each
call, so it suits a handful of candidates; the archive-wide lookup belongs in one
long-lived `SpeakerIndex`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from .kinds import PERSON
from .names import _is_particle, _name_words, body_text, fold, gender_of, split_name, strip_title


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
        texts = frozenset(body_text(form) for form in forms)
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
    """The profiles' first keys, up to the second distinct one: every caller asks only whether
    one speaker or several are meant. Going on (with a list's `in`) was quadratic in the
    number of namesakes: the archive's three-thousandth "maire" compared against them all."""
    keys: list[object] = []
    for profile in profiles:
        if profile.key not in keys:
            keys.append(profile.key)
            if len(keys) == 2:
                break
    return keys


def _only_key(profiles: Iterable[_Profile]) -> object | None:
    keys = _distinct_keys(profiles)
    return keys[0] if len(keys) == 1 else None


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
