"""Speech verbs and their forms, with the words a verb phrase may hold (auxiliaries, adverbs, clitics)."""
from __future__ import annotations

from .folding import fold, folded_set, lower_set

# Complement a verb accepts when it comes BEFORE what is reported (subject-first).
# Every verb takes "que"/"qu'" and ":"; some also an infinitive ("a nié avoir …"),
# an adjective ("s'est dit préoccupé"), or a noun phrase ("a dénoncé une dérive").
INF, ADJ, NP = "inf", "adj", "np"
# Directive verbs report only "object + à/de + infinitive": "appelle les habitants à rester
# chez eux"; "a appelé à une marche" or "a invité le ministre" is an act, not words.
DIR = "dir"

# Regular first-group verbs, one line per family, with the extra complements they allow.
_ER_VERBS: dict[str, tuple[str, ...]] = {
    # neutral reporting
    "déclarer indiquer préciser souligner rappeler noter observer ajouter expliquer "
    "signaler mentionner spécifier signifier relever remarquer constater répéter "
    "réitérer réaffirmer marteler insister raconter rapporter relater narrer résumer "
    "détailler énumérer commenter analyser décrypter illustrer compléter enchaîner "
    "embrayer répliquer rétorquer objecter protester informer révéler "
    "confier lancer glisser lâcher souffler murmurer chuchoter tonner clamer proclamer "
    "crier hurler asséner assener ironiser plaisanter soupirer pester tempêter fulminer "
    "nuancer tempérer relativiser abonder trancher tweeter twitter témoigner argumenter "
    "arguer justifier qualifier proposer préconiser exiger exprimer "
    "pronostiquer alerter parler évoquer réfuter rectifier corriger riposter railler tacler "
    "taquiner chambrer jubiler exulter savourer apprécier grommeler maugréer râler confesser "
    "éluder positiver philosopher rassurer interpeller interroger questionner "
    "pointer grimacer prophétiser insister détailler prédire concéder avancer "
    "réclamer souhaiter": (),
    "appeler inviter encourager enjoindre sommer prier exhorter implorer supplier": (DIR,),
    # advice is words too: "recommande au gouvernement de suspendre …" ("propose de découvrir" offers)
    "recommander conseiller suggérer": (DIR,),
    # "a demandé aux autorités de libérer …" as well as "a demandé que …"
    "demander": (DIR, INF),
    # statements that may take an infinitive: "a affirmé être …", "confie avoir …"
    "affirmer assurer estimer annoncer avouer certifier jurer penser considérer juger "
    "confirmer": (INF,),
    # evaluative verbs whose noun object is itself the reported content
    "dénoncer déplorer regretter saluer condamner fustiger critiquer nier plaider "
    "redouter": (INF, NP),
}
# Pronominal first-group verbs ("s'est félicité", "s'inquiète-t-il").
_ER_PRONOMINAL: dict[str, tuple[str, ...]] = {
    "féliciter inquiéter alarmer indigner étonner insurger emporter agacer désoler "
    "lamenter plaindre": (INF, NP),
    "interroger exclamer écrier amuser demander excuser justifier confier engager "
    "rappeler remémorer étrangler enthousiasmer esclaffer offusquer émouvoir impatienter "
    "emballer exprimer émerveiller": (INF,),
    "déclarer": (ADJ,),
}
# Irregular verbs: lemma → (3sg present forms, 3sg imparfait, 3sg passé simple, participles,
# complements). Only third-person singular forms: plural speakers are not attributed.
_IRREGULAR: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "dire": ("dit", "disait", "dit", "dit", (INF,)),
    "redire": ("redit", "redisait", "redit", "redit", ()),
    "prédire": ("prédit", "prédisait", "prédit", "prédit", ()),
    "écrire": ("écrit", "écrivait", "écrivit", "écrit", ()),
    "décrire": ("décrit", "décrivait", "décrivit", "décrit", ()),
    "répondre": ("répond", "répondait", "répondit", "répondu", ()),
    "poursuivre": ("poursuit", "poursuivait", "poursuivit", "poursuivi", ()),
    "reprendre": ("reprend", "reprenait", "reprit", "repris", ()),
    "conclure": ("conclut", "concluait", "conclut", "conclu", ()),
    "reconnaître": ("reconnaît reconnait", "reconnaissait", "reconnut", "reconnu", (INF,)),
    "admettre": ("admet", "admettait", "admit", "admis", (INF,)),
    "promettre": ("promet", "promettait", "promit", "promis", (INF,)),
    "prévenir": ("prévient", "prévenait", "prévint", "prévenu", ()),
    "soutenir": ("soutient", "soutenait", "soutint", "soutenu", (INF,)),
    "maintenir": ("maintient", "maintenait", "maintint", "maintenu", (INF,)),
    "démentir": ("dément", "démentait", "démentit", "démenti", (INF, NP)),
    "sourire": ("sourit", "souriait", "sourit", "souri", ()),
    "croire": ("croit", "croyait", "crut", "cru", (INF,)),
    "craindre": ("craint", "craignait", "craignit", "craint", (NP,)),
    "prétendre": ("prétend", "prétendait", "prétendit", "prétendu", (INF,)),
    "avertir": ("avertit", "avertissait", "avertit", "averti", ()),
    "garantir": ("garantit", "garantissait", "garantit", "garanti", ()),
    "renchérir": ("renchérit", "renchérissait", "renchérit", "renchéri", ()),
    "réagir": ("réagit", "réagissait", "réagit", "réagi", ()),
    "défendre": ("défend", "défendait", "défendit", "défendu", ()),
    "rire": ("rit", "riait", "rit", "ri", ()),
    "interrompre": ("interrompt", "interrompait", "interrompit", "interrompu", ()),
    # forecasts with a que-clause ("le FMI prévoit que la croissance ralentira"); "prévoit de" plans an act
    "prévoir": ("prévoit", "prévoyait", "prévit", "prévu", ()),
}
_IRREGULAR_PRONOMINAL: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "dire": ("dit", "disait", "dit", "dit", (ADJ, INF)),
    "réjouir": ("réjouit", "réjouissait", "réjouit", "réjoui", (INF, NP)),
    "souvenir": ("souvient", "souvenait", "souvint", "souvenu", (INF,)),
    "défendre": ("défend", "défendait", "défendit", "défendu", (INF, NP)),
    "plaindre": ("plaint", "plaignait", "plaignit", "plaint", (INF, NP)),
}
# Multi-word verbs: first word's forms come from the lemma, the tail is fixed.
_LOCUTIONS: dict[str, tuple[str, tuple[str, str, str, str], tuple[str, ...]]] = {
    "faire savoir": ("savoir", ("fait", "faisait", "fit", "fait"), ()),
    "faire valoir": ("valoir", ("fait", "faisait", "fit", "fait"), ()),
    "faire remarquer": ("remarquer", ("fait", "faisait", "fit", "fait"), ()),
    "faire observer": ("observer", ("fait", "faisait", "fit", "fait"), ()),
    "faire part": ("part", ("fait", "faisait", "fit", "fait"), (NP,)),
    "faire état": ("état", ("fait", "faisait", "fit", "fait"), (NP,)),
    "mettre en avant": ("en avant", ("met", "mettait", "mit", "mis"), ()),
    "mettre en garde": ("en garde", ("met", "mettait", "mit", "mis"), (NP,)),
    "laisser entendre": ("entendre", ("laisse", "laissait", "laissa", "laissé"), ()),
    "laisser savoir": ("savoir", ("laisse", "laissait", "laissa", "laissé"), ()),
    # communiqués: "porte à la connaissance du public que …"
    "porter à la connaissance": ("à la connaissance", ("porte", "portait", "porta", "porté"), ()),
}
# Third-person plural forms of irregular speech verbs (present, imparfait, passé simple).
_IRREGULAR_PLURAL = {
    "dire": "disent disaient dirent", "écrire": "écrivent écrivaient écrivirent",
    "répondre": "répondent répondaient répondirent", "poursuivre": "poursuivent poursuivaient",
    "reprendre": "reprennent reprenaient", "conclure": "concluent concluaient",
    "reconnaître": "reconnaissent reconnaissaient", "admettre": "admettent admettaient",
    "promettre": "promettent promettaient", "soutenir": "soutiennent soutenaient",
    "maintenir": "maintiennent maintenaient", "démentir": "démentent démentaient",
    "croire": "croient croyaient", "craindre": "craignent craignaient",
    "prétendre": "prétendent prétendaient", "avertir": "avertissent avertissaient",
    "garantir": "garantissent garantissaient", "réagir": "réagissent réagissaient",
    "défendre": "défendent défendaient", "prévenir": "préviennent prévenaient",
    "prévoir": "prévoient prévoyaient",
}
# Present participles of irregular speech verbs ("…, disant que …"); "maintenant" is left
# out: it is far more often the adverb.
_IRREGULAR_PRESENT = {
    "dire": "disant", "écrire": "écrivant", "répondre": "répondant", "poursuivre": "poursuivant",
    "reprendre": "reprenant", "conclure": "concluant", "reconnaître": "reconnaissant",
    "admettre": "admettant", "promettre": "promettant", "prévenir": "prévenant",
    "soutenir": "soutenant", "démentir": "démentant", "croire": "croyant", "craindre": "craignant",
    "prétendre": "prétendant", "avertir": "avertissant", "garantir": "garantissant",
    "renchérir": "renchérissant", "réagir": "réagissant", "défendre": "défendant",
}
# Verbs that say the speaker is continuing: their pronoun looks for an earlier speaker.
CONTINUING_LEMMAS = frozenset("ajouter poursuivre conclure renchérir enchaîner compléter reprendre embrayer".split())
# Lemmas that are never speech verbs here, even though they relate to talk.
# (Listed for documentation and tests: the lexicon simply does not contain them.)
NON_SPEECH_LEMMAS = folded_set("accuser contester discuter entretenir stipuler convenir espérer")


