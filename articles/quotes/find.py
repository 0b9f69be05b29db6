"""Find stage: in each sentence, the quoted or reported words and the expression naming
who said them (still unresolved: "il", "la diplomate", "M. Lavrov").

The shapes, tried in this order for every sentence:
  transcript     "Zhao Lijian : …", "Réponse : …"                 (paragraph start)
  direct         « … », a déclaré X      X : « … »      X, pour qui « … »
                 a standalone « … » right after a statement (continuation)
  postposed      …, a annoncé jeudi le ministre X.      …, selon X.
  subject-first  X a souligné que …      Elle a précisé que …      X dénonce « … »
  according_to   Selon X, …      D'après X, …      Pour X, « … »
People and bodies named without speaking are emitted as `Introduction`s so that later
"il"/"la diplomate"/"M. Lavrov" can be resolved to them.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from . import lexicon as lx
from .mentions import Mention, parse_speaker, pronoun_mention
from .text import QuoteSpan, Sentence, Token, find_paragraphs, find_quote_spans, split_sentences, tokenize
from .verbs import VerbMatch, infinitive_lemma, is_inverted_pronoun_form, match_verb, may_start_verb

_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", "—", "–"})
_COORDINATIONS = frozenset({"mais", "et", "puis", "or", "donc", "car", "tandis"})
_SUBORDINATORS = frozenset({"que", "qu'", "qui", "dont", "où", "si", "lorsque", "quand", "comme", "puisque"})
_TRAILING = " \t\n.;,…"
MIN_CONTENT_WORDS = 3
MAX_INCISE_TOKENS = 15
MAX_SUBJECT_TOKENS = 40  # a subject, its apposition and an incise fit well within this
ANONYMOUS = "anonymous"


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


class _Sentence:
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


def find_events(body: str) -> list[Statement | Introduction]:
    """Run segmentation and the find stage over a body; events come in text order."""
    paragraphs = find_paragraphs(body)
    quotes = find_quote_spans(body, paragraphs)
    tokens = tokenize(body)
    starts = [t.start for t in tokens]
    events: list[Statement | Introduction] = []
    consumed_paragraphs: set[int] = set()
    previous = None  # what the previous sentence did: SPOKE, ASKED or nothing
    for sentence in split_sentences(body, paragraphs, quotes):
        toks = tokens[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        ctx = _Sentence(body, toks, [q for q in quotes if sentence.start <= q.open < sentence.end], sentence)
        events.extend(find_introductions(ctx))
        if sentence.paragraph in consumed_paragraphs or not toks:
            previous = None
            continue
        if sentence.first_in_paragraph:
            turn = find_transcript_turn(ctx, paragraphs[sentence.paragraph][1])
            if turn is not None:
                consumed_paragraphs.add(sentence.paragraph)
                events.extend(t for t in (turn,) if isinstance(t, Statement))
                previous = SPOKE if isinstance(turn, Statement) else ASKED
                continue
        statements = [s for s in find_statements(ctx, previous) if s != ANONYMOUS]
        events.extend(statements)
        previous = SPOKE if statements or _ends_with_colon(ctx) else ASKED if _is_question(ctx) else None
    return events


SPOKE, ASKED = "spoke", "asked"


def _is_question(ctx: _Sentence) -> bool:
    """An interviewer's question: the sentence ends with '?' outside any quotation."""
    last = ctx.tokens[-1]
    return last.low == "?" and not ctx.in_quote(last)


def find_statements(ctx: _Sentence, previous: str | None) -> list:
    """All statements of one sentence: direct quotations first, else reported speech."""
    direct = find_direct(ctx, previous)
    if direct:
        return [s for s in direct if s != ANONYMOUS] or [ANONYMOUS]
    return find_indirect(ctx) or find_speech_intro(ctx)


