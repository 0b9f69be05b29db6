"""import_articles on the real seeds and on broken files."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.models import Article

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
