"""Parse the noun phrase that names a speaker, starting at a token.

    "le ministre russe des Affaires étrangères, Sergueï Lavrov" → person, role + name
    "l'agence de presse russe Tass"                            → organisation "Tass", role
    "Mme Zakharova" / "la diplomate" / "il"                    → title / role / pronoun
Who these expressions point to is decided later, in `resolve`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import lexicon as lx
from .text import Token

_AL_PREFIX_RE = re.compile(r"^(?:al|el|ben|bin|ibn|abu|abou|ould)[-‑'’][A-ZÀ-Þ]")
_ROLE_PREFIXES = ("vice-", "ex-", "co-", "sous-", "vice", "co")
_SOURCE_NOUNS = lx._words("source sources proche proches entourage observateur observateurs "
                          "spécialiste spécialistes expert experts analyste analystes")
MAX_NAME_WORDS = 6
_BIRTH_NAME_MARKS = frozenset({"née", "né"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker expression as written in the article."""
    start: int
    end: int
    how: str                  # "name", "title", "role", "body", "pronoun", "latest", "continuation", "answer",
                              # "subject" (whoever the previous sentence named as its subject),
                              # "plural" ("les syndicats": the collective of that head the article names),
                              # "document" (a communiqué speaking for whoever issued it)
    kind: str                 # "person" or "organisation"
    name: str | None = None   # proper name as written: "Sergueï Lavrov", "Lavrov", "Tass"
    surface: str | None = None  # the naming form for aliases: "M. Lavrov", "Sergueï Lavrov"
    role: str | None = None   # "ministre russe des Affaires étrangères"
    head: str | None = None   # folded head noun of the role or body: "ministre", "agence"
    gender: str | None = None
    anonymous: bool = False   # "une voisine", "des sources": somebody we cannot name
    plural: bool = False
    acronym: str | None = None
    possessive: bool = False  # "sa marque", "son parti": belongs to someone, never them
    collective: bool = False  # a body named in the plural ("les syndicats FO et CGT"): "ils" may be it
    demonstrative: bool = False  # "cet ancien maire": points back to someone named, whatever their role
    office: str | None = None  # an office a title implies, never shown: "Me" → "avocat"


def pronoun_mention(token: Token, gender: str) -> Mention:
    return Mention(token.start, token.end, "pronoun", "person", gender=gender)


def they_mention(token: Token, pronoun: str) -> Mention:
    """ "ils"/"elles": a body named in the plural just before, or nobody."""
    return Mention(token.start, token.end, "they", "organisation", gender=lx.PLURAL_PRONOUNS[pronoun])


def parse_speaker(tokens: list[Token], i: int, limit: int, body: str,
                  pronouns: dict[str, str] | None = None, contracted: bool = False) -> tuple[Mention, int] | None:
    """Parse a speaker expression at tokens[i]; return it with the index just after it."""
    if i >= limit:
        return None
    token = tokens[i]
    if pronouns and token.low in pronouns:
        return pronoun_mention(token, pronouns[token.low]), i + 1
    if pronouns and token.low in lx.PLURAL_PRONOUNS:
        return they_mention(token, token.low), i + 1
    if token.low in lx.TITLES and i + 1 < limit and tokens[i + 1].is_cap:
        return _parse_title(tokens, i, limit, body)
    if token.low in lx.DEFINITE_DETS or token.low in lx.INDEFINITE_DETS or token.low in lx.POSSESSIVES:
        return _parse_determined(tokens, i, limit, body)
    if contracted and token.low in ("du", "au"):
        return _parse_determined(tokens, i, limit, body)  # "du ministère" = "de le ministère"
    if token.low in _DEMONSTRATIVES and i + 1 < limit:
        return _parse_demonstrative(tokens, i, limit, body)
    if token.low in _DEMONSTRATIVE_PRONOUNS:  # "Celui-ci a affirmé que …": the person last named
        return Mention(token.start, token.end, "latest", "person", gender=_DEMONSTRATIVE_PRONOUNS[token.low]), i + 1
    if token.is_cap and token.is_word:
        return _parse_named(tokens, i, limit, body)
    return None


_DEMONSTRATIVES = {"ce": "m", "cet": "m", "cette": "f"}
_DEMONSTRATIVE_PRONOUNS = {"celui-ci": "m", "celle-ci": "f", "celui-là": "m", "celle-là": "f"}
_LATEST = {"dernier": "m", "derniere": "f"}


