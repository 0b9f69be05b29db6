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


@pytest.mark.parametrize("q, words", [
    ("élection OR", ["élection"]),
    ("OR élection", ["élection"]),
    ("élection OU", ["élection"]),
    ("élection |", ["élection"]),
    ("élection AND", ["élection"]),
    ("élection ET", ["élection"]),
    ("élection -", ["élection"]),
    ("élection - vote", ["élection", "vote"]),
    ("élection NOT", ["élection"]),
    ("élection SAUF", ["élection"]),
    ("NOT élection OR", []),
])
def test_dangling_operators_are_dropped(q, words):
    parsed = parse_query(q)
    assert [t.text for t in parsed.terms() if not t.negated] == words


@pytest.mark.parametrize("q", ["élection OR", "OR élection", "élection NOT"])
def test_a_dropped_operator_is_named_in_a_notice(q):
    operator = next(word for word in q.split() if word.isupper())
    assert any(f"« {operator} »" in notice for notice in parse_query(q).notices)


def test_double_or_still_joins_its_neighbours():
    assert clauses("Lavrov OR OR Zakharova") == [
        [("Lavrov", None, False, False, False), ("Zakharova", None, False, False, False)]
    ]


@pytest.mark.parametrize("q, text", [("foo:bar", "bar"), ('auteur:"Jean Dupont"', "Jean Dupont")])
def test_unknown_field_searches_its_value_in_the_whole_text(q, text):
    parsed = parse_query(q)
    assert [(t.text, t.field) for t in parsed.terms()] == [(text, None)]
    assert any("Champ inconnu « " in n and f"« {text} »" in n for n in parsed.notices)


def test_a_web_address_is_words_not_a_field():
    parsed = parse_query("https://example.org/otan")
    assert not parsed.notices and parsed.terms()[0].field is None


@pytest.mark.parametrize("q, exact", [('"Russie"', True), ("« Russie »", True), ('"New START"', True),
                                      ("Russie", False), ('"Russie', False)])
def test_quoted_words_ask_for_the_exact_form(q, exact):
    assert all(t.exact == exact for t in parse_query(q).terms())
