"""Quote and speaker extraction (pure, no DB): bodies as speakers on real outlets — communiqués,
acronyms, institutions, collectives named in the plural."""

import pytest

from articles.quotes import extract_quotes

from .test_quotes import only


@pytest.mark.parametrize("body, speakers", [
    ("« La croissance ralentit », commentent les analystes de la Banque Lambert.", ["analystes de la Banque Lambert"]),
    ("Les syndicats CSC et FGTB ont affirmé que la grève continuerait.", ["syndicats CSC et FGTB"]),
    ("Les syndicats ont affirmé que la grève continuerait.", []),
    ("Les habitants de Lyon ont affirmé que la grève continuerait.", []),
])
def test_defined_collectives_speak_and_generic_plurals_do_not(body, speakers):
    assert [q.speaker for q in extract_quotes(body)] == speakers


@pytest.mark.parametrize("body", [
    "Selon une source au sein de l’administration fédérale, la hausse aurait pu dépasser les 6 %.",
    "D'après une source proche du ministère de l'Intérieur, le projet sera retiré.",
    "Selon des sources à la préfecture du Nord, la route restera fermée.",
])
def test_an_unnamed_source_inside_a_body_is_nobody_not_the_body(body):
    assert extract_quotes(body) == []


@pytest.mark.parametrize("body", [
    "La société a annoncé un « plan de sauvegarde de l'emploi » concernant 300 salariés.",
    "Ainsi, Awa Traoré rejoint le parti des « Forces nouvelles du progrès » en 2016.",
    "Le cinéaste Karim Dali présente cette semaine “Les Jours heureux” à Namur.",
    "Les ministres et la Banque centrale ont eu des échanges « francs et directs » mardi.",
])
def test_names_of_things_and_epithets_in_quotes_are_nobodys_words(body):
    assert extract_quotes(body) == []


def test_a_body_named_in_passing_does_not_make_the_person_before_it_a_body():
    body = ("Wendkouni Zerbo est venue au parti par son oncle.\n\n"
            "Elle rejoint ensuite le parti du « soleil levant », puis une association de quartier.\n\n"
            "« Je voulais être utile », confie-t-elle.")
    quote = only(body)
    assert (quote.speaker, quote.kind) == ("Wendkouni Zerbo", "person")


def test_a_body_named_in_apposition_with_its_acronym_keeps_both():
    body = ("Le consortium chargé du chantier, Tsiry Hydro Power (THP), affirme avoir respecté les normes. Selon THP, "
            "1 200 emplois seront créés.")
    expected = ("Tsiry Hydro Power", "consortium chargé du chantier")
    assert [(q.speaker, q.role) for q in extract_quotes(body)] == [expected] * 2


def test_a_body_s_name_inside_a_role_leaves_the_person_to_the_apposition():
    quote = only("Pour la présidente de l'union commerciale Cœur de Ville, Nadia Benali, « il aurait fallu nous "
                 "consulter ».")
    assert (quote.speaker, quote.role) == ("Nadia Benali", "présidente de l'union commerciale Cœur de Ville")


def test_a_photo_credit_is_nobody():
    body = ("La fête avait attiré 9 000 spectateurs l'été dernier. Archives G. C.\n\n"
            "Présentant le budget, l'adjointe aux finances a justifié cette coupe. « Ce n'est pas un choix de cœur », "
            "a insisté Martine Séguret. Selon l'élue, la commune doit trouver 280 000 euros d'économies.")
    assert [q.speaker for q in extract_quotes(body)] == ["Martine Séguret"] * 2


@pytest.mark.parametrize("body, speaker", [
    ("La préfecture du Nord a publié un communiqué mardi. « Les routes restent dangereuses », précise le communiqué.",
     "préfecture du Nord"),
    ("Le procureur Marc Vidal a signé un communiqué. Le document souligne que « les faits sont graves ».",
     "Marc Vidal"),
    ("Le ministère de la Santé a diffusé une note vendredi. Selon le texte, les vaccins arriveront lundi.",
     "ministère de la Santé"),
    ("Le communiqué de la mairie de Brest précise que les écoles rouvriront.", "mairie de Brest"),
    ("La mairie de Lyon a convoqué la presse jeudi. Le maire Grégory Doucet a signé un communiqué. "
     "« Les écoles rouvriront lundi », précise le communiqué.", "Grégory Doucet"),
    ("La préfecture du Rhône a publié une note. Le maire Paul Durand a réagi à un communiqué de la préfecture. "
     "« Les routes sont fermées », précise le communiqué.", "préfecture du Rhône"),
])
def test_a_communique_speaks_for_whoever_issued_it(body, speaker):
    assert only(body).speaker == speaker