def find_speech_intro(ctx: _Sentence) -> list[Introduction]:
    """ "Le joueur s'est longuement confié après l'entraînement." announces the next « … »."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for v in ctx.verb_starts:
        verb = match_verb(tokens, v, limit, ctx.body)
        if verb is None or verb.negated or verb.pronoun is not None:
            continue
        subject = _subject_before(ctx, v, 0)
        if subject is None or subject[0].anonymous or subject[0].plural:
            continue
        if any(all(not t.is_word for t in tokens[j:]) for j in adjunct_positions(tokens, verb.end, limit)):
            return [Introduction(subject[0].start, subject[0], True)]
    return []


def _ends_with_colon(ctx: _Sentence) -> bool:
    return ctx.tokens[-1].low == ":"


# --------------------------------------------------------------------------- transcripts
def find_transcript_turn(ctx: _Sentence, paragraph_end: int):
    """ "Lin Jian : …" at a paragraph start: the rest of the paragraph is his turn."""
    colon = next((n for n, t in enumerate(ctx.tokens[:8]) if t.low == ":"), None)
    if colon is None or colon == 0:
        return None
    label = ctx.tokens[:colon]
    start, end = ctx.text_span(ctx.tokens[colon].end, paragraph_end)
    if label[0].fold in lx.QUESTION_LABELS and colon == 1:
        return "question"
    is_question = ctx.body[start:end].rstrip().endswith("?") or ctx.body[start:end].rstrip().endswith("?»")
    if label[0].fold in lx.ANSWER_LABELS and colon == 1:
        mention = Mention(label[0].start, label[0].end, "answer", "person")
    else:
        parsed = parse_speaker(ctx.tokens, 0, colon, ctx.body)
        if parsed is None or parsed[1] != colon or not _is_transcript_label(parsed[0]):
            return None
        mention = parsed[0]
    if is_question:
        return "question"
    start, end, direct, how = _colon_content(ctx, start, end, mention)
    return Statement(label[0].start, start, end, True, ":", "", mention, how)


def _is_transcript_label(mention: Mention) -> bool:
    if mention.kind != "person" or mention.anonymous or mention.name is None:
        return False
    return mention.how == "title" or len(mention.name.split()) >= 2


def _colon_content(ctx: _Sentence, start: int, end: int, mention: Mention):
    """A turn that is itself a « quotation » is a colon intro: its words are the quote."""
    for quote in ctx.quotes:
        if quote.open == start and ctx.body[quote.close + 1:end].strip() in ("", ".", "!", "?"):
            return quote.start, quote.end, True, None
    return start, end, True, "transcript"


# --------------------------------------------------------------------------- direct quotes
def find_direct(ctx: _Sentence, previous: str | None) -> list:
    """Statements for the « quotations » of a sentence that carry their own attribution."""
    results: list = []
    carried = None  # attribution of a quote split around its verb: « A », a-t-il dit, « B »
    for n, quote in enumerate(ctx.quotes):
        if carried is not None and carried[2] == quote.open:
            mention, verb, _, lemma, how = carried
            results.append(Statement(quote.open, quote.start, quote.end, True, verb.text, lemma, mention, how))
            carried = None
            continue
        found = (_postposed_after_quote(ctx, quote) or _colon_before_quote(ctx, quote)
                 or _relative_before_quote(ctx, quote) or _incise_inside_quote(ctx, quote)
                 or _standalone_quote(ctx, quote, previous if n == 0 else None))
        if found is None:
            continue
        if isinstance(found, list):  # the two halves of « …, a-t-il dit. … »
            results.extend(found)
            continue
        if found == ANONYMOUS:
            results.append(ANONYMOUS)
            continue
        statement, next_open = found
        results.append(statement)
        if next_open is not None:
            carried = (statement.mention, _FakeVerb(statement.verb), next_open, statement.lemma, statement.how)
    return results


@dataclass(frozen=True, slots=True)
class _FakeVerb:
    text: str


def _postposed_after_quote(ctx: _Sentence, quote: QuoteSpan):
    k = ctx.index_at(quote.close + 1)
    if k < len(ctx.tokens) and ctx.tokens[k].low == ",":
        k += 1
    attribution = attribution_after(ctx, k, after_quote=True)
    if attribution is None or attribution == ANONYMOUS:
        return attribution
    mention, verb_text, lemma, end, how = attribution
    clause_start = _clause_start_before(ctx, quote)
    if ctx.body[clause_start:quote.open].strip():
        # mixed quotation: 'Ce document "a réaffirmé …", a-t-elle noté' reports a whole clause
        start, stop = ctx.text_span(clause_start, quote.close + 1)
        return Statement(ctx.tokens[k].start, start, stop, False, verb_text, lemma, mention, how), None
    next_open = None
    if end < len(ctx.tokens) and ctx.tokens[end].low == "," and end + 1 < len(ctx.tokens):
        following = ctx.tokens[end + 1]
        next_open = following.start if any(q.open == following.start for q in ctx.quotes) else None
    statement = Statement(ctx.tokens[k].start, quote.start, quote.end, True, verb_text, lemma, mention, how)
    return statement, next_open


def _clause_start_before(ctx: _Sentence, quote: QuoteSpan) -> int:
    """Start of the clause holding the quotation: sentence start or just after a colon."""
    start = ctx.span.start
    for token in ctx.tokens:
        if token.start >= quote.open:
            break
        if token.low == ":" and not ctx.in_quote(token):
            start = token.end
    return start


def _colon_before_quote(ctx: _Sentence, quote: QuoteSpan):
    """ "M. Dupont l'assure : « … »", "Et d'ajouter : « … »"."""
    q = ctx.index_at(quote.open)
    if q == 0 or ctx.tokens[q - 1].low != ":":
        return None
    colon = q - 1
    if colon >= 2 and ctx.tokens[colon - 2].low in ("de", "d'") and infinitive_lemma(ctx.tokens[colon - 1]):
        verb = ctx.body[ctx.tokens[colon - 2].start:ctx.tokens[colon - 1].end]
        mention = Mention(ctx.tokens[colon - 2].start, ctx.tokens[colon - 1].end, "continuation", "person")
        return Statement(ctx.tokens[colon].start, quote.start, quote.end, True, verb,
                         infinitive_lemma(ctx.tokens[colon - 1]), mention, "continuation"), None
    for start in _clause_starts(ctx, colon):
        parsed = parse_speaker(ctx.tokens, start, colon, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is None:
            continue
        mention, end = parsed
        if mention.anonymous or mention.plural:
            return ANONYMOUS
        verb = _verb_in(ctx, end, colon)
        if end == colon or verb is not None or _looks_verbal(ctx.tokens, end, colon):
            text = verb.text if verb else ":"
            return Statement(ctx.tokens[colon].start, quote.start, quote.end, True, text,
                             verb.lemma if verb else "", mention), None
    return None


def _verb_in(ctx: _Sentence, i: int, limit: int) -> VerbMatch | None:
    for k in range(i, limit):
        verb = match_verb(ctx.tokens, k, limit, ctx.body)
        if verb is not None and not verb.negated:
            return verb
    return None


def _looks_verbal(tokens: list[Token], i: int, limit: int) -> bool:
    """After a subject, a clause goes on with a lower-case word (its verb): "conteste tout délit"."""
    if i < limit and tokens[i].low == ",":
        i += 1
    return i < limit and tokens[i].is_word and not tokens[i].is_cap


def _relative_before_quote(ctx: _Sentence, quote: QuoteSpan):
    """ "Marc Duhalde, pour qui « … »": the quote belongs to the name before."""
    q = ctx.index_at(quote.open)
    if q < 3 or ctx.tokens[q - 1].low != "qui" or ctx.tokens[q - 2].low not in ("pour", "selon"):
        return None
    comma = q - 3
    if ctx.tokens[comma].low != ",":
        return None
    for start in _clause_starts(ctx, comma):
        parsed = parse_speaker(ctx.tokens, start, comma, ctx.body)
        if parsed is not None and parsed[1] == comma and not parsed[0].anonymous:
            verb = ctx.body[ctx.tokens[q - 2].start:ctx.tokens[q - 1].end]
            return Statement(ctx.tokens[q - 2].start, quote.start, quote.end, True, verb, "", parsed[0],
                             "according_to"), None
    return None


def _standalone_quote(ctx: _Sentence, quote: QuoteSpan, previous: str | None):
    """A sentence that is only a quotation goes on with whoever just spoke, or, opening a
    paragraph after an interviewer's question, is the interviewee's answer."""
    if previous is None or (previous == ASKED and not ctx.span.first_in_paragraph):
        return None
    outside = [t for t in ctx.tokens if not (quote.open <= t.start <= quote.close) and t.is_word]
    if outside:
        return None
    how = "continuation" if previous == SPOKE else "answer"
    mention = Mention(quote.open, quote.open, how, "person")
    attribution = "continuation" if previous == SPOKE else "transcript"
    return Statement(quote.open, quote.start, quote.end, True, "", "", mention, attribution), None


def _incise_inside_quote(ctx: _Sentence, quote: QuoteSpan):
    """ "« Le seul bémol, a-t-il confié après la rencontre. Un début de match difficile. »":
    the attribution sits inside the marks; the quote is cut into the words around it."""
    tokens = ctx.tokens
    first, last = ctx.index_at(quote.start), ctx.index_at(quote.end)
    for c in range(first + 1, last - 1):
        if tokens[c].low != ",":
            continue
        attribution = attribution_after(ctx, c + 1, after_quote=True)
        if attribution is None or attribution == ANONYMOUS:
            continue
        mention, verb, lemma, end, how = attribution
        end = _incise_end(tokens, end, last)
        if end is None:
            continue
        halves = [(quote.start, tokens[c].start)]
        if end < last and any(t.is_word for t in tokens[end:last]):
            halves.append((tokens[end].start, quote.end))
        return [Statement(tokens[c + 1].start, *_strip_spaces(ctx.body, a, b), True, verb, lemma, mention, how)
                for a, b in halves if ctx.body[a:b].strip()]
    return None


def _incise_end(tokens: list[Token], end: int, last: int) -> int | None:
    """Where the incise closes: after its adjuncts ("après la rencontre, en zone mixte."),
    at a full stop, or at the comma before the quotation resumes."""
    for p in reversed(list(adjunct_positions(tokens, end, last))):
        if p >= last:
            return last
        if tokens[p].low in (".", ";", "!", "?", "…"):
            return p + 1
        if p > end and tokens[p - 1].low == ",":
            return p
    return None


def _strip_spaces(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in " \t\n,":
        end -= 1
    return start, end


# --------------------------------------------------------------------------- attribution after the words
def attribution_after(ctx: _Sentence, k: int, after_quote: bool = False):
    """Parse ", a déclaré lundi le ministre X" / ", a-t-il dit" / ", selon X" starting at k.

    Returns (mention, verb_text, lemma, end_index, how), ANONYMOUS, or None.
    """
    tokens = ctx.tokens
    if k >= len(tokens):
        return None
    if tokens[k].low == "selon" or (tokens[k].low == "d'" and k + 1 < len(tokens) and tokens[k + 1].low == "après"):
        skip = 1 if tokens[k].low == "selon" else 2
        source = parse_source(ctx, k + skip, len(tokens))
        if source is None or source == ANONYMOUS:
            return source
        verb = ctx.body[tokens[k].start:tokens[k + skip - 1].end]
        return source[0], verb, "", source[1], "according_to"
    verb = match_verb(tokens, k, len(tokens), ctx.body)
    if verb is None and after_quote:
        verb = _unknown_incise_verb(ctx, k)
    if verb is None or verb.negated:
        return None
    if verb.pronoun is not None:
        if verb.pronoun not in lx.SUBJECT_PRONOUNS:
            return ANONYMOUS  # "a-t-on appris", "ont-ils dit"
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


def _unknown_incise_verb(ctx: _Sentence, k: int) -> VerbMatch | None:
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
            or tokens[j].low in lx.ROLE_BREAKERS or _starts_noun_phrase(tokens[j]):
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


def _skip_prepositional(tokens: list[Token], j: int, limit: int) -> int:
    """Skip "à l'AFP", "lors d'une conférence de presse", "sur son réseau social"."""
    j += 1
    while j < limit and (tokens[j].low in lx.PREPOSITIONS or tokens[j].low in lx.DEFINITE_DETS
                         or tokens[j].low in lx.INDEFINITE_DETS or tokens[j].low in lx.POSSESSIVES
                         or tokens[j].low in ("ses", "ce", "cette", "leurs", "nos")):
        j += 1
    if j < limit and tokens[j].is_word:
        j += 1
    while j < limit and tokens[j].is_word and not tokens[j].is_cap and tokens[j].low not in lx.ROLE_BREAKERS \
            and tokens[j].low not in lx.DEFINITE_DETS and tokens[j].low not in lx.PREPOSITIONS \
            and tokens[j].fold not in lx.FINITE:
        j += 1
    return j


def parse_source(ctx: _Sentence, i: int, limit: int):
    """The X of "selon X": a speaker, the body behind a document, or nobody.

    "selon lui" → pronoun; "selon les chiffres publiés par l'Insee" → Insee;
    "selon un sondage Elabe" → Elabe; "selon une étude", "selon nos informations" → None.
    """
    tokens = ctx.tokens
    if i >= limit:
        return None
    if tokens[i].low in lx.TONIC_PRONOUNS:
        return pronoun_mention(tokens[i], lx.TONIC_PRONOUNS[tokens[i].low]), i + 1
    doc = _document_at(tokens, i, limit)
    if doc is not None:
        return _document_author(ctx, doc, limit)
    if tokens[i].low in ("nos", "notre", "des", "plusieurs", "certains", "certaines"):
        return ANONYMOUS
    parsed = parse_speaker(tokens, i, limit, ctx.body)
    if parsed is None:
        return None
    if parsed[0].anonymous or parsed[0].plural and parsed[0].kind == "person":
        return ANONYMOUS
    return parsed


def _document_at(tokens: list[Token], i: int, limit: int) -> int | None:
    k = i
    while k < limit and k - i < 3 and (tokens[k].low in lx.DEFINITE_DETS or tokens[k].low in lx.INDEFINITE_DETS
                                       or tokens[k].low in lx.PRE_ADJECTIVES or tokens[k].low in ("nos", "notre")):
        k += 1
    if k < limit and k > i and tokens[k].fold in lx.DOCUMENT_NOUNS:
        return k
    return None


def _document_author(ctx: _Sentence, doc: int, limit: int):
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


# --------------------------------------------------------------------------- reported speech
def find_indirect(ctx: _Sentence) -> list:
    """Reported speech: postposed attribution, subject + verb + que, or selon/d'après/pour."""
    postposed = _postposed_statement(ctx)
    if postposed == ANONYMOUS:
        return [ANONYMOUS]
    subject_first = _subject_first_statements(ctx)
    if postposed is not None and not (_is_media(postposed.mention) and subject_first):
        return [postposed]
    if subject_first:
        return subject_first
    return [s for s in (_according_to_statement(ctx),) if s is not None]


