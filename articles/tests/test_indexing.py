"""The index queue: changes queued in their transaction, drained by one writer at a time."""

import io
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from haystack import connections
from haystack.query import SearchQuerySet

from articles import indexing
from articles.indexing import batch_indexing, drain
from articles.models import Article, PendingUpdate, Quote, Speaker, WriterLease, deferred_recounts
from articles.tests.test_admin import change_form_data

pytestmark = pytest.mark.django_db


def make_article(title, body="Les observateurs arrivent à Moscou.", n=[0]):
    n[0] += 1
    return Article.objects.create(title=title, body=body, slug=f"queued-{n[0]}", year=2018, month=3, day=1)


def found(word) -> list[str]:
    return sorted(r.title for r in SearchQuerySet().models(Article).auto_query(word))


def queued() -> list[tuple[str, int]]:
    return list(PendingUpdate.objects.order_by("pk").values_list("label", "object_id"))


def test_a_change_is_queued_in_its_transaction_and_drained_into_the_index(search_index):
    article = make_article("Moscou")
    assert queued() == [("articles.article", article.pk)]
    assert found("Moscou") == []  # not written by the save itself
    assert drain() == 1
    assert found("Moscou") == ["Moscou"] and queued() == []


def test_a_rolled_back_change_leaves_no_row_and_no_ghost_document(search_index):
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        make_article("Fantôme")
        assert len(queued()) == 1
        1 / 0
    assert queued() == []
    drain()
    assert found("Moscou") == [] and not Article.objects.exists()


def test_a_change_after_a_savepoint_rollback_is_queued_again(search_index):
    article = make_article("Moscou")
    drain()
    with transaction.atomic():
        with pytest.raises(ZeroDivisionError), transaction.atomic():
            article.title = "Kiev"
            article.save()  # queued in the savepoint...
            1 / 0  # ...and gone with it
        assert queued() == []
        article.refresh_from_db()
        article.body = "Les observateurs arrivent à Kiev."
        article.save()  # the same record again: queued again
    assert queued() == [("articles.article", article.pk)]
    drain()
    assert found("Kiev") == ["Moscou"]


def test_a_deleted_record_is_removed_by_the_drain(search_index):
    article = make_article("Moscou")
    drain()
    pk = article.pk
    article.delete()
    assert queued() == [("articles.article", pk)]
    drain()
    assert found("Moscou") == []


def test_draining_inside_a_transaction_is_refused(search_index):
    with transaction.atomic(), pytest.raises(RuntimeError, match="outside a transaction"):
        drain()


def test_one_drainer_at_a_time_the_holder_leaves_the_rows_to_the_other(search_index):
    make_article("Moscou")
    busy = WriterLease.objects.create(name=indexing.LEASE_NAME, holder="elsewhere:1:abc",
                                      expires=timezone.now() + timedelta(minutes=5))
    assert drain() == 0 and len(queued()) == 1
    busy.expires = timezone.now() - timedelta(seconds=1)  # the other host died long ago
    busy.save()
    assert drain() == 1 and found("Moscou") == ["Moscou"]
    assert WriterLease.objects.get().holder == ""


def test_the_lease_of_a_killed_process_on_this_host_is_taken_over_at_once(search_index):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = indexing.socket.gethostname()
    WriterLease.objects.create(name=indexing.LEASE_NAME, holder=f"{host}:{dead.pid}:abc",
                               expires=timezone.now() + timedelta(minutes=5))
    alive = WriterLease.objects.filter(pk=indexing.LEASE_NAME)
    make_article("Moscou")
    assert drain() == 1
    alive.update(holder=f"{host}:{os.getppid()}:abc", expires=timezone.now() + timedelta(minutes=5))
    make_article("Kiev", "Les observateurs arrivent à Kiev.")
    assert drain() == 0  # a live process holds it


def test_a_batch_drains_every_batch_size_rows_and_at_its_end(search_index, monkeypatch):
    monkeypatch.setattr(indexing, "BATCH_SIZE", 3)
    with batch_indexing():
        for n in range(4):
            make_article(f"Moscou {n}")
        assert len(queued()) == 4  # a test's transaction never commits: drained at the end
    assert queued() == [] and len(found("Moscou")) == 4


def test_a_batch_beside_a_drainer_process_keeps_no_list_of_its_rows_and_drains_at_its_end(search_index):
    with batch_indexing(inline=False):
        for n in range(3):
            make_article(f"Moscou {n}")
        assert indexing._state.batch.rows == []  # an import of 100k articles would hold every pk
        assert len(queued()) == 3
    assert queued() == [] and len(found("Moscou")) == 3


