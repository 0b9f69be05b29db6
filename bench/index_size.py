"""Index size with and without the unstemmed twin of the text fields (the exact forms).

    .venv/bin/python bench/index_size.py [--articles 3000]

Builds the demo archive and a synthetic one (~500-word articles stitched from the seeds'
sentences, as `bench_search` makes them, written in one transaction) in a throwaway data
folder, then rebuilds
each one's index twice, optimized to one segment: with the schema as it is, and with
the twin fields taken out. Prints both sizes and the growth.
"""

import argparse
import random
from pathlib import Path

from bench_search import ROOT, sentence_pool  # sets up Django in a throwaway folder

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from haystack import connections  # noqa: E402
from whoosh.fields import TEXT  # noqa: E402

from articles.backends import schema, writer  # noqa: E402
from articles.models import Article, Quote, Speaker  # noqa: E402


def index_bytes() -> int:
    """Rebuild the index from the database, optimize it, and measure its folder."""
    connections.reload("default")
    call_command("rebuild_index", interactive=False, verbosity=0)
    backend = connections["default"].get_backend()
    backend.index.optimize()
    folder = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    return sum(path.stat().st_size for path in folder.iterdir() if path.is_file())


def without_twins() -> int:
    saved = schema.FrenchText.subfields, writer.with_exact_copies
    schema.FrenchText.subfields = TEXT.subfields
    writer.with_exact_copies = lambda _schema, doc: doc
    try:
        return index_bytes()
    finally:
        schema.FrenchText.subfields, writer.with_exact_copies = saved


def report(name: str) -> None:
    before, after = without_twins(), index_bytes()
    print(f"{name:34s} without twins {before / 1e6:8.2f} MB   with {after / 1e6:8.2f} MB   "
          f"+{(after - before) / before:.0%}")


def add_synthetic_articles(n: int, rng: random.Random) -> None:
    """n articles of 5 paragraphs of 4 seed sentences, each quoting 2 of 60 speakers."""
    pool = sentence_pool()
    with transaction.atomic():
        speakers = Speaker.objects.bulk_create(
            Speaker(name=f"Orateur Numéro{i}", slug=f"orateur-{i}") for i in range(60))
        articles = Article.objects.bulk_create(
            Article(title=rng.choice(pool)[:120], slug=f"synthetique-{i}", year=rng.randint(2000, 2024),
                    month=rng.randint(1, 12), day=rng.randint(1, 28),
                    body="\n\n".join(" ".join(rng.sample(pool, 4)) for _ in range(5)))
            for i in range(n))
        Quote.objects.bulk_create(
            Quote(article=article, speaker=speaker, text=article.body[:80], kind="direct",
                  start=speaker.pk, end=speaker.pk + 80, attribution="name")
            for article in articles for speaker in rng.sample(speakers, 2))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("import_articles", str(ROOT / "fixtures/raw"), verbosity=0)
    report(f"demo ({Article.objects.count()} articles)")
    add_synthetic_articles(args.articles, random.Random(42))
    report(f"demo + {args.articles} synthetic articles")


if __name__ == "__main__":
    main()