def _parse_demonstrative(tokens: list[Token], i: int, limit: int, body: str) -> tuple[Mention, int] | None:
    """ "ce dernier" points to the person last named; "ce professeur", "cette élue" are roles."""
    following = tokens[i + 1]
    if following.fold in _LATEST:
        return Mention(tokens[i].start, following.end, "latest", "person", gender=_LATEST[following.fold]), i + 2
    if following.fold in lx.ISSUED_DOCUMENTS:
        return _issued_document(tokens, i, i + 1, limit, body)
    if following.fold not in lx.ROLE_NOUNS and following.low not in lx.PRE_ADJECTIVES:
        return None
    parsed = _parse_determined(tokens, i, limit, body)
    if parsed is None or parsed[0].how != "role":
        return None
    gender = parsed[0].gender or _DEMONSTRATIVES[tokens[i].low]
    # "cet ancien maire": someone already named, even when that role is news
    return replace(parsed[0], gender=gender, demonstrative=True), parsed[1]


# --------------------------------------------------------------------------- names
def scan_name(tokens: list[Token], i: int, limit: int, after_title: bool = False) -> int:
    """Return the end of a capitalised name run at i ("Ursula von der Leyen"), or i."""
    j, words = i, 0
    while j < limit and words < MAX_NAME_WORDS:
        token = tokens[j]
        if _is_name_word(token, first=(words == 0 and not after_title)):
            words, j = words + 1, j + 1
        elif (words or after_title) and token.low in lx.NAME_PARTICLES and _particle_leads_to_name(tokens, j, limit):
            j += 1
        elif words and token.text == "-" and _is_initial(tokens[j - 1]) and j + 1 < limit and _is_initial(tokens[j + 1]):
            j += 1  # "J.-M. Dufresne": a compound given name's initials
        elif words >= 2 and token.low in _BIRTH_NAME_MARKS and j + 1 < limit and _is_name_word(tokens[j + 1], False):
            j += 1  # "Rasmata Nadembega née Compaoré": one person, by married and birth name
        else:
            break
    return j if words else i


def _is_initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _is_name_word(token: Token, first: bool) -> bool:
    if _AL_PREFIX_RE.match(token.text):
        return True
    if not (token.is_cap and token.is_word):
        return False
    if first and token.fold in lx.CAP_STOPWORDS and token.fold not in lx.GIVEN_NAMES:
        return False
    if first and (_role_key(token.fold) in lx.ROLE_NOUNS or token.fold in lx.DEMONYMS):
        return False  # "Secrétaire du Conseil…", "l'Espagnol Carlos Vidal" are roles
    return True


def _particle_leads_to_name(tokens: list[Token], j: int, limit: int) -> bool:
    k = j
    while k < limit and tokens[k].low in lx.NAME_PARTICLES and k - j < 3:
        k += 1
    return k < limit and tokens[k].is_cap and tokens[k].is_word


def name_words(tokens: list[Token], i: int, j: int) -> list[Token]:
    return [t for t in tokens[i:j] if t.is_cap or _AL_PREFIX_RE.match(t.text)]


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


def _span_text(body: str, tokens: list[Token], i: int, j: int) -> str:
    return body[tokens[i].start:tokens[j - 1].end]


def _parse_named(tokens: list[Token], i: int, limit: int, body: str) -> tuple[Mention, int] | None:
    j = scan_name(tokens, i, limit)
    if j == i:
        return None
    kind = classify_name(tokens, i, j)
    name = _span_text(body, tokens, i, j)
    words = name_words(tokens, i, j)
    gender = given_name_gender(tokens, i, j) if kind == "person" else lx.KNOWN_BODIES.get(words[0].fold)
    mention = Mention(tokens[i].start, tokens[j - 1].end, "name", kind, name=name, surface=name, gender=gender)
    role, end = _apposition_role(tokens, j, limit, body)
    if role is not None:
        mention = replace(mention, role=role[0], head=role[1], gender=mention.gender or role[2])
    return mention, j if role is None else end


def _parse_title(tokens: list[Token], i: int, limit: int, body: str) -> tuple[Mention, int] | None:
    j = scan_name(tokens, i + 1, limit, after_title=True)
    if j == i + 1:
        return None
    name = _span_text(body, tokens, i + 1, j)
    full = len(name_words(tokens, i + 1, j)) >= 2
    gender = lx.TITLES[tokens[i].low] or given_name_gender(tokens, i + 1, j)
    mention = Mention(tokens[i].start, tokens[j - 1].end, "name" if full else "title", "person", name=name,
                      surface=_span_text(body, tokens, i, j), gender=gender)
    role, end = _apposition_role(tokens, j, limit, body)
    if role is not None:
        mention = replace(mention, role=role[0], head=role[1])
        return mention, end
    # "Me Claire Dutilleul" is a lawyer: "la procureure" is someone else
    return replace(mention, office=_TITLE_OFFICES.get(tokens[i].low)), j


