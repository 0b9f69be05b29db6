"""Interview and press-conference transcripts.

    Lin Jian : La Chine s'oppose …          (label and colon at the start of a paragraph)
    Paperjam: Est-ce une erreur ?           (a named asker's questions are its words too)
    TourMaG.com - Quel est l'état … ?       (a dash after a label that recurs)
    Question : … / Réponse : …              (the answer is the interviewee's)
    SIBETH NDIAYE                            (a name in capitals alone on its line,
    Bonjour.                                  then that person's paragraphs)
    Comment se présente la saison ?           (no labels: two questions or more, each
    Très bien. Les réservations …              answered by the next paragraph, the interviewee's)
Anonymous questions ("Question :", "Journaliste :") are not quotes.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from dataclasses import replace

from . import lexicon as lx
from .clauses import SentenceView, Statement
from .mentions import Mention, parse_speaker
from .name_runs import is_given_name
from .names import TITLE_ARTICLE_RE
from .text import QuoteSpan, Token, quotes_within
from .verbs import may_start_verb

MIN_LABEL_PARAGRAPHS = 3  # one capitalised line is a heading; three or more make a transcript


_LABEL_RE = re.compile(r"[^\S\n]*([^\s:–-][^:\n–]{0,40}?)[^\S\n]*(?::|[^\S\n][-–][^\S\n])")
# A page's furniture, not a turn: "Lire aussi : …", "Photo : …", "Source : …", "Mis à jour : …"
_FURNITURE_RE = re.compile(
    r"(?:(?:à |a )?lire|(?:à |a )?voir|photos?|crédits?(?: photos?)?|légende|vidéo|sources?|par|tags|"
    r"mots[- ]clés|mise? à jour|publié(?:e)?(?: le)?)(?: aussi| également)?$", re.IGNORECASE)


def recurring_labels(body: str, paragraphs: list[tuple[int, int]]) -> frozenset[str]:
    """Labels that open two paragraphs or more ("Paperjam:", "TourMaG.com -"): a transcript's.
    With two labelled paragraphs or more, the empty label "" is in the set too: the text reads
    as a transcript, where a one-off "Jean Morel :" is a turn rather than a headline's topic."""
    counts = Counter(m.group(1) for start, end in paragraphs
                     if (m := _LABEL_RE.match(body, start, end)) and not _FURNITURE_RE.match(m.group(1)))
    several = {""} if sum(counts.values()) >= 2 else set()
    return frozenset({label for label, count in counts.items() if count >= 2} | several)


def find_transcript_turn(ctx: SentenceView, paragraph_end: int, recurring: frozenset[str] = frozenset()):
    """ "Lin Jian : …" at a paragraph start: the rest of the paragraph is his turn."""
    colon = next((n for n, t in enumerate(ctx.tokens[:8]) if t.low == ":"), None)
    if colon is None:
        colon = next((n for n, t in enumerate(ctx.tokens[:8]) if t.low in ("-", "–") and n
                      and ctx.body[ctx.tokens[0].start:ctx.tokens[n - 1].end] in recurring), None)
    if colon is None or colon == 0:
        return None
    label = ctx.tokens[:colon]
    if _FURNITURE_RE.match(ctx.body[label[0].start:label[-1].end]):
        return None
    if label[0].fold in lx.EVENT_NOUNS or label[0].fold in lx.DEFINITE_DETS and len(label) > 1 \
            and label[1].fold in lx.EVENT_NOUNS:
        return None  # "Sommet de la Cédéao : …" is where it was said, not who
    start, end = ctx.text_span(ctx.tokens[colon].end, paragraph_end)
    if not any(c.islower() for c in ctx.body[start:end]):
        return None  # "INONDATIONS : LE BILAN VILLE PAR VILLE" is a headline
    if _is_data(ctx.body[start:end]):
        return None  # "Charolais U : 4,62 €/kg vif (+0,05)": a table's row
    word = label[0].fold.rstrip(".")  # "Q. – …", "R. – …"
    if word in lx.QUESTION_LABELS and colon == 1:
        return "question"
    is_question = ctx.body[start:end].rstrip().endswith("?") or ctx.body[start:end].rstrip().endswith("?»")
    if word in lx.ANSWER_LABELS and colon == 1:
        mention = Mention(label[0].start, label[0].end, "answer", "person")
    elif (initialled := _initialled_name(ctx.body, ctx.body[label[0].start:label[-1].end], recurring)) is not None:
        mention = Mention(label[0].start, label[-1].end, "name", "person", name=initialled,
                          surface=ctx.body[label[0].start:label[-1].end])
    else:
        text = ctx.body[label[0].start:label[-1].end]
        parsed = parse_speaker(ctx.tokens, 0, colon, ctx.body)
        if text in recurring and (_looks_like_outlet(text) and (parsed is None or parsed[1] != colon)
                                  or _titled_outlet(text) and (parsed is None or parsed[0].name != text)):
            parsed = Mention(label[0].start, label[-1].end, "name", "organisation", name=text, surface=text), colon
        named_elsewhere = ctx.body.count(text) >= 2  # "Thu Trang Pham :" after "…, Thu Trang Pham, 34 ans"
        if parsed is None or parsed[1] != colon or not _is_transcript_label(
                parsed[0], text in recurring or lx.fold(text) in lx.MEDIA_NAMES, "" in recurring, named_elsewhere):
            return None
        mention = parsed[0]
        known_media = lx.fold(mention.name or "") in lx.MEDIA_NAMES
        if (text in recurring or known_media) and mention.kind == "person" and len((mention.name or "").split()) == 1:
            mention = replace(mention, kind="organisation")  # "Paperjam:", "AFP :" ask, never answer
    if is_question and mention.how == "answer":
        return "question"
    start, end, direct, how = _colon_content(ctx, start, end, mention)
    return Statement(label[0].start, start, end, True, ":", "", mention, how)


