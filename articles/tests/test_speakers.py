"""Speaker identity: name normalisation and matching across the archive (pure, no DB)."""

import pytest

from articles.speakers import (
    Candidate,
    SpeakerIndex,
    choose_canonical_name,
    fold,
    gender_of,
    guess_kind,
    match_speaker,
    slugify_name,
    split_name,
    strip_title,
)


def _person(key, name, *aliases, gender=None):
    return Candidate(key=key, name=name, kind="person", aliases=(name, *aliases), gender=gender)


def _org(key, name, *aliases):
    return Candidate(key=key, name=name, kind="organisation", aliases=(name, *aliases))


LAVROV = _person("lavrov", "Sergueï Lavrov", "M. Lavrov")
ZAKHAROVA = _person("zakharova", "Maria Zakharova", "Mme Zakharova")
STOLTENBERG = _person("stoltenberg", "Jens Stoltenberg")
BILL = _person("bill", "Bill Clinton")
HILLARY = _person("hillary", "Hillary Clinton")
MID = _org("mid", "ministère russe des Affaires étrangères")

# (new name, kind, aliases seen in the same article, existing candidates, expected key)
MATCHES = [
    # Same person, written differently.
    ("Serguei Lavrov", "person", (), [LAVROV], "lavrov"),
    ("SERGUEÏ  LAVROV", "person", (), [LAVROV], "lavrov"),
    ("M. Lavrov", "person", (), [_person("lavrov", "Sergueï Lavrov")], "lavrov"),
    ("Lavrov", "person", (), [LAVROV], "lavrov"),
    ("Monsieur Lavrov", "person", (), [LAVROV], "lavrov"),
    ("M. Sergueï Lavrov", "person", (), [LAVROV, _person("ivan", "Ivan Lavrov")], "lavrov"),
    ("le président Erdogan", "person", (), [_person("rte", "Recep Tayyip Erdoğan")], "rte"),
    ("Mme Zakharova", "person", (), [_person("zakharova", "Maria Zakharova")], "zakharova"),
    ("Maria Zahkharova", "person", (), [ZAKHAROVA], "zakharova"),
    ("Mme Zahkharova", "person", (), [ZAKHAROVA], "zakharova"),
    ("Maria Zakarova", "person", (), [ZAKHAROVA], "zakharova"),
    ("M. Stoltenbreg", "person", (), [STOLTENBERG], "stoltenberg"),
    ("J. Stoltenberg", "person", (), [STOLTENBERG], "stoltenberg"),
    ("Sergey Lavrov", "person", (), [LAVROV], "lavrov"),
    ("Iouri Ouchakov", "person", (), [_person("ou", "Yuri Ushakov")], "ou"),
    ("Jean Luc Melenchon", "person", (), [_person("jlm", "Jean-Luc Mélenchon")], "jlm"),
    ("J.-L. Mélenchon", "person", (), [_person("jlm", "Jean-Luc Mélenchon")], "jlm"),
    ("Recep Tayyip Erdogan", "person", (), [_person("rte", "Tayyip Erdoğan")], "rte"),
    ("Mme von der Leyen", "person", (), [_person("vdl", "Ursula von der Leyen")], "vdl"),
    ("Ursula von der Leyen", "person", (), [_person("vdl", "Mme von der Leyen")], "vdl"),
    ("M. López Obrador", "person", (), [_person("amlo", "Andrés Manuel López Obrador")], "amlo"),
    ("Bachar el-Assad", "person", (), [_person("assad", "Bachar al-Assad")], "assad"),
    ("M. Assad", "person", (), [_person("assad", "Bachar al-Assad")], "assad"),
    ("Volodymyr Zelenskyy", "person", (), [_person("vz", "Volodymyr Zelensky")], "vz"),
    ("Bill Clinton", "person", (), [_person("mc", "M. Clinton")], "mc"),
    # Family name first: "M. Zhao" is Zhao Lijian when he is the only Zhao.
    ("M. Zhao", "person", (), [_person("zhao", "Zhao Lijian")], "zhao"),
    ("M. Xi", "person", (), [_person("xi", "Xi Jinping"), BILL], "xi"),
    ("Zhao Lijian", "person", (), [_person("zhao", "M. Zhao")], "zhao"),
    # Gender and the article's other aliases disambiguate namesakes.
    ("Mme Clinton", "person", (), [BILL, _person("hillary", HILLARY.name, "Mme Clinton")], "hillary"),
    ("Mme Clinton", "person", (), [_person("bill", BILL.name, gender="m"), HILLARY], "hillary"),
    ("M. Clinton", "person", ("Bill Clinton",), [BILL, HILLARY], "bill"),
    (
        "Mme Zakharova",
        "person",
        ("Maria Zakharova",),
        [ZAKHAROVA, _person("ekaterina", "Ekaterina Zakharova")],
        "zakharova",
    ),
    (
        "Mme Erdogan",
        "person",
        (),
        [_person("rte", "Recep Tayyip Erdoğan", "M. Erdogan"), _person("emine", "Emine Erdoğan")],
        "emine",
    ),
    # A full name with agreeing given names beats a bare titled surname on record.
    (
        "Maria Zakharova",
        "person",
        ("Mme Zakharova",),
        [_person("stray", "Mme Zakharova"), _person("z", "Maria Zakharowa")],
        "z",
    ),
    # An exact surname beats a surname that is only one typo away.
    ("M. Durand", "person", (), [_person("jd", "Jean Durand"), _person("pd", "Paul Durant")], "jd"),
    # Namesakes are never merged.
    ("Hillary Clinton", "person", (), [BILL], None),
    ("Marine Le Pen", "person", (), [_person("jmlp", "Jean-Marie Le Pen")], None),
    ("Marion Le Pen", "person", (), [_person("mlp", "Marine Le Pen")], None),
    ("Raúl Castro", "person", (), [_person("fidel", "Fidel Castro")], None),
    ("Michelle Martin", "person", (), [_person("mm", "Michel Martin")], None),
    ("Daniela Costa", "person", (), [_person("dc", "Daniel Costa")], None),
    ("George W. Bush", "person", (), [_person("41", "George H. W. Bush")], None),
    ("Kim Kardashian", "person", (), [_person("kju", "Kim Jong-un")], None),
    ("Olena Zelenska", "person", (), [_person("vz", "Volodymyr Zelensky")], None),
    ("M. Zakharov", "person", (), [ZAKHAROVA], None),
    ("Mme Lavrov", "person", (), [_person("lavrov", "Sergueï Lavrov", gender="m")], None),
    # Ambiguous: two candidates fit, so guessing would merge two people.
    ("M. Clinton", "person", (), [BILL, HILLARY], None),
    ("M. Wang", "person", (), [_person("wy", "Wang Yi"), _person("ww", "Wang Wenbin")], None),
    ("Bill Clinton", "person", (), [_person("mc", "M. Clinton"), HILLARY], None),
    ("Erdogan", "person", (), [_person("rte", "Tayyip Erdoğan"), _person("ee", "Emine Erdoğan")], None),
    ("M. Kim", "person", (), [_person("kju", "Kim Jong-un"), _person("kk", "Kim Kardashian")], None),
    ("Sergueï Lavrov", "person", (), [LAVROV, _person("dup", "Sergueï Lavrov")], None),
    ("M. Lavrov", "person", (), [], None),
    ("", "person", (), [LAVROV], None),
    ("M. Poutine", "person", (), [LAVROV, ZAKHAROVA], None),
    # Organisations: normalised equality only, never fuzzy.
    ("le ministère russe des Affaires étrangères", "organisation", (), [MID], "mid"),
    ("Ministère russe des affaires etrangeres", "organisation", (), [MID], "mid"),
    ("ministère chinois des Affaires étrangères", "organisation", (), [MID], None),
    ("ministre russe des Affaires étrangères", "organisation", (), [MID], None),
    ("Tass", "organisation", (), [_org("tass", "TASS")], "tass"),
    ("l'OTAN", "organisation", (), [_org("otan", "OTAN")], "otan"),
    ("la partie turque", "organisation", (), [_org("tr", "partie turque")], "tr"),
    ("la Maison-Blanche", "organisation", (), [_org("wh", "Maison Blanche")], "wh"),
    ("agence Tass", "organisation", ("Tass",), [_org("tass", "TASS")], "tass"),
    # A person never matches an organisation, whatever the spelling.
    ("Kremlin", "person", (), [_org("kremlin", "Kremlin")], None),
    ("Lavrov", "organisation", (), [LAVROV], None),
]


