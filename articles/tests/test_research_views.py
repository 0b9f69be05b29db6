"""Filters, facets, sorting, exports and browsing on the real seeds and a real Whoosh index."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.utils.html import escape

from articles.models import Article, Speaker

pytestmark = pytest.mark.django_db


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def ids(data) -> list[int]:
    return [r["id"] for r in data["results"]]


def test_api_returns_facets_with_counts(client, seeds):
    facets = api(client, q="Russie")["facets"]
    assert {f["year"]: f["count"] for f in facets["years"]} == {2016: 1, 2017: 1, 2018: 1, 2020: 1, 2021: 1}
    speakers = {f["name"]: f["count"] for f in facets["speakers"]}
    assert speakers["Sergueï Lavrov"] == 2 and speakers["Maria Zakharova"] == 2
    assert facets["sources"] == [{"source": "Fil de démonstration", "count": 5}]
    assert sum(m["count"] for m in facets["per_month"]) == 5


def test_speaker_filter_combines_with_query_and_with_other_speakers(client, seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov").slug
    tass = Speaker.objects.get(name__iexact="TASS").slug
    assert set(ids(api(client, orateur=lavrov))) == {seeds["000"].pk, seeds["002"].pk}
    assert ids(api(client, q="OSCE", orateur=lavrov)) == [seeds["000"].pk]
    both = client.get(f"/api/search/?orateur={lavrov}&orateur={tass}").json()
    assert ids(both) == [seeds["000"].pk]


def test_speaker_filter_accepts_a_name(client, seeds):
    assert set(ids(api(client, orateur="lavrov"))) == {seeds["000"].pk, seeds["002"].pk}


def test_year_month_and_date_range_filters(client, seeds):
    assert ids(api(client, annee="2018")) == [seeds["000"].pk]
    assert ids(api(client, annee="2018", mois="2")) == [seeds["000"].pk]
    assert ids(api(client, annee="2018", mois="3")) == []
    assert set(ids(api(client, du="2017-01-01", au="2018-12-31"))) == {seeds["000"].pk, seeds["001"].pk}
    months = api(client, annee="2018")["facets"]["months"]
    assert months == [{"month": 2, "count": 1}]


def test_unknown_year_articles_are_not_lost(client, seeds, tmp_path):
    (tmp_path / "x.txt").write_text("Dernière mise à jour à 10h00 le 03/04\nLa Russie a annoncé une réforme des retraites.\n")
    call_command("import_articles", str(tmp_path / "x.txt"), stdout=io.StringIO())
    data = api(client, q="Russie")
    assert data["count"] == 6
    assert {"year": None, "count": 1} in data["facets"]["years"]
    assert len(ids(api(client, annee="inconnue"))) == 1
    assert "année inconnue" in client.get("/", {"q": "Russie"}).content.decode()


def test_quote_kind_filter(client, seeds):
    direct = set(ids(api(client, citation="directe")))
    assert direct == {seeds[name].pk for name in ("000", "002", "003", "004")}
    assert seeds["001"].pk in set(ids(api(client, citation="indirecte")))


def test_sorts(client, seeds):
    newest = ids(api(client, tri="recent"))
    oldest = ids(api(client, tri="ancien"))
    assert newest[0] == seeds["004"].pk and oldest[0] == seeds["003"].pk
    assert newest == list(reversed(oldest))
    assert ids(api(client))[0] == seeds["004"].pk  # no query: newest first


def test_title_match_ranks_above_body_match(client, search_index):
    Article.objects.create(title="Le budget de la défense", slug="a", body="Texte. " * 50 + "Une note sur le climat.", year=2020, month=1, day=1)
    Article.objects.create(title="Le climat en question", slug="b", body="Un texte sur autre chose. " * 20, year=2020, month=1, day=2)
    call_command("rebuild_index", "--noinput", verbosity=0)
    results = api(client, q="climat")["results"]
    assert [r["title"] for r in results][0] == "Le climat en question"


@pytest.mark.parametrize("params", [
    {"annee": "deux-mille"}, {"mois": "2"}, {"du": "hier"}, {"tri": "hasard"},
    {"citation": "peut-etre"}, {"orateur": "personne-inconnue"}, {"format": "xml"},
])
def test_bad_filters_get_a_400_with_a_french_message(client, seeds, params):
    page = client.get("/", params)
    assert page.status_code == 400
    assert client.get("/api/search/", params).status_code in (400, 200 if "format" in params else 400)


def test_search_page_shows_facets_chips_and_sort_links(client, seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    html = client.get("/", {"q": "Russie", "orateur": lavrov.slug}).content.decode()
    assert "personne citée : Sergueï Lavrov" in html and 'class="chip-remove"' in html
    assert "2 résultats" in html
    assert "plus anciens" in html and "<svg" in html
    assert 'href="?q=Russie"' in html  # removing the chip goes back to the plain search


def test_spelling_suggestion_links_to_the_corrected_search(client, seeds):
    html = client.get("/", {"q": "Stoltemberg"}).content.decode()
    assert "Vouliez-vous dire" in html and "Stoltenberg" in html
    assert api(client, q="Stoltemberg")["suggestion"] == "Stoltenberg"
    assert api(client, q="Hurun")["suggestion"] is None


def test_a_spelling_suggestion_searches_the_misspelt_words_not_every_article(client, seeds, monkeypatch):
    from articles.backends.engine import FrenchWhooshSearchBackend

    asked, search = [], FrenchWhooshSearchBackend.search
    monkeypatch.setattr(FrenchWhooshSearchBackend, "search",
                        lambda self, query_string, **kwargs: asked.append(query_string) or search(self, query_string, **kwargs))
    assert "Stoltenberg" in client.get("/", {"q": "Stoltemberg"}).content.decode()
    assert len(asked) == 2 and all("stoltemberg" in query.lower() for query in asked)


def test_csv_export_of_the_current_search(client, seeds):
    response = client.get("/", {"q": "Russie", "annee": "2018", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["id", "date", "titre", "source", "personnes citées", "adresse", "article d'origine"]
    assert len(rows) == 2 and rows[1][1] == "2018-02-02" and "Sergueï Lavrov" in rows[1][4]


def test_atom_feed_for_a_search(client, seeds):
    response = client.get("/search/feed/", {"q": "Russie"})
    assert response.status_code == 200 and "atom" in response["Content-Type"]
    feed = ET.fromstring(response.content)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 5
    assert entries[0].find("{http://www.w3.org/2005/Atom}title").text == seeds["004"].title


def test_opensearch_description_is_linked_from_every_page(client, seeds):
    for url in ("/", "/speakers/", seeds["000"].get_absolute_url(), "/help/"):
        assert 'rel="search" type="application/opensearchdescription+xml"' in client.get(url).content.decode()
    xml = ET.fromstring(client.get("/opensearch.xml").content)
    url = xml.find("{http://a9.com/-/spec/opensearch/1.1/}Url")
    assert url.get("template").endswith("/?q={searchTerms}")


def test_help_page_documents_the_syntax(client):
    html = client.get("/help/").content.decode()
    for syntax in ('"New START"', "OR", "-", "négoci*", "titre:", "orateur:", "source:"):
        assert syntax in html.replace("&quot;", '"')


def test_archive_pages(client, seeds):
    index = client.get("/archive/").content.decode()
    assert "2018" in index and "2016" in index
    year = client.get("/archive/2018/").content.decode()
    assert escape(seeds["000"].title) in year and "février" in year
    assert escape(seeds["000"].title) in client.get("/archive/2018/2/").content.decode()
    assert client.get("/archive/2018/3/").status_code == 404
    assert client.get("/archive/2018/13/").status_code == 404


def test_article_page_has_similar_and_neighbours(client, seeds):
    html = client.get(seeds["001"].get_absolute_url()).content.decode()
    assert "Articles similaires" in html
    assert seeds["000"].get_absolute_url() in html  # next in time: 2018 after 2017
    assert seeds["003"].get_absolute_url() in html  # previous: 2016


def test_quote_search_finds_words_inside_quotations(client, seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    data = client.get("/api/quotes/", {"q": "OSCE", "speaker": "lavrov"}).json()
    assert data["count"] >= 1
    assert {r["speaker"]["slug"] for r in data["results"]} == {lavrov.slug}
    assert all("OSCE" in r["text"] for r in data["results"])
    html = client.get("/quotes/", {"q": "OSCE", "orateur": lavrov.slug}).content.decode()
    assert "<mark>OSCE</mark>" in html


def test_speaker_page_has_a_quotes_per_month_chart(client, seeds):
    html = client.get(Speaker.objects.get(name="Maria Zakharova").get_absolute_url()).content.decode()
    assert "<svg" in html and "Citations par mois" in html


def test_speaker_facet_shows_twenty_then_more_on_request(client, search_index):
    article = Article.objects.create(title="Conférence", slug="conf", body="Une conférence.", year=2020, month=5, day=1)
    for n in range(25):
        speaker = Speaker.objects.create(name=f"Orateur {n:02d}", slug=f"orateur-{n:02d}")
        speaker.quotes.create(article=article, text="x", kind="direct", start=n, end=n + 1, attribution="name")
    call_command("rebuild_index", "--noinput", verbosity=0)
    html = client.get("/", {"q": "conférence"}).content.decode()
    assert html.count("orateur=orateur-") == 20 and "orateurs=tous" in html
    assert len(client.get("/api/search/", {"q": "conférence", "orateurs": "tous"}).json()["facets"]["speakers"]) == 25
    assert client.get("/", {"orateurs": "quelques"}).status_code == 400
