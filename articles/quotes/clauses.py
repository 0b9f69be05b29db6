"""Shared clause machinery of the find stage: the sentence view, statement records, the
attribution that follows reported words (", a déclaré jeudi le ministre X"), adverbial
skipping, "selon X" sources and subject search."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from . import lexicon as lx
from .mentions import Mention, parse_speaker, pronoun_mention, they_mention
from .name_runs import is_age, is_given_name
from .text import QuoteSpan, Sentence, Token
from .verbs import VerbMatch, is_inverted_pronoun_form, match_verb, may_start_verb


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})


COORDINATIONS = frozenset({"mais", "et", "puis", "or", "donc", "car", "tandis"})


_SUBORDINATORS = frozenset({"que", "qu'", "qui", "dont", "où", "si", "lorsque", "quand", "comme", "puisque"})


_TRAILING = " \t\n.;,…"


MIN_CONTENT_WORDS = 3


MAX_INCISE_TOKENS = 15
MAX_APPOSITION_TAIL = 6


MAX_SUBJECT_TOKENS = 40  # a subject, its apposition and an incise fit well within this


ANONYMOUS = "anonymous"
SPOKE, ASKED = "spoke", "asked"  # what the previous sentence did


@dataclass(frozen=True, slots=True)
class Statement:
    """Words attributed to a still-unresolved speaker expression."""
    pos: int            # where the attribution sits: orders resolution
    start: int          # the quoted/reported text: body[start:end]
    end: int
    direct: bool
    verb: str
    lemma: str
    mention: Mention
    how: str | None = None  # "according_to", "transcript", "continuation"; else mention.how


@dataclass(frozen=True, slots=True)
class Introduction:
    """Someone named without speaking (yet): registers name, role, gender."""
    pos: int
    mention: Mention
    salient: bool       # grammatical subject of its sentence: pronouns may point to it
    issued: bool = False  # the subject of "a publié un communiqué": "le communiqué" is theirs


class SentenceView:
    """One sentence with its tokens and quotations, and lookups computed once."""

    def __init__(self, body: str, tokens: list[Token], quotes: list[QuoteSpan], span: Sentence) -> None:
        self.body, self.tokens, self.quotes, self.span = body, tokens, quotes, span
        self._starts = [t.start for t in tokens]
        self._quoted: set[int] = set()
        for quote in quotes:
            first, last = bisect_left(self._starts, quote.open), bisect_left(self._starts, quote.close + 1)
            self._quoted.update(id(t) for t in tokens[first:last])
        self.verb_starts = [n for n, t in enumerate(tokens) if may_start_verb(t)]
        self.clause_starts = _find_clause_starts(tokens, self._quoted)

    def words_between(self, i: int, j: int) -> int:
        return sum(1 for t in self.tokens[i:j] if t.is_word)

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect_left(self._starts, pos)

    def in_quote(self, token: Token) -> bool:
        return id(token) in self._quoted

    def text_span(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Trim spaces and trailing punctuation from body[start:end] (end = sentence end)."""
        end = self.span.end if end is None else end
        while end > start and self.body[end - 1] in _TRAILING:
            end -= 1
        while start < end and self.body[start].isspace():
            start += 1
        return start, end


def verb_in(ctx: SentenceView, i: int, limit: int) -> VerbMatch | None:
    for k in range(i, limit):
        verb = match_verb(ctx.tokens, k, limit, ctx.body)
        if verb is not None and not verb.negated:
            return verb
    return None


def looks_verbal(tokens: list[Token], i: int, limit: int) -> bool:
    """After a subject, a clause goes on with a lower-case word (its verb): "conteste tout délit",
    also past a dashed incise ("Nathalie Gagnon — aucun lien avec elle — enseigne")."""
    if i < limit and tokens[i].low in _INCISE_CLOSERS:
        closer = _INCISE_CLOSERS[tokens[i].low]
        end = next((n for n in range(i + 1, min(i + MAX_INCISE_TOKENS, limit)) if tokens[n].low in closer), None)
        incise = tokens[i + 1:end] if end is not None else []
        # words, not a score line ("Lorient – Brest | 2 – 1")
        if not any(t.is_word and not t.is_cap for t in incise) or any(not t.is_word and t.low not in (",", "'")
                                                                      for t in incise):
            return False
        i = end + 1
    elif i + 2 < limit and tokens[i].low == "(":
        end = next((n for n in range(i + 1, min(i + MAX_LABEL_TOKENS + 2, limit)) if tokens[n].low == ")"), None)
        if end is not None and all(t.is_word or t.low in ("-", "&", "/") for t in tokens[i + 1:end]):
            i = end + 1  # "le formateur Koen De Smedt (N-VA) a voulu", "Paul Roy (divers gauche) a dit"
    if i < limit and tokens[i].low == "," and is_age(tokens, i + 1, limit):
        i += 3  # "le bijoutier Hervé Ponsard, 61 ans, est encore sous le choc"
    if i < limit and tokens[i].low == ",":
        i += 1
        if i + 1 < limit and tokens[i].low in ("le", "du") and tokens[i + 1].text[:1].isdigit():
            return False  # "Kinshasa, le 21 octobre 2024 – …": a dateline's place, no subject
    return i < limit and tokens[i].is_word and not tokens[i].is_cap and not tokens[i].text[:1].isdigit()


