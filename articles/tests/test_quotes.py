"""Quote and speaker extraction (pure, no DB): seeds, attribution shapes, negatives, stages."""

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from articles.quotes import extract_quotes
from articles.quotes.mentions import parse_speaker
from articles.quotes.text import find_paragraphs, find_quote_spans, split_sentences, tokenize
from articles.quotes.verbs import match_verb

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "fixtures" / "raw"
EVAL = ROOT / "fixtures" / "quotes_eval"


def seed_body(prefix: str) -> str:
    """The article body of a raw seed: lines after the date header while they end a sentence."""
    path = next(RAW.glob(f"{prefix}_*.txt"))
    kept = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip().endswith((".", '"', "»")):
            break
        kept.append(line.strip())
    return "\n\n".join(kept)


def summary(body: str) -> list[tuple[str, str, str, bool]]:
    return [(q.speaker, q.verb, q.attribution, q.direct) for q in extract_quotes(body)]


def only(body: str):
    quotes = extract_quotes(body)
    assert len(quotes) == 1, [(q.speaker, q.text) for q in quotes]
    return quotes[0]


# --------------------------------------------------------------------------- seeds
SEED_EXPECTATIONS = {
    "000": [("Sergueï Lavrov", "a annoncé", "name", False),
            ("Sergueï Lavrov", "a-t-il déclaré", "pronoun", True),
            ("Tass", "a déclaré", "name", False),
            ("Sergueï Lavrov", "a déclaré", "title", False),
            ("Sergueï Lavrov", "a-t-il ajouté", "pronoun", False)],
    "001": [("Maria Zahkharova", "a indiqué", "name", False),
            ("Maria Zahkharova", "a précisé", "pronoun", False),
            ("Maria Zahkharova", "a-t-elle noté", "pronoun", False),
            ("Maria Zahkharova", "a rappelé", "title", False)],
    "002": [("ministère russe des Affaires étrangères", "a indiqué", "name", True),
            ("Sergueï Lavrov", "a souligné", "title", False),
            ("partie turque", "a indiqué", "name", False),
            ("ministère russe des Affaires étrangères", "a déclaré", "name", False),
            ("Sergueï Lavrov", "a souligné", "title", True),
            ("Sergueï Lavrov", "a déclaré", "role", True)],
    "003": [("Jens Stoltenberg", "a déclaré", "name", False),
            ("Jens Stoltenberg", "a annoncé", "title", False),
            ("Jens Stoltenberg", "a-t-il dit", "pronoun", True),
            ("Jens Stoltenberg", "a-t-il dit", "pronoun", True),
            ("Jens Stoltenberg", "a observé", "title", False)],
    "004": [("Maria Zakharova", "a déclaré", "name", False),
            ("Maria Zakharova", "a déclaré", "title", True),
            ("Maria Zakharova", "a réaffirmé", "role", False),
            ("Dimitri Peskov", "a déclaré", "name", False)],
}
SEED_COUNTS = {
    "000": {"Sergueï Lavrov": 4, "Tass": 1},
    "001": {"Maria Zahkharova": 4},
    "002": {"ministère russe des Affaires étrangères": 2, "Sergueï Lavrov": 3, "partie turque": 1},
    "003": {"Jens Stoltenberg": 5},
    "004": {"Maria Zakharova": 3, "Dimitri Peskov": 1},
}
MENTIONED_ONLY = ["Angelino Alfano", "Alfano", "Jon Huntsman", "Mevlut Cavusoglu", "Vladimir Poutine",
                  "Recep Tayyip Erdogan", "Nikolaï Patrouchev", "Jake Sullivan", "Donald Trump", "Washington",
                  "Kremlin", "New START"]


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTATIONS))
def test_seed_statements_come_out_in_order_with_verb_and_attribution(seed):
    assert summary(seed_body(seed)) == SEED_EXPECTATIONS[seed]


@pytest.mark.parametrize("seed", sorted(SEED_COUNTS))
def test_seed_counts_per_speaker(seed):
    assert Counter(q.speaker for q in extract_quotes(seed_body(seed))) == SEED_COUNTS[seed]


@pytest.mark.parametrize("seed", sorted(SEED_COUNTS))
def test_people_merely_mentioned_in_seeds_are_not_speakers(seed):
    speakers = {q.speaker for q in extract_quotes(seed_body(seed))}
    assert not speakers & set(MENTIONED_ONLY)


def test_offsets_slice_the_body_back_to_the_text_in_every_eval_article():
    for path in sorted(EVAL.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))["body"]
        quotes = extract_quotes(body)
        assert all(body[q.start:q.end] == q.text and q.text for q in quotes), path.name
        assert [q.start for q in quotes] == sorted(q.start for q in quotes), path.name


def test_speaker_carries_role_and_every_naming_form():
    quotes = extract_quotes(seed_body("000"))
    lavrov = quotes[0]
    assert lavrov.kind == "person"
    assert lavrov.role == "ministre russe des Affaires étrangères"
    assert set(lavrov.aliases) == {"Sergueï Lavrov", "M. Lavrov"}
    tass = quotes[2]
    assert (tass.kind, tass.role) == ("organisation", "agence de presse russe")


def test_title_with_typo_links_to_the_earlier_full_name():
    quotes = extract_quotes(seed_body("001"))
    assert {q.speaker for q in quotes} == {"Maria Zahkharova"}
    assert "Mme Zakharova" in quotes[-1].aliases


def test_mixed_quotation_is_reported_as_its_whole_clause():
    quote = extract_quotes(seed_body("001"))[2]
    assert quote.text.startswith('Ce document "a réaffirmé')
    assert quote.direct is False


def test_selon_agency_yields_to_the_sentence_own_speaker():
    speakers = [q.speaker for q in extract_quotes(seed_body("002"))]
    assert "partie turque" in speakers and "TASS" not in speakers


def test_reported_text_is_the_que_clause_or_the_part_before_the_verb():
    quotes = extract_quotes(seed_body("003"))
    assert quotes[0].text.startswith("L'OTAN est en pourparlers") and quotes[0].text.endswith("Pologne")
    assert quotes[1].text.startswith("l'OTAN était d'accord")


# --------------------------------------------------------------------------- attribution shapes
SHAPES = [
    # (body, speaker, attribution, verb, direct, start of text)
    ("La situation est grave, a déclaré lundi le secrétaire général de l'OTAN, Jens Stoltenberg.",
     "Jens Stoltenberg", "name", "a déclaré", False, "La situation"),
    ("« Nous restons ouverts au dialogue », a déclaré Mme Zakharova lors d'un programme télévisé.",
     "Zakharova", "title", "a déclaré", True, "Nous restons"),
    ("Le porte-parole présidentiel, Dimitri Peskov, a déclaré la semaine dernière que le Kremlin saluait l'offre.",
     "Dimitri Peskov", "name", "a déclaré", False, "le Kremlin saluait"),
    ("Le porte-parole du ministère chinois des Affaires étrangères Lin Jian a affirmé que Pékin restait prêt.",
     "Lin Jian", "name", "a affirmé", False, "Pékin restait"),
    ("« Les chercheurs travaillent dur », explique Jean Dupont, chercheur au CNRS.",
     "Jean Dupont", "name", "explique", True, "Les chercheurs"),
    ("Léa Fontaine a quitté la salle. « Je n'ai rien vu venir », confie-t-elle à l'AFP.",
     "Léa Fontaine", "pronoun", "confie-t-elle", True, "Je n'ai rien"),
    ("« L'Europe doit se défendre », a affirmé la présidente de la Commission européenne, Ursula von der Leyen.",
     "Ursula von der Leyen", "name", "a affirmé", True, "L'Europe"),
    ("M. Dupont l'assure : « Nous tiendrons nos engagements. »",
     "Dupont", "title", "assure", True, "Nous tiendrons"),
    ("Selon l'agence de presse TASS, un accord a été trouvé dans la nuit.",
     "TASS", "according_to", "Selon", False, "un accord"),
    ("D'après Météo-France, les orages pourraient être violents.",
     "Météo-France", "according_to", "D'après", False, "les orages"),
    ("Pour Jean-Luc Mélenchon, « ce budget est une provocation ».",
     "Jean-Luc Mélenchon", "according_to", "Pour", True, "ce budget"),
    ("Le Kremlin a fait savoir que Moscou suivait la situation de près.",
     "Kremlin", "name", "a fait savoir", False, "Moscou suivait"),
    ("L'inflation a reculé en mai, selon les chiffres publiés mardi par l'Insee.",
     "Insee", "according_to", "selon", False, "L'inflation"),
    ("Le député Hugo Perrin s'est dit « très inquiet » de la situation.",
     "Hugo Perrin", "name", "s'est dit", False, "« très inquiet »"),
    ("L'ancien directeur, Jacques Verdier, a nié avoir signé ce document.",
     "Jacques Verdier", "name", "a nié", False, "avoir signé"),
    ("Jacques Verdier est arrivé au tribunal. « Je suis innocent », a-t-il déclaré à la presse.",
     "Jacques Verdier", "pronoun", "a-t-il déclaré", True, "Je suis"),
    ("Le ministre Paul Arnoult a visité le chantier. « Nous garderons le cap », a-t-il encore dit.",
     "Paul Arnoult", "pronoun", "a-t-il encore dit", True, "Nous garderons"),
]


