"""Tests for articles.cleaning: the real seeds first, then the awkward inputs real archives hold."""

from pathlib import Path

import pytest

from articles.cleaning import (
    HTML_NOTE,
    INVALID_HEADER_NOTE,
    MISSING_HEADER_NOTE,
    MOJIBAKE_NOTE,
    TITLE_MAX_CHARS,
    TITLE_SLACK_CHARS,
    CleanedArticle,
    Header,
    RejectedFile,
    clean_article,
    clean_text,
    decode_raw,
    derive_title,
    parse_header,
    split_boilerplate,
)

RAW_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "raw"

# (file, number of article paragraphs after the date line, date line)
SEEDS = [
    ("000_b95fc6c1aa6808a4.txt", 6, Header(day=2, month=2, hour=8, minute=45)),
    ("001_67a63c637e8abfd9.txt", 5, Header(day=29, month=12, hour=13, minute=54)),
    ("002_7ae805d66d197069.txt", 7, Header(day=30, month=12, hour=9, minute=56)),
    ("003_3160daa9dde60036.txt", 7, Header(day=5, month=7, hour=8, minute=36)),
    ("004_8d2e9e4ef881d33d.txt", 7, Header(day=26, month=1, hour=9, minute=18)),
]
SEED_NAMES = [name for name, _, _ in SEEDS]

DATE_LINE = "Dernière mise à jour à 08h45 le 02/02"
LEAD = (
    "Le gouvernement français a présenté mercredi un plan de soutien aux agriculteurs touchés "
    "par la sécheresse, a annoncé le ministre de l'Agriculture lors d'une conférence de presse."
)
MIDDLE = "Les aides seront versées dès le mois prochain aux exploitations touchées, selon le ministère."
LAST = "Les syndicats agricoles ont salué un premier pas, tout en réclamant des mesures durables."
HEADLINES = [
    "La Chine ouvre un tunnel ferroviaire dans une région glaciale",
    "Chine : un nouveau chemin de fer relie deux villes importantes du sud-ouest",
    "Qui va nourrir les Chinois ?",
]


def _seed_lines(name: str) -> list[str]:
    return (RAW_DIR / name).read_text(encoding="utf-8").splitlines()


def _clean_seed(name: str) -> CleanedArticle:
    text = decode_raw((RAW_DIR / name).read_bytes()).text
    return clean_article(text)


def _article(*paragraphs: str, date_line: str | None = DATE_LINE) -> str:
    return "\n".join(([date_line] if date_line else []) + list(paragraphs))


def _paragraphs(article: CleanedArticle) -> list[str]:
    return article.body.split("\n\n")


# --- the real seeds -----------------------------------------------------------------------


@pytest.mark.parametrize("name, count, _header", SEEDS)
def test_seed_body_keeps_exactly_the_article_paragraphs(name, count, _header):
    lines = _seed_lines(name)
    article = _clean_seed(name)
    assert _paragraphs(article) == lines[1 : 1 + count]


@pytest.mark.parametrize("name, count, _header", SEEDS)
def test_seed_headlines_and_promos_are_dropped(name, count, _header):
    paragraphs = _paragraphs(_clean_seed(name))
    for line in _seed_lines(name)[1 + count :]:
        assert line not in paragraphs
    for word in ("WeChat", "maglev", "Hurun", "QR", "Nous suivre"):
        assert word not in "\n".join(paragraphs)


@pytest.mark.parametrize("name, _count, header", SEEDS)
def test_seed_date_line_is_parsed_and_not_in_body(name, _count, header):
    article = _clean_seed(name)
    assert article.header == header
    assert "mise à jour" not in article.body
    assert article.notes == ()


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_decodes_as_plain_utf8(name):
    assert decode_raw((RAW_DIR / name).read_bytes())[1] == "utf-8"


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_title_is_a_short_readable_start_of_the_lead(name):
    article = _clean_seed(name)
    lead = _paragraphs(article)[0]
    assert 30 <= len(article.title) <= TITLE_MAX_CHARS + TITLE_SLACK_CHARS
    assert lead.startswith(article.title.removesuffix("…"))
    assert not article.title.endswith((",", " ", ", a", " de", " la"))


