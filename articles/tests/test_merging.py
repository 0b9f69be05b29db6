"""Index commits merge segments by tiers of similar size, and web processes only small ones."""

import pytest
from haystack.query import SearchQuerySet
from whoosh.index import open_dir

from articles.backends import merging
from articles.backends.merging import FANOUT, segments_to_merge, tier
from articles.models import Article, Quote


MIB = 2**20


def test_tiers_grow_by_the_fanout():
    sizes = [0, 1, 16 * MIB - 1, 16 * MIB, 128 * MIB - 1, 128 * MIB, 1024 * MIB]
    assert [tier(size) for size in sizes] == [0, 0, 0, 1, 1, 2, 3]


def test_a_tier_is_merged_once_it_holds_fanout_segments_the_smallest_tier_first():
    assert segments_to_merge([10] * (FANOUT - 1)) == []
    assert segments_to_merge([10] * FANOUT) == list(range(FANOUT))
    # Big segments of one tier and a few small ones: the big ones, not everything at once.
    sizes = [size * MIB for size in (0.3, 50, 0.2, 40, 60, 50, 70, 0.1, 55, 45, 52)]
    assert segments_to_merge(sizes) == [1, 3, 4, 5, 6, 8, 9, 10]
    # More than FANOUT in a tier: its smallest FANOUT.
    assert segments_to_merge([50, 40, 30, 20, 10, 60, 70, 80, 90]) == [0, 1, 2, 3, 4, 5, 6, 7]


def test_a_limit_leaves_a_big_merge_to_another_process():
    assert segments_to_merge([3 * MIB] * FANOUT, limit=merging.WEB_MERGE_BYTES) == []
    small = [3 * MIB] * FANOUT + [1000] * FANOUT
    assert segments_to_merge(small, limit=merging.WEB_MERGE_BYTES) == list(range(FANOUT, 2 * FANOUT))


def segments(backend) -> list[int]:
    return [segment.doc_count() for segment in open_dir(backend.path)._segments()]


@pytest.mark.django_db
def test_many_small_commits_keep_few_segments_and_every_document(seeds, search_index):
    quotes = list(Quote.objects.order_by("pk"))
    for quote in quotes[:3 * FANOUT]:  # one commit each, as curators' saves
        search_index.update(search_index_for(Quote), [quote])
    assert len(segments(search_index)) < 2 * FANOUT
    assert SearchQuerySet().models(Quote).count() == Quote.objects.shown().count()
    assert SearchQuerySet().models(Article).count() == Article.objects.public().count()


@pytest.mark.django_db
def test_a_web_process_does_not_merge_beyond_its_limit(seeds, search_index, monkeypatch):
    monkeypatch.setattr(merging, "_process_limit", None)
    search_index.limit_merges()
    assert merging._process_limit == merging.WEB_MERGE_BYTES
    monkeypatch.setattr(merging, "_process_limit", 1)  # one byte: as if every segment were big
    before = len(segments(search_index))
    for quote in Quote.objects.order_by("pk")[:FANOUT + 1]:
        search_index.update(search_index_for(Quote), [quote])
    assert len(segments(search_index)) == before + FANOUT + 1  # nothing merged
    monkeypatch.setattr(merging, "_process_limit", None)  # an import's drainer, a command
    search_index.update(search_index_for(Quote), [Quote.objects.order_by("pk").last()])
    assert len(segments(search_index)) <= before + 2
    assert SearchQuerySet().models(Quote).count() == Quote.objects.shown().count()


def search_index_for(model):
    from haystack import connections

    return connections["default"].get_unified_index().get_index(model)
