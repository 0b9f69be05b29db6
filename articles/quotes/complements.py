"""What follows a role or body head noun: adjectives, complements, the holder's name.

    "le porte-parole du Kremlin Dmitri Peskov" → complement "du Kremlin", then a name
    "le ministre de l'Economie et des Finances, Bruno Lemaire" → complements, then an apposition
"""
from __future__ import annotations

from . import lexicon as lx
from .name_runs import (classify_name, given_name_title, is_given_name, name_words, particle_leads_to_name, role_key,
                        scan_name)
from .text import Token
from .verbs import infinitive_lemma


def role_head(tokens: list[Token], k: int, limit: int) -> tuple[str, int, str | None] | None:
    """A person-role head at k (after optional pre-adjectives): (head, end, gender)."""
    gender = None
    while k < limit and tokens[k].low in lx.PRE_ADJECTIVES and k + 1 < limit:
        gender = gender or lx.PRE_ADJECTIVES[tokens[k].low]
        if tokens[k].low in ("premier", "première") and tokens[k + 1].fold == "ministre":
            return "premier ministre", k + 2, gender
        k += 1
    if k >= limit:
        return None
    if k + 1 < limit and tokens[k].fold.endswith(_BEFORE_NOUN_ENDINGS) and tokens[k].fold not in lx.BODY_NOUNS \
            and role_key(tokens[k].fold) not in lx.ROLE_NOUNS and is_adjective(tokens[k]) \
            and role_key(tokens[k + 1].fold) in lx.ROLE_NOUNS and not tokens[k + 1].is_cap:
        k += 1  # "le bouillant entraîneur", "la truculente maire": an adjective before the noun
    key = role_key(tokens[k].fold)
    if key in lx.ROLE_NOUNS:
        if lx.ROLE_NOUNS[key] is None and gender == "m":
            gender = None  # "le nouveau maire" is said of a woman too
        return key, k + 1, gender or lx.ROLE_NOUNS[key]
    if key in lx.EPITHETS and not tokens[k].is_cap:
        return key, k + 1, gender or lx.EPITHETS[key]
    return None


# What adjectives that may precede a role noun end with ("bouillant", "fougueuse", "célèbre").
_BEFORE_NOUN_ENDINGS = ("ant", "ante", "eux", "euse", "ible", "able", "ebre", "issime", "ent", "ente")


def name_follows(tokens: list[Token], k: int, limit: int) -> bool:
    return k < limit and tokens[k].is_cap and tokens[k].is_word and tokens[k].fold not in lx.CAP_STOPWORDS


def trailing_acronym(tokens: list[Token], j: int, limit: int) -> str | None:
    if j + 2 < limit and tokens[j].low == "(" and tokens[j + 2].low == ")" and tokens[j + 1].text[:1].isupper():
        return tokens[j + 1].text
    return None


