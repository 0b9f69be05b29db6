"""Quotes and speakers saved from the real seeds: one identity per person across articles."""

import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.attribution import attribute_article, load_speaker_index
from articles.models import Article, PendingUpdate, Quote, Speaker
from articles.quotes.model import ExtractedQuote

pytestmark = pytest.mark.django_db

EXPECTED = {
    "000": {"Sergueï Lavrov": 4, "TASS": 1},
    "001": {"Maria Zakharova": 4},
    "002": {"ministère russe des Affaires étrangères": 2, "Sergueï Lavrov": 3, "partie turque": 1},
    "003": {"Jens Stoltenberg": 5},
    "004": {"Maria Zakharova": 3, "Dimitri Peskov": 1},
}
MENTIONED_ONLY = [
    "Alfano", "Huntsman", "Cavusoglu", "Poutine", "Erdogan", "Patrouchev", "Sullivan", "Trump", "Kremlin",
]


def quotes_by_speaker(article) -> dict[str, int]:
    return dict(Counter(q.speaker.name.lower() for q in article.quotes.filter(status__in=Quote.SHOWN)))


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_speakers_and_quote_counts(seeds, seed):
    expected = {name.lower(): n for name, n in EXPECTED[seed].items()}
    assert quotes_by_speaker(seeds[seed]) == expected


def test_one_speaker_per_person_across_the_archive(seeds):
    zakharova = Speaker.objects.get(name="Maria Zakharova")
    assert {q.article.raw_name[:3] for q in zakharova.quotes.all()} == {"001", "004"}
    assert {"Maria Zahkharova", "Mme Zakharova", "Maria Zakharova"} <= set(zakharova.aliases)
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    assert {q.article.raw_name[:3] for q in lavrov.quotes.all()} == {"000", "002"}
    assert "M. Lavrov" in lavrov.aliases
    assert Speaker.objects.filter(search_key__contains="lavrov").count() == 1


@pytest.mark.parametrize("name", MENTIONED_ONLY)
def test_people_merely_mentioned_are_not_speakers(seeds, name):
    assert not Speaker.objects.filter(search_key__contains=name.lower()).exists()


def test_kinds_and_roles(seeds):
    assert Speaker.objects.get(name="Sergueï Lavrov").kind == Speaker.PERSON
    assert Speaker.objects.get(name__iexact="ministère russe des Affaires étrangères").kind == Speaker.ORGANISATION
    roles = set(Speaker.objects.get(name="Maria Zakharova").appearances.values_list("role", flat=True))
    assert "porte-parole du ministère russe des Affaires étrangères" in roles


def test_quote_records_keep_text_position_verb_and_attribution(seeds):
    article = seeds["003"]
    quotes = list(article.quotes.order_by("start"))
    for quote in quotes:
        assert article.body[quote.start:quote.end] == quote.text
    direct = [q for q in quotes if q.kind == Quote.DIRECT]
    assert {q.text for q in direct} >= {"Nous restons ouverts au dialogue avec la Russie"}
    assert {q.attribution for q in quotes} >= {"name", "title", "pronoun"}
    assert any(q.verb == "a-t-il dit" for q in quotes)


def test_reextraction_is_idempotent(seeds):
    before = list(Quote.objects.order_by("pk").values())
    speakers = list(Speaker.objects.order_by("pk").values())
    call_command("extract_quotes", stdout=io.StringIO())
    call_command("extract_quotes", "--article", str(seeds["002"].pk), stdout=io.StringIO())
    assert list(Quote.objects.order_by("pk").values()) == before
    assert list(Speaker.objects.order_by("pk").values()) == speakers


def test_rejected_quote_stays_rejected(seeds):
    quote = seeds["000"].quotes.get(speaker__name__iexact="TASS")
    quote.status = Quote.REJECTED
    quote.save()
    call_command("extract_quotes", stdout=io.StringIO())
    assert Quote.objects.get(pk=quote.pk).status == Quote.REJECTED
    assert "tass" not in quotes_by_speaker(seeds["000"])


def test_curator_merge_survives_reextraction(seeds):
    # Suppose extraction had split Peskov in two: a curator merges the duplicate.
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    duplicate = Speaker.objects.create(name="Dmitri Peskov", slug="dmitri-peskov", kind=Speaker.PERSON)
    duplicate.merged_into = peskov
    duplicate.save()
    call_command("extract_quotes", stdout=io.StringIO())
    assert Speaker.objects.get(pk=duplicate.pk).merged_into == peskov
    assert quotes_by_speaker(seeds["004"])["dimitri peskov"] == 1


def test_namesakes_are_not_merged(search_index):
    index = load_speaker_index()
    bill = Article.objects.create(title="a", slug="a", body="« Nous allons gagner », a déclaré Bill Clinton, ancien président américain.")
    hillary = Article.objects.create(title="b", slug="b", body="« Nous allons gagner », a déclaré Hillary Clinton, candidate démocrate.")
    attribute_article(bill, index)
    attribute_article(hillary, index)
    assert sorted(Speaker.objects.values_list("name", flat=True)) == ["Bill Clinton", "Hillary Clinton"]


def test_an_articles_new_quotes_are_queued_for_the_index_in_one_insert(search_index):
    body = " ".join(f"« Nous tiendrons le cap numéro {n} », a déclaré Bill Clinton." for n in range(6))
    article = Article.objects.create(title="a", slug="a", body=body)
    with CaptureQueriesContext(connection) as queries:
        attribute_article(article, load_speaker_index())
    inserts = [q["sql"] for q in queries if q["sql"].startswith('INSERT INTO "articles_pendingupdate"')]
    assert len(inserts) == 1
    queued = set(PendingUpdate.objects.values_list("label", "object_id"))
    assert {("articles.quote", pk) for pk in article.quotes.values_list("pk", flat=True)} <= queued
    assert ("articles.article", article.pk) in queued and article.quotes.count() == 6


def test_speaker_created_by_a_concurrent_import_is_reused(search_index):
    index = load_speaker_index()  # loaded before the other import ran
    other = Speaker.objects.create(name="Emmanuel Macron", slug="emmanuel-macron", aliases={"Emmanuel Macron": 1})
    article = Article.objects.create(title="t", slug="t", body="« Nous tiendrons bon », a déclaré Emmanuel Macron.")
    attribute_article(article, index)
    assert list(Speaker.objects.values_list("pk", flat=True)) == [other.pk]
    assert article.quotes.get().speaker == other


def _said_by(name: str) -> ExtractedQuote:
    return ExtractedQuote(speaker=name, kind="person", role=None, aliases=(name,), text="Nous verrons.",
                          direct=True, verb="a dit", start=0, end=13, attribution="name")


def test_a_speaker_another_import_committed_before_ours_is_found():
    """Two imports at once: the other one's new speaker has a smaller pk than the one we just made."""
    ours = load_speaker_index()
    theirs = Speaker.objects.create(name="Jeanne Roussel", slug="jeanne-roussel")  # committed by the other import
    ours.add(Speaker.objects.create(name="Paul Martin", slug="paul-martin"))  # then one of our own
    assert ours.match(_said_by("Jeanne Roussel")) == theirs.pk
