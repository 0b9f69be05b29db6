"""Resolve stage: turn speaker expressions into the article's speakers.

A small discourse model read in text order: named people and bodies become entities;
"M. Lavrov" finds the entity with that surname (typos tolerated), "il"/"elle" the latest
salient entity of that gender, "la diplomate"/"le ministre russe" the latest one holding a
compatible role, "l'agence"/"le groupe" the latest body of that kind.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .clauses import Introduction, Statement
from .entities import (Entity, abbreviates, acronym_leads, as_said, attribution, gender_fits, held_role_reference,
                       holds_role, in_full, known_by_given_name, learn, lone_word, may_be_body, rank_fits)
from .mentions import Mention
from .model import ExtractedQuote
from .names import (TITLE_ARTICLE_RE, birth_names, close, given_fits, hyphenless, initialled, name_key,
                    name_parts, strip_article, surname_fits)
from .roles import (is_epithet, is_epithet_role, no_office, role_reference, role_words, roles_agree, same_institution,
                    was_once)

RECENT_FOR_LOOSE_ROLE = 3
RECENT_FOR_SALIENT_ROLE = 4
MAX_RECENT = 200  # salience further back than this many mentions is never used
NEXT_HOLDER_CHARS = 400  # a role's holder named this soon after it (about two sentences)
PLACE_CHARS = 200  # where a holder is named: the place a headline's role gave may be said just before
FORWARD_CHARS = 400  # a quotation with no speaker yet takes the one named this soon after it


def resolve_events(body: str, events: list[Statement | Introduction]) -> list[ExtractedQuote]:
    """Resolve every statement's speaker; drop those that point to nobody."""
    discourse = Discourse()
    resolved = []
    waiting: list[Statement] = []  # quotations that go on with a speaker not named yet
    plurals: list[Statement] = []  # "les syndicats …": resolved once every collective is known
    for event in sorted(events, key=lambda e: e.pos):
        if isinstance(event, Introduction):
            discourse.introduce(event)
        elif event.mention.how == "plural":
            plurals.append(event)
        else:
            found = discourse.resolve(event)
            if found is not None:
                outer = next((r for r in reversed(resolved) if r[0].start <= event.start < r[0].end), None)
                resolved.append((event, *found))
                if outer is not None and outer[1] is not found[0]:
                    # "Il rapporte que son général, X, lui a demandé de « … »": X speaks inside
                    # his words; whoever reports it is still the one the next "il" means
                    discourse.remember(outer[1])
            elif event.mention.how == "continuation":
                waiting.append(event)
        waiting = [w for w in waiting if event.pos - w.pos <= FORWARD_CHARS]
        if waiting and discourse.history and discourse.history[-1].kind == "person":
            # "il ne cachait pas sa déception : « … »" before anyone was named, then "Le coach a …"
            resolved.extend((w, discourse.history[-1], "continuation") for w in waiting)
            waiting = []
    for statement in plurals:
        entity = discourse.named_collective(statement.mention)
        if entity is not None:
            entity.spoke = True
            resolved.append((statement, entity, statement.how or "role"))
    holders = discourse.role_holders(body)
    resolved = [r for r in resolved if not _named_after(discourse, holders, *r)]
    quotes = [_to_quote(body, statement, holders.get(entity, entity), how) for statement, entity, how in resolved]
    return _without_repeats(body, sorted(quotes, key=lambda q: (q.start, q.end)))


def _named_after(discourse: "Discourse", holders: dict, statement: Statement, entity: "Entity", how: str) -> bool:
    """A lone quotation given to a bare role ("la ministre … « … »") while the article named
    nobody yet: once a person is named after it and does not hold the role, it is unknown whose."""
    if statement.mention.how != "subject" or entity.full or entity in holders:
        return False
    return any(e.kind == "person" and e.full and e.first_pos > statement.pos for e in discourse.entities)