_DOTTED_INITIALS_RE = re.compile(r"(?:[A-ZÀ-Ý]\.[^\S\n]?){2,3}")
_INITIALS_RE = re.compile(r"[A-ZÀ-Ý]{2,3}")


def _initialled_name(body: str, label: str, recurring: frozenset[str]) -> str | None:
    """ "M. D. :" or, recurring, "MD :" in an interview with Marie Dupont: the interviewee's
    initials, when exactly one full name in the text, given name first, has them ("PS :"
    once is a postscript)."""
    label = label.strip()
    if not (_DOTTED_INITIALS_RE.fullmatch(label) or label in recurring and _INITIALS_RE.fullmatch(label)):
        return None
    letters = [c for c in label if c.isupper()]
    name = r"[^\S\n]+".join(rf"{c}[\w’'-]*[a-zà-ÿ][\w’'-]*" for c in letters)
    found = {m.group(0) for m in re.finditer(rf"\b{name}\b", body)}
    found = {n for n in found if is_given_name(lx.fold(n.split()[0]))}
    return found.pop() if len(found) == 1 else None


def _is_data(text: str) -> bool:
    """More digits than half its letters (figures, prices), or a list of three items or more
    ("Poule A : Dinan – Pacé ; Plœrmel – Bréquigny ; …"): a table's row, not somebody's words."""
    return sum(c.isdigit() for c in text) * 2 > sum(c.isalpha() for c in text) or text.count(";") >= 2


def _looks_like_outlet(text: str) -> bool:
    """ "TourMaG.com", "Le Soir": a short capitalised label no name parser reads."""
    return text[:1].isupper() and len(text.split()) <= 3 and not text.endswith(".")


def _titled_outlet(text: str) -> bool:
    """ "Le Courrier de l'Aunis", "La Voix du Nord": an asking label that is a paper's title,
    whose words no name parser should take apart."""
    return bool(TITLE_ARTICLE_RE.match(text)) and len(text.split()) <= 6 and not text.endswith(".")


def _is_transcript_label(mention: Mention, recurring: bool, several: bool = True, named_elsewhere: bool = False) -> bool:
    if mention.anonymous or mention.name is None or mention.plural:
        return False
    if mention.kind != "person" or recurring:
        return recurring or mention.how == "name" and mention.acronym is None and mention.name.isupper()
    if mention.how == "title":
        return True
    # "Grève SNCF : …", "Marché de Noël : …", "Pleine mer : …" open news items or a table's rows;
    # a label must look like a person's, or name someone the text names elsewhere too
    return len(mention.name.split()) >= 2 and (_looks_personal(mention.name) or several and named_elsewhere
                                               or "." in mention.name.split()[0])


def _looks_personal(name: str) -> bool:
    """A known given name first, or the "Prénom NOM" convention."""
    words = name.split()
    return is_given_name(lx.fold(words[0])) \
        or any(w.isupper() and len(w) > 1 and lx.fold(w) not in lx.BODY_NOUNS and lx.fold(w) not in lx.KNOWN_BODIES
               for w in words[1:])  # "Grève SNCF" is a topic


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


MAX_CAPTION_TOKENS = 14
MAX_BRACKETED_CAPTION_TOKENS = 22  # "Antoine Ferrand (troisième ligne du CO, auteur de l’essai de la victoire)"


def find_caption_turns(body: str, paragraphs: list[tuple[int, int]], tokens: list[Token],
                       quotes: list[QuoteSpan]) -> dict[int, Statement]:
    """Paragraph index → statement, for a paragraph that is only a « quotation » with a line
    naming its speaker right before or after it ("Mathieu Chabert (ACA)", "Fadi Karam, député")."""
    starts = [t.start for t in tokens]
    opens = [q.open for q in quotes]
    turns: dict[int, Statement] = {}
    names = {}
    for index, (start, end) in enumerate(paragraphs):
        mention = _caption_name(body, tokens[bisect_left(starts, start):bisect_left(starts, end)])
        if mention is not None:
            names[index] = mention
    for index, mention in names.items():
        run = _captioned_run(body, paragraphs, tokens, starts, quotes, opens, names, index + 1, mention)
        if run:
            turns.update(run)
            continue
        above = index - 1  # the run took any quotation after the caption: this one signs the one above
        if above < 0 or above in names or above in turns:
            continue
        quote = _only_quote(body, paragraphs[above], tokens, starts, quotes_within(quotes, opens, *paragraphs[above]))
        if quote is not None:
            turns[above] = Statement(quote.open, quote.start, quote.end, True, "", "", mention, "caption")
    return turns