def test_seed_title_drops_the_attribution_clause():
    title = _clean_seed("000_b95fc6c1aa6808a4.txt").title
    assert title.startswith("La Russie est prête à recevoir des observateurs")
    assert "annoncé" not in title


# --- decode_raw ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("Dernière mise à jour".encode(), "Dernière mise à jour", "utf-8"),
        (b"\xef\xbb\xbfDerni\xc3\xa8re", "Dernière", "utf-8-sig"),
        ("Dernière l’été".encode("utf-16"), "Dernière l’été", "utf-16"),
        ("Dernière".encode("utf-16-be").join([b"\xfe\xff", b""]), "Dernière", "utf-16"),
        (b"Derni\xe8re mise \xe0 jour, l\x92\xe9t\xe9 \x93chaud\x94", "Dernière mise à jour, l’été “chaud”", "cp1252"),
        # 0x81 is undefined in cp1252: latin-1 reads that line.
        (b"Caf\xe9 \x81 cr\xe8me et th\xe9 au jardin d'hiver", "Café \x81 crème et thé au jardin d'hiver", "cp1252"),
    ],
)
def test_bytes_are_decoded_with_the_right_encoding(data, text, encoding):
    assert decode_raw(data)[:2] == (text, encoding)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "fichier vide"),
        (b"   \r\n\t\n  ", "fichier vide"),
        (b"\xef\xbb\xbf", "fichier vide"),
        ("\u00a0 \n\u202f".encode(), "fichier vide"),
        (" \n ".encode("utf-16"), "fichier vide"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "fichier binaire"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "fichier binaire"),
        (b"PK\x03\x04\x14\x00\x06\x00", "fichier binaire"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "fichier binaire"),
        (b"Derni\xc3\xa8re mise \x00\x00 jour", "fichier binaire"),
        (bytes(range(1, 32)) * 8 + b"texte", "fichier binaire"),
    ],
)
def test_empty_and_binary_files_are_rejected_with_a_french_reason(data, reason):
    with pytest.raises(RejectedFile) as error:
        decode_raw(data)
    assert error.value.reason == reason


# --- parse_header -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, header",
    [
        ("Dernière mise à jour à 08h45 le 02/02", Header(2, 2, 8, 45)),
        ("Derniere mise a jour a 8h45 le 2/2", Header(2, 2, 8, 45)),
        ("DERNIÈRE MISE À JOUR À 08H45 LE 02/02", Header(2, 2, 8, 45)),
        ("Mis à jour à 08:45 le 02/02", Header(2, 2, 8, 45)),
        ("Dernière mise à jour à 08 h 45 le 02/02", Header(2, 2, 8, 45)),
        ("  Dernière\u00a0mise à jour à\u202f13h54  le 29/12 ", Header(29, 12, 13, 54)),
        ("Dernière mise à jour le 29/12 à 13h54", Header(29, 12, 13, 54)),
        ("Mis à jour le 29/12/2017 à 13h54", Header(29, 12, 13, 54)),
        ("Dernière mise à jour à 23h59 le 29/02", Header(29, 2, 23, 59)),
        ("Dernière mise à jour : 08h45, le 02/02.", Header(2, 2, 8, 45)),
    ],
)
def test_date_line_variants_are_parsed(line, header):
    assert parse_header(line) == header


@pytest.mark.parametrize(
    "line",
    [
        "Dernière mise à jour à 08h45 le 32/13",
        "Dernière mise à jour à 08h45 le 31/04",
        "Dernière mise à jour à 24h00 le 02/02",
        "Dernière mise à jour à 08h60 le 02/02",
        "Dernière mise à jour",
        "La Russie a annoncé jeudi à 08h45 le 02/02 une réunion.",
        "",
    ],
)
def test_invalid_or_foreign_lines_are_not_a_date(line):
    assert parse_header(line) is None


