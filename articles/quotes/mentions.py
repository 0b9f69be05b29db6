"""Parse the noun phrase that names a speaker, starting at a token.

    "le ministre russe des Affaires étrangères, Sergueï Lavrov" → person, role + name
    "l'agence de presse russe Tass"                            → organisation "Tass", role
    "Mme Zakharova" / "la diplomate" / "il"                    → title / role / pronoun
Who these expressions point to is decided later, in `resolve`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from . import lexicon as lx
from .complements import (adjective_form, apposition_name, is_adjective, role_head, scan_modifiers,
                          trailing_acronym)
from .names import acronym_fits, strip_article
from .name_runs import (classify_name, given_name_gender, given_name_title, is_age, name_words,
                        particle_leads_to_name, role_key, scan_name)
from .text import Token

_SOURCE_NOUNS = lx.folded_set("source sources proche proches entourage observateur observateurs "
                          "spécialiste spécialistes expert experts analyste analystes")


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
    if token.low in lx.TITLES and i + 1 < limit and (tokens[i + 1].is_cap or tokens[i + 1].low in lx.NAME_PARTICLES
                                                     and particle_leads_to_name(tokens, i + 1, limit)) \
            and not given_name_title(tokens, i, limit):
        # "Mme Zakharova", "Mgr de La Villemarqué"
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


def _span_text(body: str, tokens: list[Token], i: int, j: int) -> str:
    return body[tokens[i].start:tokens[j - 1].end]


def _parse_named(tokens: list[Token], i: int, limit: int, body: str) -> tuple[Mention, int] | None:
    j = scan_name(tokens, i, limit)
    if j == i:
        return None
    tail = j
    if j == i + 1:  # a one-word name that goes on: "Santé publique France rappelle …"
        tail = _named_body_tail(tokens, j, limit)
        if tail == j:
            tail = _adjective_then_name(tokens, j, limit)
    if tail > j:  # "Médecins sans frontières (MSF) confirme …", "Action contre la faim alerte …"
        name = _span_text(body, tokens, i, tail)
        acronym = trailing_acronym(tokens, tail, limit)
        return Mention(tokens[i].start, tokens[tail - 1].end, "name", "organisation", name=name, surface=name,
                       acronym=acronym), tail + (3 if acronym else 0)
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
    if is_age(tokens, k, limit):
        k += 3  # "Taras, 23 ans, ancien étudiant à Kharkiv": the role after the age
    det = tokens[k].low
    if det in lx.DEFINITE_DETS or det in ("un", "une"):
        k += 1
    role, end = role_phrase(tokens, k, limit, body)
    return (role, end) if role is not None else (None, j)


def role_phrase(tokens: list[Token], k: int, limit: int, body: str):
    """ "chercheur au CNRS", "porte-parole du collectif" at k, with no name in it → (role,
    head, gender), end index; (None, k) when no role starts there."""
    head = role_head(tokens, k, limit)
    if head is None:
        return None, k
    end, _name = scan_modifiers(tokens, head[1], limit, allow_name=False)
    end = _role_runs_on(tokens, end, limit)
    return (_span_text(body, tokens, k, end), head[0], head[2]), end


def _role_runs_on(tokens: list[Token], end: int, limit: int) -> int:
    """ ", chercheur en sécurité informatique à l'université de Rennes, …": a complement the
    modifiers stopped at runs on to the apposition's closing comma, verbless."""
    if end >= limit or tokens[end].low not in lx.ROLE_PREPOSITIONS:
        return end
    for n in range(end + 1, min(end + MAX_ROLE_TAIL, limit)):
        if tokens[n].low == ",":
            return n
        if not tokens[n].is_word or not (tokens[n].is_cap or tokens[n].low in lx.DEFINITE_DETS
                                         or tokens[n].low in lx.PREPOSITIONS or is_adjective(tokens[n])):
            return end
    return end


MAX_ROLE_TAIL = 10


# --------------------------------------------------------------------------- roles and bodies
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
    role = role_head(tokens, k, limit)
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
    if end < limit and is_adjective(tokens[end]) and tokens[end].fold not in lx.FINITE:
        end += 1  # "les élus du Rassemblement national"
    name = _span_text(body, tokens, k, end)
    gender = lx.BODY_NOUNS.get(head) or lx.ROLE_NOUNS.get(head)
    return Mention(tokens[i].start, tokens[end - 1].end, "name", "organisation", name=name, surface=name,
                   head=head, gender=gender, collective=True), end