# Titles that say the office: a later description must agree with it to mean that person.
_TITLE_OFFICES = {"me": "avocat", "maître": "avocat", "mgr": "prélat", "monseigneur": "prélat"}


def _apposition_role(tokens: list[Token], j: int, limit: int, body: str):
    """", chercheur au CNRS" after a name → (role, head, gender), end index."""
    if j + 1 >= limit or tokens[j].low != ",":
        return None, j
    k = j + 1
    det = tokens[k].low
    if det in lx.DEFINITE_DETS or det in ("un", "une"):
        k += 1
    head = _role_head(tokens, k, limit)
    if head is None:
        return None, j
    end, _name = _scan_modifiers(tokens, head[1], limit, allow_name=False)
    role = _span_text(body, tokens, k, end)
    return (role, head[0], head[2]), end


# --------------------------------------------------------------------------- roles and bodies
def _role_key(folded: str) -> str:
    for prefix in _ROLE_PREFIXES:
        if folded.startswith(prefix) and folded[len(prefix):] in lx.ROLE_NOUNS:
            return folded[len(prefix):]
    first = folded.split("-")[0]
    if first != folded and first in lx.ROLE_NOUNS and folded not in lx.ROLE_NOUNS:
        return first  # "député-maire", "sénatrice-présidente"
    return folded


def _role_head(tokens: list[Token], k: int, limit: int) -> tuple[str, int, str | None] | None:
    """A person-role head at k (after optional pre-adjectives): (head, end, gender)."""
    gender = None
    while k < limit and tokens[k].low in lx.PRE_ADJECTIVES and k + 1 < limit:
        gender = gender or lx.PRE_ADJECTIVES[tokens[k].low]
        if tokens[k].low in ("premier", "première") and tokens[k + 1].fold == "ministre":
            return "premier ministre", k + 2, gender
        k += 1
    if k >= limit:
        return None
    key = _role_key(tokens[k].fold)
    if key in lx.ROLE_NOUNS:
        if lx.ROLE_NOUNS[key] is None and gender == "m":
            gender = None  # "le nouveau maire" is said of a woman too
        return key, k + 1, gender or lx.ROLE_NOUNS[key]
    if key in lx.EPITHETS and not tokens[k].is_cap:
        return key, k + 1, gender or lx.EPITHETS[key]
    return None


def _body_head(tokens: list[Token], k: int, limit: int) -> tuple[str, int, bool] | None:
    """An organisation head noun at k: (head, end, plural)."""
    if k >= limit:
        return None
    fold = tokens[k].fold
    if fold in lx.BODY_NOUNS:
        return fold, k + 1, False
    if fold[-1:] in "sx" and fold[:-1] in lx.BODY_NOUNS:
        return fold[:-1], k + 1, True
    return None


_SPOKESPEOPLE = frozenset({"porte-parole", "representant", "representante", "responsable", "porte-voix"})


def _spokesperson_body(tokens, i, role, limit, body) -> tuple[Mention, int] | None:
    """ "un porte-parole du ministère des Armées", "une responsable de la SNCF": an unnamed voice of a
    named body is that body speaking."""
    head, k, _ = role
    if head not in _SPOKESPEOPLE or k >= limit:
        return None
    if tokens[k].low in ("du", "au"):
        parsed = parse_speaker(tokens, k, limit, body, contracted=True)
    elif tokens[k].low in ("de", "d'"):
        parsed = parse_speaker(tokens, k + 1, limit, body)
    else:
        return None
    if parsed is None:
        return None
    mention, end = parsed
    if mention.kind == "person" and mention.how == "name" and mention.role is None \
            and len((mention.name or "").split()) == 1 and lx.fold(mention.name or "") not in lx.GIVEN_NAMES:
        mention = replace(mention, kind="organisation")  # "un porte-parole d'Enedis": a body's name
    if mention.kind != "organisation" or mention.anonymous or mention.plural or mention.possessive \
            or mention.name is None:
        return None
    return replace(mention, start=tokens[i].start), end


