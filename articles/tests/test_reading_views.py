"""The pages a documentalist reads all day: counts, chips, empty results, quotes, raw text."""

import re

import pytest
from django.core.management import call_command

from articles.models import Article, Quote, Speaker
from articles.templatetags.quoting import plural_fr

pytestmark = pytest.mark.django_db


def _count(html: str) -> str:
    return " ".join(re.search(r'<p class="count"[^>]*>(.*?)</p>', html, re.S).group(1).split())


@pytest.mark.parametrize("params, expected", [
    ({"q": "Stoltemberg"}, "Aucun résultat pour « Stoltemberg »"),
    ({"q": "Sotchi"}, "1 résultat pour « Sotchi »"),
    ({"q": "Zakharova"}, "2 résultats pour « Zakharova »"),
    ({"annee": "1999"}, "Aucun article"),
])
def test_result_count_reads_aucun_1_or_n(client, seeds, params, expected):
    assert _count(client.get("/", params).content.decode()) == expected


def test_chips_read_name_colon_value(client, seeds):
    html = client.get("/", {"annee": "2018", "mois": "2", "du": "2018-01-01", "au": "2018-12-31",
                            "citation": "directe", "orateur": "serguei-lavrov"}).content.decode()
    chips = re.findall(r"<li><span>(.*?)</span>", html)
    assert chips == ["du 1er janvier 2018 au 31 décembre 2018", "année : 2018", "mois : février",
                     "personne citée : Sergueï Lavrov", "type : citation directe"]


def test_one_sided_period_chip(client, seeds):
    html = client.get("/", {"du": "2018-02-01"}).content.decode()
    assert "<li><span>à partir du 1er février 2018</span>" in html


def test_empty_results_help_and_offer_nothing_to_sort_export_or_follow(client, seeds):
    html = client.get("/", {"q": "Stoltemberg", "source": "Fil de démonstration"}).content.decode()
    assert "Aucun article ne correspond à cette recherche" in html
    assert 'href="?q=Stoltenberg"' in html  # the spelling suggestion
    assert 'href="?q=Stoltemberg">cherchez « Stoltemberg » sans aucun filtre' in html
    assert 'href="/help/">Toute la syntaxe' in html
    for absent in ("Trier par", "Exporter en CSV", "flux Atom", 'rel="alternate"', "<svg"):
        assert absent not in html


def test_period_fields_carry_the_other_filters_with_the_search_form(client, seeds):
    html = client.get("/", {"q": "Russie", "orateur": "serguei-lavrov", "du": "2018-01-01"}).content.decode()
    assert '<form class="search-form" id="recherche"' in html
    assert '<input type="hidden" form="recherche" name="orateur" value="serguei-lavrov">' in html
    assert '<input type="date" form="recherche" id="du" name="du" value="2018-01-01">' in html
    assert html.count('name="du"') == 1  # not also carried as a hidden filter


def test_result_line_agrees_with_the_speakers_gender(client, seeds):
    both = client.get("/", {"q": "Peskov"}).content.decode()
    assert "Cités : <a" in both  # Maria Zakharova and Dimitri Peskov: masculine plural
    only_her = client.get("/", {"q": "Huntsman"}).content.decode()
    assert "Citée : <a href=\"/speakers/maria-zakharova/\">" in only_her


@pytest.mark.parametrize("slug, expected", [
    ("serguei-lavrov", "<strong>Aussi nommé :</strong> M. Lavrov</p>"),
    ("maria-zakharova", "<strong>Aussi nommée :</strong> Maria Zahkharova, Mme Zakharova</p>"),
])
def test_aliases_agree_and_leave_out_the_canonical_name(client, seeds, slug, expected):
    assert expected in client.get(f"/speakers/{slug}/").content.decode()


def test_speaker_page_and_quote_search_show_whole_quotes_linking_to_their_anchor(client, seeds):
    quote = Quote.objects.filter(speaker__slug="serguei-lavrov", kind="direct").order_by("-end").first()
    html = client.get("/speakers/serguei-lavrov/").content.decode()
    assert f"«\u00a0{quote.text}\u00a0»".replace('"', "&quot;").replace("'", "&#x27;") in html
    assert f'href="{quote.article.get_absolute_url()}#citation-{quote.pk}"' in html
    found = client.get("/quotes/", {"q": "relations"}).content.decode()
    assert "#citation-" in found and "<mark>relations</mark>" in found


def test_api_gives_whole_quotes_and_their_permalink(client, seeds):
    data = client.get("/api/quotes/", {"q": "OSCE"}).json()
    first = data["results"][0]
    quote = Quote.objects.get(pk=first["id"])
    assert first["text"] == quote.text
    assert first["permalink"].endswith(f"/articles/{quote.article_id}/#citation-{quote.pk}")
    detail = client.get("/api/speakers/serguei-lavrov/").json()
    assert "M. Lavrov" in detail["aliases"] and "Sergueï Lavrov" not in detail["aliases"]


def test_numbered_pagination_marks_the_current_page(client, search_index):
    for n in range(65):
        Article.objects.create(title=f"Sommet {n}", slug=f"sommet-{n}", body=f"Le sommet {n}.", year=2019, month=1, day=1)
    call_command("rebuild_index", "--noinput", verbosity=0)
    html = client.get("/", {"q": "sommet", "page": 2}).content.decode()
    assert '<a aria-current="page" href="?q=sommet&amp;page=2">2</a>' in html
    assert '<a href="?q=sommet&amp;page=4">4</a>' in html and "Page 2 sur 4" in html


def test_raw_page_marks_lines_dropped_by_cleaning(client, seeds):
    html = client.get(f"/articles/{seeds['000'].pk}/raw/").content.decode()
    assert '<li class="header dropped">' in html and "retirée : en-tête (ligne de date)" in html
    assert html.count('<li class="trailer dropped">') == 14
    assert html.count("retirées : fin de page") == 1  # said once for the whole run of lines
    assert 'href="/articles/' in html and 'raw.txt">Télécharger le fichier en texte brut' in html


def test_organisation_aliases_are_other_names(client, seeds):
    tass = Speaker.objects.get(slug="tass")
    tass.aliases = {"Tass": 1, "agence Tass": 2}
    tass.save()
    assert "<strong>Autres noms :</strong> agence Tass</p>" in client.get("/speakers/tass/").content.decode()


def test_zero_and_one_are_singular_in_french():
    assert [plural_fr(n) for n in (0, 1, 2, "3", None)] == ["", "", "s", "s", ""]


def test_speaker_search_without_match_says_so(client, seeds):
    html = client.get("/speakers/", {"q": "Dupont"}).content.decode()
    assert "Aucune personne citée ne correspond à « Dupont »" in html


def test_very_long_quote_is_a_window_with_an_ellipsis_at_the_cut(client, seeds):
    article = seeds["000"]
    lavrov = Speaker.objects.get(slug="serguei-lavrov")
    words = " ".join(f"engagement{n}" for n in range(200))
    Quote.objects.create(article=article, speaker=lavrov, text=words, kind="direct", verb="a dit",
                         start=len(article.body) + 1, end=len(article.body) + 2, attribution="test")
    html = client.get("/speakers/serguei-lavrov/").content.decode()
    shown = re.search(r"«\u00a0(engagement0 .*?)\u00a0»", html).group(1)
    assert shown.endswith(" …") and len(shown) <= 605
    assert shown.split()[-2] in words.split()  # cut between two words
