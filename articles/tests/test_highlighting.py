import random
from pathlib import Path

import pytest
from whoosh.highlight import ContextFragmenter

from articles.analysis import french_analyzer, french_exact_analyzer, word_spans
from articles.backends import highlighting
from articles.backends.highlighting import HighlightingMixin, _context_fragments, _marked_tokens

RAW = Path(__file__).resolve().parents[2] / "fixtures" / "raw"
TEXTS = [path.read_text(encoding="utf-8") for path in sorted(RAW.glob("*.txt"))] + [
    "Moscou Moscou Moscou, a dit l'OTAN ; Moscou.",
    "Un mot-trèslongquinefinitjamaisetquidépasselatailled'unfragmentdesoixantedixcaractèresàluiseul Moscou fin.",
]


def fragments(found) -> list[tuple]:
    return [(f.startchar, f.endchar, [(t.startchar, t.endchar, t.text) for t in f.matches]) for f in found]


def matched_sets(text: str, rng: random.Random):
    """Which words match: none, a few scattered, runs of neighbours, most of them."""
    words = [w for w in word_spans(text) if not w.stopped]
    spans = [(w.start, w.end) for w in words]
    yield set()
    yield set(spans[:1])
    yield set(spans[-1:])
    for share in (0.01, 0.05, 0.3, 0.9):
        yield {span for span in spans if rng.random() < share}
    if len(spans) > 10:
        start = rng.randrange(len(spans) - 10)
        yield set(spans[start:start + 6])


@pytest.mark.parametrize("fragmenter", [
    HighlightingMixin.fragmenter, ContextFragmenter(maxchars=200, surround=20), ContextFragmenter(charlimit=900),
])
@pytest.mark.parametrize("analyzer, form", [(french_analyzer(), "stem"), (french_exact_analyzer(), "exact")])
def test_fragments_are_whooshs_context_fragments(fragmenter, analyzer, form):
    rng = random.Random(3)
    for text in TEXTS:
        for spans in matched_sets(text, rng):
            ours = _context_fragments(fragmenter, text, word_spans(text), spans, form)
            theirs = list(fragmenter.fragment_tokens(text, _marked_tokens(analyzer, text, spans)))
            assert fragments(ours) == fragments(theirs)


def test_snippets_are_those_of_the_analyzer_chains(monkeypatch):
    """The page's snippets with the one-pass words, and with the analyzers run as before."""
    rng = random.Random(5)
    mixin = HighlightingMixin()
    cases = [(text, spans) for text in TEXTS for spans in matched_sets(text, rng)]
    ours = [mixin._fragments(text, french_analyzer(), sorted(spans)) for text, spans in cases]
    monkeypatch.setattr(highlighting, "_ONE_PASS_FORMS", {})
    assert ours == [mixin._fragments(text, french_analyzer(), sorted(spans)) for text, spans in cases]
    assert any("<mark>" in snippet for found in ours for snippet in found)
