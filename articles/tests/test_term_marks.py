"""Searched words marked on the article page when one comes from a search, and the way back."""

import pytest
from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.term_marks import mark_words
from articles.tests.test_backends import index_all, make_article


@pytest.mark.parametrize("html, words, marked", [
    ("Les élections ont lieu", {"élections"}, "Les <mark>élections</mark> ont lieu"),
    ("Les réélections ont lieu", {"élections"}, "Les réélections ont lieu"),
    ("ÉLECTIONS et Élections", {"élections"}, "<mark>ÉLECTIONS</mark> et <mark>Élections</mark>"),
    ('<a href="/élections/">élections</a>', {"élections"}, '<a href="/élections/"><mark>élections</mark></a>'),
    (escape("Selon l'OTAN, oui"), {"l'OTAN"}, "Selon <mark>l&#x27;OTAN</mark>, oui"),
    ("Rien", set(), "Rien"),
])
def test_mark_words_marks_whole_words_outside_tags(html, words, marked):
    assert mark_words(mark_safe(html), words) == marked


@pytest.fixture
def article(search_index):
    article = make_article(
        "Les élections en Russie",
        "Les observateurs de l'OSCE suivront les élections en Russie.\n\n"
        "Le ministre russe <b>refuse</b> : « une élection libre », dit-il.",
    )
    index_all()
    return article


pytestmark = pytest.mark.django_db


def test_article_from_a_search_marks_the_french_forms_of_its_words(client, article):
    page = client.get(article.get_absolute_url(), {"q": "élection"}).content.decode()
    assert "<h1>Les <mark>élections</mark> en Russie</h1>" in page  # the heading too
    assert page.count("<mark>élections</mark>") == 2 and "<mark>élection</mark>" in page
    assert "&lt;b&gt;refuse&lt;/b&gt;" in page  # still escaped
    assert "<title>Les élections en Russie" in page  # the window's title stays plain text


def test_a_heading_with_markup_characters_is_escaped_before_it_is_marked(client, search_index):
    article = make_article("Élections & <réformes>", "Les élections auront lieu en mars.")
    index_all()
    page = client.get(article.get_absolute_url(), {"q": "élections"}).content.decode()
    assert "<h1><mark>Élections</mark> &amp; &lt;réformes&gt;</h1>" in page


def test_article_from_a_quoted_search_marks_the_exact_form_only(client, article):
    page = client.get(article.get_absolute_url(), {"q": '"Russie"'}).content.decode()
    assert "<mark>Russie</mark>" in page and "<mark>russe</mark>" not in page


def test_article_without_a_search_marks_nothing_and_has_no_way_back(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<mark>" not in page and "Retour aux résultats" not in page


def test_way_back_to_the_results_keeps_query_filters_and_page(client, article):
    params = {"q": "élection", "annee": "2018", "tri": "recent", "page": "1"}
    page = client.get(article.get_absolute_url(), params).content.decode()
    assert "Retour aux résultats" in page
    back = page.split("back-to-results")[1].split('href="')[1].split('"')[0].replace("&amp;", "&")
    assert back.startswith("/?") and all(f"{k}={v}" in back for k, v in
                                         {"q": "%C3%A9lection", "annee": "2018", "tri": "recent", "page": "1"}.items())
    assert client.get(back).status_code == 200


def test_results_link_to_articles_with_the_search_kept(client, article):
    page = client.get("/", {"q": "élection", "annee": "2018"}).content.decode()
    assert f'href="{article.get_absolute_url()}?q=%C3%A9lection&amp;annee=2018"' in page
