"""A speaker's stored counts stay right when two transactions change their quotes at once.

Only PostgreSQL runs transactions side by side: SQLite serialises its writers, so there the
race these tests reproduce cannot happen.
"""

import threading

import pytest
from django.db import connection, transaction

from articles import indexing
from articles.models import PendingUpdate, Quote, Speaker

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite runs one writer at a time"),
]


def shown_counts(speaker: Speaker) -> tuple[int, int]:
    shown = Quote.objects.shown().filter(speaker=speaker)
    return shown.count(), shown.values("article_id").distinct().count()


def stored_counts(speaker: Speaker) -> tuple[int, int]:
    speaker.refresh_from_db()
    return speaker.quote_count, speaker.article_count


class OpenCuration(threading.Thread):
    """A curator rejecting one quote, its transaction left open until `finish` is set."""

    def __init__(self, quote_pk: int):
        super().__init__()
        self.quote_pk, self.changed, self.finish = quote_pk, threading.Event(), threading.Event()

    def run(self):
        try:
            with transaction.atomic():
                quote = Quote.objects.get(pk=self.quote_pk)
                quote.status = Quote.REJECTED
                quote.save()  # recounts the speaker in this transaction
                self.changed.set()
                self.finish.wait(10)
        finally:
            self.changed.set()
            connection.close()


def test_two_curators_rejecting_a_speakers_quotes_at_once_leave_the_right_counts(seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    first, second = Quote.objects.filter(speaker=lavrov).order_by("pk")[:2]
    before = stored_counts(lavrov)
    curator = OpenCuration(first.pk)
    curator.start()
    assert curator.changed.wait(10)
    # The second rejection waits for the first transaction's lock on the speaker, then counts
    # both; before, it counted without the first and overwrote its count once it committed.
    threading.Timer(0.5, curator.finish.set).start()
    second.status = Quote.REJECTED
    second.save()
    curator.join(10)
    assert stored_counts(lavrov) == shown_counts(lavrov) == (before[0] - 2, shown_counts(lavrov)[1])


def test_the_drain_leaves_a_speaker_a_writer_holds_queued_instead_of_waiting(seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    quote = Quote.objects.filter(speaker=lavrov).first()
    before = stored_counts(lavrov)
    curator = OpenCuration(quote.pk)
    curator.start()
    try:
        assert curator.changed.wait(10)
        indexing._apply({(indexing.RECOUNT, lavrov.pk)})  # returns at once: the speaker is held
        assert list(PendingUpdate.objects.values_list("label", "object_id")) == [(indexing.RECOUNT, lavrov.pk)]
        assert stored_counts(lavrov) == before
    finally:
        curator.finish.set()
        curator.join(10)
    indexing.drain()
    assert PendingUpdate.objects.count() == 0
    assert stored_counts(lavrov) == shown_counts(lavrov) == (before[0] - 1, shown_counts(lavrov)[1])
