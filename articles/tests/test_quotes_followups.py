"""Quote extraction: statements that follow a speaker without naming them again, and appeals."""

import pytest

from articles.quotes import extract_quotes
from articles.quotes.text import find_paragraphs


def speakers(body: str) -> list[str]:
    return [q.speaker for q in extract_quotes(body)]


def test_a_quotation_paragraph_after_a_sentence_about_someone_is_theirs():
    body = ("Jean Dupuis, maire de Vannes, est arrivé tôt. Il a ensuite pris la parole devant les habitants.\n\n"
            "« Nous ne laisserons personne sur le bord de la route. Chaque famille sera relogée avant l'hiver. »")
    quotes = extract_quotes(body)
    assert [(q.speaker, q.attribution) for q in quotes] == [("Jean Dupuis", "continuation")]
    assert quotes[0].text.startswith("Nous ne laisserons personne")


def test_a_quotation_paragraph_after_a_headline_line_is_nobody_s():
    body = "Entretien avec Xavier Dulac\n\n« Je ne suis pas un magicien. »\n\nLe ministre a répondu à nos questions."
    assert speakers(body) == []


def test_a_quotation_paragraph_opening_an_article_is_nobody_s():
    assert speakers("« Le fleuve monte encore. »\n\nLa crue a atteint Nantes mardi.") == []


def test_a_quotation_paragraph_then_its_speaker_named_goes_to_that_speaker():
    body = ("Marie Lenoir a visité la digue mardi.\n\n« Le fleuve monte encore. »\n\n"
            "« Il faut évacuer les berges », a ajouté le préfet Pierre Aubry.")
    assert speakers(body) == ["Pierre Aubry", "Pierre Aubry"]


def test_a_quotation_paragraph_after_a_sentence_about_a_thing_is_nobody_s():
    body = "La crue a atteint Nantes mardi.\n\n« Le fleuve monte encore. »"
    assert speakers(body) == []


def test_an_appeal_whose_addressee_is_inside_the_quotation_marks_reports_words():
    body = ("Le ministre de l'Intérieur, Gérard Collomb, était à Lyon lundi. "
            "Le ministre a, pour sa part, appelé « toutes les parties au calme ».")
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text, q.direct) for q in quotes] == [("Gérard Collomb", "toutes les parties au calme", True)]


def test_an_appeal_to_a_noun_is_an_act_unless_its_words_are_quoted():
    assert speakers("Gérard Collomb a appelé au calme.") == []
    quotes = extract_quotes("Le ministre de l'Intérieur, Gérard Collomb, a appelé les élus « au sens des "
                            "responsabilités ».")
    assert [(q.speaker, q.text, q.direct) for q in quotes] == [("Gérard Collomb", "au sens des responsabilités", True)]


def test_a_quotation_followed_only_by_how_it_was_said_is_direct():
    quote = extract_quotes("La Chine a appelé « toutes les parties à la retenue », par la voix de sa diplomatie.")[0]
    assert (quote.speaker, quote.text, quote.direct) == ("Chine", "toutes les parties à la retenue", True)


def test_an_addressee_pronoun_before_an_incise_verb_keeps_the_speaker():
    assert speakers("« Vous avez brisé une famille », lui a lancé la juge Anne Morel.") == ["Anne Morel"]
    assert speakers("« On ne lâchera rien », nous a confié Paul Girard à la sortie de l'audience.") == ["Paul Girard"]
    assert speakers("Paul Girard est maire. « On ne lâchera rien », nous confie-t-il.") == ["Paul Girard"]


def test_a_masculine_role_noun_may_refer_back_to_a_woman():
    body = "Marie Lenoir a été élue dimanche. Le nouveau maire a promis de « rassembler tous les habitants »."
    assert speakers(body) == ["Marie Lenoir"]


def test_a_feminine_role_does_not_refer_back_to_a_man():
    body = "Paul Girard a été élu dimanche. La ministre a promis de « rassembler tous les habitants »."
    assert "Paul Girard" not in speakers(body)