@pytest.mark.parametrize("body, speaker, attribution, verb, direct, text_start", SHAPES, ids=lambda v: str(v)[:30])
def test_attribution_shapes(body, speaker, attribution, verb, direct, text_start):
    quote = only(body)
    assert (quote.speaker, quote.attribution, quote.verb, quote.direct) == (speaker, attribution, verb, direct)
    assert quote.text.startswith(text_start)


def test_pronoun_without_antecedent_is_dropped():
    assert extract_quotes("« Tout ce que je peux dire, c'est que les experts travaillent », déclara-t-il.") == []


def test_role_and_name_without_comma_register_the_person_for_later_reference():
    body = ("Le ministre russe des Affaires étrangères Sergueï Lavrov a discuté mardi avec son homologue turc. "
            "« Nos relations sont stratégiques », a déclaré le ministre russe.")
    quote = only(body)
    assert (quote.speaker, quote.attribution, quote.role) == (
        "Sergueï Lavrov", "role", "ministre russe des Affaires étrangères")


def test_ministre_is_a_person_and_ministere_a_body():
    body = ("Le ministère russe des Affaires étrangères a indiqué que la réunion aurait lieu. "
            "Le ministre russe a ajouté qu'elle serait discrète.")
    kinds = [(q.speaker, q.kind) for q in extract_quotes(body)]
    assert kinds == [("ministère russe des Affaires étrangères", "organisation"), ("ministre russe", "person")]


def test_pronoun_refers_back_to_last_speaker_of_that_gender():
    body = ("La situation est tendue, a déclaré la porte-parole du ministère, Maria Zakharova. "
            "Le conflit va durer, a estimé le ministre de la Défense, Sergueï Choïgou. "
            "« Nous restons prêts », a-t-elle ajouté. « Et nous gagnerons », a-t-il dit.")
    assert [q.speaker for q in extract_quotes(body)] == [
        "Maria Zakharova", "Sergueï Choïgou", "Maria Zakharova", "Sergueï Choïgou"]


def test_feminine_pronoun_can_refer_back_to_a_feminine_body():
    body = ("Une mission de 80 observateurs commencera le 5 février, a déclaré l'agence de presse russe Tass. "
            "Elle a précisé que la mission durerait deux mois.")
    assert [(q.speaker, q.attribution) for q in extract_quotes(body)] == [("Tass", "name"), ("Tass", "pronoun")]


def test_pronoun_can_refer_to_a_subject_introduced_without_speaking():
    body = ("Le général Charles Vernier lança son appel depuis Londres. "
            "« La flamme ne s'éteindra pas », déclara-t-il au micro de la BBC.")
    assert summary(body) == [("Charles Vernier", "déclara-t-il", "pronoun", True)]


@pytest.mark.parametrize("reference", ["la diplomate", "la porte-parole"])
def test_generic_role_refers_back_to_a_compatible_speaker(reference):
    body = ("Les experts travaillent, a déclaré la porte-parole du ministère russe des Affaires étrangères, "
            f"Maria Zakharova. Après la réunion, {reference} a réaffirmé que Moscou restait ouvert.")
    assert [q.speaker for q in extract_quotes(body)] == ["Maria Zakharova", "Maria Zakharova"]


def test_chef_de_l_etat_refers_back_to_the_president():
    body = ("Le président Emmanuel Garnier a reçu les syndicats. "
            "Dans la soirée, le chef de l'Etat a assuré que la réforme serait « amendée ».")
    assert summary(body) == [("Emmanuel Garnier", "a assuré", "role", False)]


def test_unresolved_definite_role_is_its_own_speaker():
    quote = only("Le président du tribunal a rappelé que les prévenus étaient présumés innocents.")
    assert (quote.speaker, quote.kind, quote.attribution) == ("président du tribunal", "person", "role")


def test_quote_split_around_its_attribution_gives_two_quotes():
    body = "« Nous restons ouverts », a-t-il dit, « au dialogue ». Ainsi parla M. Stoltenberg."
    body = "M. Stoltenberg est arrivé à Varsovie. " + body
    quotes = extract_quotes(body)
    assert [(q.text, q.speaker, q.verb) for q in quotes] == [
        ("Nous restons ouverts", "Stoltenberg", "a-t-il dit"), ("au dialogue", "Stoltenberg", "a-t-il dit")]


def test_quote_spanning_paragraphs_with_continuation_marks_is_one_quote():
    body = ("Le joueur Théo Marchal s'est longuement confié après l'entraînement.\n\n"
            "« Lyon, c'est ma maison.\n\n« Mon choix était fait depuis longtemps. »\n\n"
            "Le club n'a pas communiqué.")
    quote = only(body)
    assert (quote.speaker, quote.attribution, quote.direct) == ("Théo Marchal", "continuation", True)
    assert quote.text.startswith("Lyon") and quote.text.endswith("longtemps.")


def test_standalone_quote_after_a_statement_continues_its_speaker():
    body = "« C'est une réforme injuste », dénonce Julien Ferrand. « Nous la combattrons. »"
    assert [(q.speaker, q.attribution) for q in extract_quotes(body)] == [
        ("Julien Ferrand", "name"), ("Julien Ferrand", "continuation")]


def test_et_d_ajouter_continues_the_last_speaker():
    body = "« Ce gouvernement n'a plus de majorité », a lancé Martine Lebrun. Et d'ajouter : « Votons. »"
    assert summary(body)[1] == ("Martine Lebrun", "d'ajouter", "continuation", True)


def test_pour_qui_attributes_the_quote_to_the_name_before():
    body = "Son adversaire, le conseiller régional Marc Duhalde, pour qui « la ville s'endort », présentera son programme."
    assert summary(body) == [("Marc Duhalde", "pour qui", "according_to", True)]


def test_selon_lui_is_a_pronoun_reference():
    body = "« Chaque jour compte », a déclaré Andriï Kovalenko. Selon lui, trois centrales ont été touchées."
    assert [(q.speaker, q.attribution, q.verb) for q in extract_quotes(body)][1] == (
        "Andriï Kovalenko", "according_to", "Selon")


def test_two_coordinated_statements_in_one_sentence():
    body = ("« Nous tiendrons », a affirmé la ministre du Travail, Claire Montagnac. La ministre a reconnu que le "
            "calendrier était serré, mais elle a assuré que les syndicats seraient reçus.")
    quotes = extract_quotes(body)
    assert [q.attribution for q in quotes] == ["name", "role", "pronoun"]
    assert quotes[1].text == "le calendrier était serré"


@pytest.mark.parametrize("body, speakers", [
    ("Zhao Lijian : La Chine s'oppose à toute ingérence.\n\nQuestion : Et Taïwan ?\n\n"
     "Zhao Lijian : Notre position est constante.", ["Zhao Lijian", "Zhao Lijian"]),
    ("Entretien avec Nadia Belkacem, maire de Villeurbanne.\n\nQuestion : Pourquoi ?\n\n"
     "Réponse : Parce que le travail n'est pas terminé.", ["Nadia Belkacem"]),
    ("M. Delmas : Les impôts ont augmenté.\n\nMme Caradec : C'est faux.", ["Delmas", "Caradec"]),
    ("RFI : Les sanctions sont-elles levées ?\n\nAbdoulaye Keïta : Partiellement.\n\n"
     "RFI : Et la transition ?\n\nAbdoulaye Keïta : Elle avance.",
     ["RFI", "Abdoulaye Keïta", "RFI", "Abdoulaye Keïta"]),
    ("TourMaG.com - Comment va la compagnie ?\nAlain Vidal : Fragile.\n"
     "TourMaG.com - Et cet été ?\nAlain Vidal : Nous volerons.", ["TourMaG.com", "Alain Vidal", "TourMaG.com", "Alain Vidal"]),
])
def test_transcript_turns_are_quotes_and_only_anonymous_questions_are_not(body, speakers):
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == speakers
    assert all(q.verb == ":" and q.direct for q in quotes)
    assert quotes[0].attribution == "transcript"