def _parse_determined(tokens: list[Token], i: int, limit: int, body: str) -> tuple[Mention, int] | None:
    det = tokens[i].low
    k = i + 1
    if k < limit and tokens[k].low in lx.TITLES and k + 1 < limit and tokens[k + 1].is_cap:
        parsed = _parse_title(tokens, k, limit, body)  # "le Dr Karim Benali"
        return (replace(parsed[0], start=tokens[i].start), parsed[1]) if parsed else None
    if det == "les":
        collective = _parse_collective(tokens, i, limit, body)
        if collective is not None:
            return collective
    anonymous = det in lx.INDEFINITE_DETS
    issuer_follows = k + 1 < limit and tokens[k + 1].low in ("de", "du", "d'", "des")
    if k < limit and tokens[k].fold in lx.ISSUED_DOCUMENTS and (not anonymous or det in ("un", "une") and issuer_follows):
        # "un communiqué de la préfecture" names its issuer as well as "le communiqué" does
        return _issued_document(tokens, i, k, limit, body)
    det_gender = {"le": "m", "un": "m", "la": "f", "une": "f", "sa": "f", "du": "m", "au": "m", "cette": "f"}.get(det)
    role = _role_head(tokens, k, limit)
    if role is not None:
        spoken = _spokesperson_body(tokens, i, role, limit, body) if anonymous else None
        return spoken or _finish_role(tokens, i, k, role, limit, body, det_gender, anonymous)
    if k < limit and tokens[k].fold in _SOURCE_NOUNS:
        return Mention(tokens[i].start, tokens[k].end, "role", "person", anonymous=True), k + 1
    body_head = _body_head(tokens, k, limit)
    if body_head is None and k < limit and tokens[k].is_cap and tokens[k].is_word:
        return _parse_capitalised_body(tokens, i, k, limit, body, det_gender, anonymous)
    if body_head is None:
        return _unknown_role_with_name(tokens, i, k, limit, body, det_gender, anonymous)
    return _finish_body(tokens, i, k, body_head, limit, body, det_gender, anonymous)


def _issued_document(tokens: list[Token], i: int, k: int, limit: int, body: str) -> tuple[Mention, int] | None:
    """ "le communiqué de la préfecture" speaks for the préfecture; "le communiqué" alone for
    whoever issued it, which resolution finds among the speakers just before."""
    if k + 1 < limit and tokens[k + 1].low in ("de", "du", "d'", "des"):
        start = k + 1 if tokens[k + 1].low in ("du", "des") else k + 2
        parsed = parse_speaker(tokens, start, limit, body, contracted=True)
        if parsed is not None and not parsed[0].anonymous and parsed[0].how != "role":
            return replace(parsed[0], start=tokens[i].start), parsed[1]
        return None  # "le texte de loi", "la note de synthèse"
    following = tokens[k + 1] if k + 1 < limit else None
    if following is not None and following.is_word and not following.is_cap and following.fold not in lx.FINITE \
            and not following.low.endswith(("é", "ée", "és", "ées")) and following.low not in lx.OBJECT_CLITICS:
        return None  # "le texte adopté" is fine, "le texte budgétaire" names a bill, not its author
    return Mention(tokens[i].start, tokens[k].end, "document", "organisation"), k + 1


def _singular(fold_word: str) -> str:
    if fold_word.endswith("aux"):
        return fold_word[:-3] + "al"
    return fold_word[:-1] if fold_word.endswith(("s", "x")) else fold_word


MAX_COLLECTIVE_TOKENS = 10


