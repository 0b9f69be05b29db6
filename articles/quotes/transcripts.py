"""Interview and press-conference transcripts.

    Lin Jian : La Chine s'oppose …          (label and colon at the start of a paragraph)
    Question : … / Réponse : …              (the answer is the interviewee's)
    SIBETH NDIAYE                            (a name in capitals alone on its line,
    Bonjour.                                  then that person's paragraphs)
Questions are not quotes.
"""
from __future__ import annotations

from bisect import bisect_left

from . import lexicon as lx
from .clauses import SentenceView, Statement
from .mentions import Mention, parse_speaker
from .text import Token

MIN_LABEL_PARAGRAPHS = 3  # one capitalised line is a heading; three or more make a transcript


def find_transcript_turn(ctx: SentenceView, paragraph_end: int):
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


def _colon_content(ctx: SentenceView, start: int, end: int, mention: Mention):
    """A turn that is itself a « quotation » is a colon intro: its words are the quote."""
    for quote in ctx.quotes:
        if quote.open == start and ctx.body[quote.close + 1:end].strip() in ("", ".", "!", "?"):
            return quote.start, quote.end, True, None
    return start, end, True, "transcript"


def find_label_turns(body: str, paragraphs: list[tuple[int, int]], tokens: list[Token]) -> dict[int, Statement | None]:
    """Paragraph index → the statement it holds (None for labels and questions), for
    transcripts whose speakers' names stand alone in capitals on their own line."""
    starts = [t.start for t in tokens]
    labels = {}
    for index, (start, end) in enumerate(paragraphs):
        mention = _label(body, tokens[bisect_left(starts, start):bisect_left(starts, end)])
        if mention is not None:
            labels[index] = mention
    if len(labels) < MIN_LABEL_PARAGRAPHS:
        return {}
    turns: dict[int, Statement | None] = {}
    speaker = None
    for index in range(min(labels), len(paragraphs)):
        if index in labels:
            speaker, turns[index] = labels[index], None
            continue
        start, end = _stripped(body, *paragraphs[index])
        asked = body[start:end].endswith("?")
        turns[index] = None if asked or speaker is None else Statement(
            start, start, end, True, ":", "", speaker, "transcript")
    return turns


def _stripped(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _label(body: str, toks: list[Token]) -> Mention | None:
    """ "PATRICK ROGER": a person's name in capitals filling the whole paragraph."""
    if not 2 <= len(toks) <= 5 or not all(t.is_word and t.text.isupper() for t in toks):
        return None
    parsed = parse_speaker(toks, 0, len(toks), body)
    if parsed is None or parsed[1] != len(toks) or parsed[0].kind != "person":
        return None
    return parsed[0]