def test_organisation_named_by_an_agency_phrase_keeps_the_proper_name():
    quote = only("Le bilan s'alourdit, a indiqué l'agence de presse russe Tass.")
    assert (quote.speaker, quote.role, quote.kind) == ("Tass", "agence de presse russe", "organisation")


def test_generic_body_reference_points_back_to_the_last_body():
    body = ("Pro Natura, qui soutient l'initiative, juge que « le statu quo n'est plus une option ». "
            "L'organisation rappelle qu'un tiers des espèces sont menacées.")
    assert [(q.speaker, q.kind) for q in extract_quotes(body)] == [
        ("Pro Natura", "organisation"), ("Pro Natura", "organisation")]


@pytest.mark.parametrize("lead, speaker", [
    ("Le mouvement pourrait durer. Les dockers ont cessé le travail à l'appel de l'Union syndicale des ports du "
     "Havre (USPH).", "Union syndicale des ports du Havre"),
    ("Les dockers ont cessé le travail à l'appel de la mairie du Havre.", "syndicat"),
])
def test_a_generic_body_is_the_recent_body_whose_name_says_it_is_one(lead, speaker):
    body = f"{lead} Dans un communiqué, le syndicat dénonce des conditions « intenables »."
    assert [q.speaker for q in extract_quotes(body)] == [speaker]


def test_a_bare_body_noun_is_the_recent_body_whose_name_holds_it():
    body = ("Jeudi, le groupement de gendarmerie du Lot a diffusé un appel à témoins. Le garçon portait, selon la "
            "gendarmerie, un blouson rouge. « Toute information peut être utile », insiste le groupement.")
    assert [q.speaker for q in extract_quotes(body)] == ["groupement de gendarmerie du Lot"] * 2


def test_a_paper_named_by_what_it_is_is_the_paper_whose_name_abbreviates_it():
    body = ("Selon Rugby Hebdo, le contrat porterait sur trois saisons. L’hebdomadaire affirme également que "
            "deux autres clubs s’étaient manifestés.")
    assert [(q.speaker, q.kind) for q in extract_quotes(body)] == [("Rugby Hebdo", "organisation")] * 2


@pytest.mark.parametrize("quote_marks", [("« ", " »"), ('"', '"'), ("“", "”"), ("‹ ", " ›"), ("«\u00a0", "\u00a0»")])
def test_every_quotation_mark_style_is_recognised(quote_marks):
    opening, closing = quote_marks
    quote = only(f"{opening}Nous restons ouverts{closing}, a déclaré Jens Stoltenberg.")
    assert (quote.text, quote.direct) == ("Nous restons ouverts", True)


# --------------------------------------------------------------------------- negatives
@pytest.mark.parametrize("body", [
    "Washington accuse Moscou de s'être ingéré dans l'élection présidentielle américaine de 2016, ce que le Kremlin conteste.",
    "En avril, les alliés et la Russie ont eu des discussions \"franches et sérieuses\" lors d'une réunion du Conseil.",
    "Le New START, signé en 2010 entre Washington et Moscou, stipule les limites du nombre de têtes nucléaires.",
    "Lundi également, le Secrétaire du Conseil de sécurité russe Nikolaï Patrouchev et le conseiller Jake Sullivan "
    "se sont entretenus par téléphone pour discuter du New START.",
    "Le réalisateur Antoine Mercier présente à Cannes « Les Nuits de Saint-Ouen », trois ans après « L'Hiver ».",
    "La Maison Blanche n'a pas souhaité commenter. Le ministère n'a pas confirmé l'information.",
    "Selon des sources proches de la présidence, le chef de l'Etat devrait s'exprimer jeudi.",
    "Selon nos informations, l'enquête vise trois anciens adjoints.",
    "Selon une étude publiée dans The Lancet, la consommation de sucre augmente.",
    "« On a entendu un énorme bruit », raconte une voisine, encore choquée.",
    "Un homme a été interpellé dimanche soir, a-t-on appris auprès du parquet.",
    "Le gouvernement a annoncé lundi la suspension de l'accès à internet.",
    "Le ministre a appelé à une marche blanche samedi. Il a invité le maire à la cérémonie.",
    "L'imam Karim Benali a appelé les fidèles à la prière.",
    "Pour le moment, aucune date n'a été fixée pour la réunion.",
    "Les syndicats ont dénoncé « un plan social déguisé ».",
    "La société a annoncé un « plan de sauvegarde de l'emploi » concernant 300 salariés.",
    "Le tribunal a condamné le prévenu à deux ans de prison, dont un avec sursis.",
    "Le slogan « Travailler plus pour gagner plus » avait marqué la campagne de 2007.",
    "Le rapport, intitulé « Pour une école plus juste », sera remis au ministre la semaine prochaine.",
    "Les manifestants scandaient « Macron démission » devant la préfecture.",
])
def test_background_mentions_and_anonymous_sources_are_not_quotes(body):
    assert extract_quotes(body) == []


@pytest.mark.parametrize("body", ["", "   \n\n  ", "« « » »", "\"", "»»» «", "A.", "Il a dit.", ":::", "« Sans fin"])
def test_odd_input_gives_no_quotes_and_no_error(body):
    assert isinstance(extract_quotes(body), list)


# --------------------------------------------------------------------------- stages
def test_quote_spans_continue_across_paragraphs_and_nest():
    body = "« Un.\n\n« Deux “trois” quatre. »\n\nFin."
    spans = find_quote_spans(body, find_paragraphs(body))
    assert [body[s.start:s.end] for s in spans] == ["Un.\n\n« Deux “trois” quatre."]


def test_sentences_are_not_cut_inside_quotations_or_after_titles():
    body = "« Il est parti. Il reviendra », a dit M. Dupont. Puis il est sorti."
    paragraphs = find_paragraphs(body)
    sentences = split_sentences(body, paragraphs, find_quote_spans(body, paragraphs))
    assert [body[s.start:s.end] for s in sentences] == [
        "« Il est parti. Il reviendra », a dit M. Dupont.", "Puis il est sorti."]


@pytest.mark.parametrize("text, lemma, pronoun", [
    ("a-t-il déclaré", "déclarer", "il"), ("a-t-elle noté", "noter", "elle"), ("estime-t-il", "estimer", "il"),
    ("a de son côté fait savoir", "faire savoir", None), ("s'est-il félicité", "féliciter", "il"),
    ("déclara", "déclarer", None), ("expliquait-elle", "expliquer", "elle"), ("a tenu à préciser", "préciser", None),
    ("reconnaît", "reconnaître", None), ("a mis en garde", "mettre en garde", None), ("a-t-il encore dit", "dire", "il"),
])
def test_speech_verb_forms_are_recognised(text, lemma, pronoun):
    tokens = tokenize(text)
    verb = match_verb(tokens, 0, len(tokens), text)
    assert (verb.lemma, verb.pronoun, verb.text) == (lemma, pronoun, text)


@pytest.mark.parametrize("text", ["accuse", "conteste", "discute", "stipule", "s'entretient", "a rencontré"])
def test_background_verbs_are_not_speech_verbs(text):
    tokens = tokenize(text)
    assert match_verb(tokens, 0, len(tokens), text) is None