def _parse_collective(tokens: list[Token], i: int, limit: int, body: str) -> tuple[Mention, int] | None:
    """A defined collective speaks as a body: "les analystes de Natixis", "les syndicats FO,
    UGTG et CGTG", "les gendarmes de la brigade de Lens"; "les syndicats" alone stays generic."""
    k = i + 1
    if k >= limit or tokens[k].is_cap or not tokens[k].fold.endswith(("s", "x")):
        return None
    head = _singular(tokens[k].fold)
    if head not in lx.ROLE_NOUNS and head not in lx.BODY_NOUNS and head not in _SOURCE_NOUNS \
            or head in lx.NON_REFERRING_ROLES:
        return None
    j, end = k + 1, None
    if head in lx.BODY_NOUNS and j < limit and _singular(tokens[j].fold) in lx.DEMONYMS and not tokens[j].is_cap:
        name = _span_text(body, tokens, k, j + 1)  # "les autorités malgaches": one country's
        return Mention(tokens[i].start, tokens[j].end, "name", "organisation", name=name, surface=name,
                       head=head, gender=lx.BODY_NOUNS.get(head), collective=True), j + 1
    if head not in lx.BODY_NOUNS and (j >= limit or tokens[j].low not in ("de", "du", "des", "d'")):
        return None  # "les ministres Darmanin et Borne" are two people, not a body
    if j < limit and tokens[j].low in ("de", "du", "des", "d'"):
        j += 1
        while j < limit and j - k < 5 and (tokens[j].low in lx.DEFINITE_DETS or tokens[j].low in ("de", "du", "d'")
                                           or (tokens[j].is_word and not tokens[j].is_cap and j + 1 < limit
                                               and tokens[j + 1].low in ("de", "du", "d'"))):
            j += 1
    if j < limit and j > k + 1 and tokens[j].fold in lx.BODY_NOUNS and not tokens[j].is_cap \
            and tokens[j - 1].low in ("la", "le", "l'", "du"):
        j = end = j + 1  # "les services de la préfecture", "les agents du ministère"
    while j < limit and j - k <= MAX_COLLECTIVE_TOKENS and (
            tokens[j].is_cap and tokens[j].is_word and tokens[j].fold not in lx.CAP_STOPWORDS
            or end is not None and tokens[j].low in (",", "et") and j + 1 < limit and tokens[j + 1].is_cap):
        j += 1
        if tokens[j - 1].is_cap:
            end = j
    if end is None:
        return None
    if end < limit and _is_adjective(tokens[end]) and tokens[end].fold not in lx.FINITE:
        end += 1  # "les élus du Rassemblement national"
    name = _span_text(body, tokens, k, end)
    gender = lx.BODY_NOUNS.get(head) or lx.ROLE_NOUNS.get(head)
    return Mention(tokens[i].start, tokens[end - 1].end, "name", "organisation", name=name, surface=name,
                   head=head, gender=gender, collective=True), end


def _finish_role(tokens, i, k, role, limit, body, det_gender, anonymous):
    head, end, noun_gender = role
    plural = tokens[i].low in ("les", "des")
    mod_end, name_span = _scan_modifiers(tokens, end, limit, allow_name=True)
    if name_span is None:
        name_span, mod_end = _apposition_name(tokens, mod_end, limit)
    role_text = _span_text(body, tokens, k, mod_end if name_span is None else _role_end(tokens, k, name_span))
    role_text = role_text.split(", ")[0]  # "chef de l'armée, le général": the first role is the office
    gender = det_gender if det_gender and noun_gender is None else (noun_gender or det_gender)
    if noun_gender is None and det_gender == "m" and head in lx.ROLE_NOUNS:
        gender = None  # "le maire", "le ministre" are said of women too; "la ministre" only of one
    if name_span is None:
        return Mention(tokens[i].start, tokens[mod_end - 1].end, "role", "person", role=role_text, head=head,
                       gender=gender, anonymous=anonymous, plural=plural,
                       possessive=tokens[i].low in lx.POSSESSIVES), mod_end
    n0, n1, title = name_span
    name = _span_text(body, tokens, n0, n1)
    full = len(name_words(tokens, n0, n1)) >= 2
    gender = gender or given_name_gender(tokens, n0, n1)
    surface = _span_text(body, tokens, title, n1) if title is not None else name
    how = "name" if full or title is None else "title"
    return Mention(tokens[i].start, tokens[n1 - 1].end, how, "person", name=name, surface=surface,
                   role=role_text, head=head, gender=gender, plural=plural), n1


def _role_end(tokens: list[Token], k: int, name_span: tuple[int, int, int | None]) -> int:
    end = name_span[2] if name_span[2] is not None else name_span[0]
    while end > k + 1 and tokens[end - 1].low == ",":
        end -= 1
    return end


def _unknown_role_with_name(tokens, i, k, limit, body, det_gender, anonymous):
    """ "son prévisionniste David Dehenauw": an unlisted noun is a role when a full name follows."""
    j = k
    while j < limit and j - k < 2 and _is_adjective(tokens[j]) and tokens[j].fold not in lx.CAP_STOPWORDS:
        j += 1
    if j == k:
        return None
    start = j + 1 if j < limit and tokens[j].low == "," else j
    end = scan_name(tokens, start, limit)
    if end == start or len(name_words(tokens, start, end)) < 2 or classify_name(tokens, start, end) != "person":
        return None
    role = (lx.fold(tokens[k].text), j, det_gender)
    return _finish_role(tokens, i, k, role, limit, body, det_gender, anonymous)


