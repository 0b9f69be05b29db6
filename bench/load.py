"""`make load`: 20 readers for 2 minutes on the production server while an import writes.

    .venv/bin/python bench/load.py

The archive `make bench` imported (the largest in var/bench/), or else one of LOAD_ARTICLES
(1000) synthetic articles imported once and kept in var/load/, is copied, and served by gunicorn with 2 workers and DEBUG off, as `make run` serves. Meanwhile
`import_articles` adds LOAD_IMPORT (300) new files to it and locust (headless, bounded in users
and time: LOAD_USERS 20, LOAD_TIME 2m) searches, opens articles, speakers and quotes. Prints
requests/s, p50/p95 per kind, every error, and how the import ended (an index lock failure
would show there). Timings depend on what else the machine runs.
"""

import csv
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from corpus import Writer, write_corpus
from run_bench import PYTHON, ROOT, gunicorn_command, imported, run, say
from servers import Server

WORK = ROOT / "var/load"
IMPORT_WAIT = 900  # seconds the import may still take once the load is over
BASE_SEED = 11


def base_archive(size: int, env: dict) -> tuple[Path, int]:
    """The archive served: one `make bench` imported, else one imported here once and kept."""
    benched = sorted((p for p in (ROOT / "var/bench").glob("n*-s*") if (p / "complete").exists()),
                     key=lambda p: int((p / "complete").read_text()))
    if benched and not os.environ.get("LOAD_ARTICLES"):
        say(f"== serving a copy of the archive `make bench` imported in {benched[-1]}")
        return benched[-1], int(benched[-1].name.split("-s")[1])
    base = WORK / f"base-n{size}"
    if (base / "complete").exists():
        return base, BASE_SEED
    shutil.rmtree(base, ignore_errors=True)
    say(f"== a base archive of {size} articles (once; kept in {base})")
    write_corpus(base / "corpus", size, seed=BASE_SEED, progress=lambda n: say(f"  {n}/{size} files written"))
    data_env = {**env, "NEWSARCHIVE_DATA_DIR": str(base / "data")}
    (base / "data").mkdir(parents=True)
    run([PYTHON, "manage.py", "migrate", "--noinput", "--verbosity", "0"], data_env)
    run([PYTHON, "manage.py", "import_articles", str(base / "corpus")], data_env,
        watch=imported(base / "data", size))
    (base / "complete").write_text(str(size))
    return base, BASE_SEED


def targets(data: Path, path: Path, seed: int) -> None:
    """What the readers ask: words of every frequency, real article and speaker slugs."""
    vocabulary = Writer(seed).vocabulary
    rng = random.Random(4)
    words = [vocabulary[rank] for rank in (5, 20, 60, 150, 400, 1000, 3000, 10_000, 30_000)]
    words += ["sécurité", "élections", "sanctions", "Russie", "accord", "ministre", "Lavrov"]
    db = sqlite3.connect(data / "newsarchive.sqlite3")
    articles = [slug for (slug,) in db.execute("SELECT slug FROM articles_article")]
    speakers = [slug for (slug,) in db.execute("SELECT slug FROM articles_speaker WHERE quote_count > 0")]
    path.write_text(json.dumps({"words": words, "articles": rng.sample(articles, min(300, len(articles))),
                                "speakers": rng.sample(speakers, min(200, len(speakers)))}, ensure_ascii=False))


def print_stats(prefix: Path, seconds: float) -> None:
    with open(f"{prefix}_stats.csv", encoding="utf-8") as stats:
        rows = list(csv.DictReader(stats))
    say(f"\n== load: {seconds:.0f} s; per kind: requests, errors, requests/s, p50/p95/max (ms)")
    for row in rows:
        say(f"  {row['Name']:12s} {int(row['Request Count']):6d} {int(row['Failure Count']):5d} errors"
            f" {float(row['Requests/s']):7.1f}/s   p50 {row['50%']:>6s}  p95 {row['95%']:>6s}"
            f"  max {float(row['Max Response Time']):6.0f}")
    with open(f"{prefix}_failures.csv", encoding="utf-8") as failures:
        for row in csv.DictReader(failures):
            say(f"  error: {row['Occurrences']}× {row['Method']} {row['Name']}: {row['Error'][:200]}")