# --- clean_text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Ligne un\r\nLigne deux\rLigne trois", "Ligne un\nLigne deux\nLigne trois"),
        ("<p>Un &amp; deux</p><p>Trois<br>quatre<br/>cinq</p>", "Un & deux\n\nTrois\nquatre\ncinq"),
        ("<p>Avant</p><script>alert(1)</script><style>p{}</style><p>Après</p>", "Avant\n\nAprès"),
        ("<head><title>Site</title></head><body><p>Texte</p></body>", "Texte"),
        # Text about a tag stays readable but can never be read as a tag again.
        ("<p>Le code &lt;script&gt; est du texte</p>", "Le code < script> est du texte"),
        # Escaped twice by a scraper: still the words the author wrote.
        ("<p>&amp;eacute;t&amp;eacute; &amp;lt;b&amp;gt;</p>", "été < b>"),
        ("Procter & Gamble et AT&T, a < b", "Procter & Gamble et AT&T, a < b"),
        ("l’école « oui » “guillemets” 'droits' \"doubles\"", "l’école « oui » “guillemets” 'droits' \"doubles\""),
        ("«\u00a0Nous restons\u00a0»\u202f: vraiment\u00a0?", "« Nous restons » : vraiment ?"),
        ("zéro\u200b lar\u00adgeur\u2060 \ufeffici", "zéro largeur ici"),
        ("contr\x07ôle\x1b et\ttab   espaces  ", "contrôle et tab espaces"),
        ("  Un  \n\n\n\n  Deux  ", "Un\n\nDeux"),
        ("e\u0301te\u0301", "été"),
    ],
)
def test_clean_text_gives_plain_normalised_text(raw, clean):
    assert clean_text(raw) == clean


def test_html_cleaning_leaves_no_tags():
    html = '<div onclick="x()"><p>Texte <a href="/x">lien</a> <img src=x onerror=alert(1)></p></div>'
    assert clean_text(html) == "Texte lien"


# --- split_boilerplate --------------------------------------------------------------------


@pytest.mark.parametrize(
    "promo",
    [
        "Ceux qui veulent nous rejoindre sur la messagerie WeChat, scannez le code QR ci-contre.",
        "Nous suivre sur WeChat",
        "Suivez-nous sur Facebook et Twitter !",
        "Abonnez-vous à notre newsletter",
        "Inscrivez-vous à notre newsletter quotidienne.",
        "Lire aussi : La Chine ouvre un tunnel ferroviaire",
        "À lire aussi",
        "LIRE AUSSI - Le fret ferroviaire en plein essor",
        "Voir aussi : nos vidéos",
        "Lire la suite",
        "Publicité",
        "Newsletter",
        "Partager sur Facebook",
        "Facebook Twitter LinkedIn E-mail",
        "Cliquez ici pour réagir",
        "Téléchargez l'application pour ne rien manquer.",
        "© Copyright 2018 Le Quotidien. Tous droits réservés.",
        "Tous droits réservés.",
        "Mots-clés : Russie, OSCE",
        "Accueil > International > Europe",
        "(Rédacteur : Wang Di, Liu Yishuang)",
        "* * *",
    ],
)
def test_promo_line_in_the_middle_is_dropped(promo):
    body, boilerplate = split_boilerplate([LEAD, promo, MIDDLE, LAST])
    assert body == [LEAD, MIDDLE, LAST]
    assert boilerplate == [promo]


def test_wechat_promo_line_is_dropped():
    promo = "Ceux qui veulent nous rejoindre sur la messagerie WeChat, scannez le code QR ci-contre."
    assert split_boilerplate([LEAD, LAST, promo]) == ([LEAD, LAST], [promo])


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tencent a annoncé que WeChat compte désormais plus d'un milliard d'utilisateurs actifs.",
        "La publicité en ligne a progressé de 12 % l'an dernier, selon une étude publiée lundi.",
        "Le paiement par code QR s'est généralisé dans les grandes villes chinoises.",
        "« Nous restons ouverts au dialogue avec la Russie, et nous le resterons », a-t-il dit.",
    ],
)
def test_real_paragraph_mentioning_promo_words_is_kept(paragraph):
    assert split_boilerplate([LEAD, paragraph, LAST]) == ([LEAD, paragraph, LAST], [])


