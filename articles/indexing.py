"""Keep the search index (and speakers' counts) in step with the database, one writer at a time.

A change never writes to the index itself: it adds a `PendingUpdate` row ("this article
changed") in its own database transaction, so a rollback takes the row with it (no ghost
document) and a commit keeps it even if the process dies a moment later. After the commit
the writing process drains the queue: it takes the `WriterLease` (one drainer at a time
across processes, so nobody fights for the index's lock), reads each queued record as
committed, and updates or removes its document; the rows go once the index has them.
When another process holds the lease it does nothing: the holder looks again after
releasing it and takes the new rows too. A killed drainer's lease is taken over at once on
the same host (its pid is gone) and after `LEASE_SECONDS` elsewhere; commands and the web
server drain at start-up, and web processes look every `HEAL_SECONDS`: whatever a killed
process left behind heals by itself.

A commit outside a batch (an admin save) applies only the rows it queued itself, at once, so
the curator finds the change in search; whatever else is queued (a killed import's backlog)
is left to the background healer, which the commit wakes, never drained inside a request.

Long jobs such as an import wrap their work in `batch_indexing()`: their rows are drained
every `BATCH_SIZE` rows and at the end, many times faster than one index write per record.
In a web process (one that runs the healer) a batch, such as a curator's merge, also applies
only its own rows. Backend-neutral: only haystack's API and the ORM are used.
"""

import logging
import os
import socket
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from pathlib import Path

from django.apps import apps
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from haystack import connections
from haystack.exceptions import NotHandled
from haystack.signals import BaseSignalProcessor

from .models import Article, PendingUpdate, Quote, WriterLease, recount_speakers
from .planner import refresh_planner_statistics

# Rows per drain and per index commit. Each commit writes a segment, and segments are merged
# later: the fewer and bigger the segments, the fewer times each document is rewritten. At
# 500 rows (about 40 articles and their quotes) commits and merges took half of an import;
# importing 5,000 bench articles took 513 s at 2,000 rows with Whoosh's merge policy, 391 s
# at 8,000 with ours (backends/merging.py). The SQL lists stay bounded by this on any archive.
BATCH_SIZE = 8000
INDEXED = (Article, Quote)
RECOUNT = "articles.speaker"  # queued speakers get their quote and article counts recomputed
LEASE_NAME = "index"
LEASE_SECONDS = 300  # a drainer on another host that died is replaced after this long
HEAL_SECONDS = 30.0  # how often a web process looks for updates nobody drained
OWN_WAIT_SECONDS = 5.0  # how long a commit waits for the lease to apply its own rows
BUSY_SPEAKER_PAUSE = 0.05  # before recounting again speakers a writer held
logger = logging.getLogger(__name__)
_state = threading.local()


class ArticleSignalProcessor(BaseSignalProcessor):
    """Queue articles and quotes on save/delete; a quote change also queues its article."""

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
    """Reindex one record once the current transaction commits."""
    _enqueue(model._meta.label_lower, pk)


def queue_remove(model, pk: int) -> None:
    """Remove one record from the index once the current transaction commits."""
    # The same row as an update: the drain indexes what the database holds, or removes it.
    _enqueue(model._meta.label_lower, pk)


def queue_updates(model, pks: Iterable[int]) -> None:
    """Reindex or remove these records, as the database holds them once the transaction commits."""
    label = model._meta.label_lower
    _enqueue_all([(label, pk) for pk in pks])


def queue_recount(speaker_pk: int) -> None:
    """Recount a speaker's quotes and articles once the current transaction commits."""
    _enqueue(RECOUNT, speaker_pk)


def reindex_speaker(speaker) -> None:
    """Reindex what shows a speaker's slug: their quotes and the articles quoting them."""
    keys = []
    for quote_pk, article_pk in Quote.objects.filter(speaker=speaker).values_list("pk", "article_id"):
        keys += [(Quote._meta.label_lower, quote_pk), (Article._meta.label_lower, article_pk)]
    _enqueue_all(keys)


def _enqueue(label: str, pk: int | None) -> None:
    if pk is not None:
        _enqueue_all([(label, pk)])


@dataclass
class _Queued:
    """What one transaction queued: its records (one row each) and the rows' primary keys."""

    on_commit: list
    keys: set = field(default_factory=set)
    rows: list = field(default_factory=list)


@dataclass
class _Batch:
    inline: bool = True  # False: only at the end (the `drainer` process applies rows meanwhile)
    queued: int = 0  # rows since the last drain
    rows: list = field(default_factory=list)  # their primary keys, for a web process's drain


@contextmanager
def queued_together() -> Iterator[None]:
    """Queue what the block's saves queue in one INSERT at its end (an article's new quotes)."""
    if getattr(_state, "together", None) is not None:
        yield
        return
    keys = _state.together = []
    try:
        yield
    finally:
        _state.together = None
    _enqueue_all(keys)


