"""The pure import stage on a pool of worker processes: order, equality with one process, a dying worker."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from articles.quotes import extract_quotes
from articles.workers import ParsePool, extract_bounded, parse_and_extract, split_for_extraction

RAW_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "raw"
SEEDS = sorted(RAW_DIR.glob("*.txt"))


def _jobs(copies: int) -> list[tuple[str, bytes | None]]:
    """Seed variants, plus a binary file and an entry with nothing to parse, in a known order."""
    jobs = []
    for number in range(copies):
        for seed in SEEDS:
            data = seed.read_bytes().replace(b"\n", f"\nNote {number}.\n".encode(), 1)
            jobs.append((f"{seed.stem}-{number}", data))
    jobs.insert(3, ("image", b"\x89PNG\r\n\x1a\n\x00\x00"))
    jobs.insert(7, ("known", None))
    return jobs


@pytest.fixture(autouse=True)
def _small_pools(monkeypatch):
    """A pool for any import of more than two files: these tests need no large corpus."""
    monkeypatch.setattr("articles.workers.POOL_MIN_FILES", 3)


def test_the_pool_gives_what_one_process_gives_in_the_same_order():
    jobs = _jobs(4)
    with ParsePool(2, len(jobs)) as pool:
        assert pool.workers == 2
        pooled = list(pool.map(jobs))
    assert [key for key, _ in pooled] == [key for key, _ in jobs]
    inline = [(key, parse_and_extract(data) if data is not None else None) for key, data in jobs]
    assert pooled == inline
    assert dict(pooled)["image"].reason == "fichier binaire" and dict(pooled)["known"] is None


def test_a_few_files_are_parsed_without_starting_processes():
    jobs = _jobs(1)[:2]
    with ParsePool(2, len(jobs)) as pool:
        assert pool.workers == 1
        assert [key for key, _ in pool.map(jobs)] == [key for key, _ in jobs]


def test_a_worker_that_dies_loses_no_file():
    jobs = _jobs(6)
    with ParsePool(2, len(jobs)) as pool:
        results = pool.map(jobs)
        first = [next(results)]
        for pid in _worker_pids():
            os.kill(pid, signal.SIGKILL)
        rest = list(results)
    assert [key for key, _ in first + rest] == [key for key, _ in jobs]
    assert all(parsed is None or parsed.cleaned is not None or parsed.reason for _, parsed in rest)
    assert dict(rest)[jobs[-1][0]] == parse_and_extract(jobs[-1][1])


def _worker_pids() -> list[int]:
    """This process's children started by multiprocessing's spawn (not its resource tracker)."""
    pids = []
    for task in Path("/proc/self/task").iterdir():
        for pid in (task / "children").read_text().split():
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
            if b"spawn_main" in command:
                pids.append(int(pid))
    assert pids, "no worker process found"
    return pids


def test_extraction_in_pieces_equals_extraction_of_an_article_that_fits_one():
    for seed in SEEDS:
        body = parse_and_extract(seed.read_bytes()).cleaned.body
        assert extract_bounded(body) == extract_quotes(body)


def test_pieces_cover_a_long_body_exactly_and_cut_between_paragraphs():
    body = "\n\n".join(f"Paragraphe {n} : « Nous restons », a dit M. Martin." for n in range(2000))
    pieces = list(split_for_extraction(body, 20_000))
    assert len(pieces) > 1 and "".join(piece for _, piece in pieces) == body
    assert all(body[offset:].startswith(piece) for offset, piece in pieces)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])
    quotes = extract_bounded(body)
    assert len(quotes) == 2000 and all(body[q.start:q.end] == q.text for q in quotes)


def test_workers_exit_when_the_importing_process_is_killed():
    script = (
        "import os, signal, sys\n"
        "from articles.workers import ParsePool\n"
        "pool = ParsePool(2, 100).__enter__()\n"
        "list(pool.map([(n, b'Un texte assez long pour un article.') for n in range(20)]))\n"
        "pids = [p for t in os.listdir('/proc/self/task') for p in open(f'/proc/self/task/{t}/children').read().split()]\n"
        "print(' '.join(pids), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == -signal.SIGKILL
    orphans = [int(pid) for pid in done.stdout.split()]
    assert orphans
    deadline = time.monotonic() + 30
    while any(map(_running, orphans)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in orphans if _running(pid)]


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for whoever adopted it to reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"