def _finish_body(tokens, i, k, body_head, limit, body, det_gender, anonymous):
    head, end, plural = body_head
    collective = tokens[k].is_cap and tokens[i].low == "les"
    if collective:
        plural = False  # "les Nations unies": a proper name
    else:
        plural = plural or tokens[i].low in ("les", "des")
    mod_end, name_span = _scan_modifiers(tokens, end, limit, allow_name=True, person=False)
    acronym = _trailing_acronym(tokens, mod_end, limit)
    gender = det_gender or lx.BODY_NOUNS.get(head)
    if name_span is not None and name_span[2] is None:
        n0, n1, _ = name_span
        name = _span_text(body, tokens, n0, n1)
        role = _span_text(body, tokens, k, _role_end(tokens, k, name_span))
        return Mention(tokens[i].start, tokens[n1 - 1].end, "name", "organisation", name=name, surface=name,
                       role=role, head=head, gender=gender, plural=plural, anonymous=anonymous,
                       collective=collective), n1
    if acronym is None and mod_end - k > 3 and tokens[mod_end - 1].low == ")" and tokens[mod_end - 3].low == "(":
        acronym, mod_end = tokens[mod_end - 2].text, mod_end - 3  # "Institut … (USGS)"
        end_index = mod_end + 3
    else:
        end_index = mod_end + (3 if acronym else 0)
    phrase = _span_text(body, tokens, k, mod_end)
    named = None if acronym or plural else _body_apposition(tokens, mod_end, limit)
    if named is not None:  # "la compagnie nationale d'électricité, la Jirama, …": the body's own name
        n0, n1 = named
        name = _span_text(body, tokens, n0, n1)
        return Mention(tokens[i].start, tokens[n1 - 1].end, "name", "organisation", name=name, surface=name,
                       role=phrase, head=head, gender=gender, anonymous=anonymous), n1
    if plural and tokens[i].low == "les" and mod_end == end and not acronym:
        # "les syndicats": generic, unless the article names that collective ("les syndicats FO et CGT")
        return Mention(tokens[i].start, tokens[mod_end - 1].end, "plural", "organisation", name=phrase,
                       surface=phrase, head=head, gender=gender), end_index
    return Mention(tokens[i].start, tokens[mod_end - 1].end, "body", "organisation", name=phrase, surface=phrase,
                   head=head, gender=gender, plural=plural, anonymous=anonymous, acronym=acronym,
                   possessive=tokens[i].low in lx.POSSESSIVES, collective=collective), end_index


def _body_apposition(tokens: list[Token], j: int, limit: int) -> tuple[int, int] | None:
    """ ", la Jirama," or ", Enedis," right after a body's description: the span of its name."""
    if j + 3 >= limit or tokens[j].low != ",":
        return None
    n0 = j + 2 if tokens[j + 1].low in ("la", "le", "l'") else j + 1
    if not (tokens[n0].is_cap and tokens[n0].is_word) or tokens[n0].fold in lx.GIVEN_NAMES:
        return None
    n1 = scan_name(tokens, n0, limit, after_title=True)
    if n1 == n0 or n1 >= limit or tokens[n1].low != "," or n1 - n0 > 3:
        return None
    return n0, n1


def _parse_capitalised_body(tokens, i, k, limit, body, det_gender, anonymous):
    """'le Kremlin', 'la Maison Blanche', 'le Parti démocratique de Côte d'Ivoire (PDCI)'."""
    token = tokens[k]
    if token.fold in lx.DEMONYMS:
        role = (token.fold, k + 1, None)  # "l'Espagnol Carlos Vidal", "le Niçois"
        return _finish_role(tokens, i, k, role, limit, body, det_gender, anonymous)
    if k + 1 < limit and not tokens[k + 1].is_cap and tokens[k + 1].low not in lx.ROLE_BREAKERS and \
            tokens[k + 1].low not in (",", ".", ")", ":", ";") and not token.text.isupper():
        return _finish_body(tokens, i, k, (token.fold, k + 1, False), limit, body, det_gender, anonymous)
    j = scan_name(tokens, k, limit, after_title=True)
    if j == k:
        return None
    titled = i > 0 and tokens[i].text[:1].isupper() and tokens[i - 1].low not in (".", "!", "?", "»", ":")
    name = _span_text(body, tokens, i if titled else k, j)  # "selon Le Monde": the article is in the title
    acronym = _trailing_acronym(tokens, j, limit)
    mention = Mention(tokens[i].start, tokens[j - 1].end, "name", "organisation", name=name, surface=name,
                      gender=det_gender or lx.KNOWN_BODIES.get(token.fold), anonymous=anonymous, acronym=acronym,
                      plural=False, collective=tokens[i].low == "les")  # "les Nations unies": one body's name
    return mention, j + (3 if acronym else 0)


