"""In a real browser: from a search to an article with its words marked, and back."""

import pytest

from articles.tests.test_browser import browser, params, result_titles, screenshot  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(params=[1280, 390], ids=["1280px", "390px"])
def page(browser, live_server, request):  # noqa: F811
    context = browser.new_context(base_url=live_server.url, locale="fr-FR",
                                  viewport={"width": request.param, "height": 900})
    context.set_default_timeout(5_000)
    page = context.new_page()
    page.width = request.param
    yield page
    context.close()


def test_an_article_opened_from_a_search_marks_its_words_and_leads_back(page, seeds):
    page.goto("/?q=observateurs&tri=recent")
    first = result_titles(page)[0]
    with page.expect_navigation():
        page.locator(".result h2 a").first.click()
    marks = page.locator(".body mark").all_inner_texts()
    assert marks and all(mark.lower().startswith("observat") for mark in marks)
    screenshot(page, f"article-from-search-{page.width}")
    back = page.get_by_role("link", name="Retour aux résultats")
    assert back.is_visible()
    with page.expect_navigation():
        back.click()
    assert params(page) == {"q": ["observateurs"], "tri": ["recent"]}
    assert result_titles(page)[0] == first


def test_a_quoted_word_marks_its_exact_form_only(page, seeds):
    page.goto('/?q="Russie"')
    with page.expect_navigation():  # seed 000 says "la Russie" and "ministre russe"
        page.locator(".result h2 a", has_text="La Russie est prête").click()
    marks = {mark.lower() for mark in page.locator(".body mark").all_inner_texts()}
    assert marks == {"russie"}
    assert page.locator(".body").inner_text().lower().count("russe") > 0  # there, not marked