def test_the_text_said_again_is_the_same_communique_whoever_was_quoted_between():
    body = ("Le conseil de la Banque centrale du Congo, réuni mercredi, a relevé son taux directeur. « Les tensions "
            "persistent », indique le communiqué. L’inflation a atteint 7,9 % en janvier, selon l’Institut national "
            "de la statistique (INS).\n\nLe texte précise que le taux de l’épargne est relevé dans les mêmes "
            "proportions.")
    assert [q.speaker for q in extract_quotes(body)] == [
        "conseil de la Banque centrale du Congo", "Institut national de la statistique",
        "conseil de la Banque centrale du Congo"]


def test_a_lone_name_that_puts_out_a_communique_is_a_body():
    body = ("La start-up nantaise de prise de rendez-vous a confirmé mardi une intrusion.\n\n"
            "Dans un communiqué publié mardi, Kinelib indique avoir détecté « un accès non autorisé ». Le communiqué "
            "précise que 1,3 million de patients sont touchés.")
    assert [(q.speaker, q.kind) for q in extract_quotes(body)] == [("Kinelib", "organisation")] * 2


def test_a_communique_nobody_was_said_to_issue_is_the_body_s_not_a_person_quoted_in_passing():
    body = ("Le conseil de la Banque centrale du Congo, réuni mercredi, a relevé son taux directeur. La décision, "
            "qualifiée de « nécessaire » par le gouverneur Paul Abena, a été annoncée le soir. « Les tensions "
            "persistent », indique le communiqué publié à l’issue de la réunion.")
    assert [q.speaker for q in extract_quotes(body)] == ["Paul Abena", "conseil de la Banque centrale du Congo"]


@pytest.mark.parametrize("body", [
    "Le texte budgétaire précise que les impôts baisseront.",
    "Le texte de loi précise que les maires décideront.",
    "Un communiqué a précisé que la route était fermée.",
])
def test_a_document_with_no_issuer_in_sight_speaks_for_nobody(body):
    assert extract_quotes(body) == []


def test_one_countrys_authorities_speak_as_a_body():
    quote = only("Les autorités malgaches ont affirmé que le cyclone avait fait douze morts.")
    assert (quote.speaker, quote.kind) == ("autorités malgaches", "organisation")


@pytest.mark.parametrize("body, speaker", [
    ("Selon l'ARS, trois cas sont confirmés. L'Agence régionale de santé a ajouté que les écoles restaient ouvertes.",
     "Agence régionale de santé"),
    ("Le Parti socialiste a dénoncé « une faute ». Le PS a ajouté que le vote serait contesté.", "Parti socialiste"),
])
def test_an_acronym_and_the_name_it_abbreviates_are_one_body_named_in_full(body, speaker):
    assert {q.speaker for q in extract_quotes(body)} == {speaker}


@pytest.mark.parametrize("body, speaker", [
    ("Le groupe de supporters Tribu Sud 1998 a présenté ses excuses, tout en dénonçant « une sanction injuste ».",
     "Tribu Sud 1998"),
    ("Le comité d'organisation Paris 2024 a confirmé que les billets seraient remboursés.", "Paris 2024"),
])
def test_a_year_ends_a_body_s_name(body, speaker):
    assert only(body).speaker == speaker


@pytest.mark.parametrize("body, speaker, verb", [
    ("Le ministre Paul Roy tient à préciser que rien n'est décidé.", "Paul Roy", "tient à préciser"),
    ("Paul Roy a voulu rappeler que la loi s'applique à tous.", "Paul Roy", "a voulu rappeler"),
    ("La maire a pris soin de souligner que le budget était tenu.", "maire", "a pris soin de souligner"),
    ("« Les routes sont fermées », peut-on lire dans le communiqué de la préfecture du Var.", "préfecture du Var",
     "peut-on lire"),
    ("Selon les propos du ministre Paul Roy, rien n'est décidé.", "Paul Roy", "Selon"),
])
def test_speech_carried_by_another_verb_or_a_document(body, speaker, verb):
    quote = only(body)
    assert (quote.speaker, quote.verb) == (speaker, verb)


@pytest.mark.parametrize("body, speaker", [
    ("Les Nations unies ont averti que la famine menaçait deux millions de personnes.", "Nations unies"),
    ("Les Républicains ont dénoncé « une dérive autoritaire ».", "Républicains"),
    ("Selon le quotidien Le Soir, le ministre aurait démissionné.", "Le Soir"),  # a title keeps its article
    ("Le diocèse de Lyon a indiqué que le prêtre avait été suspendu.", "diocèse de Lyon"),
    ("Le Comité international de la Croix-Rouge a exprimé sa « profonde inquiétude ».",
     "Comité international de la Croix-Rouge"),
])
def test_bodies_named_in_the_plural_by_a_title_or_by_a_church_word_speak(body, speaker):
    quote = only(body)
    assert (quote.speaker, quote.kind) == (speaker, "organisation")


