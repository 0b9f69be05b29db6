"""French word lists for quote attribution: speech verbs, role and body nouns, names.

Every lookup key is accent-folded and lower-cased (see `fold`), so "Etat"/"État" or
"reconnait"/"reconnaît" hit the same entry. Function words that folding would merge
("a"/"à", "la"/"là") are compared on the plain lower-cased token instead.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .given_names import FEMALE, MALE


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case and strip accents: "Sergueï Zakharova’s" → "serguei zakharova's"."""
    text = text.lower().replace("’", "'").replace("‑", "-")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("œ", "oe").replace("æ", "ae")


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


def _lows(text: str) -> frozenset[str]:
    """Function words keep their accents: folding would merge "dès"/"des" and "à"/"a"."""
    return frozenset(w.lower() for w in text.split())


# --------------------------------------------------------------------------- verbs
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
    "éluder positiver philosopher rassurer interpeller "
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
CONTINUING_LEMMAS = _words("ajouter poursuivre conclure renchérir enchaîner compléter reprendre embrayer")
# Lemmas that are never speech verbs here, even though they relate to talk.
# (Listed for documentation and tests: the lexicon simply does not contain them.)
NON_SPEECH_LEMMAS = _words("accuser contester discuter entretenir stipuler convenir espérer")


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
VERB_ADVERBS = _lows(
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
SENTENCE_ADVERBS = _lows(
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
NEGATIONS = _words("pas jamais rien guère point nullement aucunement")
OBJECT_CLITICS = frozenset({"l'", "le", "la", "les", "lui", "leur", "nous", "vous", "y", "en", "se", "s'", "m'", "me"})

# --------------------------------------------------------------------------- nouns
# Person roles, keyed by folded form → grammatical gender ("m", "f", None = both).
_ROLE_GENDERED = (
    "président présidente|directeur directrice|ministre|porte-parole|diplomate|chef cheffe|"
    "secrétaire|dirigeant dirigeante|responsable|élu élue|maire|sénateur sénatrice|"
    "député députée|eurodéputé eurodéputée|conseiller conseillère|ambassadeur ambassadrice|"
    "procureur procureure|avocat avocate|juge|commissaire|patron patronne|chancelier chancelière|"
    "roi reine|pape|gouverneur gouverneure|candidat candidate|entraîneur entraîneuse|"
    "sélectionneur sélectionneuse|joueur joueuse|capitaine|attaquant attaquante|défenseur défenseure|"
    "gardien gardienne|coach|pdg|fondateur fondatrice|économiste|analyste|chercheur chercheuse|"
    "expert experte|spécialiste|professeur professeure|médecin|enquêteur enquêtrice|"
    "syndicaliste|militant militante|représentant représentante|délégué déléguée|émissaire|"
    "envoyé envoyée|négociateur négociatrice|leader|rapporteur rapporteuse|commandant commandante|"
    "général générale|colonel|officier|préfet préfète|auteur autrice auteure|écrivain écrivaine|"
    "réalisateur réalisatrice|cinéaste|acteur actrice|chanteur chanteuse|artiste|athlète|"
    "pilote|policier policière|gendarme|pompier|adjoint adjointe|parlementaire|inspecteur inspectrice|"
    "titulaire|sondeur sondeuse|céréalier céréalière|maraîcher maraîchère|artisan artisane|"
    "boulanger boulangère|bijoutier bijoutière|"
    "opposant opposante|dissident dissidente|vice-président vice-présidente|"
    "coprésident coprésidente|co-président co-présidente|premier première|"
    "haut-commissaire|administrateur administratrice|gérant gérante|technicien technicienne|"
    "glaciologue|historien historienne|sociologue|politologue|climatologue|épidémiologiste|"
    "cardiologue|virologue|infectiologue|psychiatre|psychologue|juriste|magistrat magistrate|"
    "bâtonnier bâtonnière|échevin échevine|bourgmestre|figure|cadre|numéro|présentateur présentatrice|"
    "journaliste|éditorialiste|chroniqueur chroniqueuse|essayiste|philosophe|physicien physicienne|"
    "biologiste|astronaute|ingénieur ingénieure|architecte|urbaniste|agriculteur agricultrice|"
    "éleveur éleveuse|commerçant commerçante|habitant habitante|riverain riveraine|"
    "témoin|victime|survivant survivante|père|mère|frère|sœur soeur|fils|fille|veuve|mari|épouse|"
    "compagnon compagne|ami amie|proche|voisin voisine|salarié salariée|employé employée|"
    "ouvrier ouvrière|retraité retraitée|étudiant étudiante|lycéen lycéenne|enseignant enseignante|"
    "infirmier infirmière|urgentiste|sapeur-pompier|sauveteur sauveteuse|guide|"
    "homologue|conseiller-maître|sous-préfet sous-préfète|recteur rectrice|doyen doyenne|"
    "prince princesse|cheikh|émir|imam|évêque|archevêque|cardinal|"
    "patriarche|pasteur pasteure|médiateur médiatrice|coordinateur coordinatrice|coordonnateur "
    "coordonnatrice|proviseur proviseure|docteur docteure|rabbin rabbine|pénaliste|"
    "constitutionnaliste|instituteur institutrice|informaticien informaticienne|entrepreneur "
    "entrepreneuse|criminologue|géographe|anthropologue|linguiste|oncologue|neurologue|astronome|"
    "archéologue|paléontologue|romancier romancière|poète|éditeur éditrice|producteur productrice|"
    "compositeur compositrice|scénariste|dramaturge|sculpteur sculptrice|bénévole|cheminot cheminote|"
    "collégien collégienne|doctorant doctorante|diabétologue|endocrinologue|pneumologue|"
    "dermatologue|gynécologue|ophtalmologue|rhumatologue|urologue|néphrologue|gastro-entérologue|"
    "hématologue|radiologue|allergologue|addictologue|pharmacologue|toxicologue|immunologue|"
    "gériatre|pédopsychiatre|psychanalyste|nutritionniste|diététicien diététicienne|orthophoniste|"
    "ostéopathe|hydrologue|océanographe|océanologue|sismologue|primatologue|ornithologue|"
    "entomologue|botaniste|agronome|naturaliste|écologue|démographe|économètre|cultivateur cultivatrice|"
    "paysan paysanne|riziculteur rizicultrice|planteur planteuse|berger bergère|vendeur vendeuse|"
    "marchand marchande|mécanicien mécanicienne|couturier couturière|coiffeur coiffeuse|boucher bouchère|"
    "épicier épicière|serveur serveuse|caissier caissière|fonctionnaire|apiculteur apicultrice|"
    "ostréiculteur ostréicultrice|conducteur conductrice|livreur livreuse|coursier coursière|"
    "hôtelier hôtelière|aide-soignant aide-soignante|ambulancier ambulancière|président-directeur|directeur-général|demi|ailier|milieu|arrière|talonneur|"
    "pivot|meneur meneuse|skipper|navigateur navigatrice|coureur coureuse|nageur nageuse|"
    "skieur skieuse|cycliste|boxeur boxeuse|judoka|tennisman|tenniswoman|footballeur footballeuse|"
    "rugbyman|basketteur basketteuse|handballeur handballeuse|sprinteur sprinteuse|"
    "quadragénaire|quinquagénaire|sexagénaire|septuagénaire|octogénaire|trentenaire|"
    "adolescent adolescente|jeune|homme|femme|garçon|homme|dame|prévisionniste|météorologue|"
    "sismologue|volcanologue|vulcanologue|géologue|démographe|statisticien statisticienne|"
    "comédien comédienne|musicien musicienne|rappeur rappeuse|danseur danseuse|"
    "peintre|photographe|styliste|designer|cuisinier cuisinière|restaurateur restauratrice|"
    "vigneron vigneronne|viticulteur viticultrice|pêcheur pêcheuse|chauffeur|pilote|steward|"
    "patron patronne|banquier banquière|trader|courtier courtière|notaire|huissier|greffier greffière|"
    "policier policière|commissaire|gardien gardienne|surveillant surveillante|directeur-adjoint|"
    "lieutenant|sergent|soldat|militaire|diplomate|consul consule|attaché attachée|"
    "président-fondateur|cofondateur cofondatrice|co-fondateur|associé associée|actionnaire|"
    "porte-drapeau|capitaine|manager|agent agente|lobbyiste|consultant consultante|"
    "président-directeur|directeur-général|animateur animatrice|journaliste|reporter|"
    "correspondant correspondante|envoyé-spécial|blogueur blogueuse|influenceur influenceuse|"
    "youtubeur youtubeuse|scientifique|astrophysicien astrophysicienne|mathématicien mathématicienne|"
    "chimiste|pharmacien pharmacienne|infirmière|sage-femme|chirurgien chirurgienne|"
    "pédiatre|généraliste|gériatre|anesthésiste|vétérinaire|dentiste|kinésithérapeute|"
    "procureure|présidente|rapporteure|ministre-présidente|ministre-président|secrétaire-général|"
    "prévenu prévenue|accusé accusée|plaignant plaignante|requérant requérante|détenu détenue|"
    "suspect suspecte|sinistré sinistrée|rescapé rescapée|otage|souverain souveraine|monarque|"
    "dg|dga|directeur-général|pdg|ceo|président-directeur-général|procureur-général|mayeur|membre|"
    "syndic syndique|mairesse|prélat|pontife|saint-père|édile"
)
ROLE_NOUNS: dict[str, str | None] = {}
for _group in _ROLE_GENDERED.split("|"):
    _forms = _group.split()
    if len(_forms) == 1:
        ROLE_NOUNS[fold(_forms[0])] = None
    else:
        ROLE_NOUNS.setdefault(fold(_forms[0]), "m")
        for _f in _forms[1:]:
            ROLE_NOUNS.setdefault(fold(_f), "f")
ROLE_NOUNS["mairesse"] = "f"  # Québec
# A role noun's feminine → its masculine ("procureure" → "procureur"): roles compare as one noun.
MASCULINE: dict[str, str] = {fold(_f): fold(_group.split()[0]) for _group in _ROLE_GENDERED.split("|")
                             for _f in _group.split()[1:]}
MASCULINE["mairesse"] = "maire"
# Nouns that describe someone without being a role we attribute speech to by themselves
# ("son homologue", "un habitant", "l'homme"): they can carry a name but never refer back.
NON_REFERRING_ROLES = _words(
    "homologue homme femme garçon dame jeune victime proche témoin adolescent adolescente "
    "quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire trentenaire figure "
    "père mère frère soeur fils fille veuve mari epouse compagnon compagne ami amie voisin voisine "
    "habitant habitante riverain riveraine"
)
# Scientists whom "le chercheur", "la chercheuse", "la scientifique" may refer back to.
_SCIENTISTS = _words("entomologue hydrologue océanographe océanologue sismologue primatologue ornithologue "
                     "botaniste agronome naturaliste écologue démographe toxicologue immunologue pharmacologue "
                     "volcanologue vulcanologue géologue anthropologue archéologue paléontologue linguiste "
                     "géographe criminologue astronome chimiste mathématicien mathématicienne astrophysicien "
                     "astrophysicienne virologue infectiologue")
# Who presides a court is one of its judges.
_COURT_PRESIDENCIES = frozenset(f"{head} {court}" for head in ("president", "presidente")
                                for court in ("de la chambre", "du tribunal", "de la cour"))
# A generic role noun refers back to someone whose role contains one of these words.
ROLE_COMPATIBLE: dict[str, frozenset[str]] = {
    "diplomate": _words("diplomate ministre porte-parole ambassadeur ambassadrice chef cheffe "
                        "secrétaire émissaire envoyé envoyée négociateur négociatrice haut-commissaire"),
    "dirigeant": _words("président présidente premier première chef cheffe leader dirigeant dirigeante "
                        "chancelier chancelière roi reine patron patronne pdg directeur directrice secrétaire"),
    "chef": _words("président premier chef cheffe leader dirigeant chancelier roi patron pdg directeur "
                   "secrétaire capitaine commandant général colonel lieutenant gouverneur maire"),
    "cheffe": _words("présidente première cheffe dirigeante chancelière reine patronne directrice secrétaire "
                     "capitaine commandante générale gouverneure maire"),
    "dirigeante": _words("présidente première cheffe dirigeante chancelière reine patronne directrice secrétaire"),
    "responsable": frozenset({"*"}),
    "elu": _words("maire député sénateur conseiller élu eurodéputé parlementaire adjoint échevin bourgmestre"),
    "elue": _words("maire députée sénatrice conseillère élue eurodéputée parlementaire adjointe échevine bourgmestre"),
    "patron": _words("pdg directeur président patron chef dirigeant fondateur"),
    "patronne": _words("pdg directrice présidente patronne cheffe dirigeante fondatrice"),
    "technicien": _words("entraîneur sélectionneur coach technicien"),
    "entraineur": _words("entraîneur sélectionneur coach technicien"),
    "selectionneur": _words("entraîneur sélectionneur coach technicien"),
    "cineaste": _words("réalisateur réalisatrice cinéaste"),
    "artiste": _words("artiste chanteur chanteuse musicien musicienne acteur actrice comédien comédienne "
                      "peintre sculpteur rappeur rappeuse danseur danseuse plasticien plasticienne "
                      "réalisateur réalisatrice cinéaste écrivain écrivaine auteur autrice"),
    "realisateur": _words("réalisateur cinéaste"),
    "realisatrice": _words("réalisatrice cinéaste"),
    # a shop's keeper by their trade: "le bijoutier Hervé Roy … assure le commerçant"
    "commercant": _words("commerçant commerçante bijoutier bijoutière boulanger boulangère boucher bouchère "
                         "libraire fleuriste épicier épicière buraliste pharmacien pharmacienne gérant gérante "
                         "restaurateur restauratrice cafetier cafetière opticien opticienne coiffeur coiffeuse "
                         "poissonnier poissonnière fromager fromagère primeur caviste patron patronne"),
    "commercante": _words("commerçante bijoutière boulangère bouchère libraire fleuriste épicière buraliste "
                          "pharmacienne gérante restauratrice cafetière opticienne coiffeuse poissonnière "
                          "fromagère primeur caviste patronne"),
    # a judge or prosecutor, and also an elected executive: "premier magistrat" of a town, a
    # Swiss "conseiller d'État"; the judge presiding a court ("la présidente de la chambre")
    "magistrat": _words("procureur procureure juge magistrat magistrate conseiller conseillère maire "
                        "bourgmestre syndic syndique") | _COURT_PRESIDENCIES,
    "juge": _words("juge") | _COURT_PRESIDENCIES,
    "penaliste": _words("avocat avocate pénaliste"),  # "le pénaliste lyonnais" is the lawyer just named
    # "la titulaire de la Justice": whoever holds that portfolio
    "titulaire": _words("ministre secrétaire commissaire titulaire"),
    "chercheur": _words("chercheur chercheuse scientifique glaciologue climatologue économiste "
                        "historien sociologue politologue physicien biologiste épidémiologiste") | _SCIENTISTS,
    "chercheuse": _words("chercheuse glaciologue climatologue économiste historienne sociologue "
                         "politologue physicienne biologiste épidémiologiste directrice") | _SCIENTISTS,
    "scientifique": _words("chercheur chercheuse glaciologue climatologue physicien biologiste") | _SCIENTISTS,
    "joueur": _words("joueur attaquant défenseur gardien capitaine milieu ailier arrière demi "
                     "talonneur pivot meneur footballeur rugbyman tennisman basketteur handballeur"),
    "joueuse": _words("joueuse attaquante gardienne capitaine meneuse footballeuse basketteuse handballeuse"),
    "ministre": _words("ministre"),
    "parlementaire": _words("député députée sénateur sénatrice eurodéputé eurodéputée parlementaire élu élue"),
    "souverain": _words("roi prince émir sultan monarque souverain empereur grand-duc"),
    "souveraine": _words("reine princesse monarque souveraine impératrice grande-duchesse"),
    "monarque": _words("roi reine prince princesse émir sultan monarque souverain souveraine"),
    "dg": _words("directeur directrice dg"),
    "pdg": _words("pdg patron patronne président présidente directeur directrice"),
    "coach": _words("entraîneur entraîneuse sélectionneur sélectionneuse coach technicien"),
    # Belgian, Swiss and Québec words for a mayor
    "mayeur": _words("bourgmestre maire mayeur"), "bourgmestre": _words("bourgmestre maire mayeur"),
    "syndic": _words("syndic maire"), "syndique": _words("syndique maire"),
    "maire": _words("maire mairesse bourgmestre mayeur syndic syndique"),
    "mairesse": _words("maire mairesse"),
    "edile": _words("maire mairesse bourgmestre mayeur syndic syndique élu élue"),
    # generic descriptors a report uses for someone it named by their rank or office
    "enqueteur": _words("enquêteur commissaire policier gendarme inspecteur officier capitaine lieutenant "
                        "commandant juge procureur"),
    "enquetrice": _words("enquêtrice commissaire policière gendarme inspectrice capitaine lieutenant "
                         "commandante juge procureure"),
    "policier": _words("policier commissaire inspecteur brigadier officier capitaine lieutenant commandant "
                       "directeur"),
    "gendarme": _words("gendarme commandant capitaine lieutenant colonel général officier adjudant major"),
    "officier": _words("officier général colonel commandant capitaine lieutenant major"),
    "commandant": _words("commandant commandante officier colonel lieutenant-colonel"),
    "militaire": _words("militaire général colonel commandant capitaine lieutenant officier soldat sergent"),
    "syndicaliste": _words("syndicaliste secrétaire délégué déléguée représentant représentante président "
                           "présidente porte-parole responsable"),
    "medecin": _words("médecin docteur chirurgien chirurgienne urgentiste infectiologue épidémiologiste "
                      "professeur professeure pédiatre cardiologue virologue psychiatre généraliste"),
    "specialiste": _words("spécialiste expert experte chercheur chercheuse professeur professeure économiste "
                          "analyste politologue sociologue historien historienne"),
    "expert": _words("expert spécialiste chercheur professeur économiste analyste politologue sociologue"),
    "experte": _words("experte spécialiste chercheuse professeure économiste analyste politologue sociologue"),
    "prelat": _words("évêque archevêque cardinal pape patriarche"),
    "cardinal": _words("cardinal archevêque évêque"), "archeveque": _words("archevêque cardinal"),
    "pontife": _words("pape"), "saint-pere": _words("pape"),
    "homme": _words("*"), "femme": _words("*"),
    # a player named by position is the player named before ("le défenseur", "l'attaquant")
    **{position: _words(f"{position} joueur joueuse capitaine footballeur footballeuse international "
                        "internationale") for position in ("defenseur", "attaquant", "attaquante", "gardien",
                                                            "gardienne", "milieu", "ailier", "arriere", "demi")},
}
# Epithets that stand for someone just mentioned ("le socialiste", "l'intéressée"): with
# no matching role they fall back on the latest salient person, like demonyms.
EPITHETS: dict[str, str | None] = {}
for _group in ("socialiste|écologiste|communiste|insoumis insoumise|républicain républicaine|démocrate|"
               "libéral libérale|conservateur conservatrice|centriste|travailliste|macroniste|gaulliste|"
               "souverainiste|indépendantiste|nationaliste|intéressé intéressée|natif native|"
               "sortant sortante|élu élue|champion championne|tenant tenante|vainqueur|finaliste|"
               "milliardaire|magnat|locataire|hôte|occupant occupante|pensionnaire|militant militante|"
               "syndicaliste|opposant opposante|religieux religieuse|retraité retraitée|sexagénaire|septuagénaire|quinquagénaire|quadragénaire|trentenaire").split("|"):
    _forms = _group.split()
    for _n, _f in enumerate(_forms):
        EPITHETS[fold(_f)] = None if len(_forms) == 1 else ("m" if _n == 0 else "f")
# "le chef de l'Etat", "le chef de la diplomatie": multi-word generic roles.
ROLE_PHRASES: dict[str, frozenset[str]] = {
    "chef de l'etat": _words("président présidente roi reine chef"),
    "cheffe de l'etat": _words("présidente reine cheffe"),
    # "président du gouvernement" in Spain, Polynesia, New Caledonia
    "chef du gouvernement": _words("premier première chancelier chancelière chef président présidente"),
    "cheffe du gouvernement": _words("première chancelière cheffe"),
    "chef de la diplomatie": _words("ministre chef secrétaire diplomate"),
    "membre du gouvernement": _words("ministre secrétaire porte-parole"),
    "cheffe de la diplomatie": _words("ministre cheffe secrétaire diplomate"),
    "souverain pontife": _words("pape"),
    # in France and its overseas territories the prefect or high commissioner represents the State
    "representant de l'etat": _words("préfet préfète haut-commissaire haute-commissaire sous-préfet sous-préfète "
                                     "représentant représentante"),
    "representante de l'etat": _words("préfète haute-commissaire sous-préfète représentante"),
}
# Ranks written as a phrase whose head says nothing ("chef"): the rank they are (folded)
RANK_PHRASES = {"chef d'escadron": "commandant", "chef d'escadrons": "commandant",
                "chef de bataillon": "commandant", "chef d'escadrille": "commandant",
                "capitaine de corvette": "commandant", "capitaine de fregate": "commandant",
                "capitaine de vaisseau": "colonel", "general de brigade": "general",
                "general de division": "general", "general d'armee": "general"}
# One institution under its seat's name and its own: each group lists word sets, any of which
# (all its folded words present) names it. French seats, and two foreign ones in French news.
INSTITUTION_NAMES = tuple(tuple(frozenset(fold(w) for w in sig.split()) for sig in group.split("|")) for group in (
    "quai orsay|ministère affaires étrangères|diplomatie française",
    "élysée|présidence république",
    "matignon|services premier ministre",
    "beauvau|ministère intérieur",
    "bercy|ministère économie|ministère finances",
    "grenelle|ministère éducation",
    "brienne|ministère armées",
    "chancellerie|vendôme|ministère justice",
    "kremlin|présidence russe",
    "maison blanche|présidence américaine",
))
# Organisations, keyed by folded head noun → gender.
BODY_NOUNS: dict[str, str | None] = {}
for _word in ("ministère gouvernement kremlin élysée parquet parti syndicat conseil comité groupe "
              "institut office tribunal cabinet bureau département service camp état-major "
              "commandement secrétariat organisme observatoire collectif mouvement club journal "
              "quotidien hebdomadaire régulateur constructeur fonds opérateur laboratoire pentagone "
              "sénat parlement exécutif régime patronat réseau consortium conglomérat fabricant "
              "géant distributeur assureur transporteur exploitant établissement centre hôpital "
              "musée festival site média think-tank cercle front rassemblement bloc palais "
              "quai-d'orsay département-d'état fisc diocèse archidiocèse rectorat commissariat consulat "
              "haut-commissariat gouvernorat chu magazine vatican saint-siège groupement").split():
    BODY_NOUNS[fold(_word)] = "m"
for _word in ("agence partie commission organisation police gendarmerie préfecture mairie direction "
              "entreprise société compagnie banque fédération confédération association ong union "
              "alliance armée ambassade chancellerie présidence diplomatie justice municipalité "
              "région cour assemblée fondation chaîne radio télévision coalition opposition majorité "
              "junte administration autorité institution délégation firme marque enseigne plateforme "
              "ligue équipe formation centrale intersyndicale inspection cellule maison-blanche "
              "mutuelle caisse haute-autorité cnil sncf ratp fifa uefa onu otan ue chambre "
              "multinationale start-up banque-centrale brigade primature wilaya université rédaction "
              "paroisse conférence-épiscopale métropole agglomération collectivité").split():
    BODY_NOUNS[fold(_word)] = "f"
# Body nouns used as anaphoric epithets ("le club", "l'ONG", "le géant pétrolier"): with no
# body of that kind yet, they point back to the latest body.
GENERIC_BODY_HEADS = _words(
    "service "
    "autorité régulateur instance gendarme organisme organisation institution groupe entreprise société institut agence firme établissement "
    "association ong formation structure compagnie constructeur club équipe syndicat laboratoire géant "
    "opérateur distributeur assureur fabricant transporteur exploitant enseigne marque média journal "
    "quotidien chaîne plateforme mouvement collectif réseau parti multinationale start-up consortium"
)
# Groups of people that cannot speak as a body ("les syndicats" = generic plural, skipped).
MEDIA_HEADS = _words("agence journal quotidien hebdomadaire chaîne radio télévision média site")
MEDIA_NAMES = _words("afp reuters ap tass xinhua ria novosti bloomberg cnn bbc interfax anadolu "
                     "belga ats kyodo yonhap efe ansa dpa")
# Nouns of documents: "selon les chiffres de l'Insee" → the Insee speaks; "selon une étude" → nobody.
# Documents that speak for whoever issued them: "« … », précise le communiqué".
ISSUED_DOCUMENTS = _words("communiqué document texte note lettre courrier message déclaration bulletin "
                          "tweet publication post rapport avis mémo circulaire")
DOCUMENT_NOUNS = _words(
    "chiffres chiffre données donnée statistiques bilan rapport étude enquête sondage bulletin "
    "communiqué note document estimation estimations prévisions projections calculs comptage "
    "décompte relevé relevés résultats classement baromètre analyse dossier source informations "
    "témoignage témoignages décision arrêté texte avis propos déclarations paroles termes explications "
    "éléments indications précisions constatations conclusions"
)
# Capitalised words naming a body without an article: metonyms and well-known organisations.
KNOWN_BODIES: dict[str, str | None] = {fold(w): None for w in (
    "Moscou Washington Pékin Beijing Paris Berlin Londres Kiev Kyiv Bruxelles Ankara Téhéran Tokyo "
    "Séoul Pyongyang Jérusalem Ryad Riyad Doha Damas Bagdad Kaboul Islamabad Tripoli Alger Rabat "
    "Tunis Dakar Abidjan Bamako Niamey Ouagadougou Kinshasa Madrid Rome Varsovie Budapest Ottawa "
    "Canberra Brasilia Caracas Minsk Erevan Bakou Tbilissi Israël Cuba Taïwan Taipei Bercy Matignon "
    "Beauvau Elysée Kremlin Pentagone Insee Unicef Unesco Medef Xinhua Reuters Bloomberg Europol "
    "Interpol Frontex Eurostat Ifop Ipsos Elabe Odoxa Harris Airbus Boeing Renault Stellantis Total "
    "TotalEnergies Google Apple Meta Facebook Amazon Tesla Microsoft Gazprom Rosatom Roscosmos "
    "Greenpeace Amnesty Oxfam Sanofi Danone Orange Engie Météo-France Bpifrance Mediapart "
    "Libération Franceinfo Europol Eurojust Hamas Hezbollah Pastef Tass Anses Arcom Unédic "
    "Ademe Cnil Ofce Fitch Moody's Nasa Esa Ineris Inserm Inrae Ined Cirad Frontex Ryanair Easyjet "
    "Lufthansa Volkswagen Siemens Nestlé Novartis Carrefour Auchan Leclerc Michelin Safran Thales "
    "Dassault Alstom Veolia Suez Vinci Bouygues Kering LVMH Hermès L'Oréal Nvidia OpenAI Netflix "
    "Uber Airbnb Spotify Huawei Alibaba Tencent Samsung Toyota Sony"
).split()}
KNOWN_BODIES.update({"kremlin": "m", "elysee": "m", "pentagone": "m", "matignon": "m", "bercy": "m"})
# Last words that make a capitalised sequence an organisation ("Amnesty International").
ORG_LAST_WORDS = _words("international internationale watch group groupe sa inc ltd news press presse "
                        "airlines airways motors energy bank fund foundation institute university "
                        "université college corporation company holding capital partners agency times "
                        "journal post tribune herald monitor magazine")
# Countries and regions: "la Russie a annoncé" is the state speaking (organisation).
PLACE_WORDS = _words(
    "russie chine france allemagne italie espagne turquie iran irak syrie liban israël ukraine "
    "pologne japon inde pakistan algérie maroc tunisie libye égypte sénégal mali niger tchad "
    "cameroun belgique suisse canada québec mexique brésil argentine venezuela colombie cuba "
    "corée grèce hongrie serbie roumanie bulgarie autriche suède norvège finlande danemark "
    "portugal irlande écosse royaume-uni etats-unis états-unis europe afrique asie amérique "
    "arabie qatar émirats jordanie afghanistan azerbaïdjan arménie géorgie biélorussie "
    "moldavie kazakhstan ouzbékistan taïwan vietnam thaïlande indonésie philippines australie "
    "nigeria ghana kenya ethiopie éthiopie soudan rdc congo gabon guinée bénin togo burkina "
    "madagascar haïti chili pérou bolivie equateur équateur nicaragua"
)
# Endings of nationalities the list lacks, read as one before a person's full name ("le Hongrois X").
DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine", "een", "eenne")
DEMONYMS = _words(
    "Français Française Espagnol Espagnole Italien Italienne Allemand Allemande Britannique Anglais "
    "Anglaise Américain Américaine Russe Ukrainien Ukrainienne Chinois Chinoise Japonais Japonaise "
    "Belge Suisse Canadien Canadienne Québécois Québécoise Brésilien Brésilienne Argentin Argentine "
    "Portugais Portugaise Néerlandais Néerlandaise Serbe Croate Grec Grecque Turc Turque Marocain "
    "Marocaine Algérien Algérienne Tunisien Tunisienne Sénégalais Sénégalaise Ivoirien Ivoirienne "
    "Camerounais Camerounaise Norvégien Norvégienne Suédois Suédoise Danois Danoise Polonais Polonaise "
    "Australien Australienne Néo-Zélandais Sud-Africain Sud-Africaine Mexicain Mexicaine Colombien "
    "Colombienne Kényan Kényane Éthiopien Éthiopienne Niçois Niçoise Lyonnais Lyonnaise Marseillais "
    "Marseillaise Parisien Parisienne Bordelais Bordelaise Toulousain Toulousaine Nantais Nantaise "
    "Lillois Lilloise Rennais Rennaise Stéphanois Stéphanoise Montpelliérain Strasbourgeois "
    "Monégasque Corse Breton Bretonne Basque Alsacien Alsacienne Normand Normande Tricolore Bleu Bleue "
    "Israélien Israélienne Palestinien Palestinienne Libanais Libanaise Iranien Iranienne Irakien "
    "Irakienne Syrien Syrienne Égyptien Égyptienne Indien Indienne Pakistanais Pakistanaise Coréen Coréenne "
    # French-speaking Africa, the Indian Ocean, the Pacific, the Caribbean
    "Malgache Comorien Comorienne Mauricien Mauricienne Réunionnais Réunionnaise Mahorais Mahoraise "
    "Calédonien Calédonienne Tahitien Tahitienne Polynésien Polynésienne Centrafricain Centrafricaine "
    "Congolais Congolaise Gabonais Gabonaise Tchadien Tchadienne Malien Malienne Burkinabè Burkinabé "
    "Nigérien Nigérienne Nigérian Nigériane Béninois Béninoise Togolais Togolaise Guinéen Guinéenne "
    "Mauritanien Mauritanienne Rwandais Rwandaise Burundais Burundaise Djiboutien Djiboutienne "
    "Haïtien Haïtienne Martiniquais Martiniquaise Guadeloupéen Guadeloupéenne Guyanais Guyanaise "
    "Luxembourgeois Luxembourgeoise Wallon Wallonne Flamand Flamande Vietnamien Vietnamienne"
)
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
CAP_STOPWORDS = _words(
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
ROLE_BREAKERS = _lows(
    "lors après avant pendant depuis dans sur devant selon qui que qu' dont où mais et ou a est "
    "avait était sera serait ont sont y en ne n' se s' lui leur il elle ce cette ces son sa ses "
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain matin soir "
    "également aussi encore déjà toutefois cependant pourtant ensuite enfin alors ainsi aussitôt "
    "vendredi soir midi semaine mois an année jour récemment notamment via contre malgré entre "
    "quant comme avec sans vers chez auprès face dès par puis donc car or très plus moins"
)
TIME_WORDS = _words(
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
EVENT_NOUNS = _words("sommet congrès conférence colloque séminaire réunion cérémonie meeting gala salon "
                     "rencontre audience procès débat table-ronde visioconférence point-presse dialogue "
                     "assises forum concertation négociations pourparlers")
QUESTION_LABELS = _words("question questions q journaliste")
ANSWER_LABELS = _words("réponse r")
