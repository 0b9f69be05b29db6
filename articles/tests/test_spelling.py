"""Spelling dictionaries written per segment give the corrections Whoosh's own word walk gave."""

import io
import random

import pytest
from django.core.management import call_command
from haystack import connections
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import CLEAR, SegmentWriter

from articles.backends import spelling
from articles.search_indexes import ArticleIndex
from articles.tests.test_backends import make_article

pytestmark = pytest.mark.django_db


def whoosh_closest_word(reader, field, word, analyzer, counts=None):
    """The correction before the dictionaries: Whoosh's terms_within over the whole index.

    Ties go to the word in more documents, as counted by `counts` (default: `reader`).
    """
    spelling_field = reader.schema[field].spelling_fieldname(field)
    counts = counts or reader
    for distance in (1, 2) if len(word) > spelling.SHORT_WORD else (1,):
        candidates = [c for c in reader.terms_within(spelling_field, word, distance) if c != word]
        if candidates:
            def frequency(candidate):
                terms = [token.text for token in analyzer(candidate)]
                return counts.doc_frequency(field, terms[0]) if terms else 0

            return max(sorted(candidates), key=frequency)
    return None


def typos(words: list[str], rng: random.Random) -> list[str]:
    """A dropped, doubled, swapped or replaced letter in each word."""
    made = []
    for word in words:
        i = rng.randrange(1, len(word) - 1)
        made += [word[:i] + word[i + 1:], word[:i] + word[i] + word[i:],
                 word[:i - 1] + word[i] + word[i - 1] + word[i + 1:], word[:i] + "z" + word[i + 1:]]
    return made


@pytest.fixture
def segmented(search_index, seeds):
    """The seeds plus articles written one commit each: an index of several segments."""
    for n, text in enumerate(["Les négociations de Genève reprennent.", "Un accord commercial est signé.",
                              "Les manifestants réclament des élections anticipées."]):
        search_index.update(ArticleIndex(), [make_article(f"Dépêche {n}", text)])
    return search_index


def test_every_segment_has_its_dictionary(segmented):
    reader = segmented.index.searcher().reader()
    segments = [r.segment() for r, _ in reader.leaf_readers()]
    assert len(segments) > 1
    for segment in segments:
        assert segmented.index.storage.file_exists(spelling.spelling_file(segment, "spell_text"))


def written_by_whoosh(backend, folder, commits: int = 3):
    """The backend's documents written again by Whoosh's own writer (spelling words as
    postings, no dictionary files), in several commits: several segments, as `segmented`."""
    docs = list(backend._documents(ArticleIndex(), ArticleIndex().index_queryset().order_by("pk")))
    index = FileStorage(str(folder)).create_index(backend.schema)
    for start in range(commits):
        writer = SegmentWriter(index)
        for doc in docs[start::commits]:
            writer.add_document(**doc)
        writer.commit(merge=False)
    return index


def test_corrections_are_those_of_whoosh_on_a_multi_segment_index(segmented, tmp_path):
    reader = segmented.index.searcher().reader()
    # Several segments on both sides; document counts (ties) from our index, whose
    # replaced documents still count until merged.
    whoosh_reader = written_by_whoosh(segmented, tmp_path).reader()
    analyzer = segmented.schema["text"].analyzer
    words = sorted(w for w in whoosh_reader.field_terms("spell_text") if len(w) > 3)
    asked = typos(random.Random(4).sample(words, 60), random.Random(5))
    words = spelling.index_words(segmented.path, reader, "text")
    assert [spelling._closest_word(reader, "text", w, analyzer, words) for w in asked] == \
        [whoosh_closest_word(whoosh_reader, "text", w, analyzer, counts=reader) for w in asked]
    assert spelling._closest_word(reader, "text", "Stoltemberg".lower(), analyzer, words) == "stoltenberg"


def test_dictionaries_hold_the_words_whoosh_posted_and_no_posting_does(segmented, tmp_path):
    reader = segmented.index.searcher().reader()
    ours = set().union(*(spelling.read_segment_words(leaf, "spell_text") for leaf, _ in reader.leaf_readers()))
    assert ours == set(written_by_whoosh(segmented, tmp_path).reader().field_terms("spell_text"))
    assert not list(reader.field_terms("spell_text"))


def test_merged_segments_take_their_dictionary_and_drop_the_old_ones(segmented):
    storage = segmented.index.storage
    before = {name for name in storage.list() if name.endswith(".spl")}
    segmented._writer().commit(optimize=True)  # every segment merged into one
    after = {name for name in storage.list() if name.endswith(".spl")}
    assert after and not after & before
    assert connections["default"].get_backend().suggest("Stoltemberg") == "Stoltenberg"


def test_an_index_written_without_dictionaries_still_corrects(segmented):
    # As an index written before the dictionaries: Whoosh's own writer, spelling words as terms.
    docs = list(segmented._documents(ArticleIndex(), ArticleIndex().index_queryset()))
    writer = SegmentWriter(segmented.index._index)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit(mergetype=CLEAR)
    storage = segmented.index.storage
    for name in [name for name in storage.list() if name.endswith(".spl")]:
        storage.delete_file(name)
    spelling._WORDS.clear()  # as a process that never read this index's words
    assert connections["default"].get_backend().suggest("Jens Stoltemberg") == "Jens Stoltenberg"


def test_rebuild_index_writes_dictionaries(segmented):
    call_command("rebuild_index", interactive=False, verbosity=0, stdout=io.StringIO())
    storage = segmented.index.storage
    assert any(name.endswith(".spell_text.spl") for name in storage.list())
    assert connections["default"].get_backend().suggest("Lavrof") == "Lavrov"


def test_the_index_words_are_read_once_each_and_cover_every_segment(segmented):
    reader = segmented.index.searcher().reader()
    by_length = spelling.index_words(segmented.path, reader, "text")
    words = [word for length, group in by_length.items() for word in group if len(word) == length]
    per_segment = [spelling.read_segment_words(leaf, "spell_text") for leaf, _ in reader.leaf_readers()]
    assert len(per_segment) > 1 and sum(map(len, per_segment)) > len(words)  # segments share words
    assert sorted(words) == sorted(set().union(*per_segment))


def test_a_word_no_document_holds_any_more_is_not_suggested(segmented):
    backend = connections["default"].get_backend()
    lone = make_article("Dépêche", "Le vigneron Grollemund récolte ses vendanges.")
    segmented.update(ArticleIndex(), [lone])
    assert backend.suggest("Grollemond") == "Grollemund"  # the process now holds the word
    segmented.remove(lone)
    segmented._writer().commit(optimize=True)  # its segment merged away, the word with it
    assert backend.suggest("Grollemond") is None
