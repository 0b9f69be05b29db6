import copy

import pytest
from haystack import connections


@pytest.fixture
def search_index(settings, tmp_path):
    """A real, empty French Whoosh index in tmp_path for this test; yields the backend.

    Errors surface (SILENTLY_FAIL off). haystack reads its connection settings once, at
    import, and caches engines per thread: both are pointed at the new settings and
    restored afterwards.
    """
    conf = copy.deepcopy(settings.HAYSTACK_CONNECTIONS)
    conf["default"].update(
        ENGINE="articles.backends.FrenchWhooshEngine",
        PATH=str(tmp_path / "whoosh_index"),
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