def scan_modifiers(tokens: list[Token], k: int, limit: int, allow_name: bool, person: bool = True):
    """Extend a role/body head with adjectives and complements; stop at a following name.

    Returns (end, name_span) where name_span is (start, end, title_index) of a name that
    directly follows the role ("le porte-parole du Kremlin Dmitri Peskov").
    """
    adjectives, scan_start, after_name = 0, k, False
    while k < limit:
        token = tokens[k]
        if token.low == "par" and k + 1 < limit and tokens[k + 1].fold == "interim":
            k += 2  # "le directeur général par intérim"
            continue
        if token.low == "et" and k + 1 < limit and tokens[k + 1].low in ("de", "des", "du", "d'"):
            k += 1  # "Commission … de l'informatique et des libertés", "ministre de l'Economie et des Finances"
            continue
        if person and token.low == "et" and k + 1 < limit and not tokens[k + 1].is_cap \
                and role_key(tokens[k + 1].fold) in lx.ROLE_NOUNS:
            k += 2  # "son cofondateur et directeur général, Arthur Mensch": one person's two offices
            continue
        if token.low == "," and k + 2 < limit and tokens[k + 1].low in ("de", "du", "des", "d'") \
                and _lists_a_domain(tokens, k + 1, limit):
            k += 1  # "le ministère de l'Agriculture, de la Pêche maritime, du Développement rural …"
            continue
        if token.low in lx.ROLE_PREPOSITIONS or token.low == "avec" and tokens[k - 1].is_cap \
                and _lists_a_domain(tokens, k, limit):  # "chargé des Relations avec le Parlement"
            step = complement(tokens, k, limit)
            if step is None:
                break
            k, name_span = step
            if name_span is not None:
                return (k if allow_name else name_span[0]), (name_span if allow_name else None)
            adjectives = 0
            after_name = tokens[k - 1].is_cap and tokens[k - 1].is_word
        elif token.low == "(" and trailing_acronym(tokens, k, limit):
            k, adjectives = k + 3, 2  # "(BNGRC) fait état": only a complement may follow an acronym
            if k + 1 < limit and tokens[k].low in lx.ROLE_PREPOSITIONS and role_key(tokens[k + 1].fold) in lx.ROLE_NOUNS:
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
            if not person and token.low in lx.DEFINITE_DETS and name_follows(tokens, k + 1, limit):
                j = scan_name(tokens, k + 1, limit, after_title=True)  # "le quotidien Le Monde"
                return j, (k, j, None)
            if person and k > scan_start:
                # "une commerçante de l'avenue Victor-Hugo": a street's name; "de l'union commerciale
                # Cœur d'Affrique, Nadia Benabdallah": the body's, its holder named after the comma
                end = scan_name(tokens, k, limit)
                if k - scan_start >= 2 and names_the_complement(tokens, k, limit) \
                        or not is_given_name(tokens[k].fold) and apposition_name(tokens, end, limit)[0] is not None:
                    k = end
                    continue
            return name_after_role(tokens, k, limit, person)
        elif is_adjective(token) and adjectives < 2 and (person or not after_name or adjective_form(token)):
            # after a body's proper complement a lower-case word is its verb ("l'université de
            # Franche-Comté montre", "le diocèse de Belcastel regroupe") unless it reads as an
            # adjective ("des Affaires étrangères", "de l'Éducation nationale", "de la Pêche maritime")
            k, adjectives = k + 1, adjectives + 1
        else:
            break
    return k, None


_ADJECTIVE_ENDINGS = ("al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ique", "iques", "aire", "aires",
                      "ère", "ères", "ier", "iers", "ière", "ières", "ien", "iens", "ienne", "iennes", "ais", "aise",
                      "aises", "ain", "ains", "aine", "aines", "if", "ifs", "ive", "ives", "eur", "eurs", "eure",
                      "eures", "ile", "iles", "é", "és", "ée", "ées", "ois", "oise", "oises", "en", "éen", "éenne",
                      "i", "is", "ie", "ies", "u", "us", "ue", "ues")  # participles: "des Nations unies"
_ADJECTIVES_IN_IME = lx.folded_set("maritime maritimes légitime ultime unanime intime")
# parties' and movements' adjectives: "-iste" alone would take verbs too ("insiste", "existe")
_ADJECTIVES_IN_ISTE = lx.folded_set("socialiste communiste écologiste gaulliste centriste nationaliste islamiste "
                                "indépendantiste autonomiste fédéraliste marxiste progressiste humaniste")


def adjective_form(token: Token) -> bool:
    return token.low.endswith(_ADJECTIVE_ENDINGS) or token.fold in _ADJECTIVES_IN_IME \
        or token.fold in _ADJECTIVES_IN_ISTE


def _lists_a_domain(tokens: list[Token], k: int, limit: int) -> bool:
    """ "de la Pêche maritime" after a comma: one more capitalised domain of the same office,
    which a comma then "de" + a lower-case word ("…, de son côté") is not."""
    j = k + 1
    while j < limit and tokens[j].low in ("la", "le", "les", "l'"):
        j += 1
    return j < limit and tokens[j].is_cap and tokens[j].is_word and not is_given_name(tokens[j].fold)


