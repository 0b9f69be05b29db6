"""unique_slug: a free slug in one query, however many namesakes the archive holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Speaker, unique_slug

pytestmark = pytest.mark.django_db


def speakers_with(*slugs: str) -> None:
    Speaker.objects.bulk_create([Speaker(name=slug, slug=slug, kind="person") for slug in slugs])


def test_a_new_name_keeps_its_plain_slug():
    speakers_with("maire-adjoint")
    assert unique_slug(Speaker, "Le maire", "orateur") == "le-maire"


def test_a_taken_slug_gets_the_suffix_after_the_highest_one():
    speakers_with("maire", "maire-2", "maire-7", "maire-adjoint", "maire-de-lyon", "mairesse")
    assert unique_slug(Speaker, "Maire", "orateur") == "maire-8"


def test_a_suffix_alone_still_counts_as_taken():
    speakers_with("maire-3")
    assert unique_slug(Speaker, "Maire", "orateur") == "maire-4"


def test_an_empty_name_falls_back_on_the_default():
    speakers_with("orateur")
    assert unique_slug(Speaker, "« »", "orateur") == "orateur-2"


def test_the_three_thousandth_namesake_costs_one_query():
    speakers_with("porte-parole", *(f"porte-parole-{n}" for n in range(2, 3001)))
    with CaptureQueriesContext(connection) as queries:
        slug = unique_slug(Speaker, "Porte-parole", "orateur")
    assert slug == "porte-parole-3001"
    assert len(queries) == 1