# Nouns of one form whose masculine article was never used for a woman, unlike the old
# offices ("Madame le ministre"): "le cinéaste", "le biologiste", "le sociologue" are men.
_NEVER_SAID_OF_WOMEN = ("iste", "aste", "logue", "graphe")


def _finish_role(tokens, i, k, role, limit, body, det_gender, anonymous):
    head, end, noun_gender = role
    plural = tokens[i].low in ("les", "des")
    mod_end, name_span = scan_modifiers(tokens, end, limit, allow_name=True)
    if name_span is None:
        name_span, mod_end = apposition_name(tokens, mod_end, limit)
    role_text = _span_text(body, tokens, k, mod_end if name_span is None else _role_end(tokens, k, name_span))
    # "ministre délégué …, porte-parole du gouvernement" and "chef du parti, le député": two
    # offices of one person, both kept ("le député" said later is them)
    offices = role_text.split(", ")
    later = [strip_article(o) for o in offices[1:]]
    role_text = ", ".join(offices[:1] + [o for o in later if o and role_key(lx.fold(o.split()[0])) in lx.ROLE_NOUNS])
    gender = det_gender if det_gender and noun_gender is None else (noun_gender or det_gender)
    if noun_gender is None and det_gender == "m" and head in lx.ROLE_NOUNS and not head.endswith(_NEVER_SAID_OF_WOMEN):
        gender = None  # "le maire", "le ministre" are said of women too; "la ministre" only of one
    if name_span is None:
        return Mention(tokens[i].start, tokens[mod_end - 1].end, "role", "person", role=role_text, head=head,
                       gender=gender, anonymous=anonymous, plural=plural,
                       possessive=tokens[i].low in lx.POSSESSIVES), mod_end
    n0, n1, title = name_span
    name = _span_text(body, tokens, n0, n1)
    full = len(name_words(tokens, n0, n1)) >= 2
    named_gender = given_name_gender(tokens, n0, n1)
    # "Le procureur de la République, Carole Etienne": a woman keeps a masculine title
    gender = named_gender if named_gender == "f" or gender is None else gender
    surface = _span_text(body, tokens, title, n1) if title is not None else name
    how = "name" if full or title is None else "title"
    return Mention(tokens[i].start, tokens[n1 - 1].end, how, "person", name=name, surface=surface,
                   role=role_text, head=head, gender=gender, plural=plural), n1


_NAME_LINKS = frozenset({"de", "d'", "du", "des", "la", "l'", "le", "les", "et"})
MAX_NAME_TAIL = 12


def _name_to_acronym(tokens: list[Token], n0: int, n1: int, limit: int, body: str) -> int:
    """ "Syndicat Mixte de Gestion" + "de l'Eau et de l'Assainissement de Guadeloupe (SMGEAG)": a
    capitalised name runs on through de/et and capitalised words when the acronym in brackets
    after them is its initials."""
    j = n1
    while j < limit and j - n1 < MAX_NAME_TAIL and (tokens[j].low in _NAME_LINKS
                                                       or tokens[j].is_cap and tokens[j].is_word):
        j += 1
    acronym = trailing_acronym(tokens, j, limit) if j > n1 and tokens[j - 1].is_cap else None
    return j if acronym and acronym_fits(acronym, _span_text(body, tokens, n0, j)) else n1


def _role_end(tokens: list[Token], k: int, name_span: tuple[int, int, int | None]) -> int:
    end = name_span[2] if name_span[2] is not None else name_span[0]
    while end > k + 1 and tokens[end - 1].low == ",":
        end -= 1
    return end