MAX_TOPIC_TOKENS = 12


def _captioned_run(body, paragraphs, tokens, starts, quotes, opens, names, index, mention) -> dict[int, Statement]:
    """A sports page's reactions: "Antoine Ferrand (troisième ligne du CO)", then his quotations,
    each maybe under a short topic line ("Sur son carton jaune"), until the page goes on with
    narrative or another caption. A quotation with a caption right below it is that caption's."""
    turns = {}
    while index < len(paragraphs) and index not in names:
        start, end = paragraphs[index]
        quote = _only_quote(body, paragraphs[index], tokens, starts, quotes_within(quotes, opens, start, end))
        if quote is None:
            line = tokens[bisect_left(starts, start):bisect_left(starts, end)]
            if not line or len(line) > MAX_TOPIC_TOKENS or line[-1].low in (".", "!", "…", ":", ";") \
                    or quotes_within(quotes, opens, start, end):
                break
        elif turns and index + 1 in names:
            break
        else:
            turns[index] = Statement(quote.open, quote.start, quote.end, True, "", "", mention, "caption")
        index += 1
    return turns


def _caption_name(body: str, toks: list[Token]) -> Mention | None:
    """A line that is a person's name, maybe with "(club)" or ", role" and no verb; a leading
    dash is the signature of the quotation above ("— Sylvain Robert, maire de Lens")."""
    if toks and toks[0].low in ("—", "–", "-"):
        toks = toks[1:]
    limit = MAX_BRACKETED_CAPTION_TOKENS if toks and toks[-1].low == ")" else MAX_CAPTION_TOKENS
    if not 2 <= len(toks) <= limit or not toks[0].is_cap:
        return None
    parsed = parse_speaker(toks, 0, len(toks), body)
    if parsed is None or parsed[0].kind != "person" or parsed[0].anonymous or len((parsed[0].name or "").split()) < 2:
        return None
    rest = toks[parsed[1]:]
    if rest and rest[0].low == "(" and rest[-1].low == ")":
        return parsed[0]
    if rest and rest[0].low == "," and all(t.low not in (".", "!", "?", ":") and not may_start_verb(t) for t in rest):
        return parsed[0]
    return parsed[0] if not rest else None


def _only_quote(body: str, paragraph: tuple[int, int], tokens: list[Token], starts: list[int],
                quotes: list[QuoteSpan]) -> QuoteSpan | None:
    start, end = paragraph
    inside = quotes
    if len(inside) != 1:
        return None
    quote = inside[0]
    outside = [t for t in tokens[bisect_left(starts, start):bisect_left(starts, end)]
               if t.is_word and not quote.open <= t.start <= quote.close]
    return None if outside else quote


MIN_QA_PAIRS = 2
MAX_QUESTION_WORDS = 45


def find_qa_turns(body: str, paragraphs: list[tuple[int, int]]) -> dict[int, Statement]:
    """Paragraph index → statement, for an interview with no labels: short paragraphs that end
    with "?", each answered by the next paragraph; two such pairs make an interview, whose
    answers are the interviewee's words."""
    answers: dict[int, Statement] = {}
    for index in range(len(paragraphs) - 1):
        start, end = _stripped(body, *paragraphs[index])
        if not _is_bare_question(body[start:end]):
            continue
        a_start, a_end = _stripped(body, *paragraphs[index + 1])
        answer = body[a_start:a_end]
        if _is_bare_question(answer) or answer.endswith("?") or len(answer.split()) < 3 \
                or _LABEL_RE.match(body, a_start, a_end) and ":" in answer[:40]:
            continue
        label = _ANSWER_MARK_RE.match(answer)  # "R. – Parce que …": the mark is no words
        text_start = a_start + (label.end() if label else 0)
        mention = Mention(a_start, a_start, "answer", "person")
        answers[index + 1] = Statement(a_start, text_start, a_end, True, "", "", mention, "transcript")
    return answers if len(answers) >= MIN_QA_PAIRS else {}


_ANSWER_MARK_RE = re.compile(r"(?:R|Rép|Réponse)\.?\s*[-–—:]\s*")
_QUESTION_MARK_RE = re.compile(r"(?:Q|Question)\.?\s*[-–—:]\s*")


def _is_bare_question(text: str) -> bool:
    """ "Comment se présente la saison ?" or "Q. – … ?": an interviewer's question, no name before it."""
    text = text[_QUESTION_MARK_RE.match(text).end():] if _QUESTION_MARK_RE.match(text) else text
    return text.endswith("?") and len(text.split()) <= MAX_QUESTION_WORDS and ":" not in text[:40] \
        and text[:1] not in "«“\"" and text[:1].isupper()