def _is_media(mention: Mention) -> bool:
    return mention.kind == "organisation" and (
        mention.head in lx.MEDIA_HEADS or lx.fold(mention.name or "") in lx.MEDIA_NAMES)


def _postposed_statement(ctx: _Sentence):
    tokens = ctx.tokens
    for k in range(1, len(tokens)):
        if tokens[k - 1].low != "," or ctx.in_quote(tokens[k - 1]):
            continue
        if not may_start_verb(tokens[k]) and tokens[k].low not in ("selon", "d'"):
            continue
        attribution = attribution_after(ctx, k)
        if attribution is None:
            continue
        if attribution == ANONYMOUS:
            return ANONYMOUS
        mention, verb, lemma, end, how = attribution
        if ctx.words_between(0, k - 1) >= MIN_CONTENT_WORDS:
            start, stop = ctx.text_span(ctx.span.start, tokens[k - 1].start)
        elif ctx.words_between(end, len(tokens)) >= MIN_CONTENT_WORDS and tokens[end].low == ",":
            start, stop = ctx.text_span(tokens[end].end)  # ", a-t-il estimé, la situation est grave"
        else:
            continue
        if end + 1 < len(tokens) and tokens[end].low == "," and (
                _resumes_clause(tokens[end + 1]) or _quote_opens_at(ctx, tokens[end + 1].start)):
            start, stop = ctx.text_span(ctx.span.start)  # "Les menaces, a précisé le magistrat, ont été reçues…"
        return Statement(tokens[k].start, start, stop, False, verb, lemma, mention, how)
    return None