def _unknown_role_with_name(tokens, i, k, limit, body, det_gender, anonymous):
    """ "son prévisionniste David Dehenauw": an unlisted noun is a role when a full name follows."""
    j = k
    while j < limit and j - k < 2 and is_adjective(tokens[j]) and tokens[j].fold not in lx.CAP_STOPWORDS:
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
    mod_end, name_span = scan_modifiers(tokens, end, limit, allow_name=True, person=False)
    acronym = trailing_acronym(tokens, mod_end, limit)
    gender = det_gender or lx.BODY_NOUNS.get(head)
    if name_span is not None and name_span[2] is None:
        n0, n1, _ = name_span
        if n1 == n0 + 1:
            n1 = _lowercase_tail(tokens, n1, limit)  # "le syndicat Force ouvrière", "l'ONG Médecins sans frontières"
        if n1 < limit and _is_year(tokens[n1].text):
            n1 += 1  # "le groupe de supporters Tribu Sud 1998", "le comité Paris 2024"
        if not plural and n1 == n0 + 1 and n1 + 1 < limit and tokens[n1].low == "et" \
                and not tokens[n0].text.isupper() and tokens[n1 + 1].is_cap and tokens[n1 + 1].is_word \
                and not tokens[n1 + 1].text.isupper() and tokens[n1 + 1].fold not in lx.GIVEN_NAMES:
            # one body, so one name: "l'association Eau et Rivières de Bretagne" ("le syndicat CGT et
            # FO" is two acronyms, two bodies)
            n1 = max(n1, scan_name(tokens, n1 + 1, limit, after_title=True))
        role = _span_text(body, tokens, k, _role_end(tokens, k, name_span))
        if k > i and n0 == end and tokens[k].is_cap and not tokens[k].text.isupper():
            n0, role = k, None  # "la Banque Centrale du Maroc", "le Syndicat Mixte de Gestion …": one name
        n1 = _name_to_acronym(tokens, n0, n1, limit, body)
        name = _span_text(body, tokens, n0, n1)
        acronym = _acronym_before(tokens, n0)
        if acronym is not None:  # "l'agence régionale de santé (ARS) Auvergne-Rhône-Alpes"
            name = f"{acronym} {name}"
        return Mention(tokens[i].start, tokens[n1 - 1].end, "name", "organisation", name=name, surface=name,
                       role=role, head=head, gender=gender, plural=plural, anonymous=anonymous,
                       collective=collective, acronym=acronym), n1
    if acronym is None and mod_end - k > 3 and tokens[mod_end - 1].low == ")" and tokens[mod_end - 3].low == "(":
        acronym, mod_end = tokens[mod_end - 2].text, mod_end - 3  # "Institut … (USGS)"
        end_index = mod_end + 3
    else:
        end_index = mod_end + (3 if acronym else 0)
    phrase = _span_text(body, tokens, k, mod_end)
    named = None if acronym or plural else _body_apposition(tokens, mod_end, limit)
    if named is not None:  # "la compagnie nationale d'électricité, la Jirama, …": the body's own name
        n0, n1, acronym, after = named
        name = _span_text(body, tokens, n0, n1)
        return Mention(tokens[i].start, tokens[n1 - 1].end, "name", "organisation", name=name, surface=name,
                       role=phrase, head=head, gender=gender, anonymous=anonymous, acronym=acronym), after
    if acronym and inner_body_start(tokens, k, mod_end, acronym, body) is not None:
        acronym = None  # "la commission de discipline de la Fédération française de handball (FFHandball)"
    if plural and tokens[i].low == "les" and mod_end == end and not acronym:
        # "les syndicats": generic, unless the article names that collective ("les syndicats FO et CGT")
        return Mention(tokens[i].start, tokens[mod_end - 1].end, "plural", "organisation", name=phrase,
                       surface=phrase, head=head, gender=gender), end_index
    return Mention(tokens[i].start, tokens[mod_end - 1].end, "body", "organisation", name=phrase, surface=phrase,
                   head=head, gender=gender, plural=plural, anonymous=anonymous, acronym=acronym,
                   possessive=tokens[i].low in lx.POSSESSIVES, collective=collective), end_index


