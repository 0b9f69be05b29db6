"""The article's speakers as the resolver knows them, and what a mention tells of them.

An `Entity` is one person or body: its name, the aliases it was called by, its role and gender.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon as lx
from .mentions import Mention
from .names import initials, name_key, strip_article
from .roles import before_complement, role_fits, role_reference, role_words


@dataclass(eq=False)
class Entity:
    kind: str
    name: str
    full: bool                      # a full personal name, or a body's proper name
    role: str | None = None
    gender: str | None = None
    head: str | None = None
    given: str = ""
    surname: str = ""
    aliases: list[str] = field(default_factory=list)
    spoke: bool = False
    collective: bool = False        # named in the plural: "ils" may point to it
    first_pos: int = 0              # where the article first names it
    replied: bool = False           # answered someone ("a répondu", "a rétorqué")
    office: str | None = None       # implied by a title ("Me" → "avocat"), for reference only
    described: list[str] = field(default_factory=list)  # roles that referred to them, never their office

    def describe(self, role: str | None) -> None:
        if role and role not in self.described:
            self.described.append(role)

    def add_alias(self, surface: str | None) -> None:
        if surface and surface not in self.aliases:
            self.aliases.append(surface)

    @property
    def keys(self) -> set[str]:
        return {name_key(a) for a in self.aliases} | {name_key(self.name)}

    @property
    def role_words(self) -> set[str]:
        return role_words(self.role)


def gender_fits(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def holds_role(entity: Entity, gender: str | None, compatible: frozenset[str], modifiers: set[str]) -> bool:
    if entity.kind != "person" or not gender_fits(entity.gender, gender):
        return False
    if "*" in compatible:
        return not modifiers or modifiers <= entity.role_words
    return any(role_fits(role, compatible, modifiers) for role in [entity.role, *entity.described] if role)


def held_role_reference(entity: Entity) -> tuple[frozenset[str], set[str], set[str]]:
    """role_reference of the role an entity is known by, as if it were said again."""
    return role_reference(as_said(entity))


def as_said(entity: Entity) -> Mention:
    """The role an entity is known by, as a mention of it."""
    return Mention(0, 0, "role", "person", role=entity.role, head=entity.head)


def rank_fits(role: Entity, person: Entity) -> bool:
    """ "le commandant de la compagnie de Die" … "le chef d'escadron X": another title for the
    same rank, so the same officer; "le maire de Paris" … "le maire X" (of Lyon) is another."""
    compatible, _, complements = held_role_reference(role)
    if not holds_role(person, role.gender, compatible, set()):
        return False
    same_title = role_words(before_complement(lx.fold(person.role or ""))) >= {role.head or ""}
    return not same_title or complements <= person.role_words


def known_by_given_name(entity: Entity) -> bool:
    """ "Sa meilleure amie, Lola, …": all the article calls her, as good as a full name."""
    return " " not in entity.name and lx.fold(entity.name) in lx.GIVEN_NAMES


def lone_word(entity: Entity) -> bool:
    """ "Rendevo": one capitalised word, no given name, title, role or gender: a person or a body."""
    return entity.kind == "person" and " " not in entity.name and entity.role is None and entity.gender is None \
        and entity.office is None and lx.fold(entity.name) not in lx.GIVEN_NAMES


def may_be_body(entity: Entity) -> bool:
    """A capitalised name we took for a person but nothing showed to be one."""
    return (entity.kind == "person" and entity.full and entity.role is None and entity.gender is None
            and entity.given not in lx.GIVEN_NAMES)


def attribution(mention: Mention, entity: Entity) -> str:
    if mention.how == "body":
        return "name" if name_key(mention.name) in entity.keys else "role"
    if mention.how in ("name", "title", "pronoun", "role"):
        return mention.how
    return "name"


def learn(entity: Entity, mention: Mention) -> None:
    """Keep what a naming mention tells: its surface form, role, gender, acronym."""
    if mention.how != "body" or not entity.full:
        entity.add_alias(strip_article(mention.surface) if mention.kind == "organisation" else mention.surface)
    if mention.acronym:
        entity.add_alias(mention.acronym)
    if entity.role is None and mention.role:
        entity.role = mention.role
    if entity.office is None and mention.office:
        entity.office = mention.office
    if entity.gender is None and mention.gender:
        entity.gender = mention.gender
    if entity.head is None and mention.head:
        entity.head = mention.head


def acronym_leads(name: str | None, longer: str | None) -> bool:
    """ "l'ARS" and "l'ARS Normandie", "la CGT" and "la CGT Vauclair": the acronym opens the
    other name (the latest one named, when another region's health agency came before)."""
    short = (name or "").strip()
    return short.isupper() and 2 <= len(short) <= 6 and name_key(strip_article(longer)).split()[:1] == [name_key(short)]


def in_full(entity: Entity, mention: Mention) -> Entity:
    """ "le CO" … "le Castres Olympique": a body first named by its acronym takes its full name,
    as when the full name came first."""
    if entity.name.isupper() and not (mention.name or "").isupper():
        entity.add_alias(entity.name)
        entity.name = strip_article(mention.name)
    return entity


def abbreviates(name: str | None, entity: Entity) -> bool:
    """ "ARS" and "Agence régionale de santé", either way round: an acronym of the other's initials."""
    short = (name or "").strip()
    if short.isupper() and 2 <= len(short) <= 6 and short.isalpha():
        return any(initials(alias) == lx.fold(short) for alias in [entity.name, *entity.aliases])
    return initials(short) != "" and any(
        a.isupper() and lx.fold(a) == initials(short) for a in [entity.name, *entity.aliases])
