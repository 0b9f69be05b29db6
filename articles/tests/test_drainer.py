"""The drainer process writes queued index updates while an import saves, and leaves none."""

import pytest

from articles.drainer import BackgroundDrainer
from articles.tests.harness import Site, drift, write_corpus

# Queue every article and quote again inside a drainer's block, as an import would.
REQUEUE = """
from articles.drainer import BackgroundDrainer
from articles.indexing import pending_count
from articles.models import Article, PendingUpdate, Quote
with BackgroundDrainer() as drainer:
    rows = [PendingUpdate(label="articles.article", object_id=pk) for pk in Article.objects.values_list("pk", flat=True)]
    rows += [PendingUpdate(label="articles.quote", object_id=pk) for pk in Quote.objects.values_list("pk", flat=True)]
    PendingUpdate.objects.bulk_create(rows)
    print("running", drainer.running, "queued", len(rows))
print("left", pending_count())
"""


def test_the_drainer_process_indexes_what_was_queued_before_the_block_ends(tmp_path):
    site = Site(tmp_path / "data")
    site.manage("migrate", "--noinput", "-v0")
    site.manage("import_articles", str(write_corpus(tmp_path / "corpus", 12, seed=3)[0].parent), "--workers", "1")
    site.manage("clear_index", "--noinput")
    out = site.manage("shell", "-c", REQUEUE).stdout
    assert "running True" in out and "left 0" in out, out
    assert "en accord" in site.manage("check_index").stdout
    assert not any(drift(site.state()).values())


@pytest.mark.django_db
def test_no_drainer_on_a_database_a_new_process_would_not_open():
    # The test database is not the one the settings name: a drainer would drain another.
    with BackgroundDrainer() as drainer:
        assert not drainer.running