def _er_forms(lemma: str) -> tuple[list[str], str]:
    """Third-person finite forms and the participle of a first-group verb."""
    stem = lemma[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")
    soft = soft[:-1] + "ç" if soft.endswith("c") else soft
    present = stem + "e"
    for old, new in (("é", "è"),):  # répéter → répète, asséner → assène
        if stem[-2:-1] == old and stem[-1] not in "aeiouéè":
            present = stem[:-2] + new + stem[-1] + "e"
    if lemma in ("rappeler", "appeler"):
        present = stem + "le"
    if lemma == "marteler":
        present = "martèle"
    return [present, soft + "ait", soft + "a"], stem + "é"


def _build() -> tuple[dict, dict, dict, dict, dict]:
    """Index every form → (lemma, complements, pronominal)."""
    finite: dict[str, tuple[str, tuple[str, ...], bool]] = {}
    participle: dict[str, tuple[str, tuple[str, ...], bool]] = {}
    locutions: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {}
    present: dict[str, tuple[str, tuple[str, ...], bool]] = {}
    for table, pronominal in ((_ER_VERBS, False), (_ER_PRONOMINAL, True)):
        for lemmas, comps in table.items():
            for lemma in lemmas.split():
                forms, pp = _er_forms(lemma)
                _add(finite, forms, lemma, comps, pronominal)
                _add(participle, [pp, pp + "e", pp + "s", pp + "es"] if pronominal else [pp],
                     lemma, comps, pronominal)
    for table, pronominal in ((_IRREGULAR, False), (_IRREGULAR_PRONOMINAL, True)):
        for lemma, (pres, imp, simple, pp, comps) in table.items():
            _add(finite, pres.split() + [imp, simple], lemma, comps, pronominal)
            pps = [pp, pp + "e", pp + "s", pp + "es"] if pronominal else [pp]
            _add(participle, pps, lemma, comps, pronominal)
    for lemma, comps_of in ((l, c) for table in (_ER_VERBS,) for ls, c in table.items() for l in ls.split()):
        stem = lemma[:-2]
        soft = stem + ("e" if stem.endswith("g") else "")
        _add(present, [(soft[:-1] + "ç" if soft.endswith("c") else soft) + "ant"], lemma, comps_of, False)
    for lemmas, comps in _ER_VERBS.items():
        for lemma in lemmas.split():  # plural forms, for defined collectives ("commentent les analystes de X")
            singular = _er_forms(lemma)[0][0]
            stem, soft = lemma[:-2], lemma[:-2] + ("e" if lemma[:-2].endswith("g") else "")
            soft = soft[:-1] + "ç" if soft.endswith("c") else soft
            _add_missing(finite, [singular + "nt", soft + "aient", stem + "èrent"], lemma, comps, False)
    for lemma, forms in _IRREGULAR_PLURAL.items():
        _add_missing(finite, forms.split(), lemma, _IRREGULAR[lemma][4], False)
    for lemma, form in _IRREGULAR_PRESENT.items():
        _add(present, [form], lemma, _IRREGULAR[lemma][4], False)
    present_locutions: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {}
    for lemma, (tail, (pres, imp, simple, pp), comps) in _LOCUTIONS.items():
        entry = (tuple(fold(tail).split()), lemma, comps)
        for head in {pres, imp, simple, pp}:
            locutions.setdefault(fold(head), []).append(entry)
        # "…, laissant entendre que …": the present participle, from the imparfait ("laissait")
        present_locutions.setdefault(fold(imp[:-3] + "ant"), []).append(entry)
    return finite, participle, locutions, present, present_locutions


def _add_missing(index: dict, forms: list[str], lemma: str, comps: tuple[str, ...], pronominal: bool) -> None:
    """Add forms that no other verb already owns ("comptent" must not shadow anything)."""
    for form in forms:
        index.setdefault(fold(form), (lemma, comps, pronominal))


def _add(index: dict, forms: list[str], lemma: str, comps: tuple[str, ...], pronominal: bool) -> None:
    for form in forms:
        key = fold(form)
        # a form shared by a plain and a pronominal verb keeps both readings
        if key in index and index[key][2] != pronominal:
            index[key + "#p" if pronominal else key] = (lemma, comps, pronominal)
            continue
        index[key] = (lemma, comps, pronominal)


FINITE, PARTICIPLES, LOCUTIONS, PRESENT_PARTICIPLES, PRESENT_LOCUTIONS = _build()

# Auxiliaries of compound tenses ("a déclaré", "avait dit", "aurait affirmé").
AUXILIARIES = frozenset({"a", "avait", "aurait", "aura", "eut", "ont", "avaient", "auraient"})
REFLEXIVE_AUX = frozenset({"est", "était", "serait", "sera", "sont", "étaient", "seraient"})
SUBJECT_PRONOUNS = {"il": "m", "elle": "f"}
PLURAL_PRONOUNS = {"ils": "m", "elles": "f"}
TONIC_PRONOUNS = {"lui": "m", "elle": "f"}
# Words allowed between an auxiliary and its participle ("a de son côté fait savoir").
VERB_ADVERBS = lower_set(
    "également aussi encore déjà toutefois cependant pourtant ensuite enfin alors ainsi "
    "aussitôt immédiatement d' ailleurs de son sa leur côté pour part par en outre une "
    "nouvelle fois à nouveau lui-même elle-même bien même plus tard tôt lui elle eux elles quant "
    "notamment surtout longuement vivement fermement clairement publiquement hier "
    "récemment notamment certes volontiers simplement sobrement finalement dès lors "
    "quant-à-lui brièvement revanche aussitôt sèchement "
    "toujours souvent parfois longtemps abord plusieurs maintes fois reprises"  # "a toujours répété", "à plusieurs reprises"
)
# Adverbials that may stand between a verb and its subject or complement ("a déclaré
# jeudi soir, de son côté, que …"): single words, then multi-word sequences.
SENTENCE_ADVERBS = lower_set(
    "également aussi encore déjà toutefois cependant pourtant ensuite enfin alors ainsi aussitôt "
    "immédiatement notamment surtout volontiers simplement sobrement finalement récemment hier "
    "aujourd'hui demain lui-même elle-même néanmoins certes désormais dorénavant justement"
)
ADVERB_SEQUENCES = tuple(tuple(seq.split()) for seq in (
    "de son côté", "de leur côté", "pour sa part", "pour leur part", "par ailleurs", "d' ailleurs",
    "en outre", "à nouveau", "de nouveau", "une nouvelle fois", "une fois de plus", "quant à lui",
    "quant à elle", "à son tour", "en substance", "plus tard", "plus tôt", "dans la foulée", "à leur tour",
    "en retour", "au contraire", "pour autant", "en effet", "lui aussi", "elle aussi", "en revanche",
    "à son tour", "à la sortie", "au passage", "à plusieurs reprises",
))
NEGATIONS = folded_set("pas jamais rien guère point nullement aucunement")
OBJECT_CLITICS = frozenset({"l'", "le", "la", "les", "lui", "leur", "nous", "vous", "y", "en", "se", "s'", "m'", "me"})