_INCISE_CLOSERS = {"—": ("—",), "–": ("–",)}
MAX_LABEL_TOKENS = 4  # a party or age in brackets after a name


def attribution_after(ctx: SentenceView, k: int, after_quote: bool = False):
    """Parse ", a déclaré lundi le ministre X" / ", a-t-il dit" / ", selon X" starting at k.

    Returns (mention, verb_text, lemma, end_index, how), ANONYMOUS, or None.
    """
    tokens = ctx.tokens
    if k >= len(tokens):
        return None
    skip = according_opener(tokens, k)
    if skip:
        source = parse_source(ctx, k + skip, len(tokens))
        if source is None or source == ANONYMOUS:
            return source
        verb = ctx.body[tokens[k].start:tokens[k + skip - 1].end]
        return source[0], verb, "", source[1], "according_to"
    read = _read_in_document(ctx, k)
    if read is not None:
        return read
    if tokens[k].low in _ADDRESSEE_CLITICS and k + 1 < len(tokens):
        k += 1  # "« … », lui a lancé la juge", "nous confie-t-il", "m'explique Paul Girard"
    verb = match_verb(tokens, k, len(tokens), ctx.body)
    if verb is None and after_quote:
        verb = _unknown_incise_verb(ctx, k)
    if verb is None or verb.negated:
        return None
    if verb.pronoun is not None:
        if verb.pronoun in lx.PLURAL_PRONOUNS:  # "ont-ils ajouté": a body named in the plural, or nobody
            return they_mention(tokens[verb.end - 1], verb.pronoun), verb.text, verb.lemma, verb.end, None
        if verb.pronoun not in lx.SUBJECT_PRONOUNS:
            at = _on_at(ctx, verb.end) if verb.pronoun == "on" else None
            if at is not None:  # "« … », explique-t-on à la préfecture"
                return at[0], verb.text, verb.lemma, at[1], None
            return ANONYMOUS  # "a-t-on appris"
        mention = pronoun_mention(tokens[verb.end - 1], lx.SUBJECT_PRONOUNS[verb.pronoun])
        return mention, verb.text, verb.lemma, verb.end, None
    for j in adjunct_positions(tokens, verb.end, len(tokens)):
        parsed = parse_speaker(tokens, j, len(tokens), ctx.body)
        if parsed is None:
            continue
        if parsed[0].anonymous or parsed[0].plural:
            return ANONYMOUS
        return parsed[0], verb.text, verb.lemma, parsed[1], None
    return None


def according_opener(tokens: list[Token], k: int) -> int:
    """How many tokens "selon" (1) or "d'après" (2) take at k; 0 for anything else."""
    if tokens[k].low == "selon":
        return 1
    return 2 if tokens[k].low == "d'" and k + 1 < len(tokens) and tokens[k + 1].low == "après" else 0


_ADDRESSEE_CLITICS = frozenset({"lui", "leur", "nous", "vous", "m'", "me", "t'", "te"})


