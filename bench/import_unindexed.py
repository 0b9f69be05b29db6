"""`import_articles` with the index queue switched off: the bench's shortcut for large archives.

    NEWSARCHIVE_DATA_DIR=… .venv/bin/python bench/import_unindexed.py CORPUS_DIR

The same command, pool and saves as a real import (clean, extract, save), except that no
record is queued for the index: run `rebuild_index` after it, which builds the whole index in
large batches. The speakers' counts, which the queue's drains would recount, are recounted
at the end. The real path at 100,000 articles takes hours on a 2-core machine (its rate is
printed at 10,000); this measures the rest of the benchmark at that size in about one.
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402

from articles import indexing  # noqa: E402
from articles.models import Speaker, recount_speakers  # noqa: E402


def main() -> None:
    indexing._enqueue_all = lambda keys: None  # the index is built afterwards, by rebuild_index
    call_command("import_articles", *sys.argv[1:])
    # The queue also carries the speakers' recounts, which the real import's drains apply: do them.
    with transaction.atomic():
        recount_speakers(Speaker.objects.values_list("pk", flat=True).iterator())


# The import's worker processes are spawned: each imports this file again as __main__, and
# without this guard would start an import of its own instead of parsing (and die).
if __name__ == "__main__":
    main()