def test_initials_of_a_compound_given_name_stay_in_the_name():
    assert speakers("Selon J.-M. Dufresne, directeur de l'école, les inscriptions ont chuté.") == ["J.-M. Dufresne"]


def test_a_body_named_with_its_acronym_ends_before_its_verb():
    quote = extract_quotes("L'Agence nationale de sécurité (ANS) fait savoir que les routes sont coupées.")[0]
    assert quote.speaker == "Agence nationale de sécurité"


def test_a_prison_sentence_in_words_is_not_a_statement():
    assert speakers("Le tribunal a condamné mardi l'automobiliste à dix-huit mois de prison.") == []


def test_a_later_description_refers_back_either_way_round_the_role_list():
    body = ("Dans un message, son patron Mark Zuckerberg a évoqué « une année de l'efficacité ». "
            "Le fondateur de Facebook a ajouté que les recrutements seraient gelés.")
    assert speakers(body) == ["Mark Zuckerberg", "Mark Zuckerberg"]


def test_church_titles_refer_back_to_the_prelate_named():
    body = ("Mgr Dieudonné Nzapalainga, archevêque de Bangui, s'est dit « inquiet ». "
            "« Les armes circulent partout », a alerté le cardinal.")
    assert speakers(body) == ["Dieudonné Nzapalainga", "Dieudonné Nzapalainga"]
    body = "Le pape François a reçu les évêques. Le souverain pontife a plaidé pour « une Église pauvre »."
    assert speakers(body) == ["François"]


def test_a_stance_before_a_colon_announces_the_subject_s_words():
    quote = extract_quotes("Paul Girard, maire de Brest, est catégorique : la ville ne paiera pas.")[0]
    assert (quote.speaker, quote.text) == ("Paul Girard", "la ville ne paiera pas")
    assert speakers("Paul Girard en est convaincu : la ville ne paiera pas.") == ["Paul Girard"]
    assert speakers("Paul Girard a été clair : la ville ne paiera pas.") == ["Paul Girard"]


def test_a_state_before_a_colon_is_not_a_stance():
    assert speakers("Paul Girard est arrivé tôt : la réunion commençait à huit heures.") == []
    assert speakers("Le bilan est clair : la ville ne paiera pas.") == []


def test_an_object_pronoun_after_an_apposition_keeps_the_subject():
    assert speakers("Paul Girard, maire de Brest, le reconnaît volontiers : la ville ne paiera pas.") == ["Paul Girard"]


def test_a_quotation_opening_a_paragraph_is_the_person_the_paragraph_then_names():
    body = "Le conseil a voté lundi.\n\n« C'est une injustice. » Paul Girard, maire de Brest, ne mâche pas ses mots."
    assert speakers(body) == ["Paul Girard"]


def test_a_quotation_paragraph_after_a_bare_role_waits_for_a_name():
    body = ("La ministre de la Culture est arrivée à Cannes. Elle a visité le palais.\n\n"
            "« Le cinéma français est en pleine forme. »\n\nRachida Dati a ensuite rencontré les exploitants.")
    assert speakers(body) == []


def test_a_participle_after_its_addressee_pronoun_is_its_own_statement():
    body = "Paul Girard s'est adressé « à tous les bénévoles du port », leur demandant de « ne rien lâcher »."
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Paul Girard", "à tous les bénévoles du port"), ("Paul Girard", "de « ne rien lâcher »")]
    assert speakers("Paul Girard a réuni les commerçants, les appelant à fermer leurs rideaux samedi.") == [
        "Paul Girard"]


def test_a_participle_of_an_act_after_a_pronoun_is_no_statement():
    assert speakers("Paul Girard a reçu les commerçants, leur offrant un café.") == []


def test_a_lone_quotation_inside_a_paragraph_about_someone_is_theirs():
    body = "La maire Anne Roy a inauguré la médiathèque. « Ce lieu appartient à tous. » Elle a remercié les architectes."
    assert speakers(body) == ["Anne Roy"]


