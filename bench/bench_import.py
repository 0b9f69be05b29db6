"""Import throughput and big-file cost through the real path (import_articles: clean, extract, save, index).

    .venv/bin/python bench/bench_import.py [--files 600] [--workers 1,2] [--big 2,20] [--timeout 600]

Writes `--files` raw articles in the seeds' format (date line, ~500-word French body with
named speakers and quotes stitched from fixtures/quotes_eval, boilerplate tail, a
manifest.csv), then imports them into a fresh database and index once per worker count.
`--big` sizes (MB) are single files of that size: the pure stage (decode, clean, extract)
is timed alone, to show it grows linearly, then the file goes through import_articles
with the default size limit (NEWSARCHIVE_IMPORT_MAX_BYTES), which refuses the larger one. Each run is a separate
process (peak RSS of the importing process and of its largest worker are printed) bounded
by `--timeout`. Figures only: nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "fixtures" / "quotes_eval"
TAIL = ["La Chine ouvre un tunnel ferroviaire dans une région glaciale", "Nous suivre sur WeChat"]


def eval_bodies() -> list[list[str]]:
    bodies = []
    for path in sorted(EVAL_DIR.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))["body"]
        bodies.append([p for p in body.split("\n\n") if p.strip()])
    return bodies


def raw_article(rng: random.Random, sources: list[list[str]], words: int) -> str:
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.extend(rng.choice(sources))
    header = f"Dernière mise à jour à {rng.randrange(24):02d}h{rng.randrange(60):02d} le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
    # A number makes every file's bytes distinct, as real articles are.
    paragraphs[-1] += f" ({rng.randrange(10**9)})"
    return "\n".join([header, *paragraphs, *TAIL]) + "\n"


def write_corpus(folder: Path, files: int, words: int = 500, seed: int = 11) -> None:
    rng = random.Random(seed)
    sources = eval_bodies()
    rows = ["file,year,source,url"]
    for number in range(files):
        name = f"{number:05d}.txt"
        (folder / name).write_text(raw_article(rng, sources, words), encoding="utf-8")
        rows.append(f"{name},{rng.randint(2015, 2024)},Fil de test,https://example.org/{number}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def write_big(path: Path, megabytes: float, seed: int = 3) -> None:
    rng = random.Random(seed)
    sources = eval_bodies()
    parts, size = ["Dernière mise à jour à 08h45 le 02/02"], 0
    while size < megabytes * 1_000_000:
        body = "\n".join(rng.choice(sources))
        parts.append(body)
        size += len(body.encode())
    path.write_text("\n".join([*parts, *TAIL]) + "\n", encoding="utf-8")


def run_child(paths: list[str], workers: int, data_dir: str) -> None:
    """In a fresh process: migrate an empty database, time import_articles, print JSON."""
    os.environ["NEWSARCHIVE_DATA_DIR"] = data_dir
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    import io

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    args = [*paths] + (["--workers", str(workers)] if workers else [])
    out = io.StringIO()
    started = time.perf_counter()
    call_command("import_articles", *args, stdout=out)
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "seconds": elapsed,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "summary": out.getvalue().splitlines()[0],
    }))


def measure(paths: list[str], workers: int, timeout: float, env: dict | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as data_dir:
        command = [sys.executable, __file__, "--child", str(workers), data_dir, *paths]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  env={**os.environ, **(env or {})}, cwd=ROOT)
        except subprocess.TimeoutExpired:
            return {"timeout": timeout}
        if done.returncode:
            return {"error": done.stderr.strip().splitlines()[-1:]}
        return json.loads(done.stdout.strip().splitlines()[-1])


def describe(result: dict, count: int | None = None) -> str:
    if "timeout" in result:
        return f"not done after {result['timeout']:.0f} s (stopped)"
    if "error" in result:
        return f"failed: {result['error']}"
    rate = f"{count / result['seconds']:6.1f} articles/s, " if count else ""
    return (f"{result['seconds']:7.1f} s, {rate}peak RSS {result['rss_mib']:.0f} MiB "
            f"(largest worker {result['worker_rss_mib']:.0f} MiB) — {result['summary']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--workers", default="1,2",
                        help="worker counts to compare, e.g. 1,2 (0: the command's default, no --workers)")
    parser.add_argument("--big", default="2,20", help="single-file sizes in MB ('' for none)")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        workers, data_dir, *paths = args.child
        run_child(paths, int(workers), data_dir)
        return 0
    print(f"CPUs: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} (other work on the machine slows every figure)")
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as corpus:
        folder = Path(corpus)
        if args.files:
            (folder / "articles").mkdir()
            write_corpus(folder / "articles", args.files)
            for workers in [int(w) for w in args.workers.split(",") if w]:
                result = measure([str(folder / "articles")], workers, args.timeout)
                print(f"{args.files} files, {workers} worker(s): {describe(result, args.files)}")
        for size in [float(s) for s in args.big.split(",") if s]:
            path = folder / f"big-{size:g}mb.txt"
            write_big(path, size)
            print(f"{size:g} MB file, clean + extract only: {time_pure_stage(path)}")
            print(f"{size:g} MB file, import_articles:      {describe(measure([str(path)], 0, args.timeout))}")
    return 0


def time_pure_stage(path: Path) -> str:
    """decode + clean + extract in this process: the part whose cost must grow linearly."""
    sys.path.insert(0, str(ROOT))
    from articles.workers import parse_and_extract

    data = path.read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    parsed = parse_and_extract(data)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (f"{elapsed:6.1f} s for {len(data) / 1e6:.1f} MB ({len(data) / 1e6 / elapsed:.2f} MB/s), "
            f"{len(parsed.quotes or ())} quotes, peak RSS {peak:.0f} MiB (was {before:.0f})")


if __name__ == "__main__":
    raise SystemExit(main())
