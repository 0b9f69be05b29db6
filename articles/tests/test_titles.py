"""The `shorten` filter: titles in lists and links cut at a word, never inside one."""

import pytest

from articles.templatetags.titles import shorten


@pytest.mark.parametrize("title, limit, shown", [
    ("Le gouvernement annonce le report de la réforme", 35, "Le gouvernement annonce le report…"),
    ("Le gouvernement annonce le report de la réforme", 70, "Le gouvernement annonce le report de la réforme"),
    ("La Russie, l'OTAN et les observateurs de l'OSCE", 20, "La Russie, l'OTAN…"),
    ("Anticonstitutionnellement", 10, "Anticonstitutionnellement"),
    ("Anticonstitutionnellement voté", 10, "Anticonstitutionnellement…"),
])
def test_shorten_cuts_at_a_word_boundary(title, limit, shown):
    assert shorten(title, limit) == shown