def _name_follows(tokens: list[Token], k: int, limit: int) -> bool:
    return k < limit and tokens[k].is_cap and tokens[k].is_word and tokens[k].fold not in lx.CAP_STOPWORDS


def _trailing_acronym(tokens: list[Token], j: int, limit: int) -> str | None:
    if j + 2 < limit and tokens[j].low == "(" and tokens[j + 2].low == ")" and tokens[j + 1].text[:1].isupper():
        return tokens[j + 1].text
    return None


def _scan_modifiers(tokens: list[Token], k: int, limit: int, allow_name: bool, person: bool = True):
    """Extend a role/body head with adjectives and complements; stop at a following name.

    Returns (end, name_span) where name_span is (start, end, title_index) of a name that
    directly follows the role ("le porte-parole du Kremlin Dmitri Peskov").
    """
    adjectives, scan_start = 0, k
    while k < limit:
        token = tokens[k]
        if token.low == "et" and k + 1 < limit and tokens[k + 1].low in ("de", "des", "du", "d'"):
            k += 1  # "Commission … de l'informatique et des libertés", "ministre de l'Economie et des Finances"
            continue
        if person and token.low == "et" and k + 1 < limit and not tokens[k + 1].is_cap \
                and _role_key(tokens[k + 1].fold) in lx.ROLE_NOUNS:
            k += 2  # "son cofondateur et directeur général, Arthur Mensch": one person's two offices
            continue
        if token.low in lx.ROLE_PREPOSITIONS:
            step = _complement(tokens, k, limit)
            if step is None:
                break
            k, name_span = step
            if name_span is not None:
                return (k if allow_name else name_span[0]), (name_span if allow_name else None)
            adjectives = 0
        elif token.low == "(" and _trailing_acronym(tokens, k, limit):
            k, adjectives = k + 3, 2  # "(BNGRC) fait état": only a complement may follow an acronym
            if k + 1 < limit and tokens[k].low in lx.ROLE_PREPOSITIONS and _role_key(tokens[k + 1].fold) in lx.ROLE_NOUNS:
                break  # "les Forces de soutien rapide (FSR) du général Hemedti": its leader, not its name
        elif person and token.text.isupper() and 2 <= len(token.text) <= 6 and token.is_word and adjectives < 2 \
                and token.fold not in lx.TITLES:
            k, adjectives = k + 1, adjectives + 1  # party label: "député LR", "sénateur UMP de la Vienne"
        elif token.is_cap and token.is_word or token.low in lx.TITLES:
            if not allow_name:
                if token.is_cap and token.is_word and tokens[k - 1].is_word and not tokens[k - 1].is_cap:
                    k += 1  # "présidente de la province Sud": the role after a name goes on
                    continue
                break
            if not person and token.low in lx.DEFINITE_DETS and _name_follows(tokens, k + 1, limit):
                j = scan_name(tokens, k + 1, limit, after_title=True)  # "le quotidien Le Monde"
                return j, (k, j, None)
            if person and k - scan_start >= 2 and _names_the_complement(tokens, k, limit):
                k = scan_name(tokens, k, limit)  # "une commerçante de l'avenue Victor-Hugo": a street's name
                continue
            return _name_after_role(tokens, k, limit)
        elif _is_adjective(token) and adjectives < 2:
            k, adjectives = k + 1, adjectives + 1
        else:
            break
    return k, None


def _names_the_complement(tokens: list[Token], k: int, limit: int) -> bool:
    """One capitalised word right after a complement's common noun ("de l'hôpital Lariboisière")
    names that place or thing; a person's name has a given name ("de l'hôpital, Jean Roy")."""
    if k < 3 or not tokens[k - 1].is_word or tokens[k - 1].is_cap or tokens[k - 1].fold in lx.ROLE_NOUNS:
        return False
    if not any(t.low in lx.ROLE_PREPOSITIONS for t in tokens[max(0, k - 4):k - 1]):
        return False
    if tokens[k].fold in lx.GIVEN_NAMES or tokens[k].fold.split("-")[0] in lx.GIVEN_NAMES:
        return False
    named_noun = tokens[k - 1].fold in lx.BODY_NOUNS or tokens[k - 1].fold in _PLACE_NOUNS
    return named_noun or scan_name(tokens, k, limit) == k + 1


