"""Every page for every reader, in a real Chromium at 1280 px and 390 px: axe-core finds no
serious or critical violation, nothing is wider than the screen, quote links land on their
quote, the raw text shows what cleaning dropped. Screenshots go to test-output/screenshots/.

axe-core comes from node_modules (package-lock.json; `make test` runs `npm ci`).
"""

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .test_browser import browser, screenshot  # noqa: F401  (the module's Chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"desktop": 1280, "mobile": 390}
TIMEOUT_MS = 5_000
PAGES = {
    "home": "/",
    "search": "/?q=Russie",
    "search-filtered": "/?q=Russie&orateur=serguei-lavrov&du=2016-01-01&au=2018-12-31",
    "no-results": "/?q=Stoltemberg&annee=2018",
    "quotes": "/quotes/?q=OSCE",
    "speakers": "/speakers/",
    "speaker": "/speakers/maria-zakharova/",
    "article": "/articles/{article}/",
    "raw": "/articles/{article}/raw/",
    "archive": "/archive/",
    "archive-year": "/archive/2018/",
    "help": "/help/",
}


@pytest.fixture(params=WIDTHS.items(), ids=list(WIDTHS))
def page(request, browser, live_server):  # noqa: F811
    """A page at one screen width; `page.width_name` says which, for screenshot names."""
    name, width = request.param
    # The test injects axe-core as an inline script, which the site's Content-Security-Policy
    # rightly forbids: only the test's own injection needs the bypass.
    context = browser.new_context(base_url=live_server.url, locale="fr-FR", bypass_csp=True,
                                  viewport={"width": width, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.width_name = name
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    """Serious and critical axe-core violations on the page, one line each."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` (make test does).", pytrace=False)
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"] if v["impact"] in ("serious", "critical")
    ]


def overflow(page) -> int:
    """How many px the document is wider than the screen (0 when it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def clipped(page) -> list[str]:
    """Elements whose content is cut or scrolls sideways (a table wider than its box, say)."""
    return page.evaluate("""() => [...document.querySelectorAll('main *')]
        .filter(e => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1
                && getComputedStyle(e).overflowX !== 'visible')
        .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))""")


def headings(page) -> list[int]:
    return page.locator("h1, h2, h3, h4, h5, h6").evaluate_all("hs => hs.map(h => +h.tagName[1])")


@pytest.mark.parametrize("name", PAGES)
def test_every_page_fits_the_screen_and_passes_axe(page, seeds, name):
    page.goto(PAGES[name].format(article=seeds["000"].pk))

    path = screenshot(page, f"{name}-{page.width_name}")
    assert overflow(page) <= 0, f"{name} is wider than the screen ({path})"
    assert clipped(page) == [], f"{name}: content cut at this width ({path})"
    assert axe_violations(page) == []
    levels = headings(page)
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), f"headings skip a level: {levels}"


def test_skip_link_is_the_first_stop_and_reaches_the_results(page, seeds):
    page.goto("/?q=Russie")

    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("a => a === document.activeElement") and skip.is_visible()
    assert skip.inner_text() == "Aller aux résultats"
    outline = skip.evaluate("a => getComputedStyle(a).outlineStyle")
    assert outline != "none"  # visible focus
    page.keyboard.press("Enter")
    assert page.url.endswith("#resultats")
    assert page.evaluate("document.activeElement.id") == "resultats"


def test_every_control_shows_its_keyboard_focus(page, seeds):
    page.goto("/?q=Russie")

    unfocused = []
    for _ in range(25):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
            return {tag: e.tagName, text: (e.innerText || e.name || '').slice(0, 30),
                    visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2}; }""")
        if not focused["visible"]:
            unfocused.append(focused)
    assert unfocused == []


def test_results_come_before_the_facets_on_a_phone(page, seeds):
    page.goto("/?q=Russie")

    first_result = page.locator(".result").first.bounding_box()
    facets = page.locator("aside.facets").bounding_box()
    if page.width_name == "mobile":
        assert facets["y"] > first_result["y"]
        assert page.locator("a.to-facets").is_visible()
    else:
        assert facets["x"] + facets["width"] <= first_result["x"]


def test_quote_search_link_lands_on_the_highlighted_quote(page, seeds):
    page.goto("/quotes/?q=OSCE")
    item = page.locator("figure.quote-item").first
    text = " ".join(item.locator(".quote-text").inner_text().split())
    assert text.startswith("« ") and text.endswith(" »") or not text.startswith("«")

    with page.expect_navigation():
        item.locator("a.in-text").click()

    anchor = page.url.rsplit("#", 1)[1]
    assert anchor.startswith("citation-")
    target = page.locator(f"span.quote#{anchor}")
    assert target.evaluate("el => el.matches(':target')")
    assert target.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    box = target.bounding_box()
    assert 0 <= box["y"] < 900, "the quote is scrolled into view"
    screenshot(page, f"article-quote-target-{page.width_name}")


def test_speaker_page_shows_whole_quotes_linking_to_their_place(page, seeds):
    page.goto("/speakers/maria-zakharova/")

    assert page.locator("p.aliases").inner_text().startswith("Aussi nommée :")
    assert "Maria Zakharova" not in page.locator("p.aliases").inner_text().split(":", 1)[1]
    direct = page.locator("figure.quote-item.direct .quote-text").first.inner_text()
    reported = page.locator("figure.quote-item.indirect .quote-text").first.inner_text()
    assert direct.startswith("«") and direct.endswith("»")
    assert not reported.startswith("«")
    assert "…" not in direct and len(direct) > 100  # the whole quotation, not a 70-character cut
    href = page.locator("figure.quote-item a.in-text").first.get_attribute("href")
    with page.expect_navigation():
        page.locator("figure.quote-item a.in-text").first.click()
    assert page.locator(f"#{href.split('#')[1]}").evaluate("el => el.matches(':target')")


def test_article_page_names_each_speaker_in_the_text_and_explains_the_marks(page, seeds):
    page.goto(f"/articles/{seeds['000'].pk}/")

    assert page.locator("ul.legend").inner_text().count("citation directe") == 1
    assert "discours rapporté" in page.locator("ul.legend").inner_text()
    quotes = page.locator(".body span.quote")
    assert quotes.count() == page.locator(".body a.quote-by").count() >= 2
    assert all(i.startswith("citation-") for i in quotes.evaluate_all("qs => qs.map(q => q.id)"))
    assert "Sergueï Lavrov" in page.locator(".body a.quote-by").first.inner_text()  # visible, no hover
    reference = page.locator("#citations .reference-text").first.inner_text()
    assert reference.startswith("Sergueï Lavrov, Fil de démonstration, 2 février 2018, http://")
    assert f"/articles/{seeds['000'].pk}/#citation-" in reference  # by id: survives a new title
    page.goto(reference.rsplit(", ", 1)[1])
    assert page.locator("span.quote:target").count() == 1


def test_copy_button_puts_the_reference_on_the_clipboard(page, seeds, live_server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(f"/articles/{seeds['000'].pk}/")

    button = page.locator("#citations button.copy-reference").first
    button.click()

    expect(button).to_have_text("Référence copiée")  # the clipboard answers asynchronously
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#citations .reference-text").first.inner_text()


def test_raw_page_marks_the_dropped_lines(page, seeds):
    page.goto(f"/articles/{seeds['000'].pk}/raw/")

    header = page.locator("ol.raw-lines li.header")
    assert header.count() == 1 and header.locator(".text").inner_text().startswith("Dernière mise à jour")
    assert "retirée : en-tête" in header.inner_text()
    assert page.locator("ol.raw-lines li.kept").count() == seeds["000"].body.count("\n\n") + 1
    trailer = page.locator("ol.raw-lines li.trailer")
    assert trailer.count() > 5 and trailer.first.locator("del").count() == 1
    assert trailer.first.locator(".reason").inner_text() == "retirées : fin de page : autres titres, liens"
    download = page.get_by_role("link", name="Télécharger le fichier en texte brut")
    response = page.request.get(download.get_attribute("href"))
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text() == seeds["000"].raw_text


def test_no_results_page_helps_and_offers_nothing_to_export(page, seeds):
    page.goto("/?q=Stoltemberg&annee=2018")

    assert " ".join(page.locator("p.count").inner_text().split()) == "Aucun résultat pour « Stoltemberg »"
    helps = page.locator("section.no-results")
    assert helps.get_by_role("link", name="chercher « Stoltenberg »").count() == 1
    assert helps.get_by_role("link", name="Toute la syntaxe de recherche").count() == 1
    with page.expect_navigation():
        helps.get_by_role("link", name="cherchez « Stoltemberg » sans aucun filtre").click()
    assert "annee" not in page.url
    page.goto("/?q=Stoltemberg&annee=2018")
    for absent in ("p.sorts", "p.take-away", "figure.chart-box", "link[rel=alternate]"):
        assert page.locator(absent).count() == 0, absent


def test_date_range_form_adds_one_du_au_chip(page, seeds):
    page.goto("/?q=Russie&orateur=serguei-lavrov")
    if page.width_name == "mobile":
        page.locator("a.to-facets").click()

    page.fill("input#du", "2018-01-01")
    page.fill("input#au", "2018-12-31")
    with page.expect_navigation():
        page.get_by_role("button", name="Appliquer").click()

    chips = page.locator("ul.chips li > span").all_inner_texts()
    assert chips == ["du 1er janvier 2018 au 31 décembre 2018", "personne citée : Sergueï Lavrov"]
    assert " ".join(page.locator("p.count").inner_text().split()) == "1 résultat pour « Russie »"
    assert page.locator("p.sorts").count() == 0  # nothing to sort in one result
    screenshot(page, f"search-date-range-{page.width_name}")


def test_axe_results_are_real(page, seeds):
    """The axe helper does report a violation when one is there (an unlabeled field)."""
    page.goto("/help/")
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>')")
    assert any(v.startswith("label") for v in axe_violations(page)), json.dumps(axe_violations(page))