def test_a_generic_plural_still_does_not_speak():
    assert extract_quotes("Les syndicats ont estimé que le projet était mauvais.") == []


def test_ils_goes_to_the_body_named_in_the_plural_just_before():
    body = ("Les syndicats FO et CGT ont affirmé qu'ils poursuivraient la grève. "
            "Ils ont ajouté que les négociations étaient rompues.")
    assert [q.speaker for q in extract_quotes(body)] == ["syndicats FO et CGT", "syndicats FO et CGT"]


@pytest.mark.parametrize("body", [
    "Les habitants sont inquiets. Ils ont dit que l'eau montait.",
    "Le maire a parlé. « Nous verrons », ont-ils ajouté.",
])
def test_ils_with_no_plural_body_before_it_is_nobody(body):
    assert extract_quotes(body) == []


def test_a_bodys_services_speak_as_that_body():
    quote = only("Les services de la préfecture ont indiqué que la route était coupée.")
    assert (quote.speaker, quote.kind) == ("services de la préfecture", "organisation")


def test_a_body_named_with_sans_or_contre_is_the_ngo_said_to_speak_next():
    quotes = extract_quotes("Médecins sans frontières (MSF) confirme la dégradation de la situation sanitaire. "
                            "L'ONG fait état de 62 cas de choléra dans le district et redoute une propagation "
                            "« si rien n'est fait ».")
    assert [(q.speaker, q.kind) for q in quotes] == [("Médecins sans frontières", "organisation")] * 2
    assert quotes[1].text == "une propagation « si rien n'est fait »"


def test_a_body_described_in_passing_is_the_one_its_description_means_later():
    quotes = extract_quotes("Une explication qui ne passe pas auprès du SNUipp-FSU, premier syndicat du primaire. "
                            "Le syndicat réclame un moratoire sur les fermetures et juge que le ministère "
                            "« organise la pénurie ».")
    assert {q.speaker for q in quotes} == {"SNUipp-FSU"}


def test_a_place_before_a_body_is_not_its_name():
    assert only("Dans le Grand Est, l'agence régionale de santé (ARS) a fait état de 262 cas "
                "confirmés dimanche soir.").speaker != "Dans le Grand Est"


def test_a_body_s_name_with_et_after_plainte_contre_x():
    quotes = extract_quotes("L'association Eau et Rivières de Bretagne a annoncé son intention de porter "
                            "plainte contre X. "
                            "Pour l'association, « ce n'est pas un accident isolé ».")
    assert [q.speaker for q in quotes] == ["Eau et Rivières de Bretagne"]


def test_a_quotation_naming_a_thing_after_a_generic_body_is_not_speech():
    assert extract_quotes("La société a annoncé un « plan de transformation » ambitieux.") == []


def test_a_capitalised_noun_adjective_and_name_is_one_body():
    quote = only("De son côté, Santé publique France rappelle que la légionellose n'est "
                 "« pas transmissible d'homme à homme ».")
    assert (quote.speaker, quote.kind) == ("Santé publique France", "organisation")


def test_a_body_s_acronym_before_its_regional_name_is_part_of_it():
    quotes = extract_quotes("L'agence régionale de santé (ARS) Auvergne-Rhône-Alpes a fait état jeudi de quatorze "
                            "cas. « Tous les patients résident dans un rayon de trois kilomètres », précise l'ARS.")
    assert {q.speaker for q in quotes} == {"ARS Auvergne-Rhône-Alpes"}


@pytest.mark.parametrize("body, speaker", [
    ("Le Quai d'Orsay juge « inacceptable » l'expulsion de deux diplomates. Le ministère de l'Europe et des Affaires "
     "étrangères a annoncé mardi la convocation de l'ambassadeur. Le ministère rappelle que la sécurité des "
     "ressortissants « demeure la priorité absolue ».", "Quai d'Orsay"),
    ("L'Élysée dément « tout départ du Premier ministre ». « Il n'y a aucun projet de changement », a affirmé la "
     "présidence de la République.", "Élysée"),
])
def test_an_institution_under_its_seat_s_name_is_one_speaker(body, speaker):
    assert {q.speaker for q in extract_quotes(body)} == {speaker}


