"""Curators merge speakers and reject quotes in the admin; extraction respects it."""

import io

import pytest
from django.core.management import call_command

from articles.curation import merge_speakers
from articles.models import Quote, Speaker

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


def test_admin_merge_action(admin_client, seeds):
    zakharova = Speaker.objects.get(name="Maria Zakharova")
    copy = Speaker.objects.create(name="M. Zakharova", slug="m-zakharova")
    response = admin_client.post("/admin/articles/speaker/", {
        "action": "merge_selected", "_selected_action": [zakharova.pk, copy.pk],
    })
    assert response.status_code == 302
    assert Speaker.objects.get(pk=copy.pk).merged_into == zakharova


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
