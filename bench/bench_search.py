"""Search speed at scale: build a synthetic archive, then time typical pages.

    .venv/bin/python bench/bench_search.py [--articles 10000] [--queries 30]

Articles are ~500 words stitched from real French sentences (the seeds and the quote
evaluation set), with dates spread over 2000-2024 and a few dozen speakers, written
through the real pipeline (ORM save + batched haystack indexing) into a throwaway data
folder. Prints the indexing rate and p50/p95 latency per page kind, as a user hits them
(Django test client: URL routing, search, templates).
"""

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
os.environ["NEWSARCHIVE_DATA_DIR"] = tempfile.mkdtemp(prefix="newsarchive-bench-")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from articles.cleaning import clean_article  # noqa: E402
from articles.indexing import batch_indexing  # noqa: E402
from articles.models import Article, Quote, Speaker  # noqa: E402

PAGES = {
    "search: one word": "/?q=Russie",
    "search: two words": "/?q=sécurité+coopération",
    "search: phrase": '/?q="ministre+russe"',
    "search: rare word": "/?q=Stoltenberg",
    "search + year filter": "/?q=Russie&annee=2018",
    "search + speaker facet": "/?q=Russie&orateur={speaker}",
    "browse: newest first": "/",
    "api search": "/api/search/?q=élections",
    "article page": "{article}",
    "speakers list": "/speakers/",
    "speaker page": "/speakers/{speaker}/",
    "quote search": "/quotes/?q=OSCE",
}


def sentence_pool() -> list[str]:
    texts = [clean_article(p.read_text()).body for p in sorted((ROOT / "fixtures/raw").glob("*.txt"))]
    texts += [json.loads(p.read_text())["body"] for p in sorted((ROOT / "fixtures/quotes_eval").glob("*.json"))]
    sentences = [s.strip() for t in texts for s in re.split(r"(?<=[.!?»])\s+", t) if len(s.split()) > 6]
    return sentences


def build_archive(n: int, rng: random.Random) -> float:
    pool = sentence_pool()
    speakers = [Speaker.objects.create(name=f"Orateur Numéro{i}", slug=f"orateur-{i}") for i in range(60)]
    start = time.perf_counter()
    with batch_indexing():
        for i in range(n):
            body = "\n\n".join(" ".join(rng.sample(pool, 4)) for _ in range(5))
            article = Article.objects.create(
                title=rng.choice(pool)[:120], slug=f"article-{i}", body=body,
                year=rng.randint(2000, 2024), month=rng.randint(1, 12), day=rng.randint(1, 28),
            )
            for speaker in rng.sample(speakers, 2):
                Quote.objects.create(article=article, speaker=speaker, text=body[:80], kind="direct",
                                     start=speaker.pk, end=speaker.pk + 80, attribution="name")
    return n / (time.perf_counter() - start)


def time_pages(queries: int) -> dict[str, list[float]]:
    client = Client()
    article = Article.objects.order_by("?").first().get_absolute_url()
    speaker = Speaker.objects.first().slug
    timings = {}
    for name, url in PAGES.items():
        url = url.format(article=article, speaker=speaker)
        client.get(url)  # warm caches once, as a running server would be
        samples = []
        for _ in range(queries):
            began = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        timings[name] = samples
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 5000)))
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    rate = build_archive(args.articles, random.Random(42))
    print(f"archive: {args.articles} articles, saved and indexed at {rate:.0f} articles/s")
    for name, samples in time_pages(args.queries).items():
        p95 = statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]
        print(f"{name:26s} p50 {statistics.median(samples):7.1f} ms   p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