def test_another_country_s_ministry_is_not_the_quai_d_orsay():
    quotes = extract_quotes("Le ministère belge des Affaires étrangères a dénoncé une décision « inacceptable et "
                            "injustifiée ». Le Quai d'Orsay juge « inacceptable » l'expulsion de deux diplomates.")
    assert len({q.speaker for q in quotes}) == 2


def test_il_after_a_spokesperson_s_role_is_the_spokesperson_not_the_ministry():
    quotes = extract_quotes("Le ministère a convoqué l'ambassadeur. Lors du point de presse, le porte-parole du "
                            "ministère a détaillé la riposte. « Nous ne laisserons pas nos agents être pris pour "
                            "cibles », a-t-il déclaré. Interrogé sur les sanctions, Christophe Aubanel a ajouté que "
                            "« toutes les options restent sur la table ».")
    assert [q.speaker for q in quotes] == ["Christophe Aubanel", "Christophe Aubanel"]


@pytest.mark.parametrize("body, inner", [
    ("La commission nationale de discipline de la Fédération française de handball (FFHandball) a suspendu "
     "le joueur. Interrogée, la FFHandball a rappelé que la commission est « une instance indépendante ».",
     "Fédération française de handball"),
    ("Le bureau national du Parti socialiste (PS) s'est réuni lundi. Le PS a ensuite estimé que "
     "la réforme « n'a aucune chance d'aboutir ».", "Parti socialiste"),
])
def test_an_acronym_closing_a_nested_body_s_name_is_the_inner_body_s(body, inner):
    quote = only(body)
    assert (quote.speaker, quote.kind) == (inner, "organisation")


def test_an_acronym_of_the_whole_name_stays_the_outer_body_s():
    quote = only("L'Agence nationale de sécurité du médicament (ANSM) a suspendu le lot. "
                 "L'ANSM estime que le risque « reste très faible ».")
    assert quote.speaker == "Agence nationale de sécurité du médicament"


@pytest.mark.parametrize("body, speaker", [
    ("Le ministère de la Justice conteste les chiffres. « Le taux ne concerne que les maisons d'arrêt », "
     "fait-on savoir au ministère.", "ministère de la Justice"),
    ("« L'origine du feu reste à déterminer », explique-t-on à la préfecture de la Haute-Corse.",
     "préfecture de la Haute-Corse"),
    ("« Nous recruterons », indique-t-on chez Renault.", "Renault"),
])
def test_on_speaking_at_a_body_is_that_body(body, speaker):
    assert only(body).speaker == speaker


def test_on_with_no_body_after_it_is_nobody():
    assert extract_quotes("« Le feu a repris », a-t-on appris de source policière.") == []
    assert extract_quotes("« Le feu a repris », estime-t-on à Calvi, où les habitants sont inquiets.") == []


def test_a_body_s_name_holding_a_given_name_is_all_the_body_s():
    quote = only("L'association Eau Claire Champagne a estimé que l'étude était sérieuse.")
    assert (quote.speaker, quote.kind) == ("Eau Claire Champagne", "organisation")
    assert only("La députée Groen Sarah De Smedt a estimé que l'étude était sérieuse.").speaker == "Sarah De Smedt"


@pytest.mark.parametrize("body, speaker", [
    ("La cour d'appel de Liège a confirmé la peine. L'arrêt relève en outre que Kevin D. avait bu.",
     "cour d'appel de Liège"),
    ("Le tribunal correctionnel de Lyon a relaxé le prévenu. Le jugement souligne que les preuves manquaient.",
     "tribunal correctionnel de Lyon"),
])
def test_a_ruling_speaks_for_the_court_that_gave_it(body, speaker):
    assert only(body).speaker == speaker


@pytest.mark.parametrize("body, speaker", [
    ("La Banque Centrale du Maroc a indiqué que l'inflation ralentit.", "Banque Centrale du Maroc"),
    ("La Fondation Abbé Pierre estime que le mal-logement progresse.", "Fondation Abbé Pierre"),
    ("La société Renault a indiqué que les ventes baissent.", "Renault"),
    ("L'ONG Médecins sans frontières estime que la situation empire.", "Médecins sans frontières"),
])
def test_a_capitalised_body_noun_before_a_name_is_part_of_it(body, speaker):
    assert only(body).speaker == speaker


def test_a_capitalised_name_runs_on_to_the_acronym_of_its_initials():
    body = ("Le Syndicat Mixte de Gestion de l'Eau et de l'Assainissement de Guadeloupe (SMGEAG) a indiqué que l'eau "
            "revient. Le SMGEAG précise que les réparations dureront.")
    name = "Syndicat Mixte de Gestion de l'Eau et de l'Assainissement de Guadeloupe"
    assert [q.speaker for q in extract_quotes(body)] == [name, name]
