"""Warming the backend at a server's start builds what the first search page needs."""

import pytest
from haystack import connections

from articles.backends import searchers

pytestmark = pytest.mark.django_db


def test_warming_builds_every_table_a_search_page_uses(client, seeds):
    backend = connections["default"].get_backend()
    searchers._SEGMENT_TABLES.clear()
    searchers._GENERATIONS.clear()
    backend.warm()
    warmed = set(searchers._SEGMENT_TABLES)
    assert {key[2] for key in warmed} >= {"pairs:speakers_exact", "pairs:source_exact", "pairs:year_exact", "sort:date"}
    for url in ("/?q=Russie", "/?q=Russie&tri=recent", "/api/search/?q=OTAN", "/"):
        assert client.get(url).status_code == 200
    assert set(searchers._SEGMENT_TABLES) == warmed  # nothing left to build on first use


def test_warming_an_empty_index_is_harmless(search_index):
    search_index.warm()
    assert search_index.index.searcher().doc_count() == 0


def test_warming_reads_the_spelling_words_so_a_first_misspelling_reads_no_file(seeds, monkeypatch):
    from articles.backends import spelling

    backend = connections["default"].get_backend()
    spelling._WORDS.clear()
    backend.warm()
    read = []
    monkeypatch.setattr(spelling, "read_segment_words", lambda *args: read.append(args) or [])
    assert backend.suggest("Stoltemberg") == "Stoltenberg" and read == []


def test_values_and_values_lists_read_only_the_asked_fields_and_give_what_haystack_gives(seeds, monkeypatch):
    from haystack.query import SearchQuerySet

    from articles.models import Article

    found = SearchQuerySet().models(Article).auto_query("Lavrov")
    count = found.count()
    fields = ("id", "title", "year", "speakers", "date")
    ours = (list(found.values_list("id", flat=True)[:count]), list(found.values(*fields)[:count]))
    backend = connections["default"].get_backend()
    monkeypatch.setattr(type(backend), "_fields_only", lambda self, page, fields, result_class:
                        self._process_results(page, result_class=result_class))  # haystack's processing
    theirs = (list(found.values_list("id", flat=True)[:count]), list(found.values(*fields)[:count]))
    assert count >= 2 and ours == theirs
    assert all(isinstance(row["speakers"], list) and row["year"] for row in ours[1])
