"""XSS and injection across every channel: pages, snippets, feed, OpenSearch, CSV, JSON, admin.

One real article (imported beside the five seeds, indexed in a real Whoosh index)
carries `<script>`, `<img onerror>`, `javascript:` URLs, `=cmd|…` formulas and quotes in
its title, body, source, URL, speaker name and quote; parameters carry them too.
"""

import csv
import io
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client

from articles.links import safe_url
from articles.models import Article
from articles.views.exports import safe_cell
from articles.views.feeds import SUMMARY_CHARS, cut_at_word

from .hostile import FORMULA, FORMULA_STARTS, IMG, JS_URL, PAYLOADS, SCRIPT, create_hostile_article, rendered_markup

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def hostile(seeds):
    article = create_hostile_article()
    call_command("rebuild_index", "--noinput", verbosity=0)
    return article


def text_of(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8")


def pages(article) -> list[tuple[str, dict]]:
    speaker = article.quotes.get().speaker
    return [
        ("/", {"q": "alert"}), ("/", {"q": "alert", "source": article.source.name}),
        ("/", {"orateur": speaker.slug}), ("/quotes/", {"q": "alert"}), (article.get_absolute_url(), {}),
        (speaker.get_absolute_url(), {}), ("/speakers/", {}), ("/speakers/", {"q": "orateur"}),
        ("/archive/2019/", {}), ("/archive/2019/3/", {}), ("/help/", {}),
    ] + [("/", {"q": payload}) for payload in PAYLOADS] + [
        ("/", {"annee": SCRIPT}), ("/", {"orateur": IMG}), ("/", {"source": SCRIPT}), ("/speakers/", {"q": SCRIPT}),
        ("/speakers/", {"sort": IMG}), ("/quotes/", {"q": SCRIPT, "citation": IMG}), ("/nulle-part/", {"q": SCRIPT}),
    ]


def test_payloads_never_become_markup_on_any_page(client, hostile):
    for url, params in pages(hostile):
        response = client.get(url, params)
        html = text_of(response)
        assert response.status_code in (200, 400, 404), (url, params)
        assert rendered_markup(html) == 0, (url, params)
        assert SCRIPT not in html and IMG not in html, (url, params)


def test_payloads_show_as_text_on_the_article_page(client, hostile):
    html = client.get(hostile.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_snippets_escape_the_body_around_the_highlight(client, hostile):
    html = client.get("/", {"q": "alert"}).content.decode()
    assert "<mark>alert</mark>" in html and "&lt;script&gt;" in html
    assert rendered_markup(html) == 0


def test_javascript_urls_are_never_linked(client, hostile):
    html = client.get(hostile.get_absolute_url()).content.decode()
    assert "origine</a>" not in html and f'href="{JS_URL}' not in html
    Article.objects.filter(pk=hostile.pk).update(url="https://exemple.fr/article?a=1&b=2")
    html = client.get(hostile.get_absolute_url()).content.decode()
    assert '<a href="https://exemple.fr/article?a=1&amp;b=2" rel="noopener noreferrer nofollow">' in html


@pytest.mark.parametrize("url, expected", [
    ("https://exemple.fr/a", "https://exemple.fr/a"), ("HTTP://EXEMPLE.FR", "HTTP://EXEMPLE.FR"),
    ("javascript:alert(1)", ""), (" JavaScript:alert(1)", ""), ("java\tscript:alert(1)", ""),
    ("data:text/html,<script>", ""), ("vbscript:x", ""), ("//exemple.fr/a", ""), ("exemple.fr", ""),
    ("http://[oops", ""), ("http:///", ""), ("", ""), (None, ""),
])
def test_only_http_urls_are_safe(url, expected):
    assert safe_url(url) == expected


def test_feed_summaries_are_plain_text_a_reader_cannot_render(client, hostile):
    response = client.get("/search/feed/", {"q": "alert", "annee": "2019"})
    feed = ElementTree.fromstring(response.content)
    [entry] = feed.findall(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert SCRIPT in summary.text  # shown as the text it is, never as HTML
    assert entry.find(f"{ATOM}title").text == hostile.title
    assert b'type="html"' not in response.content


def test_feed_links_itself_with_its_query(client, hostile):
    feed = ElementTree.fromstring(client.get("/search/feed/", {"q": "élection", "annee": "2018"}).content)
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links["self"] == "http://testserver/search/feed/?q=%C3%A9lection&annee=2018"
    assert links["alternate"] == "http://testserver/?q=%C3%A9lection&annee=2018"


def test_feed_summaries_end_on_a_whole_word(client, seeds):
    feed = ElementTree.fromstring(client.get("/search/feed/").content)
    summaries = [e.find(f"{ATOM}summary").text for e in feed.findall(f"{ATOM}entry")]
    bodies = [" ".join(a.body.split()) for a in Article.objects.all()]
    assert len(summaries) == 5
    for summary in summaries:
        assert len(summary) <= SUMMARY_CHARS + 2
        if summary.endswith(" …"):
            kept = summary[:-2]
            body = next(b for b in bodies if b.startswith(kept))
            assert body[len(kept)] in " ,;:–—-"  # cut between two words, never inside one


@pytest.mark.parametrize("text, limit, expected", [
    ("un deux trois", 20, "un deux trois"),
    ("un deux trois", 9, "un deux …"),
    ("un deux, trois", 8, "un deux …"),
    ("anticonstitutionnellement", 10, "anticonsti …"),
    ("  un\n\ndeux  ", 20, "un deux"),
])
def test_cut_at_word(text, limit, expected):
    assert cut_at_word(text, limit) == expected


def test_a_control_character_in_an_article_does_not_break_the_feed(client, seeds):
    # PostgreSQL refuses NUL in text (imports and admin forms strip or refuse it); SQLite keeps it.
    nul = "\x00" if connection.vendor == "sqlite" else ""
    Article.objects.filter(pk=seeds["000"].pk).update(title=f"Titre\x0b avec{nul} contrôle", body="Texte\x1b[31m rouge")
    response = client.get("/search/feed/")
    assert response.status_code == 200
    titles = [e.find(f"{ATOM}title").text for e in ElementTree.fromstring(response.content).findall(f"{ATOM}entry")]
    assert "Titre avec contrôle" in titles


def test_opensearch_description_stays_well_formed(client, hostile):
    response = client.get("/opensearch.xml", {"q": SCRIPT})
    description = ElementTree.fromstring(response.content)
    templates = [url.get("template") for url in description.iter("{http://a9.com/-/spec/opensearch/1.1/}Url")]
    assert templates[0] == "http://testserver/?q={searchTerms}"
    assert all(t.startswith("http://testserver/") for t in templates) and SCRIPT.encode() not in response.content


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode()), "UTF-8 BOM, for Excel"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("url", ["/", "/quotes/"])
def test_csv_cells_never_start_a_formula(client, hostile, url):
    response = client.get(url, {"q": "alert", "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = csv_rows(response)
    assert len(rows) == 2
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert any(cell.startswith("'" + FORMULA) for cell in cells)


def test_article_csv_has_full_titles_dates_sources_and_speakers(client, hostile):
    [header, row] = csv_rows(client.get("/", {"q": "alert", "format": "csv"}))
    line = dict(zip(header, row))
    assert line["titre"] == "'" + hostile.title
    assert line["date"] == "2019-03-04" and line["source"] == hostile.source.name
    assert line["personnes citées"] == hostile.quotes.get().speaker.name
    assert line["adresse"] == f"http://testserver{hostile.get_absolute_url()}"
    assert line["article d'origine"] == ""  # the javascript: URL is not exported either


def test_quote_csv_has_the_whole_quotation_speaker_kind_and_article(client, seeds):
    quote = seeds["000"].quotes.filter(kind="direct").select_related("speaker", "article").first()
    rows = csv_rows(client.get("/quotes/", {"orateur": quote.speaker.slug, "format": "csv"}))
    header, lines = rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]
    assert header == ["id", "date", "citation", "personne citée", "type", "verbe", "titre de l'article",
                      "source", "adresse de l'article"]
    line = next(line for line in lines if line["id"] == str(quote.pk))
    assert line["citation"] == quote.text and len(line["citation"]) > 70
    assert line["personne citée"] == quote.speaker.name and line["type"] == "directe"
    assert line["adresse de l'article"] == f"http://testserver{quote.article.get_absolute_url()}"
    assert line["titre de l'article"] == quote.article.title


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+33 1 23", "'+33 1 23"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Élection", "Élection"), ("a=b", "a=b"), (None, ""), (12, "12"),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


@pytest.mark.parametrize("url", ["/api/search/?q=alert", "/api/quotes/?q=alert", "/api/speakers/?q=orateur",
                                 "/api/speakers/orateur-hostile/"])
def test_json_is_readable_utf8_and_never_html(client, hostile, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "\\u00" not in response.content.decode() and "\\u20ac" not in response.content.decode()
    assert SCRIPT in response.content.decode() or IMG in response.content.decode()  # data, as stored


def test_json_keeps_accents_as_written(client, seeds):
    body = client.get("/api/search/", {"q": "élection"}).content.decode()
    assert '"query": "élection"' in body and "\\u00e9" not in body


def test_admin_pages_escape_every_payload(admin_client, hostile):
    quote = hostile.quotes.get()
    for url in ["/admin/articles/article/", f"/admin/articles/article/{hostile.pk}/change/",
                "/admin/articles/speaker/", f"/admin/articles/speaker/{quote.speaker.pk}/change/",
                "/admin/articles/quote/", f"/admin/articles/quote/{quote.pk}/change/",
                "/admin/articles/source/", f"/admin/articles/source/{hostile.source.pk}/change/",
                "/admin/articles/article/?q=" + SCRIPT]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert rendered_markup(response.content.decode()) == 0, url


def test_search_box_reflects_a_payload_query_as_text(client, seeds):
    html = Client().get("/", {"q": '"><script>alert(1)</script>'}).content.decode()
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    assert rendered_markup(html) == 0
