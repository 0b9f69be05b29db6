import pytest

from articles.citations import marked_words, quote_window, reference, render_quote

LONG = " ".join(f"mot{n}" for n in range(300)) + " Russie " + " ".join(f"fin{n}" for n in range(300))


def test_short_quote_is_shown_whole_in_guillemets_when_direct():
    text = "Nous restons ouverts au dialogue avec la Russie, et nous le resterons"
    assert render_quote(text, "direct") == f"«\u00a0{text}\u00a0»"
    assert render_quote(text, "indirect") == text


def test_long_quote_is_a_window_around_the_searched_word_cut_between_words():
    shown, before, after = quote_window(LONG, ["Russie"], limit=200)
    assert before and after and "Russie" in shown and len(shown) <= 200
    assert shown.split()[0] in LONG.split() and shown.split()[-1] in LONG.split()  # no word cut
    html = render_quote(LONG, "direct", "… <mark>Russie</mark> …", limit=200)
    assert html.startswith("«\u00a0… ") and html.endswith(" …\u00a0»") and "<mark>Russie</mark>" in html


def test_long_quote_without_a_mark_starts_at_its_beginning():
    shown, before, after = quote_window(LONG, [], limit=200)
    assert shown.startswith("mot0 ") and not before and after


def test_searched_words_are_marked_whole_and_the_rest_escaped():
    html = render_quote("La Russie & la russe <b>", "indirect", "<mark>Russie</mark> x")
    assert html == "La <mark>Russie</mark> &amp; la russe &lt;b&gt;"


@pytest.mark.parametrize("snippet, words", [
    ("a <mark>l&#x27;OTAN</mark> b <mark>OTAN</mark>", ["l'OTAN", "OTAN"]),
    ("", []),
    (None, []),
])
def test_marked_words(snippet, words):
    assert marked_words(snippet) == words


def test_reference_leaves_out_what_is_unknown():
    assert reference("Tass", "", "2 février 2018", "http://x/articles/a/#citation-3") == (
        "Tass, 2 février 2018, http://x/articles/a/#citation-3"
    )
