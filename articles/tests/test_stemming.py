"""The light French stemmer, alone and as the analyzer applies it, on the pair tables."""

import pytest

from articles.analysis import analyse_terms
from articles.stemming import light_stem
from articles.tests.stemming_pairs import KNOWN_MISSES, MUST_MEET, MUST_NOT_MEET


@pytest.mark.parametrize("a, b", MUST_MEET)
def test_inflections_meet(a, b):
    assert analyse_terms(a) == analyse_terms(b)


@pytest.mark.parametrize("a, b", MUST_NOT_MEET)
def test_different_words_stay_apart(a, b):
    assert analyse_terms(a) != analyse_terms(b)


@pytest.mark.parametrize("a, b", KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="a known limit of the light stemmer, see stemming_pairs.py")
def test_known_misses_still_miss(a, b):
    assert analyse_terms(a) == analyse_terms(b)


@pytest.mark.parametrize("word, stem", [
    ("elections", "election"),
    ("journaux", "journal"),
    ("bureaux", "bureau"),
    ("negociations", "negoci"),
    ("declarees", "declar"),
    ("etablissement", "etablir"),
    ("porter", "porter"),
    ("partie", "partie"),
    ("observatrices", "observateu"),
    ("francaise", "francai"),
    ("publique", "public"),
    ("ami", "ami"),
    ("", ""),
])
def test_light_stem(word, stem):
    assert light_stem(word) == stem
