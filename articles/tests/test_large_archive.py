"""Commands keep working on an archive of any size: no SQL list that grows with it."""

import io

import pytest
from django.core.management import call_command
from django.db import connection, connections
from haystack.query import SearchQuerySet

from articles import indexing
from articles.models import Article, Quote, Speaker, deferred_recounts
from articles.search_indexes import QuoteIndex

pytestmark = pytest.mark.django_db

ARTICLES, SPEAKERS_PER_ARTICLE = 1200, 2


@pytest.fixture
def large_archive():
    """1,200 articles quoting 2,400 distinct speakers, written without indexing them."""
    articles = [
        Article(title=f"Article {i}", slug=f"article-{i}", body=f"Le ministre {i} a parlé de la réforme.",
                year=2020, month=1 + i % 12, day=1 + i % 28)
        for i in range(ARTICLES)
    ]
    for article in articles:
        article.published = article.compute_published()
    Article.objects.bulk_create(articles)
    Speaker.objects.bulk_create(
        Speaker(name=f"Jeanne Martin-{i}", slug=f"jeanne-martin-{i}") for i in range(ARTICLES * SPEAKERS_PER_ARTICLE)
    )
    speakers = list(Speaker.objects.order_by("pk"))
    Quote.objects.bulk_create(
        Quote(article=article, speaker=speakers[n * SPEAKERS_PER_ARTICLE + k], text="la réforme",
              kind=Quote.DIRECT, start=k * 20, end=k * 20 + 10, attribution="test")
        for n, article in enumerate(Article.objects.order_by("pk"))
        for k in range(SPEAKERS_PER_ARTICLE)
    )
    _analyze_from_another_session()
    return speakers


def _analyze_from_another_session() -> None:
    """On PostgreSQL, let the planner see the tables as autovacuum does during a large import.

    ANALYZE from another session does not count the rows this test's open transaction wrote:
    the statistics then say the tables are empty, as they did in a whole-suite run, where a
    query that only a bad plan makes quadratic ran for over ten minutes.
    """
    if connection.vendor != "postgresql":
        return
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("ANALYZE articles_article, articles_quote, articles_speaker, articles_pendingupdate")
    finally:
        other.close()


def test_update_index_with_removal_survives_thousands_of_speakers(large_archive):
    call_command("update_index", "--remove", verbosity=0)
    assert SearchQuerySet().models(Article).count() == ARTICLES
    assert SearchQuerySet().models(Quote).count() == ARTICLES * SPEAKERS_PER_ARTICLE
    out = io.StringIO()
    call_command("check_index", stdout=out)
    assert "en accord" in out.getvalue()


def test_deferred_recounts_of_thousands_of_speakers(large_archive):
    with deferred_recounts():
        for quote in Quote.objects.all():
            quote.save()
    counts = set(Speaker.objects.values_list("quote_count", "article_count"))
    assert counts == {(1, 1)}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plans")
def test_after_a_drain_a_batch_of_quotes_is_read_by_primary_key_not_through_every_article(large_archive):
    # Without statistics, SQLite took `article.status = 'public'` for selective: it walked
    # every public article and probed the batch's list for each, a cost growing with the archive.
    pks = list(Quote.objects.order_by("-pk").values_list("pk", flat=True)[:500])
    indexing._apply({(Quote._meta.label_lower, pk) for pk in pks})
    sql, params = QuoteIndex().index_queryset().filter(pk__in=pks).order_by("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = [row[-1] for row in cursor.fetchall()]
    assert plan[0] == "SEARCH articles_quote USING INTEGER PRIMARY KEY (rowid=?)", plan
    assert SearchQuerySet().models(Quote).count() == 500
