"""Segmentation stage: tokens, quotation-mark spans and sentences of an article body.

Everything keeps character offsets into the untouched body, so later stages can hand
back `body[start:end]` slices.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .lexicon import fold

_UPPER = "A-ZÀ-ÖØ-ÞŒŠŽŸĆČŁŃŚŹŻŘĚŞĞİ"
# Words keep inner hyphens and apostrophes ("a-t-il", "aujourd'hui", "l'OTAN"); elisions
# and initials are split or extended afterwards, which is cheaper than regex alternatives.
_TOKEN_RE = re.compile(r"\w+(?:[-‑'’]\w+)*|\.\.\.|…|[^\w\s]")
_ELISION_RE = re.compile(r"(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)")
_DOTTED_TITLES = frozenset({"Mme", "Mlle", "Mgr", "Dr", "Pr", "Mr", "Dre"})
_ELIDABLE = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"})
_OPENERS = {"«": "»", "“": "”", "‹": "›", '"': '"'}
# Curly double marks are typed every which way in real pages: “…”, „…“, ”…”, ‘’…’’ (two
# single marks). Any of them opens where a word starts and closes where a word ends.
_CURLY = "“"
_CURLY_MARKS = frozenset({"“", "”", "„", "‘‘", "‘’", "’’", "''"})
_QUOTE_CHARS_RE = re.compile(r"[‘’']{2}|[«»“”„‹›\"]")
# Paragraphs: cleaned bodies separate them with a blank line, raw pages with a line break.
_PARA_RE = re.compile(r"[ \t]*\n\s*")
_SENTENCE_END_RE = re.compile(r"[.!?…]+(?=[\s»”“’\"›)]*(?:\s|$))")
_ABBREVIATIONS = frozenset({"m", "mme", "mlle", "mgr", "dr", "pr", "me", "st", "ste", "av", "cf", "p",
                            "no", "vol", "art", "env", "mr", "dre", "jr", "sr", "gal", "col", "cdt"})


class Token:
    """A word or punctuation mark with its offsets. A plain slotted class: tokens are the
    most numerous objects of the pipeline and dataclass construction costs twice as much."""
    __slots__ = ("text", "start", "end", "low", "fold", "is_cap", "is_word")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        normal = _NORMALISED.get(text)
        if normal is None:
            normal = _normalise(text)
        # low: lower-case, straight apostrophe, for function words ("a" vs "à");
        # fold: accent-folded, for lexicon lookups
        self.low, self.fold, self.is_cap, self.is_word = normal

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


_NORMALISED: dict[str, tuple[str, str, bool, bool]] = {}
_CACHE_LIMIT = 200_000


def _normalise(text: str) -> tuple[str, str, bool, bool]:
    low = text.lower().replace("’", "'").replace("‑", "-")
    normal = (low, fold(low), text[:1].isupper(), text[:1].isalnum())
    if len(_NORMALISED) > _CACHE_LIMIT:
        _NORMALISED.clear()
    _NORMALISED[text] = normal
    return normal


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A run of quoted words: `open`/`close` are the marks, `start`/`end` the inner text."""
    open: int
    close: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    first_in_paragraph: bool


def tokenize(body: str) -> list[Token]:
    """Split into word and punctuation tokens: "l'agence a-t-elle" → ["l'", "agence", "a-t-elle"]."""
    tokens = []
    append = tokens.append
    swallowed = -1  # end of a dot already attached to the previous token
    for match in _TOKEN_RE.finditer(body):
        text, start, end = match.group(), match.start(), match.end()
        if start < swallowed:
            continue
        if "'" in text or "’" in text:
            elision = _ELISION_RE.match(text)
            if elision is not None:
                cut = elision.end()
                append(Token(text[:cut], start, start + cut))
                text, start = text[cut:], start + cut
        elif body[end:end + 1] in ("'", "’") and text.lower() in _ELIDABLE:
            text, end = text + body[end], end + 1  # elision before a non-word: "d'« une décision »"
            swallowed = end
        elif body[end:end + 1] == "." and (_is_initial(body, start, end) or text in _DOTTED_TITLES):
            text, end = text + ".", end + 1  # initials and titles keep their dot: "J.", "M.", "Dr."
            swallowed = end
        append(Token(text, start, end))
    return tokens


def _wrapped(body: str, match: re.Match) -> bool:
    """A single line break inside a sentence ("a déclaré lundi\nque la réforme …"): a page
    or a PDF wrapped its lines; the paragraph goes on."""
    if match.group().count("\n") > 1:
        return False
    before = body[max(0, match.start() - 1):match.start()]
    after = body[match.end():match.end() + 1]
    return bool(before) and before not in _LINE_ENDS and after.islower()