@pytest.mark.parametrize("text, name, role, kind", [
    ("le ministre russe des Affaires étrangères, Sergueï Lavrov", "Sergueï Lavrov",
     "ministre russe des Affaires étrangères", "person"),
    ("le porte-parole du Kremlin Dmitri Peskov", "Dmitri Peskov", "porte-parole du Kremlin", "person"),
    ("l'agence de presse russe Tass", "Tass", "agence de presse russe", "organisation"),
    ("la partie turque", "partie turque", None, "organisation"),
    ("le Dr Karim Benali, cardiologue", "Karim Benali", "cardiologue", "person"),
    ("l'Espagnol Carlos Vidal", "Carlos Vidal", "Espagnol", "person"),
    ("Giorgio Bellini, secrétaire général de la Fiom-CGIL", "Giorgio Bellini",
     "secrétaire général de la Fiom-CGIL", "person"),
])
def test_speaker_noun_phrases_split_role_and_name(text, name, role, kind):
    tokens = tokenize(text)
    mention, _ = parse_speaker(tokens, 0, len(tokens), text)
    assert (mention.name, mention.role, mention.kind) == (name, role, kind)


def test_attribution_inside_the_quotation_marks_keeps_one_statement():
    body = ("L'entraîneur Bruno Genet a fait le point. « Le seul bémol, c'est la blessure de Sakai, a-t-il confié "
            "après la rencontre, en zone mixte. Un début de match assez bizarre. »")
    quotes = extract_quotes(body)
    assert [(q.speaker, q.verb, q.text) for q in quotes] == [
        ("Bruno Genet", "a-t-il confié", "Le seul bémol, c'est la blessure de Sakai, a-t-il confié après la "
                                         "rencontre, en zone mixte. Un début de match assez bizarre.")]


def test_incise_cutting_a_quoted_sentence_is_one_statement():
    body = ("La ministre des Finances, Yasmine Kanaan-Harb, a ouvert les débats. « Ce projet, a-t-elle poursuivi, "
            "n’est ni une amnistie ni une punition. » Elle a quitté la salle.")
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == [
        ("Yasmine Kanaan-Harb", "Ce projet, a-t-elle poursuivi, n’est ni une amnistie ni une punition.")]


def test_incise_at_the_end_of_the_marks_leaves_the_quote_without_it():
    body = "Le maire, Paul Roy, était soulagé. « Nous avons tenu, a-t-il dit. »"
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == [("Paul Roy", "Nous avons tenu")]


def test_quoted_paragraph_after_an_interviewer_question_is_the_interviewee_answer():
    body = ("Nous avons fait le point avec le procureur Yann Le Bris.\n\n"
            "Que sait-on des circonstances de cette agression ?\n\n"
            "« Pour le moment, on sait que deux véhicules circulaient. »")
    assert summary(body) == [("Yann Le Bris", "", "transcript", True)]


def test_incise_in_the_middle_of_reported_speech_reports_the_whole_sentence():
    body = ("Le procureur Christian Mercuri a tenu un point presse. "
            "Les menaces, a précisé le magistrat, ont été reçues quelques minutes avant l'attaque.")
    quote = only(body)
    assert (quote.speaker, quote.attribution) == ("Christian Mercuri", "role")
    assert quote.text.startswith("Les menaces") and quote.text.endswith("l'attaque")


def test_party_label_after_a_role_is_not_part_of_the_name():
    body = "Jean-Pierre Raffarin, sénateur UMP de la Vienne, s'est contenté d'un simple adjectif : « Renversant ». "
    body += "« Nous voterons contre », a lancé le député LR Olivier Marleix."
    assert [(q.speaker, q.role) for q in extract_quotes(body)] == [
        ("Jean-Pierre Raffarin", "sénateur UMP de la Vienne"), ("Olivier Marleix", "député LR")]


def test_unknown_participle_after_an_inverted_auxiliary_is_kept_in_the_verb():
    body = "Jean-Luc Mélenchon a envoyé des tweets. « Hollande doit faire un effort », avait-il diffusé jeudi."
    assert summary(body) == [("Jean-Luc Mélenchon", "avait-il diffusé", "pronoun", True)]


def test_capitalised_name_lines_make_a_transcript_without_colons():
    body = ("C'est le petit déjeuner politique de Sibeth NDIAYE, porte-parole du gouvernement.\n\n"
            "PATRICK ROGER\n\nBonjour Sibeth NDIAYE.\n\nSIBETH NDIAYE\n\nBonjour.\n\n"
            "PATRICK ROGER\n\nFaut-il accélérer les mesures ?\n\n"
            "SIBETH NDIAYE\n\nChaque décès est un décès de trop.")
    quotes = extract_quotes(body)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("PATRICK ROGER", "Bonjour Sibeth NDIAYE."), ("Sibeth NDIAYE", "Bonjour."),
        ("Sibeth NDIAYE", "Chaque décès est un décès de trop.")]
    assert {q.attribution for q in quotes} == {"transcript"}


def test_someone_an_interview_answer_names_and_quotes_speaks_too():
    body = ("Entretien avec Odile Marchal, patronne des Tissages de l'Ouest.\n\n"
            "Ouest Éco : Comment avez-vous traversé la crise ?\n\n"
            "Odile Marchal : Difficilement. Le préfet de région, Henri Lacombe, m’a dit alors : "
            "« Les entreprises sérieuses tiendront. » Il avait raison. Il m'a dit aussi : « Courage. »\n\n"
            "Ouest Éco : Et aujourd'hui ?\n\n"
            "Odile Marchal : Nous embauchons de nouveau.")
    quotes = [(q.speaker, q.text[:25], q.attribution) for q in extract_quotes(body)]
    assert ("Henri Lacombe", "Les entreprises sérieuses", "name") in quotes
    # the answer stays hers, and the loose "il m'a dit" inside it gives nobody new
    assert {speaker for speaker, _, _ in quotes} == {"Ouest Éco", "Odile Marchal", "Henri Lacombe"}
    assert ("Odile Marchal", "Difficilement. Le préfet ", "transcript") in quotes


def test_a_single_capitalised_line_is_a_heading_not_a_transcript():
    body = "JEAN DUPONT\n\nLe maire a inauguré la médiathèque samedi."
    assert extract_quotes(body) == []


# --------------------------------------------------------------------------- shapes seen on real outlets
@pytest.mark.parametrize("body, text", [
    ("Le cinéaste a salué ‘’tous les spectateurs’’. ‘’Le cinéma reste libre’’, a-t-il dit, Karim Ouédraogo.",
     "Le cinéma reste libre"),
    ("Karim Ouédraogo est arrivé. ”Le cinéma reste libre”, a-t-il dit devant la presse.", "Le cinéma reste libre"),
    ("Karim Ouédraogo est arrivé. „Le cinéma reste libre“, a-t-il dit devant la presse.", "Le cinéma reste libre"),
])
def test_curly_marks_typed_every_which_way_pair_up(body, text):
    assert text in [q.text for q in extract_quotes(body)]


def test_a_line_break_ends_a_paragraph_as_raw_pages_write_them():
    body = "Jeanne Mbarga : Nous ouvrirons lundi.\nLe Soir - Et les horaires ?\nJeanne Mbarga : De 8 à 18 heures."
    assert [q.speaker for q in extract_quotes(body)] == ["Jeanne Mbarga", "Jeanne Mbarga"]


