"""An import's index updates written by a process of their own, on the other core.

An import queues index updates as it saves (`indexing`); writing them to the index costs
about as much CPU as saving. Done inline, the two took turns on one core. The drainer is a
separate process that applies the queue while the import goes on saving: it drains when
a batch's worth of rows is waiting, and everything left when the import is done. The
queue's lease keeps it the only writer; a killed drainer's rows stay queued and the next
drain applies them (`indexing`), so nothing here is needed for correctness, only speed.
"""

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import time

from django.conf import settings
from django.db import connection

# Nothing that needs Django's apps loaded at import: the drainer process imports this
# module before it sets Django up.
POLL_SECONDS = 0.5  # how often the drainer looks at the queue's length
MAX_WAIT_SECONDS = 30.0  # a smaller batch is drained after this long, so searches see it
PR_SET_PDEATHSIG = 1  # prctl(2): the signal this process gets when its parent dies


class BackgroundDrainer:
    """`with BackgroundDrainer(on):` a drainer process runs for the block, if it can.

    `running` says whether it started. It cannot when this process's database or index is
    not the one the settings name (a test database, an in-memory SQLite): the drainer, a
    fresh process, would open the settings' own. Then the caller drains inline, as before.
    """

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self.running = False
        self._process = None
        self._stop = None

    def __enter__(self) -> "BackgroundDrainer":
        if self.enabled and _same_stores_in_a_new_process():
            # spawn: a clean process (no inherited connection, lock or thread) on any OS.
            context = multiprocessing.get_context("spawn")
            self._stop = context.Event()
            self._process = context.Process(target=_drain_until_stopped, args=(self._stop, os.getpid()),
                                            name="index-drainer", daemon=True)
            self._process.start()
            self.running = True
        return self

    def __exit__(self, *exc) -> None:
        if self._process is None:
            return
        self._stop.set()  # the drainer applies what is left, then exits
        self._process.join()
        self.running = False


def _same_stores_in_a_new_process() -> bool:
    """True when a new process would open the database and the index this one uses."""
    from haystack import connections

    if connection.in_atomic_block:  # uncommitted rows, which another process cannot see
        return False
    ours = connection.settings_dict
    named = settings.DATABASES["default"]
    if ours.get("NAME") != named.get("NAME") or "memory" in str(ours.get("NAME")):
        return False
    index = connections["default"].options
    return index.get("PATH") == settings.HAYSTACK_CONNECTIONS["default"].get("PATH")


def _drain_until_stopped(stop, parent: int) -> None:
    """In the drainer process: drain full batches as they come, everything at the end."""
    import django

    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the import, which then stops this
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    django.setup()
    from .indexing import BATCH_SIZE, drain_safely, pending_count

    oldest = None  # when rows were first seen waiting
    while True:
        stopping = stop.wait(POLL_SECONDS)
        if os.getppid() != parent:
            return  # the import was killed: its rows stay queued for the next drain, as inline
        waiting = pending_count()
        oldest = (oldest or time.monotonic()) if waiting else None
        if stopping or waiting >= BATCH_SIZE or (oldest and time.monotonic() - oldest > MAX_WAIT_SECONDS):
            drain_safely()
            oldest = None
        if stopping:
            connection.close()
            return


def _die_with_parent() -> None:
    """On Linux, be killed with the import: a `kill -9` leaves what an inline drain would."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the loop above notices within POLL_SECONDS
        pass