def _enqueue_all(keys: list[tuple[str, int]]) -> None:
    together = getattr(_state, "together", None)
    if together is not None:
        together += keys
        return
    queued = None
    if connection.in_atomic_block:
        # One row per record and transaction. Django replaces `run_on_commit` on every
        # commit, rollback and savepoint rollback: while it is the same list, rows queued
        # since are alive.
        queued = getattr(_state, "queued", None)
        if queued is None or queued.on_commit is not connection.run_on_commit:
            queued = _state.queued = _Queued(connection.run_on_commit)
            transaction.on_commit(partial(_after_commit, queued.rows), robust=True)
        keys = [key for key in dict.fromkeys(keys) if key not in queued.keys]
        queued.keys.update(keys)
    if not keys:
        return
    created = PendingUpdate.objects.bulk_create(
        [PendingUpdate(label=label, object_id=pk) for label, pk in keys], batch_size=BATCH_SIZE)
    rows = [row.pk for row in created if row.pk is not None]
    batch = getattr(_state, "batch", None)
    if batch is not None:
        batch.queued += len(keys)
        if batch.inline:  # beside a drainer process, an import would keep every pk to its end
            batch.rows += rows
    if queued is not None:
        queued.rows += rows
    else:  # autocommit: the change is committed already
        _after_commit(rows)


def _after_commit(rows: list[int]) -> None:
    batch = getattr(_state, "batch", None)
    if batch is None:
        apply_own(rows)
    elif batch.inline and batch.queued >= BATCH_SIZE:
        _drain_batch(batch)


def _drain_batch(batch: _Batch) -> None:
    batch.queued = 0
    rows, batch.rows = batch.rows, []
    if batch.inline and _healer_running():
        apply_own(rows)
    else:
        drain_safely()


@contextmanager
def batch_indexing(inline: bool = True) -> Iterator[None]:
    """Drain the updates queued inside the block in batches, and once more at its end.

    inline=False: only at the end (another process, `drainer`, applies them meanwhile).
    """
    if getattr(_state, "batch", None) is not None:  # nested: the outer batch drains
        yield
        return
    batch = _state.batch = _Batch(inline=inline)
    try:
        yield
    finally:
        _state.batch = None
        if _in_transaction():
            transaction.on_commit(partial(_drain_batch, batch))
        else:
            _drain_batch(batch)


