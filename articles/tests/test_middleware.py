"""request_problem: which addresses are refused before any view, and why (pure)."""

import pytest
from django.http import QueryDict

from articles.middleware import MAX_PARAMETERS, MAX_PATH_CHARS, MAX_VALUE_CHARS, request_problem


@pytest.mark.parametrize("path, query", [
    ("/", ""), ("/", "q=%C3%A9lection+%C2%AB+New+START+%C2%BB"), ("/articles/12/", ""),
    ("/", "q=" + "x" * MAX_VALUE_CHARS), ("/", "q=%E2%80%A8%F0%9F%99%82"), ("/", "q=%ff%fe"),
    ("/", "&".join(["source=a"] * MAX_PARAMETERS)), ("/speakers/serguei-lavrov/", "page=2"),
])
def test_ordinary_addresses_pass(path, query):
    assert request_problem(path, QueryDict(query)) is None


@pytest.mark.parametrize("path, query, reason", [
    ("/", "q=a%00b", "caractère de contrôle"),
    ("/", "q=%09tab", "caractère de contrôle"),
    ("/", "q=%C2%85", "caractère de contrôle"),  # NEL, a C1 control
    ("/", "orateur=%7F", "caractère de contrôle"),
    ("/", "q%00=1", "Nom de paramètre invalide"),
    ("/", "q=" + "x" * (MAX_VALUE_CHARS + 1), "trop longue"),
    ("/", "&".join(["source=a"] * (MAX_PARAMETERS + 1)), "Trop de paramètres"),
    ("/speakers/a\x00b/", "", "caractère de contrôle"),
    ("/" + "a" * MAX_PATH_CHARS, "", "Adresse trop longue"),
])
def test_control_characters_and_oversized_parts_are_refused(path, query, reason):
    assert reason in request_problem(path, QueryDict(query))