def test_an_unnamed_spokesperson_of_a_named_body_is_that_body():
    assert speakers("« Le réseau sera rétabli ce soir », a indiqué à l'AFP un porte-parole d'Enedis.") == ["Enedis"]
    assert speakers("« Le trafic reprendra », a assuré une responsable de la préfecture du Nord.") == [
        "préfecture du Nord"]
    assert speakers("Selon un porte-parole du ministère de l'Intérieur, le calme est revenu.") == [
        "ministère de l'Intérieur"]


def test_an_unnamed_spokesperson_of_nobody_or_of_a_place_is_nobody():
    assert speakers("« Le réseau sera rétabli ce soir », a indiqué un porte-parole.") == []
    assert speakers("« Le réseau sera rétabli ce soir », a indiqué un habitant de Lens.") == []


def test_a_lone_quotation_after_an_unpunctuated_line_about_the_only_speaker_is_theirs():
    body = ("« On a manqué d'envie », a regretté le coach.\n\n"
            "Le coach a aussi évoqué la fatigue du groupe\n\n"
            "« Il faut retrouver de l'énergie. »")
    assert [q.speaker for q in extract_quotes(body)] == ["coach", "coach"]


def test_generic_plural_body_is_the_collective_the_article_names_before_or_after():
    body = ("Les syndicats ont dénoncé « un passage en force ». "
            "Les syndicats FO et CGT appellent les salariés à cesser le travail.")
    assert speakers(body) == ["syndicats FO et CGT", "syndicats FO et CGT"]
    body = "Les syndicats FO et CGT ont manifesté. Les syndicats estiment que la réforme est injuste."
    assert speakers(body) == ["syndicats FO et CGT"]


def test_generic_plural_body_with_no_named_collective_is_nobody():
    assert speakers("Les syndicats estiment que la réforme est injuste.") == []
    assert speakers("La CGT et FO ont manifesté. Les syndicats estiment que la réforme est injuste.") == []


def test_a_directive_keeps_its_infinitive_across_an_incise():
    body = ("Les syndicats FO et CGT ont décidé de poursuivre en demandant aux salariés, même à ceux qui "
            "ne sont pas grévistes, d'arrêter le travail.")
    quote = extract_quotes(body)[0]
    assert quote.speaker == "syndicats FO et CGT" and quote.text.endswith("d'arrêter le travail")
    assert speakers("Paul Girard a invité les habitants, venus nombreux, à la fête.") == []


def test_a_long_prepositional_incise_after_the_verb_keeps_its_content():
    body = ("La ministre de la Santé, Catherine Vautrin, a visité l'hôpital. Elle a expliqué, lors d'un "
            "déplacement à Rennes consacré à la psychiatrie, ne pas avoir reçu la lettre. Le maire a "
            "rappelé, au cours d'une réunion publique tenue dans la salle des fêtes, qu'il reste candidat.")
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == [
        ("Catherine Vautrin", "ne pas avoir reçu la lettre"), ("maire", "il reste candidat")]
    # The incise closes on a noun, not on content: nothing is reported.
    assert speakers("Le maire a parlé, lors d'une réunion publique tenue dans la salle des fêtes, "
                    "de la rénovation du stade.") == []


def test_an_adverbial_with_a_noun_complement_before_an_infinitive_is_skipped():
    for adverbial in ("lors d'une conférence de presse", "lors de la réunion"):
        body = f"Le président du club, Jean Dupont, a affirmé {adverbial} avoir reçu des offres."
        assert [(q.speaker, q.text) for q in extract_quotes(body)] == [("Jean Dupont", "avoir reçu des offres")]


def test_selon_the_first_findings_given_by_someone_is_theirs():
    assert speakers("Selon les premières indications fournies par Michel Roy, l'unité est dissoute.") == [
        "Michel Roy"]
    assert speakers("Selon les premiers éléments fournis par le parquet, le conducteur était ivre.") == ["parquet"]
    assert speakers("Selon les premiers éléments de l'enquête, le conducteur était ivre.") == []


