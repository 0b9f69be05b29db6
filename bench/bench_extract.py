"""Time cleaning + quote extraction on synthetic ~480-word articles, on one core and on a pool.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--words 480] [--workers 2]

Articles are stitched from the paragraphs of fixtures/quotes_eval/, so they carry the
real density of quotations, names and speech verbs. The one-core figures pin the process
to one CPU; the pool runs `--workers` processes (the import's own pool does the same).
Also printed: what spaCy's model costs (load time, memory, sentences it parsed), and one
~1.5 MB article extracted alone (extraction must stay linear in the text's length).
Target (printed, not asserted): clean + extract ≥ 100 articles/s on both cores.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.cleaning import clean_article  # noqa: E402
from articles.quotes import extract_quotes, nlp  # noqa: E402

EVAL_DIR = ROOT / "fixtures" / "quotes_eval"
TARGET_PER_SECOND = 100
LONG_ARTICLE_CHARS = 1_500_000
RAW_HEADER = "Dernière mise à jour à 08h45 le 02/02"
RAW_FOOTER = ["La Chine ouvre un tunnel ferroviaire dans une région glaciale", "Nous suivre sur WeChat"]


def load_paragraphs() -> list[list[str]]:
    """Each eval article as its list of paragraphs (kept together: pronouns need context)."""
    articles = []
    for path in sorted(EVAL_DIR.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))["body"]
        articles.append([p for p in body.split("\n\n") if p.strip()])
    return articles


def build_articles(count: int, words: int, seed: int = 7) -> list[str]:
    """Stitch whole eval articles together until each synthetic body reaches `words` words."""
    rng = random.Random(seed)
    sources = load_paragraphs()
    bodies = []
    for _ in range(count):
        paragraphs: list[str] = []
        while sum(len(p.split()) for p in paragraphs) < words:
            paragraphs.extend(rng.choice(sources))
        bodies.append("\n\n".join(paragraphs))
    return bodies


def pin_to_one_cpu() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def time_it(label: str, function, inputs: list[str]) -> float:
    function(inputs[0])  # warm caches and lazy imports outside the timing
    started = time.perf_counter()
    produced = 0
    for text in inputs:
        produced += _count(function(text))
    elapsed = time.perf_counter() - started
    rate = len(inputs) / elapsed
    print(f"{label:32} {len(inputs)} articles in {elapsed:6.2f} s → {rate:8.0f} articles/s  ({produced} items)")
    return rate


def _count(result) -> int:
    return len(result) if isinstance(result, list) else 1


def clean_and_extract(raw: str) -> int:
    nlp.parse.cache_clear()  # synthetic articles reuse the eval's sentences: no parse for free
    return len(extract_quotes(clean_article(raw).body))


def fresh_extract(body: str) -> list:
    nlp.parse.cache_clear()
    return extract_quotes(body)


def _warm(_: int) -> float:
    started = time.perf_counter()
    nlp.parse("Le ministre a déclaré que la réforme passerait.")
    return time.perf_counter() - started


def time_pool(raws: list[str], workers: int) -> float:
    """Clean + extract on a process pool, each worker loading the model once."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_warm, range(workers)))
        started = time.perf_counter()
        produced = sum(pool.map(clean_and_extract, raws, chunksize=32))
        elapsed = time.perf_counter() - started
    rate = len(raws) / elapsed
    print(f"{'clean + extract, ' + str(workers) + ' processes':32} {len(raws)} articles in {elapsed:6.2f} s → "
          f"{rate:8.0f} articles/s  ({produced} items)")
    return rate


def model_cost() -> None:
    """Load time and resident memory the parse adds to one process."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    nlp.parse("Le ministre a déclaré que la réforme passerait.")
    loaded = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"spaCy {nlp.MODEL}: loaded in {loaded:.1f} s, peak memory {before:.0f} → {after:.0f} MB")


def count_parses(bodies: list[str]) -> None:
    calls = {"sentences": 0}
    original = nlp.parsed_statements

    def counting(ctx):
        calls["sentences"] += 1
        return original(ctx)

    nlp.parsed_statements = counting
    try:
        from articles.quotes import find
        find.nlp.parsed_statements = counting
        for body in bodies:
            extract_quotes(body)
    finally:
        nlp.parsed_statements = original
    print(f"sentences handed to the parse: {calls['sentences']} in {len(bodies)} articles "
          f"({calls['sentences'] / len(bodies):.2f} per article)")


def long_article(bodies: list[str]) -> None:
    """One article of ~1.5 MB: time and memory must stay proportional to its length."""
    text = ""
    for body in bodies:
        text += body + "\n\n"
        if len(text) >= LONG_ARTICLE_CHARS:
            break
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    found = len(extract_quotes(text))
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"one {len(text) / 1e6:.1f} MB article: {found} quotes in {elapsed:.1f} s, peak memory {before:.0f} → {after:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=480)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    print("timings are taken on a machine shared with other work: read them as orders of magnitude")
    bodies = build_articles(args.articles, args.words)
    raws = [RAW_HEADER + "\n" + body.replace("\n\n", "\n") + "\n" + "\n".join(RAW_FOOTER) for body in bodies]
    mean_words = sum(len(b.split()) for b in bodies) / len(bodies)
    print(f"{len(bodies)} synthetic articles, {mean_words:.0f} words on average")
    pool_rate = time_pool(raws, args.workers)
    print(pin_to_one_cpu())
    model_cost()
    count_parses(bodies[:200])
    time_it("extract_quotes", fresh_extract, bodies)
    time_it("clean_article", clean_article, raws)
    time_it("clean + extract, one core", clean_and_extract, raws)
    long_article(bodies)
    verdict = "OK" if pool_rate >= TARGET_PER_SECOND else "TOO SLOW"
    print(f"clean + extract on {args.workers} processes: {pool_rate:.0f} articles/s "
          f"(target ≥ {TARGET_PER_SECOND}) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
