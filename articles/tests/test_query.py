"""The query parser: the user's string → clauses, never an exception."""

import pytest

from articles.query import MAX_QUERY_CHARS, MAX_TERMS, Term, parse_query


def clauses(q):
    return [[(t.text, t.field, t.phrase, t.prefix, t.negated) for t in clause] for clause in parse_query(q).clauses]


@pytest.mark.parametrize("q, expected", [
    ("élection Russie", [[("élection", None, False, False, False)], [("Russie", None, False, False, False)]]),
    ('"New START"', [[("New START", None, True, False, False)]]),
    ("« sécurité collective »", [[("sécurité collective", None, True, False, False)]]),
    ("“New START”", [[("New START", None, True, False, False)]]),
    ("Lavrov OR Zakharova", [[("Lavrov", None, False, False, False), ("Zakharova", None, False, False, False)]]),
    ("Lavrov OU Zakharova", [[("Lavrov", None, False, False, False), ("Zakharova", None, False, False, False)]]),
    ("Russie -Turquie", [[("Russie", None, False, False, False)], [("Turquie", None, False, False, True)]]),
    ("Russie NOT Turquie", [[("Russie", None, False, False, False)], [("Turquie", None, False, False, True)]]),
    ("négoci*", [[("négoci", None, False, True, False)]]),
    ("titre:OTAN", [[("OTAN", "title", False, False, False)]]),
    ("title:OTAN", [[("OTAN", "title", False, False, False)]]),
    ("orateur:lavrov", [[("lavrov", "speaker", False, False, False)]]),
    ("speaker:lavrov", [[("lavrov", "speaker", False, False, False)]]),
    ('source:"Le Monde"', [[("Le Monde", "source", True, False, False)]]),
    ("l'OTAN", [[("l'OTAN", None, False, False, False)]]),
    ("l’OTAN", [[("l’OTAN", None, False, False, False)]]),
])
def test_query_syntax(q, expected):
    assert clauses(q) == expected


@pytest.mark.parametrize("q", ["", "   ", "*", "?", "AND OR NOT", "title:(", "((", "-", "NOT", "orateur:"])
def test_queries_without_words_are_empty(q):
    assert parse_query(q).is_empty


def test_unclosed_quote_degrades_to_words_with_a_notice():
    parsed = parse_query('"unclosed phrase')
    assert clauses('"unclosed phrase') == [[("unclosed", None, False, False, False)], [("phrase", None, False, False, False)]]
    assert any("Guillemet non fermé" in n for n in parsed.notices)


def test_unknown_field_is_searched_as_words_with_a_notice():
    parsed = parse_query("auteur:dupont")
    assert not parsed.is_empty and any("Champ inconnu" in n for n in parsed.notices)


def test_only_exclusions_is_refused_with_a_notice():
    parsed = parse_query("-Russie")
    assert parsed.is_empty and parsed.notices


def test_overlong_query_is_cut_with_a_notice():
    parsed = parse_query("mot " * 5000)
    assert len(parsed.clauses) == MAX_TERMS
    assert any(str(MAX_QUERY_CHARS) in n for n in parsed.notices)


def test_terms_lists_every_term():
    assert parse_query("a OR b -c").terms() == [Term("a"), Term("b"), Term("c", negated=True)]
