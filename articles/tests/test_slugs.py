"""unique_slug: a free slug in a few index seeks, however many namesakes the archive holds."""

import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Speaker, unique_slug

pytestmark = pytest.mark.django_db


def speakers_with(*slugs: str) -> None:
    Speaker.objects.bulk_create([Speaker(name=slug, slug=slug, kind="person") for slug in slugs])


def test_a_new_name_keeps_its_plain_slug():
    speakers_with("maire-adjoint", "maire-2")
    assert unique_slug(Speaker, "Maire", "orateur") == "maire"


def test_a_taken_slug_gets_a_free_suffix():
    speakers_with("maire", "maire-2", "maire-4", "maire-adjoint")
    slug = unique_slug(Speaker, "Maire", "orateur")
    assert slug.startswith("maire-") and slug[len("maire-"):].isdigit()
    assert not Speaker.objects.filter(slug=slug).exists()


def test_an_empty_name_falls_back_on_the_default():
    speakers_with("orateur")
    assert unique_slug(Speaker, "« »", "orateur") == "orateur-2"


def test_the_next_of_many_namesakes_is_the_first_free_suffix_in_a_few_queries():
    speakers_with("porte-parole", *(f"porte-parole-{n}" for n in range(2, 3001)))
    with CaptureQueriesContext(connection) as queries:
        slug = unique_slug(Speaker, "Porte-parole", "orateur")
    assert slug == "porte-parole-3001"
    assert len(queries) <= 2 * math.ceil(math.log2(3001)) + 2  # never one query per namesake


def test_a_hole_left_by_a_merge_is_filled():
    speakers_with("maire", "maire-2", "maire-3", "maire-5", "maire-6", "maire-7", "maire-8")
    assert unique_slug(Speaker, "Maire", "orateur") == "maire-4"
