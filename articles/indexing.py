"""Keep the search index in step with the database, one article or one batch at a time.

Every save or delete of an article updates the index (so admin edits never drift).
Long jobs such as an import wrap their work in `batch_indexing()`: changes are
collected and written in a few large batches, which is many times faster than one
index write per article. Backend-neutral: only haystack's API is used.
"""

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from haystack import connections
from haystack.signals import BaseSignalProcessor

from .models import Article

BATCH_SIZE = 500
_state = threading.local()


def _pending() -> dict | None:
    return getattr(_state, "pending", None)


class ArticleSignalProcessor(BaseSignalProcessor):
    """Index articles on save/delete, or queue them while a batch is open."""

    def setup(self):
        post_save.connect(self.handle_save, sender=Article)
        post_delete.connect(self.handle_delete, sender=Article)

    def teardown(self):
        post_save.disconnect(self.handle_save, sender=Article)
        post_delete.disconnect(self.handle_delete, sender=Article)

    def handle_save(self, sender, instance, **kwargs):
        queue_article(instance.pk)

    def handle_delete(self, sender, instance, **kwargs):
        pending = _pending()
        if pending is not None:
            pending["remove"].add(instance.pk)
            pending["update"].discard(instance.pk)
        else:
            transaction.on_commit(lambda pk=instance.pk: remove_articles([pk]))


def queue_article(pk: int) -> None:
    """Reindex one article: now (after commit) or at the end of the open batch."""
    pending = _pending()
    if pending is not None:
        pending["update"].add(pk)
        if len(pending["update"]) >= BATCH_SIZE:
            _flush(pending)
    else:
        transaction.on_commit(lambda: update_articles([pk]))


@contextmanager
def batch_indexing() -> Iterator[None]:
    """Collect index changes made inside the block and write them in batches."""
    if _pending() is not None:  # nested: the outer batch flushes
        yield
        return
    _state.pending = {"update": set(), "remove": set()}
    try:
        yield
    finally:
        pending, _state.pending = _state.pending, None
        _flush(pending)


def _flush(pending: dict) -> None:
    update, remove = sorted(pending["update"]), sorted(pending["remove"])
    pending["update"].clear()
    pending["remove"].clear()
    if remove:
        remove_articles(remove)
    if update:
        update_articles(update)


def _index():
    return connections["default"].get_unified_index().get_index(Article)


def update_articles(pks: Iterable[int]) -> None:
    """Write these articles to the index (those that no longer exist are removed)."""
    pks = list(pks)
    backend = connections["default"].get_backend()
    index = _index()
    for start in range(0, len(pks), BATCH_SIZE):
        chunk = pks[start:start + BATCH_SIZE]
        articles = list(index.index_queryset().filter(pk__in=chunk))
        if articles:
            backend.update(index, articles)
        gone = set(chunk) - {a.pk for a in articles}
        if gone:
            remove_articles(gone)


def remove_articles(pks: Iterable[int]) -> None:
    backend = connections["default"].get_backend()
    for pk in pks:
        backend.remove(f"articles.article.{pk}")
