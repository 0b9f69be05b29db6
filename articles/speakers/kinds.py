"""A person or a body? Guessed from the words of a name."""

from __future__ import annotations

from collections.abc import Sequence

from .names import fold, strip_title


PERSON = "person"
ORGANISATION = "organisation"



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
