import pytest

from articles.analysis import (
    analyse_terms, fold_accents, french_analyzer, french_exact_analyzer, french_ngram_analyzer, indexed_words,
    word_spans,
)


@pytest.mark.parametrize(
    "text, terms",
    [
        ("élection", ["election"]),
        ("élections", ["election"]),
        ("elections", ["election"]),
        ("Élection", ["election"]),
        ("ÉLECTIONS", ["election"]),
        ("observateur observateurs observatrices", ["observateu"] * 3),
        ("a observé", ["observ"]),
        ("Sergueï Serguei", ["serguei", "serguei"]),
        ("sécurité securite Sécurité", ["securit", "securit", "securit"]),
        ("cœur coeur", ["coeu", "coeu"]),
    ],
)
def test_inflections_and_accents_share_a_term(text, terms):
    assert analyse_terms(text) == terms


@pytest.mark.parametrize("text", ["l'OTAN", "l’OTAN", "L'OTAN", "OTAN", "otan", "d'OTAN"])
def test_elision_and_case_are_ignored(text):
    assert analyse_terms(text) == ["otan"]


@pytest.mark.parametrize(
    "text, terms",
    [
        ("d’observation", ["observ"]),
        ("qu'ils observent", ["observent"]),
        ("jusqu'à Moscou", ["moscou"]),
        ("lorsqu'il parle", ["parl"]),
        ("puisqu'elle presqu'île", ["ile"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("aujourd’hui", ["aujourd'hui"]),
        ("s'est entretenu", ["entretenu"]),
        ("c'est n'importe", ["import"]),
    ],
)
def test_elided_words(text, terms):
    assert analyse_terms(text) == terms


@pytest.mark.parametrize(
    "text, terms",
    [
        ("OTAN-Russie", ["otan", "rusie"]),
        ("a-t-il déclaré", ["declar"]),
        ("Jean-Yves Le Drian", ["jean", "yve", "drian"]),
    ],
)
def test_hyphens_split_words(text, terms):
    assert analyse_terms(text) == terms


@pytest.mark.parametrize(
    "text", ["les", "Les", "LES", "la", "des", "qui", "été", "ete", "même", "ils", "à", "y"]
)
def test_stop_words_are_dropped(text):
    assert analyse_terms(text) == []


@pytest.mark.parametrize(
    "words",
    [
        ["déclaré", "déclarée", "déclarés", "déclarées", "declaree"],
        ["arrivé", "arrivée", "arrivées"],
        ["présidentielle", "présidentielles", "presidentielle"],
    ],
)
def test_participles_conflate_once_folded(words):
    # Not with the infinitive: "porter" must not find "porte" (= "porté" once folded).
    assert len({term for word in words for term in analyse_terms(word)}) == 1


@pytest.mark.parametrize(
    "text, terms",
    [
        ("New START", ["new", "start"]),
        ("Le 5 février 2018", ["fevrier", "2018"]),
        ("Stoltenberg", ["stoltenberg"]),
    ],
)
def test_names_and_numbers(text, terms):
    assert analyse_terms(text) == terms


def test_offsets_point_at_the_original_words():
    text = "Selon l'OTAN, d’observation à Moscou."
    tokens = [(t.text, t.startchar, t.endchar) for t in french_analyzer()(text, chars=True)]
    assert tokens == [("selon", 0, 5), ("otan", 6, 12), ("observ", 14, 27), ("moscou", 30, 36)]
    words = [text[start:end] for _, start, end in tokens]
    assert words == ["Selon", "l'OTAN", "d’observation", "Moscou"]


def test_positions_close_up_over_stop_words():
    # So the phrase "ministre des Affaires" matches however the stop word is spelled.
    tokens = french_analyzer()("le ministre des Affaires étrangères", positions=True)
    assert [(t.text, t.pos) for t in tokens] == [("ministr", 1), ("afair", 2), ("etranger", 3)]


def test_stop_words_are_kept_marked_when_asked():
    tokens = [(t.text, t.stopped) for t in french_analyzer()("les élections", removestops=False)]
    assert tokens == [("les", True), ("election", False)]


def test_spelling_words_keep_their_accents():
    # Whoosh fills its spelling field with no_morph=True: readable words, not stems.
    words = [t.text for t in french_analyzer()("L'OTAN et Sergueï, les élections", no_morph=True)]
    assert words == ["otan", "sergueï", "élections"]


def test_the_analyzer_is_built_once():
    assert french_analyzer() is french_analyzer()


def test_edge_ngrams_are_folded():
    grams = [t.text for t in french_ngram_analyzer(2, 15, "start")("l'Élysée")]
    assert grams == ["el", "ely", "elys", "elyse", "elysee"]


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Sergueï Lavrov", "Serguei Lavrov"),
        ("Élysée", "Elysee"),
        ("cœur Œuvre", "coeur OEuvre"),
        ("aujourd’hui", "aujourd'hui"),
        ("ça été", "ca ete"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold_accents(text, folded):
    assert fold_accents(text) == folded


# Texts with what the one-pass analysis must get right: stop words first (positions start
# after them), elisions in both apostrophes, one-letter words, ligatures that grow when
# folded ("œ" → "oe"), accented stop words ("où", "à"), repeated words, digits, hyphens.
ONE_PASS_TEXTS = [
    "",
    "les",
    "Les élections où l'OTAN et l’ONU ont vu qu'à Moscou, a-t-il dit, rien n'était joué.",
    "À Œ œ y a-t-elle où ou 2018 2018 l' d'",
    "Le cœur, les cœurs ; jusqu'à présent, aujourd’hui comme aujourd'hui, ÉLECTIONS élections.",
    "OTAN-Russie : « Nous observerons », a déclaré Sergueï Lavrov ; observatrices et observateurs.",
]


def _raw_texts():
    from pathlib import Path

    raw = Path(__file__).resolve().parents[2] / "fixtures" / "raw"
    return [path.read_text(encoding="utf-8") for path in sorted(raw.glob("*.txt"))]


def _chain_positions(analyzer, text):
    positions = {}
    for token in analyzer(text, positions=True):
        positions.setdefault(token.text, []).append(token.pos)
    return positions


@pytest.mark.parametrize("text", ONE_PASS_TEXTS + _raw_texts())
def test_one_pass_gives_each_chains_terms_and_positions(text):
    words = indexed_words(text)
    assert words.stemmed == _chain_positions(french_analyzer(), text)
    assert words.exact == _chain_positions(french_exact_analyzer(), text)
    assert words.spelled == sorted({t.text for t in french_analyzer()(text, no_morph=True)})


def _chain_tokens(analyzer, text: str) -> list[tuple]:
    return [(t.startchar, t.endchar, t.text, t.stopped)
            for t in analyzer(text, chars=True, mode="index", removestops=False)]


@pytest.mark.parametrize("text", ONE_PASS_TEXTS + _raw_texts())
def test_word_spans_are_the_chains_tokens_with_their_characters(text):
    spans = word_spans(text)
    assert [(w.start, w.end, w.stem, w.stopped) for w in spans] == _chain_tokens(french_analyzer(), text)
    assert [(w.start, w.end, w.exact, w.stopped) for w in spans] == _chain_tokens(french_exact_analyzer(), text)
