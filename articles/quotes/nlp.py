"""Dependency-parse fallback: spaCy's French model reads the sentences the rules could not.

The rules (direct.py, reported.py) are fast and right on the common shapes; real news also
writes speech in shapes no rule lists ("Le chef de l'opposition, élu depuis 2014 dans la
circonscription, a martelé que …"). For a sentence that has a speech verb or a quotation
and where no rule found a statement, the parse gives the verb's subject and its clausal
complement; the subject is then read by the same noun-phrase parser as everywhere else,
so resolution (pronouns, roles, typos) stays one discourse model.

The model is loaded once per process, on first use; sentences are parsed one at a time,
so the cost grows with the number of such sentences, never with the text as a whole.
"""
from __future__ import annotations

import os
from functools import lru_cache

from . import lexicon as lx
from .clauses import SentenceView, Statement
from .mentions import Mention, parse_speaker, pronoun_mention

MODEL = "fr_core_news_sm"
MIN_WORDS = 6
MAX_SENTENCE_CHARS = 1_000  # longer "sentences" are lists or unsplit blocks: not worth a parse
CLAUSE_WINDOW = 8
INFINITIVE_WINDOW = 2
PARSE_TAIL = 4  # words of the clause the parse sees past the opener's window
_CLAUSE_OPENERS = frozenset({"avoir", "être", "de", "d'", "à"})  # an infinitive right after the verb
_SUBJECT_DEPS = frozenset({"nsubj"})
_CONTENT_DEPS = frozenset({"ccomp"})
# "condamner" takes a clause only as a court's sentence ("l'a condamné à verser 2 000 euros"):
# the rules read its words (a quotation, an object); the parse would read the sentence.
_SPEECH_LEMMAS = (frozenset(entry[0] for entry in lx.FINITE.values()) | frozenset(
    entry[0] for entry in lx.PARTICIPLES.values())) - {"condamner"}
_INFINITIVE_VERBS = frozenset(entry[0] for entry in lx.FINITE.values() if lx.INF in entry[1])
# Every form a speech verb of the lexicon can take: a cheap test before any parse.
_SPEECH_FORMS = frozenset(lx.FINITE) | frozenset(lx.PARTICIPLES) | frozenset(lx.PRESENT_PARTICIPLES) \
    | frozenset(lx.fold(lemma) for lemma in _SPEECH_LEMMAS)


def enabled() -> bool:
    """NEWSARCHIVE_NLP=0 turns the parse off (the rules alone, e.g. to compare figures)."""
    return os.environ.get("NEWSARCHIVE_NLP", "1") != "0"


@lru_cache(maxsize=1)
def _model():
    import spacy  # imported here: processes that never extract never pay for it

    return spacy.load(MODEL, exclude=["ner"])


@lru_cache(maxsize=512)
def parse(text: str):
    """The parsed sentence (cached: re-importing an article parses nothing twice)."""
    return _model()(text)


def worth_parsing(ctx: SentenceView) -> bool:
    """A sentence the rules left empty that still has a speech verb's form in it."""
    span = ctx.span
    if span.end - span.start > MAX_SENTENCE_CHARS or ctx.words_between(0, len(ctx.tokens)) < MIN_WORDS:
        return False
    return _parse_end(ctx) is not None


def _parse_end(ctx: SentenceView) -> int | None:
    """Where the parse may stop: a few words past the last speech verb that opens a clause
    (the subject and the clause's start are all the parse is asked for), or None."""
    tokens = ctx.tokens
    last = None
    for n, token in enumerate(tokens):
        if token.fold in _SPEECH_FORMS and not ctx.in_quote(token):
            # only a verb that goes on with a clause can report words: "que" a few words on, or
            # an infinitive right after it ("affirme avoir", "a tenu à préciser", "dit de");
            # "a annoncé la suspension de l'accès" names a thing and is not worth a parse
            window = tokens[n + 1:n + 1 + CLAUSE_WINDOW]
            if any(t.low in ("que", "qu'") for t in window) or _opens_infinitive(window[:INFINITIVE_WINDOW + 1]):
                last = n
    if last is None:
        return None
    return tokens[min(last + CLAUSE_WINDOW + PARSE_TAIL, len(tokens) - 1)].end