def _without_repeats(body: str, quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """A paragraph a page repeats word for word (a lead above its body, a pull quote) says its
    statements once: the first occurrence stays. The same words in different paragraphs stay."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for quote in quotes:
        start, end = body.rfind("\n", 0, quote.start) + 1, body.find("\n", quote.end)
        paragraph = body[start:end if end >= 0 else len(body)]
        key = (quote.speaker, quote.text, " ".join(paragraph.split()))
        if key not in seen:
            seen.add(key)
            kept.append(quote)
    return kept


def _to_quote(body: str, statement: Statement, entity: Entity, how: str) -> ExtractedQuote:
    return ExtractedQuote(  # names keep no line breaks or no-break spaces: "Paul\xa0Roy" is "Paul Roy"
        speaker=_spaced(entity.name), kind=entity.kind, role=entity.role and _spaced(entity.role),
        aliases=tuple(dict.fromkeys(_spaced(a) for a in entity.aliases)),
        text=body[statement.start:statement.end], direct=statement.direct, verb=statement.verb,
        start=statement.start, end=statement.end, attribution=how)


def _spaced(text: str) -> str:
    return " ".join(text.split())


class Discourse:
    """Entities met so far and the order in which they were last salient."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.history: list[Entity] = []
        self.mentioned: list[Entity] = []  # every naming, salient or not: "ce dernier" looks here
        self.named_person_salient = False
        self.interviewee: Entity | None = None
        self.issuer: Entity | None = None  # who put out the document last put out or quoted

    def introduce(self, intro: Introduction) -> None:
        mention = intro.mention
        if mention.how in ("pronoun", "latest", "continuation", "subject", "answer", "document", "they", "plural"):
            # "Il a réagi." names nobody new: the person it points to stays the one talked about
            entity = self._by_pronoun(mention.gender, False) if mention.how == "pronoun" else None
            if entity is not None:
                self.remember(entity)
            return
        if mention.how == "role" and mention.name is None:
            # in an article about someone never named, a role subject may speak next ("Le coach
            # a pointé … :"); once a person is named, descriptions of them must not compete
            create = intro.salient and not mention.anonymous and mention.head not in lx.NON_REFERRING_ROLES \
                and not self.named_person_salient
            entity = self._by_role(mention, create=create)
        else:
            entity = self._lookup(mention, subject=intro.salient)
        if entity is not None and not intro.salient:
            self.mentioned.append(entity)
            if len(self.mentioned) > 2 * MAX_RECENT:
                del self.mentioned[:-MAX_RECENT]
        if entity is not None and intro.salient:
            self.remember(entity)
            if intro.issued:
                self.issuer = entity

    def resolve(self, statement: Statement) -> tuple[Entity, str] | None:
        mention = statement.mention
        how = statement.how
        if mention.how == "pronoun":
            entity = self._by_pronoun(mention.gender, statement.lemma in lx.CONTINUING_LEMMAS)
        elif mention.how == "latest":
            entity = next((e for e in reversed(self.mentioned) if e.kind == "person"
                           and gender_fits(e.gender, mention.gender)), None)
        elif mention.how == "continuation":
            entity = self.history[-1] if self.history else None
        elif mention.how == "subject":
            # a bare role may be someone named next, unless the article names nobody ("le coach")
            last = self.history[-1] if self.history else None
            entity = last if last is not None and (last.full or not self.named_person_salient) else None
        elif mention.how == "document":
            entity = self._issuer()
            self.issuer = entity  # "Le texte précise …" goes on with the same document
        elif mention.how == "they":
            entity = next((e for e in reversed(self.history[-RECENT_FOR_SALIENT_ROLE:]) if e.collective), None)
        elif mention.how == "answer":
            # one interview, one interviewee: a name in an answer does not take the next answers
            entity = self.interviewee = self.interviewee or self._latest_named() or self._latest_person()
        elif mention.how == "role" and mention.name is None and mention.possessive and mention.head in _SPOKESPEOPLE:
            # "a fait savoir son porte-parole": the body just talked about speaks through its voice
            entity = next((e for e in reversed(self.history[-RECENT_FOR_SALIENT_ROLE:]) if e.kind == "organisation"),
                          None) or self._by_role(mention, create=True)
        elif mention.how == "role" and mention.name is None:
            entity = self._continuing(mention, statement) or self._by_role(mention, create=True)
        else:
            entity = self._lookup(mention)
        if entity is None:
            return None
        entity.spoke = True
        entity.replied = entity.replied or statement.lemma in _REPLYING
        self.remember(entity)
        return entity, how or attribution(mention, entity)

    def remember(self, entity: Entity) -> None:
        """Salient now. Only recent salience matters: the lists stay short on a book-length text."""
        self.history.append(entity)
        self.mentioned.append(entity)
        self.named_person_salient = self.named_person_salient or (entity.kind == "person" and entity.full)
        for pool in (self.history, self.mentioned):
            if len(pool) > 2 * MAX_RECENT:
                del pool[:-MAX_RECENT]

    # ------------------------------------------------------------------ named
    def _lookup(self, mention: Mention, subject: bool = True) -> Entity | None:
        if mention.how == "body":
            entity = self._body_by_phrase(mention, subject)
        elif mention.kind == "organisation":
            entity = self._org_by_name(mention)
        else:
            entity = self._person_by_name(mention)
        if entity is not None:
            learn(entity, mention)
        return entity

    def _person_by_name(self, mention: Mention) -> Entity:
        given, surname, words = name_parts(mention.name or "")
        spelled = hyphenless(mention.name)
        for entity in reversed(self.entities):
            if entity.kind == "person" and entity.full and (hyphenless(entity.name) == spelled
                                                            or initialled(mention.name or "", entity.name)):
                return entity  # "Michel Ange Louis Jeune" is "Michel-Ange Louis Jeune"; "T. T. Pham" "Thu Trang Pham"
        if len(spelled.split()) >= 2:
            for entity in reversed(self.entities):
                if entity.kind == "person" and entity.full and hyphenless(entity.surname) == spelled:
                    return entity  # "Mme Owusu Mensah" after "Abena Owusu-Mensah"
            if words[0] in _FAMILY_NAME_OPENERS:
                for entity in reversed(self.entities):  # "M. Ould Cheikhna" after "Sidi Ahmed Ould Cheikhna"
                    if entity.kind == "person" and entity.full and gender_fits(entity.gender, mention.gender) \
                            and hyphenless(entity.name).endswith(" " + spelled):
                        return entity
        for entity in reversed(self.entities):
            if entity.kind != "person" or not gender_fits(entity.gender, mention.gender):
                continue
            if given and entity.full and given_fits(entity.given, given) and surname_fits(entity.surname, surname):
                if entity.name.isupper() and not (mention.name or "").isupper():
                    entity.name = mention.name  # "SIBETH NDIAYE" (a transcript label) → "Sibeth NDIAYE"
                if len(birth_names(surname)) > len(birth_names(entity.surname)):
                    entity.name, entity.surname = mention.name, surname  # now known by both names
                if "." in entity.given and "." not in given:
                    entity.name, entity.given = mention.name, given  # "G. Flosse" is now "Gaston Flosse"
                return entity
            if given and entity.full and len(words) >= 3 and close(spelled, hyphenless(entity.name)):
                return entity  # "Cheick Tidiane Ndiaye" is "Cheikh Tidiane Ndiaye": a typo in a long name
            if given and not entity.full and surname_fits(entity.surname, surname):
                entity.name, entity.full, entity.given, entity.surname = mention.name, True, given, surname
                return entity
            if not given and entity.surname and (surname_fits(entity.surname, surname)
                                                 or surname in name_parts(entity.name)[2]):
                return entity
        if mention.how == "name" and not given and len(words) == 1:  # a title says a person: "M. Renault"
            key = name_key(mention.name)
            body = next((e for e in reversed(self.entities) if e.kind == "organisation" and key in e.keys), None)
            if body is not None:
                return body  # "l'institut Opinia" … "selon un sondage Opinia": the body, named again
        return self._create("person", mention.name, bool(given), mention, given=given, surname=surname)

    def _org_by_name(self, mention: Mention) -> Entity:
        keys = {name_key(mention.name)} | ({name_key(mention.acronym)} if mention.acronym else set())
        for entity in reversed(self.entities):
            if entity.kind == "organisation" and (keys & entity.keys or acronym_leads(mention.name, entity.name)):
                if mention.name and TITLE_ARTICLE_RE.sub("", mention.name) == entity.name:
                    entity.name = mention.name  # "Le Courrier de l'Aunis" is the paper's title, article and all
                return entity
        for entity in reversed(self.entities):
            if entity.kind == "organisation" and (abbreviates(mention.name, entity)
                                                  or acronym_leads(entity.name, mention.name)):
                return in_full(entity, mention)  # "l'ARS" … "l'Agence régionale de santé"; "la CGT" … "la CGT Vauclair"
        for entity in reversed(self.entities):
            if entity.kind == "person" and not entity.role and entity.gender is None \
                    and name_key(mention.name) in entity.keys:
                entity.kind = "organisation"  # a bare name first read as a person, now shown to be a body
                return entity
        return self._same_institution(mention) or self._create("organisation", strip_article(mention.name), True,
                                                               mention)

    def _body_by_phrase(self, mention: Mention, subject: bool = True) -> Entity:
        key = name_key(mention.name)
        modifiers = role_words(mention.name) - {mention.head}
        for entity in reversed(self.entities):
            if entity.kind == "organisation" and (key in entity.keys
                                                  or mention.acronym and name_key(mention.acronym) in entity.keys):
                return entity
        for entity in reversed(self.entities):
            if entity.kind == "organisation" and abbreviates(mention.name, entity):
                return in_full(entity, mention)
        for entity in reversed(self.entities):
            if entity.kind == "organisation" and entity.head == mention.head and modifiers <= role_words(
                    f"{entity.name} {entity.role or ''}"):
                return entity
        same_head = [e for e in self.entities if e.kind == "organisation" and e.head == mention.head]
        if modifiers and len(same_head) == 1 and not same_head[0].full \
                and not role_words(same_head[0].name) - {mention.head}:
            entity = same_head[0]  # "la préfecture demande …" then "la préfecture de La Réunion": now named
            entity.name = mention.name or entity.name
            return entity
        epithet = is_epithet(mention) and not mention.possessive
        bare = role_words(mention.name) <= {mention.head} and not mention.possessive  # "la gendarmerie"
        named = self._body_named_as(mention.head or "") if epithet or bare else None
        if named is not None:
            return named
        if epithet:
            for entity in reversed(self.history):
                # only an epithet that acts ("L'organisation rappelle") shows a name to be a body's;
                # "le parti du « soleil levant »" in passing says nothing of the person before it
                if entity.kind == "organisation" or subject and may_be_body(entity):
                    entity.kind = "organisation"  # "Pro Natura … L'organisation rappelle"
                    return entity
        return self._same_institution(mention) or self._create("organisation", mention.name, False, mention)

    def _body_named_as(self, head: str) -> Entity | None:
        """ "le syndicat" after "l'Union syndicale des dockers (USDH)", "l'hebdomadaire" after
        "Foot Hebdo": the recent body, subject or named in passing, whose name says it is one."""
        stem = head if len(head) <= 5 else head[:-1]
        for entity in [*reversed(self.history[-RECENT_FOR_SALIENT_ROLE:]),
                       *reversed(self.mentioned[-RECENT_FOR_SALIENT_ROLE:])]:
            words = re.split(r"[\s'-]+", lx.fold(entity.name))
            if (entity.kind == "organisation" or may_be_body(entity)) and len(words) >= 2 \
                    and any(w.startswith(stem) or len(w) >= 5 and stem.startswith(w) for w in words):
                entity.kind = "organisation"
                return entity
        return None

    def _same_institution(self, mention: Mention) -> Entity | None:
        """ "le Quai d'Orsay" after "le ministère des Affaires étrangères", "la présidence de la
        République" after "l'Élysée": the body named before under its other name."""
        for entity in reversed(self.entities):
            if entity.kind == "organisation" and any(same_institution(mention.name, name)
                                                     for name in (entity.name, *entity.aliases)):
                entity.add_alias(strip_article(mention.name))
                entity.head = mention.head or entity.head  # "le Quai d'Orsay" … "le ministère" is it too
                return entity
        return None

    def _create(self, kind: str, name: str | None, full: bool, mention: Mention, given: str = "",
                surname: str = "") -> Entity:
        entity = Entity(kind, name or "", full, head=mention.head, given=given, surname=surname,
                        collective=mention.collective, first_pos=mention.start)
        if kind == "person" and not surname:
            entity.surname = name_parts(name or "")[1]
        self.entities.append(entity)
        return entity

    # ------------------------------------------------------------------ references
    def _by_pronoun(self, gender: str | None, continuing: bool) -> Entity | None:
        passes = (True, False) if continuing else (False,)
        for spoken_only in passes:
            fallback = None
            for entity in reversed(self.history):
                if spoken_only and not entity.spoke:
                    continue
                if entity.gender == gender:
                    return entity
                if entity.gender is None and entity.kind == "person" and (entity.full or entity.role):
                    # "Jafar Panahi …, a-t-il dit", "le porte-parole … a détaillé. « … », a-t-il
                    # déclaré": a name or a role of no known gender, before any body
                    entity.gender = gender
                    return entity
                if entity.gender is None and fallback is None:
                    fallback = entity
            if fallback is not None:
                fallback.gender = gender  # learnt from the pronoun
                return fallback
        for entity in reversed(self.entities):  # named earlier, but never as a subject
            if entity.gender == gender:
                return entity
        return None

    def _salient_named_person(self, mention: Mention) -> Entity | None:
        """ "l'actrice", "le Souverain", "le nouveau maire" with nobody holding that role: the
        person the last sentences are about, as a pronoun would be, unless their known role
        says otherwise or an earlier one's role fits better."""
        by_age = _by_age(mention)
        if mention.anonymous or mention.head in lx.NON_REFERRING_ROLES and not by_age:
            return None  # "le septuagénaire", unlike "l'homme" or "un habitant", means who was just named
        gender = mention.gender or _SEXED.get(mention.head or "")
        recent = []
        for entity in reversed(self.history[-RECENT_FOR_SALIENT_ROLE:]):
            if entity.kind == "person" and (entity.full or known_by_given_name(entity)) and entity not in recent \
                    and gender_fits(entity.gender, gender):
                recent.append(entity)
        agreeing = [e for e in recent if (e.role or e.office) and roles_agree(e.role or e.office, mention)]
        if agreeing:
            return agreeing[0]
        if recent and (was_once(mention.role or "") or mention.demonstrative or by_age):
            return recent[0]  # "…, a déclaré l'ancien Premier ministre": background on who just spoke
        return recent[0] if recent and no_office(recent[0].role) and recent[0].office is None else None

    def _only_one_mentioned(self, mention: Mention) -> Entity | None:
        """ "« Les Saules », du Hongrois Bálint Szőke-Varga, … « … », a confié le cinéaste": no one
        holds the role and nobody is being talked about, but the last sentences named one person
        of that gender, with no office that says otherwise: the role describes them."""
        if mention.anonymous or mention.head in lx.NON_REFERRING_ROLES:
            return None
        recent = {e for e in self.mentioned[-RECENT_FOR_SALIENT_ROLE:] if e.kind == "person" and e.full
                  and gender_fits(e.gender, mention.gender)}
        if len(recent) != 1:
            return None
        person = next(iter(recent))
        return person if not person.spoke and (no_office(person.role) or is_epithet_role(person.role)) else None

    def role_holders(self, body: str) -> dict[Entity, Entity]:
        """Role records that a person named later turns out to hold ("le ministre … Gérald
        Darmanin, ministre de l'Intérieur"): each maps to that one person."""
        holders: dict[Entity, Entity] = {}
        for entity in self.entities:
            if entity.full or entity.kind != "person" or not entity.role or not entity.spoke:
                continue
            compatible, adjectives, complements = held_role_reference(entity)
            named = [e for e in self.entities if e.full and e.kind == "person" and e.role
                     and holds_role(e, entity.gender, compatible, adjectives | complements)]
            if not named and complements:
                # "la maire de Saint-Ferréol s'insurge" (a headline), then "À Saint-Ferréol-des-
                # Maures, … la maire Josiane Barral-Fenouil": the one holder whose role names no
                # other place, named where the role's place is
                named = [e for e in self.entities if e.full and e.kind == "person" and e.role
                         and not held_role_reference(e)[2]
                         and holds_role(e, entity.gender, compatible, adjectives)
                         and _word_parts(complements) <= _word_parts(role_words(_sentence_before(body, e.first_pos)))]
            if len(named) == 1:
                holders[entity] = named[0]
            elif not named:
                introduced = self._introduced_next(entity) or self._titled_holder(entity)
                if introduced is not None:
                    holders[entity] = introduced
        for role, person in holders.items():
            person.role = person.role or role.role  # "le ministre des Enseignements secondaires" is his office
        return holders

    def _named_since(self, role: Entity, mention: Mention) -> Entity | None:
        """ "Le ministre de la Communication a lu le communiqué. … Amadou Kouadio-Brou a défendu
        … « … », a martelé le ministre": the role record no one was named for, said again right
        after a person of no known office spoke, is that person."""
        last = self.history[-1] if self.history else None
        if role.full or last is None or last is role or last.kind != "person" or not last.full or not last.spoke \
                or not no_office(last.role) or last.office is not None or last.first_pos < role.first_pos \
                or not gender_fits(last.gender, mention.gender) or role.spoke:
            return None
        last.describe(mention.role)
        return last

    def _titled_holder(self, role: Entity) -> Entity | None:
        """ "Mgr Bertrand Willemin" … "l'évêque de Belfort-Montbéliard a dénoncé …": the one
        person whose title implies an office that agrees with the role record's."""
        titled = [e for e in self.entities if e.kind == "person" and e.full and e.role is None and e.office
                  and gender_fits(e.gender, role.gender) and roles_agree(e.office, as_said(role))]
        return titled[0] if len(titled) == 1 else None

    def _introduced_next(self, role: Entity) -> Entity | None:
        """ "Le haut représentant de l'UE a condamné … Josep Borrell a appelé …": the person
        named for the first time right after a role record, with no role of their own or one that
        fits it ("le commandant … Le chef d'escadron Karim Roy"), holds it."""
        later = self.entities[self.entities.index(role) + 1:]
        person = next((e for e in later if e.kind == "person"), None)
        if person is None or not person.full or not person.spoke or person.replied \
                or person.role and not rank_fits(role, person) and not was_once(person.role) \
                or not gender_fits(person.gender, role.gender) \
                or person.first_pos - role.first_pos > NEXT_HOLDER_CHARS:
            return None  # "Le procureur a dit … « C'est faux », a répondu Paul Roy": someone else
        return person

    def named_collective(self, mention: Mention) -> Entity | None:
        """The one collective of that head the article names ("les syndicats FO et CGT"),
        before or after "les syndicats"; none when it names several or none."""
        found = [e for e in self.entities if e.kind == "organisation" and e.collective and e.head == mention.head]
        return found[0] if len(found) == 1 else None

    def _issuer(self) -> Entity | None:
        """Who issued "le communiqué": who was just said to put one out, else the latest body
        among the recent speakers and subjects, else the latest person named in full."""
        recent = self.history[-RECENT_FOR_SALIENT_ROLE:]
        if self.issuer in recent:
            return self.issuer
        for entity in reversed(recent):
            if entity.kind == "organisation" or entity.spoke and (may_be_body(entity) or lone_word(entity)):
                entity.kind = "organisation"  # "Rendevo indique …. Le communiqué précise …": a body
                return entity
        for entity in reversed(recent):
            if entity.full:
                return entity
        return None

    def _latest_named(self) -> Entity | None:
        """The person last named, speaking or not: "Trois questions à Marie Lenoir"."""
        return next((e for e in reversed(self.mentioned) if e.kind == "person" and e.full), None)

    def _latest_person(self) -> Entity | None:
        for pool in (self.history, self.entities):
            for entity in reversed(pool):
                if entity.kind == "person":
                    return entity
        return None

    def _continuing(self, mention: Mention, statement: Statement) -> Entity | None:
        """ "« … », a-t-il déploré. Le défenseur des droits humains a ajouté que …": a verb that
        goes on (ajouter, poursuivre) with a description of no one else keeps the last speaker."""
        last = self.history[-1] if self.history else None
        if statement.lemma not in lx.CONTINUING_LEMMAS or last is None or last.kind != "person" or not last.full \
                or not last.spoke or mention.anonymous or mention.possessive \
                or not gender_fits(last.gender, mention.gender):
            return None
        compatible, adjectives, complements = role_reference(mention)
        held_by_another = any(e is not last and holds_role(e, mention.gender, compatible, adjectives | complements)
                              for e in self.entities) if compatible else False
        return None if held_by_another else last

    def _by_role(self, mention: Mention, create: bool) -> Entity | None:
        """Strictest reading first: every modifier matches, then only the complements
        ("du tribunal" identifies, "italien" may be news), then any recent compatible role."""
        compatible, adjectives, complements = role_reference(mention)
        if compatible:
            recent = self.history[-RECENT_FOR_LOOSE_ROLE:]
            epithet = (mention.head or "") in lx.DEMONYMS or (mention.head or "") in lx.EPITHETS
            loose = frozenset({"*"}) if epithet else compatible
            passes = ((self.history, compatible, adjectives | complements),
                      (self.entities, compatible, adjectives | complements),
                      (self.history + self.entities, compatible, complements),
                      (recent, loose, set()))
            for pool, allowed, modifiers in passes:
                for entity in reversed(pool):
                    if holds_role(entity, mention.gender, allowed, modifiers):
                        return self._named_since(entity, mention) or entity
        named = self._salient_named_person(mention) or self._only_one_mentioned(mention)
        if named is not None and named.role is None and not was_once(mention.role or "") \
                and not is_epithet_role(mention.role):
            named.describe(mention.role)  # "La ministre" said again means her too
        if named is not None or not create:
            return named
        entity = self._create("person", strip_article(mention.role), False, mention)
        entity.role, entity.gender, entity.surname = mention.role, mention.gender, ""
        entity.add_alias(mention.role)
        return entity


_AGES = lx.folded_set("trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire")
_SEXED = {"homme": "m", "garcon": "m", "femme": "f", "fille": "f"}
_SPOKESPEOPLE = frozenset({"porte-parole", "porte-voix", "representant", "representante"})
_REPLYING = frozenset({"répondre", "répliquer", "rétorquer", "riposter", "objecter", "contester", "démentir",
                       "réagir", "nier"})


_FAMILY_NAME_OPENERS = lx.PATRONYMIC_LINKS | lx.NAME_PARTICLES  # "Ould Cheikhna", "von der Leyen"


def _by_age(mention: Mention) -> bool:
    """ "le septuagénaire", "la jeune femme": someone described by their age, as one describes who was
    just named; "l'homme" or "une jeune femme" alone may be anyone."""
    return mention.head in _AGES or not mention.anonymous and lx.fold(mention.role or "").startswith("jeune ") \
        and mention.head in _SEXED


def _sentence_before(body: str, pos: int) -> str:
    """The words before `pos` in its sentence (at most PLACE_CHARS of them)."""
    window = body[max(0, pos - PLACE_CHARS):pos]
    cut = max(window.rfind("\n"), window.rfind(". "), window.rfind("! "), window.rfind("? "))
    return window[cut + 1:]


def _word_parts(words: set[str]) -> set[str]:
    """ "saint-ferreol" → "saint", "ferreol": a place's name inside a longer one's."""
    return {part for word in words for part in word.split("-") if part}