@pytest.mark.parametrize("body, expected", [
    ("Le bourgmestre Luc Vandamme a défendu le budget, estimant que la commune « n'a pas le choix ».",
     [("Luc Vandamme", "la commune « n'a pas le choix »")]),
    ("La prévenue a été relâchée, le parquet de Liège estimant qu'aucune charge ne tenait.",
     [("parquet de Liège", "aucune charge ne tenait")]),
    ("« Nous tiendrons », a assuré la syndique Anne Roulet, tout en ajoutant que les délais seraient longs.",
     [("Anne Roulet", "Nous tiendrons"), ("Anne Roulet", "les délais seraient longs")]),
    ("Le maire Paul Roux, estimant que la dette est maîtrisée, a signé le budget.",
     [("Paul Roux", "la dette est maîtrisée")]),
    ("Son secrétaire général, Roger Mbarga, tout en jugeant « légitimes » les revendications, estime que la grève "
     "« n'est pas la meilleure arme ».",
     [("Roger Mbarga", "« légitimes » les revendications"), ("Roger Mbarga", "la grève « n'est pas la meilleure arme »")]),
    ("L’agent Karim Zeroual a assuré que rien n’était signé, laissant entendre que deux clubs s’étaient manifestés.",
     [("Karim Zeroual", "rien n’était signé"), ("Karim Zeroual", "deux clubs s’étaient manifestés")]),
    ("La maire Anne Roulet a défendu le budget, faisant valoir que la dette « reste maîtrisée ».",
     [("Anne Roulet", "la dette « reste maîtrisée »")]),
])
def test_participle_clauses_are_statements_of_their_own(body, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Se disant « préoccupée » par l’impact de la mesure, la ministre Anne Roux a fait savoir que des aides "
     "suivraient.", [("Anne Roux", "« préoccupée » par l’impact de la mesure"), ("Anne Roux", "des aides suivraient")]),
    ("Estimant que la réforme « va trop loin », le syndicat Solidaires a appelé à la grève.",
     [("Solidaires", "la réforme « va trop loin »")]),
    ("Rappelant que le délai expire lundi, le maire Paul Nadal a exhorté les habitants à voter.",
     [("Paul Nadal", "le délai expire lundi"), ("Paul Nadal", "les habitants à voter")]),
    ("Laissant entendre que la réforme serait retirée, le ministre Paul Nadal a quitté la salle.",
     [("Paul Nadal", "la réforme serait retirée")]),
    ("Arrivant à Paris, le ministre Paul Nadal a visité l’usine.", []),
    ("Estimant que rien ne presse, des élus ont quitté la séance.", []),
])
def test_a_participle_clause_opening_the_sentence_is_its_subject_s_statement(body, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == expected


def test_a_gerund_glued_to_its_verb_is_the_same_statement():
    quotes = extract_quotes("Paul Dumas est formel. Ce rapport « reste valable », a-t-il noté en ajoutant que "
                            "rien ne pressait.")
    assert [q.verb for q in quotes] == ["a-t-il noté"]


@pytest.mark.parametrize("body, speaker", [
    # the definite description goes to the person the article is about …
    ("Isabelle Kouassi a été sacrée meilleure actrice. « Je n'y croyais plus », a confié l'actrice.",
     "Isabelle Kouassi"),
    ("Le prince Henri de Valmont est rentré jeudi. « Le pays tiendra », a assuré le souverain.",
     "Henri de Valmont"),
    # … or to the one who holds that role, named later in the article
    ("« Les chiffres sont bons », a indiqué le porte-parole de la préfecture. Pour Marc Lenoir, "
     "porte-parole de la préfecture, la saison sera calme.", "Marc Lenoir"),
])
def test_role_references_resolve_to_the_named_holder(body, speaker):
    assert {q.speaker for q in extract_quotes(body)} == {speaker}


def test_a_role_that_clashes_with_the_named_persons_stays_a_role():
    body = ("Le maire Paul Girard a inauguré le pont. « Les travaux ont coûté cher », a regretté le préfet.")
    assert [q.speaker for q in extract_quotes(body)] == ["préfet"]


def test_ce_dernier_is_the_person_last_named():
    body = ("Le club a reçu l'entraîneur Samuel Eto'o Fils et son adjoint Marc Kouam. "
            "Ce dernier a précisé que la préparation reprendrait lundi.")
    assert [q.speaker for q in extract_quotes(body)] == ["Marc Kouam"]


def test_hyphen_or_space_in_a_given_name_is_the_same_person():
    body = ("« La ville est calme », a déclaré Jean-Marc Louis Pierre. "
            "« Restez prudents », a ajouté Jean Marc Louis Pierre.")
    assert {q.speaker for q in extract_quotes(body)} == {"Jean-Marc Louis Pierre"}


def test_a_quotation_alone_takes_its_speaker_from_the_name_line_above_or_below():
    body = ("La réaction des entraîneurs\n\nSerge Alapini (ASEC)\n\n« Nous avons manqué de réalisme. »\n\n"
            "« Le nul est logique. »\n\nMoussa Diarra, entraîneur du Stade d'Abidjan")
    assert [(q.speaker, q.attribution) for q in extract_quotes(body)] == [
        ("Serge Alapini", "caption"), ("Moussa Diarra", "caption")]


def test_a_caption_above_takes_each_quotation_under_its_topic_lines_until_the_narrative():
    body = ("Les réactions\n\nKevin Larrieu (demi de mêlée du SUA, auteur des trois pénalités de la fin)\n\n"
            "Sur la dernière pénalité\n\n« J'ai fermé les yeux et j'ai tapé. »\n\n"
            "Sur le vestiaire\n\n« Les anciens ont parlé à la mi-temps. »\n\n"
            "Le club a annoncé un nouveau recrutement.\n\n« Personne ne sait encore qui. »")
    quotes = [(q.speaker, q.text, q.attribution) for q in extract_quotes(body)]
    assert quotes[:2] == [("Kevin Larrieu", "J'ai fermé les yeux et j'ai tapé.", "caption"),
                          ("Kevin Larrieu", "Les anciens ont parlé à la mi-temps.", "caption")]
    assert len(quotes) == 2  # the narrative line ends his turn: the last quotation is nobody's


@pytest.mark.parametrize("body, speakers", [
    ("« La croissance ralentit », commentent les analystes de la Banque Lambert.", ["analystes de la Banque Lambert"]),
    ("Les syndicats CSC et FGTB ont affirmé que la grève continuerait.", ["syndicats CSC et FGTB"]),
    ("Les syndicats ont affirmé que la grève continuerait.", []),
    ("Les habitants de Lyon ont affirmé que la grève continuerait.", []),
])
def test_defined_collectives_speak_and_generic_plurals_do_not(body, speakers):
    assert [q.speaker for q in extract_quotes(body)] == speakers


@pytest.mark.parametrize("body, speaker", [
    ("Le gouvernement a réagi aux propos du député Hugo Fabre, selon lequel la loi serait inapplicable.", "Hugo Fabre"),
    ("Il faut écouter Nadia Sellami, pour qui la réforme est une erreur historique.", "Nadia Sellami"),
    ("Il faut écouter Yves Morel, chercheur au laboratoire d’économie de Lille, pour qui la réforme est une erreur.",
     "Yves Morel"),
    ("Le gouvernement a réagi aux propos de Lina Haddad, professeure de droit à l’université de Tunis, selon "
     "laquelle la loi serait inapplicable.", "Lina Haddad"),
    ("Pour Alain Ndiaye, toutes les compagnies doivent être aidées.", "Alain Ndiaye"),
    ("Pour Paul Okafor, chercheur en sécurité informatique à l’université de Rennes, le principal danger est "
     "désormais l’hameçonnage.", "Paul Okafor"),
    ("Pour la CGT, cette réforme est injuste.", "CGT"),
    ("À l'inverse, pour l'association environnementale Sèvre Claire, l'arrêté « arrive enfin ».", "Sèvre Claire"),
])
def test_relative_and_pour_sources_attribute_words(body, speaker):
    assert [q.speaker for q in extract_quotes(body)] == [speaker]


@pytest.mark.parametrize("body", [
    "Selon une source au sein de l’administration fédérale, la hausse aurait pu dépasser les 6 %.",
    "D'après une source proche du ministère de l'Intérieur, le projet sera retiré.",
    "Selon des sources à la préfecture du Nord, la route restera fermée.",
])
def test_an_unnamed_source_inside_a_body_is_nobody_not_the_body(body):
    assert extract_quotes(body) == []


@pytest.mark.parametrize("body", ["Pour la France, le match sera difficile.", "Pour le moment, la ville est calme."])
def test_pour_with_a_place_or_a_time_attributes_nothing(body):
    assert extract_quotes(body) == []


def test_a_headline_in_capitals_with_a_colon_is_no_transcript():
    assert extract_quotes("INONDATIONS : LE BILAN VILLE PAR VILLE\n\nLes eaux montent.") == []


def test_extraction_stays_linear_on_a_book_length_text():
    body = "\n\n".join(json.loads(path.read_text(encoding="utf-8"))["body"] for path in sorted(EVAL.glob("*.json")))
    short = body * 2
    long_ = body * 40  # about 1.3 MB
    extract_quotes(short)  # warm the model and caches
    started = time.perf_counter()
    found_short = len(extract_quotes(short))
    short_time = time.perf_counter() - started
    started = time.perf_counter()
    found_long = len(extract_quotes(long_))
    long_time = time.perf_counter() - started
    assert len(long_) > 1_000_000
    # the copies repeat word for word, and a repeated paragraph says its statements once
    assert found_short > 200 and found_short <= found_long <= 20 * found_short
    # 20 times the text: a linear stage takes ~20 times as long; a quadratic one, 400 times
    assert long_time < 80 * max(short_time, 0.05)


def test_a_name_ending_at_the_colon_speaks_the_quotation():
    body = "Au barreau, la colère monte, à l'image de Me Carole Nsimba : « Ce dossier est vide. »"
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == [("Carole Nsimba", "Ce dossier est vide.")]


def test_a_quotation_cut_off_by_the_page_runs_to_its_paragraph_end():
    body = "Le maire Paul Dubois est furieux : « Nous ne céderons pas, ni cette année ni"
    assert [q.text for q in extract_quotes(body)] == ["Nous ne céderons pas, ni cette année ni"]


def test_a_clause_after_alors_que_has_its_own_source():
    body = ("D'après les syndicats CGT et FO, cent entreprises ont fermé, alors que le préfet a assuré "
            "que le taux de grévistes restait faible.")
    assert [q.speaker for q in extract_quotes(body)] == ["syndicats CGT et FO", "préfet"]


@pytest.mark.parametrize("body, speaker", [
    ("Sommet de la Cédéao : « Nous ne lâcherons rien », a lancé le président ghanéen.", "président ghanéen"),
    ("Au congrès du parti, la ministre Awa Ndiaye a affirmé que « l'unité est notre force ».", "Awa Ndiaye"),
])
def test_an_event_hosts_words_without_saying_them(body, speaker):
    assert [q.speaker for q in extract_quotes(body)] == [speaker]


@pytest.mark.parametrize("body, speaker, text", [
    ("Le député Marc Olivetti veut défendre « une école qui ne laisse personne au bord du chemin ».",
     "Marc Olivetti", "une école qui ne laisse personne au bord du chemin"),
    ("Après avoir salué ses joueurs, Kossi Agbeko s'est tourné ‘’vers tous les supporters, ici et au pays’’.",
     "Kossi Agbeko", "vers tous les supporters, ici et au pays"),
])
def test_a_quotation_in_a_named_subjects_clause_is_their_words_whatever_the_verb(body, speaker, text):
    quote = only(body)
    assert (quote.speaker, quote.text, quote.direct) == (speaker, text, True)


@pytest.mark.parametrize("body", [
    "La société a annoncé un « plan de sauvegarde de l'emploi » concernant 300 salariés.",
    "Ainsi, Awa Traoré rejoint le parti des « Forces nouvelles du progrès » en 2016.",
    "Le cinéaste Karim Dali présente cette semaine “Les Jours heureux” à Namur.",
    "Les ministres et la Banque centrale ont eu des échanges « francs et directs » mardi.",
])
def test_names_of_things_and_epithets_in_quotes_are_nobodys_words(body):
    assert extract_quotes(body) == []


def test_a_married_and_birth_name_make_one_person():
    body = ("Awa Sawadogo née Ouédraogo a été élue maire de Koudougou.\n\n"
            "« Je connais chaque quartier », dit Awa Ouédraogo.\n\n"
            "Selon Awa Sawadogo, les écoles manquent de bancs.")
    assert {q.speaker for q in extract_quotes(body)} == {"Awa Sawadogo née Ouédraogo"}


def test_a_pronoun_goes_to_the_latest_named_person_even_of_unknown_gender():
    body = ("Le réalisateur iranien avait déjà été primé à Venise.\n\n"
            "Samir Tavakoli est monté sur scène sous les applaudissements. « Le cinéma est notre liberté », "
            "a-t-il dit.")
    assert only(body).speaker == "Samir Tavakoli"


def test_a_body_named_in_passing_does_not_make_the_person_before_it_a_body():
    body = ("Wendkouni Zerbo est venue au parti par son oncle.\n\n"
            "Elle rejoint ensuite le parti du « soleil levant », puis une association de quartier.\n\n"
            "« Je voulais être utile », confie-t-elle.")
    quote = only(body)
    assert (quote.speaker, quote.kind) == ("Wendkouni Zerbo", "person")


@pytest.mark.parametrize("body, speaker, text", [
    ("Le ministre Paul Arnaud a appelé les pays européens à accélérer leurs livraisons.",
     "Paul Arnaud", "les pays européens à accélérer leurs livraisons"),
    ("La préfecture du Var invite les automobilistes à différer leurs départs.",
     "préfecture du Var", "les automobilistes à différer leurs départs"),
    ("Le président Andry Rakoto a exhorté la population à rester calme, l'appelant à ne pas céder aux rumeurs.",
     "Andry Rakoto", "la population à rester calme"),
    ("Le pape François a exhorté les fidèles à « ne pas céder à la peur ».", "François",
     "les fidèles à « ne pas céder à la peur »"),
])
def test_a_directive_infinitive_after_its_addressee_reports_words(body, speaker, text):
    quotes = extract_quotes(body)
    assert (quotes[0].speaker, quotes[0].text[:len(text)], quotes[0].direct) == (speaker, text, False)


@pytest.mark.parametrize("body, speaker", [
    ("Le commissaire Yves Morel dirige l'enquête. « Il n'y a pas de complice à ce stade », précise l'enquêteur.",
     "Yves Morel"),
    ("Karim Benali, secrétaire général de la CFDT du port, était présent. « Les salariés méritent mieux », "
     "insiste le syndicaliste.", "Karim Benali"),
    ("Le professeur Anne Leroux dirige le service. « Les lits manquent », alerte le médecin.", "Anne Leroux"),
])
def test_a_generic_descriptor_refers_back_to_the_person_named_by_rank(body, speaker):
    assert only(body).speaker == speaker


def test_a_body_named_in_apposition_with_its_acronym_keeps_both():
    body = ("Le consortium chargé du chantier, Tsiry Hydro Power (THP), affirme avoir respecté les normes. Selon THP, "
            "1 200 emplois seront créés.")
    expected = ("Tsiry Hydro Power", "consortium chargé du chantier")
    assert [(q.speaker, q.role) for q in extract_quotes(body)] == [expected] * 2


def test_a_scientist_named_by_her_field_is_the_researcher_said_next():
    body = ("L'entomologue Claire Vasseur a suivi 200 colonies. La chercheuse précise que les ouvrières exposées "
            "à la lumière « vivaient moins longtemps ».")
    assert [(q.speaker, q.role) for q in extract_quotes(body)] == [("Claire Vasseur", "entomologue")]


def test_a_lawyer_called_the_criminal_lawyer_is_still_the_lawyer():
    body = ("L'avocat du mari, Me Karim Benslim, dénonce « une enquête menée à charge ». « Mon client est dévasté », "
            "a réagi le pénaliste lyonnais.")
    assert [q.speaker for q in extract_quotes(body)] == ["Karim Benslim"] * 2


@pytest.mark.parametrize("role", ["pasteure", "rabbine", "médiatrice", "proviseure", "coordinatrice", "romancière",
                                  "constitutionnaliste", "criminologue", "diabétologue", "entomologue", "cultivatrice",
                                  "couturière", "ambulancière"])
def test_feminine_offices_are_roles(role):
    quote = only(f"« Nous restons unis », a assuré la {role} de la ville, Christine Oberlé.")
    assert (quote.speaker, quote.role) == ("Christine Oberlé", f"{role} de la ville")


def test_a_body_s_name_inside_a_role_leaves_the_person_to_the_apposition():
    quote = only("Pour la présidente de l'union commerciale Cœur de Ville, Nadia Benali, « il aurait fallu nous "
                 "consulter ».")
    assert (quote.speaker, quote.role) == ("Nadia Benali", "présidente de l'union commerciale Cœur de Ville")


def test_a_photo_credit_is_nobody():
    body = ("La fête avait attiré 9 000 spectateurs l'été dernier. Archives G. C.\n\n"
            "Présentant le budget, l'adjointe aux finances a justifié cette coupe. « Ce n'est pas un choix de cœur », "
            "a insisté Martine Séguret. Selon l'élue, la commune doit trouver 280 000 euros d'économies.")
    assert [q.speaker for q in extract_quotes(body)] == ["Martine Séguret"] * 2


def test_an_a_complement_then_adjectives_then_an_apposed_name_is_a_role():
    quote = only("Dans son rapport, la commissaire aux langues officielles, Josée Cormier, conclut que le service "
                 "« ne respecte toujours pas » ses obligations.")
    assert (quote.speaker, quote.role) == ("Josée Cormier", "commissaire aux langues officielles")


def test_a_rank_and_name_in_apposition_name_the_office_holder():
    quote = only("« La situation est grave », a averti le chef de l'armée, le général Ahmed Diallo, jeudi.")
    assert (quote.speaker, quote.role) == ("Ahmed Diallo", "chef de l'armée")


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


def test_a_lead_quotation_belongs_to_the_speaker_named_right_after_it():
    body = ("« Nous avons tout essayé. Les familles attendent des réponses. »\n\n"
            "« Nous ne lâcherons pas », a conclu Marie Lenoir, présidente de l'association.")
    assert [q.speaker for q in extract_quotes(body)] == ["Marie Lenoir", "Marie Lenoir"]


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


@pytest.mark.parametrize("body, speaker, text", [
    ("Pour le ministre de l'Intérieur, la menace terroriste reste très élevée.", "ministre de l'Intérieur",
     "la menace terroriste reste très élevée"),
    ("Aux yeux du procureur, les faits sont d'une extrême gravité.", "procureur", "les faits sont d'une extrême gravité"),
    ("À en croire le ministre Paul Roy, la crise est derrière nous.", "Paul Roy", "la crise est derrière nous"),
    ("De l'aveu même de Jean Ravel, la réforme « n'est pas parfaite ».", "Jean Ravel",
     "la réforme « n'est pas parfaite »"),
    ("Comme l'a rappelé la maire de Nantes, Johanna Rolland, la ville a déjà investi dix millions.",
     "Johanna Rolland", "la ville a déjà investi dix millions"),
    ("La dette dépasse les 3 000 milliards d'euros, comme le souligne la Cour des comptes.", "Cour des comptes",
     "La dette dépasse les 3 000 milliards d'euros"),
    ("Marie Dubois, qui estime que « rien n'a été fait », a saisi la justice.", "Marie Dubois", "rien n'a été fait"),
    ("Le maire, qui a assuré que la ville était prête, a inauguré le stade.", "maire", "la ville était prête"),
])
def test_sources_that_open_or_close_a_sentence_or_sit_in_a_relative(body, speaker, text):
    quote = only(body)
    assert (quote.speaker, quote.text) == (speaker, text)


@pytest.mark.parametrize("body, said", [
    ("« On punit un groupe qui n'y est pour rien », a regretté l'entraîneur Paul Vasseur, qui a ajouté que "
     "son vestiaire restait « soudé ».", "son vestiaire restait « soudé »"),
    ("« Nous avons compté 400 arbres tombés », a expliqué l'adjoint au maire, Yann Le Cam, qui évoque "
     "« un paysage de guerre ».", "un paysage de guerre"),
    ("« Personne ne doit rester seul dans le froid », a insisté la maire, Sophie Nadeau, qui demande aux "
     "habitants de prendre des nouvelles de leurs voisins.", "de prendre des nouvelles de leurs voisins"),
])
def test_a_relative_after_a_quotation_s_speaker_is_a_second_statement(body, said):
    first, second = extract_quotes(body)
    assert second.speaker == first.speaker and said in second.text


@pytest.mark.parametrize("body, speaker", [
    ("Le groupe de supporters Tribu Sud 1998 a présenté ses excuses, tout en dénonçant « une sanction injuste ».",
     "Tribu Sud 1998"),
    ("Le comité d'organisation Paris 2024 a confirmé que les billets seraient remboursés.", "Paris 2024"),
])
def test_a_year_ends_a_body_s_name(body, speaker):
    assert only(body).speaker == speaker


def test_a_relative_after_a_quotation_s_speaker_with_a_mere_object_says_nothing_more():
    quotes = extract_quotes("« C'est une victoire de caractère », a souligné l'entraîneur Will Still, qui a "
                            "salué la performance de son gardien.")
    assert [(q.speaker, q.text) for q in quotes] == [("Will Still", "C'est une victoire de caractère")]


@pytest.mark.parametrize("body", [
    "Pour le moment, rien n'est décidé.",
    "Pour un expert, la situation est grave.",
    "Pour les habitants, la situation reste difficile.",
    "Comme prévu, la séance a été levée à midi.",
    "Le bus, qui a quitté Lyon à midi, est arrivé le soir.",
])
def test_openers_without_a_definite_speaker_attribute_nothing(body):
    assert extract_quotes(body) == []


def test_avant_d_ajouter_que_is_a_statement_of_its_own():
    quotes = extract_quotes("Jean Ravel a assuré qu'il n'y aurait « aucune hausse d'impôts », avant d'ajouter "
                            "que le budget serait tenu.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Jean Ravel", "il n'y aurait « aucune hausse d'impôts »"), ("Jean Ravel", "le budget serait tenu")]


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