def _read_in_document(ctx: SentenceView, k: int):
    """ "…, peut-on lire dans le communiqué du ministère", "lit-on sur le site de X": the
    document's issuer speaks; "peut-on lire sur les réseaux sociaux" names nobody."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    n = k + 2 if tokens[k].low == "peut-on" and k + 1 < limit and tokens[k + 1].low == "lire" \
        else k + 1 if tokens[k].low == "lit-on" else None
    if n is None or n + 1 >= limit or tokens[n].low not in ("dans", "sur"):
        return None
    source = parse_source(ctx, n + 1, limit)
    if source is None or source == ANONYMOUS or source[0].plural or source[0].anonymous:
        return ANONYMOUS
    return source[0], ctx.body[tokens[k].start:tokens[n - 1].end], "lire", source[1], "according_to"


def _unknown_incise_verb(ctx: SentenceView, k: int) -> VerbMatch | None:
    """After « … », an unknown verb is still an incise when a pronoun or a person's name
    follows it: "« … », s'enthousiasme Maëlle", "« … », a-t-il éludé"."""
    tokens = ctx.tokens
    if is_inverted_pronoun_form(tokens[k]):
        end = k + 1
        head = tokens[k].low.split("-")[0]
        if head in lx.AUXILIARIES and end < len(tokens) and tokens[end].is_word and not tokens[end].is_cap:
            end += 1  # "avait-il diffusé"
        return VerbMatch(k, end, "", (), tokens[k].low.rsplit("-", 1)[1], ctx.body[tokens[k].start:tokens[end - 1].end])
    j = k + 1 if tokens[k].low in ("s'", "se") or tokens[k].low in lx.AUXILIARIES else k
    if j + 1 >= len(tokens) or not tokens[j].is_word or tokens[j].is_cap or tokens[j].low in lx.PREPOSITIONS \
            or tokens[j].low in lx.ROLE_BREAKERS or starts_noun_phrase(tokens[j]):
        return None
    parsed = parse_speaker(tokens, j + 1, len(tokens), ctx.body)
    if parsed is None or parsed[0].kind != "person" or parsed[0].name is None:
        return None
    return VerbMatch(k, j + 1, "", (), None, ctx.body[tokens[k].start:tokens[j].end])


def adjunct_positions(tokens: list[Token], j: int, limit: int, budget: int = 12):
    """Yield j, then each position after an adverbial: "jeudi", "à l'AFP", "lors d'une réunion"."""
    start = j
    yield j
    while j < limit and j - start < budget:
        token = tokens[j]
        sequence = _adverb_sequence(tokens, j, limit)
        if sequence:
            j += sequence
        elif token.low == "," or token.low in lx.SENTENCE_ADVERBS or token.fold in lx.TIME_WORDS \
                or token.text.isdigit() or (token.low.endswith("ment") and not token.is_cap):
            j += 1
        elif token.low in ("la", "le", "ce", "cette", "l'") and j + 1 < limit and tokens[j + 1].fold in lx.TIME_WORDS:
            j += 2
        elif token.low in lx.PREPOSITIONS and token.low != "selon":
            j = _skip_prepositional(tokens, j, limit)
        else:
            return
        yield j


_SEQUENCES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}


for _sequence in lx.ADVERB_SEQUENCES:
    _SEQUENCES_BY_FIRST.setdefault(_sequence[0], []).append(_sequence)


def _adverb_sequence(tokens: list[Token], j: int, limit: int) -> int:
    """Length of a multi-word adverbial at j ("de son côté", "par ailleurs"), else 0."""
    for sequence in _SEQUENCES_BY_FIRST.get(tokens[j].low, ()):
        end = j + len(sequence)
        if end <= limit and all(tokens[j + n].low == word for n, word in enumerate(sequence)):
            return len(sequence)
    return 0


_OTHER_DETERMINERS = frozenset({"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
                                "votre", "vos", "tout", "tous", "toute", "toutes"})


def _skip_prepositional(tokens: list[Token], j: int, limit: int) -> int:
    """Skip "à l'AFP", "lors d'une conférence de presse", "sur son réseau social"."""
    j += 1
    while j < limit and (tokens[j].low in lx.PREPOSITIONS or tokens[j].low in lx.DEFINITE_DETS
                         or tokens[j].low in lx.INDEFINITE_DETS or tokens[j].low in lx.POSSESSIVES
                         or tokens[j].low in ("ses", "ce", "cette", "leurs", "nos")):
        j += 1
    named = j < limit and tokens[j].is_cap
    if j < limit and tokens[j].is_word:
        j += 1
    while named and j < limit and tokens[j].is_cap and tokens[j].is_word and not is_given_name(tokens[j].fold) \
            and tokens[j].low not in lx.TITLES:
        j += 1  # "au micro de Radio Vallées le directeur": the station's name is all capitals
    while j < limit and _noun_goes_on(tokens, j, named):
        j += 1  # "lors d'une réunion publique"; but "à l'AFP assigner …" ends at the name
        if j + 1 < limit and tokens[j].low in ("de", "d'") and _noun_goes_on(tokens, j + 1, True):
            j += 1  # "lors d'une conférence de presse": a bare noun complements the noun
    return j


def _noun_goes_on(tokens: list[Token], j: int, named: bool) -> bool:
    """Whether the word at j still belongs to an adverbial's noun phrase (not a verb, a
    determiner or an infinitive: "lors de la réunion avoir reçu", "à l'AFP assigner")."""
    token = tokens[j]
    return token.is_word and not token.is_cap and token.low not in lx.ROLE_BREAKERS \
        and token.low not in lx.DEFINITE_DETS and token.low not in lx.PREPOSITIONS \
        and token.low not in lx.INDEFINITE_DETS and token.fold not in lx.FINITE \
        and token.low not in _OTHER_DETERMINERS and token.low not in ("avoir", "être") \
        and not (named and token.fold.endswith(("er", "ir", "re")))


def parse_source(ctx: SentenceView, i: int, limit: int):
    """The X of "selon X": a speaker, the body behind a document, or nobody.

    "selon lui" → pronoun; "selon les chiffres publiés par l'Insee" → Insee;
    "selon un sondage Elabe" → Elabe; "selon une étude", "selon nos informations" → None.
    """
    tokens = ctx.tokens
    if i >= limit:
        return None
    if tokens[i].low in lx.TONIC_PRONOUNS:
        return pronoun_mention(tokens[i], lx.TONIC_PRONOUNS[tokens[i].low]), i + 1
    if tokens[i].low == "ce" and i + 2 < limit and tokens[i + 1].low in ("que", "qu'"):
        said = attribution_after(ctx, i + 2)  # "selon ce que rapporte Le Devoir", "selon ce qu'a dit X"
        return (said[0], said[3]) if said is not None and said != ANONYMOUS else said
    doc = _document_at(tokens, i, limit)
    if doc is not None:
        if tokens[doc].fold == "source" and any(t.low in lx.INDEFINITE_DETS for t in tokens[i:doc]):
            return ANONYMOUS  # "selon une source au sein de l'administration": someone there, unnamed
        author = _document_author(ctx, doc, limit)
        if author is None and tokens[doc].fold in lx.ISSUED_DOCUMENTS and tokens[doc - 1].low in lx.DEFINITE_DETS \
                and (doc + 1 >= limit or tokens[doc + 1].low in (",", ".")):
            # "Selon le texte, …": whoever issued it, as for "précise le communiqué"
            return Mention(tokens[i].start, tokens[doc].end, "document", "organisation"), doc + 1
        return author
    issuer = _issued_by(ctx, i, limit)
    if issuer is not None:
        return issuer
    if tokens[i].low in ("nos", "notre", "des", "plusieurs", "certains", "certaines"):
        return ANONYMOUS
    parsed = parse_speaker(tokens, i, limit, ctx.body, contracted=tokens[i].low == "du")  # "aux yeux du juge"
    if parsed is None:
        return None
    if parsed[0].anonymous or parsed[0].plural and parsed[0].kind == "person":
        return ANONYMOUS
    return parsed


_PLURAL_PRE_ADJECTIVES = frozenset({"premiers", "premières", "derniers", "dernières", "nouveaux", "nouvelles",
                                    "principaux", "principales"})


# Participles that say who put a text out: "selon le bilan transmis lundi par la préfecture"
_ISSUING = lx.folded_set("publié publiée publiés publiées diffusé diffusée diffusés diffusées communiqué "
                     "communiquée communiqués communiquées transmis transmise transmises rendu rendue rendus rendues "
                     "établi établie établis établies dressé dressée dressés dressées fourni fournie fournis "
                     "fournies relayé relayée relayés relayées présenté présentée présentés présentées "
                     "annoncé annoncée annoncés annoncées livré livrée livrés livrées")
ISSUER_WINDOW = 10


def _issued_by(ctx: SentenceView, i: int, limit: int):
    """ "selon le point diffusé lundi par la préfecture": the issuer speaks, whatever the text is
    called; the words before "par" must be a determiner's noun phrase, with no clause break."""
    tokens = ctx.tokens
    if tokens[i].low not in lx.DEFINITE_DETS and tokens[i].low not in lx.INDEFINITE_DETS \
            and tokens[i].low not in lx.POSSESSIVES:
        return None
    for k in range(i + 1, min(i + ISSUER_WINDOW, limit - 1)):
        if tokens[k].low in (",", ".", ";", ":", "«", "»", "que", "qu'", "qui"):
            return None
        if tokens[k].fold in _ISSUING:
            par = next((n for n in range(k + 1, min(k + 6, limit - 1)) if tokens[n].low == "par"), None)
            if par is None or any(not t.is_word or t.is_cap for t in tokens[k + 1:par]):
                return None  # "publié lundi par", "diffusé dans la soirée par": a time between the two
            parsed = parse_speaker(tokens, par + 1, limit, ctx.body, contracted=True)
            if parsed is None:
                return None
            return ANONYMOUS if parsed[0].anonymous or parsed[0].plural and parsed[0].kind == "person" else parsed
    return None


