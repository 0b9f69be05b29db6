"""Nouns that describe a speaker: person roles, bodies, documents, places and nationalities."""
from __future__ import annotations

from .folding import fold, folded_set

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
NON_REFERRING_ROLES = folded_set(
    "homologue homme femme garçon dame jeune victime proche témoin adolescent adolescente "
    "quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire trentenaire figure "
    "père mère frère soeur fils fille veuve mari epouse compagnon compagne ami amie voisin voisine "
    "habitant habitante riverain riveraine"
)
# Scientists whom "le chercheur", "la chercheuse", "la scientifique" may refer back to.
_SCIENTISTS = folded_set("entomologue hydrologue océanographe océanologue sismologue primatologue ornithologue "
                     "botaniste agronome naturaliste écologue démographe toxicologue immunologue pharmacologue "
                     "volcanologue vulcanologue géologue anthropologue archéologue paléontologue linguiste "
                     "géographe criminologue astronome chimiste mathématicien mathématicienne astrophysicien "
                     "astrophysicienne virologue infectiologue")
# Who presides a court is one of its judges.
_COURT_PRESIDENCIES = frozenset(f"{head} {court}" for head in ("president", "presidente")
                                for court in ("de la chambre", "du tribunal", "de la cour"))
# A generic role noun refers back to someone whose role contains one of these words.
ROLE_COMPATIBLE: dict[str, frozenset[str]] = {
    "diplomate": folded_set("diplomate ministre porte-parole ambassadeur ambassadrice chef cheffe "
                        "secrétaire émissaire envoyé envoyée négociateur négociatrice haut-commissaire représentant "
                        "représentante médiateur médiatrice consul consule"),
    "dirigeant": folded_set("président présidente premier première chef cheffe leader dirigeant dirigeante "
                        "chancelier chancelière roi reine patron patronne pdg directeur directrice secrétaire"),
    "chef": folded_set("président premier chef cheffe leader dirigeant chancelier roi patron pdg directeur "
                   "secrétaire capitaine commandant général colonel lieutenant gouverneur maire"),
    "cheffe": folded_set("présidente première cheffe dirigeante chancelière reine patronne directrice secrétaire "
                     "capitaine commandante générale gouverneure maire"),
    "dirigeante": folded_set("présidente première cheffe dirigeante chancelière reine patronne directrice secrétaire"),
    "responsable": frozenset({"*"}),
    "elu": folded_set("maire député sénateur conseiller élu eurodéputé parlementaire adjoint échevin bourgmestre"),
    "elue": folded_set("maire députée sénatrice conseillère élue eurodéputée parlementaire adjointe échevine bourgmestre"),
    "patron": folded_set("pdg directeur président patron chef dirigeant fondateur"),
    "patronne": folded_set("pdg directrice présidente patronne cheffe dirigeante fondatrice"),
    "technicien": folded_set("entraîneur sélectionneur coach technicien"),
    "entraineur": folded_set("entraîneur sélectionneur coach technicien"),
    "selectionneur": folded_set("entraîneur sélectionneur coach technicien"),
    "cineaste": folded_set("réalisateur réalisatrice cinéaste"),
    "artiste": folded_set("artiste chanteur chanteuse musicien musicienne acteur actrice comédien comédienne "
                      "peintre sculpteur rappeur rappeuse danseur danseuse plasticien plasticienne "
                      "réalisateur réalisatrice cinéaste écrivain écrivaine auteur autrice"),
    "realisateur": folded_set("réalisateur cinéaste"),
    "realisatrice": folded_set("réalisatrice cinéaste"),
    # a shop's keeper by their trade: "le bijoutier Hervé Roy … assure le commerçant"
    "commercant": folded_set("commerçant commerçante bijoutier bijoutière boulanger boulangère boucher bouchère "
                         "libraire fleuriste épicier épicière buraliste pharmacien pharmacienne gérant gérante "
                         "restaurateur restauratrice cafetier cafetière opticien opticienne coiffeur coiffeuse "
                         "poissonnier poissonnière fromager fromagère primeur caviste patron patronne"),
    "commercante": folded_set("commerçante bijoutière boulangère bouchère libraire fleuriste épicière buraliste "
                          "pharmacienne gérante restauratrice cafetière opticienne coiffeuse poissonnière "
                          "fromagère primeur caviste patronne"),
    # a judge or prosecutor, and also an elected executive: "premier magistrat" of a town, a
    # Swiss "conseiller d'État"; the judge presiding a court ("la présidente de la chambre")
    "magistrat": folded_set("procureur procureure juge magistrat magistrate conseiller conseillère maire "
                        "bourgmestre syndic syndique") | _COURT_PRESIDENCIES,
    "juge": folded_set("juge") | _COURT_PRESIDENCIES,
    "penaliste": folded_set("avocat avocate pénaliste"),  # "le pénaliste lyonnais" is the lawyer just named
    # "la titulaire de la Justice": whoever holds that portfolio
    "titulaire": folded_set("ministre secrétaire commissaire titulaire"),
    "chercheur": folded_set("chercheur chercheuse scientifique glaciologue climatologue économiste "
                        "historien sociologue politologue physicien biologiste épidémiologiste") | _SCIENTISTS,
    "chercheuse": folded_set("chercheuse glaciologue climatologue économiste historienne sociologue "
                         "politologue physicienne biologiste épidémiologiste directrice") | _SCIENTISTS,
    "scientifique": folded_set("chercheur chercheuse glaciologue climatologue physicien biologiste") | _SCIENTISTS,
    "joueur": folded_set("joueur attaquant défenseur gardien capitaine milieu ailier arrière demi "
                     "talonneur pivot meneur footballeur rugbyman tennisman basketteur handballeur"),
    "joueuse": folded_set("joueuse attaquante gardienne capitaine meneuse footballeuse basketteuse handballeuse"),
    "ministre": folded_set("ministre"),
    "parlementaire": folded_set("député députée sénateur sénatrice eurodéputé eurodéputée parlementaire élu élue"),
    "souverain": folded_set("roi prince émir sultan monarque souverain empereur grand-duc"),
    "souveraine": folded_set("reine princesse monarque souveraine impératrice grande-duchesse"),
    "monarque": folded_set("roi reine prince princesse émir sultan monarque souverain souveraine"),
    "dg": folded_set("directeur directrice dg"),
    "pdg": folded_set("pdg patron patronne président présidente directeur directrice"),
    "coach": folded_set("entraîneur entraîneuse sélectionneur sélectionneuse coach technicien"),
    # Belgian, Swiss and Québec words for a mayor
    "mayeur": folded_set("bourgmestre maire mayeur"), "bourgmestre": folded_set("bourgmestre maire mayeur"),
    "syndic": folded_set("syndic maire"), "syndique": folded_set("syndique maire"),
    "maire": folded_set("maire mairesse bourgmestre mayeur syndic syndique"),
    "mairesse": folded_set("maire mairesse"),
    "edile": folded_set("maire mairesse bourgmestre mayeur syndic syndique élu élue"),
    # generic descriptors a report uses for someone it named by their rank or office
    "enqueteur": folded_set("enquêteur commissaire policier gendarme inspecteur officier capitaine lieutenant "
                        "commandant juge procureur"),
    "enquetrice": folded_set("enquêtrice commissaire policière gendarme inspectrice capitaine lieutenant "
                         "commandante juge procureure"),
    "policier": folded_set("policier commissaire inspecteur brigadier officier capitaine lieutenant commandant "
                       "directeur"),
    "gendarme": folded_set("gendarme commandant capitaine lieutenant colonel général officier adjudant major"),
    "officier": folded_set("officier général colonel commandant capitaine lieutenant major"),
    "commandant": folded_set("commandant commandante officier colonel lieutenant-colonel"),
    "militaire": folded_set("militaire général colonel commandant capitaine lieutenant officier soldat sergent"),
    "syndicaliste": folded_set("syndicaliste secrétaire délégué déléguée représentant représentante président "
                           "présidente porte-parole responsable"),
    "medecin": folded_set("médecin docteur chirurgien chirurgienne urgentiste infectiologue épidémiologiste "
                      "professeur professeure pédiatre cardiologue virologue psychiatre généraliste"),
    "specialiste": folded_set("spécialiste expert experte chercheur chercheuse professeur professeure économiste "
                          "analyste politologue sociologue historien historienne"),
    "expert": folded_set("expert spécialiste chercheur professeur économiste analyste politologue sociologue"),
    "experte": folded_set("experte spécialiste chercheuse professeure économiste analyste politologue sociologue"),
    "analyste": folded_set("analyste économiste expert experte spécialiste politologue chercheur chercheuse "
                       "consultant consultante stratège"),
    "economiste": folded_set("économiste analyste expert experte chercheur chercheuse professeur professeure"),
    "prelat": folded_set("évêque archevêque cardinal pape patriarche"),
    "cardinal": folded_set("cardinal archevêque évêque"), "archeveque": folded_set("archevêque cardinal"),
    "pontife": folded_set("pape"), "saint-pere": folded_set("pape"),
    "homme": folded_set("*"), "femme": folded_set("*"),
    # a player named by position is the player named before ("le défenseur", "l'attaquant")
    **{position: folded_set(f"{position} joueur joueuse capitaine footballeur footballeuse international "
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
    "chef de l'etat": folded_set("président présidente roi reine chef"),
    "cheffe de l'etat": folded_set("présidente reine cheffe"),
    # "président du gouvernement" in Spain, Polynesia, New Caledonia
    "chef du gouvernement": folded_set("premier première chancelier chancelière chef président présidente"),
    "cheffe du gouvernement": folded_set("première chancelière cheffe"),
    # a Swiss federal councillor heads a department: "le chef de la diplomatie helvétique"
    "chef de la diplomatie": folded_set("ministre chef secrétaire diplomate") | {"conseiller federal"},
    "membre du gouvernement": folded_set("ministre secrétaire porte-parole"),
    "cheffe de la diplomatie": folded_set("ministre cheffe secrétaire diplomate") | {"conseillere federale"},
    "souverain pontife": folded_set("pape"),
    # in France and its overseas territories the prefect or high commissioner represents the State
    "representant de l'etat": folded_set("préfet préfète haut-commissaire haute-commissaire sous-préfet sous-préfète "
                                     "représentant représentante"),
    "representante de l'etat": folded_set("préfète haute-commissaire sous-préfète représentante"),
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
GENERIC_BODY_HEADS = folded_set(
    "service "
    "autorité régulateur instance gendarme organisme organisation institution groupe entreprise société institut agence firme établissement "
    "association ong formation structure compagnie constructeur club équipe syndicat laboratoire géant "
    "opérateur distributeur assureur fabricant transporteur exploitant enseigne marque média journal "
    "quotidien chaîne plateforme mouvement collectif réseau parti multinationale start-up consortium"
)
# Groups of people that cannot speak as a body ("les syndicats" = generic plural, skipped).
MEDIA_HEADS = folded_set("agence journal quotidien hebdomadaire chaîne radio télévision média site")
MEDIA_NAMES = folded_set("afp reuters ap tass xinhua ria novosti bloomberg cnn bbc interfax anadolu "
                     "belga ats kyodo yonhap efe ansa dpa")
# Nouns of documents: "selon les chiffres de l'Insee" → the Insee speaks; "selon une étude" → nobody.
# Documents that speak for whoever issued them: "« … », précise le communiqué".
ISSUED_DOCUMENTS = folded_set("communiqué document texte note lettre courrier message déclaration bulletin "
                          "tweet publication post rapport avis mémo circulaire arrêt jugement ordonnance")
DOCUMENT_NOUNS = folded_set(
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
ORG_LAST_WORDS = folded_set("international internationale watch group groupe sa inc ltd news press presse "
                        "airlines airways motors energy bank fund foundation institute university "
                        "université college corporation company holding capital partners agency times "
                        "journal post tribune herald monitor magazine")
# Countries and regions: "la Russie a annoncé" is the state speaking (organisation).
PLACE_WORDS = folded_set(
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
DEMONYMS = folded_set(
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
