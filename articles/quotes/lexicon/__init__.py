"""French word lists for quote attribution: speech verbs, role and body nouns, names.

Every lookup key is accent-folded and lower-cased (see `fold`), so "Etat"/"État" or
"reconnait"/"reconnaît" hit the same entry. Function words that folding would merge
("a"/"à", "la"/"là") are compared on the plain lower-cased token instead.
Verbs are in `verbs.py`, nouns of roles and bodies in `nouns.py`; names, determiners and other
function words here. Everything is read as `lexicon.NAME`.
"""
from __future__ import annotations

from ..given_names import FEMALE, MALE
from .folding import fold, folded_set, lower_set
from .nouns import (BODY_NOUNS, DEMONYMS, DEMONYM_ENDINGS, DOCUMENT_NOUNS, EPITHETS, GENERIC_BODY_HEADS,
                    INSTITUTION_NAMES, ISSUED_DOCUMENTS, KNOWN_BODIES, MASCULINE, MEDIA_HEADS, MEDIA_NAMES,
                    NON_REFERRING_ROLES, ORG_LAST_WORDS, PLACE_WORDS, RANK_PHRASES, ROLE_COMPATIBLE, ROLE_NOUNS,
                    ROLE_PHRASES)
from .verbs import (ADJ, ADVERB_SEQUENCES, AUXILIARIES, CONTINUING_LEMMAS, DIR, FINITE, INF, LOCUTIONS, NEGATIONS,
                    NON_SPEECH_LEMMAS, NP, OBJECT_CLITICS, PARTICIPLES, PLURAL_PRONOUNS, PRESENT_LOCUTIONS,
                    PRESENT_PARTICIPLES, REFLEXIVE_AUX, SENTENCE_ADVERBS, SUBJECT_PRONOUNS, TONIC_PRONOUNS,
                    VERB_ADVERBS)

__all__ = ["ADJ", "ADVERB_SEQUENCES", "ANSWER_LABELS", "AUXILIARIES", "BODY_NOUNS", "CAP_STOPWORDS",
           "CONTINUING_LEMMAS", "DEFINITE_DETS", "DEMONYMS", "DEMONYM_ENDINGS", "DIR", "DOCUMENT_NOUNS", "EPITHETS",
           "EVENT_NOUNS", "FINITE", "GENERIC_BODY_HEADS", "GIVEN_NAMES", "INDEFINITE_DETS", "INF",
           "INSTITUTION_NAMES", "ISSUED_DOCUMENTS", "KNOWN_BODIES", "LOCUTIONS", "MASCULINE", "MEDIA_HEADS",
           "MEDIA_NAMES", "NAME_PARTICLES", "NEGATIONS", "NON_REFERRING_ROLES", "NON_SPEECH_LEMMAS", "NP",
           "OBJECT_CLITICS", "ORG_LAST_WORDS", "PARTICIPLES", "PATRONYMIC_LINKS", "PLACE_WORDS", "PLURAL_PRONOUNS",
           "POSSESSIVES", "PREPOSITIONS", "PRESENT_LOCUTIONS", "PRESENT_PARTICIPLES", "PRE_ADJECTIVES",
           "QUESTION_LABELS", "RANK_PHRASES", "REFLEXIVE_AUX", "ROLE_BREAKERS", "ROLE_COMPATIBLE", "ROLE_NOUNS",
           "ROLE_PHRASES", "ROLE_PREPOSITIONS", "SENTENCE_ADVERBS", "SUBJECT_PRONOUNS", "TIME_WORDS", "TITLES",
           "TONIC_PRONOUNS", "VERB_ADVERBS", "fold", "folded_set", "lower_set"]

# Particles inside personal names ("Ursula von der Leyen", "Giscard d'Estaing").
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "von", "van", "der", "den", "da", "di", "dos", "das",
                            "del", "della", "ben", "bin", "ibn", "al", "el", "ter", "zu", "y", "bou",
                            "abou", "abu", "le", "la", "mac", "st"})
# Links of an Arabic or Berber patronymic chain ("Sidi Ahmed Ould Cheikhna", "Mariem Mint Ahmed"):
# a capitalised run holding one is a person's name from its first word.
PATRONYMIC_LINKS = frozenset({"ould", "mint", "bent", "bint", "ben", "bin", "ibn", "ag"})
TITLES: dict[str, str | None] = {"m.": "m", "mme": "f", "mme.": "f", "mlle": "f", "mgr": "m", "dr": None,
                                 "dr.": None, "pr": None, "pr.": None, "me": None, "mr": "m", "mr.": "m",
                                 "dre": "f", "sir": "m", "lady": "f", "cheikh": "m", "maître": None,
                                 "monsieur": "m", "madame": "f", "mademoiselle": "f", "monseigneur": "m",
                                 "sœur": "f", "soeur": "f", "frère": "m"}
