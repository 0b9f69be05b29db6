import html
import random
from pathlib import Path

import bleach
import pytest

from articles.backends.highlighting import HighlightingMixin
from articles.analysis import french_analyzer, word_spans
from articles.snippets import SNIPPET_TAGS, _already_clean, clean_snippet

RAW = Path(__file__).resolve().parents[2] / "fixtures" / "raw"


def bleached(fragment: str) -> str:
    return bleach.clean(fragment, tags=SNIPPET_TAGS, attributes={}, strip=True)


def real_snippets():
    """The highlighter's snippets of the raw fixtures, for words matched here and there."""
    rng = random.Random(2)
    mixin = HighlightingMixin()
    for path in sorted(RAW.glob("*.txt")):
        text = path.read_text(encoding="utf-8") + " l'\"OTAN\" & <b>co</b> > 3 — «\u00a0cité\u00a0»"
        words = [(w.start, w.end) for w in word_spans(text) if not w.stopped]
        for share in (0.02, 0.2, 0.8):
            spans = sorted(span for span in words if rng.random() < share)
            found = mixin._fragments(text, french_analyzer(), spans)
            if found:
                yield " … ".join(found)


def test_real_snippets_are_what_bleach_returns():
    snippets = list(real_snippets())
    assert len(snippets) > 10 and all("<mark>" in s for s in snippets)
    for snippet in snippets:
        assert _already_clean(snippet)
        assert clean_snippet(snippet) == bleached(snippet) == snippet


@pytest.mark.parametrize("fragment", [
    "<b>gras</b> <mark>mot</mark>", "<mark>ouvert", "fermé</mark>", "<mark><mark>deux</mark></mark>",
    "<mark onclick=x>mot</mark>", "a & b", "a &eacute; b", "a &#60;script&#62;", "<script>alert(1)</script>",
    "a\x00b <mark>c</mark>", "a\x0bb", "<MARK>mot</MARK>", "<mark >mot</mark>", "a\x85b",
])
def test_anything_else_goes_through_bleach(fragment):
    assert not _already_clean(fragment)
    assert clean_snippet(fragment) == bleached(fragment)


def test_escaped_text_without_marks_is_clean_as_it_is():
    text = html.escape("l'OTAN \"dit\" <non> & fin")
    assert _already_clean(text) and clean_snippet(text) == bleached(text) == text
