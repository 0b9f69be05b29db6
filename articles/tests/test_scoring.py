import random

import pytest
import numpy as np
from haystack import connections
from whoosh import query
from whoosh.searching import Searcher

from articles.backends import SharedSearcher, postings, scoring
from articles.models import Article, Source
from articles.query import parse_query
from articles.search import build_search
from articles.filters import Filters
from articles.search_indexes import ArticleIndex
from articles.tests.test_backends import make_article

pytestmark = pytest.mark.django_db

COMMON = "ministre gouvernement déclaration pays accord sommet élections".split()
MIDDLE = "frontière sanctions pipeline observateurs traité armement réfugiés Russie sécurité".split()
RARE = "Zakharova Ankara Vilnius hydrogène chalutiers moratoire quinquennat bauxite".split()
FACETS = ("speakers", "year", "year_month", "source", "quote_kinds")
QUERIES = [
    "élections", "ministre", "Zakharova", "Russie sécurité", "sanctions pipeline Ankara", "titre:Vilnius",
    "orateur:Lavrov", "élection", "introuvable", "l'OTAN", "ministre OR bauxite", "hydrogène moratoire",
    # phrases: two and three words, a word repeated, in and out of order, within a field, with a word
    '"ministre gouvernement"', '"gouvernement ministre"', '"accord sommet élections"', '"ministre ministre"',
    'titre:"Russie sécurité"', '"Russie sécurité" ministre', '"Zakharova introuvable"', '"sommet"',
]


@pytest.fixture
def corpus(search_index, monkeypatch):
    """60 articles of words of every frequency, written twelve at a time (five segments, fewer
    than a merge takes)."""
    rng = random.Random(11)
    speakers = ["Sergueï Lavrov", "Jens Stoltenberg", "Olena Zelenska"]
    chosen = {}
    monkeypatch.setattr(ArticleIndex, "prepare_speakers", lambda self, a: chosen[a.pk])
    monkeypatch.setattr(ArticleIndex, "prepare_speaker_names", lambda self, a: " | ".join(chosen[a.pk]))
    sources = [Source.objects.create(name=name, slug=name.lower()) for name in ("Le Monde", "Ria Novosti")]
    articles = []
    for n in range(60):
        words = rng.choices(COMMON, k=rng.randint(5, 40)) + rng.choices(MIDDLE, k=rng.randint(0, 6))
        words += rng.sample(RARE, rng.randint(0, 2))
        title = " ".join(rng.sample(MIDDLE + RARE, 2))
        article = make_article(title, "Le " + " et le ".join(words) + ".", source=rng.choice(sources + [None]),
                               year=rng.choice([2016, 2017, 2018]))
        chosen[article.pk] = rng.sample(speakers, rng.randint(0, 2))
        articles.append(article)
    index = connections["default"].get_unified_index().get_index(Article)
    for start in range(0, len(articles), 12):
        search_index.update(index, articles[start:start + 12])
    search_index.remove(articles[5])  # deletions left in their segment
    search_index.remove(articles[17])
    return articles


def run(text, pages=(1, 2), **filters):
    sqs = build_search(parse_query(text), Filters(**filters))
    for name in FACETS:
        sqs = sqs.facet(name)
    found = [[(r.pk, round(r.score, 9)) for r in sqs[(p - 1) * 10:p * 10]] for p in pages]
    return found, sqs.count(), sqs.facet_counts()


@pytest.mark.parametrize("cached_from", [postings.CACHED_FROM, 0])  # as served, or every list kept decoded
@pytest.mark.parametrize("text", QUERIES)
def test_pages_counts_and_facets_are_those_of_whooshs_exhaustive_scoring(corpus, monkeypatch, text, cached_from):
    monkeypatch.setattr(postings, "CACHED_FROM", cached_from)
    ours = run(text)
    assert run(text) == ours  # the second time from the decoded lists, if kept
    monkeypatch.setattr(scoring, "scorable", lambda searcher, q: False)  # Whoosh scores every match
    assert ours == run(text)


@pytest.mark.parametrize("text", ["ministre", '"ministre gouvernement"'])
def test_decoded_postings_kept_still_leave_out_later_deletions(corpus, search_index, monkeypatch, text):
    def matches():
        with search_index.index.reading() as searcher:
            return scoring.evaluate(searcher, search_index.parser.parse(text))[0]  # no filter applied

    monkeypatch.setattr(postings, "CACHED_FROM", 0)
    (hits, _), count, _ = run(text)
    before = matches()
    first = Article.objects.get(pk=hits[0][0])
    with search_index.index.reading() as searcher:
        docnum = searcher.document_number(django_id=str(first.pk))
    search_index.remove(first)  # its segment stays, its postings as they were decoded
    after = matches()
    assert docnum in before and docnum not in after and len(after) == len(before) - 1
    (hits, _), later, _ = run(text)
    assert later == count - 1 and str(first.pk) not in [pk for pk, _ in hits]


def test_decoded_postings_outlive_the_commits_that_leave_their_segment(corpus, search_index, monkeypatch):
    reads = []
    read_blocks = postings._read_blocks
    monkeypatch.setattr(postings, "CACHED_FROM", 0)
    monkeypatch.setattr(postings, "_read_blocks", lambda *args: reads.append(args) or read_blocks(*args))
    run("ministre")
    first = len(reads)
    index = connections["default"].get_unified_index().get_index(Article)
    search_index.update(index, [corpus[0]])  # a new generation: a new segment, a deletion in an old one
    reads.clear()
    run("ministre")
    assert len(reads) < first  # at most the new segment's lists, not the others' again


