"""Recognise a speech verb at a token: "a déclaré", "a-t-elle noté", "s'est dit", "fait savoir".

Only the verb's own shape is checked here; whether it introduces a quotation depends on
what surrounds it, which `find` decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .text import Token

_INVERTED_RE = re.compile(r"^(.+?)-(?:t-)?(il|elle|on|ils|elles)$")
_INFINITIVE_LEMMAS = {lx.fold(entry[0]): entry for entry in lx.FINITE.values()}
# Folded words a speech verb can start with: checked first, since most tokens are not verbs.
_VERB_STARTS = frozenset({"s'", "se", *lx.AUXILIARIES, *lx.FINITE, *lx.LOCUTIONS, "tient", "tenait", "veut",
                          "voulait", "souhaite", "souhaitait"}
                         | {key.split("#")[0] for key in lx.FINITE})
MAX_ADVERBS = 5


@dataclass(frozen=True, slots=True)
class VerbMatch:
    first: int                      # index of the verb's first token
    end: int                        # index just after it
    lemma: str
    complements: tuple[str, ...]
    pronoun: str | None             # inverted subject: "il", "elle", "on"…
    text: str                       # as written: "a-t-il encore dit"
    negated: bool = False


def may_start_verb(token: Token) -> bool:
    """Cheap pre-check before `match_verb`: most tokens cannot start a speech verb."""
    return token.fold in _VERB_STARTS or "-" in token.low


def split_inverted(low: str) -> tuple[str, str | None]:
    """ "a-t-il" → ("a", "il"); "estime" → ("estime", None)."""
    match = _INVERTED_RE.match(low)
    return (match.group(1), match.group(2)) if match else (low, None)


def is_inverted_pronoun_form(token: Token) -> bool:
    head, pronoun = split_inverted(token.low)
    return pronoun in ("il", "elle") and head.isalpha()


def match_verb(tokens: list[Token], i: int, limit: int, body: str) -> VerbMatch | None:
    """Match a third-person speech verb starting at tokens[i], or return None."""
    if i >= limit:
        return None
    if not may_start_verb(tokens[i]):
        return None
    j, reflexive = i, False
    if tokens[j].low in ("s'", "se"):
        j, reflexive = j + 1, True
        if j >= limit:
            return None
    head, pronoun = split_inverted(tokens[j].low)
    auxiliaries = lx.REFLEXIVE_AUX if reflexive else lx.AUXILIARIES
    if head in auxiliaries:
        return _compound(tokens, i, j + 1, limit, body, reflexive, pronoun)
    modal = None if reflexive or pronoun else _modal_infinitive(tokens, j, limit, _MODAL_FINITE)
    if modal is not None:
        entry, end = modal
        return VerbMatch(i, end, entry[0], entry[1], None, _text(body, tokens, i, end), negated=is_negated(tokens, i))
    found = _lookup(lx.FINITE, lx.fold(head), reflexive) or _locution(tokens, j, limit, lx.fold(head))
    if found is None:
        return None
    (lemma, comps), end = found if isinstance(found[0], tuple) else (found, j + 1)
    return VerbMatch(i, end, lemma, comps, pronoun, _text(body, tokens, i, end), negated=is_negated(tokens, i))


def _compound(tokens, i, k, limit, body, reflexive, pronoun) -> VerbMatch | None:
    """Auxiliary already read at k-1: skip adverbs, then the participle ("a de son côté fait savoir")."""
    negated = is_negated(tokens, i)
    for _ in range(MAX_ADVERBS):
        if k >= limit:
            return None
        low = tokens[k].low
        if low in lx.NEGATIONS:
            negated = True
        elif not (low in lx.VERB_ADVERBS or low == "," or (low.endswith("ment") and not tokens[k].is_cap)):
            break
        k += 1
    modal = _modal_infinitive(tokens, k, limit, _MODAL_PARTICIPLES)  # "a tenu à préciser", "a voulu rappeler"
    if modal is not None:
        entry, end = modal
        return VerbMatch(i, end, entry[0], entry[1], pronoun, _text(body, tokens, i, end), negated)
    found = _lookup(lx.PARTICIPLES, tokens[k].fold, reflexive) or _locution(tokens, k, limit, tokens[k].fold)
    if found is None:
        return None
    (lemma, comps), end = found if isinstance(found[0], tuple) else (found, k + 1)
    return VerbMatch(i, end, lemma, comps, pronoun, _text(body, tokens, i, end), negated)


# Verbs that carry a speech infinitive: "tient à préciser", "a voulu rappeler", "a pris soin de souligner".
_MODAL_FINITE = {"tient": "à", "tenait": "à", "veut": "", "voulait": "", "souhaite": "", "souhaitait": ""}
_MODAL_PARTICIPLES = {"tenu": "à", "voulu": "", "souhaite": "", "pris soin": "de"}


def _modal_infinitive(tokens: list[Token], k: int, limit: int, modals: dict[str, str]):
    """ "tenu à préciser" at k: ((lemma, complements, pronominal) of the infinitive, end index)."""
    fold = tokens[k].fold
    n = k + 1
    if fold == "pris" and n < limit and tokens[n].fold == "soin":
        fold, n = "pris soin", n + 1
    if fold not in modals:
        return None
    linker = modals[fold]
    if linker:
        if n >= limit or tokens[n].low not in (linker, "d'" if linker == "de" else linker):
            return None
        n += 1
    if n >= limit:
        return None
    entry = _INFINITIVE_LEMMAS.get(tokens[n].fold)
    if entry is None or entry[2] or lx.DIR in entry[1]:
        return None
    return entry, n + 1


def _lookup(index: dict, key: str, reflexive: bool) -> tuple[str, tuple[str, ...]] | None:
    entry = index.get(key + "#p") if reflexive else None
    entry = entry or index.get(key)
    if entry is None or entry[2] != reflexive:
        return None
    return entry[0], entry[1]


def present_locution(tokens: list[Token], j: int, limit: int):
    """ "laissant entendre", "faisant valoir": returns ((lemma, comps), end) or None."""
    return _locution(tokens, j, limit, tokens[j].fold, lx.PRESENT_LOCUTIONS)


def _locution(tokens: list[Token], j: int, limit: int, key: str, index: dict = lx.LOCUTIONS):
    """ "fait savoir", "mis en garde": returns ((lemma, comps), end) or None."""
    for tail, lemma, comps in index.get(key, ()):
        end = j + 1 + len(tail)
        if end <= limit and tuple(t.fold for t in tokens[j + 1:end]) == tail:
            return (lemma, comps), end
    return None


def is_negated(tokens: list[Token], i: int) -> bool:
    """ "n'a pas dit", "ne l'a pas confirmé": the negation sits before the verb."""
    if i >= 1 and tokens[i - 1].low in ("n'", "ne"):
        return True
    return i >= 2 and tokens[i - 2].low in ("n'", "ne") and tokens[i - 1].low in lx.OBJECT_CLITICS


def infinitive_lemma(token: Token) -> str | None:
    """ "ajouter" → "ajouter" when it is a speech verb's infinitive ("Et d'ajouter : …")."""
    entry = _INFINITIVE_LEMMAS.get(token.fold)
    return entry[0] if entry else None


def _text(body: str, tokens: list[Token], i: int, end: int) -> str:
    return body[tokens[i].start:tokens[end - 1].end]