# Capitalised words that open sentences but never names.
CAP_STOPWORDS = folded_set(
    "le la les l' un une des du de d' au aux à a selon pour mais et il elle ils elles on nous vous je tu "
    "ce cet cette ces ça cela celui celle en dans sur sous par avec sans chez vers entre lors après avant "
    "depuis pendant dès face quand lorsque si comme puis ensuite alors ainsi enfin pourtant cependant "
    "toutefois néanmoins or donc car aussi encore déjà même hier aujourd'hui demain lundi mardi mercredi "
    "jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre son sa ses leur leurs notre nos votre vos mon ma mes plusieurs certains certaines "
    "aucun aucune chaque tout tous toute toutes quelques autre autres outre quant voici voilà qui que quoi "
    "dont où c' qu' n' s' j' m' t' se ne y oui non là ici très plus moins bien mal question réponse q r pas "
    "interrogé interrogée contacté contactée joint jointe sollicité sollicitée invité invitée battu battue "
    "selon d'après extraits entretien bilan objectif résultat conclusion verdict explication "
    "premier première dernier dernière nouveau nouvelle ancien ancienne seul seule "
    "archives archive illustration crédit crédits légende"
)
DEFINITE_DETS = frozenset({"le", "la", "l'", "les"})
INDEFINITE_DETS = frozenset({"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "d'autres",
                             "aucun", "aucune", "deux", "trois", "nombreux", "nombreuses", "divers", "diverses"})
POSSESSIVES = {"son": "m", "sa": "f", "leur": None, "notre": None, "votre": None}
PRE_ADJECTIVES = {"premier": "m", "première": "f", "nouveau": "m", "nouvel": "m", "nouvelle": "f",
                  "ancien": "m", "ancienne": "f", "ex": None, "ex-": None, "haut": "m", "haute": "f",
                  "jeune": None, "vieux": "m", "vieil": "m", "vieille": "f", "actuel": "m", "actuelle": "f",
                  "futur": "m", "future": "f", "influent": "m", "influente": "f", "puissant": "m",
                  "puissante": "f", "célèbre": None, "éternel": "m", "principal": "m", "principale": "f",
                  "grand": "m", "grande": "f", "fidèle": None, "vice": None, "sous": None, "dernier": "m",
                  "dernière": "f", "meilleur": "m", "meilleure": "f", "petit": "m", "petite": "f"}
PREPOSITIONS = frozenset({"à", "au", "aux", "de", "du", "des", "d'", "dans", "sur", "sous", "lors", "devant",
                          "derrière", "pendant", "après", "avant", "depuis", "en", "par", "pour", "avec",
                          "chez", "vers", "auprès", "contre", "entre", "selon", "via", "malgré", "face",
                          "dès", "jusqu'à", "jusqu'", "hors", "parmi", "sans", "outre"})
# Prepositions that may open a complement inside a role ("directrice de recherche au CNRS").
ROLE_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "en", "chez", "pour"})
# Words that end a role phrase even though they are lower-case ("le ministre lors de …").
ROLE_BREAKERS = lower_set(
    "lors après avant pendant depuis dans sur devant selon qui que qu' dont où mais et ou a est "
    "avait était sera serait ont sont y en ne n' se s' lui leur il elle ce cette ces son sa ses "
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain matin soir "
    "également aussi encore déjà toutefois cependant pourtant ensuite enfin alors ainsi aussitôt "
    "vendredi soir midi semaine mois an année jour récemment notamment via contre malgré entre "
    "quant comme avec sans vers chez auprès face dès par puis donc car or très plus moins"
)
TIME_WORDS = folded_set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi après-midi hier "
    "aujourd'hui demain semaine mois année an week-end dernier dernière prochain prochaine veille "
    "lendemain soirée matinée journée nuit janvier février mars avril mai juin juillet août "
    "septembre octobre novembre décembre tôt tard plus"
)
# Given names with their gender (given_names.py): help split "du Kremlin Dmitri Peskov" and guess pronouns.
GIVEN_NAMES: dict[str, str] = {}
for _n in MALE.split():
    GIVEN_NAMES.setdefault(fold(_n.rstrip("?")), "m")
for _n in FEMALE.split():
    if GIVEN_NAMES.get(fold(_n)) == "m" and _n not in ("Mao", "Hua", "Liz", "Kamala"):
        continue
    GIVEN_NAMES[fold(_n)] = "f"
for _n in ("kamala", "liz", "mao", "hua"):
    GIVEN_NAMES[_n] = "f"
# Interview labels.
# Events and venues host words without saying them ("Sommet de la Cédéao : « … »").
EVENT_NOUNS = folded_set("sommet congrès conférence colloque séminaire réunion cérémonie meeting gala salon "
                     "rencontre audience procès débat table-ronde visioconférence point-presse dialogue "
                     "assises forum concertation négociations pourparlers")
QUESTION_LABELS = folded_set("question questions q journaliste")
ANSWER_LABELS = folded_set("réponse r")
