"""Keep the search index in step with the database, one record or one batch at a time.

Every save or delete of an article or a quote updates the index after commit (so admin
edits never drift); a quote change also reindexes its article, whose speakers it
lists. Long jobs such as an import wrap their work in `batch_indexing()`: changes are
collected and written in a few large batches, many times faster than one index write
per record. Backend-neutral: only haystack's API is used.
"""

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from haystack import connections
from haystack.signals import BaseSignalProcessor

from .models import Article, Quote

BATCH_SIZE = 500
INDEXED = (Article, Quote)
_state = threading.local()


def _pending() -> dict | None:
    return getattr(_state, "pending", None)


class ArticleSignalProcessor(BaseSignalProcessor):
    """Index articles and quotes on save/delete, or queue them while a batch is open."""

    def setup(self):
        for model in INDEXED:
            post_save.connect(self.handle_save, sender=model)
            post_delete.connect(self.handle_delete, sender=model)

    def teardown(self):
        for model in INDEXED:
            post_save.disconnect(self.handle_save, sender=model)
            post_delete.disconnect(self.handle_delete, sender=model)

    def handle_save(self, sender, instance, **kwargs):
        queue_update(sender, instance.pk)
        if sender is Quote:
            queue_update(Article, instance.article_id)

    def handle_delete(self, sender, instance, **kwargs):
        queue_remove(sender, instance.pk)
        if sender is Quote:
            queue_update(Article, instance.article_id)


def queue_update(model, pk: int) -> None:
    """Reindex one record: after commit, or at the end of the open batch."""
    _queue("update", model, pk)


def queue_remove(model, pk: int) -> None:
    _queue("remove", model, pk)


def _queue(action: str, model, pk: int) -> None:
    pending = _pending()
    if pending is None:
        run = update_objects if action == "update" else remove_objects
        transaction.on_commit(lambda: run(model, [pk]))
        return
    other = "remove" if action == "update" else "update"
    pending[other].discard((model, pk))
    pending[action].add((model, pk))
    if len(pending["update"]) >= BATCH_SIZE:
        _flush(pending)


def reindex_speaker(speaker) -> None:
    """Reindex what shows a speaker's slug: their quotes and the articles quoting them."""
    for quote_pk, article_pk in Quote.objects.filter(speaker=speaker).values_list("pk", "article_id"):
        queue_update(Quote, quote_pk)
        queue_update(Article, article_pk)


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
    for action, run in (("remove", remove_objects), ("update", update_objects)):
        entries, pending[action] = pending[action], set()
        for model in INDEXED:
            pks = sorted(pk for m, pk in entries if m is model)
            if pks:
                run(model, pks)


def _index(model):
    return connections["default"].get_unified_index().get_index(model)


def update_objects(model, pks: Iterable[int]) -> None:
    """Write these records to the index; those no longer indexable are removed."""
    pks = list(pks)
    backend = connections["default"].get_backend()
    index = _index(model)
    for start in range(0, len(pks), BATCH_SIZE):
        chunk = pks[start:start + BATCH_SIZE]
        objects = list(index.index_queryset().filter(pk__in=chunk))
        if objects:
            backend.update(index, objects)
        gone = set(chunk) - {o.pk for o in objects}
        if gone:
            remove_objects(model, gone)


def remove_objects(model, pks: Iterable[int]) -> None:
    backend = connections["default"].get_backend()
    label = model._meta.label_lower
    for pk in pks:
        backend.remove(f"{label}.{pk}")