def _opens_infinitive(window) -> bool:
    """ "affirme avoir", "a tenu à préciser", "dit de": an opener, then an infinitive's form;
    "présenté lundi à un juge", "qualifié de « choc »" open nothing."""
    for n, token in enumerate(window[:INFINITIVE_WINDOW]):
        if token.low in ("avoir", "être"):
            return True
        if token.low in _CLAUSE_OPENERS and n + 1 < len(window):
            following = window[n + 1]
            return following.is_word and not following.is_cap and following.fold.endswith(("er", "ir", "re"))
    return False


def parsed_statements(ctx: SentenceView) -> list[Statement]:
    """Statements the parse finds: a speech verb with a subject and a clausal complement."""
    offset = ctx.span.start
    cut = _parse_end(ctx) or ctx.span.end
    doc = parse(ctx.body[ctx.span.start:cut])
    statements = []
    for token in doc:
        if token.lemma_ not in _SPEECH_LEMMAS or token.pos_ != "VERB" or _negated(token):
            continue
        content = _content(token)
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if content is None or subject is None or ctx.in_quote(ctx.tokens[min(ctx.index_at(offset + token.idx),
                                                                                 len(ctx.tokens) - 1)]):
            continue
        mention = _mention(ctx, subject, offset)
        if mention is None:
            continue
        # where the parse stopped short of the sentence, the clause runs on to its end, as in the rules
        start, end = ctx.text_span(offset + content[0], ctx.span.end if cut < ctx.span.end else offset + content[1])
        if ctx.words_between(ctx.index_at(start), ctx.index_at(end)) < 2:
            continue
        verb = _verb_text(token)
        statements.append(Statement(offset + token.idx, start, end, False, verb, token.lemma_, mention))
    return statements


def _negated(token) -> bool:
    return any(c.lower_ in ("pas", "jamais", "guère") and c.dep_ == "advmod" for c in token.children)


def _content(verb) -> tuple[int, int] | None:
    """Character span of the reported clause: the ccomp subtree after its "que"."""
    for child in verb.children:
        if child.dep_ in _CONTENT_DEPS and child.i > verb.i:
            words = [w for w in child.subtree]
            while words and (words[0].dep_ == "mark" or words[0].is_punct):
                words = words[1:]
            if words:
                return words[0].idx, words[-1].idx + len(words[-1].text)
    for child in verb.children:  # "a tenu à préciser que …"
        if child.dep_ == "xcomp" and child.lemma_ in _SPEECH_LEMMAS:
            return _content(child)
    for child in verb.children:  # "affirme avoir été mis sur écoute", "dit demander au commissaire …"
        if child.dep_ == "xcomp" and child.i > verb.i and verb.lemma_ in _INFINITIVE_VERBS \
                and not any(c.dep_ == "obj" and verb.i < c.i < child.i for c in verb.children):
            # "condamne la société à verser …" is a ruling on its object, not the subject's words
            words = [w for w in child.subtree if w.i >= child.i or w.dep_ not in ("mark", "case")]
            return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


def _mention(ctx: SentenceView, subject, offset: int) -> Mention | None:
    """Read the subject with the rules' noun-phrase parser; a bare pronoun is a pronoun."""
    if subject.lower_ in lx.SUBJECT_PRONOUNS:
        token = ctx.tokens[ctx.index_at(offset + subject.idx)]
        return pronoun_mention(token, lx.SUBJECT_PRONOUNS[subject.lower_])
    first = ctx.index_at(offset + subject.left_edge.idx)
    last = ctx.index_at(offset + subject.right_edge.idx + len(subject.right_edge.text))
    parsed = parse_speaker(ctx.tokens, first, max(last, first + 1), ctx.body)
    if parsed is None or parsed[0].anonymous or parsed[0].plural:
        return None
    mention = parsed[0]
    if mention.how == "name" and mention.kind == "person" and len((mention.name or "").split()) < 2 \
            and subject.pos_ != "PROPN":
        return None  # a capitalised common word opening the sentence is no name
    return mention


def _verb_text(verb) -> str:
    words = sorted([c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i] + [verb],
                   key=lambda w: w.i)
    return " ".join(w.text for w in words)