def test_deferred_recounts_are_queued_then_applied_by_the_drain(seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    quote = Quote.objects.filter(speaker=lavrov).first()
    with deferred_recounts():
        quote.status = Quote.REJECTED
        quote.save()
        assert ("articles.speaker", lavrov.pk) in queued()
        assert Speaker.objects.get(pk=lavrov.pk).quote_count == 7  # not yet
    assert Speaker.objects.get(pk=lavrov.pk).quote_count == 6 and queued() == []
    assert SearchQuerySet().models(Quote).filter(django_id=quote.pk).count() == 0


def test_check_index_applies_what_a_killed_process_left_queued(seeds):
    article = seeds["000"]
    PendingUpdate.objects.create(label="articles.article", object_id=article.pk)
    connections["default"].get_backend().remove(article)  # as a killed drain would leave it
    out = io.StringIO()
    call_command("check_index", stdout=out)
    assert "1 mise(s) à jour en attente appliquée(s)" in out.getvalue() and "en accord" in out.getvalue()


def test_an_index_that_cannot_be_written_keeps_the_rows_for_the_next_drain(search_index, monkeypatch):
    from haystack.exceptions import SearchBackendError

    def locked(*args, **kwargs):
        raise SearchBackendError("stayed locked by another writer")

    monkeypatch.setattr(type(search_index), "update", locked)
    with batch_indexing():  # the job's own work is not failed by the index
        make_article("Moscou")
    assert len(queued()) == 1 and WriterLease.objects.get().holder == ""
    monkeypatch.undo()
    assert drain() == 1 and found("Moscou") == ["Moscou"]


def test_a_large_transaction_is_never_drained_before_it_commits(search_index, monkeypatch):
    # The old batch flushed every 500 records, also in the middle of a large file's
    # transaction: killed there, its quotes stayed in the index as ghosts.
    monkeypatch.setattr(indexing, "BATCH_SIZE", 3)
    with batch_indexing():
        with pytest.raises(ZeroDivisionError), transaction.atomic():
            for n in range(7):
                make_article(f"Moscou {n}")
            assert found("Moscou") == []
            1 / 0
    assert found("Moscou") == [] and queued() == []


BACKLOG = 1500  # rows a killed import could leave, far more than a save queues


@pytest.fixture
def backlog(search_index):
    """An indexed article to edit; then articles written without being indexed and a queued
    row for each, as a killed import leaves them."""
    article = make_article("Moscou")
    drain()
    Article.objects.bulk_create(
        Article(title=f"Dépêche {n}", slug=f"backlog-{n}", body="Les observateurs arrivent à Vilnius.",
                year=2019, month=1, day=1) for n in range(BACKLOG))
    PendingUpdate.objects.bulk_create(
        PendingUpdate(label="articles.article", object_id=pk)
        for pk in Article.objects.exclude(pk=article.pk).values_list("pk", flat=True))
    return article


def test_an_admin_save_indexes_its_own_change_at_once_and_leaves_the_backlog_to_the_healer(
        backlog, admin_client, django_capture_on_commit_callbacks, monkeypatch):
    article = backlog
    drain_calls = []
    monkeypatch.setattr(indexing, "drain", lambda: drain_calls.append(1) or 0)  # nobody drains it all
    woken = []
    monkeypatch.setattr(indexing, "_healer_running", lambda: True)
    monkeypatch.setattr(indexing._wake, "set", lambda: woken.append(1))
    url = f"/admin/articles/article/{article.pk}/change/"
    data = change_form_data(admin_client, url)
    data.update(title="Riga", body="Les observateurs arrivent à Riga.")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert found("Riga") == ["Riga"]  # searchable as soon as the save returns
    assert pending_rows() == BACKLOG  # the backlog was not indexed in the request...
    assert found("Vilnius") == [] and drain_calls == []
    assert woken  # ...the healer was woken to do it
    monkeypatch.undo()
    assert drain() == BACKLOG and len(found("Vilnius")) == BACKLOG


def pending_rows() -> int:
    return PendingUpdate.objects.count()


def test_a_save_behind_a_busy_writer_waits_a_bounded_time_and_leaves_its_rows_queued(search_index, monkeypatch):
    WriterLease.objects.create(name=indexing.LEASE_NAME, holder="elsewhere:1:abc",
                               expires=timezone.now() + timedelta(minutes=5))
    monkeypatch.setattr(indexing, "OWN_WAIT_SECONDS", 0.3)
    article = make_article("Moscou")
    rows = list(PendingUpdate.objects.values_list("pk", flat=True))
    assert indexing.apply_own(rows) == 0  # returns, without raising, once the wait is over
    assert queued() == [("articles.article", article.pk)] and found("Moscou") == []
    WriterLease.objects.update(holder="", expires=None)
    assert indexing.apply_own(rows) == 1 and found("Moscou") == ["Moscou"] and queued() == []