def inner_body_start(tokens: list[Token], k: int, end: int, acronym: str, body: str) -> int | None:
    """Where the body whose acronym closes an outer body's name starts, when the acronym is the
    inner one's: "la commission … de la Fédération française de handball (FFHandball)", "le bureau
    politique du Parti socialiste (PS)". None when it is the outer body's own."""
    if acronym_fits(acronym, _span_text(body, tokens, k, end)):
        return None
    for m in range(k + 1, end - 1):
        if tokens[m].low in ("du", "des"):
            start, first = m, m + 1  # "du Parti socialiste": parsed as contracted
        elif tokens[m].low in ("de", "d'"):
            start = m + 1  # "de la Fédération …", "de l'Agence …", "de Radio France"
            first = start + 1 if tokens[start].low in lx.DEFINITE_DETS else start
        else:
            continue
        if first < end and tokens[first].is_cap and acronym_fits(acronym, _span_text(body, tokens, first, end)):
            return start
    return None


def _acronym_before(tokens: list[Token], n0: int) -> str | None:
    """The "(ARS)" a body's description ends on, right before the name that follows it."""
    if n0 >= 3 and tokens[n0 - 1].low == ")" and tokens[n0 - 3].low == "(" and tokens[n0 - 2].text.isupper() \
            and tokens[n0 - 2].is_word:
        return tokens[n0 - 2].text
    return None


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and "1800" <= text <= "2099"


_TAIL_PREPOSITIONS = frozenset({"sans", "contre"})


def _named_body_tail(tokens: list[Token], j: int, limit: int) -> int:
    """Where a one-word name that goes on with "sans …"/"contre …" ends, when that makes it a
    body's name ("Reporters sans frontières") rather than a person's adverbial ("sans doute")."""
    if j >= limit or tokens[j].low not in _TAIL_PREPOSITIONS:
        return j
    end = _lowercase_tail(tokens, j, limit)
    return end if end > j and tokens[end - 1].fold not in _ADVERBIAL_TAILS else j


def _adjective_then_name(tokens: list[Token], j: int, limit: int) -> int:
    """ "Santé publique France", "Voies navigables de France": a capitalised noun, a lower-case
    adjective, then a name again is one body's name, not a person's."""
    if j + 1 >= limit or not (is_adjective(tokens[j]) and adjective_form(tokens[j])) \
            or tokens[j].fold in lx.TIME_WORDS:
        return j
    k = j + 1 + (tokens[j + 1].low in ("de", "du", "des", "d'"))
    if k >= limit or not (tokens[k].is_cap and tokens[k].is_word) or tokens[k].fold in lx.GIVEN_NAMES:
        return j
    end = scan_name(tokens, k, limit, after_title=True)
    return end if end > k else j


_ADVERBIAL_TAILS = lx.folded_set("doute cesse surprise detour detours ambages conteste relache exception reserve "
                             "delai compter attendre hesiter tarder oublier etat peine arret fin trop plus meme "
                             "toute tout coeur gre attente vent courant succes broncher sourciller")


def _lowercase_tail(tokens: list[Token], j: int, limit: int) -> int:
    """Where a body's one-word name that goes on in lower case ends: "Force ouvrière" (an
    adjective or two), "Médecins sans frontières", "Action contre la faim"."""
    if tokens[j - 1].text.isupper():
        return j  # "l'ONG OCRN accuse …": an acronym is the whole name
    if j < limit and tokens[j].low in _TAIL_PREPOSITIONS:
        k = j + 1
        if k < limit and tokens[k].low in ("la", "le", "les", "l'"):
            k += 1
        return k + 1 if k < limit and is_adjective(tokens[k]) else j
    end = j
    while end < limit and end - j < 2 and is_adjective(tokens[end]) and adjective_form(tokens[end]) \
            and tokens[end].low not in lx.ROLE_PREPOSITIONS:
        end += 1
    return end


def _body_apposition(tokens: list[Token], j: int, limit: int) -> tuple[int, int, str | None, int] | None:
    """ ", la Jirama," or ", Mangoro Hydro Power (MHP)," right after a body's description: the
    span of its name, its acronym and where the apposition ends."""
    if j + 3 >= limit or tokens[j].low != ",":
        return None
    n0 = j + 2 if tokens[j + 1].low in ("la", "le", "l'") else j + 1
    if not (tokens[n0].is_cap and tokens[n0].is_word) or tokens[n0].fold in lx.GIVEN_NAMES:
        return None
    n1 = scan_name(tokens, n0, limit, after_title=True)
    acronym = trailing_acronym(tokens, n1, limit)
    after = n1 + 3 if acronym else n1
    if n1 == n0 or after >= limit or tokens[after].low != "," or n1 - n0 > 3:
        return None
    return n0, n1, acronym, after


