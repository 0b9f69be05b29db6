"""Quote extraction: who speaks through a published text ("selon le bilan diffusé par …"), and
which of two bodies of one kind a later short naming points to."""

import pytest

from articles.quotes import extract_quotes


def attributed(body: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(body)]


def test_a_text_issued_by_a_body_makes_that_body_the_source_whatever_the_text_is_called():
    body = ("D'après le point de situation transmis mardi par la préfecture de l'Hérault, "
            "quatre routes restent coupées.")
    assert attributed(body) == [("préfecture de l'Hérault", "quatre routes restent coupées")]


def test_a_time_may_stand_between_the_participle_and_its_issuer():
    body = "Selon la liste publiée dans la matinée par la mairie de Brest, douze écoles resteront fermées."
    assert attributed(body) == [("mairie de Brest", "douze écoles resteront fermées")]


def test_a_text_issued_by_a_named_person_is_theirs():
    body = "D'après la vidéo relayée par Karine Oudin sur son compte, la digue a cédé vers minuit."
    assert attributed(body) == [("Karine Oudin", "la digue a cédé vers minuit")]


def test_a_text_issued_by_an_indefinite_group_has_no_speaker():
    assert extract_quotes("Selon un rapport publié par des chercheurs canadiens, la banquise recule.") == []


def test_a_participle_with_no_issuer_does_not_make_its_object_a_speaker():
    body = "Selon le chiffre annoncé en mars, la Ville de Lille comptait 3 000 logements vides."
    assert extract_quotes(body) == []


def test_a_bare_acronym_points_to_the_latest_body_whose_name_it_opens():
    body = ("L'Agence régionale de santé de Bretagne (ARS) fait état de « 40 cas confirmés ». "
            "Selon le bilan transmis par l'ARS Normandie, la région compte douze cas. "
            "« Les analyses sont en cours », précise l'ARS.")
    assert [q.speaker for q in extract_quotes(body)] == [
        "Agence régionale de santé de Bretagne", "ARS Normandie", "ARS Normandie"]


def test_a_bare_acronym_still_points_to_the_only_body_it_abbreviates():
    body = ("L'Agence régionale de santé de Bretagne (ARS) fait état de « 40 cas confirmés ». "
            "« Les analyses sont en cours », précise l'ARS.")
    assert [q.speaker for q in extract_quotes(body)] == ["Agence régionale de santé de Bretagne"] * 2


def test_a_body_s_one_word_name_goes_on_in_lower_case_after_its_kind():
    body = ("Le syndicat Force ouvrière dénonce un « passage en force ». "
            "L'ONG Médecins sans frontières a dénoncé « une catastrophe sanitaire ». "
            "L'association Action contre la faim estime que la situation « empire ».")
    assert [q.speaker for q in extract_quotes(body)] == [
        "Force ouvrière", "Médecins sans frontières", "Action contre la faim"]


def test_a_body_s_name_stops_at_a_day_or_its_verb():
    body = "La société Orange a indiqué mardi que le réseau était rétabli. Le groupe Vinci assure que le chantier avance."
    assert [q.speaker for q in extract_quotes(body)] == ["Orange", "Vinci"]


def test_on_speaks_for_the_body_a_fronted_place_names():
    body = ("Du côté de la préfecture, on assure que les travaux reprendront lundi. "
            "Chez Renault, on indique que l'usine rouvrira en mai. "
            "Au ministère de l'Intérieur, on fait valoir que les effectifs ont doublé. "
            "Du côté du Medef, on estime que la réforme « va dans le bon sens ».")
    assert [q.speaker for q in extract_quotes(body)] == [
        "préfecture", "Renault", "ministère de l'Intérieur", "Medef"]


def test_on_stays_nobody_after_a_generic_plural_a_place_or_a_time():
    body = ("Du côté des syndicats, on dénonce « une provocation ». Dans le quartier, on assure que rien n'a "
            "changé. Le soir venu, on assure que tout va bien.")
    assert extract_quotes(body) == []


