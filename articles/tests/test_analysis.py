import pytest

from articles.analysis import analyse_terms, fold_accents, french_analyzer, french_ngram_analyzer


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
