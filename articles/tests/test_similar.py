import random

import pytest
from haystack import connections
from haystack.query import SearchQuerySet
from haystack.utils import get_identifier

from articles.backends import similar
from articles.curation import set_article_status
from articles.indexing import drain
from articles.models import Article
from articles.search import similar_articles
from articles.tests.test_backends import make_article

pytestmark = pytest.mark.django_db

# Words of every frequency: some in nearly every article, some in a handful.
COMMON = "ministre gouvernement déclaration pays accord sommet".split()
MIDDLE = "frontière sanctions pipeline élections observateurs traité armement réfugiés".split()
RARE = "Zakharova Ankara Vilnius hydrogène chalutiers moratoire quinquennat bauxite".split()


def corpus_body(rng: random.Random) -> str:
    words = rng.choices(COMMON, k=25) + rng.choices(MIDDLE, k=8) + rng.sample(RARE, 2) * rng.randint(1, 3)
    rng.shuffle(words)
    return "Le " + " et le ".join(words) + "."


@pytest.fixture
def archive(search_index):
    """40 articles indexed four at a time (several segments), with words of every frequency."""
    rng = random.Random(7)
    articles = [make_article(f"Article {n}", corpus_body(rng)) for n in range(40)]
    index = connections["default"].get_unified_index().get_index(Article)
    for start in range(0, len(articles), 4):
        search_index.update(index, articles[start:start + 4])
    return articles


def whoosh_key_terms(searcher, docnum, max_docs):
    """Whoosh's own key terms (Bo1, normalized), those in at most `max_docs` documents, top 5."""
    every = searcher.key_terms([docnum], "text", numterms=10_000, normalize=True)
    return [(word, weight) for word, weight in every if searcher.doc_frequency("text", word) <= max_docs][:5]


def test_key_terms_are_whooshs_among_words_of_bounded_frequency(archive, search_index, monkeypatch):
    monkeypatch.setattr(similar, "MIN_KEY_TERM_DOCS", 12)
    bounded = 0
    with search_index.index.reading() as searcher:
        assert len(list(searcher.reader().leaf_readers())) > 1
        for article in archive[:10]:
            docnum = searcher.document_number(id=get_identifier(article))
            ours = similar.key_terms(searcher, docnum, "text")
            assert ours == whoosh_key_terms(searcher, docnum, 12)
            assert ours and all(searcher.doc_frequency("text", word) <= 12 for word, _ in ours)
            bounded += ours != searcher.key_terms([docnum], "text", normalize=True)
    assert bounded  # the bound left out some of Whoosh's key terms


def test_small_archives_keep_whooshs_key_terms(archive, search_index):
    with search_index.index.reading() as searcher:
        for article in archive[:5]:
            docnum = searcher.document_number(id=get_identifier(article))
            assert similar.key_terms(searcher, docnum, "text") == searcher.key_terms([docnum], "text", normalize=True)


def ranked(results) -> list[tuple[float, int]]:
    """Best first, then by document number; scores to 1e-9: Whoosh adds a document's term
    scores in an order that depends on its segment, which moves the last bits."""
    return sorted((-round(hit.score, 9), hit.docnum) for hit in results)


@pytest.mark.parametrize("min_docs", [12, 1000])
def test_scores_and_order_are_those_of_whooshs_exhaustive_search(archive, search_index, monkeypatch, min_docs):
    monkeypatch.setattr(similar, "MIN_KEY_TERM_DOCS", min_docs)
    search_index.remove(archive[3])  # a deleted document left in its segment
    with search_index.index.reading() as searcher:
        articles = searcher.matching(search_index.parser.parse("django_ct:articles.article"))
        allowed = searcher.matching_mask(search_index.parser.parse("django_ct:articles.article"))
        for article in archive[:10]:
            docnum = searcher.document_number(id=get_identifier(article))
            if docnum is None:
                continue
            ours = similar.more_like(searcher, docnum, "text", None, allowed)
            q = similar.key_terms_query(similar.key_terms(searcher, docnum, "text"), "text")
            theirs = searcher.search(q, limit=None, filter=articles, mask={docnum})
            assert ranked(ours) == ranked(theirs) and len(ours) == len(theirs) > 0
            assert [hit.score for hit in ours] == pytest.approx([hit.score for hit in theirs], rel=1e-12)
            top = similar.more_like(searcher, docnum, "text", 6, allowed)
            assert ranked(top) == ranked(theirs)[:6] and len(top) == len(theirs)


def test_hidden_and_deleted_articles_never_show_and_new_ones_can(archive, search_index):
    article = archive[0]
    shown = similar_articles(article)
    assert len(shown) == 5
    hidden, deleted = shown[0], shown[1]
    set_article_status(hidden, Article.HIDDEN, "doublon")
    deleted_pk = deleted.pk
    deleted.delete()
    twin = make_article("Le même", article.body)
    drain()  # the index follows the archive through its queue
    now = similar_articles(article)
    assert hidden not in now and deleted_pk not in [a.pk for a in now]
    assert now[0] == twin
    pks = [int(r.pk) for r in SearchQuerySet().models(Article).more_like_this(article)[:10]]
    assert hidden.pk not in pks and deleted_pk not in pks and twin.pk in pks


def test_an_article_without_text_has_no_similar_ones(search_index):
    article = make_article("Le vide", "")
    make_article("Le plein", "Le ministre et le sommet.")
    connections["default"].get_unified_index().get_index(Article).update()
    assert similar_articles(article) == []


def test_segments_keep_the_term_statistics_of_their_text(archive, search_index):
    from articles.backends.termstats import read_stats, term_hash

    with search_index.index.reading() as searcher:
        for leaf, _ in searcher.reader().leaf_readers():
            table = read_stats(leaf.storage(), leaf.segment(), "text")
            terms = list(leaf.iter_field("text"))
            assert table is not None and len(table) == len(terms) > 0
            stats = {int(row["hash"]): (float(row["weight"]), int(row["docs"])) for row in table}
            for btext, info in terms:
                assert stats[term_hash(btext)] == (info.weight(), info.doc_frequency())


def test_segments_without_statistics_are_asked_term_by_term(archive, search_index, monkeypatch):
    from articles.backends import searchers

    with search_index.index.reading() as searcher:
        docnum = searcher.document_number(id=get_identifier(archive[0]))
        with_files = similar.key_terms(searcher, docnum, "text")
    searchers._SEGMENT_TABLES.clear()
    monkeypatch.setattr(searchers, "read_stats", lambda *args: None)  # segments of an older index
    with search_index.index.reading() as searcher:
        words = [w.encode() for w in ("zakharova", "ministre", "introuvable")]
        weights, docs = searcher.term_stats("text", words)
        assert weights.tolist() == [float(searcher.frequency("text", w)) for w in words]
        assert docs.tolist() == [searcher.doc_frequency("text", w) for w in words]
        assert similar.key_terms(searcher, docnum, "text") == with_files
