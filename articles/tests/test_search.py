"""Exact forms, ranking and snippets through articles.search, on a real Whoosh index."""

import pytest

from articles.filters import Filters
from articles.models import Article
from articles.query import parse_query
from articles.search import search_articles
from articles.tests.test_backends import index_all, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def russian(search_index):
    articles = {
        "russie": make_article("Sommet à Moscou", "La Russie refuse le texte proposé par l'Union."),
        "russe": make_article("Diplomatie", "Le ministre russe refuse le texte proposé à Vienne."),
        "both": make_article("Énergie", "Le gaz russe arrive en Europe et la Russie en profite."),
    }
    index_all()
    return articles


def found(q: str) -> list[Article]:
    return [hit.article for hit in search_articles(parse_query(q), Filters(), 1).hits]


@pytest.mark.parametrize("q, expected", [
    ('"Russie"', {"russie", "both"}),
    ("« russie »", {"russie", "both"}),
    ('"RUSSIE"', {"russie", "both"}),
    ('"russe"', {"russe", "both"}),
    ('"ministre russe"', {"russe"}),
    ('"ministres russes"', set()),
    ("russes", {"russe", "both"}),
    ('"russes"', set()),
    ('titre:"Moscou"', {"russie"}),
])
def test_quoted_words_match_their_exact_form_only(russian, q, expected):
    assert {pk for pk, article in russian.items() if article in found(q)} == expected


def test_quoted_words_fold_accents_and_elisions(search_index):
    article = make_article("Réunion", "Selon l’Élysée, la réforme avance.")
    index_all()
    assert found('"elysee"') == [article] == found('"l\'Élysée"') == found('"réforme"')
    assert found('"réformes"') == []


def test_exact_form_ranks_above_stem_only_matches(search_index):
    # Same length, same frequency: only the form differs.
    stem_only = make_article("Un", "Des observateurs russes sont attendus lundi à Vienne.")
    exact = make_article("Deux", "Des observateurs russe sont attendus lundi à Vienne.")
    index_all()
    assert found("russe") == [exact, stem_only]
    assert found("russes") == [stem_only, exact]


def snippet(q: str) -> str:
    [hit] = search_articles(parse_query(q), Filters(), 1).hits
    return hit.snippet


def test_snippet_marks_the_exact_form_a_quote_asked_for(russian):
    assert "<mark>Russie</mark>" in snippet('"Russie" gaz')
    assert "russe" in snippet('"Russie" gaz') and "<mark>russe</mark>" not in snippet('"Russie" gaz')


def test_snippet_does_not_mark_excluded_words(russian):
    assert "<mark>" not in snippet("Vienne -Russie").replace("<mark>Vienne</mark>", "")


def test_snippet_never_repeats_the_lead_used_as_title(search_index):
    lead = "Les négociations reprennent à Genève sous l'égide de l'ONU"
    make_article(lead, f"{lead}. Les délégations arrivent lundi. Le cessez-le-feu tient.")
    index_all()
    assert snippet("négociations").count("Genève") == 1


def test_adjacent_fragments_are_one_passage_without_an_ellipsis(search_index):
    words = ("Réforme annoncée mardi. " + "Le texte vise les retraites, la réforme des régimes "
             "spéciaux et le calendrier de la réforme. " + "Rien à voir. " * 40 + "Fin de la réforme.")
    make_article("Réforme", words)
    index_all()
    shown = snippet("réforme")
    for left, right in zip(shown.split(" … "), shown.split(" … ")[1:]):
        plain = lambda s: s.replace("<mark>", "").replace("</mark>", "")  # noqa: E731
        gap_start = words.index(plain(left)[-15:]) + 15
        assert words.index(plain(right)[:15], gap_start) - gap_start > 3, "adjacent fragments"


@pytest.mark.parametrize("q, expected", [
    ("Russ*", {"russie", "russe", "both"}),
    ("russi*", {"russie", "both"}),
    ("propos*", {"russie", "russe"}),
    ("titre:Somm*", {"russie"}),
])
def test_a_prefix_is_the_start_of_words_as_written(russian, q, expected):
    assert {pk for pk, article in russian.items() if article in found(q)} == expected