def test_decoded_postings_stay_within_their_budget(corpus, monkeypatch):
    monkeypatch.setattr(postings, "CACHED_FROM", 0)
    monkeypatch.setattr(postings, "CACHE_BYTES", 2000)
    postings._CACHE.clear()
    monkeypatch.setattr(postings, "_CACHED", [0])
    for text in ("ministre", "gouvernement", "Russie sécurité", "élections"):
        run(text)
    held = sum(ids.nbytes + weights.nbytes for ids, weights in postings._CACHE.values())
    assert 0 < held == postings._CACHED[0] <= 2000


@pytest.mark.parametrize("text", ["", "élections", "Russie sécurité", '"ministre gouvernement"', "titre:Vilnius",
                                  "orateur:Lavrov", "élect*", "introuvable"])
@pytest.mark.parametrize("filters", [{"sort": "newest"}, {"sort": "oldest"}, {"sort": "newest", "year": 2017},
                                     {"sort": "oldest", "sources": ("Le Monde",)}])
def test_sorted_pages_counts_and_facets_are_those_of_whooshs_sorting(corpus, monkeypatch, text, filters):
    """Sorted from the cached key arrays: dates tie (one date a year), ties go by document."""
    ours = run(text, pages=(1, 2, 3), **filters)
    monkeypatch.setattr(SharedSearcher, "search", Searcher.search)  # Whoosh's sorting collector
    assert ours == run(text, pages=(1, 2, 3), **filters)


def test_sorted_searches_count_facets_from_arrays(corpus, search_index):
    with search_index.index.reading() as searcher:
        q = search_index.parser.parse("django_ct:articles.article")
        results = searcher.search(q, sortedby="date", reverse=True, limit=5)
        assert isinstance(searcher.sort_keys("date"), np.ndarray)
        assert hasattr(results.docs(), "array") and len(results) == len(corpus) - 2
        assert list(results.docs()) == sorted(Searcher.search(searcher, q, limit=None).docs())


@pytest.mark.parametrize("text", ["", "élections", "élect*"])
def test_a_facet_size_keeps_the_first_values_of_the_full_ranking(corpus, text):
    sqs = build_search(parse_query(text), Filters())
    every = sqs.facet("speakers").facet_counts()["fields"]["speakers"]
    assert len(every) == 4  # three speakers and None, counts tied or not
    for size in (1, 2, 3):
        assert sqs.facet("speakers", size=size).facet_counts()["fields"]["speakers"] == every[:size]


def test_word_searches_are_scored_from_arrays(corpus, search_index, monkeypatch):
    calls = []
    evaluate = scoring.evaluate
    monkeypatch.setattr(scoring, "evaluate", lambda *args: calls.append(args[1]) or evaluate(*args))
    assert run("Russie sécurité")[1] > 0
    assert calls and isinstance(calls[0], query.And)


def test_every_match_is_scored_and_ranked_as_whoosh(corpus, search_index):
    with search_index.index.reading() as searcher:
        assert len(list(searcher.reader().leaf_readers())) > 1
        for text in QUERIES:
            q = search_index.parser.parse(text)
            if not scoring.scorable(searcher, q):
                continue
            theirs = searcher.search(q, limit=None, filter=None, mask=set())  # Whoosh's own, exhaustive
            ours = scoring.search(searcher, q, None)
            assert [hit.docnum for hit in ours] == [hit.docnum for hit in theirs]
            assert [hit.score for hit in ours] == pytest.approx([hit.score for hit in theirs], rel=1e-12)
            assert len(ours) == len(theirs) and ours.docs() == theirs.docs()
            top = scoring.search(searcher, q, 7)
            assert [hit.docnum for hit in top] == [hit.docnum for hit in theirs][:7] and len(top) == len(theirs)


def test_a_term_whose_postings_are_all_deleted_in_a_segment_matches_elsewhere(search_index, monkeypatch):
    index = connections["default"].get_unified_index().get_index(Article)
    gone = [make_article(f"Parti {n}", "Le quinquennat de Vilnius et le quinquennat.") for n in range(3)]
    kept = make_article("Resté", "Le quinquennat à Ankara.")
    search_index.update(index, gone)  # one segment, then another
    search_index.update(index, [kept])
    for article in gone:
        search_index.remove(article)
    ours = run("quinquennat")
    assert ours[1] == 1 and ours[0][0][0][0] == str(kept.pk)
    assert run("Vilnius")[1] == 0
    monkeypatch.setattr(scoring, "scorable", lambda searcher, q: False)
    assert ours == run("quinquennat")


def test_phrases_are_scored_from_arrays_and_need_their_words_in_sequence(corpus, monkeypatch):
    calls = []
    evaluate = scoring.evaluate
    monkeypatch.setattr(scoring, "evaluate", lambda *args: calls.append(args[1]) or evaluate(*args))
    phrase, reversed_, both = run('"ministre gouvernement"')[1], run('"gouvernement ministre"')[1], \
        run("ministre gouvernement")[1]
    assert len(calls) >= 2 and all(any(isinstance(part, query.Phrase) for part in q.leaves()) for q in calls[:2])
    assert 0 < phrase < both and 0 < reversed_ < both and phrase != reversed_
