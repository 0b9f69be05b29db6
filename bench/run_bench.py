"""`make bench`: a synthetic archive through the real import, served by gunicorn, beside Datasette.

    BENCH_ARTICLES=10000 .venv/bin/python bench/run_bench.py

Steps, each printed with its figures: write the corpus (bench/corpus.py, fixed seed), import
it with `import_articles` (clean, extract, save, index), time `rebuild_index`, measure the
index and database, build the same data for Datasette (sqlite-utils FTS5, accents folded),
serve both on loopback (gunicorn with 1 worker and DEBUG off; Datasette, 1 process), then
ask both the same requests, interleaved request by request, and print p50/p95/max per kind
and the ratio. Also: first search after a restart, first time a misspelling is asked, and
each worker's memory (heap vs index files mapped). Figures are printed, never asserted.

Environment: BENCH_ARTICLES (10000), BENCH_SEED (9), BENCH_REPEAT (3 rounds of the mix),
BENCH_REUSE=1 (keep an archive already imported at this size and seed: time the servers only),
BENCH_APP_DIR (serve another checkout of Newsarchive on the same archive: before/after a change),
BENCH_INDEX=rebuild (import with the index queue off, the index built by rebuild_index alone:
for 100,000 articles, where the real path takes hours on 2 cores).
"""

import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from corpus import Writer, write_corpus
from queries import SEARCH_KINDS, api_mix, page_mix, search_mix, selectivity_class
from servers import Server, fetch, memory

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv/bin/python")
DATASETTE_VENV = ROOT / "var/bench-datasette"
KINDS = ["search", "phrase", "misspelt", "api", "article", "speaker", "browse", "quotes"]


def say(text: str = "") -> None:
    print(text, flush=True)


def run(command: list[str], env: dict, watch=None) -> float:
    """Run a command in the worktree; seconds it took. `watch()` is printed every 30 s."""
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    while True:
        try:
            code = process.wait(timeout=30)
            break
        except subprocess.TimeoutExpired:
            if watch:
                say(f"  … {time.perf_counter() - began:.0f} s: {watch()}")
    if code:
        raise subprocess.CalledProcessError(code, command)
    return time.perf_counter() - began


def imported(data: Path, size: int):
    """A watch for run(): how many articles the import has saved so far."""
    def count() -> str:
        try:
            db = sqlite3.connect(f"file:{data / 'newsarchive.sqlite3'}?mode=ro", uri=True, timeout=5)
            done = db.execute("SELECT COUNT(*) FROM articles_article").fetchone()[0]
            db.close()
            return f"{done}/{size} articles imported"
        except sqlite3.Error as error:
            return f"(count unavailable: {error})"
    return count


