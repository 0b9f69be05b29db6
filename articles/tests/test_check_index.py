"""check_index finds and repairs a search index that drifted from the database."""

import io

import pytest
from django.core.management import CommandError, call_command
from haystack import connections

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_index_in_step_after_import(seeds):
    out = io.StringIO()
    call_command("check_index", stdout=out)
    assert "en accord" in out.getvalue()


def test_drift_is_reported_then_fixed(seeds):
    connections["default"].get_backend().remove(f"articles.article.{seeds['000'].pk}")
    with pytest.raises(CommandError, match="--fix"):
        call_command("check_index", stdout=io.StringIO())
    out = io.StringIO()
    call_command("check_index", "--fix", stdout=out)
    assert "articles : 5 en base, 4 dans l'index" in out.getvalue() and "réparé" in out.getvalue()
    assert Article.objects.count() == 5
    call_command("check_index", stdout=io.StringIO())


def test_a_missing_and_a_ghost_document_are_found_even_when_the_counts_agree(seeds):
    from articles.indexing import drain

    ghost = Article.objects.create(title="Fantôme", body="Un article disparu.", slug="fantome", year=2018)
    drain()
    Article.objects.filter(pk=ghost.pk)._raw_delete("default")  # gone without a signal
    connections["default"].get_backend().remove(f"articles.article.{seeds['000'].pk}")
    with pytest.raises(CommandError, match="--fix"):
        out = io.StringIO()
        call_command("check_index", stdout=out)
    assert "articles : 5 en base, 5 dans l'index (1 absent(s) de l'index, 1 en trop)" in out.getvalue()
    call_command("check_index", "--fix", stdout=io.StringIO())
    call_command("check_index", stdout=io.StringIO())


def test_fix_rewrites_only_the_documents_that_differ(seeds, monkeypatch):
    from articles import indexing

    connections["default"].get_backend().remove(f"articles.article.{seeds['002'].pk}")
    applied = []
    update_objects = indexing.update_objects
    monkeypatch.setattr(indexing, "update_objects",
                        lambda model, pks: applied.append((model, list(pks))) or update_objects(model, pks))
    call_command("check_index", "--fix", stdout=io.StringIO())
    assert applied == [(Article, [seeds["002"].pk])]  # not the archive's every record
    out = io.StringIO()
    call_command("check_index", stdout=out)
    assert "en accord" in out.getvalue()