def test_a_former_office_describes_the_person_who_just_spoke():
    body = ("Le porte-parole de la coalition, Martin Zoubé, a estimé que le dialogue était « biaisé ». "
            "« On ne dialogue pas avec ceux qui emprisonnent », a déclaré l'ancien Premier ministre.")
    assert speakers(body) == ["Martin Zoubé", "Martin Zoubé"]


def test_a_demonstrative_role_points_back_to_the_person_just_named():
    body = ("Une pétition circule. Son initiateur, Jean-Yves Lemoal, ne décolère pas. "
            "« On nous retire le cœur du village », regrette cet ancien maire de la commune.")
    assert speakers(body) == ["Jean-Yves Lemoal"]


def test_a_new_office_said_of_no_one_named_stays_its_own_record():
    body = ("Le ministre de l'Intérieur, Paul Girard, a visité la caserne. "
            "« Nous attendons des moyens », a répondu le président du syndicat.")
    assert speakers(body) == ["président du syndicat"]


def test_the_representative_of_the_state_is_the_prefect_or_high_commissioner():
    body = ("Le haut-commissaire de la République, Louis Lefort, a salué « un vote responsable ». "
            "Le représentant de l'État a rappelé que l'aide d'urgence avait été versée.")
    assert speakers(body) == ["Louis Lefort", "Louis Lefort"]


def test_a_body_first_named_by_its_head_alone_is_the_one_named_in_full_later():
    body = ("La préfecture demande aux riverains de rester chez eux.\n\n"
            "Dans un communiqué, la préfecture de La Réunion demande aux habitants des quartiers de Bois-Joli "
            "et de Ravine-Blanche de garder leurs fenêtres fermées.")
    assert speakers(body) == ["préfecture de La Réunion", "préfecture de La Réunion"]


def test_two_bodies_of_one_head_named_in_full_stay_two():
    body = ("Le ministère de la Santé affirme que l'épidémie recule. "
            "Le ministère de l'Intérieur assure que les contrôles continueront.")
    assert speakers(body) == ["ministère de la Santé", "ministère de l'Intérieur"]


def test_a_place_named_in_an_anonymous_speaker_s_complement_is_no_speaker():
    assert speakers("« C'est un quartier calme », témoigne une commerçante de l'avenue Victor-Hugo.") == []
    body = "La présidente de l'association Ravine Propre, Sylvie Grondin, a dit que la décharge devait fermer."
    assert speakers(body) == ["Sylvie Grondin"]
    assert speakers("Le directeur de l'hôpital Jean Roy a affirmé que tout allait bien.") == ["Jean Roy"]


def test_a_counterpart_s_office_named_later_is_the_counterpart():
    body = ("Son homologue américain, Antony Blaken, a mis en garde contre « toute ingérence ». "
            "Interrogé sur des sanctions, le secrétaire d'État a indiqué que Washington « n'excluait rien ».")
    assert speakers(body) == ["Antony Blaken", "Antony Blaken"]


def test_a_body_s_leader_after_its_acronym_is_not_its_name():
    body = "Les Forces de soutien rapide (FSR) du général Hemedti ont, elles, affirmé être « prêtes à une trêve »."
    assert speakers(body) == ["Forces de soutien rapide"]


def test_a_noun_ending_like_an_infinitive_is_no_reported_content():
    assert speakers("Le magistrat a confirmé l'ouverture d'une enquête pour tentative de meurtre.") == []
    assert speakers("Le maire a confirmé l'avoir reçu lundi.") == ["maire"]


def test_a_body_s_description_then_its_name_in_apposition_is_one_body():
    body = "La compagnie nationale d'eau et d'électricité, la Jirama, s'est engagée à mettre fin aux délestages."
    assert speakers(body) == ["Jirama"]
    assert speakers("Le ministère, Paul Roy, a dit que tout irait bien.") != ["Paul Roy"]