def _ids(table):
    return [f"{row[0]}->{row[-1]}" for row in table]


@pytest.mark.parametrize("name, kind, aliases, candidates, expected", MATCHES, ids=_ids(MATCHES))
def test_speaker_matches_the_right_candidate(name, kind, aliases, candidates, expected):
    assert match_speaker(name, kind, candidates, aliases) == expected


@pytest.mark.parametrize("name, kind, aliases, candidates, expected", MATCHES, ids=_ids(MATCHES))
def test_index_agrees_with_match_speaker(name, kind, aliases, candidates, expected):
    index = SpeakerIndex(candidates)
    assert index.match(name, kind, aliases) == expected


def test_typo_speaker_is_merged():
    assert match_speaker("Maria Zahkharova", "person", [ZAKHAROVA]) == "zakharova"


def test_namesakes_with_different_given_names_are_not_merged():
    assert match_speaker("Hillary Clinton", "person", [BILL]) is None
    assert match_speaker("Bill Clinton", "person", [HILLARY]) is None


def test_ambiguous_title_and_surname_is_not_guessed():
    assert match_speaker("M. Clinton", "person", [BILL, HILLARY]) is None


def test_index_update_adds_new_aliases():
    index = SpeakerIndex([BILL, HILLARY])
    assert index.match("Mme Clinton", "person") is None
    index.update(_person("hillary", "Hillary Clinton", "Mme Clinton"))
    assert index.match("Mme Clinton", "person") == "hillary"