def test_trailing_headlines_are_dropped():
    assert split_boilerplate([LEAD, MIDDLE, LAST, *HEADLINES]) == ([LEAD, MIDDLE, LAST], HEADLINES)


def test_mid_body_subheading_is_kept():
    subheadings = ["Des aides dès le mois prochain", "Une réponse jugée insuffisante"]
    paragraphs = [LEAD, subheadings[0], MIDDLE, subheadings[1], LAST]
    assert split_boilerplate(paragraphs + HEADLINES) == (paragraphs, HEADLINES)


@pytest.mark.parametrize(
    "last",
    [
        "« Nous ne céderons pas », a conclu le ministre en appelant à « la plus grande prudence »",
        "Il a conclu : « Nous ne céderons sur rien. »",
        "Le ministre a conclu en appelant à « la plus grande prudence »",
        '"Nous restons ouverts au dialogue", a-t-il dit.',
        "Reste à savoir si cette promesse sera tenue…",
        "Les négociations reprendront la semaine prochaine (sous réserve).",
        "Pourquoi le gouvernement a-t-il attendu si longtemps avant d'agir face à une crise annoncée depuis des mois ?",
    ],
)
def test_final_body_paragraph_with_closing_punctuation_is_kept(last):
    body, boilerplate = split_boilerplate([LEAD, MIDDLE, last, *HEADLINES])
    assert body == [LEAD, MIDDLE, last]
    assert boilerplate == HEADLINES


@pytest.mark.parametrize(
    "headline",
    [
        "Macron : « Nous sommes prêts »",
        "Chine : le PIB progresse de 6,9 % (officiel)",
        "Le président chinois appelle à renforcer la coopération…",
        '"Un pas historique" pour le climat',
    ],
)
def test_headline_closed_by_a_quote_or_bracket_inside_the_list_is_dropped(headline):
    headlines = [HEADLINES[0], headline, HEADLINES[1]]
    assert split_boilerplate([LEAD, LAST, *headlines]) == ([LEAD, LAST], headlines)


def test_short_lead_is_kept_when_real_paragraphs_follow():
    lead = "Coup de théâtre à Moscou"
    assert split_boilerplate([lead, MIDDLE, LAST])[0] == [lead, MIDDLE, LAST]


@pytest.mark.parametrize(
    "headlines",
    [
        HEADLINES,
        ["Macron : « Nous sommes prêts »", *HEADLINES],
        ["Nous suivre sur WeChat", "Chine : le PIB progresse (officiel)", "Le fret en plein essor…"],
    ],
)
def test_only_headlines_leave_no_body(headlines):
    assert split_boilerplate(headlines) == ([], headlines)


# --- derive_title -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, title",
    [
        ("La Chine ouvre un tunnel. Il mesure 12 km.", "La Chine ouvre un tunnel"),
        ("Qui va nourrir les Chinois ? La question se pose.", "Qui va nourrir les Chinois ?"),
        ("M. Lavrov a rencontré Mme Zakharova à Moscou. Ils ont parlé.", "M. Lavrov a rencontré Mme Zakharova à Moscou"),
        ("Coup de théâtre à Moscou\n\nLe texte suit.", "Coup de théâtre à Moscou"),
        ("BEIJING, 12 mars (Xinhua) -- La Chine a lancé un satellite. Suite.", "La Chine a lancé un satellite"),
        (
            "La Russie a réitéré son espoir de conclure un accord de non-ingérence avec les Etats-Unis, "
            "a indiqué jeudi la porte-parole du ministère russe des Affaires étrangères, Maria Zakharova.",
            "La Russie a réitéré son espoir de conclure un accord de non-ingérence avec les Etats-Unis",
        ),
        (
            "Le nombre de touristes étrangers a fortement augmenté cette année dans la capitale chinoise, "
            "selon les chiffres publiés lundi par le bureau municipal du tourisme de Beijing.",
            "Le nombre de touristes étrangers a fortement augmenté cette année dans la capitale chinoise",
        ),
    ],
)
def test_title_is_the_first_sentence_of_the_lead(body, title):
    assert derive_title(body) == title


