"""Time quote extraction (and cleaning, when available) on synthetic ~500-word articles.

    .venv/bin/python bench/bench_extract.py [--articles 2000] [--words 500]

Articles are stitched from the paragraphs of fixtures/quotes_eval/, so they carry the
real density of quotations, names and speech verbs. The process is pinned to one CPU.
Target: at least 200 articles per second for extraction.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.quotes import extract_quotes  # noqa: E402

EVAL_DIR = ROOT / "fixtures" / "quotes_eval"
TARGET_PER_SECOND = 200
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
    print(f"{label:28} {len(inputs)} articles in {elapsed:6.2f} s → {rate:8.0f} articles/s  ({produced} items)")
    return rate


def _count(result) -> int:
    return len(result) if isinstance(result, list) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=500)
    args = parser.parse_args(argv)
    print(pin_to_one_cpu())
    bodies = build_articles(args.articles, args.words)
    mean_words = sum(len(b.split()) for b in bodies) / len(bodies)
    print(f"{len(bodies)} synthetic articles, {mean_words:.0f} words on average")
    rate = time_it("extract_quotes", extract_quotes, bodies)
    try:
        from articles.cleaning import clean_article
    except ImportError as error:
        print(f"clean_article not timed: {error}")
    else:
        raws = [RAW_HEADER + "\n" + body.replace("\n\n", "\n") + "\n" + "\n".join(RAW_FOOTER) for body in bodies]
        time_it("clean_article", clean_article, raws)
        time_it("clean_article + extract", lambda raw: extract_quotes(clean_article(raw).body), raws)
    verdict = "OK" if rate >= TARGET_PER_SECOND else "TOO SLOW"
    print(f"extraction: {rate:.0f} articles/s (target ≥ {TARGET_PER_SECOND}) {verdict}")
    return 0 if rate >= TARGET_PER_SECOND else 1


if __name__ == "__main__":
    raise SystemExit(main())
