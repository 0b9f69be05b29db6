"""End-to-end flows in a real headless Chromium (Debian's) on the five real seeds.

Playwright's sync API drives `/usr/bin/chromium` (or $NEWSARCHIVE_CHROMIUM) against
pytest-django's `live_server`; nothing is downloaded. Without Chromium every test fails with
a message saying so; NEWSARCHIVE_SKIP_BROWSER=1 skips them on purpose.

Run only these: `.venv/bin/pytest -m browser`. Screenshots land in test-output/screenshots/.
"""

import os
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

# Playwright's sync API keeps an asyncio loop running in the test thread (it switches to
# it through greenlets), so Django sees every ORM call made by the test itself (importing
# the seeds, pytest-django's flush after each transactional test) as made "from an async
# context" and raises SynchronousOnlyOperation. Nothing here is really concurrent: the
# test thread is blocked while the loop runs and the live server answers in its own
# threads, so Django's documented escape hatch is safe. os.environ is process-wide and
# modules are imported at collection, so a full run has the check off in every module.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = os.environ.get("NEWSARCHIVE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
TIMEOUT_MS = 30_000  # generous: a hang still fails, a loaded machine (password hashing at login) does not

OLDEST_TITLE = "L'OTAN est en pourparlers"  # seed 003, 5 July 2016
LAVROV = "Sergueï Lavrov"  # quoted in seeds 000 and 002


