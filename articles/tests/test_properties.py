"""Property tests (hypothesis) of the pure modules: any input, no exception; cleaning is idempotent.

Derandomized (the same cases on every run, nothing stored on disk) and bounded: the
number of cases each test runs is its `bounded(N)` below (plus its explicit examples),
2,750 generated cases in all. The
deadline is generous per case because this suite shares two cores with other work; it
still catches a case that goes quadratic. Inputs mix arbitrary Unicode or bytes with
pieces real archives hold: mojibake, HTML, stray tags, curly quotes, BOMs, NULs, date
lines, promo lines, long lines.
"""

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from articles.cleaning import (
    CleanedArticle, RejectedFile, clean_article, clean_text, decode_raw, split_boilerplate,
)
from articles.query import parse_query
from articles.quotes import extract_quotes
from articles.speakers import (
    Candidate, choose_canonical_name, fold, gender_of, guess_kind, match_speaker, slugify_name,
    split_name, strip_title,
)
from articles.workers import extract_bounded

BOUNDED = settings(
    derandomize=True, database=None, deadline=timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def bounded(cases: int) -> settings:
    return settings(BOUNDED, max_examples=cases)


@pytest.fixture(scope="module", autouse=True)
def language_model_loaded():
    """The parser loads once per process (~10 s on a loaded machine): not a case's time."""
    from articles.quotes import nlp

    if nlp.enabled():
        nlp._model()

PIECES = [
    "Dernière mise à jour à 08h45 le 02/02", "Mis à jour le 31/12 à 23h59", "\n", "\n\n", "\r\n", " ",
    "« Nous irons jusqu’au bout », a déclaré M. Lavrov.", "“Non”, a-t-elle dit", "l’OTAN", "L'Élysée",
    "DerniÃ¨re", "Ã©tÃ©", "Lâ€™Ã©lection", "Ã ", "Â»", "©", "Tous droits réservés", "Nous suivre sur WeChat",
    "Lire aussi :", "<p>", "</p>", "<br/>", "<script>alert(1)</script>", "<script>", "<svg", "<svg/>",
    "<!--", "-->", "<head>", "<body>", "<?xml", "<![CDATA[", "&amp;", "&lt;b&gt;", "&amp;lt;", "&#0;",
    "&eacute", "&", "<", ">", "\ufeff", "\x00", "\u200b", "\u00ad", "\u202f»", "e\u0301", "\ufb01",
    "\ud800", "\U0001f600", "Sergueï", "ΑΒΓ", "Привет", "中文", "?", "!", "…", "...", "(AFP) - ",
    "M.", "Mme", "Dr", "x" * 3000, "mot " * 500,
]
pieces = st.sampled_from(PIECES)
# Any code point, lone surrogates included: file names and broken sources produce them.
any_char = st.characters(blacklist_categories=())
awkward_text = st.lists(st.one_of(pieces, st.text(any_char, max_size=12)), max_size=40).map("".join)
texts = st.one_of(st.text(any_char, max_size=300), awkward_text)
ENCODINGS = ["utf-8", "cp1252", "latin-1", "utf-16", "utf-16-le", "mac_roman", "cp850"]
encoded_piece = st.builds(
    lambda text, encoding: text.encode(encoding, errors="replace"),
    st.one_of(pieces, st.text(max_size=12)), st.sampled_from(ENCODINGS),
)
raw_bytes = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(encoded_piece, st.binary(max_size=6)), max_size=30).map(b"".join),
)


# --- decoding and cleaning ------------------------------------------------------------------


@bounded(200)
@given(raw_bytes)
@example(b"Caf\xc3\xa9 r\xe9sum\xc3\xa9\n\xff\xfe")
@example("Dernière mise à jour à 08h45 le 02/02\nL’été".encode("utf-16-le"))
@example(b"\xef\xbb\xbf" + "Élu".encode("cp1252"))
def test_any_bytes_decode_to_valid_text_or_a_french_rejection(data):
    try:
        decoded = decode_raw(data)
    except RejectedFile as rejection:
        assert rejection.reason in ("fichier vide", "fichier binaire")
        return
    decoded.text.encode("utf-8")  # no lone surrogate: the text can be stored
    assert decoded.encoding