def test_a_promise_of_a_thing_is_an_act_a_promise_to_do_reports_words():
    assert speakers("La Jirama promet la fin des délestages d'ici juin.") == []
    assert speakers("Le ministre Paul Roy a promis de renforcer les moyens des hôpitaux.") == ["Paul Roy"]


def test_a_participle_coordinated_after_et_shares_the_subject():
    body = "Le Bureau politique du parti a réaffirmé son soutien au président et appelé ses militants à voter."
    assert speakers(body) == ["Bureau politique du parti"]
    quote = extract_quotes("Le maire Paul Roy a visité le chantier et estimé que les travaux avançaient.")[0]
    assert (quote.speaker, quote.text) == ("Paul Roy", "les travaux avançaient")


def test_a_passive_coordinated_after_et_reports_nothing():
    assert speakers("Le maire Paul Roy a été reçu et félicité par le préfet.") == []


def test_a_dispatch_dateline_is_not_part_of_the_quotation_s_clause():
    quote = extract_quotes("KINSHASA, 12 mars (AFP) – « Nous ne négocierons pas », a déclaré le président "
                           "Félix Tshisekedi.")[0]
    assert (quote.speaker, quote.text, quote.direct) == ("Félix Tshisekedi", "Nous ne négocierons pas", True)
    assert speakers("NOUMÉA – Le président Louis Mapou a affirmé que le budget passerait.") == ["Louis Mapou"]


def test_a_communique_informs_its_addressee_of_a_clause():
    quote = extract_quotes("Le ministère de la Santé informe la population que la vaccination débutera lundi.")[0]
    assert (quote.speaker, quote.text) == ("ministère de la Santé", "la vaccination débutera lundi")
    assert speakers("Le ministère de la Santé porte à la connaissance du public que la campagne débutera lundi.") == [
        "ministère de la Santé"]
    assert speakers("Le maire a informé la préfecture de sa décision.") == []


def test_an_infinitive_after_an_outlet_named_as_the_addressee_is_the_content():
    quote = extract_quotes("La CGT a annoncé mardi à Reuters porter plainte contre le groupe Auchan.")[0]
    assert (quote.speaker, quote.text) == ("CGT", "porter plainte contre le groupe Auchan")


def test_a_cleft_what_someone_said_is_their_statement():
    quote = extract_quotes("Ce qu'a expliqué Franz Fabre, c'est simplement que la ville doit ralentir.")[0]
    assert (quote.speaker, quote.text) == ("Franz Fabre", "la ville doit ralentir")
    assert speakers("Ce que veut Paul Roy, c'est une ville propre.") == []


def test_a_person_s_two_offices_joined_by_et_keep_their_name():
    body = ("« Cette levée nous rend libres », a déclaré son cofondateur et directeur général, Arthur Mansch. "
            "Le ministre de l'Économie a salué « un champion français ».")
    assert speakers(body) == ["Arthur Mansch", "ministre de l'Économie"]


def test_a_directive_s_addressee_after_the_verb_is_not_its_speaker():
    body = "Leur présidente, Léonore Porchaz, a appelé la Municipalité à revenir avec un nouveau projet."
    assert speakers(body) == ["Léonore Porchaz"]


def test_a_body_s_name_stops_before_its_verb():
    assert speakers("Le Gouvernement présente ses condoléances. Il tient à rassurer les populations "
                    "que toutes les dispositions sont prises.") == ["Gouvernement"]
    assert speakers("La Municipalité prendra position lundi, a fait savoir son porte-parole.") == ["Municipalité"]


def test_an_unnamed_spokesperson_of_a_person_stays_their_own_record():
    assert speakers("Le ministre Paul Roy est arrivé. « Nous verrons », a indiqué son porte-parole.") == [
        "porte-parole"]


def test_a_communique_s_signature_names_the_role_it_speaks_in():
    body = ("Le Ministre de la Communication informe l'opinion que le poste de Mbandjock a été attaqué.\n\n"
            "Fait à Yaoundé, le 5 mai.\n\nLe Ministre de la Communication,\nRené Emmanuel Sadou")
    assert speakers(body) == ["René Emmanuel Sadou"]