def _find_chromium() -> str:
    path = shutil.which(CHROMIUM)
    if path is None:
        pytest.fail(
            f"Chromium not found at {CHROMIUM!r}: install it (apt-get install chromium), "
            "point NEWSARCHIVE_CHROMIUM at it, or set NEWSARCHIVE_SKIP_BROWSER=1 to skip "
            "the browser tests.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module; fails loudly when it cannot start."""
    if os.environ.get("NEWSARCHIVE_SKIP_BROWSER") == "1":
        pytest.skip("NEWSARCHIVE_SKIP_BROWSER=1")
    executable = _find_chromium()
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        except Error as error:
            pytest.fail(f"Chromium at {executable} does not start: {error}", pytrace=False)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page per test; `page.goto("/…")` is relative to the live server."""
    context = browser.new_context(base_url=live_server.url, locale="fr-FR", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


def params(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def result_titles(page) -> list[str]:
    return page.locator(".result h2 a").all_inner_texts()


def count_text(page) -> str:
    return " ".join(page.locator("p.count").inner_text().split())


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def search_for(page, q: str) -> None:
    page.goto("/")
    page.fill("input[name=q]", q)
    with page.expect_navigation():
        page.press("input[name=q]", "Enter")


def test_typed_query_lists_results_with_their_count(page, seeds):
    search_for(page, "Russie")

    assert params(page)["q"] == ["Russie"]
    titles = result_titles(page)
    assert len(titles) == 5  # every seed mentions la Russie
    assert count_text(page) == "5 résultats pour « Russie »"
    assert page.locator("input[name=q]").input_value() == "Russie"
    assert page.locator("figure.chart-box svg").count() == 1


def test_speaker_facet_adds_a_chip_and_narrows_results(page, seeds):
    search_for(page, "Russie")

    with page.expect_navigation():
        page.locator("aside.facets section.facet", has_text="Personnes citées").get_by_role("link", name=LAVROV).click()

    assert params(page)["orateur"] == ["serguei-lavrov"]
    assert params(page)["q"] == ["Russie"]
    assert page.locator("ul.chips li").all_inner_texts()[0].startswith(f"personne citée : {LAVROV}")
    assert len(result_titles(page)) == 2
    assert count_text(page) == "2 résultats pour « Russie »"
    screenshot(page, "search-query-and-speaker-facet")


def test_removing_the_chip_restores_the_unfiltered_results(page, seeds):
    page.goto("/?q=Russie&orateur=serguei-lavrov")
    assert len(result_titles(page)) == 2

    with page.expect_navigation():
        page.locator("ul.chips li", has_text=LAVROV).locator("a.chip-remove").click()

    assert "orateur" not in params(page)
    assert page.locator("ul.chips li").count() == 0
    assert count_text(page) == "5 résultats pour « Russie »"
    assert len(result_titles(page)) == 5


def test_oldest_first_sort_puts_the_2016_nato_article_on_top(page, seeds):
    search_for(page, "Russie")

    with page.expect_navigation():
        page.locator("p.sorts").get_by_role("link", name="plus anciens").click()

    assert params(page)["tri"] == ["ancien"]
    assert page.locator("p.sorts strong").inner_text() == "plus anciens"
    assert result_titles(page)[0].startswith(OLDEST_TITLE)
    dates = page.locator(".result time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert dates == sorted(dates)


def test_opening_a_result_shows_marked_quotes_and_speaker_links(page, seeds):
    page.goto("/?q=Russie&orateur=serguei-lavrov")

    with page.expect_navigation():
        page.locator(".result h2 a").first.click()

    assert re.search(r"/articles/[^/]+/$", urlsplit(page.url).path)  # the query rides along for the way back
    assert page.locator("span.quote").count() >= 1
    quoted = page.locator("aside.quoted")
    assert quoted.locator("h2").inner_text() == "Qui est cité"
    assert quoted.get_by_role("link", name=LAVROV).get_attribute("href") == "/speakers/serguei-lavrov/"
    assert page.get_by_role("link", name="Voir le texte brut importé").is_visible()
    screenshot(page, "article-with-quotes")


def test_similar_articles_link_leads_to_another_article(page, seeds):
    search_for(page, "Stoltenberg")
    with page.expect_navigation():
        page.locator(".result h2 a").first.click()
    first_url, first_title = page.url, page.locator("h1").inner_text()

    similar = page.locator("section.similar a").first
    expected_title = similar.inner_text()
    with page.expect_navigation():
        similar.click()

    assert re.search(r"/articles/[^/]+/$", urlsplit(page.url).path) and page.url != first_url
    assert page.locator("h1").inner_text() == expected_title != first_title


def test_similar_articles_are_listed_once_each(page, seeds):
    page.goto("/?q=Russie&orateur=serguei-lavrov")
    with page.expect_navigation():
        page.locator(".result h2 a").first.click()
    own_path = urlsplit(page.url).path

    hrefs = page.locator("section.similar a").evaluate_all("links => links.map(a => a.getAttribute('href'))")

    assert hrefs and own_path not in hrefs
    assert len(hrefs) == len(set(hrefs)), f"duplicates in Articles similaires: {hrefs}"


def test_markup_in_the_query_shows_as_text_and_runs_nothing(page, seeds):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    markup = "<script>alert(1)</script>"

    search_for(page, markup)

    assert page.locator("input[name=q]").input_value() == markup
    assert markup in count_text(page)
    assert page.locator("main script").count() == 0
    page.wait_for_load_state("load")
    assert dialogs == []


def test_unclosed_quote_gives_a_french_notice_not_an_error(page, seeds):
    search_for(page, '"unclosed')

    notice = page.locator("p.notice")
    assert notice.inner_text() == "Guillemet non fermé : la recherche est faite sur les mots."
    assert page.locator("input[name=q]").input_value() == '"unclosed'
    assert page.locator("p.count").is_visible()


@pytest.mark.parametrize("link, path", [
    ("Personnes citées", "/speakers/"),
    ("Citations", "/quotes/"),
    ("Aide", "/help/"),
])
def test_header_links_reach_each_section(page, seeds, link, path):
    page.goto("/")
    with page.expect_navigation() as navigation:
        page.locator("header.site-header nav").get_by_role("link", name=link, exact=True).click()

    assert navigation.value.status == 200
    assert urlsplit(page.url).path == path
    assert page.locator("main h1").count() == 1


def test_facet_sidebar_sits_beside_the_results_without_overlap(page, seeds):
    page.goto("/?q=Russie&orateur=serguei-lavrov")

    facets = page.locator("aside.facets").bounding_box()
    results = page.locator("div.results").bounding_box()
    assert facets["x"] + facets["width"] <= results["x"]
    chart = page.locator("figure.chart-box svg").bounding_box()
    assert chart["x"] >= results["x"] and chart["x"] + chart["width"] <= results["x"] + results["width"] + 1