def test_words_read_on_social_networks_have_no_speaker():
    assert extract_quotes("« C'est une honte », peut-on lire sur les réseaux sociaux.") == []


@pytest.mark.parametrize("body, text", [
    ("Le syndicat CGT a demandé aux autorités de libérer les grévistes.", "aux autorités de libérer les grévistes"),
    ("Le syndicat CGT a demandé que les grévistes soient libérés.", "les grévistes soient libérés"),
])
def test_demander_reports_a_directive_or_a_que_clause(body, text):
    assert only(body).text == text


def test_demander_a_thing_is_an_act():
    assert extract_quotes("Le syndicat CGT a demandé une enquête.") == []


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


def test_a_party_label_in_brackets_between_name_and_verb():
    quote = only("Marie Roy (PS), élue depuis 2014, estime que la ville doit changer.")
    assert (quote.speaker, quote.text) == ("Marie Roy", "la ville doit changer")


def test_a_role_after_a_name_keeps_its_capitalised_complement():
    quote = only("Du côté des loyalistes, Sonia Backès, présidente de la province Sud, dénonce « une insurrection ».")
    assert (quote.speaker, quote.role) == ("Sonia Backès", "présidente de la province Sud")


def test_tout_en_after_a_quotation_starts_a_second_statement():
    quotes = extract_quotes("La FCPE a salué « une avancée » tout en demandant que les familles soient associées.")
    assert [q.text for q in quotes] == ["« une avancée »", "les familles soient associées"]