def test_an_evaluative_verb_s_object_after_a_demonstrative_and_an_adjunct():
    assert speakers("Le Gouvernement condamne avec la plus grande fermeté cet acte barbare.") == ["Gouvernement"]


def test_a_line_wrapped_inside_a_sentence_is_one_paragraph():
    body = "Le ministre de l'Intérieur, Paul Roy, a déclaré lundi\nque la réforme passerait avant l'été."
    quote = extract_quotes(body)[0]
    assert (quote.speaker, quote.text) == ("Paul Roy", "la réforme passerait avant l'été")
    assert speakers("« Nous ne reculerons pas », a martelé le\nministre Paul Roy devant les députés.") == ["Paul Roy"]


def test_a_line_ending_a_sentence_or_followed_by_a_capital_still_ends_its_paragraph():
    assert len(find_paragraphs("Le maire a parlé.\nil pleuvait.")) == 2
    assert len(find_paragraphs("Interview de Paul Roy\nQuestion : la réforme passera-t-elle ?")) == 2
    assert len(find_paragraphs("Le maire a parlé\n\nil pleuvait.")) == 2
    assert len(find_paragraphs("Le maire a parlé\nlonguement.")) == 1


def test_a_name_written_with_a_no_break_space_is_spelled_with_a_space():
    quote = extract_quotes("«\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre Paul\u00a0Roy.")[0]
    assert (quote.speaker, quote.aliases) == ("Paul Roy", ("Paul Roy",))


def test_selon_what_someone_reports_is_theirs():
    assert speakers("Selon ce qu'a indiqué la préfète Anne Roy, la route rouvrira lundi.") == ["Anne Roy"]
    assert speakers("Selon ce que rapporte Le Devoir, le projet de loi sera déposé jeudi.") == ["Le Devoir"]
    assert speakers("Selon ce que l'on sait, la route rouvrira lundi.") == []


def test_the_united_nations_and_the_un_are_one_body():
    body = "Les Nations unies ont averti que la famine menaçait. Selon l'ONU, deux millions de personnes ont fui."
    assert speakers(body) == ["Nations unies", "Nations unies"]


def test_a_forecast_with_a_que_clause_reports_words_a_planned_act_does_not():
    assert speakers("Le Fonds monétaire international prévoit que la croissance ralentira.") == [
        "Fonds monétaire international"]
    assert speakers("Le groupe Renault prévoit de supprimer 300 postes.") == []


def test_an_age_noun_after_the_definite_article_is_the_person_just_named():
    body = ("Le propriétaire, Jacques Vernaud, a nié avoir été informé. Interrogé sur un courrier, "
            "le septuagénaire a répété qu'il ne l'avait « jamais reçu ». "
            "« Il savait », a lancé Me Claire Dutillon.")
    assert speakers(body) == ["Jacques Vernaud", "Jacques Vernaud", "Claire Dutillon"]


@pytest.mark.parametrize("young, expected", [
    ("La jeune femme", "Chloé Martin"),
    ("Le jeune homme", "jeune homme"),  # not the woman just named
])
def test_a_young_person_after_the_definite_article_is_the_person_just_named(young, expected):
    body = (f"« On ne bloque pas pour le plaisir », lance Chloé Martin, présidente de l'union étudiante. "
            f"{young}, en master de sociologie, rappelle que le minerval n'avait plus bougé depuis 2010.")
    assert speakers(body) == ["Chloé Martin", expected]
    assert speakers("Léa Roy a vu la scène. Une jeune femme affirme que la police a tiré.") == []


def test_a_title_s_office_keeps_a_different_office_apart():
    body = "« Il savait », a lancé Me Claire Dutillon. La procureure a estimé que le prévenu avait « menti »."
    assert speakers(body) == ["Claire Dutillon", "procureure"]
    body = "Me Anne Roy a défendu son client. « Il est innocent », a insisté l'avocate."
    assert speakers(body)[-1] == "Anne Roy"