_LINE_ENDS = frozenset(".!?…:;»\"”)")


def find_paragraphs(body: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph; paragraphs are separated by blank lines."""
    spans, pos = [], 0
    for match in _PARA_RE.finditer(body):
        if _wrapped(body, match):
            continue
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def find_quote_spans(body: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Pair quotation marks into spans; « continuation » across paragraphs is one span."""
    para_starts = [s for s, _ in paragraphs]
    spans: list[QuoteSpan] = []
    open_pos, open_char, open_para, depth = -1, "", -1, 0
    for match in _QUOTE_CHARS_RE.finditer(body):
        pos, char = match.start(), match.group()
        if char in _CURLY_MARKS:
            char = _curly_role(body, match.start(), match.end(), open_pos >= 0 and open_char in (_CURLY, '"'))
            if char is None:
                continue
            if char == "”" and open_pos >= 0 and open_char == '"':
                char = '"'  # '"Le blé coûte plus cher.’’': a straight mark opened, a curly one closes
        para = bisect_right(para_starts, pos) - 1
        if open_pos >= 0 and para != open_para:
            if para == open_para + 1 and _continues_quote(body, para_starts[para], pos, char, open_char):
                open_para = para  # the opening mark of a continued paragraph
                continue
            if open_char == "«":  # never closed: the quotation runs to the end of its paragraph
                spans.append(_dangling_span(body, open_pos, paragraphs[open_para][1]))
            open_pos, depth = -1, 0  # unbalanced: forget the dangling opener
        if open_pos < 0:
            if char in _OPENERS and (char != '"' or _can_open(body, pos)):
                open_pos, open_char, open_para, depth = pos, char, para, 0
            continue
        closer = _OPENERS[open_char]
        if char == open_char and char != '"':
            depth += 1  # nested quote of the same kind
        elif char == closer and depth:
            depth -= 1
        elif char == closer:
            spans.append(_make_span(body, open_pos, pos, _mark_length(body, open_pos), len(match.group())))
            open_pos = -1
    if open_pos >= 0 and open_char == "«":
        spans.append(_dangling_span(body, open_pos, paragraphs[open_para][1]))
    return spans


def _dangling_span(body: str, open_pos: int, paragraph_end: int) -> QuoteSpan:
    """ "« … " cut off by the page's end or a missing mark: up to the paragraph's end."""
    end = paragraph_end
    while end > open_pos + 1 and body[end - 1].isspace():
        end -= 1
    span = _make_span(body, open_pos, end)
    return QuoteSpan(span.open, end - 1, span.start, span.end)


def _curly_role(body: str, start: int, end: int, curly_open: bool) -> str | None:
    """ "”" where a curly mark closes the open one, "“" where it opens one, None otherwise."""
    before, after = body[start - 1:start] if start else " ", body[end:end + 1] or " "
    if curly_open and not before.isspace() and (after.isspace() or after in ".,;:!?)…»-–—"):
        return "”"
    if (before.isspace() or before in "([—–-:'’") and not after.isspace():
        return "“"
    return None


def _mark_length(body: str, pos: int) -> int:
    match = _QUOTE_CHARS_RE.match(body, pos)
    return len(match.group()) if match else 1


def _continues_quote(body: str, para_start: int, pos: int, char: str, open_char: str) -> bool:
    """French convention: a paragraph that goes on quoting opens with « (or »)."""
    if body[para_start:pos].strip():
        return False
    return char == open_char or (open_char == "«" and char == "»")


def _can_open(body: str, pos: int) -> bool:
    after = body[pos + 1:pos + 2]
    return bool(after) and not after.isspace() and after not in ".,;:)"


def _make_span(body: str, open_pos: int, close_pos: int, open_len: int = 1, close_len: int = 1) -> QuoteSpan:
    """`close` is the last character of the closing mark ("’’" is two)."""
    start, end = open_pos + open_len, close_pos
    close_pos += close_len - 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_pos, close_pos, start, end)


def split_sentences(body: str, paragraphs: list[tuple[int, int]], quotes: list[QuoteSpan]) -> list[Sentence]:
    """Cut at paragraph ends and sentence-final punctuation, never inside a quotation."""
    if not paragraphs:
        return []
    cuts = {end for _, end in paragraphs}
    opens = [q.open for q in quotes]
    cuts.update(_punctuation_cuts(body, quotes, opens))
    para_starts = [start for start, _ in paragraphs]
    sentences, start = [], paragraphs[0][0]
    for cut in sorted(c for c in cuts if not _inside_quote(c, quotes, opens)):
        if body[start:cut].strip():
            sentences.append(_trimmed(body, start, cut, para_starts))
        start = cut
    return sentences