def mib(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 2**20


def load_archive(size: int, seed: int, work: Path, env: dict) -> None:
    corpus, data = work / "corpus", Path(env["NEWSARCHIVE_DATA_DIR"])
    shutil.rmtree(work, ignore_errors=True)
    say(f"== corpus: {size} raw files, seed {seed}")
    began = time.perf_counter()
    write_corpus(corpus, size, seed, progress=lambda n: say(f"  {n}/{size} files written"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    say(f"  written in {time.perf_counter() - began:.1f} s, {words / size:.0f} words per file")
    data.mkdir(parents=True)
    run([PYTHON, "manage.py", "migrate", "--noinput", "--verbosity", "0"], env)
    if os.environ.get("BENCH_INDEX") == "rebuild":
        say("== import without the index queue (bench/import_unindexed.py: clean, extract, save),"
            " then the index built once by rebuild_index (BENCH_INDEX=rebuild)")
        command = [PYTHON, "bench/import_unindexed.py", str(corpus)]
    else:
        say("== import through the real path (import_articles: clean, extract, save, index)")
        command = [PYTHON, "manage.py", "import_articles", str(corpus)]
    seconds = run(command, env, watch=imported(data, size))
    say(f"  import: {seconds:.0f} s, {size / seconds:.1f} articles/s")
    say("== rebuild_index")
    seconds = run([PYTHON, "manage.py", "rebuild_index", "--noinput", "--verbosity", "0"], env)
    say(f"  rebuild_index: {seconds:.0f} s, {size / seconds:.0f} articles/s")
    say("== Datasette: its own virtualenv, the same rows, FTS5 with remove_diacritics 2")
    if not (DATASETTE_VENV / "bin/datasette").exists():
        subprocess.run([sys.executable, "-m", "venv", str(DATASETTE_VENV)], check=True)
        subprocess.run([str(DATASETTE_VENV / "bin/pip"), "install", "--quiet", "--disable-pip-version-check",
                        "-r", str(ROOT / "bench/requirements-datasette.txt")], check=True)
    seconds = run([str(DATASETTE_VENV / "bin/python"), "bench/datasette_db.py",
                   str(data / "newsarchive.sqlite3"), str(work / "bench.db")], env)
    say(f"  Datasette database built in {seconds:.0f} s")
    (work / "complete").write_text(str(size))


def describe_archive(work: Path, env: dict) -> None:
    data = Path(env["NEWSARCHIVE_DATA_DIR"])
    db = sqlite3.connect(data / "newsarchive.sqlite3")
    counts = {table: db.execute(f"SELECT COUNT(*) FROM articles_{table}").fetchone()[0]
              for table in ("article", "quote", "speaker")}
    say(f"  archive: {counts['article']} articles, {counts['quote']} quotes, {counts['speaker']} speakers")
    say(f"  sizes: index {mib(data / 'whoosh_index'):.0f} MiB, database {mib(data / 'newsarchive.sqlite3'):.0f} MiB,"
        f" Datasette database {mib(work / 'bench.db'):.0f} MiB (with its FTS5 tables)")


def servers(work: Path, env: dict) -> tuple[Server, Server]:
    """gunicorn serving this tree (or BENCH_APP_DIR, another checkout to compare), and Datasette."""
    app = Path(os.environ.get("BENCH_APP_DIR") or ROOT)
    ours = Server("newsarchive", gunicorn_command(workers=1), {**env, "PYTHONPATH": str(app)},
                  probe="/robots.txt", log=work / "gunicorn.log", cwd=app)
    theirs = Server("datasette", [str(DATASETTE_VENV / "bin/datasette"), "serve", str(work / "bench.db"),
                                  "--host", "127.0.0.1", "--port", "{port}", "--setting", "facet_time_limit_ms",
                                  "5000", "--setting", "sql_time_limit_ms", "10000"],
                    env, probe="/-/versions.json", log=work / "datasette.log")
    return ours, theirs


def gunicorn_command(workers: int, timeout: int | None = 120) -> list[str]:
    """gunicorn as `make run` starts it, on a free port (a longer timeout for a loaded bench)."""
    command = [PYTHON, "-m", "gunicorn", "newsarchive.wsgi", "--bind", "127.0.0.1:{port}",
               "--workers", str(workers), "--limit-request-line", "8190"]
    return command + (["--timeout", str(timeout)] if timeout else [])


def sample_pages(env: dict, seed: int) -> tuple[list, list]:
    db = sqlite3.connect(Path(env["NEWSARCHIVE_DATA_DIR"]) / "newsarchive.sqlite3")
    rng = random.Random(seed)
    articles = db.execute("SELECT id, slug FROM articles_article ORDER BY id").fetchall()
    speakers = db.execute("SELECT id, slug FROM articles_speaker WHERE quote_count > 0 "
                          "ORDER BY quote_count DESC, id").fetchall()
    # The busiest speakers (the heaviest pages) and a random sample of the others.
    picked = speakers[:5] + rng.sample(speakers[5:], min(15, max(0, len(speakers) - 5)))
    return rng.sample(articles, min(30, len(articles))), picked


def first_search(server: Server, url: str) -> float:
    """Restart the server and time its first search (the application loaded, nothing warm)."""
    server.restart()
    status, _, ms = fetch(server.base + url)
    return ms if status == 200 else float("nan")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def stats(samples: list[float]) -> str:
    if not samples:
        return "            -"
    return f"{statistics.median(samples):6.0f} {percentile(samples, 0.95):6.0f} {max(samples):6.0f}"


def measure(size: int, seed: int, repeat: int, work: Path, env: dict) -> None:
    writer = Writer(seed)
    vocabulary, (first, _, last) = writer.vocabulary, writer.speakers[2500]
    searches = search_mix(vocabulary, f"{first} {last}") + api_mix(vocabulary)
    articles, speakers = sample_pages(env, seed)
    pages = page_mix(articles, speakers, vocabulary)
    ours, theirs = servers(work, env)
    say("== servers: gunicorn (1 worker, DEBUG off) and Datasette (1 process), loopback")
    try:
        for server in (ours, theirs):
            say(f"  {server.name} up in {server.start():.1f} s on port {server.port}")
        cold_url = [q for q in searches if q.kind == "search"][2]
        say("== first search after a restart (ms): " + ", ".join(
            f"{s.name} {first_search(s, getattr(cold_url, key)):.0f}" for s, key in ((ours, "ours"), (theirs, "theirs"))))
        say("== misspelt words, asked for the first time (ms)")
        first = [q for q in searches if q.kind == "misspelt"]
        samples: dict[str, dict[str, list[float]]] = {kind: {"ours": [], "theirs": []} for kind in KINDS}
        errors: list[str] = []
        for query in first:
            times = [ask(server, getattr(query, key), errors) for server, key in ((ours, "ours"), (theirs, "theirs"))]
            say(f"  {query.label:40s} newsarchive {times[0]:6.0f}   datasette {times[1]:6.0f}")
        say(f"== the mix, {repeat} rounds of {len(searches) + len(pages)} requests per server, interleaved")
        counts = selectivity(ours, theirs, searches, errors)
        per_query: dict[str, list[tuple[float, float]]] = {}
        for round_ in range(repeat):
            for query in searches + pages:
                pair = (ask(ours, query.ours, errors), ask(theirs, query.theirs, errors))
                samples[query.kind]["ours"].append(pair[0])
                samples[query.kind]["theirs"].append(pair[1])
                per_query.setdefault(query.label, []).append(pair)
            say(f"  round {round_ + 1}/{repeat} done")
        print_selectivity(searches, counts, per_query, size)
        print_kinds(samples)
        say("== memory after the run (MiB)")
        index_dir = Path(env["NEWSARCHIVE_DATA_DIR"]) / "whoosh_index"
        for server in (ours, theirs):
            for pid in server.worker_pids():
                m = memory(pid, index_dir)
                say(f"  {server.name} pid {pid}: RSS {m['rss']:.0f} = heap {m['heap']:.0f}"
                    f" + index files mapped {m['index']:.0f} + code and other files {m['files']:.0f}")
        if errors:
            say(f"== {len(errors)} failed requests:")
            for line in errors[:20]:
                say("  " + line)
    finally:
        ours.stop()
        theirs.stop()


def ask(server: Server, path: str, errors: list[str]) -> float:
    status, _, ms = fetch(server.base + path)
    if status != 200:
        errors.append(f"{server.name} {status} {path}")
    return ms


def selectivity(ours: Server, theirs: Server, searches, errors) -> dict[str, tuple[int, int]]:
    """Matching articles per query, by each system (its own idea of a match).

    This is each query's first time on both servers (as JSON): its latency is printed, as
    what a query costs before any cache holds its words (the mix after it repeats them).
    """
    counts, first = {}, {}
    for query in searches:
        api = query.ours.replace("/?", "/api/search/?", 1) if query.ours.startswith("/?") else query.ours
        status, body, ms_ours = fetch(ours.base + api)
        mine = json.loads(body)["count"] if status == 200 else -1
        ds = query.theirs.replace("/bench/articles?", "/bench/articles.json?", 1) + "&_size=1"
        status, body, ms_theirs = fetch(theirs.base + ds)
        their = json.loads(body).get("filtered_table_rows_count", -1) if status == 200 else -1
        if status != 200:
            errors.append(f"datasette {status} {ds}")
        counts[query.label] = (mine, their)
        first.setdefault(query.kind, ([], []))
        first[query.kind][0].append(ms_ours)
        first[query.kind][1].append(ms_theirs)
    say("== each search's first time (JSON, before the mix), ms p50 p95 max: newsarchive | datasette")
    for kind, (mine, their) in first.items():
        say(f"  {kind:9s} {len(mine):4d}   {stats(mine)}   {stats(their)}")
    return counts


def print_selectivity(searches, counts, per_query, size: int) -> None:
    say("\n== queries: matches (share of the archive, class) and p50 ms, Newsarchive vs Datasette")
    say(f"  {'query':42s} {'newsarchive':>20s} {'datasette':>9s} {'p50 ours':>9s} {'theirs':>7s}")
    for query in searches:
        mine, their = counts[query.label]
        share = mine / size
        ours_p50 = statistics.median(p[0] for p in per_query[query.label])
        theirs_p50 = statistics.median(p[1] for p in per_query[query.label])
        say(f"  {query.label[:42]:42s} {mine:7d} {share:6.2%} {selectivity_class(share):>9s}"
            f" {their:7d} {ours_p50:9.0f} {theirs_p50:7.0f}")


def print_kinds(samples) -> None:
    say("\n== latency per kind through HTTP (ms): p50 p95 max; ratio newsarchive/datasette")
    say(f"  {'kind':9s} {'n':>4s}   {'newsarchive':>20s}   {'datasette':>20s}   {'ratio p50':>9s} {'p95':>5s}")
    for kind in KINDS:
        mine, their = samples[kind]["ours"], samples[kind]["theirs"]
        if not mine:
            continue
        ratio50 = statistics.median(mine) / max(statistics.median(their), 0.1)
        ratio95 = percentile(mine, 0.95) / max(percentile(their, 0.95), 0.1)
        say(f"  {kind:9s} {len(mine):4d}   {stats(mine)}   {stats(their)}   {ratio50:8.1f}x {ratio95:4.1f}x")
    mine = [t for kind in SEARCH_KINDS for t in samples[kind]["ours"]]
    their = [t for kind in SEARCH_KINDS for t in samples[kind]["theirs"]]
    say(f"  {'all search':9s} {len(mine):4d}   {stats(mine)}   {stats(their)}   "
        f"{statistics.median(mine) / max(statistics.median(their), 0.1):8.1f}x "
        f"{percentile(mine, 0.95) / max(percentile(their, 0.95), 0.1):4.1f}x")


def main() -> None:
    size = int(os.environ.get("BENCH_ARTICLES") or 10_000)
    seed = int(os.environ.get("BENCH_SEED") or 9)
    repeat = int(os.environ.get("BENCH_REPEAT") or 3)
    work = ROOT / "var/bench" / f"n{size}-s{seed}"
    env = {**os.environ, "NEWSARCHIVE_DATA_DIR": str(work / "data"), "DJANGO_DEBUG": "false",
           "DJANGO_SECRET_KEY": "bench-only-not-secret", "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
           "DJANGO_SECURE_SSL_REDIRECT": "false", "PYTHONPATH": str(ROOT)}
    env.pop("NEWSARCHIVE_INDEX_DIR", None)
    say(f"Newsarchive benchmark: {size} articles, seed {seed}, {os.cpu_count()} cores"
        " (timings depend on what else the machine runs)")
    if os.environ.get("BENCH_REUSE") and (work / "complete").exists():
        say(f"== reusing the archive imported in {work} (BENCH_REUSE)")
        run([PYTHON, "manage.py", "migrate", "--noinput", "--verbosity", "0"], env)
    else:
        load_archive(size, seed, work, env)
    describe_archive(work, env)
    measure(size, seed, repeat, work, env)


if __name__ == "__main__":
    main()