_TRAILING_CLAUSE_STARTS = frozenset({"qui", "que", "qu'", "dont", "lors", "avant", "après", "en", "dans", "sans",
                                     "tout", "selon", "mais", "et", "alors", "tandis", "sur", "à", "au", "devant"})


def _resumes_clause(token: Token) -> bool:
    """After an incise ", a précisé le magistrat," the interrupted clause goes on with its verb;
    ", qui …", ", lors de …", ", ajoutant …" only add to the attribution."""
    return token.is_word and not token.is_cap and token.low not in _TRAILING_CLAUSE_STARTS \
        and not token.low.endswith("ant")


def _subject_first_statements(ctx: _Sentence) -> list[Statement]:
    """ "X a souligné que …", and a second coordinated one: "…, mais elle a assuré que …"."""
    statements: list[Statement] = []
    k, limit = 0, len(ctx.tokens)
    while k < limit:
        found = _next_subject_first(ctx, k)
        if found is None:
            break
        statement, subject_index, content_index = found
        if statements and subject_index > 0:
            statements[-1] = _cut_before(ctx, statements[-1], subject_index)
        statements.append(statement)
        k = content_index
    return statements


def _next_subject_first(ctx: _Sentence, k: int):
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for v in ctx.verb_starts:
        if v < k or ctx.in_quote(tokens[v]):
            continue
        verb = match_verb(tokens, v, limit, ctx.body)
        if verb is None or verb.negated or verb.pronoun is not None:
            continue
        subject = _subject_before(ctx, v, k)
        if subject is None:
            continue
        mention, subject_index = subject
        content = _complement_start(ctx, verb)
        if content is None:
            continue
        start, end = ctx.text_span(tokens[content].start)
        direct, start, end = _quote_only(ctx, start, end)
        statement = Statement(tokens[v].start, start, end, direct, verb.text, verb.lemma, mention)
        if mention.anonymous or mention.plural:
            return None
        return statement, subject_index, content
    return None