# "téléspectateurs.En fin d'émission": a full stop glued to the next sentence's first word.
_GLUED_END_RE = re.compile(r"(?<=[a-zà-öø-ÿ]{3})\.(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,}\b)")


def _punctuation_cuts(body: str, quotes: list[QuoteSpan], opens: list[int]):
    for match in _GLUED_END_RE.finditer(body):
        if not _inside_quote(match.start(), quotes, opens):
            yield match.end()
    for match in _SENTENCE_END_RE.finditer(body):
        cut = match.end()
        if _inside_quote(match.start(), quotes, opens):
            cut = _closing_right_after(body, cut, quotes, opens)
            if cut is None:
                continue
        if _starts_new_sentence(body, cut) and not _is_abbreviation(body, match.start()):
            yield cut


def _sentence_ends(body: str, start: int, end: int):
    """The final punctuation marks in body[start:end] that end a sentence, by the same rules as
    split_sentences (not at "M. Dupont" or an initial)."""
    for match in _SENTENCE_END_RE.finditer(body, start, end):
        if _starts_new_sentence(body, match.end()) and not _is_abbreviation(body, match.start()):
            yield match


def first_sentence_end(body: str, start: int, end: int) -> int:
    """Where the first sentence of body[start:end] ends, its final punctuation and the space
    before it left out; `end` when it runs on."""
    for match in _sentence_ends(body, start, end):
        stop = match.start()
        while stop > start and body[stop - 1].isspace():
            stop -= 1  # "viendra !": the space before a French "!" is not theirs
        return stop
    return end


def last_sentence_start(body: str, start: int, pos: int) -> int:
    """Where the sentence holding `pos` starts within body[start:pos]."""
    found = start
    for match in _sentence_ends(body, start, pos):
        found = match.end()
    while found < pos and body[found].isspace():
        found += 1
    return found


def _inside_quote(pos: int, quotes: list[QuoteSpan], opens: list[int]) -> bool:
    """Spans come sorted and disjoint: only the last one opening before `pos` can hold it."""
    n = bisect_left(opens, pos) - 1
    return n >= 0 and pos <= quotes[n].close


def _closing_right_after(body: str, pos: int, quotes: list[QuoteSpan], opens: list[int]) -> int | None:
    """'… fin. » Puis' : the sentence ends after the closing mark."""
    n = max(bisect_left(opens, pos) - 1, 0)
    for quote in quotes[n:n + 2]:
        if pos <= quote.close and not body[pos:quote.close].strip():
            return quote.close + 1
    return None


def quotes_within(quotes: list[QuoteSpan], opens: list[int], start: int, end: int) -> list[QuoteSpan]:
    """The spans opening in [start, end), by bisection: long texts have thousands."""
    return quotes[bisect_left(opens, start):bisect_left(opens, end)]


def _starts_new_sentence(body: str, cut: int) -> bool:
    rest = body[cut:cut + 40].lstrip()
    return not rest or rest[0].isupper() or rest[0] in "«“”„‘\"‹—–-" or rest[0].isdigit()


def _is_abbreviation(body: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and body[word_start - 1].isalpha():
        word_start -= 1
    if _is_initial(body, word_start, dot):
        return True  # initial: "George W. Bush"
    return body[word_start:dot].lower() in _ABBREVIATIONS


def _is_initial(body: str, start: int, end: int) -> bool:
    """One capital letter before a dot: an initial, except the unknown party of "plainte contre X."."""
    return end == start + 1 and body[start].isupper() and not body[max(0, start - 7):start].lower().endswith("contre ")


def _trimmed(body: str, start: int, end: int, para_starts: list[int]) -> Sentence:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    paragraph = bisect_right(para_starts, start) - 1
    first = not body[para_starts[paragraph]:start].strip()
    if first:
        dateline = _DATELINE_RE.match(body, start, end)
        if dateline and dateline.end() < end:
            start = dateline.end()  # "KINSHASA, 12 mars (AFP) – « … », a déclaré X": the place is no words
    return Sentence(start, end, paragraph, first)


# A dispatch's dateline: "KINSHASA, 12 mars 2024 (AFP) - ", "Bangui (Reuters) – ", "NOUMÉA – ".
_DATELINE_RE = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’ .-]{1,40}?(?:,[^()\n,]{1,30})?\s*\([A-Za-z][\w .-]{1,15}\)"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{2,30}(?:,[^()\n,–—]{1,30})?)\s*[-–—]\s+")