def test_a_signature_line_with_a_dash_names_the_quotation_above():
    body = "Le stade a été inauguré samedi.\n\n« C'est un grand jour pour toute la ville. »\n\n— Sylvain Robert, maire de Lens"
    assert only(body).speaker == "Sylvain Robert"


def test_an_interview_without_labels_gives_the_answers_to_the_person_interviewed():
    body = ("Le maire a inauguré le stade samedi, en présence du préfet Paul Roy.\n\n"
            "Trois questions à Marie Lenoir, directrice de l'office de tourisme.\n\n"
            "Comment se présente la saison ?\n\nTrès bien. Les réservations sont en hausse de 20 %.\n\n"
            "Quels sont les points faibles ?\n\nLe manque de logements, dont parle souvent Paul Roy, reste un frein.")
    assert [(q.speaker, q.text[:9]) for q in extract_quotes(body)] == [
        ("Marie Lenoir", "Très bien"), ("Marie Lenoir", "Le manque")]


def test_a_single_question_in_an_article_is_no_interview():
    body = "Faut-il rouvrir la ligne ?\n\nLe conseil régional en débattra lundi, selon le calendrier publié."
    assert extract_quotes(body) == []


@pytest.mark.parametrize("body, expected", [
    ("Lire aussi : « Le maire de Lyon veut piétonniser la presqu'île »", []),
    ("Marché de Noël : « Une fréquentation record », selon la mairie.", [("mairie", "Une fréquentation record")]),
    ("Grève SNCF : la direction estime que le trafic sera normal lundi.",
     [("direction", "le trafic sera normal lundi")]),
    ("Jean Morel : Nous ne céderons pas.", [("Jean Morel", "Nous ne céderons pas")]),
])
def test_a_topic_before_a_colon_is_no_speaker_but_a_name_is(body, expected):
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == expected


def test_celui_ci_is_the_person_last_named():
    quote = only("Le juge a longuement interrogé Paul Roy. Celui-ci a affirmé qu'il n'avait rien vu.")
    assert quote.speaker == "Paul Roy"


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


