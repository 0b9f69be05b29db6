"""The CPU half of an import, decode + clean + extract, run on every core.

Pure: no ORM, so it runs in worker processes while the main process saves. Each worker
is a long-lived process of a pool kept for the whole import, so whatever
`articles.quotes` loads on first use (word lists, a language model) is loaded once per
worker, not once per article. Results come back in the order the files were given.
"""

import dataclasses
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from .cleaning import CleanedArticle, RejectedFile, clean_article, decode_raw
from .quotes import ExtractedQuote, extract_quotes

# Extraction is run on pieces of at most this many characters, cut between paragraphs:
# a long article (≈3,000 words) is one piece, while a 20 MB file costs 1,000 pieces
# instead of a time that grows with the square of its length.
EXTRACT_CHUNK_CHARS = 20_000
LOOKAHEAD_PER_WORKER = 8  # files handed out ahead of the one being saved
# Below this many files, parsing stays in the main process: starting workers that each load
# what extraction needs (spaCy's model: ~320 MiB, seconds to load) costs more than it saves.
POOL_MIN_FILES = 50
PARENT_CHECK_SECONDS = 1.0
logger = logging.getLogger(__name__)


class Parsed(NamedTuple):
    """One file after the pure stage: a cleaned article and its quotes, or why it was rejected."""

    raw_text: str = ""
    encoding: str = ""
    cleaned: CleanedArticle | None = None
    notes: tuple[str, ...] = ()
    quotes: list[ExtractedQuote] | None = None
    quote_error: str = ""  # the exception's name when extraction failed (the article is kept)
    reason: str = ""  # rejection reason, French


def parse_file(data: bytes) -> Parsed:
    """Decode and clean raw bytes; a file that is no article comes back with its reason."""
    try:
        decoded = decode_raw(data)
        cleaned = clean_article(decoded.text)
    except RejectedFile as rejection:
        return Parsed(reason=rejection.reason)
    notes = list(decoded.notes) + list(cleaned.notes)
    if not decoded.encoding.startswith("utf-8"):
        notes.insert(0, f"décodé en {decoded.encoding}")
    return Parsed(decoded.text, decoded.encoding, cleaned, tuple(notes))


def parse_and_extract(data: bytes) -> Parsed:
    """parse_file, then the article's quotes; a bug in either is reported, never raised."""
    try:
        parsed = parse_file(data)
    except Exception as error:  # noqa: BLE001 - a cleaning bug rejects this file, not the import
        logger.exception("cleaning failed")
        return Parsed(reason=f"nettoyage impossible ({type(error).__name__}), à signaler")
    if parsed.cleaned is None:
        return parsed
    try:
        return parsed._replace(quotes=extract_bounded(parsed.cleaned.body))
    except Exception as error:  # noqa: BLE001 - any extraction bug; the article is kept
        return parsed._replace(quote_error=type(error).__name__)


def extract_bounded(body: str) -> list[ExtractedQuote]:
    """extract_quotes in time linear in the body's length: piece by piece, offsets kept."""
    quotes: list[ExtractedQuote] = []
    for offset, piece in split_for_extraction(body, EXTRACT_CHUNK_CHARS):
        for quote in extract_quotes(piece):
            if offset:
                quote = dataclasses.replace(quote, start=quote.start + offset, end=quote.end + offset)
            quotes.append(quote)
    return quotes


def split_for_extraction(body: str, size: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering body, cut after a paragraph, else a sentence, else a space."""
    pos = 0
    while len(body) - pos > size:
        window = body[pos:pos + size]
        for separator in ("\n\n", ". ", " "):
            found = window.rfind(separator)
            if found > 0:
                cut = pos + found + len(separator)
                break
        else:
            cut = pos + size
        yield pos, body[pos:cut]
        pos = cut
    yield pos, body[pos:]


class ParsePool:
    """parse_and_extract over many files on `workers` processes, results in input order."""

    def __init__(self, workers: int, expected_files: int):
        self.workers = workers if workers > 1 and expected_files >= POOL_MIN_FILES else 1
        self._started: ProcessPoolExecutor | None = None
        self._executor: ProcessPoolExecutor | None = None  # None once broken: parse here

    def __enter__(self) -> "ParsePool":
        if self.workers > 1:
            # spawn: workers start clean (no inherited database connection or lock) on any OS.
            context = multiprocessing.get_context("spawn")
            self._started = self._executor = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
            )
        return self

    def __exit__(self, *exc) -> None:
        if self._started is not None:
            self._started.shutdown(wait=True, cancel_futures=True)

    def map(self, jobs: Iterable[tuple[object, bytes | None]]) -> Iterator[tuple[object, Parsed | None]]:
        """(key, data) → (key, parsed) in order; data None is passed through as parsed None."""
        window: deque[tuple[object, bytes | None, Future | None]] = deque()
        limit = self.workers * LOOKAHEAD_PER_WORKER
        for key, data in jobs:
            window.append((key, data, self._submit(data)))
            while len(window) > limit or (window and window[0][2] is None):
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    def _submit(self, data: bytes | None) -> Future | None:
        if data is None or self._executor is None:
            return None
        try:
            return self._executor.submit(parse_and_extract, data)
        except BrokenProcessPool:
            self._executor = None
            return None

    def _result(self, key: object, data: bytes | None, future: Future | None) -> tuple[object, Parsed | None]:
        if data is None:
            return key, None
        if future is not None:
            try:
                return key, future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): the rest is parsed here, nothing is lost.
                logger.warning("import worker process died; parsing in the main process")
                self._executor = None
        return key, parse_and_extract(data)


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the importing process is gone (killed with -9, say)."""

    def watch() -> None:
        # A killed parent never closes the pool's queue: without this the worker waits forever.
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
