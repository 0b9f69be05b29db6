"""In a real Chromium: the Content-Security-Policy blocks nothing the pages need, and
payloads stored in an article never run (no alert dialog, no CSP violation to catch them).

Uses test_browser's browser and page fixtures (Debian's chromium, pytest-django's live_server).
"""

import os

import pytest
from django.core.management import call_command

from .hostile import SCRIPT, create_hostile_article
from .test_browser import browser, page  # noqa: F401 - fixtures

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # as in test_browser: Playwright's loop in this thread
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def hostile(seeds):
    article = create_hostile_article()
    call_command("rebuild_index", "--noinput", verbosity=0)
    return article


def test_pages_run_under_the_policy_and_payloads_never_run(page, hostile):  # noqa: F811
    violations, dialogs = [], []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    speaker = hostile.quotes.get().speaker
    for url in ["/?q=alert", "/?q=" + SCRIPT, hostile.get_absolute_url(), speaker.get_absolute_url(),
                "/quotes/?q=alert", "/speakers/", "/archive/2019/", "/help/", "/nulle-part/", "/admin/login/"]:
        response = page.goto(url)
        assert "script-src 'self'" in response.headers["content-security-policy"], url
        # The stylesheet is allowed and applied: the page is laid out, not raw HTML.
        assert page.evaluate("[...document.styleSheets].some(s => s.cssRules.length > 0)"), url
    assert not dialogs, dialogs
    assert not violations, violations


def test_the_admin_still_works_under_the_policy(page, hostile, django_user_model):  # noqa: F811
    django_user_model.objects.create_superuser("curatrice", "c@example.org", "un-mot-de-passe-solide-7")
    violations = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto("/admin/login/?next=/admin/articles/article/")
    page.fill("input[name=username]", "curatrice")
    page.fill("input[name=password]", "un-mot-de-passe-solide-7")
    with page.expect_navigation():
        page.press("input[name=password]", "Enter")
    assert page.url.endswith("/admin/articles/article/")
    page.goto(f"/admin/articles/article/{hostile.pk}/change/")
    page.locator("fieldset.collapse summary, fieldset.collapse a.collapse-toggle").first.click()  # admin's own JS
    assert page.locator("textarea[name=raw_text], div.readonly").first.is_visible()
    assert not violations, violations