def main() -> None:
    size = int(os.environ.get("LOAD_ARTICLES") or 1000)
    extra = int(os.environ.get("LOAD_IMPORT") or 300)
    users = int(os.environ.get("LOAD_USERS") or 20)
    duration = os.environ.get("LOAD_TIME") or "2m"
    env = {**os.environ, "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "load-only-not-secret",
           "DJANGO_ALLOWED_HOSTS": "127.0.0.1", "DJANGO_SECURE_SSL_REDIRECT": "false", "PYTHONPATH": str(ROOT)}
    env.pop("NEWSARCHIVE_INDEX_DIR", None)
    base, seed = base_archive(size, env)
    served = sqlite3.connect(base / "data/newsarchive.sqlite3").execute("SELECT COUNT(*) FROM articles_article")
    say(f"Newsarchive load run: {users} users for {duration} on {served.fetchone()[0]} articles"
        f" while {extra} more are imported")
    run_dir = WORK / "run"
    shutil.rmtree(run_dir, ignore_errors=True)
    shutil.copytree(base / "data", run_dir / "data")
    write_corpus(run_dir / "incoming", extra, seed=seed + 100)  # texts the archive does not have yet
    env["NEWSARCHIVE_DATA_DIR"] = str(run_dir / "data")
    run([PYTHON, "manage.py", "migrate", "--noinput", "--verbosity", "0"], env)
    targets(run_dir / "data", run_dir / "targets.json", seed)
    # As `make run` starts it: 2 workers, gunicorn's default timeout.
    server = Server("newsarchive", gunicorn_command(workers=2, timeout=None), env, probe="/robots.txt",
                    log=run_dir / "gunicorn.log", cwd=ROOT)
    say(f"== gunicorn, 2 workers, up in {server.start():.1f} s on port {server.port}")
    importing = None
    try:
        with open(run_dir / "import.log", "w") as import_log:
            importing = subprocess.Popen([PYTHON, "manage.py", "import_articles", str(run_dir / "incoming")],
                                         cwd=ROOT, env=env, stdout=import_log, stderr=subprocess.STDOUT)
        say(f"== import of {extra} files started; locust: {users} users, {duration}")
        began = time.perf_counter()
        with open(run_dir / "locust.log", "w") as locust_log:
            subprocess.run([str(ROOT / ".venv/bin/locust"), "-f", str(ROOT / "bench/locustfile.py"), "--headless",
                            "--users", str(users), "--spawn-rate", "5", "--run-time", duration,
                            "--stop-timeout", "10", "--host", server.base, "--csv", str(run_dir / "locust"),
                            "--only-summary", "--loglevel", "WARNING"],
                           env={**env, "LOAD_TARGETS": str(run_dir / "targets.json")}, check=False,
                           stdout=locust_log, stderr=subprocess.STDOUT)
        seconds = time.perf_counter() - began
        print_stats(run_dir / "locust", seconds)
        still = importing.poll() is None
        say(f"== import {'still running when the load ended, waiting' if still else 'ended during the load'}")
        code = importing.wait(timeout=IMPORT_WAIT)
        summary = [line for line in (run_dir / "import.log").read_text().splitlines() if "Import terminé" in line]
        say(f"  import exit code {code}: {summary[-1] if summary else 'no summary'}")
        problems = [line for line in (run_dir / "import.log").read_text().splitlines()
                    + (run_dir / "gunicorn.log").read_text().splitlines()
                    if "Traceback" in line or "LockError" in line or "locked" in line or "[ERROR]" in line]
        say(f"  index lock failures or server errors in the logs: {len(problems)}")
        for line in problems[:10]:
            say("    " + line[:200])
    finally:
        if importing and importing.poll() is None:
            importing.terminate()
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