def names_the_complement(tokens: list[Token], k: int, limit: int) -> bool:
    """One capitalised word right after a complement's common noun ("de l'hôpital Lariboisière")
    names that place or thing; a person's name has a given name ("de l'hôpital, Jean Roy")."""
    if k < 3 or not tokens[k - 1].is_word or tokens[k - 1].is_cap or tokens[k - 1].fold in lx.ROLE_NOUNS:
        return False
    if not any(t.low in lx.ROLE_PREPOSITIONS for t in tokens[max(0, k - 4):k - 1]):
        return False
    named_noun = tokens[k - 1].fold in lx.BODY_NOUNS or tokens[k - 1].fold in _PLACE_NOUNS
    if is_given_name(tokens[k].fold):
        # "l'avenue Victor-Hugo", "le lycée Jean-Jaurès": a place named after someone, hyphenated
        return tokens[k - 1].fold in _PLACE_NOUNS and "-" in tokens[k].text
    return named_noun or scan_name(tokens, k, limit) == k + 1


_PLACE_NOUNS = lx.folded_set("avenue rue boulevard place quartier cité hôpital clinique lycée collège école université "
                         "association commune ville village port gare stade centre salle musée théâtre église "
                         "paroisse diocèse prison maison foyer résidence usine site")


# Frequent finite verbs a body's name runs into: "le Gouvernement présente", "la Municipalité doit"
_COMMON_VERBS = lx.folded_set("doit doivent peut peuvent va vont veut veulent présente présentent reste restent "
                          "semble semblent devra pourra sera serait était est sont a ont avait entend entendent "
                          "compte comptent prend prennent met mettent lance lancent organise organisent "
                          "tient tiennent fait font dit disent sait savent vient viennent voit voient "
                          "donne donnent prévoit prévoient demeure demeurent juge jugent")


_VERB_ENDINGS = ("ra", "ront", "rait", "raient", "aient")  # "prendra", "devrait": futures and conditionals


def is_adjective(token: Token, determined: bool = False) -> bool:
    """A lower-case modifier of a role or body. After a determiner ("de la chambre", "de la
    marche") a word is no verb, whatever else it may be ("il chambre", "elle marche")."""
    return (token.is_word and not token.is_cap and token.low not in lx.ROLE_BREAKERS
            and (determined or token.fold not in _COMMON_VERBS and not token.fold.endswith(_VERB_ENDINGS)
                 and token.fold not in lx.FINITE and token.fold not in lx.PRESENT_PARTICIPLES)
            and token.fold not in lx.LOCUTIONS
            and token.low not in lx.DEFINITE_DETS
            and token.low not in lx.INDEFINITE_DETS and not token.text[:1].isdigit()
            and "-t-" not in token.low)


def name_after_role(tokens: list[Token], k: int, limit: int, person: bool = True):
    title = None
    if tokens[k].low in lx.TITLES:
        title, k = k, k + 1
    j = scan_name(tokens, k, limit, after_title=title is not None)
    if j == k:
        return k, None
    if person and title is None and j - k >= 3 and not is_given_name(tokens[k].fold) \
            and not any(tokens[n].fold in lx.PATRONYMIC_LINKS for n in range(k + 1, j)):
        # "la députée Groen Sarah De Smedt", "le député Renaissance des Yvelines François Moal":
        # a party's or a place's name, then theirs, from its given name on; a body's name is
        # its own ("l'association Eau Claire Champagne")
        given = next((n for n in range(k + 1, j - 1) if tokens[n].is_cap and is_given_name(tokens[n].fold)), None)
        if given is not None:
            k = given
    return j, (k, j, title)


def complement(tokens: list[Token], k: int, limit: int):
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
    if j == k + 1 and prep in ("de", "d'") and infinitive_lemma(token):
        return None  # "le directeur de rappeler que …": a narrative infinitive, not the role's
    if token.is_cap and token.is_word:
        return capitalised_complement(tokens, j, limit)
    if not is_adjective(token, determined=j > k + 1 or prep in ("du", "des", "au", "aux")):
        return None
    if prep not in ("de", "du", "des", "d'", "pour") and not name_follows(tokens, j + 1, limit) \
            and apposition_name(tokens, _past_adjectives(tokens, j + 1, limit), limit)[0] is None:
        # "à l'urbanisme Gérard Fabre", "aux sports, Marc Lavaud" and "aux langues officielles,
        # Josée Cormier" are roles, "à la presse" is not; "pour les affaires étrangères" is
        return None
    return j + 1, None