@bounded(300)
@given(raw_bytes)
def test_any_bytes_go_through_the_whole_cleaning_stage(data):
    try:
        article = clean_article(decode_raw(data).text)
    except RejectedFile:
        return
    assert isinstance(article, CleanedArticle) and article.body and article.title


@bounded(500)
@given(texts)
@example("Le code &lt;script&gt; reste du texte")
@example("&amp;amp;amp;amp;lt;b&gt;")
@example("<svg est resté ouvert\nSuite")
@example("e\u200b\u0301")
@example("<head><title>T</title>" + "x " * 5000)
def test_clean_text_never_raises_and_is_idempotent(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned


@bounded(400)
@given(texts)
@example("Dernière mise à jour à 08h45 le 02/02\nÃ‰lu en mai\nLe ministre a parlÃ© longuement devant les élus.")
@example("<p>Publicité</p><p>Le texte de l’article, enfin.</p><script>")
def test_clean_article_never_raises_and_its_body_is_a_fixed_point(text):
    try:
        article = clean_article(text)
    except RejectedFile:
        return
    assert clean_text(article.body) == article.body
    body, boilerplate = split_boilerplate(article.body.split("\n\n"))
    assert boilerplate == []
    assert clean_article(article.body).body == article.body


# --- extraction -----------------------------------------------------------------------------


@bounded(300)
@given(texts)
@example("« Nous restons ouverts », a déclaré le secrétaire général de l'OTAN, Jens Stoltenberg.")
@example("« » « « », a-t-il dit. »")
@example("Selon M., « . »")
def test_extraction_never_raises_on_any_unicode(text):
    for quote in extract_quotes(text):
        assert quote.speaker


@bounded(150)
@given(st.lists(st.sampled_from([
    "« Nous irons jusqu’au bout », a déclaré la députée Chloé Dupré.",
    "Le ministre Jean Martin a estimé que la réforme était prête.",
    "Il a ajouté : « Rien n’est joué. »", "Une phrase sans citation.", "\n\n",
]), max_size=80).map(" ".join), st.integers(min_value=40, max_value=400))
def test_extraction_in_pieces_keeps_offsets_on_the_whole_body(body, size):
    import articles.workers as workers

    saved, workers.EXTRACT_CHUNK_CHARS = workers.EXTRACT_CHUNK_CHARS, size
    try:
        quotes = extract_bounded(body)
    finally:
        workers.EXTRACT_CHUNK_CHARS = saved
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(body)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


# --- query parsing and names ----------------------------------------------------------------


@bounded(500)
@given(st.one_of(texts, st.lists(st.sampled_from(
    ['"', "«", "»", "OR", "NOT", "-", "*", "titre:", "orateur:", "source:", "(", ")", " ", "l'", "é", "²"]
), max_size=30).map("".join)))
@example('"élection OR')
@example("titre: -* OR OR")
def test_query_parsing_never_raises(raw):
    parsed = parse_query(raw)
    assert isinstance(parsed.notices, list)


names = st.one_of(texts, st.lists(st.sampled_from(
    ["M.", "Mme", "le ministre", "Jean-Pierre", "de", "La", "Sergueï", "Lavrov", "O'Neil", "’", " ", "-", "ONU", "Ⅻ"]
), max_size=8).map(" ".join))


@bounded(400)
@given(names, st.sampled_from(["person", "organisation", "", "autre"]), st.lists(names, max_size=3))
@example("", "person", [])
@example("M.", "person", ["Mme"])
def test_name_normalisation_never_raises(name, kind, aliases):
    fold(name)
    strip_title(name)
    gender_of(strip_title(name)[0])
    split_name(name)
    slugify_name(name)
    guess_kind(name)
    forms = {name: 2, **{alias: 1 for alias in aliases}}
    if any(form.strip() for form in forms):  # no name at all is refused by contract
        choose_canonical_name(forms, kind or None)
    candidates = [Candidate(key=i, name=a, kind=kind, aliases=(a,), gender=None) for i, a in enumerate(aliases)]
    match_speaker(name, kind, candidates, aliases=tuple(aliases))
