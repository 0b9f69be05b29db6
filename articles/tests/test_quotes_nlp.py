"""The dependency-parse fallback of quote extraction (spaCy's French model, loaded once)."""

import pytest

from articles.quotes import extract_quotes, nlp

LONG_SUBJECT = ("Le chef de l'opposition, qui s'exprimait samedi devant une centaine de militants réunis dans "
                "la banlieue de Dakar pour le lancement de sa campagne, a martelé que le scrutin serait truqué.")


def test_the_parse_reads_a_subject_too_long_for_the_rules():
    quotes = extract_quotes(LONG_SUBJECT)
    assert [(q.speaker, q.text, q.verb) for q in quotes] == [
        ("chef de l'opposition", "le scrutin serait truqué", "a martelé")]


def test_without_the_parse_the_rules_alone_miss_it(monkeypatch):
    monkeypatch.setenv("NEWSARCHIVE_NLP", "0")
    assert extract_quotes(LONG_SUBJECT) == []


def test_the_model_is_loaded_once_per_process():
    nlp.parse("Le ministre a déclaré que la réforme passerait.")
    assert nlp._model() is nlp._model()
    assert nlp._model.cache_info().currsize == 1


@pytest.mark.parametrize("body", [
    "Le président du club a refusé de commenter la rumeur qui circule depuis lundi dans les vestiaires du stade.",
    "Le ministre ne pense pas que la réforme passera avant l'été, faute de majorité claire à l'Assemblée.",
])
def test_the_parse_adds_nothing_where_no_words_are_reported(body):
    assert extract_quotes(body) == []


def test_only_sentences_with_a_speech_verb_and_a_clause_are_parsed(monkeypatch):
    parsed = []
    monkeypatch.setattr(nlp, "parse", lambda text: parsed.append(text) or nlp._model()(text))
    extract_quotes("La pluie est tombée toute la nuit sur la ville. Les routes restent fermées jusqu'à nouvel ordre.")
    assert parsed == []


def test_a_verb_naming_a_thing_is_not_worth_a_parse(monkeypatch):
    calls = []
    original = nlp.parsed_statements
    monkeypatch.setattr(nlp, "parsed_statements", lambda ctx: calls.append(ctx) or original(ctx))
    extract_quotes("Le constructeur a annoncé jeudi la suppression de 1 100 postes dans ses usines.")
    assert calls == []
    extract_quotes(LONG_SUBJECT)
    assert len(calls) == 1


def test_the_parse_stops_a_few_words_into_the_clause_and_the_statement_runs_to_the_end(monkeypatch):
    seen = []
    original = nlp.parse
    monkeypatch.setattr(nlp, "parse", lambda text: seen.append(text) or original(text))
    body = LONG_SUBJECT[:-1] + " dès le premier tour, faute de contrôle sérieux des bureaux de vote par la commission électorale."
    quotes = extract_quotes(body)
    assert len(seen) == 1 and len(seen[0]) < len(body)
    assert quotes[0].text.endswith("par la commission électorale")


@pytest.mark.parametrize("body", [
    "Le suspect devait être présenté lundi à un juge d'instruction du tribunal de Rennes.",
    "Le film, qualifié de « choc » par plusieurs critiques, suit deux frères dans une guerre.",
])
def test_a_speech_verb_s_form_before_a_noun_is_not_worth_a_parse(monkeypatch, body):
    parsed = []
    monkeypatch.setattr(nlp, "parse", lambda text: parsed.append(text) or nlp._model()(text))
    extract_quotes(body)
    assert parsed == []


@pytest.mark.parametrize("body", [
    "Le tribunal condamne Rapidex à verser à M. Benali quelque 12 000 euros d’arriérés.",
    "Le juge des référés a condamné l’exploitant à remettre le site en état avant l’été.",
])
def test_an_infinitive_after_the_verb_s_object_is_a_ruling_not_words(body):
    assert extract_quotes(body) == []


def test_an_infinitive_right_after_the_verb_is_still_the_subject_s_words():
    quotes = extract_quotes("Le chef de l'opposition, qui s'exprimait samedi devant une centaine de militants réunis "
                            "à Dakar pour sa campagne, affirme avoir été menacé par des inconnus.")
    assert [(q.speaker, q.text) for q in quotes] == [("chef de l'opposition", "avoir été menacé par des inconnus")]