def described_body(tokens: list[Token], n: int, limit: int, body: str) -> tuple[Mention, int] | None:
    """A name described as a body right after it, wherever it stands: "auprès du SNUipp-FSU,
    premier syndicat du primaire", "chez Vortex, une start-up lyonnaise": that body, by its name,
    so that "le syndicat" or "la start-up" said later is it."""
    if tokens[n].fold in _PLACE_WORDS or n > 0 and tokens[n - 1].fold in _PLACE_WORDS:
        return None  # "Dans le Grand Est, l'agence …", "à Lyon, la société …": where, not who
    j = scan_name(tokens, n, limit, after_title=True)
    if j == n or j + 2 >= limit or tokens[j].low != "," or tokens[n].fold in lx.GIVEN_NAMES:
        return None
    k = j + 1
    definite = tokens[k].low in lx.DEFINITE_DETS
    if definite or tokens[k].low in lx.INDEFINITE_DETS:
        k += 1
    if k < limit and tokens[k].low in lx.PRE_ADJECTIVES:
        k += 1
    if k >= limit or tokens[k].fold not in lx.GENERIC_BODY_HEADS:
        return None
    end = k + 1
    while end < limit and tokens[end].low not in (",", ".", ";", ":", "(", "«", "»") and end - k < 8:
        end += 1
    if definite and (end >= limit or tokens[end].low != ","):
        return None  # "… la rivière Lufupa, l'entreprise dément": a new clause's subject, unless closed
    name = _span_text(body, tokens, n, j)
    mention = Mention(tokens[n].start, tokens[j - 1].end, "name", "organisation", name=name, surface=name,
                      role=_span_text(body, tokens, j + 1, end), head=tokens[k].fold)
    return mention, end


_PLACE_WORDS = lx.folded_set("dans en à a sur depuis vers sous entre près")


def demonym_before_name(tokens: list[Token], k: int, limit: int) -> bool:
    """A nationality the list lacks, known by its ending and a person's full name after it:
    "le Hongrois Bálint Szőke-Varga", "la Franco-Marocaine Inès Benmansour"."""
    if not tokens[k].fold.endswith(lx.DEMONYM_ENDINGS) or tokens[k].fold in lx.BODY_NOUNS:
        return False
    end = scan_name(tokens, k + 1, limit, after_title=True)
    return len(name_words(tokens, k + 1, end)) >= 2 and classify_name(tokens, k + 1, end) == "person"


def _parse_capitalised_body(tokens, i, k, limit, body, det_gender, anonymous):
    """'le Kremlin', 'la Maison Blanche', 'le Parti démocratique de Côte d'Ivoire (PDCI)'."""
    token = tokens[k]
    if token.fold in lx.DEMONYMS or demonym_before_name(tokens, k, limit):
        role = (token.fold, k + 1, None)  # "l'Espagnol Carlos Vidal", "le Niçois", "le Hongrois Bálint Szőke"
        return _finish_role(tokens, i, k, role, limit, body, det_gender, anonymous)
    if k + 1 < limit and not tokens[k + 1].is_cap and tokens[k + 1].low not in lx.ROLE_BREAKERS and \
            tokens[k + 1].low not in (",", ".", ")", ":", ";") and not token.text.isupper():
        return _finish_body(tokens, i, k, (token.fold, k + 1, False), limit, body, det_gender, anonymous)
    j = scan_name(tokens, k, limit, after_title=True)
    if j == k:
        return None
    titled = i > 0 and tokens[i].text[:1].isupper() and tokens[i - 1].low not in (".", "!", "?", "»", ":")
    name = _span_text(body, tokens, i if titled else k, j)  # "selon Le Monde": the article is in the title
    acronym = trailing_acronym(tokens, j, limit)
    mention = Mention(tokens[i].start, tokens[j - 1].end, "name", "organisation", name=name, surface=name,
                      gender=det_gender or lx.KNOWN_BODIES.get(token.fold), anonymous=anonymous, acronym=acronym,
                      plural=False, collective=tokens[i].low == "les")  # "les Nations unies": one body's name
    return mention, j + (3 if acronym else 0)
