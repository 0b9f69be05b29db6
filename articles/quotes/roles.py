"""What a role says: its head noun and complements, and whether two descriptions can be one office.

"la diplomate" may be "la ministre des Affaires étrangères"; "le maire de Paris" is not "le maire
de Lyon"; "l'ancien ministre" held an office once. Words are compared folded (no accents, lower case).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx
from .mentions import Mention

_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "a", "au", "aux", "en", "chez", "pour"})
_FOLDED_PRE_ADJECTIVES = frozenset(lx.fold(w) for w in lx.PRE_ADJECTIVES)
_WORD_SPLIT_RE = re.compile(r"[\s'’()]+")
_STOP = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "en", "et", "a", "au", "aux", "à"})
_FOREIGN = frozenset(lx.DEMONYMS) - {"francais", "francaise", "russe", "americain", "americaine"}


def is_epithet_role(role: str | None) -> bool:
    """ "Hongrois", "l'élu écologiste": a nationality or an epithet, no office."""
    words = (role or "").split()
    head = lx.fold(words[0]) if words else ""
    return head in lx.DEMONYMS or head in lx.EPITHETS or len(words) == 1 and words[0][:1].isupper() \
        and head.endswith(lx.DEMONYM_ENDINGS)


def was_once(role: str) -> bool:
    """ "L'ancien ministre sénégalais …": a past office says nothing against a present one."""
    return lx.fold(role).startswith(("ancien ", "ancienne ", "ex-", "ex "))


def no_office(role: str | None) -> bool:
    """No role, or only a relation that says nothing of an office: "son homologue américain",
    "sa meilleure amie"."""
    if role is None:
        return True
    words = [w for w in lx.fold(role).split(" ") if w not in _FOLDED_PRE_ADJECTIVES]
    return bool(words) and words[0] in lx.NON_REFERRING_ROLES


def same_noun(a: str, b: str) -> bool:
    """A role noun and its feminine: "avocat"/"avocate", "préfet"/"préfète" (folded)."""
    return bool(a and b) and a != b and (a.rstrip("e") == b.rstrip("e") or a[:-2] + "ete" == b or b[:-2] + "ete" == a)


def roles_agree(role: str, mention: Mention) -> bool:
    """A known role does not rule the description out: same head, a compatible one, or the
    same body ("porte-parole de la police" / "le commissaire de police")."""
    folded = lx.fold(role).replace("'", "' ").split()
    cut = next((n for n, w in enumerate(folded) if w in _PREPOSITIONS), len(folded))
    heads, their_complements = role_words(" ".join(folded[:cut])), role_words(" ".join(folded[cut:]))
    compatible, _, complements = role_reference(mention)
    # either way round: "le fondateur de Facebook" is the one named "son patron" before
    reverse = any(mention.head in lx.ROLE_COMPATIBLE.get(head, ()) for head in heads) \
        or any(same_noun(mention.head or "", head) for head in heads)  # "avocat" / "l'avocate"
    return bool(mention.head and (mention.head in heads or compatible & heads or reverse
                                  or complements & their_complements))


def before_complement(folded_role: str) -> str:
    words = folded_role.replace("'", "' ").split()
    cut = next((n for n, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    return " ".join(words[:cut])


def is_epithet(mention: Mention) -> bool:
    """ "le club", "le géant pétrolier" point back; "le club de Lens", "l'Institut géologique
    américain" (capitalised: a proper name) name a body of their own."""
    phrase = mention.name or ""
    first = phrase.split()[0] if phrase.split() else ""
    if mention.head not in lx.GENERIC_BODY_HEADS or (first[:1].isupper() and not first.isupper()):
        return False  # "l'Institut géologique" is a name; "l'ONG" stays generic
    return not any(w in _PREPOSITIONS for w in lx.fold(phrase).replace("'", "' ").split()[1:])


def role_reference(mention: Mention) -> tuple[frozenset[str], set[str], set[str]]:
    """What a generic role ("la diplomate", "le chef de l'Etat") may refer to, with its
    adjectives ("russe") and complement words ("tribunal" in "du tribunal")."""
    role = lx.fold(mention.role or "")
    if mention.head in lx.NON_REFERRING_ROLES:
        return frozenset(), set(), set()
    head = mention.head or ""
    compatible = lx.ROLE_COMPATIBLE.get(head) or lx.ROLE_COMPATIBLE.get(lx.MASCULINE.get(head, head), frozenset({head}))
    for phrase, phrase_compatible in lx.ROLE_PHRASES.items():
        if role.startswith(phrase):
            compatible, role = phrase_compatible, role[len(phrase):]
            break
    words = role.replace("'", "' ").split()
    cut = next((n for n, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    # a party's label ("la magistrate PLR", "le député LR") says who they side with, not which one
    labels = {lx.fold(w) for w in (mention.role or "").split() if w.isupper() and 2 <= len(w) <= 6}
    adjectives = role_words(" ".join(words[:cut])) - {head} - set(head.split()) - labels
    return compatible, adjectives, role_words(" ".join(words[cut:]))


def role_fits(held: str, compatible: frozenset[str], modifiers: set[str]) -> bool:
    role = lx.fold(held)
    # "chef de cabinet du Prince" is no prince; "ministre délégué …, porte-parole du gouvernement" is both
    heads = set().union(*(role_words(before_complement(office)) for office in role.split(", ")))
    heads |= {lx.MASCULINE[h] for h in heads if h in lx.MASCULINE}  # "la magistrate" is "la procureure"
    heads |= {rank for phrase, rank in lx.RANK_PHRASES.items() if role.startswith(phrase)}  # "chef d'escadron"
    if not any(c in heads or lx.MASCULINE.get(c) in heads or (" " in c and c in role) for c in compatible):
        return False
    return modifiers <= role_words(held)


def same_institution(a: str | None, b: str | None) -> bool:
    """Two names of one institution by INSTITUTION_NAMES, unless either says another country's
    ("le ministère belge des Affaires étrangères" is not the Quai d'Orsay)."""
    words_a, words_b = role_words(a), role_words(b)
    if (words_a | words_b) & _FOREIGN or words_a == words_b:
        return False
    return any(any(sig <= words_a for sig in group) and any(sig <= words_b for sig in group)
               for group in lx.INSTITUTION_NAMES)


def role_words(text: str | None) -> set[str]:
    return set(role_word_set(text or ""))


@lru_cache(maxsize=4096)
def role_word_set(text: str) -> frozenset[str]:
    words = set()
    for word in _WORD_SPLIT_RE.split(lx.fold(text or "")):
        if word and word not in _STOP:
            words.add(word)
            words.update(part for part in word.split("-") if part and part not in _STOP)
    return frozenset(words)
