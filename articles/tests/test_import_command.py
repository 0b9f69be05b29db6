"""import_articles on the real seeds and on broken files."""

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.models import Article
from articles.workers import parse_and_extract

pytestmark = pytest.mark.django_db

SEED_YEARS = {"000": 2018, "001": 2017, "002": 2020, "003": 2016, "004": 2021}


def run_import(*args) -> str:
    out = io.StringIO()
    call_command("import_articles", *args, stdout=out)
    return out.getvalue()


def test_seeds_import_with_manifest_years_and_source(search_index):
    summary = run_import("fixtures/raw")
    assert "5 importé(s), 0 mis à jour, 0 inchangé(s), 0 rejeté(s)" in summary
    articles = {a.raw_name[:3]: a for a in Article.objects.select_related("source")}
    assert {name: a.year for name, a in articles.items()} == SEED_YEARS
    assert {a.source.name for a in articles.values()} == {"Fil de démonstration"}
    assert timezone.localtime(articles["000"].published).isoformat() == "2018-02-02T08:45:00+01:00"


def test_reimport_is_a_no_op(search_index):
    run_import("fixtures/raw")
    before = list(Article.objects.order_by("pk").values())
    summary = run_import("fixtures/raw")
    assert "0 importé(s), 0 mis à jour, 5 inchangé(s), 0 rejeté(s)" in summary
    assert list(Article.objects.order_by("pk").values()) == before


def test_raw_text_is_kept_verbatim(search_index):
    run_import("fixtures/raw/000_b95fc6c1aa6808a4.txt")
    article = Article.objects.get()
    with open("fixtures/raw/000_b95fc6c1aa6808a4.txt", encoding="utf-8") as raw:
        assert article.raw_text == raw.read()
    assert "WeChat" not in article.body and "WeChat" in article.raw_text


def test_single_file_without_manifest_year_has_unknown_year(search_index, tmp_path):
    (tmp_path / "a.txt").write_bytes(open("fixtures/raw/003_3160daa9dde60036.txt", "rb").read())
    summary = run_import(str(tmp_path / "a.txt"))
    assert "année inconnue" in summary
    article = Article.objects.get()
    assert article.year is None and article.published is None and (article.day, article.month) == (5, 7)


def test_year_and_source_options(search_index, tmp_path):
    (tmp_path / "a.txt").write_bytes(open("fixtures/raw/003_3160daa9dde60036.txt", "rb").read())
    run_import(str(tmp_path), "--year", "2016", "--source", "Agence test")
    article = Article.objects.get()
    assert article.year == 2016 and article.source.name == "Agence test"


def test_reimport_with_a_year_fills_the_unknown_year(search_index, tmp_path):
    (tmp_path / "a.txt").write_bytes(open("fixtures/raw/003_3160daa9dde60036.txt", "rb").read())
    run_import(str(tmp_path / "a.txt"))
    summary = run_import(str(tmp_path / "a.txt"), "--year", "2016")
    assert "1 mis à jour" in summary
    assert Article.objects.get().year == 2016


