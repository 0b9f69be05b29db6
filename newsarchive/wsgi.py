import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
application = get_wsgi_application()

from articles.indexing import heal_in_background  # noqa: E402 - needs the apps loaded

# Apply what a killed process left queued, now and every 30 s (README: "The index queue").
heal_in_background()


def _warm_search() -> None:
    """Open the search index before the first request, if the backend can (Whoosh can).

    A cold worker's first search built every facet table and sort key: over a second on a
    large archive. A server that cannot warm (no index yet) still starts. Its commits (a
    curator's) merge only small segments: a request must never rewrite a large index.
    """
    from haystack import connections

    try:
        backend = connections["default"].get_backend()
        for step in ("limit_merges", "warm"):
            if hasattr(backend, step):
                getattr(backend, step)()
    except Exception:  # noqa: BLE001 - serving beats failing to start over a cold cache
        logging.getLogger(__name__).warning("search index not warmed at start", exc_info=True)


_warm_search()