def test_q_and_r_marks_with_a_dash_are_no_speakers_and_no_words():
    body = ("Paul Roy, maire de Brest, répond à nos questions.\n\nQ. – Pourquoi refusez-vous de payer ?\n\n"
            "R. – Parce que ce n'est pas à la ville de payer.\n\nQ. – Irez-vous en justice ?\n\nR. – S'il le faut, oui.")
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Paul Roy", "Parce que ce n'est pas à la ville de payer."), ("Paul Roy", "S'il le faut, oui.")]


def test_own_view_openers_give_the_sentence_to_the_person_just_named():
    assert speakers("Paul Roy est maire. À ses yeux, la ville paiera.") == ["Paul Roy"]
    assert speakers("Anne Roy est maire. À l'en croire, la ville paiera.") == ["Anne Roy"]
    assert speakers("Anne Roy est maire. De son point de vue, la ville paiera.") == ["Anne Roy"]
    assert speakers("À ses yeux, la ville paiera.") == []


def test_an_adverb_between_a_pronoun_subject_and_its_verb():
    assert speakers("Anne Roy est maire. Elle aussi estime que la ville paiera.") == ["Anne Roy"]


def test_an_indefinite_communique_of_a_named_body_speaks_for_it():
    assert speakers("La route rouvrira lundi, indique un communiqué de la préfecture du Nord.") == [
        "préfecture du Nord"]
    assert speakers("La route rouvrira lundi, indique un communiqué.") == []


def test_initials_of_a_given_name_are_the_person_named_in_full():
    body = "Jean-Marc Dupuis a dit que la ville paierait. « Nous paierons », a ajouté J.-M. Dupuis."
    assert speakers(body) == ["Jean-Marc Dupuis", "Jean-Marc Dupuis"]
    body = "G. Flossier a dit que la ville paierait. Gaston Flossier a ajouté que les travaux commenceraient."
    assert speakers(body) == ["Gaston Flossier", "Gaston Flossier"]
    body = ("Paul Dupuis a démenti que la ville paierait. Jean Dupuis a dit que la ville paierait. "
            "« Jamais », a ajouté P. Dupuis.")
    assert speakers(body) == ["Paul Dupuis", "Jean Dupuis", "Paul Dupuis"]  # the initial's namesake only


def test_a_titled_speaker_named_inside_a_quotation_speaks_to_the_end_of_the_sentence():
    quotes = extract_quotes("« Mme Teahu m'a dit qu'il fallait agir contre le diabète. Eh bien, nous agissons », "
                            "a rétorqué le ministre Teva Maraetaata.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Teva Maraetaata", "Mme Teahu m'a dit qu'il fallait agir contre le diabète. Eh bien, nous agissons"),
        ("Teahu", "il fallait agir contre le diabète")]


def test_nested_words_do_not_stop_at_an_initial_or_a_title():
    quotes = extract_quotes("« Mme Teahu m'a dit qu'il fallait voir M. Dupont demain. Eh bien, nous irons », "
                            "a rétorqué le ministre Teva Maraetaata.")
    assert quotes[1].text == "il fallait voir M. Dupont demain"


def test_the_analyst_is_the_economist_just_quoted():
    # typed as a Moroccan outlet does: a straight quotation mark opens, two apostrophes close
    body = ("Les prix pourraient grimper de 5 % cette année, selon la Banque Centrale du Maroc.\n\n"
            '"Le blé coûte plus cher et les ménages le sentent déjà.’’, explique l’économiste Rachid Aourraz.\n\n'
            '"Depuis vingt ans, les prix étaient stables. Mais maintenant, un taux record sera enregistré, selon la '
            "banque centrale dans sa dernière note... Ainsi, les produits importés vont devenir chers.’’, ajoute "
            "l’analyste.")
    said = {q.text[:15]: q.speaker for q in extract_quotes(body)}
    assert said["Depuis vingt an"] == "Rachid Aourraz"