def _document_at(tokens: list[Token], i: int, limit: int) -> int | None:
    k = i
    while k < limit and k - i < 3 and (tokens[k].low in lx.DEFINITE_DETS or tokens[k].low in lx.INDEFINITE_DETS
                                       or tokens[k].low in lx.PRE_ADJECTIVES or tokens[k].low in _PLURAL_PRE_ADJECTIVES
                                       or tokens[k].low in ("nos", "notre")):
        k += 1
    if k < limit and k > i and tokens[k].fold in lx.DOCUMENT_NOUNS:
        return k
    return None


def _document_author(ctx: SentenceView, doc: int, limit: int):
    tokens = ctx.tokens
    if doc + 1 < limit and tokens[doc + 1].is_cap and tokens[doc + 1].is_word:
        return parse_speaker(tokens, doc + 1, limit, ctx.body)  # "un sondage Elabe"
    for k in range(doc + 1, min(doc + 8, limit - 1)):
        if tokens[k].low in (",", ".", ";"):
            break
        if tokens[k].low in ("de", "du", "des", "d'", "par"):
            # "du ministère marocain" reads as "le ministère marocain"
            start = k if tokens[k].low in ("du", "des") else k + 1
            parsed = parse_speaker(tokens, start, limit, ctx.body, contracted=True)
            if parsed is not None and not parsed[0].anonymous and parsed[0].how != "role":
                return parsed
    return None


