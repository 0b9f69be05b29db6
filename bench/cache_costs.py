"""What each search cache costs in a worker's heap, after the bench's requests.

    BENCH_ARTICLES=2000 .venv/bin/python bench/cache_costs.py [DATA_DIR]

Runs in one process on the archive `make bench` imported (var/bench/n<size>-s<seed>/data, or
DATA_DIR), asks
the bench's search mix through Django's test client, then prints the deep size of each
cache the backend keeps: per segment (facet value pairs, sort keys, term statistics), per
index generation (filter sets and masks, arrays, lengths, corrections), the spelling words,
the stemmer's memo.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
SIZE = int(os.environ.get("BENCH_ARTICLES") or 10_000)
SEED = int(os.environ.get("BENCH_SEED") or 9)
DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / f"var/bench/n{SIZE}-s{SEED}/data"
os.environ["NEWSARCHIVE_DATA_DIR"] = str(DATA.resolve())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")  # Django's test client; DEBUG is off by default
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from haystack import connections  # noqa: E402

from articles import analysis  # noqa: E402
from articles.backends import searchers, spelling  # noqa: E402
from corpus import Writer  # noqa: E402
from queries import api_mix, search_mix  # noqa: E402


def deep_size(obj, seen: set | None = None) -> int:
    """Bytes of obj and everything it holds (each object counted once)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_size(item, seen) for item in obj)
    return size


def mib(n: int) -> str:
    return f"{n / 2**20:7.1f} MiB"


def main() -> None:
    writer = Writer(SEED)
    first, _, last = writer.speakers[2500]
    client = Client()
    connections["default"].get_backend().warm()  # as a server does at start
    for query in search_mix(writer.vocabulary, f"{first} {last}") + api_mix(writer.vocabulary):
        parts = urlsplit(query.ours)
        client.get(parts.path + "?" + parts.query)
    tables: dict[str, int] = {}
    for key, table in searchers._SEGMENT_TABLES.items():
        kind, _, field = key[2].rpartition(":")
        name = f"{ {'': 'facet values', 'pairs': 'facet pairs', 'sort': 'sort keys'}.get(kind, kind)} {field}"
        tables[name] = tables.get(name, 0) + deep_size(table)
    from articles.models import Article

    print(f"caches after the search mix, {Article.objects.count()} articles; heap {heap_mib():.0f} MiB:")
    print("  per segment (kept while the segment lives):")
    for name, size in sorted(tables.items()):
        print(f"    {name:40s} {mib(size)}")
    for generation in searchers._GENERATIONS.values():
        print(f"  per index generation {generation.generation}:")
        for name, cache in vars(generation).items():
            if isinstance(cache, dict):
                print(f"    {name + f' ({len(cache)})':40s} {mib(deep_size(cache))}")
    for entry in spelling._WORDS.values():
        words = sum(map(len, entry.by_length.values()))
        print(f"  spelling words ({words}, lists by length and set)   "
              f"{mib(deep_size([entry.by_length, entry.known]))}")
    info = analysis._stem.cache_info()
    print(f"  stemmer memo ({info.currsize} words)           ~{mib(info.currsize * 2 * 60)}")


def heap_mib() -> float:
    """This process's anonymous resident memory: the heap and numpy's arrays."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("RssAnon")) / 1024

if __name__ == "__main__":
    main()
