from articles.marking import Span, mark_quotes

BODY = 'Il a dit : "Nous restons ouverts", a-t-il ajouté.\n\nLa suite <b>ici</b>.'


def test_quote_gets_its_anchor_and_the_speaker_name_after_the_closing_mark():
    start = BODY.index("Nous")
    span = Span(start, start + len("Nous restons ouverts"), "Jens Stoltenberg", "/speakers/js/", "direct", "citation-7")
    first, second = mark_quotes(BODY, [span])
    assert '<span class="quote direct" id="citation-7">Nous restons ouverts</span>&quot; <a class="quote-by direct"' in first
    assert '<span class="visually-hidden">citation directe de </span>Jens Stoltenberg</a>, a-t-il' in first
    assert second == "La suite &lt;b&gt;ici&lt;/b&gt;."


def test_quote_across_a_paragraph_break_has_one_anchor_and_one_name():
    span = Span(BODY.index("ouverts"), BODY.index("suite"), "Tass", "/speakers/tass/", "indirect", "citation-1")
    html = "".join(mark_quotes(BODY, [span]))
    assert html.count('id="citation-1"') == 1 and html.count("quote-by") == 1
    assert html.index("quote-by") > html.index("La ")