@pytest.mark.parametrize(
    "body, title",
    [
        (
            "Le ministre russe des Affaires étrangères Sergueï Lavrov a discuté mardi au cours d'une "
            "rencontre à Sotchi avec son homologue turc Mevlut Cavusoglu des derniers développements.",
            "Le ministre russe des Affaires étrangères Sergueï Lavrov a discuté mardi au cours d'une "
            "rencontre à Sotchi…",
        ),
        (
            "Les autorités ont décidé de prolonger les mesures de restriction, de fermer les écoles, de "
            "limiter les déplacements, de reporter les élections locales et de renforcer les contrôles.",
            "Les autorités ont décidé de prolonger les mesures de restriction, de fermer les écoles…",
        ),
        (
            "La Commission européenne a publié mercredi un rapport très attendu sur la concurrence qui "
            "met en cause plusieurs groupes du secteur de l'énergie et leurs filiales.",
            "La Commission européenne a publié mercredi un rapport très attendu sur la concurrence…",
        ),
    ],
)
def test_long_title_is_cut_where_a_clause_or_a_phrase_ends(body, title):
    assert derive_title(body) == title
    assert len(title) <= TITLE_MAX_CHARS


def test_long_title_drops_an_aside_in_brackets():
    body = ("Le texte (adopté en première lecture par l'Assemblée nationale après un long débat "
            "très animé) sera examiné au Sénat.")
    assert derive_title(body) == "Le texte sera examiné au Sénat"


def test_long_title_without_a_boundary_stays_whole():
    body = ("L'ancien ministre délégué chargé des Transports et de la Mobilité durable Jean-Baptiste "
            "Djebbari-Bonnet-Lefèvre-Dumoulin.")
    assert derive_title(body) == body.removesuffix(".")


def test_long_title_never_ends_inside_a_bracket():
    body = ("Le Premier ministre a reçu lundi les représentants des syndicats (CGT, CFDT, FO et "
            "Solidaires avec leurs fédérations régionales) pour discuter de la réforme.")
    title = derive_title(body)
    assert title.count("(") == title.count(")")
    assert not title.removesuffix("…").endswith((" ", ",", " de", " et", " le", "("))


def test_long_title_prefers_a_late_clause_boundary():
    body = (
        "Le gouvernement a annoncé mardi le report de la réforme des retraites, une décision "
        "saluée par les syndicats mais critiquée par l'opposition de droite."
    )
    assert derive_title(body) == "Le gouvernement a annoncé mardi le report de la réforme des retraites…"


def test_title_cut_inside_a_quote_closes_it():
    body = (
        "« Nous restons ouverts au dialogue avec la Russie et avec tous nos partenaires européens "
        "et américains sans la moindre exception », a-t-il dit."
    )
    title = derive_title(body)
    assert title.startswith("« Nous restons ouverts au dialogue")
    assert title.endswith("… »")
    assert len(title) <= TITLE_MAX_CHARS


def test_title_of_a_quote_lead_keeps_its_quotes_balanced():
    body = '"Tout ce que je peux dire c\'est que les experts travaillent. C\'est concret", a-t-elle dit.'
    assert derive_title(body) == '"Tout ce que je peux dire c\'est que les experts travaillent"'


# --- clean_article: the whole stage -------------------------------------------------------


def test_crlf_file_gives_the_same_article():
    name = SEED_NAMES[0]
    crlf = (RAW_DIR / name).read_bytes().replace(b"\n", b"\r\n")
    assert clean_article(decode_raw(crlf)[0]) == _clean_seed(name)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_reencoded_seed_gives_the_same_article(encoding):
    name = SEED_NAMES[3]
    text = (RAW_DIR / name).read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    assert clean_article(decode_raw(data)[0]) == _clean_seed(name)