def _cut_before(ctx: _Sentence, statement: Statement, subject_index: int) -> Statement:
    """End the first of two coordinated statements before ", mais elle a assuré"."""
    cut = subject_index
    while cut > 0 and (ctx.tokens[cut - 1].low in _COORDINATIONS or ctx.tokens[cut - 1].low == ","):
        cut -= 1
    start, end = ctx.text_span(statement.start, ctx.tokens[cut].start)
    if end <= start:
        return statement
    return Statement(statement.pos, start, end, False, statement.verb, statement.lemma, statement.mention, statement.how)


def _clause_starts(ctx: _Sentence, before: int, lowest: int = 0, window: int | None = None) -> list[int]:
    """Token indexes where a subject may begin (sentence start, after a comma or 'mais'),
    in text order, below `before`; with `window`, only those that close to it."""
    floor = max(lowest, before - window) if window else lowest
    starts = ctx.clause_starts
    return starts[bisect_left(starts, floor):bisect_left(starts, before)]


def _find_clause_starts(tokens: list[Token], quoted: set[int]) -> list[int]:
    starts = [0]
    for n in range(1, len(tokens)):
        previous = tokens[n - 1]
        if (previous.low in _CLAUSE_BREAKS or previous.low in _COORDINATIONS) and id(previous) not in quoted:
            if n >= 2 and tokens[n - 2].low in _SUBORDINATORS:
                continue
            starts.append(n)
    return starts


