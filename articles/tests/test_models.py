"""Article.neighbours: previous/next in time, ties broken by id, served by the date index."""

import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article

pytestmark = pytest.mark.django_db


def make_articles(count: int, seed: int = 3) -> list[Article]:
    """Articles on few distinct days and times, so many share the same moment; some undated."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        dated = rng.random() > 0.1
        made.append(Article.objects.create(
            title=f"Article {n}", slug=f"article-{n}", body="Un texte.",
            year=rng.choice([2016, 2017]) if dated else None, month=rng.randint(1, 2), day=rng.randint(1, 3),
            time=rng.choice([None, datetime.time(8, 45)])))
    return made


def test_neighbours_follow_date_then_id_order_even_on_ties():
    make_articles(80)
    timeline = sorted(Article.objects.exclude(published=None), key=lambda a: (a.published, a.pk))
    assert len({a.published for a in timeline}) < len(timeline) / 2  # many ties to break
    for index, article in enumerate(timeline):
        before, after = article.neighbours()
        assert before == (timeline[index - 1] if index else None)
        assert after == (timeline[index + 1] if index + 1 < len(timeline) else None)


def test_undated_articles_have_no_neighbours():
    undated = Article.objects.create(title="Sans date", slug="sans-date", body="Texte.", month=2, day=3)
    make_articles(5)
    assert undated.neighbours() == (None, None)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plans")
def test_neighbour_queries_seek_the_date_index_instead_of_scanning():
    # An OR of "earlier" and "same moment, smaller id" is planned well on small tables but
    # becomes a MULTI-INDEX OR plus a sort of the whole range at ~100,000 rows (400 ms):
    # each query must be one range of the date index, with no OR to re-plan.
    rng = random.Random(5)
    Article.objects.bulk_create(
        Article(title=f"Article {n}", slug=f"article-{n}", body="Un texte.", published=datetime.datetime(
            rng.randint(2000, 2024), rng.randint(1, 12), rng.randint(1, 28), tzinfo=datetime.UTC))
        for n in range(3000))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    middle = Article.objects.order_by("published", "pk")[1500]
    with CaptureQueriesContext(connection) as queries:
        middle.neighbours()
    assert 2 <= len(queries) <= 4
    with connection.cursor() as cursor:
        for query in queries:
            cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
            plan = " | ".join(row[-1] for row in cursor.fetchall())
            assert "SEARCH articles_article USING INDEX" in plan, plan
            assert "MULTI-INDEX OR" not in plan and "TEMP B-TREE" not in plan, plan
            assert " OR " not in query["sql"]
