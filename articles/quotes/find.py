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
This module runs the sentences in order; the shapes live in direct.py, reported.py and attached.py,
the shared clause machinery in clauses.py.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from . import lexicon as lx
from . import nlp
from .attached import (find_before_adding, find_coordinated, find_narrative_infinitive, find_participle_statements,
                       find_passive_judgement, find_relative_statements, find_retrospective, find_shared_subject)
from .clauses import ANONYMOUS, ASKED, SPOKE, Introduction, SentenceView, Statement, clause_starts, looks_verbal
from .complements import trailing_acronym
from .direct import find_direct, find_quoted_verb, find_subject_quote
from .mentions import Mention, demonym_before_name, described_body, inner_body_start, parse_speaker, role_phrase
from .reported import find_indirect, find_speech_intro
from .text import (Sentence, Token, find_paragraphs, find_quote_spans, first_sentence_end, last_sentence_start,
                   quotes_within, split_sentences, tokenize)
from .transcripts import (find_caption_turns, find_label_turns, find_qa_turns, find_transcript_turn,
                          recurring_labels)
from .verbs import match_verb


def find_events(body: str) -> list[Statement | Introduction]:
    """Run segmentation and the find stage over a body; events come in text order."""
    paragraphs = find_paragraphs(body)
    quotes = find_quote_spans(body, paragraphs)
    tokens = tokenize(body)
    starts = [t.start for t in tokens]
    opens = [q.open for q in quotes]
    events: list[Statement | Introduction] = []
    labelled = find_label_turns(body, paragraphs, tokens)  # "SIBETH NDIAYE" on its own line, then her words
    events.extend(statement for statement in labelled.values() if statement is not None)
    for index, statement in find_caption_turns(body, paragraphs, tokens, quotes).items():
        if index not in labelled:  # "Mathieu Chabert (ACA)" above or below « … »
            labelled[index] = statement
            events.append(statement)
    for index, statement in find_qa_turns(body, paragraphs).items():
        if index not in labelled:  # "Comment se présente la saison ?" then the interviewee's answer
            labelled[index] = statement
            events.append(statement)
    consumed_paragraphs: set[int] = set()
    recurring = recurring_labels(body, paragraphs)
    previous = None  # what the previous sentence did: SPOKE, ASKED or nothing
    lone = None  # the previous sentence was only a « quotation » nobody had spoken before
    unsaid = None  # span of the previous sentence when nobody was found saying it
    lone_after_subject = False  # `lone` came right after a sentence about someone named
    lone_paragraph = None  # the paragraph `lone` opens
    had_subject = False  # the previous sentence had a salient subject and said nothing
    for sentence in split_sentences(body, paragraphs, quotes):
        toks = tokens[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        ctx = SentenceView(body, toks, quotes_within(quotes, opens, sentence.start, sentence.end), sentence)
        subject = _subject_index(ctx)
        intros = [] if _is_byline(ctx) else find_introductions(ctx, subject)
        events.extend(intros)
        subject_now = bool(toks) and _has_subject(ctx, subject) \
            and (toks[-1].low in (".", "!", "…") or _has_speech_verb(ctx))
        if sentence.paragraph in labelled:
            continue
        if sentence.paragraph in consumed_paragraphs or not toks:
            if toks:
                events.extend(_nested_in_turn(ctx, ctx.span.start))
            previous, lone, unsaid = None, None, None
            continue
        if sentence.first_in_paragraph:
            turn = find_transcript_turn(ctx, paragraphs[sentence.paragraph][1], recurring)
            if turn is not None:
                consumed_paragraphs.add(sentence.paragraph)
                events.extend(t for t in (turn,) if isinstance(t, Statement))
                if isinstance(turn, Statement):
                    events.extend(_nested_in_turn(ctx, turn.start))
                previous, lone, unsaid = SPOKE if isinstance(turn, Statement) else ASKED, None, None
                continue
        said = find_retrospective(ctx) if unsaid is not None else None
        if said is not None:  # "Cette phrase a été prononcée par X": the previous sentence was X's
            mention, verb, lemma = said
            start, end = unsaid
            events.append(Statement(mention.start, start, end, False, verb, lemma, mention))
            previous, lone, unsaid = SPOKE, None, None
            continue
        found = find_statements(ctx, previous)
        if not found and nlp.enabled() and nlp.worth_parsing(ctx):
            found = nlp.parsed_statements(ctx)  # a shape no rule lists: ask the parse
        if not found or all(_is_participle(s) for s in found):
            # "X s'est adressé « … », leur demandant de « … »": the quotation before the participle too
            first = min((s.pos for s in found), default=ctx.span.end)
            found = [s for s in find_subject_quote(ctx) if s == ANONYMOUS or s.end <= first] + found
        quoted_verb = find_quoted_verb(ctx)
        if quoted_verb is not None and not any(s != ANONYMOUS and s.start < quoted_verb.end and quoted_verb.start < s.end
                                               for s in found):
            found = sorted([*found, quoted_verb], key=lambda s: s.pos)
        statements = [s for s in found if s != ANONYMOUS]
        if lone is not None and statements and isinstance(statements[0], Statement) \
                and statements[0].mention.how in _NAMING:
            # "« A. » / « B », a conclu Marie Lenoir.": the lead quotation is hers too
            events.append(replace(lone, mention=statements[0].mention, how=statements[0].how))
        elif lone is not None and not statements and lone_paragraph == sentence.paragraph \
                and _named_subject(intros) is not None:
            # "« C'est une injustice. » Paul Roy, maire de Brest, ne mâche pas ses mots.": the
            # quotation opening a paragraph is the person the rest of the paragraph is about
            events.append(replace(lone, mention=_named_subject(intros), how="name"))
        elif lone is not None and lone_after_subject:
            # "Il a pris la parole devant les habitants. / « Nous ne laisserons personne … »": a
            # quotation paragraph nobody else claims is the person the article was just about
            events.append(_about_subject(lone))
        lone = _lone_quote(ctx) if previous is None and not found else None
        lone_paragraph = sentence.paragraph if lone is not None and sentence.first_in_paragraph else None
        lone_after_subject = lone is not None and had_subject
        had_subject = subject_now and not statements
        unsaid = ctx.text_span(sentence.start) if not found else None
        events.extend(statements)
        events.extend(_nested_in_quotes(ctx, statements))  # after the words that hold them
        previous = SPOKE if statements or _ends_with_colon(ctx) else ASKED if _is_question(ctx) else None
    if lone is not None and lone_after_subject:
        events.append(_about_subject(lone))
    events.extend(_signature(body, paragraphs, tokens, starts))
    return events


def _nested_in_turn(ctx: SentenceView, answer_start: int) -> list[Statement]:
    """ "X : … Le vice-ministre, Trần Quốc Bảo, m'a dit : « … »": inside an interview answer,
    words the answer gives to someone it names are that person's too (the answer stays X's).
    Only a named speaker: the answer's "il m'a dit" is too loose to trust inside another's words."""
    return [s for s in find_statements(ctx, None) if s != ANONYMOUS and s.mention.how == "name"
            and s.mention.start >= answer_start]


MIN_NESTING_TOKENS = 8  # a quotation this long may report someone else's words inside it


def _nested_in_quotes(ctx: SentenceView, statements: list[Statement]) -> list[Statement]:
    """ "« Le chef de la mission du FMI, M. Ernesto Valdés, m'a dit que ce texte ne réglait
    rien », a-t-il lancé": a speaker named inside a quotation and given words there speaks too."""
    nested = []
    for outer in statements:
        if not isinstance(outer, Statement) or not outer.direct:
            continue
        first, last = ctx.index_at(outer.start), ctx.index_at(outer.end)
        if last - first < MIN_NESTING_TOKENS:
            continue
        span = Sentence(outer.start, outer.end, ctx.span.paragraph, False)
        inner = SentenceView(ctx.body, ctx.tokens[first:last],
                             [q for q in ctx.quotes if outer.start < q.open and q.close < outer.end], span)
        # Resolved right after the quotation's own speaker, who stays the one "il" means next;
        # the nested words stop with their sentence, not with the quotation around them.
        nested.extend(_nested(ctx.body, s, outer.pos) for s in find_statements(inner, None)
                      if s != ANONYMOUS and s.mention.name != outer.mention.name
                      and (s.mention.how in ("name", "title") or _body_cited(s)))
    return nested


def _body_cited(event: Statement | Introduction) -> bool:
    """ "…, selon la banque centrale dans sa dernière note…" inside a quotation: a body cited as
    the source of words within it (a pronoun or a bare role there is too loose to trust)."""
    return isinstance(event, Statement) and event.how == "according_to" and event.mention.how == "body" \
        and event.mention.kind == "organisation" and not event.mention.anonymous


def _nested(body: str, event: Statement | Introduction, pos: int) -> Statement | Introduction:
    """A nested event, resolved at the quotation's position; nested words stop with their sentence."""
    if isinstance(event, Introduction):  # someone the quotation names without their words
        return replace(event, pos=pos)
    start = last_sentence_start(body, event.start, event.pos) if event.how == "according_to" else event.start
    return replace(event, pos=pos, start=start, end=first_sentence_end(body, start, event.end))


def _signature(body: str, paragraphs: list[tuple[int, int]], tokens: list[Token], starts: list[int]):
    """A communiqué signed "Le Ministre de la Communication," then "René Sadi" on the last
    lines: that person holds the role the communiqué speaks in."""
    if len(paragraphs) < 3:
        return []
    (r0, r1), (n0, n1) = paragraphs[-2], paragraphs[-1]
    role_tokens = tokens[bisect_left(starts, r0):bisect_left(starts, r1)]
    name_tokens = tokens[bisect_left(starts, n0):bisect_left(starts, n1)]
    if not role_tokens or role_tokens[-1].low != "," or not name_tokens or len(name_tokens) > 5:
        return []
    role = parse_speaker(role_tokens, 0, len(role_tokens) - 1, body)
    name = parse_speaker(name_tokens, 0, len(name_tokens), body)
    if role is None or name is None or role[1] != len(role_tokens) - 1 or name[1] != len(name_tokens):
        return []
    role_mention, person = role[0], name[0]
    if role_mention.how != "role" or role_mention.name is not None or person.kind != "person" \
            or len((person.name or "").split()) < 2:
        return []
    return [Introduction(person.start, replace(person, role=role_mention.role, head=role_mention.head), True)]


_NAMING = frozenset({"name", "title", "role", "body"})


def _lone_quote(ctx: SentenceView) -> Statement | None:
    """A sentence that is one « quotation » and nothing else, with nobody yet to say it."""
    if len(ctx.quotes) != 1 or any(t.is_word and not ctx.in_quote(t) for t in ctx.tokens):
        return None
    quote = ctx.quotes[0]
    nobody = Mention(quote.open, quote.open, "name", "person")
    return Statement(quote.open, quote.start, quote.end, True, "", "", nobody)




MAX_BYLINE_TOKENS = 12


def _is_byline(ctx: SentenceView) -> bool:
    """ "Par Julien Verhaegen", "Propos recueillis par Léa Roux", "Par A. Diallo et M. Sow, à
    Dakar": the article's authors, who are never what its "il" or "elle" means."""
    line_end = ctx.body.find("\n", ctx.span.start)
    line_end = ctx.span.end if line_end < 0 else min(line_end, ctx.span.end)
    tokens = [t for t in ctx.tokens if t.start < line_end]
    if not ctx.span.first_in_paragraph or not tokens or len(tokens) > MAX_BYLINE_TOKENS \
            or any(ctx.in_quote(t) for t in tokens):
        return False
    k = 2 if tokens[0].low == "propos" and len(tokens) > 2 and tokens[1].low == "recueillis" else 0
    return tokens[k].low == "par" and tokens[k].text[0].isupper() != (k > 0) and k + 1 < len(tokens) \
        and tokens[k + 1].is_cap and not any(t.fold in lx.FINITE for t in tokens)


def _is_question(ctx: SentenceView) -> bool:
    """An interviewer's question: the sentence ends with '?' outside any quotation."""
    last = ctx.tokens[-1]
    return last.low == "?" and not ctx.in_quote(last)


def find_statements(ctx: SentenceView, previous: str | None) -> list:
    """All statements of one sentence: direct quotations first, else reported speech."""
    direct = find_direct(ctx, previous)
    if direct:
        found = [s for s in direct if s != ANONYMOUS]
        if not found:
            return [ANONYMOUS]
        relative = [s for s in find_relative_statements(ctx, found)
                    if not any(f.start <= s.pos < f.end or s.start < f.end and f.start < s.end for f in found)]
        return _with_participles(ctx, sorted(found + relative, key=lambda s: s.start))
    found = find_indirect(ctx)
    if found and ANONYMOUS in found:
        return found
    relative = [s for s in find_relative_statements(ctx) if not any(f.start <= s.pos < f.end for f in found)]
    return _with_participles(ctx, sorted(found + relative, key=lambda s: s.start)) or find_speech_intro(ctx)


def _with_participles(ctx: SentenceView, found: list) -> list:
    """Add "…, ajoutant que …" and "… et appelé X à …" clauses, and end an earlier statement
    where one begins."""
    extra = [s for s in find_participle_statements(ctx, found) + find_before_adding(ctx, found)
             + find_narrative_infinitive(ctx, found) + find_coordinated(ctx, found) + find_shared_subject(ctx, found)
             + find_passive_judgement(ctx, found)
             if not any(f.start <= s.start < f.end and f.direct for f in found)]
    if not extra:
        return found
    cut = []
    for statement in found:
        later = [e.pos for e in extra if statement.start < e.pos < statement.end]
        cut.append(_ending_before(ctx, statement, min(later)) if later else statement)
    return sorted(cut + extra, key=lambda s: s.start)


def _ending_before(ctx: SentenceView, statement: Statement, pos: int) -> Statement:
    start, end = ctx.text_span(statement.start, pos)
    while end > start and ctx.body[end - 1] in " ,":
        end -= 1
    for tail in (" tout en", " en", " tout", " mais", " et"):
        if ctx.body[start:end].endswith(tail):
            end -= len(tail)
            break
    while end > start and ctx.body[end - 1] in " ,":
        end -= 1
    start, end = ctx.text_span(start, end)
    return replace(statement, start=start, end=end) if end > start else statement


def _ends_with_colon(ctx: SentenceView) -> bool:
    return ctx.tokens[-1].low == ":"


def find_introductions(ctx: SentenceView, subject: int) -> list[Introduction]:
    """People and bodies named in a sentence; the grammatical subject (at `subject`) is salient."""
    intros: list[Introduction] = []
    tokens, limit = ctx.tokens, len(ctx.tokens)
    subject_starts = {subject}
    if limit > 3 and tokens[0].low == "quant" and tokens[1].low in ("au", "aux", "à", "a"):
        # "Quant au Snalc, il dénonce …": the topic is whom the sentence's pronoun means
        subject_starts.add(1 if tokens[1].low in _CONTRACTED else 2)
    n = 0
    while n < limit:
        described = described_body(tokens, n, limit, ctx.body) if tokens[n].is_cap and n not in subject_starts \
            else None
        if described is not None:
            intros.append(Introduction(described[0].start, described[0], False))
            n = described[1]
            continue
        if n in subject_starts or _may_start_named_mention(tokens, n, limit):
            parsed = parse_speaker(tokens, n, limit, ctx.body, contracted=tokens[n].low in _CONTRACTED)
            if parsed is not None and _worth_registering(parsed[0], salient=n in subject_starts):
                salient = n in subject_starts and not ctx.in_quote(tokens[n])
                if salient and parsed[0].kind == "person" and parsed[0].name and parsed[0].role is None:
                    parsed = _with_fronted_role(ctx, n, parsed)
                issued = salient and _issues_document(ctx, parsed[1])
                intros.append(Introduction(parsed[0].start, parsed[0], salient, issued))
                intros.extend(_inner_body(ctx, n, parsed))
                n = max(parsed[1], n + 1)
                continue
        n += 1
    return intros


def _with_fronted_role(ctx: SentenceView, n: int, parsed: tuple[Mention, int]) -> tuple[Mention, int]:
    """ "Porte-parole du collectif, Christiane Ngo Mbe enseigne …": the role opening the
    sentence, before its comma, is the named subject's."""
    if n < 3 or ctx.tokens[n - 1].low != ",":
        return parsed
    found, end = role_phrase(ctx.tokens, 0, n - 1, ctx.body)
    if found is None or end != n - 1 or found[1] in lx.EPITHETS or found[1] in lx.NON_REFERRING_ROLES:
        return parsed
    role, head, gender = found
    role = role[:1].lower() + role[1:] if role[1:2].islower() else role  # as it reads mid-sentence
    return replace(parsed[0], role=role, head=head, gender=parsed[0].gender or gender), parsed[1]


def _issues_document(ctx: SentenceView, after: int) -> bool:
    """ "Le maire a signé un communiqué", "La préfecture a publié une note": the subject put out
    the document the next sentences may quote."""
    tokens = ctx.tokens
    return any(tokens[k].fold in lx.ISSUED_DOCUMENTS and tokens[k - 1].low in ("un", "une", "son", "sa")
               and not ctx.in_quote(tokens[k]) and (k + 1 == len(tokens) or tokens[k + 1].low not in _OF)
               for k in range(after + 1, len(tokens)))


_OF = frozenset({"de", "du", "des", "d'"})  # "a réagi à un communiqué de la préfecture": the préfecture's


def _inner_body(ctx: SentenceView, n: int, parsed: tuple[Mention, int]) -> list[Introduction]:
    """The body inside another's name that the closing acronym belongs to: "la commission de
    discipline de la Fédération française de handball (FFHandball)" names the federation too."""
    mention, end = parsed
    if mention.kind != "organisation" or mention.acronym is not None or end - n <= 4:
        return []
    acronym = trailing_acronym(ctx.tokens, end - 3, len(ctx.tokens))
    if acronym is None:
        return []
    start = inner_body_start(ctx.tokens, n, end - 3, acronym, ctx.body)
    inner = None if start is None else parse_speaker(ctx.tokens, start, end, ctx.body, contracted=True)
    if inner is None or inner[1] != end or inner[0].acronym != acronym:
        return []
    return [Introduction(inner[0].start, inner[0], False)]


def _subject_index(ctx: SentenceView) -> int:
    """Where the sentence's subject starts, skipping leading adverbials ("Lundi, depuis Londres, …")."""
    for start in clause_starts(ctx, len(ctx.tokens))[:4]:
        parsed = parse_speaker(ctx.tokens, start, len(ctx.tokens), ctx.body)
        if parsed is not None and _is_strong(parsed[0]) and looks_verbal(ctx.tokens, parsed[1], len(ctx.tokens)):
            return start
    return -1


def _about_subject(lone: Statement) -> Statement:
    """The lone quotation as words of whoever the previous sentence was about, if named."""
    return replace(lone, mention=replace(lone.mention, how="subject"), how="continuation")


def _is_participle(statement) -> bool:
    return isinstance(statement, Statement) and statement.verb.endswith("ant") and " " not in statement.verb


def _named_subject(intros: list[Introduction]) -> Mention | None:
    """The salient subject of a sentence when it names a person in full or a defined body."""
    for intro in intros:
        mention = intro.mention
        if intro.salient and not mention.anonymous and not mention.plural and mention.name is not None \
                and (mention.kind == "organisation" or len(mention.name.split()) >= 2 or mention.how == "title"):
            return mention
    return None


def _has_speech_verb(ctx: SentenceView) -> bool:
    """A line without a full stop is still a sentence about someone when it has a speech verb
    ("L'entraîneur a aussi regretté le manque d'envie …"); a heading ("Interview de X") has none."""
    return any(match_verb(ctx.tokens, v, len(ctx.tokens), ctx.body) for v in ctx.verb_starts)


def _has_subject(ctx: SentenceView, subject: int) -> bool:
    """The sentence is about someone: a named subject, or "il"/"elle" before its verb."""
    tokens = ctx.tokens
    if tokens[0].low in ("il", "elle") and looks_verbal(tokens, 1, len(tokens)):
        return True
    return subject >= 0


def _is_strong(mention: Mention) -> bool:
    """A bare capitalised word opening a sentence ("Côté lensois, …") is too weak to be a subject."""
    return mention.how != "name" or mention.role is not None or mention.kind == "organisation" \
        or len((mention.name or "").split()) >= 2


_CONTRACTED = frozenset({"du", "au"})  # "des propos du député MoDem Luc Ferrand"
_MENTION_TRIGGERS = frozenset(set(lx.TITLES) | lx.DEFINITE_DETS | set(lx.POSSESSIVES) | _CONTRACTED)


def _may_start_named_mention(tokens: list[Token], n: int, limit: int) -> bool:
    token = tokens[n]
    if token.low not in _MENTION_TRIGGERS:
        if not (token.is_cap and n + 1 < limit and tokens[n + 1].is_cap):
            return False
        following = tokens[n + 1].text
        # "Emmanuel Macron", or the "Prénom NOM" convention: "Sibeth NDIAYE"
        return token.fold in lx.GIVEN_NAMES or (following.isupper() and len(following) > 1 and not token.text.isupper())
    if token.low in lx.TITLES:
        return n + 1 < limit and tokens[n + 1].is_cap
    if token.low in _CONTRACTED:
        return n + 1 < limit and (tokens[n + 1].fold in lx.ROLE_NOUNS or demonym_before_name(tokens, n + 1, limit))
    if token.low in lx.DEFINITE_DETS or token.low in lx.POSSESSIVES:
        return n + 1 < limit and (tokens[n + 1].fold in lx.ROLE_NOUNS or tokens[n + 1].fold in lx.BODY_NOUNS
                                  or tokens[n + 1].low in lx.PRE_ADJECTIVES or tokens[n + 1].fold in lx.DEMONYMS
                                  or demonym_before_name(tokens, n + 1, limit))
    return token.fold in lx.GIVEN_NAMES and n + 1 < limit and tokens[n + 1].is_cap


def _worth_registering(mention: Mention, salient: bool) -> bool:
    if mention.anonymous or mention.plural:
        return False
    if mention.name is not None:
        return mention.kind == "organisation" or mention.how == "title" or len(mention.name.split()) >= 2 \
            or mention.role is not None
    return salient and (mention.kind == "organisation" or mention.how == "role")