def test_institutional_shapes_of_a_communique():
    body = ("Le Gouvernement tient à rassurer la population : aucune coupure n'est prévue. "
            "La Direction générale des impôts informe les contribuables : la date limite est repoussée. "
            "La Jirama présente ses excuses à ses abonnés et assure que le courant sera rétabli vendredi.")
    assert attributed(body) == [
        ("Gouvernement", "aucune coupure n'est prévue"),
        ("Direction générale des impôts", "la date limite est repoussée"),
        ("Jirama", "le courant sera rétabli vendredi")]


def test_a_verb_after_et_inside_a_que_clause_is_not_the_subject_s():
    body = "Le maire a annoncé que la rue serait fermée et assure que les commerces resteront ouverts."
    assert [q.speaker for q in extract_quotes(body)] == ["maire", "maire"]


def test_a_verb_after_et_with_an_act_of_nobody_named_reports_nothing():
    assert extract_quotes("Des habitants ont manifesté et assurent que rien ne changera.") == []


def test_advice_to_someone_reports_words_but_an_offer_does_not():
    body = ("L'ONG Global Witness recommande au gouvernement de suspendre les activités de l'usine. "
            "La chambre d'agriculture invite les exploitants sinistrés à déclarer leurs pertes. "
            "Le site Ozap propose de découvrir la bande-annonce.")
    assert [q.speaker for q in extract_quotes(body)] == ["Global Witness", "chambre d'agriculture"]


def test_an_acronym_after_a_body_s_kind_does_not_take_the_verb():
    body = "Lualaba : l'ONG OCRN accuse la société de polluer la rivière. L'ONG OCRN estime que « l'eau brûle la peau »."
    assert [q.speaker for q in extract_quotes(body)] == ["OCRN"]


def test_a_role_s_tail_before_the_verb_still_leaves_its_subject():
    body = ("Sophie Nguyen-Lavoie, responsable de l'habitation au comité exécutif, a pour sa part reconnu que "
            "« certains ajustements » étaient nécessaires. La ministre de la Justice, Carline Saint-Fleur, a "
            "condamné l'attaque. La titulaire de la Justice a appelé la population à « collaborer sans crainte ».")
    assert [q.speaker for q in extract_quotes(body)] == ["Sophie Nguyen-Lavoie"] + ["Carline Saint-Fleur"] * 2


def test_a_passive_judgement_in_quotation_marks_is_its_author_s():
    body = "La DDT promet des contrôles. Une réponse jugée « très insuffisante » par Thierry Bouchereau-Vallée."
    assert attributed(body) == [("Thierry Bouchereau-Vallée", "très insuffisante")]


def test_a_judgement_with_nobody_after_par_is_nobody_s():
    assert extract_quotes("Une réponse jugée « très insuffisante » par des éleveurs.") == []


def test_a_directive_after_et_and_a_quoted_act_is_the_subject_s():
    body = ("La Conelec « présente ses excuses à ses abonnés » et invite les usagers à « limiter l'usage "
            "des appareils ». M. Lavaud-Mercier a en revanche salué « le sang-froid » de la directrice.")
    assert [q.speaker for q in extract_quotes(body)] == ["Conelec", "Lavaud-Mercier"]


def test_a_body_s_name_with_an_ampersand_and_a_trade_as_a_role():
    body = ("Côté filière, la coopérative laitière Sèvre & Gâtine estime que la hausse est « insuffisante ». "
            "La céréalière de Thénezay, installée depuis 2019, a confié avoir « pensé à tout arrêter ».")
    assert [q.speaker for q in extract_quotes(body)] == ["Sèvre & Gâtine", "céréalière de Thénezay"]


@pytest.mark.parametrize("body, expected", [
    ("Le transport par voie ferrée est envisagé selon le ministre Paul Roy qui avance une date.",
     [("Paul Roy", "Le transport par voie ferrée est envisagé")]),
    ("Paris et Berlin sont d'accord selon Le Monde.", [("Le Monde", "Paris et Berlin sont d'accord")]),
    ("Les élèves sont classés selon leur âge.", []),
    ("Les prix varient selon les régions.", []),
    ("Le prix varie selon la saison, a indiqué Paul Roy.", [("Paul Roy", "Le prix varie selon la saison")]),
])
def test_a_closing_selon_needs_no_comma(body, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == expected
