"""Article body + quote spans → paragraphs of safe HTML with each quote marked, anchored and signed.

Each quote gets an id to link to and, right after it, the speaker's name in the text:
a tooltip alone is invisible on touch screens and to keyboards.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

PARAGRAPH_BREAK = "\n\n"
KIND_WORDS = {"direct": "citation directe de", "indirect": "discours rapporté de"}
# The speaker's name goes after the quote's closing mark, not inside it.
_CLOSER_RE = re.compile('[ \u00a0\u202f]*[»"”]')


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    speaker: str
    url: str
    kind: str  # "direct" or "indirect"
    anchor: str = ""  # the element id links land on ("citation-12")


def mark_quotes(body: str, spans: list[Span]) -> list[SafeString]:
    """'A « b » c' with a span over 'b' → ['A « <a class="quote direct" …>b</a> » c'].

    Text is escaped piece by piece, so markup in an article can never get through.
    Overlapping spans keep the first; spans crossing paragraphs are cut at the break.
    """
    paragraphs, offset = [], 0
    ordered = _without_overlaps(sorted(spans, key=lambda s: (s.start, -s.end)))
    for text in body.split(PARAGRAPH_BREAK):
        end = offset + len(text)
        inside = [s for s in ordered if s.start < end and s.end > offset]
        paragraphs.append(_mark_paragraph(text, offset, inside))
        offset = end + len(PARAGRAPH_BREAK)
    return paragraphs


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept, reach = [], -1
    for span in spans:
        if span.start >= reach and span.end > span.start:
            kept.append(span)
            reach = span.end
    return kept


def _mark_paragraph(text: str, offset: int, spans: list[Span]) -> SafeString:
    parts, cursor = [], 0
    for span in spans:
        start, end = max(span.start - offset, 0), min(span.end - offset, len(text))
        parts.append(escape(text[cursor:start]))
        # A quote cut at a paragraph break keeps its id where it starts, its name where it ends.
        anchor = span.anchor if span.start >= offset else ""
        parts.append(format_html(
            '<span class="quote {}"{}>{}</span>',
            span.kind, format_html(' id="{}"', anchor) if anchor else "", text[start:end],
        ))
        cursor = end
        if span.end <= offset + len(text):
            closer = _CLOSER_RE.match(text, end)
            cursor = closer.end() if closer else end
            parts.append(escape(text[end:cursor]))
            parts.append(format_html(
                ' <a class="quote-by {}" href="{}"><span class="visually-hidden">{} </span>{}</a>',
                span.kind, span.url, KIND_WORDS.get(span.kind, ""), span.speaker,
            ))
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts).replace("\n", "<br>"))
