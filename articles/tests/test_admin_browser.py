"""One curator session in a real headless Chromium (Debian's): log in, date, hide, merge,
undo, reassign, read the history, and see the public site follow. Screenshots of each
admin page land in test-output/screenshots/admin-*.png."""

import importlib
import os
import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User

from articles.models import Article, Quote, Speaker

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # see test_browser.py: Playwright's loop, no real concurrency

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = os.environ.get("NEWSARCHIVE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


@pytest.fixture
def page(live_server):
    if os.environ.get("NEWSARCHIVE_SKIP_BROWSER") == "1":
        pytest.skip("NEWSARCHIVE_SKIP_BROWSER=1")
    executable = shutil.which(CHROMIUM)
    if executable is None:
        pytest.fail(f"Chromium not found at {CHROMIUM!r}: apt-get install chromium", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        context = browser.new_context(base_url=live_server.url, locale="fr-FR",
                                      viewport={"width": 1280, "height": 900})
        context.set_default_timeout(30_000)  # a loaded shared machine; a hang still fails
        yield context.new_page()
        browser.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"admin-{name}.png"), full_page=True)


def run_action(page, model: str, name: str, labels: list[str]) -> None:
    for label in labels:
        page.locator("#result_list tr", has_text=label).locator("input.action-select").check()
    page.select_option("select[name=action]", name)
    with page.expect_navigation():
        page.locator("button[name=index]").click()


def submit(page, selector: str = ".submit-row input[type=submit]") -> None:
    with page.expect_navigation():
        page.locator(selector).first.click()


@pytest.fixture
def curator(db):
    # A transactional test database is flushed between tests: create the group as the migration does.
    importlib.import_module("articles.migrations.0005_curator_group").create_group(apps, None)
    user = User.objects.create_user("claire", password="pw-curatrice-1", is_staff=True)
    user.groups.add(Group.objects.get(name="curateur"))
    return user


def test_a_curator_session(page, seeds, curator):
    Article.objects.filter(pk=seeds["000"].pk).update(year=None, published=None)
    page.goto("/admin/")
    page.fill("#id_username", "claire")
    page.fill("#id_password", "pw-curatrice-1")
    submit(page, "input[type=submit]")
    assert "Tenir l'archive juste" in page.content()
    shot(page, "index")

    page.goto("/admin/articles/article/?annee=inconnue")
    assert page.locator("#result_list tbody tr").count() == 1
    shot(page, "articles-annee-inconnue")
    page.locator("#result_list tbody tr a").first.click()
    page.wait_for_selector("text=Année suggérée")
    assert "jeudi" in page.locator(".field-suggested_year").inner_text()
    shot(page, "article-suggestion")

    page.goto("/admin/articles/article/")
    run_action(page, "article", "hide", ["OTAN est en pourparlers"])
    page.fill("#id_reason", "dépêche en double")
    shot(page, "article-masquer")
    submit(page)
    assert "1 article(s) masqué(s)" in page.locator("ul.messagelist").inner_text()
    assert "masqué" in page.locator("#result_list").inner_text()
    shot(page, "articles-apres-masquage")
    page.goto("/?q=Stoltenberg")
    assert page.locator(".result").count() == 0  # the hidden article was the only one quoting him
    preview = page.goto(seeds["003"].get_absolute_url())  # the admin's "Voir sur le site"
    assert preview.status == 200 and "masqué au public" in page.locator(".notice").first.inner_text()
    shot(page, "article-masque-apercu")
    reader = page.context.browser.new_page()  # a reader's browser: no curator session
    assert reader.goto(page.url).status == 404
    reader.close()

    page.goto("/admin/articles/speaker/")
    run_action(page, "speaker", "merge_selected", ["Sergueï Lavrov", "Dimitri Peskov"])
    page.locator("label", has_text="Sergueï Lavrov").locator("input").check()
    shot(page, "orateurs-fusion")
    submit(page)
    assert page.locator("#result_list th a", has_text="Dimitri Peskov").count() == 0  # merged away: hidden
    assert "Dimitri Peskov (1)" in page.locator("#result_list").inner_text()  # now an alias
    shot(page, "orateurs-apres-fusion")
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    page.goto(f"/admin/articles/speaker/{lavrov.pk}/change/")
    shot(page, "orateur-fiche")
    page.get_by_role("link", name="annuler la fusion").click()
    page.wait_for_selector("text=Annuler la fusion")
    shot(page, "orateur-annuler-fusion")
    submit(page)
    assert "est de nouveau une fiche à part" in page.locator("ul.messagelist").inner_text()
    assert Speaker.objects.get(name="Dimitri Peskov").merged_into is None

    page.get_by_role("link", name="Séparer…").click()
    page.wait_for_selector("text=Citations à déplacer")
    page.locator("#id_quotes input[type=checkbox]").first.check()
    page.fill("#id_new_name", "Porte-parole de la diplomatie russe")
    shot(page, "orateur-separer")
    submit(page)
    assert "déplacés vers « Porte-parole de la diplomatie russe »" in page.locator("ul.messagelist").inner_text()
    assert Speaker.objects.get(name="Porte-parole de la diplomatie russe").quote_count == 1

    quote = Quote.objects.get(speaker__name="partie turque")
    page.goto("/admin/articles/quote/?q=turque")
    page.locator("#result_list tbody tr").first.locator("input.action-select").check()
    page.select_option("select[name=action]", "reassign")
    with page.expect_navigation():
        page.locator("button[name=index]").click()
    page.locator(".select2-selection").first.click()
    page.locator(".select2-search__field").fill("Lavrov")
    page.locator(".select2-results__option", has_text="Sergueï Lavrov").click()
    shot(page, "citation-reattribuer")
    submit(page)
    assert Quote.objects.get(pk=quote.pk).speaker == lavrov

    page.goto(f"/admin/articles/article/{seeds['003'].pk}/history/")
    assert "Masqué : « dépêche en double »" in page.locator("#change-history").inner_text()
    shot(page, "article-historique")
    page.goto(f"/admin/articles/quote/{quote.pk}/history/")
    assert "Réattribuée de « partie turque » à « Sergueï Lavrov »" in page.content()
    shot(page, "citation-historique")