def test_bad_files_are_reported_and_the_rest_imported(search_index, tmp_path):
    (tmp_path / "good.txt").write_text("Dernière mise à jour à 08h45 le 02/02\nLe ministre a déclaré que tout allait bien.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "only_headlines.txt").write_text("Dernière mise à jour à 08h45 le 02/02\nLa Chine ouvre un tunnel\nNous suivre sur WeChat\n")
    (tmp_path / "latin1.txt").write_bytes("Dernière mise à jour à 08h45 le 02/02\nL’élection présidentielle a été annoncée hier soir à Paris.\n".encode("cp1252"))
    (tmp_path / "noheader.txt").write_text("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.\n")
    summary = run_import(str(tmp_path))
    assert "3 importé(s), 0 mis à jour, 0 inchangé(s), 3 rejeté(s)" in summary
    assert "empty.txt : fichier vide" in summary
    assert "image.png : fichier binaire" in summary
    assert "only_headlines.txt" in summary
    assert "latin1.txt : décodé en cp1252" in summary
    assert "noheader.txt" in summary and "date inconnue" in summary
    latin = Article.objects.get(raw_name="latin1.txt")
    assert "L’élection présidentielle" in latin.body and latin.raw_encoding == "cp1252"


def test_missing_path_is_a_clear_error(search_index):
    with pytest.raises(CommandError, match="introuvable"):
        run_import("does/not/exist")


def test_bad_manifest_year_is_a_clear_error(search_index, tmp_path):
    (tmp_path / "manifest.csv").write_text("file,year,source,url\na.txt,20x8,,\n")
    (tmp_path / "a.txt").write_text("Texte.")
    with pytest.raises(CommandError, match="année invalide"):
        run_import(str(tmp_path))


def test_a_failing_extraction_keeps_the_article_and_says_so(search_index, monkeypatch):
    def broken(body):
        raise RuntimeError("extraction bug")

    monkeypatch.setattr("articles.workers.extract_quotes", broken)
    summary = run_import("fixtures/raw/003_3160daa9dde60036.txt")
    assert "1 importé(s)" in summary and "citations non extraites (RuntimeError)" in summary
    article = Article.objects.get()
    assert "Stoltenberg" in article.body and not article.quotes.exists()


# --- imports that never lose text (issue 8) ------------------------------------------------

DATE = "Dernière mise à jour à 08h45 le 02/02\n"
BODY = (
    "Le ministre de l'Économie a annoncé mardi une réforme fiscale d'ampleur pour l'été.\n"
    "Élu en mai\n"
    "« Nous irons jusqu'au bout », a déclaré la députée écologiste Chloé Dupré devant la presse.\n"
)


def test_one_bad_byte_keeps_every_paragraph_in_utf8_and_says_so(tmp_path):
    # Before: the whole file was read as cp1252, "Ã©" held "©" and the copyright rule
    # dropped the short line "Élu en mai" (and the date line was lost).
    (tmp_path / "a.txt").write_bytes((DATE + BODY).encode() + b"Une derni\xe8re phrase a \xe9t\xe9 ajout\xe9e.\n")
    summary = run_import(str(tmp_path / "a.txt"))
    article = Article.objects.get()
    assert article.body.split("\n\n") == [
        "Le ministre de l'Économie a annoncé mardi une réforme fiscale d'ampleur pour l'été.",
        "Élu en mai",
        "« Nous irons jusqu'au bout », a déclaré la députée écologiste Chloé Dupré devant la presse.",
        "Une dernière phrase a été ajoutée.",
    ]
    assert (article.day, article.month) == (2, 2) and article.raw_encoding == "utf-8+cp1252"
    assert "1 ligne(s) hors UTF-8 décodée(s) à part en cp1252" in summary
    assert article.quotes.filter(speaker__name="Chloé Dupré").exists()


def test_double_encoded_lines_are_repaired_and_counted(tmp_path):
    (tmp_path / "a.txt").write_text(DATE + BODY.encode().decode("cp1252"), encoding="utf-8")
    summary = run_import(str(tmp_path / "a.txt"))
    assert Article.objects.get().body.startswith("Le ministre de l'Économie")
    assert "double encodage UTF-8 corrigé (3 ligne(s))" in summary


@pytest.mark.parametrize("stray", ["<svg", "<script>", "<svg width='3'>", "<!--", "<style>", "<head>", "<?xml"])
def test_a_stray_tag_in_plain_text_keeps_the_text_after_it(tmp_path, stray):
    (tmp_path / "a.txt").write_text(f"{DATE}Le code {stray} est resté dans le texte brut du fil.\n{BODY}")
    run_import(str(tmp_path / "a.txt"))
    body = Article.objects.get().body
    assert "est resté dans le texte brut du fil." in body
    assert body.endswith("a déclaré la députée écologiste Chloé Dupré devant la presse.")


def test_a_file_name_that_is_not_utf8_is_imported_under_its_readable_name(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9 r\xe9sum\xe9.txt"), "wb") as handle:
        handle.write((DATE + BODY).encode())
    (tmp_path / "manifest.csv").write_text("file,year,source,url\ncafé résumé.txt,2019,Le Télégramme,\n")
    summary = run_import(str(tmp_path))
    article = Article.objects.get()
    assert article.raw_name == "café résumé.txt" and article.year == 2019
    assert "café résumé.txt : nom de fichier hors UTF-8, lu en cp1252" in summary


@pytest.mark.parametrize("encoding, separator", [("cp1252", ","), ("cp1252", ";"), ("utf-16", ","), ("utf-8-sig", ";")])
def test_manifest_is_read_in_the_encodings_files_come_in(tmp_path, encoding, separator):
    (tmp_path / "é.txt").write_text(DATE + BODY)
    rows = ["file,year,source,url", "é.txt,2019,Le Télégramme,https://exemple.fr/é"]
    (tmp_path / "manifest.csv").write_bytes("\r\n".join(r.replace(",", separator) for r in rows).encode(encoding))
    run_import(str(tmp_path))
    article = Article.objects.select_related("source").get()
    assert (article.year, article.source.name, article.url) == (2019, "Le Télégramme", "https://exemple.fr/é")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://exemple.fr/a", "//exemple.fr", "http:///chemin"])
def test_only_http_urls_from_the_manifest_are_stored(tmp_path, url):
    (tmp_path / "a.txt").write_text(DATE + BODY)
    (tmp_path / "manifest.csv").write_text(f'file,year,source,url\na.txt,2019,,"{url}"\n')
    summary = run_import(str(tmp_path))
    assert Article.objects.get().url == ""
    assert "seules les adresses http(s) sont gardées" in summary


def test_every_path_skipped_is_reported_with_its_reason(tmp_path):
    (tmp_path / "ok.txt").write_text(DATE + BODY)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(DATE + BODY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    summary = run_import(str(tmp_path))
    assert "1 importé(s)" in summary
    assert "dangling.txt : lien symbolique cassé (sa cible n'existe pas)" in summary
    assert "pipe.txt : tube nommé (FIFO), pas un fichier ordinaire" in summary
    assert ".cache : fichier ou dossier caché" in summary
    assert "loop : dossier déjà parcouru (lien symbolique en boucle)" in summary
    assert "Ignorés (4 chemin(s)" in summary


def test_a_file_that_cannot_be_read_is_rejected_with_a_french_reason():
    # Reading /proc/self/mem from its start fails with EIO, even for root.
    summary = run_import("/proc/self/mem")
    assert "/proc/self/mem : lecture impossible (erreur d'entrée-sortie du disque)" in summary


def test_a_dangling_link_given_by_name_is_reported_not_missing(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    summary = run_import(str(tmp_path / "dangling.txt"))
    assert "dangling.txt : lien symbolique cassé" in summary


def test_a_file_above_the_size_limit_is_refused_before_being_read(tmp_path, settings):
    settings.IMPORT_MAX_BYTES = 2_000_000
    (tmp_path / "big.txt").write_bytes((DATE + BODY * 14_000).encode()[:2_500_000])
    (tmp_path / "ok.txt").write_text(DATE + BODY)
    summary = run_import(str(tmp_path))
    assert "big.txt : fichier trop volumineux (2,5 Mo, limite 2,0 Mo ; réglable par NEWSARCHIVE_IMPORT_MAX_BYTES)" in summary
    assert Article.objects.get().raw_name == "ok.txt"


def test_the_same_bytes_twice_in_one_run_give_one_article(tmp_path):
    (tmp_path / "a.txt").write_text(DATE + BODY)
    (tmp_path / "copie.txt").write_text(DATE + BODY)
    summary = run_import(str(tmp_path))
    assert "1 importé(s), 0 mis à jour, 1 inchangé(s)" in summary
    assert Article.objects.count() == 1


# --- both cores, and a killed import ----------------------------------------------------------


def _seed_variants(folder, copies: int) -> list:
    """copies × the five seeds, each made distinct by a last sentence of its own."""
    paths = []
    for seed in sorted(Path("fixtures/raw").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for number in range(copies):
            path = folder / f"{seed.stem}-{number}.txt"
            path.write_text(text.replace("\n", f"\nLe dossier numéro {number} reste ouvert.\n", 1), encoding="utf-8")
            paths.append(path)
    return paths


def test_two_worker_processes_save_what_the_pure_stage_finds(tmp_path, monkeypatch):
    monkeypatch.setattr("articles.workers.POOL_MIN_FILES", 10)  # 20 files start the pool
    paths = _seed_variants(tmp_path, 4)
    summary = run_import(str(tmp_path), "--workers", "2")
    assert "20 importé(s), 0 mis à jour, 0 inchangé(s), 0 rejeté(s)" in summary
    saved = {a.raw_name: a for a in Article.objects.prefetch_related("quotes")}
    assert [a.raw_name for a in Article.objects.order_by("pk")] == sorted(p.name for p in paths)
    for path in paths:
        parsed = parse_and_extract(path.read_bytes())
        article = saved[path.name]
        assert article.body == parsed.cleaned.body
        assert sorted((q.start, q.end) for q in article.quotes.all()) == sorted((q.start, q.end) for q in parsed.quotes)


def test_an_import_killed_midway_then_run_again_has_every_article_once_with_its_quotes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = _seed_variants(folder, 4)
    # Its own SQLite database and index, whatever the suite runs on.
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "NEWSARCHIVE_INDEX_DIR")
           and not k.startswith("HAYSTACK_")}
    env["NEWSARCHIVE_DATA_DIR"] = str(tmp_path / "data")
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--verbosity", "0"], env=env, check=True, timeout=300)
    database = tmp_path / "data" / "newsarchive.sqlite3"
    importing = subprocess.Popen([*manage, "import_articles", str(folder), "--workers", "2"], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    try:
        while _count(database, "articles_article") < 3 and importing.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(importing.pid, signal.SIGKILL)  # the importer and its workers, mid-article
        importing.wait()
    assert 0 < _count(database, "articles_article") < len(paths), "the kill came too late to test anything"
    rerun = subprocess.run([*manage, "import_articles", str(folder)], env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(database) as db:
        hashes = [h for (h,) in db.execute("SELECT content_hash FROM articles_article")]
        quotes = dict(db.execute("SELECT raw_name, COUNT(q.id) FROM articles_article a "
                                 "LEFT JOIN articles_quote q ON q.article_id = a.id GROUP BY a.id"))
    assert len(hashes) == len(set(hashes)) == len(paths)
    for path in paths:  # every article whole: none saved without the quotes found in it
        assert quotes[path.name] == len(parse_and_extract(path.read_bytes()).quotes)


def _count(database, table: str) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as db:
            return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # locked or not yet created
        return 0