def test_cp1252_file_keeps_accents_and_curly_apostrophe():
    data = (
        b"Derni\xe8re mise \xe0 jour \xe0 08h45 le 02/02\r\n"
        b"L\x92\xe9quipe de France a remport\xe9 le match \xe0 Paris, a annonc\xe9 le s\xe9lectionneur.\r\n"
    )
    text, encoding, _ = decode_raw(data)
    article = clean_article(text)
    assert encoding == "cp1252"
    assert article.header == Header(2, 2, 8, 45)
    assert article.body == "L’équipe de France a remporté le match à Paris, a annoncé le sélectionneur."
    assert article.title == "L’équipe de France a remporté le match à Paris, a annoncé le sélectionneur"


def test_html_fragment_is_cleaned_and_noted():
    html = (
        f"<p>{DATE_LINE}</p>\n<p>{LEAD}</p><script>alert(1)</script>"
        "<p>Les aides &amp; les prêts seront versés dès le mois prochain.<br>"
        "Le code &lt;script&gt; reste du texte.</p>"
        "<ul><li>La Chine ouvre un tunnel</li><li>Nous suivre sur WeChat</li></ul>"
    )
    article = clean_article(html)
    assert article.header == Header(2, 2, 8, 45)
    assert _paragraphs(article) == [
        LEAD,
        "Les aides & les prêts seront versés dès le mois prochain.",
        "Le code < script> reste du texte.",
    ]
    assert "alert" not in article.body
    assert "<p>" not in article.body and "<br" not in article.body
    assert HTML_NOTE in article.notes


def test_blank_lines_between_paragraphs_are_ignored():
    article = clean_article(f"\n\n{DATE_LINE}\n\n{LEAD}\n\n\n{MIDDLE}\n \n{LAST}\n\n")
    assert _paragraphs(article) == [LEAD, MIDDLE, LAST]


def test_french_quotes_and_apostrophes_are_preserved():
    paragraph = "« Nous n’avons pas le choix », a déclaré l’élu, évoquant une “urgence” et l'avenir."
    typeset = paragraph.replace("« ", "«\u00a0").replace(" »", "\u202f»")
    article = clean_article(_article(LEAD, typeset))
    assert _paragraphs(article)[1] == paragraph


def test_missing_date_line_gives_no_header_and_a_note():
    article = clean_article(_article(LEAD, MIDDLE, LAST, date_line=None))
    assert article.header is None
    assert MISSING_HEADER_NOTE in article.notes
    assert _paragraphs(article) == [LEAD, MIDDLE, LAST]


def test_unreadable_date_line_is_dropped_with_a_note():
    article = clean_article(_article(LEAD, LAST, date_line="Dernière mise à jour à 08h45 le 32/13"))
    assert article.header is None
    assert INVALID_HEADER_NOTE in article.notes
    assert _paragraphs(article) == [LEAD, LAST]


def test_first_line_about_an_update_without_a_date_is_kept():
    first = "Mise à jour importante pour les usagers du métro"
    article = clean_article(_article(first, LEAD, LAST, date_line=None))
    assert _paragraphs(article)[0] == first
    assert MISSING_HEADER_NOTE in article.notes


def test_date_line_after_a_title_line_is_found():
    title = "Coup de théâtre à Moscou"
    article = clean_article(_article(title, DATE_LINE, LEAD, LAST, date_line=None))
    assert article.header == Header(2, 2, 8, 45)
    assert _paragraphs(article) == [title, LEAD, LAST]
    assert article.title == title


def test_double_encoded_utf8_is_repaired():
    text = _article(LEAD, LAST).encode("utf-8").decode("cp1252")
    article = clean_article(text)
    assert article.header == Header(2, 2, 8, 45)
    assert _paragraphs(article) == [LEAD, LAST]
    assert f"{MOJIBAKE_NOTE} (3 ligne(s))" in article.notes