def test_index_update_forgets_old_names():
    index = SpeakerIndex([_person("x", "Jens Stoltenberg")])
    index.update(_person("x", "Sergueï Lavrov"))
    assert index.match("M. Stoltenberg", "person") is None
    assert index.match("M. Lavrov", "person") == "x"


def test_index_add_of_a_known_key_replaces_it():
    index = SpeakerIndex()
    index.add(_person("x", "Jens Stoltenberg"))
    index.add(_person("x", "Sergueï Lavrov"))
    assert index.match("M. Stoltenberg", "person") is None
    assert len(index) == 1


def test_index_finds_a_typo_among_many_speakers():
    crowd = [_person(i, f"Prénom{i} Nom{i:05d}") for i in range(5000)]
    index = SpeakerIndex([*crowd, ZAKHAROVA, LAVROV])
    assert index.match("Mme Zahkharova", "person") == "zakharova"
    assert index.match("Serguei Lavrov", "person") == "lavrov"
    assert index.match("M. Nom00042", "person") == 42


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sergueï  Lavrov", "serguei lavrov"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Jean-Luc Mélenchon", "jean-luc melenchon"),
        ("Jean - Luc", "jean luc"),
        ("l’OTAN", "l'otan"),
        ("Œuvre d’Orient", "oeuvre d'orient"),
        ("Binali Yıldırım", "binali yildirim"),
        ("Lech Wałęsa", "lech walesa"),
        ("  M.\u00a0Lavrov ", "m. lavrov"),
        ("", ""),
    ],
)
def test_fold_strips_accents_and_case(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("M. Lavrov", ("M.", "Lavrov")),
        ("M Lavrov", ("M", "Lavrov")),
        ("Mme Zakharova", ("Mme", "Zakharova")),
        ("Mlle Dupont", ("Mlle", "Dupont")),
        ("MM. Lavrov", ("MM.", "Lavrov")),
        ("Monsieur Lavrov", ("Monsieur", "Lavrov")),
        ("Madame von der Leyen", ("Madame", "von der Leyen")),
        ("Dr Fauci", ("Dr", "Fauci")),
        ("Pr. Raoult", ("Pr.", "Raoult")),
        ("Me Dupond-Moretti", ("Me", "Dupond-Moretti")),
        ("Mgr Aupetit", ("Mgr", "Aupetit")),
        ("le président Erdogan", ("le président", "Erdogan")),
        ("le général de Gaulle", ("le général", "de Gaulle")),
        ("M. le président Macron", ("M. le président", "Macron")),
        ("le président russe", (None, "le président russe")),
        ("ministre russe des Affaires", (None, "ministre russe des Affaires")),
        ("Sergueï Lavrov", (None, "Sergueï Lavrov")),
        ("Marine Le Pen", (None, "Marine Le Pen")),
        ("Madame", (None, "Madame")),
    ],
)
def test_strip_title_keeps_only_civility_titles(name, expected):
    assert strip_title(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Recep Tayyip Erdogan", (("recep", "tayyip"), "erdogan")),
        ("Sergueï Lavrov", (("serguei",), "lavrov")),
        ("Ursula von der Leyen", (("ursula",), "von der leyen")),
        ("Charles de Gaulle", (("charles",), "de gaulle")),
        ("Jean-Luc Mélenchon", (("jean-luc",), "melenchon")),
        ("Mohammed ben Salmane", (("mohammed",), "ben salmane")),
        ("Marine Le Pen", (("marine",), "le pen")),
        ("Valéry Giscard d'Estaing", (("valery", "giscard"), "d'estaing")),
        ("Bachar al-Assad", (("bachar",), "al-assad")),
        ("M. Lavrov", ((), "lavrov")),
        ("Mme Le Pen", ((), "le pen")),
        ("Lavrov", ((), "lavrov")),
        ("De Gaulle", ((), "de gaulle")),
        ("", ((), "")),
    ],
)
def test_split_name_keeps_particles_with_the_surname(name, expected):
    assert split_name(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Sergueï Lavrov", "person"),
        ("M. Lavrov", "person"),
        ("Mme Zakharova", "person"),
        ("Marine Le Pen", "person"),
        ("ministre russe des Affaires étrangères", "person"),
        ("porte-parole du Kremlin", "person"),
        ("M. Kremlin", "person"),
        ("ministère russe des Affaires étrangères", "organisation"),
        ("Ministry of Foreign Affairs", "organisation"),
        ("agence de presse russe Tass", "organisation"),
        ("TASS", "organisation"),
        ("Tass", "organisation"),
        ("AFP", "organisation"),
        ("INSEE", "organisation"),
        ("l'OTAN", "organisation"),
        ("Kremlin", "organisation"),
        ("le Kremlin", "organisation"),
        ("Maison Blanche", "organisation"),
        ("l'Elysée", "organisation"),
        ("Matignon", "organisation"),
        ("la partie turque", "organisation"),
        ("gouvernement turc", "organisation"),
        ("Parti communiste chinois", "organisation"),
        ("Commission européenne", "organisation"),
        ("Conseil de sécurité de l'ONU", "organisation"),
        ("tribunal de Moscou", "organisation"),
        ("police turque", "organisation"),
        ("armée russe", "organisation"),
        ("Gazprom SA", "organisation"),
        ("Apple Inc.", "organisation"),
        ("la Russie", "organisation"),
        ("l'Ukraine", "organisation"),
        ("Le Drian", "person"),
        ("", "person"),
    ],
)
def test_guess_kind_tells_bodies_from_people(name, expected):
    assert guess_kind(name) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("M.", "m"),
        ("M", "m"),
        ("MM.", "m"),
        ("Monsieur", "m"),
        ("le président", "m"),
        ("Mme", "f"),
        ("Mmes", "f"),
        ("Mlle", "f"),
        ("Madame", "f"),
        ("la présidente", "f"),
        ("Dr", None),
        ("Me", None),
        (None, None),
        ("", None),
    ],
)
def test_gender_of_reads_the_title(title, expected):
    assert gender_of(title) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Sergueï Lavrov", "serguei-lavrov"),
        ("Jean-Luc Mélenchon", "jean-luc-melenchon"),
        ("ministère russe des Affaires étrangères", "ministere-russe-des-affaires-etrangeres"),
        ("l'OTAN", "l-otan"),
        ("  --  ", ""),
    ],
)
def test_slugify_name_is_ascii_and_dashed(name, expected):
    assert slugify_name(name) == expected