def clause_starts(ctx: SentenceView, before: int, lowest: int = 0, window: int | None = None) -> list[int]:
    """Token indexes where a subject may begin (sentence start, after a comma or 'mais'),
    in text order, below `before`; with `window`, only those that close to it."""
    floor = max(lowest, before - window) if window else lowest
    starts = ctx.clause_starts
    return starts[bisect_left(starts, floor):bisect_left(starts, before)]


_WHEN = frozenset({"quand", "lorsque", "lorsqu'"})
_CONJUNCTION_HEADS = frozenset({"alors", "tandis", "parce", "bien", "pendant", "ainsi", "dès", "sitôt", "même"})


def _find_clause_starts(tokens: list[Token], quoted: set[int]) -> list[int]:
    starts = [0]
    for n in range(1, len(tokens)):
        previous = tokens[n - 1]
        if n >= 2 and previous.low in ("que", "qu'") and tokens[n - 2].low in _CONJUNCTION_HEADS \
                and id(previous) not in quoted:
            starts.append(n)  # "…, alors que le préfet a assuré que …"
            continue
        if previous.low in _WHEN and id(previous) not in quoted:
            starts.append(n)  # "Il était 23 heures quand Pierre Roy s'est présenté …"
            continue
        if (previous.low in _CLAUSE_BREAKS or previous.low in COORDINATIONS) and id(previous) not in quoted:
            if n >= 2 and tokens[n - 2].low in _SUBORDINATORS:
                continue
            starts.append(n)
    return starts