def _in_transaction() -> bool:
    """True inside a transaction that is still to commit (a test case's own does not count)."""
    return any(not getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


# -- draining ---------------------------------------------------------------------------


def drain() -> int:
    """Apply every pending update unless another writer is at it; the number of rows applied.

    The holder of the lease looks again after releasing it, so rows committed while it
    drained are never left behind.
    """
    if _in_transaction():
        raise RuntimeError("drain() reads committed data: call it outside a transaction")
    applied = 0
    _state.queued = None  # a test case's transaction may see its own rows drained
    while PendingUpdate.objects.exists():
        lease = _Lease.acquire()
        if lease is None:
            break
        try:
            applied += _drain_held(lease)
        finally:
            lease.release()
    return applied


def drain_safely() -> int | None:
    """drain(), logging instead of raising (the rows stay queued for the next drain)."""
    try:
        return drain()
    except Exception:  # noqa: BLE001 - an unavailable index must not fail the caller's work
        logger.exception("pending index updates not applied (they stay queued)")
        return None


def pending_count() -> int:
    return PendingUpdate.objects.count()


def apply_own(rows: list[int]) -> int:
    """Apply these queued rows (a commit's own) now, and leave every other row to the healer.

    When another writer holds the lease, wait up to `OWN_WAIT_SECONDS` for it, or for the
    holder to apply them (it takes the newest rows first). The number of rows applied here.
    Never raises: rows not applied stay queued for the next drain.
    """
    applied = 0
    _state.queued = None  # that transaction is over (a test case's own goes on: queue afresh)
    try:
        deadline = time.monotonic() + OWN_WAIT_SECONDS
        while rows:
            lease = _Lease.acquire()
            if lease is not None:
                try:
                    applied = _apply_rows_held(lease, rows)
                finally:
                    lease.release()
                break
            rows = [pk for start in range(0, len(rows), BATCH_SIZE)  # those the holder has not applied
                    for pk in PendingUpdate.objects.filter(pk__in=rows[start:start + BATCH_SIZE])
                    .values_list("pk", flat=True)]
            if time.monotonic() > deadline:
                logger.info("%d own index update(s) left to the next drain: the lease stayed taken", len(rows))
                break
            time.sleep(0.1)
    except Exception:  # noqa: BLE001 - an unavailable index must not fail the caller's work
        logger.exception("pending index updates not applied (they stay queued)")
    wake_healer()
    return applied


def _apply_rows_held(lease: "_Lease", rows: list[int]) -> int:
    applied = 0
    for start in range(0, len(rows), BATCH_SIZE):
        found = list(PendingUpdate.objects.filter(pk__in=rows[start:start + BATCH_SIZE])
                     .values_list("pk", "label", "object_id"))
        applied += _apply_and_delete(found)
        lease.renew()
    return applied


def _drain_held(lease: "_Lease") -> int:
    applied = 0
    while True:
        # Newest first: a curator's save waiting behind a large backlog is applied next.
        rows = list(PendingUpdate.objects.order_by("-pk").values_list("pk", "label", "object_id")[:BATCH_SIZE])
        if not rows:
            return applied
        applied += _apply_and_delete(rows)
        lease.renew()


def _apply_and_delete(rows: list[tuple[int, str, int]]) -> int:
    """Apply these rows as the database holds their records now, then delete them."""
    if rows:
        _apply({(label, pk) for _, label, pk in rows})
        PendingUpdate.objects.filter(pk__in=[row[0] for row in rows]).delete()
    return len(rows)


def _apply(keys: set[tuple[str, int]]) -> None:
    by_label = defaultdict(list)
    for label, pk in keys:
        by_label[label].append(pk)
    # One write transaction for all the recounts: on SQLite, a drainer beside an import that
    # writes transaction after transaction waited for the write lock once per speaker.
    recounts = by_label.pop(RECOUNT, ())
    if recounts:
        with transaction.atomic():
            busy = recount_speakers(recounts, skip_locked=True)
            # Held by a writer that will commit soon: queued again, for the next round.
            PendingUpdate.objects.bulk_create([PendingUpdate(label=RECOUNT, object_id=pk) for pk in busy])
        if busy:
            time.sleep(BUSY_SPEAKER_PAUSE)
    for label, pks in sorted(by_label.items()):
        try:
            model = apps.get_model(label)
            _index(model)
        except (LookupError, NotHandled):
            logger.warning("pending updates of %s dropped: not an indexed model", label)
            continue
        update_objects(model, sorted(pks))
    refresh_planner_statistics()  # for the next batch's queries, as the archive grows


def _index(model):
    return connections["default"].get_unified_index().get_index(model)


def update_objects(model, pks: Iterable[int]) -> None:
    """Write these records to the index as committed; those no longer indexable are removed."""
    pks = list(pks)
    backend = connections["default"].get_backend()
    index = _index(model)
    for start in range(0, len(pks), BATCH_SIZE):
        chunk = pks[start:start + BATCH_SIZE]
        # By primary key: the models' default orderings join other tables.
        objects = list(index.index_queryset().filter(pk__in=chunk).order_by("pk"))
        if objects:
            backend.update(index, objects)
        gone = set(chunk) - {o.pk for o in objects}
        if gone:
            remove_objects(model, sorted(gone))


def remove_objects(model, pks: Iterable[int]) -> None:
    backend = connections["default"].get_backend()
    label = model._meta.label_lower
    for pk in pks:
        backend.remove(f"{label}.{pk}")


class LeaseLost(RuntimeError):
    """Another process took the lease over (this one was presumed dead): stop writing."""


class _Lease:
    """The right to drain, held in the database: one row, taken by a conditional UPDATE."""

    def __init__(self, holder: str):
        self.holder = holder

    @classmethod
    def acquire(cls) -> "_Lease | None":
        """Take the lease if it is free, expired or held by a dead process here; else None."""
        lease = cls(f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}")
        current = WriterLease.objects.filter(name=LEASE_NAME).values_list("holder", flat=True).first()
        if current is None:
            WriterLease.objects.bulk_create([WriterLease(name=LEASE_NAME)], ignore_conflicts=True)
            current = ""
        now = timezone.now()
        free = Q(holder="") | Q(expires__lt=now)
        if current and _holder_is_dead(current):
            free |= Q(holder=current)
        taken = WriterLease.objects.filter(Q(name=LEASE_NAME) & free).update(
            holder=lease.holder, expires=now + timedelta(seconds=LEASE_SECONDS))
        return lease if taken else None

    def renew(self) -> None:
        expires = timezone.now() + timedelta(seconds=LEASE_SECONDS)
        if not WriterLease.objects.filter(name=LEASE_NAME, holder=self.holder).update(expires=expires):
            raise LeaseLost(f"index writer lease lost by {self.holder}")

    def release(self) -> None:
        WriterLease.objects.filter(name=LEASE_NAME, holder=self.holder).update(holder="", expires=None)


def _holder_is_dead(holder: str) -> bool:
    """A holder on this host whose process is gone (killed, or a zombie nobody reaped yet)."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


# -- healing ----------------------------------------------------------------------------


_healer_started = threading.Lock()
_healer: list[threading.Thread] = []
_wake = threading.Event()


def heal_in_background(interval: float = HEAL_SECONDS) -> None:
    """In a web process: drain what others left now, then every `interval` seconds or when woken."""
    with _healer_started:
        if _healer_running():
            return
        thread = threading.Thread(target=_heal_forever, args=(interval,), name="index-healer", daemon=True)
        _healer[:] = [thread]
        thread.start()


def _healer_running() -> bool:
    return bool(_healer) and _healer[0].is_alive()


def wake_healer() -> None:
    """Have this process's healer (if it runs one) drain what is queued now, not at its next pass."""
    if _healer_running():
        _wake.set()


def _heal_forever(interval: float) -> None:
    while True:
        _wake.clear()
        try:
            drain_safely()
        finally:
            connection.close()  # this thread's own connection; reopened at the next pass
        _wake.wait(interval)
