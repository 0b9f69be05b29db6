"""The search page and API on the five real seeds, imported into a real Whoosh index."""

import pytest
from django.core.management import call_command
from django.utils.html import escape

from articles.models import Article

pytestmark = pytest.mark.django_db


def found(client, q) -> set[int]:
    response = client.get("/api/search/", {"q": q})
    assert response.status_code == 200
    return {r["id"] for r in response.json()["results"]}


def seed_ids(seeds, *names) -> set[int]:
    return {seeds[name].pk for name in names}


@pytest.mark.parametrize("q, expected", [
    ("élection", ["000", "001"]),
    ("elections", ["000", "001"]),
    ("Serguei Lavrov", ["000", "002"]),
    ("l'OTAN", ["003"]),
    ("l’OTAN", ["003"]),
    ("OTAN", ["003"]),
    ("otan", ["003"]),
    ("observateur", ["000"]),
    ('"New START"', ["004"]),
    ("« New START »", ["004"]),
])
def test_french_queries_find_the_right_seeds(client, seeds, q, expected):
    assert found(client, q) == seed_ids(seeds, *expected)


@pytest.mark.parametrize("q", ["WeChat", "maglev", "Hurun", "QR"])
def test_boilerplate_is_not_searchable(client, seeds, q):
    assert found(client, q) == set()


def test_api_result_has_the_documented_fields(client, seeds):
    data = client.get("/api/search/", {"q": "Stoltenberg"}).json()
    assert data["count"] == 1 and data["page"] == 1
    [result] = data["results"]
    assert result["id"] == seeds["003"].pk
    assert result["title"] == seeds["003"].title
    assert result["date"] == "2016-07-05"
    assert result["source"] == "Fil de démonstration"
    assert result["url"].endswith(seeds["003"].get_absolute_url())
    assert "Stoltenberg" in result["snippet"] and "<mark>" not in result["snippet"]


def test_search_page_highlights_french_forms(client, seeds):
    html = client.get("/", {"q": "élection"}).content.decode()
    assert "2 résultats" in html
    assert "<mark>élections</mark>" in html


def test_unknown_year_is_shown_and_null_in_api(client, search_index, tmp_path):
    raw = tmp_path / "sans_annee.txt"
    raw.write_text("Dernière mise à jour à 10h00 le 03/04\nLe ministre a déclaré que la réforme des retraites serait votée.\n")
    call_command("import_articles", str(raw), stdout=open("/dev/null", "w"))
    [result] = client.get("/api/search/", {"q": "retraites"}).json()["results"]
    assert result["date"] is None
    html = client.get("/", {"q": "retraites"}).content.decode()
    assert "3 avril (année inconnue)" in html


XSS_BODY = "Les élections ont eu lieu. <script>alert(1)</script> <img src=x onerror=alert(5)//"


def test_markup_in_a_body_shows_as_text_everywhere(client, search_index):
    article = Article.objects.create(title="Élections <b>test</b>", slug="xss", body=XSS_BODY, year=2020, month=1, day=2)
    call_command("rebuild_index", "--noinput", verbosity=0)
    for url, params in [("/", {"q": "élection"}), ("/", {"q": "alert"}), (article.get_absolute_url(), {})]:
        html = client.get(url, params).content.decode()
        assert "<script>alert(1)" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html or "alert" not in html
    api = client.get("/api/search/", {"q": "alert"}).json()
    assert api["count"] == 1 and "<script>alert(1)</script>" in api["results"][0]["snippet"]


@pytest.mark.parametrize("q", ['"unclosed', "title:(", "AND OR NOT", "*", "?", "x" * 10_000, "((", "-", "orateur:", "NOT"])
def test_bad_queries_give_a_normal_page(client, seeds, q):
    for url in ("/", "/api/search/"):
        assert client.get(url, {"q": q}).status_code == 200


def test_overlong_query_gets_a_french_notice(client, seeds):
    html = client.get("/", {"q": "Lavrov " * 2000}).content.decode()
    assert "trop longue" in html


@pytest.mark.parametrize("page, status, notice", [("0", 200, True), ("abc", 200, True), ("-3", 200, True), ("1", 200, False), ("99999", 404, False)])
def test_bad_page_numbers(client, seeds, page, status, notice):
    response = client.get("/", {"q": "Russie", "page": page})
    assert response.status_code == status
    if status == 200:
        assert ("Numéro de page invalide" in response.content.decode()) is notice
    assert client.get("/api/search/", {"q": "Russie", "page": page}).status_code == status


def test_twenty_results_a_page_with_pagination(client, search_index):
    for n in range(45):
        Article.objects.create(title=f"Sommet numéro {n}", slug=f"sommet-{n}", body=f"Le sommet {n} a eu lieu.", year=2019, month=1, day=1 + n % 28)
    call_command("rebuild_index", "--noinput", verbosity=0)
    first = client.get("/api/search/", {"q": "sommet"}).json()
    third = client.get("/api/search/", {"q": "sommet", "page": 3}).json()
    assert first["count"] == 45 and len(first["results"]) == 20 and len(third["results"]) == 5
    first_page = client.get("/", {"q": "sommet", "tri": "recent"}).content.decode()
    assert "Page 1 sur 3" in first_page and 'rel="next" href="?q=sommet&amp;tri=recent&amp;page=2"' in first_page
    second_page = client.get("/", {"q": "sommet", "page": 2}).content.decode()
    assert 'rel="prev" href="?q=sommet&amp;page=1"' in second_page and 'href="?q=sommet&amp;page=3"' in second_page


def test_empty_query_browses_newest_first(client, seeds):
    html = client.get("/").content.decode()
    assert "5 articles dans l'archive" in html
    titles = [escape(seeds[name].title) for name in ("004", "002", "003")]
    assert html.index(titles[0]) < html.index(titles[1]) < html.index(titles[2])


def test_article_page_by_id_and_slug_and_raw_text(client, seeds):
    article = seeds["000"]
    by_slug = client.get(f"/articles/{article.slug}/").content.decode()
    by_id = client.get(f"/articles/{article.pk}/").content.decode()
    assert by_slug == by_id and "2 février 2018" in by_slug and "Fil de démonstration" in by_slug
    raw = client.get(f"/articles/{article.pk}/raw.txt")
    assert raw["Content-Type"].startswith("text/plain")
    assert raw.content.decode() == article.raw_text and "WeChat" in article.raw_text
    assert client.get(f"/articles/{article.pk}/raw/", {"format": "txt"}).content == raw.content
    assert client.get("/articles/999999/").status_code == 404
