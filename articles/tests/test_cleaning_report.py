import pytest

from articles.cleaning import clean_article
from articles.cleaning_report import BLANK, HEADER, KEPT, MARKUP, PROMO, TRAILER, classify_lines

RAW = """Dernière mise à jour à 08h45 le 02/02
Le conseil municipal a voté mardi soir le budget de la ville, après trois heures de débats animés.

Partager sur Facebook
Le maire a promis que les impôts locaux n'augmenteraient pas cette année, malgré l'inflation.
Lire aussi : les autres villes de la région
Un nouveau pont ouvre à la circulation
Les marchés de Noël reviennent"""


def _statuses(raw: str, body: str) -> list[str]:
    return [line.status for line in classify_lines(raw, body).lines]


def test_lines_dropped_by_cleaning_are_named_by_their_place():
    body = clean_article(RAW).body
    assert _statuses(RAW, body) == [HEADER, KEPT, BLANK, PROMO, KEPT, TRAILER, TRAILER, TRAILER]


@pytest.mark.django_db
def test_seed_file_keeps_every_body_paragraph(seeds):
    article = seeds["000"]
    report = classify_lines(article.raw_text, article.body)
    assert report.missing == []
    assert report.count(KEPT) == article.body.count("\n\n") + 1
    assert report.count(HEADER) == 1 and report.lines[0].reason == "en-tête (ligne de date)"
    assert report.count(TRAILER) > 5 and report.lines[-1].dropped


def test_paragraph_edited_after_import_is_reported_missing_and_the_rest_still_matches():
    body = clean_article(RAW).body.replace("trois heures", "quatre heures")
    report = classify_lines(RAW, body)
    assert [m[:24] for m in report.missing] == ["Le conseil municipal a v"]
    assert report.lines[4].status == KEPT


def test_html_file_lines_of_pure_markup_are_shown_as_such():
    raw = "<html><body>\n<p>Le conseil municipal a voté mardi soir le budget de la ville, après des débats.</p>\n</body></html>"
    body = clean_article(raw).body
    assert _statuses(raw, body) == [MARKUP, KEPT, MARKUP]