_PLACE_NOUNS = lx._words("avenue rue boulevard place quartier cité hôpital clinique lycée collège école université "
                         "association commune ville village port gare stade centre salle musée théâtre église "
                         "paroisse diocèse prison maison foyer résidence usine site")


# Frequent finite verbs a body's name runs into: "le Gouvernement présente", "la Municipalité doit"
_COMMON_VERBS = lx._words("doit doivent peut peuvent va vont veut veulent présente présentent reste restent "
                          "semble semblent devra pourra sera serait était est sont a ont avait entend entendent "
                          "compte comptent prend prennent met mettent lance lancent organise organisent")


_VERB_ENDINGS = ("ra", "ront", "rait", "raient", "aient")  # "prendra", "devrait": futures and conditionals


def _is_adjective(token: Token) -> bool:
    return (token.is_word and not token.is_cap and token.low not in lx.ROLE_BREAKERS
            and token.fold not in _COMMON_VERBS and not token.fold.endswith(_VERB_ENDINGS)
            and token.fold not in lx.FINITE and token.fold not in lx.PRESENT_PARTICIPLES
            and token.fold not in lx.LOCUTIONS
            and token.low not in lx.DEFINITE_DETS
            and token.low not in lx.INDEFINITE_DETS and not token.text[:1].isdigit()
            and "-t-" not in token.low)


def _name_after_role(tokens: list[Token], k: int, limit: int):
    title = None
    if tokens[k].low in lx.TITLES:
        title, k = k, k + 1
    j = scan_name(tokens, k, limit, after_title=title is not None)
    if j == k:
        return k, None
    return j, (k, j, title)


def _complement(tokens: list[Token], k: int, limit: int):
    """'de l'OTAN', 'des Affaires étrangères', 'au CNRS': returns (end, name_span|None) or None."""
    prep = tokens[k].low
    j = k + 1
    while j < limit and tokens[j].low in ("la", "l'", "le", "les"):
        j += 1
    if j >= limit:
        return None
    token = tokens[j]
    if token.text.isdigit() and j + 1 < limit and tokens[j + 1].low in ("ans", "an"):
        return j + 2, None  # "le joueur de 24 ans"
    if token.is_cap and token.is_word:
        return _capitalised_complement(tokens, j, limit)
    if not _is_adjective(token):
        return None
    if prep not in ("de", "du", "des", "d'", "pour") and not _name_follows(tokens, j + 1, limit):
        # "à l'urbanisme Gérard Fabre" is a role, "à la presse" is not; "pour les affaires étrangères" is
        return None
    return j + 1, None


def _capitalised_complement(tokens: list[Token], j: int, limit: int):
    """Split 'du Kremlin Dmitri Peskov' into the complement 'Kremlin' and the name that follows."""
    end = j
    while end < limit and (tokens[end].is_cap and tokens[end].is_word or
                           tokens[end].low in lx.NAME_PARTICLES and _particle_leads_to_name(tokens, end, limit)):
        end += 1
    caps = [n for n in range(j, end) if tokens[n].is_cap]
    for position, n in enumerate(caps[1:], start=1):
        if tokens[n].fold in lx.GIVEN_NAMES or tokens[n].fold.split("-")[0] in lx.GIVEN_NAMES:
            return n, (n, end, None)
    if len(caps) >= 3:
        return caps[-2], (caps[-2], end, None)
    return end, None


def _apposition_name(tokens: list[Token], k: int, limit: int):
    """', Sergueï Lavrov' (or ', M. Lavrov') right after a role: (name_span, end)."""
    if k + 1 >= limit or tokens[k].low != ",":
        return None, k
    start, title = k + 1, None
    if tokens[start].low in lx.TITLES:
        title, start = start, start + 1
    elif tokens[start].low in lx.DEFINITE_DETS:
        rank = _role_head(tokens, start + 1, limit)  # "le chef de l'armée, le général Ahmed Diallo"
        if rank is not None and rank[1] < limit and _name_follows(tokens, rank[1], limit):
            start = rank[1]
    j = scan_name(tokens, start, limit, after_title=title is not None)
    if j == start or (title is None and len(name_words(tokens, start, j)) < 2):
        return None, k
    if classify_name(tokens, start, j) != "person":
        return None, k
    return (start, j, title), j
