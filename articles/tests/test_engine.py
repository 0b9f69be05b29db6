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
    assert {key[2] for key in warmed} >= {"speakers_exact", "source_exact", "year_exact", "sort:date"}
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