@pytest.mark.parametrize(
    "alias_counts, expected",
    [
        ({"Maria Zahkharova": 1, "Mme Zakharova": 2, "Maria Zakharova": 1}, "Maria Zakharova"),
        ({"M. Lavrov": 5, "Sergueï Lavrov": 1}, "Sergueï Lavrov"),
        ({"Lavrov": 3, "M. Lavrov": 1}, "M. Lavrov"),
        ({"Serguei Lavrov": 1, "Sergueï Lavrov": 1}, "Sergueï Lavrov"),
        ({"Serguei Lavrov": 2, "Sergueï Lavrov": 1}, "Serguei Lavrov"),
        ({"Sergey Lavrov": 1, "Serguei Lavrov": 1}, "Sergey Lavrov"),
        ({"M. Sergueï Lavrov": 1, "M. Lavrov": 3}, "Sergueï Lavrov"),
        ({"le Kremlin": 3, "Kremlin": 1}, "Kremlin"),
        ({"la partie turque": 2}, "partie turque"),
        ({"TASS": 2, "Tass": 1, "agence Tass": 1}, "TASS"),
    ],
)
def test_canonical_name_prefers_full_corroborated_accented_names(alias_counts, expected):
    assert choose_canonical_name(alias_counts) == expected


def test_canonical_name_of_nothing_is_an_error():
    with pytest.raises(ValueError):
        choose_canonical_name({})


def test_among_thousands_of_role_records_of_one_name_none_is_guessed_and_the_one_is_found():
    # every article's "le maire" is its own record: a new "le maire" names none of them,
    # while a body named once in the archive is still found among them
    mayors = [Candidate(f"maire-{n}", "maire", "person") for n in range(3000)]
    index = SpeakerIndex(mayors + [Candidate("cgt", "CGT", "organisation")])
    assert index.match("maire", "person") is None
    assert index.match("CGT", "organisation") == "cgt"
    assert SpeakerIndex(mayors[:1]).match("maire", "person") == "maire-0"