def subject_before(ctx: SentenceView, v: int, lowest: int) -> tuple[Mention, int] | None:
    for start in clause_starts(ctx, v, lowest, window=MAX_SUBJECT_TOKENS):
        if ctx.tokens[start].low == "on" and _subject_gap_ok(ctx.tokens, start + 1, v):
            fronted = _on_behalf_of(ctx, start, lowest)
            if fronted is not None:
                return fronted
            continue
        parsed = parse_speaker(ctx.tokens, start, v, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is None:
            continue
        mention, end = parsed
        if _subject_gap_ok(ctx.tokens, end, v):
            return mention, start
    return None


def _on_behalf_of(ctx: SentenceView, on: int, lowest: int) -> tuple[Mention, int] | None:
    """ "Du côté de la préfecture, on assure que …", "Chez Renault, on indique que …", "Au
    ministère, on fait valoir que …": the body the fronted place names speaks through "on"."""
    tokens = ctx.tokens
    if on < 2 or tokens[on - 1].low != ",":
        return None
    starts = clause_starts(ctx, on - 1, lowest)
    if not starts:
        return None
    k = starts[-1]
    if tokens[k].low == "du" and k + 2 < on and tokens[k + 1].low == "côté" \
            and tokens[k + 2].low in ("de", "du", "des", "d'"):
        k += 3 if tokens[k + 2].low in ("de", "d'") else 2  # "du côté du Medef": "du" read as "de le"
    elif tokens[k].low == "chez":
        k += 1
    elif tokens[k].low not in ("au", "à"):
        return None
    elif tokens[k].low == "à":
        k += 1
    parsed = parse_speaker(tokens, k, on - 1, ctx.body, contracted=tokens[k].low in ("du", "au"))
    if parsed is None or parsed[1] != on - 1 or parsed[0].kind != "organisation" or parsed[0].anonymous \
            or parsed[0].plural or parsed[0].how == "plural":
        return None
    return parsed[0], k


def _on_at(ctx: SentenceView, k: int) -> tuple[Mention, int] | None:
    """ "fait-on savoir au ministère", "explique-t-on à la préfecture", "indique-t-on chez
    Renault": the body where "on" speaks; "a-t-on appris à Paris" or "à la mairie de …" by a
    place's name says nothing."""
    tokens = ctx.tokens
    if k >= len(tokens) or tokens[k].low not in ("au", "à", "chez"):
        return None
    start = k if tokens[k].low == "au" else k + 1
    parsed = parse_speaker(tokens, start, len(tokens), ctx.body, contracted=tokens[k].low == "au")
    if parsed is None or parsed[0].kind != "organisation" or parsed[0].anonymous or parsed[0].plural \
            or parsed[0].how == "plural":
        return None
    return parsed


_SUBJECT_ADVERBS = frozenset({"aussi", "également", "non", "plus", "même", "lui-même", "elle-même", "seul", "seule",
                              "toutefois", "pourtant", "cependant", "donc", "alors", "ensuite", "enfin"})


def _subject_gap_ok(tokens: list[Token], end: int, v: int) -> bool:
    """Between subject and verb: nothing, clitics ("l'assure"), or an incise (", lui,")."""
    gap = tokens[end:v]
    if gap and len(gap) <= 3 and all(t.low in _SUBJECT_ADVERBS for t in gap):
        return True  # "Elle aussi estime que …", "Le maire, lui-même, …"
    if all(t.low in lx.OBJECT_CLITICS for t in gap) or gap and gap[0].low == "," and len(gap) <= 3 \
            and all(t.low in lx.OBJECT_CLITICS for t in gap[1:]):
        return True  # "Paul Roy, maire de Brest, le reconnaît : …"
    if gap and gap[0].low == "," and gap[-1].low == "," and len(gap) <= MAX_INCISE_TOKENS:
        return True
    if 2 <= len(gap) <= MAX_APPOSITION_TAIL and gap[-1].low == "," and gap[0].low in lx.PREPOSITIONS \
            and all(t.is_word for t in gap[:-1]) and not any(t.fold in lx.FINITE for t in gap):
        return True  # "X, responsable de l'habitation au comité exécutif, a reconnu": the role's tail
    if len(gap) >= 3 and gap[0].low == "(" and ")" in [t.low for t in gap] and len(gap) <= MAX_INCISE_TOKENS:
        close = [t.low for t in gap].index(")")  # "Paul Roy (LR) a dénoncé", "Paul Roy (LR), lui, a dit"
        rest = gap[close + 1:]
        return not rest or rest[0].low == "," and rest[-1].low == ","
    return len(gap) == 1 and gap[0].low == ","


def quote_opens_at(ctx: SentenceView, pos: int) -> bool:
    return any(q.open == pos for q in ctx.quotes)


def content_has_quote(ctx: SentenceView, j: int) -> bool:
    """A quotation within the complement, before the first comma outside quotes."""
    for token in ctx.tokens[j:]:
        if quote_opens_at(ctx, token.start):
            return True
        if token.low in (",", ";") and not ctx.in_quote(token):
            return False
    return False


def starts_noun_phrase(token: Token) -> bool:
    return (token.low in lx.DEFINITE_DETS or token.low in lx.INDEFINITE_DETS or token.low in lx.POSSESSIVES
            or token.low in ("ses", "ce", "cet", "cette", "ces", "leurs", "tout", "toute", "toutes", "tous"))


def next_comma(tokens: list[Token], i: int) -> int | None:
    for n in range(i, len(tokens)):
        if tokens[n].low == ",":
            return n
    return None