def test_a_role_goes_to_the_person_named_for_the_first_time_right_after_it():
    body = ("Le haut représentant de l'UE pour les affaires étrangères a condamné « une escalade ». "
            "Josep Borrell a appelé les Vingt-Sept à accélérer leurs livraisons.")
    assert {q.speaker for q in extract_quotes(body)} == {"Josep Borrell"}


@pytest.mark.parametrize("body", [
    "Le procureur a indiqué que l'enquête avançait. « C'est faux », a répondu Paul Roy.",
    "Le procureur a indiqué que l'enquête avançait. Paul Roy, lui, conteste les faits.",
])
def test_a_person_who_answers_the_role_or_does_not_speak_does_not_hold_it(body):
    assert "procureur" in {q.speaker for q in extract_quotes(body)}


@pytest.mark.parametrize("body, speaker, text", [
    ("Le port ne fermera pas cet hiver. Cette phrase, qui sonne comme une promesse, a été prononcée "
     "lundi au Parlement par Karim Alami.", "Karim Alami", "Le port ne fermera pas cet hiver"),
    ("La sécurité des Français est notre priorité. C'est ce qu'a affirmé le ministre Paul Roy jeudi.", "Paul Roy",
     "La sécurité des Français est notre priorité"),
    ("La croissance repartira en 2025. Voilà ce qu'affirme la Banque de France.", "Banque de France",
     "La croissance repartira en 2025"),
])
def test_a_sentence_that_names_who_said_the_previous_one(body, speaker, text):
    quote = only(body)
    assert (quote.speaker, quote.text) == (speaker, text)


def test_a_sentence_already_attributed_is_not_given_twice():
    body = "Paul Roy a déclaré que la loi passerait. C'est ce qu'a confirmé Marie Lenoir."
    assert [q.speaker for q in extract_quotes(body)] == ["Paul Roy"]


@pytest.mark.parametrize("body, speaker, role", [
    ("Le député-maire Paul Roy a assuré que le budget serait tenu.", "Paul Roy", "député-maire"),
    ("Maître Paul Roy a dénoncé « une enquête à charge ».", "Paul Roy", None),
])
def test_compound_roles_and_spelled_out_titles(body, speaker, role):
    quote = only(body)
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_quotation_before_anyone_is_named_goes_to_the_speaker_named_just_after():
    body = ("Au coup de sifflet final, il n'a pas caché sa déception :\n\n"
            "« On n'a pas été au niveau ce soir. »\n\n"
            "L'entraîneur Marc Diouf a ensuite salué « le courage » de ses joueurs.")
    assert [q.speaker for q in extract_quotes(body)] == ["Marc Diouf", "Marc Diouf"]


def test_a_religious_title_before_a_name():
    assert only("Sœur Marie Lenoir a raconté qu'elle soignait les blessés.").speaker == "Marie Lenoir"


def test_a_paragraph_repeated_word_for_word_is_one_statement():
    body = ("Paul Roy veut sauver « l'âme du vieux port ».\n\n"
            "Paul Roy veut sauver « l'âme du vieux port ».\n\nLe conseil se réunit lundi.")
    assert len(extract_quotes(body)) == 1


def test_the_same_words_in_different_paragraphs_are_kept():
    body = "Lundi : « Nous restons », a dit M. Martin.\n\nMardi : « Nous restons », a dit M. Martin."
    assert len(extract_quotes(body)) == 2


@pytest.mark.parametrize("body, expected", [
    ("Odile Brun – « La vallée est un jardin, pas une décharge »", ["Odile Brun"]),
    ("Marie Lenoir« Nous ne lâcherons rien »", ["Marie Lenoir"]),
    ("Paris – « Une ville sous tension »", []),
])
def test_a_headline_full_name_then_a_dash_then_a_quotation(body, expected):
    assert [q.speaker for q in extract_quotes(body)] == expected


@pytest.mark.parametrize("verb", ["a toujours répété", "nous a souvent répété", "a à plusieurs reprises affirmé",
                                  "a d'abord expliqué"])
def test_adverbs_of_time_and_frequency_between_auxiliary_and_participle(verb):
    body = f"Paul Roy {verb} que la ville ne paierait pas."
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == [("Paul Roy", "la ville ne paierait pas")]


def test_a_second_speech_verb_whose_object_holds_a_quotation_is_a_statement_of_its_own():
    quotes = extract_quotes("Son président, Jean Brossard, estime que les irrigants « ont fait des efforts », et met "
                            "en garde contre des pertes « qui pourraient atteindre 40 % » sur le maïs.")
    assert [(q.speaker, q.verb) for q in quotes] == [("Jean Brossard", "estime"), ("Jean Brossard", "met en garde")]
    assert extract_quotes("Jean Brossard estime que les efforts sont faits et dénonce la réforme.")[0].text == \
        "les efforts sont faits et dénonce la réforme"


@pytest.mark.parametrize("lead", ["Dans un communiqué, la Sénélec", "Lundi soir, la Sénélec"])
def test_a_coordinated_speech_verb_finds_its_subject_after_a_leading_adverbial(lead):
    body = f"{lead} présente ses excuses et indique que le courant reviendra jeudi."
    assert [(q.speaker, q.text) for q in extract_quotes(body)] == [("Sénélec", "le courant reviendra jeudi")]


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


@pytest.mark.parametrize("body, speaker", [
    ("Le SE-Unsa se montre plus nuancé. Quant au Snalc, il dénonce « un mépris total pour les personnels ».",
     "Snalc"),
    ("Le maire a parlé longtemps. Quant à la FSU, elle dénonce « un mépris total pour les personnels ».", "FSU"),
])
def test_quant_a_names_whom_the_pronoun_means(body, speaker):
    assert [q.speaker for q in extract_quotes(body)] == [speaker]


def test_a_body_s_name_with_et_after_plainte_contre_x():
    quotes = extract_quotes("L'association Eau et Rivières de Bretagne a annoncé son intention de porter "
                            "plainte contre X. "
                            "Pour l'association, « ce n'est pas un accident isolé ».")
    assert [q.speaker for q in quotes] == ["Eau et Rivières de Bretagne"]


@pytest.mark.parametrize("body, speaker", [
    ("Le gouvernement « exhorte les transporteurs à ne pas répercuter cette hausse » et annonce une concertation.",
     "gouvernement"),
    ("La CGT « appelle tous les salariés à cesser le travail jeudi ».", "CGT"),
    ("Dans un communiqué, la CGT y « appelle tous les salariés à cesser le travail jeudi ».", "CGT"),
    ("Le gouvernement leur « demande de ne pas répercuter cette hausse sur les prix ».", "gouvernement"),
])
def test_a_quotation_opening_on_the_subject_s_speech_verb_is_its_words(body, speaker):
    quote = only(body)
    assert quote.speaker == speaker and quote.text.startswith(("exhorte", "appelle", "demande"))


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


def test_selon_inside_reported_words_is_a_second_statement():
    quotes = extract_quotes("Paul Roy estime que la réforme est mauvaise, ce qui, selon lui, « pénalise les plus "
                            "pauvres ».")
    assert [(q.speaker, q.text) for q in quotes] == [("Paul Roy", "la réforme est mauvaise"),
                                                    ("Paul Roy", "pénalise les plus pauvres")]


def test_a_quoted_speech_verb_beside_a_reported_statement_is_a_statement_too():
    quotes = extract_quotes("La CGT a réagi. Le syndicat « dénonce une décision injuste » et affirme que la "
                            "direction a menti aux salariés.")
    assert [(q.speaker, q.direct) for q in quotes] == [("CGT", True), ("CGT", False)]


def test_a_role_record_is_the_next_named_person_whose_rank_fits():
    quotes = extract_quotes("« Nous avons exploité plus de quarante heures d'images », a expliqué le commandant de la "
                            "compagnie de gendarmerie de Die. Le chef d'escadron Karim Ould-Bessaïh a salué le "
                            "« travail méticuleux de ses hommes ».")
    assert {q.speaker for q in quotes} == {"Karim Ould-Bessaïh"}


def test_a_role_record_is_not_the_next_named_person_of_another_office():
    quotes = extract_quotes("« Les faits sont graves et établis », a expliqué le procureur de Lyon. Le maire Paul Roy "
                            "a salué le « travail remarquable des policiers ».")
    assert [q.speaker for q in quotes] == ["procureur de Lyon", "Paul Roy"]


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
