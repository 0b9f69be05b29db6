import copy
import io

import pytest
from django.core.management import call_command
from haystack import connections


def pytest_configure(config):
    """Static files by their plain names in tests: hashed names exist only once
    `collectstatic` has run (`make run` does; test_production checks that path)."""
    from django.conf import settings

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def search_index(settings, tmp_path_factory):
    """A real, empty French Whoosh index in tmp_path for this test; yields the backend.

    Errors surface (SILENTLY_FAIL off). haystack reads its connection settings once, at
    import, and caches engines per thread: both are pointed at the new settings and
    restored afterwards.
    """
    conf = copy.deepcopy(settings.HAYSTACK_CONNECTIONS)
    conf["default"].update(
        ENGINE="articles.backends.FrenchWhooshEngine",
        # Its own folder, so tests importing everything in tmp_path do not see it.
        PATH=str(tmp_path_factory.mktemp("whoosh_index")),
        SILENTLY_FAIL=False,
    )
    settings.HAYSTACK_CONNECTIONS = conf
    settings.HAYSTACK_SILENTLY_FAIL = False
    saved = connections.connections_info
    connections.connections_info = conf
    backend = connections.reload("default").get_backend()
    backend.clear()
    yield backend
    connections.connections_info = saved
    connections.reload("default")


@pytest.fixture(autouse=True)
def _database_tests_get_their_own_index(request):
    """Any test touching the database writes to a fresh index, never to ./var."""
    if request.node.get_closest_marker("django_db"):
        request.getfixturevalue("search_index")


@pytest.fixture
def seeds(search_index):
    """The five real seed articles imported (quotes, speakers, index) by their number: {"000": …}."""
    from articles.models import Article

    call_command("import_articles", "fixtures/raw", stdout=io.StringIO())
    return {a.raw_name[:3]: a for a in Article.objects.all()}
