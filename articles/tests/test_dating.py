"""The suggested year of a year-less article: each kind of evidence, and the real seeds."""

import io

import pytest
from django.core.management import call_command

from articles.curation import year_suggestion
from articles.dating import suggest_year
from articles.models import Article

LATEST = 2026


def test_weekday_keeps_only_years_where_the_header_falls_that_day_or_the_next():
    suggestion = suggest_year(2, 2, "Le ministre a annoncé jeudi un accord.", latest=LATEST)
    top = {year for year, _ in suggestion.candidates}
    assert top <= {2024, 2023, 2018, 2017, 2012, 2007, 2006, 2001}  # 02/02 a Thursday or a Friday
    assert suggestion.year is None  # a weekday alone fits too many years to suggest one
    assert "« jeudi »" in suggestion.evidence[0]


def test_weekday_with_a_named_past_year_ranks_the_first_year_that_fits_first():
    text = "Signé en 2010, le traité expire bientôt, a rappelé lundi la porte-parole."
    suggestion = suggest_year(26, 1, text, latest=LATEST)
    assert suggestion.candidates[0][0] == 2010  # 26/01/2010 was a Tuesday, the day after Monday
    assert all(year >= 2010 for year, _ in suggestion.candidates)
    assert any("2010" in line and "pas antérieur" in line for line in suggestion.evidence)


def test_horizon_years_are_upper_bounds_not_past_events():
    text = "L'usine fermera d'ici fin 2013, a confirmé mardi la direction."
    suggestion = suggest_year(3, 7, text, latest=LATEST, neighbours=((2012, 6, 28), (2012, 7, 5)))
    assert suggestion.year == 2012
    assert any("échéances citées : 2013" in line for line in suggestion.evidence)


def test_a_dated_weekday_fixes_the_year():
    text = "Les électeurs ont voté lors du référendum de jeudi 23 juin, selon les résultats publiés vendredi."
    assert 2016 in [y for y, _ in suggest_year(24, 6, text, latest=LATEST).candidates[:2]]
    assert "jeudi 23 juin" in " ".join(suggest_year(24, 6, text, latest=LATEST).evidence)


def test_habitual_or_relative_weekdays_are_not_evidence():
    text = "Le marché se tient chaque samedi ; la prochaine séance aura lieu lundi prochain."
    suggestion = suggest_year(12, 5, text, latest=LATEST)
    assert suggestion.year is None and suggestion.evidence == (
        "aucun indice de date dans le texte ni autour de l'article",)


def test_neighbours_that_agree_and_are_close_in_the_calendar_decide():
    text = "Le conseil a voté mercredi une rallonge budgétaire."
    near = ((2019, 3, 12), (2019, 3, 15), (2019, 3, 18))
    assert suggest_year(14, 3, text, latest=LATEST, neighbours=near).year == 2019
    scattered = ((2016, 7, 5), (2020, 12, 30), (2023, 9, 1))
    assert suggest_year(14, 3, text, latest=LATEST, neighbours=scattered).year is None


def test_late_december_neighbour_points_to_the_next_year_for_a_january_article():
    text = "Le gouvernement a présenté lundi ses vœux."
    suggestion = suggest_year(5, 1, text, latest=LATEST, neighbours=((2015, 12, 30), (2015, 12, 31)))
    assert suggestion.year == 2016  # 05/01/2016 was a Tuesday: Monday was the day before


def test_speakers_years_pull_towards_their_active_period():
    text = "Le maire a déclaré jeudi que les travaux reprendraient."
    with_speaker = suggest_year(2, 2, text, latest=LATEST, speaker_years={"Hélène Carvalho": (2017, 2018)})
    assert with_speaker.candidates[0][0] in (2017, 2018)
    assert any("Hélène Carvalho : 2017–2018" in line for line in with_speaker.evidence)


def test_february_29_only_in_leap_years():
    years = {y for y, _ in suggest_year(29, 2, "Il a parlé lundi.", latest=LATEST).candidates}
    assert all(y % 4 == 0 for y in years)


@pytest.mark.django_db
def test_seed_suggestion_uses_its_source_neighbours_and_is_never_applied(seeds):
    article = seeds["000"]  # 02/02, "a annoncé jeudi", between 29/12/2017 and others in the demo folder
    Article.objects.filter(pk=article.pk).update(year=None, published=None)
    article.refresh_from_db()
    suggestion = year_suggestion(article)
    assert suggestion.year == 2018
    assert any("même source" in line for line in suggestion.evidence)
    assert Article.objects.get(pk=article.pk).year is None  # only a curator applies it
    assert year_suggestion(seeds["001"]) is None  # its year is known


@pytest.mark.django_db
def test_eval_set_years_are_found_from_their_folder(search_index):
    call_command("import_articles", "fixtures/dating_eval/tuned", stdout=io.StringIO())
    article = Article.objects.get(raw_name="002_régional.txt")
    truth, article.year = article.year, None
    assert (truth, year_suggestion(article).year) == (2019, 2019)


def test_a_full_date_near_the_header_gives_the_year():
    text = "Le ministère avait transmis le 21 décembre 2017 un mémorandum, a indiqué jeudi la porte-parole."
    suggestion = suggest_year(29, 12, text, latest=LATEST)
    assert suggestion.year == 2017
    far = "La loi du 9 décembre 1905 a été rappelée jeudi par le ministre."
    assert suggest_year(29, 12, far, latest=LATEST).year is None  # a famous old date is no clue
