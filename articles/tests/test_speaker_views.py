"""Speaker pages, the article page's marked quotes, and the speakers API on the seeds."""


import pytest
from django.utils.html import escape

from articles.models import Article, Speaker

pytestmark = pytest.mark.django_db


def test_speaker_list_counts_and_sorting(client, seeds):
    html = client.get("/speakers/").content.decode()
    assert html.index("Maria Zakharova") < html.index("Dimitri Peskov")  # 7 quotes before 1
    by_name = client.get("/speakers/", {"sort": "name"}).content.decode()
    assert by_name.index("Dimitri Peskov") < by_name.index("Maria Zakharova")


@pytest.mark.parametrize("q", ["serguei", "SERGUEÏ", "lavrov", "M. Lavrov"])
def test_speaker_search_is_accent_insensitive(client, seeds, q):
    data = client.get("/api/speakers/", {"q": q}).json()
    assert [s["name"] for s in data["results"]] == ["Sergueï Lavrov"]


def test_speaker_kind_filter(client, seeds):
    data = client.get("/api/speakers/", {"kind": "organisation"}).json()
    assert {s["kind"] for s in data["results"]} == {"organisation"}
    assert "tass" in {s["name"].lower() for s in data["results"]}


@pytest.mark.parametrize("params", [{"kind": "robot"}, {"sort": "dangerous"}])
def test_unknown_filters_get_a_400_with_a_message(client, seeds, params):
    response = client.get("/speakers/", params)
    assert response.status_code == 400 and "inconnu" in response.content.decode()
    assert client.get("/api/speakers/", params).status_code == 400


def test_speaker_page_shows_roles_aliases_and_quotes_newest_first(client, seeds):
    speaker = Speaker.objects.get(name="Maria Zakharova")
    html = client.get(speaker.get_absolute_url()).content.decode()
    assert "porte-parole du ministère russe des Affaires étrangères" in html
    assert "Maria Zahkharova" in html
    assert html.index(escape(seeds["004"].title)) < html.index(escape(seeds["001"].title))


def test_speaker_api_detail(client, seeds):
    slug = Speaker.objects.get(name="Sergueï Lavrov").slug
    data = client.get(f"/api/speakers/{slug}/").json()
    assert data["name"] == "Sergueï Lavrov" and data["kind"] == "person"
    assert data["quote_count"] == 7 and data["article_count"] == 2
    assert data["next"] is None
    first = data["quotes"][0]
    assert set(first) >= {"text", "kind", "verb", "article"}
    assert first["article"]["date"] == "2020-12-30"
    assert set(first["article"]) == {"id", "url", "date", "title"}


def test_speakers_api_paginates_with_next(client, search_index):
    for n in range(55):
        Speaker.objects.create(name=f"Orateur {n}", slug=f"orateur-{n}")
    article = Article.objects.create(title="t", slug="t", body="x")
    for speaker in Speaker.objects.all():
        speaker.quotes.create(article=article, text="x", kind="direct", start=speaker.pk, end=speaker.pk + 1, attribution="name")
    first = client.get("/api/speakers/").json()
    assert first["count"] == 55 and len(first["results"]) == 50 and "page=2" in first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5 and second["next"] is None


def test_article_page_marks_quotes_and_links_speakers(client, seeds):
    html = client.get(seeds["003"].get_absolute_url()).content.decode()
    stoltenberg = Speaker.objects.get(name="Jens Stoltenberg")
    assert "Qui est cité" in html
    assert html.count(f'href="{stoltenberg.get_absolute_url()}"') >= 6  # the list + 5 marked quotes
    assert '<span class="quote direct" id="citation-' in html


def test_search_results_show_speakers_and_speaker_filter(client, seeds):
    html = client.get("/", {"q": "Russie"}).content.decode()
    assert "Jens Stoltenberg" in html
    data = client.get("/api/search/", {"q": "speaker:lavrov"}).json()
    assert {r["id"] for r in data["results"]} == {seeds["000"].pk, seeds["002"].pk}
    data = client.get("/api/search/", {"q": "orateur:zakharova Russie"}).json()
    assert {r["id"] for r in data["results"]} == {seeds["001"].pk, seeds["004"].pk}


def test_merged_speaker_redirects(client, seeds):
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    old = Speaker.objects.create(name="Dmitri Peskov", slug="dmitri-peskov", merged_into=peskov)
    response = client.get(old.get_absolute_url())
    assert response.status_code == 301 and response["Location"] == peskov.get_absolute_url()


def test_slug_follows_the_corrected_name_and_the_old_one_redirects(client, seeds):
    # 001 first introduced her as "Maria Zahkharova"; 004 and "Mme Zakharova" corrected it.
    speaker = Speaker.objects.get(name="Maria Zakharova")
    assert speaker.slug == "maria-zakharova"
    response = client.get("/speakers/maria-zahkharova/")
    assert response.status_code == 301 and response["Location"] == "/speakers/maria-zakharova/"
    data = client.get("/api/search/", {"orateur": "maria-zahkharova"}).json()
    assert {r["id"] for r in data["results"]} == {seeds["001"].pk, seeds["004"].pk}
    assert {f["slug"] for f in data["facets"]["speakers"]} >= {"maria-zakharova"}


def test_chart_bars_open_that_months_quotes_of_the_speaker(client, seeds):
    import html as html_module
    import re
    from urllib.parse import parse_qs, urlsplit

    zakharova = Speaker.objects.get(name="Maria Zakharova")
    page = client.get(zakharova.get_absolute_url()).content.decode()
    links = [html_module.unescape(href) for href in re.findall(r'<a href="(/quotes/\?[^"]+)"><rect', page)]
    assert links
    for link in links:
        params = parse_qs(urlsplit(link).query)
        assert params["orateur"] == [zakharova.slug] and params["annee"] and params["mois"]
        month = client.get(link)
        assert month.status_code == 200 and "Maria Zakharova" in month.content.decode()