def _subject_before(ctx: _Sentence, v: int, lowest: int) -> tuple[Mention, int] | None:
    for start in _clause_starts(ctx, v, lowest, window=MAX_SUBJECT_TOKENS):
        parsed = parse_speaker(ctx.tokens, start, v, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is None:
            continue
        mention, end = parsed
        if _subject_gap_ok(ctx.tokens, end, v):
            return mention, start
    return None


def _subject_gap_ok(tokens: list[Token], end: int, v: int) -> bool:
    """Between subject and verb: nothing, clitics ("l'assure"), or an incise (", lui,")."""
    gap = tokens[end:v]
    if all(t.low in lx.OBJECT_CLITICS for t in gap):
        return True
    if gap and gap[0].low == "," and gap[-1].low == "," and len(gap) <= MAX_INCISE_TOKENS:
        return True
    return len(gap) == 1 and gap[0].low == ","


def _complement_start(ctx: _Sentence, verb: VerbMatch) -> int | None:
    """Index where the reported content starts, if the verb introduces any."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for j in adjunct_positions(tokens, verb.end, limit):
        if j >= limit:
            return None
        token = tokens[j]
        if token.low in ("que", "qu'", ":"):
            return j + 1 if j + 1 < limit else None
        if _quote_opens_at(ctx, token.start) and _content_has_quote(ctx, j):
            return j
        if _is_infinitive(tokens, j, limit) and (lx.INF in verb.complements or _is_past_infinitive(tokens, j, limit)):
            return j  # "a nié avoir eu connaissance", "confie avoir « beaucoup hésité »"
        if lx.ADJ in verb.complements and token.is_word and not token.is_cap:
            return j
        if lx.NP in verb.complements and (_starts_noun_phrase(token) or token.low in ("de", "d'", "du", "des", "contre", "pour")):
            return None if _is_sentencing(ctx, verb, j) else j
        if (_starts_noun_phrase(token) or token.low in ("de", "d'", "du", "des")) and _content_has_quote(ctx, j) \
                and verb.lemma not in _NAMING_VERBS:
            return j  # "a jugé ces déclarations « peu crédibles »", "parle d'un « plan »"
    return None


# Verbs whose quoted object is usually the name of a thing ("a annoncé un « plan de
# sauvegarde de l'emploi »"), not the speaker's words.
_NAMING_VERBS = frozenset({"annoncer", "confirmer", "révéler", "détailler", "lancer", "signaler", "mentionner",
                           "rappeler", "présenter", "évoquer", "indiquer", "préciser"})
_PENALTY_WORDS = lx._words("un une deux trois quatre cinq six sept huit neuf dix quinze vingt trente cent mille "
                           "perpétuité mort payer verser rembourser")


def _is_sentencing(ctx: _Sentence, verb: VerbMatch, j: int) -> bool:
    """ "Le tribunal a condamné le prévenu à deux ans de prison" is a sentence, not a statement."""
    if verb.lemma != "condamner":
        return False
    tokens = ctx.tokens
    for n in range(j, min(j + 12, len(tokens) - 1)):
        if tokens[n].low == "," :
            return False
        if tokens[n].low == "à" and (tokens[n + 1].fold in _PENALTY_WORDS or tokens[n + 1].text.isdigit()):
            return True
    return False


def _quote_opens_at(ctx: _Sentence, pos: int) -> bool:
    return any(q.open == pos for q in ctx.quotes)


def _content_has_quote(ctx: _Sentence, j: int) -> bool:
    """A quotation within the complement, before the first comma outside quotes."""
    for token in ctx.tokens[j:]:
        if _quote_opens_at(ctx, token.start):
            return True
        if token.low in (",", ";") and not ctx.in_quote(token):
            return False
    return False


def _starts_noun_phrase(token: Token) -> bool:
    return (token.low in lx.DEFINITE_DETS or token.low in lx.INDEFINITE_DETS or token.low in lx.POSSESSIVES
            or token.low in ("ses", "ce", "cette", "ces", "leurs", "tout", "toute", "toutes", "tous"))


def _is_infinitive(tokens: list[Token], j: int, limit: int) -> bool:
    token = _infinitive_token(tokens, j, limit)
    if token is None:
        return False
    return token.low in ("ne", "n'") or (
        token.is_word and not token.is_cap and token.fold.endswith(("er", "ir", "re", "oir"))
        and token.fold not in _NOT_INFINITIVES and token.fold not in lx.TIME_WORDS)


def _is_past_infinitive(tokens: list[Token], j: int, limit: int) -> bool:
    """Any speech verb reports with "avoir/être + participle" or a negated infinitive."""
    token = _infinitive_token(tokens, j, limit)
    return token is not None and token.low in ("avoir", "être", "ne", "n'")


def _infinitive_token(tokens: list[Token], j: int, limit: int) -> Token | None:
    if tokens[j].low in ("de", "d'", "à") and j + 1 < limit:
        j += 1
    if tokens[j].low in lx.OBJECT_CLITICS and j + 1 < limit:
        j += 1
    return tokens[j]


_NOT_INFINITIVES = lx._words("encore hier contre entre notre votre autre pire outre premier dernier cher fier mer "
                             "fer hiver quatre lire? leur sur super ordre titre centre frontière ministre "
                             "numéro père mère frère membre nombre octobre novembre décembre septembre")


def _quote_only(ctx: _Sentence, start: int, end: int) -> tuple[bool, int, int]:
    """Reported content that is exactly one « quotation » is a direct quote of its words."""
    for quote in ctx.quotes:
        if quote.open == start and quote.close >= end - 1:
            return True, quote.start, quote.end
    return False, start, end


def _according_to_statement(ctx: _Sentence) -> Statement | None:
    """ "Selon X, …", "D'après X, …", "Pour X, « … »" at the start of a sentence."""
    tokens = ctx.tokens
    first = tokens[0].low
    skip = 2 if first == "d'" and len(tokens) > 1 and tokens[1].low == "après" else 1
    if first not in ("selon", "pour") and skip == 1:
        return None
    source = parse_source(ctx, skip, len(tokens))
    if source is None or source == ANONYMOUS:
        return None
    mention, end = source
    comma = _next_comma(tokens, end)
    if comma is None or comma - end > MAX_INCISE_TOKENS:
        return None
    if first == "pour" and not any(q.open > ctx.tokens[comma].start for q in ctx.quotes):
        return None  # "Pour le moment, …": only "Pour X, « … »" attributes words
    start, stop = ctx.text_span(tokens[comma].end)
    direct, start, stop = _quote_only(ctx, *_skip_short_adverbial(ctx, comma + 1, start, stop))
    verb = ctx.body[tokens[0].start:tokens[skip - 1].end]
    return Statement(tokens[0].start, start, stop, direct, verb, "", mention, "according_to")


def _next_comma(tokens: list[Token], i: int) -> int | None:
    for n in range(i, len(tokens)):
        if tokens[n].low == ",":
            return n
    return None


def _skip_short_adverbial(ctx: _Sentence, k: int, start: int, stop: int) -> tuple[int, int]:
    """ "Pour le parquet, au contraire, « … »": the quote starts after the short incise."""
    for n in range(k, min(k + 4, len(ctx.tokens))):
        if ctx.tokens[n].low == "," and n + 1 < len(ctx.tokens) and _quote_opens_at(ctx, ctx.tokens[n + 1].start):
            return ctx.tokens[n + 1].start, stop
    return start, stop


# --------------------------------------------------------------------------- introductions
def find_introductions(ctx: _Sentence) -> list[Introduction]:
    """People and bodies named in a sentence; the grammatical subject is salient."""
    intros: list[Introduction] = []
    tokens, limit = ctx.tokens, len(ctx.tokens)
    subject_starts = {_subject_index(ctx)}
    n = 0
    while n < limit:
        if n in subject_starts or _may_start_named_mention(tokens, n, limit):
            parsed = parse_speaker(tokens, n, limit, ctx.body)
            if parsed is not None and _worth_registering(parsed[0], salient=n in subject_starts):
                intros.append(Introduction(parsed[0].start, parsed[0], n in subject_starts and not ctx.in_quote(tokens[n])))
                n = max(parsed[1], n + 1)
                continue
        n += 1
    return intros


def _subject_index(ctx: _Sentence) -> int:
    """Where the sentence's subject starts, skipping leading adverbials ("Lundi, depuis Londres, …")."""
    for start in _clause_starts(ctx, len(ctx.tokens))[:4]:
        parsed = parse_speaker(ctx.tokens, start, len(ctx.tokens), ctx.body)
        if parsed is not None and _is_strong(parsed[0]) and _looks_verbal(ctx.tokens, parsed[1], len(ctx.tokens)):
            return start
    return -1


def _is_strong(mention: Mention) -> bool:
    """A bare capitalised word opening a sentence ("Côté lensois, …") is too weak to be a subject."""
    return mention.how != "name" or mention.role is not None or mention.kind == "organisation" \
        or len((mention.name or "").split()) >= 2


_MENTION_TRIGGERS = frozenset(set(lx.TITLES) | lx.DEFINITE_DETS | set(lx.POSSESSIVES))


def _may_start_named_mention(tokens: list[Token], n: int, limit: int) -> bool:
    token = tokens[n]
    if token.low not in _MENTION_TRIGGERS:
        return token.fold in lx.GIVEN_NAMES and n + 1 < limit and tokens[n + 1].is_cap
    if token.low in lx.TITLES:
        return n + 1 < limit and tokens[n + 1].is_cap
    if token.low in lx.DEFINITE_DETS or token.low in lx.POSSESSIVES:
        return n + 1 < limit and (tokens[n + 1].fold in lx.ROLE_NOUNS or tokens[n + 1].fold in lx.BODY_NOUNS
                                  or tokens[n + 1].low in lx.PRE_ADJECTIVES or tokens[n + 1].fold in lx.DEMONYMS)
    return token.fold in lx.GIVEN_NAMES and n + 1 < limit and tokens[n + 1].is_cap


def _worth_registering(mention: Mention, salient: bool) -> bool:
    if mention.anonymous or mention.plural:
        return False
    if mention.name is not None:
        return mention.kind == "organisation" or mention.how == "title" or len(mention.name.split()) >= 2 \
            or mention.role is not None
    return salient and (mention.kind == "organisation" or mention.how == "role")