def _past_adjectives(tokens: list[Token], k: int, limit: int) -> int:
    """After the one or two adjectives at k: "langues officielles|, …"."""
    end = k
    while end < limit and end - k < 2 and is_adjective(tokens[end]):
        end += 1
    return end


def capitalised_complement(tokens: list[Token], j: int, limit: int):
    """Split 'du Kremlin Dmitri Peskov' into the complement 'Kremlin' and the name that follows."""
    end = j
    while end < limit and (tokens[end].is_cap and tokens[end].is_word or
                           tokens[end].low in lx.NAME_PARTICLES and particle_leads_to_name(tokens, end, limit)
                           or tokens[end].low == "et" and end > j and end + 1 < limit and tokens[end + 1].is_cap
                           and tokens[end + 1].is_word and not is_given_name(tokens[end + 1].fold)):
        end += 1  # "des Eaux et Forêts"; "de la Ville et des Ports" stops at "des"
    caps = [n for n in range(j, end) if tokens[n].is_cap]
    for position, n in enumerate(caps[1:], start=1):
        if is_given_name(tokens[n].fold):
            return n, (n, end, None)
    if len(caps) >= 3 and tokens[caps[0]].text.isupper() and len(tokens[caps[0]].text) > 1 \
            and apposition_name(tokens, end, limit)[0] is None:
        return caps[1], (caps[1], end, None)  # "du RN Thibault de La Roche-Aymon": after the acronym
    if len(caps) >= 3 and apposition_name(tokens, end, limit)[0] is None \
            and classify_name(tokens, caps[-2], end) == "person":  # "de Kasenga Copper SA" is all the body's
        # "de la société Renault Carlos Ghosn"; but "d'Hydrélec Massif Central, Thierry Vasseur"
        # names its holder after the comma: the capitals before it are the body's
        return caps[-2], (caps[-2], end, None)
    return end, None


def apposition_name(tokens: list[Token], k: int, limit: int):
    """', Sergueï Lavrov' (or ', M. Lavrov') right after a role: (name_span, end)."""
    if k + 1 >= limit or tokens[k].low != ",":
        return None, k
    start, title = k + 1, None
    if tokens[start].low in lx.TITLES and not given_name_title(tokens, start, limit):
        title, start = start, start + 1
    elif tokens[start].low in ("le", "la") and start + 2 < limit and tokens[start + 1].low in lx.TITLES \
            and tokens[start + 2].is_cap:
        title, start = start + 1, start + 2  # "le recteur, le Pr Marc-Henri Van den Eynde"
    elif tokens[start].low in lx.DEFINITE_DETS:
        rank = role_head(tokens, start + 1, limit)  # "le chef de l'armée, le général Ahmed Diallo"
        after = rank[1] if rank is not None else limit
        while after < limit and after - (rank[1] if rank else 0) < 2 and is_adjective(tokens[after]) \
                and not name_follows(tokens, after, limit):
            after += 1  # "le président du jury, le comédien belge Lucien Verhaegen"
        if rank is not None and after < limit and name_follows(tokens, after, limit):
            start = after
            _, spanned = scan_modifiers(tokens, rank[1], limit, allow_name=True)
            if spanned is not None and spanned[2] is None and spanned[0] > start:
                start = spanned[0]  # "la sénatrice LR du Finistère Catherine Roy": the label is the rank's
    elif not tokens[start].is_cap and (office := role_head(tokens, start, limit)) is not None:
        # "le ministre délégué …, porte-parole du gouvernement, Karim Bennani-Smires": a second office
        second, _ = scan_modifiers(tokens, office[1], limit, allow_name=False)
        if second + 1 < limit and tokens[second].low == "," and name_follows(tokens, second + 1, limit):
            start = second + 1
    j = scan_name(tokens, start, limit, after_title=title is not None)
    # "Sa meilleure amie, Lola, …": a known given name alone, closed by its comma, is a name too
    lone_given = j == start + 1 and j < limit and tokens[j].low == "," and is_given_name(tokens[start].fold)
    if j == start or (title is None and len(name_words(tokens, start, j)) < 2 and not lone_given):
        return None, k
    if classify_name(tokens, start, j) != "person":
        return None, k
    return (start, j, title), j