@pytest.mark.parametrize(
    "text",
    [
        _article(*HEADLINES, "Nous suivre sur WeChat"),
        _article(),
        "<script>alert(1)</script><p>Publicité</p>",
        "\u200b\u200b",
    ],
)
def test_file_without_article_text_is_rejected(text):
    with pytest.raises(RejectedFile) as error:
        clean_article(text)
    assert error.value.reason == "aucun texte d'article après nettoyage"


# --- decoding by segment, stray markup ------------------------------------------------------


@pytest.mark.parametrize(
    "data, text, encoding, note",
    [
        # One cp1252 line in a UTF-8 file: only that line is read as cp1252.
        ("Élu en mai\n".encode() + b"Une derni\xe8re phrase\n", "Élu en mai\nUne dernière phrase\n",
         "utf-8+cp1252", "1 ligne(s) hors UTF-8 décodée(s) à part en cp1252, le reste en UTF-8"),
        # A stray byte inside a UTF-8 line: the accents around it stay UTF-8.
        ("Café résumé été".encode() + b" \xff", "Café résumé été ÿ", "utf-8+cp1252",
         "1 ligne(s) hors UTF-8 décodée(s) à part en cp1252, le reste en UTF-8"),
        ("Le député a déclaré à l’Assemblée qu’il était prêt.".encode("mac_roman"),
         "Le député a déclaré à l’Assemblée qu’il était prêt.", "mac_roman", None),
        ("Dernière l’été à Noël".encode("utf-16-le"), "Dernière l’été à Noël", "utf-16-le", None),
        ("Dernière l’été à Noël".encode("utf-16-be"), "Dernière l’été à Noël", "utf-16-be", None),
        (b"\xef\xbb\xbfTexte\x00avec un NUL au milieu de la ligne", "Texte\ufffdavec un NUL au milieu de la ligne",
         "utf-8-sig", "1 caractère(s) NUL remplacé(s) par « \ufffd »"),
        # A stray NUL in a file without BOM (a scraper's glitch): the text is kept, the NUL marked.
        ("Le ministre\x00 a déclaré : « Nous irons à Genève. »".encode(), "Le ministre\ufffd a déclaré : « Nous irons à Genève. »",
         "utf-8", "1 caractère(s) NUL remplacé(s) par « \ufffd »"),
        (b"Le d\xe9put\xe9\x00 est parti hier soir pour Gen\xe8ve.\x00", "Le député\ufffd est parti hier soir pour Genève.\ufffd",
         "cp1252", "2 caractère(s) NUL remplacé(s) par « \ufffd »"),
    ],
)
def test_bytes_are_decoded_segment_by_segment_with_a_note(data, text, encoding, note):
    decoded = decode_raw(data)
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert decoded.notes == ((note,) if note else ())


def test_mojibake_in_one_line_is_repaired_without_touching_the_others():
    text = _article(LEAD, "Le prÃ©sident a parlÃ©, lâ€™Ã©tÃ© venu.", "Le café coûte 5 € : tout va bien, déclare-t-il.")
    article = clean_article(text)
    assert _paragraphs(article) == [LEAD, "Le président a parlé, l’été venu.", "Le café coûte 5 € : tout va bien, déclare-t-il."]
    assert f"{MOJIBAKE_NOTE} (1 ligne(s))" in article.notes


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Avant <script> puis\nla suite du texte", "Avant puis\nla suite du texte"),
        ("Avant <svg width='3'>\nla suite", "Avant\nla suite"),
        ("Avant <svg est resté\nla suite", "Avant <svg est resté\nla suite"),
        ("<!-- jamais fermé\nla suite", "jamais fermé\nla suite"),
        ("a <!-- note --> b <!-- c", "a b c"),
        ("<head><title>Site</title>le texte sans body", "Site\nle texte sans body"),
        ("a <?php echo 1\nsuite", "a <?php echo 1\nsuite"),
        ("x <![CDATA[ y\nz", "x <![CDATA[ y\nz"),
        ("<p>Titre</p><script>var a = '<p>';</script><p>Suite</p>", "Titre\n\nSuite"),
    ],
)
def test_an_unclosed_tag_or_comment_loses_only_itself(raw, clean):
    assert clean_text(raw) == clean
