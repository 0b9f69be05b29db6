"""Curator decisions (merge, undo, reassign, reject, hide) and how extraction respects them."""

import io

import pytest
from django.core.management import call_command

from articles import curation
from articles.curation import merge_speakers, reassign_quote, set_article_status, undo_merge
from articles.models import Article, Quote, Speaker, SpeakerMerge

pytestmark = pytest.mark.django_db


def test_merge_moves_quotes_and_aliases_and_survives_reextraction(client, seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    merge_speakers(lavrov, [peskov])  # a (wrong) curator decision, to see it stick
    call_command("extract_quotes", stdout=io.StringIO())
    peskov.refresh_from_db()
    assert peskov.merged_into == lavrov and not peskov.quotes.exists()
    assert lavrov.quotes.filter(article=seeds["004"]).count() == 1
    assert "Dimitri Peskov" in Speaker.objects.get(pk=lavrov.pk).aliases
    assert client.get(peskov.get_absolute_url()).status_code == 301
    data = client.get("/api/search/", {"orateur": lavrov.slug}).json()
    assert seeds["004"].pk in {r["id"] for r in data["results"]}


def test_admin_reject_action_hides_the_quote_everywhere(admin_client, client, seeds):
    quote = Quote.objects.get(speaker__name__iexact="tass")
    response = admin_client.post("/admin/articles/quote/", {"action": "reject", "_selected_action": [quote.pk]})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.status == Quote.REJECTED
    call_command("extract_quotes", stdout=io.StringIO())
    assert Quote.objects.get(pk=quote.pk).status == Quote.REJECTED
    assert quote.speaker.slug not in client.get("/api/speakers/").content.decode()


def test_curator_decision_holds_when_new_rules_cut_the_quote_differently(seeds):
    rejected = Quote.objects.filter(article=seeds["001"]).first()
    reassigned = Quote.objects.filter(article=seeds["004"], speaker__name="Maria Zakharova").first()
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    rejected.status = Quote.REJECTED
    rejected.save()
    reassign_quote(reassigned, peskov)
    # Stand-in for changed extraction rules: the stored spans no longer match the new ones exactly.
    Quote.objects.filter(pk=rejected.pk).update(start=rejected.start + 1)
    Quote.objects.filter(pk=reassigned.pk).update(end=reassigned.end - 1)
    call_command("extract_quotes", stdout=io.StringIO())
    for decided in (rejected, reassigned):
        overlapping = Quote.objects.filter(article=decided.article, start__lt=decided.end, end__gt=decided.start)
        assert list(overlapping) == [decided]  # no automatic copy came back beside the decision
    assert Quote.objects.get(pk=reassigned.pk).speaker == peskov


def test_undo_merge_restores_quotes_aliases_and_counts(seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    tass = Speaker.objects.get(name="Tass")
    before = (lavrov.quote_count, tass.quote_count, dict(lavrov.aliases), dict(tass.aliases))
    merge_speakers(lavrov, [tass])
    undo_merge(SpeakerMerge.objects.get(merged=tass))
    lavrov.refresh_from_db()
    tass.refresh_from_db()
    assert (lavrov.quote_count, tass.quote_count, lavrov.aliases, tass.aliases) == before
    assert tass.merged_into is None and tass.appearances.get().article == seeds["000"]
    assert not SpeakerMerge.objects.filter(undone__isnull=True).exists()


def test_undo_merge_brings_back_every_quote_when_they_outnumber_one_sql_list(seeds, monkeypatch):
    monkeypatch.setattr(curation, "CHUNK", 2)
    lavrov, zakharova = Speaker.objects.get(name="Sergueï Lavrov"), Speaker.objects.get(name="Maria Zakharova")
    hers = set(zakharova.quotes.values_list("pk", flat=True))
    assert len(hers) > 2 * curation.CHUNK
    merge_speakers(lavrov, [zakharova])
    undo_merge(SpeakerMerge.objects.get(merged=zakharova))
    assert set(Speaker.objects.get(pk=zakharova.pk).quotes.values_list("pk", flat=True)) == hers


def test_hidden_article_takes_its_speakers_counts_with_it(seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    set_article_status(seeds["000"], Article.HIDDEN, "erreur de flux")
    lavrov.refresh_from_db()
    assert (lavrov.quote_count, lavrov.article_count) == (3, 1)
    assert set_article_status(seeds["000"], Article.PUBLIC) and not set_article_status(seeds["000"], Article.PUBLIC)
    lavrov.refresh_from_db()
    assert (lavrov.quote_count, lavrov.article_count) == (7, 2)
    assert Article.objects.get(pk=seeds["000"].pk).hidden_reason == ""


def test_curator_renamed_speaker_keeps_the_name(admin_client, seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    admin_client.post(f"/admin/articles/speaker/{lavrov.pk}/change/", {
        "name": "Sergey Lavrov", "slug": lavrov.slug, "kind": "person", "gender": "m",
    })
    call_command("extract_quotes", stdout=io.StringIO())
    assert Speaker.objects.get(pk=lavrov.pk).name == "Sergey Lavrov"


def test_speaker_counts_follow_every_change(admin_client, seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    assert (lavrov.quote_count, lavrov.article_count) == (7, 2)
    quote = lavrov.quotes.filter(article=seeds["002"]).first()
    admin_client.post("/admin/articles/quote/", {"action": "reject", "_selected_action": [quote.pk]})
    lavrov.refresh_from_db()
    assert (lavrov.quote_count, lavrov.article_count) == (6, 2)
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    merge_speakers(lavrov, [peskov])
    lavrov.refresh_from_db()
    peskov.refresh_from_db()
    assert (lavrov.quote_count, lavrov.article_count) == (7, 3) and peskov.quote_count == 0
    seeds["004"].delete()
    lavrov.refresh_from_db()
    assert (lavrov.quote_count, lavrov.article_count) == (6, 2)
