"""Suggest the year of an article whose header gives only day and month, with the evidence.

Pure: text and numbers in, a `YearSuggestion` out; a curator decides whether to apply it.
Each candidate year gets a weight, the product of what points to it:

- the weekdays the text names ("a annoncé jeudi"): news reports what was said the same
  day or the day before, so the header's day/month must fall on that weekday or the next;
- explicit dates with a weekday ("jeudi 21 décembre") fix the year up to a 28-year cycle;
- a full date a few weeks from the header's ("le 21 décembre 2017") gives the year itself;
- years the text names: a past event ("signé en 2010") puts the article in or after that
  year, a horizon ("d'ici 2025") before it;
- the known years of articles imported around it from the same source, counted as
  strongly as they agree with each other and as their day/month is close to this one's;
- the years in which the people it quotes are quoted in dated articles.
"""

import datetime
import math
import re
from collections import Counter
from dataclasses import dataclass

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
SPAN = 36  # years before the import that a year-less article may come from
MIN_SHARE = 0.3  # below this the best year is a guess, not a suggestion

_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b(?!\s+(?:prochain|dernier|passé|soir\s+prochain))",
                      re.IGNORECASE)
_HABITUAL = re.compile(r"(?:chaque|tous\s+les|le|les)\s+$", re.IGNORECASE)
_DATED_WEEKDAY = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r")\s+(1er|\d{1,2})\s+(" + "|".join(MONTHS) + r")\b(?!\s+\d{4})",
    re.IGNORECASE)
_FULL_DATE = re.compile(r"\b(1er|\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|[.,]\d)")  # not inside 12.2010 or 2010,5
# Words just before a year that make it a horizon (the article is earlier), not a past event.
_FUTURE = re.compile(
    r"(?:d'ici|d’ici|jusqu'en|jusqu’en|jusqu'à|jusqu’à|horizon|prévue?s?\s+(?:pour|en)|en\s+vue\s+de|"
    r"à\s+partir\s+de|avant|expire\w*\s+en|prochaines?|pour|"
    # a budget, season or plan named after a year is prepared before it: "le budget 2017"
    r"budgets?|exercices?|saisons?|objectifs?|plans?|programmes?|prévisions?|perspectives?)"
    r"\s+(?:(?:la\s+)?fin\s+)?(?:de\s+|d'|l'année\s+)?$",
    re.IGNORECASE)


@dataclass(frozen=True)
class YearSuggestion:
    """The most likely year, its share of the total weight, the evidence and the runners-up."""

    year: int | None
    share: float
    evidence: tuple[str, ...]
    candidates: tuple[tuple[int, float], ...]

    @property
    def reliable(self) -> bool:
        return self.year is not None


def suggest_year(day: int, month: int, text: str, *, latest: int,
                 neighbours: tuple[tuple[int, int | None, int | None], ...] = (),
                 speaker_years: dict[str, tuple[int, ...]] | None = None) -> YearSuggestion:
    """Weigh every year from `latest - SPAN` to `latest` for an article dated day/month.

    `neighbours`: (year, month, day) of year-known articles imported around it, same source;
    `speaker_years`: for each person quoted, the years of their other dated quotes.
    """
    years = [y for y in range(latest - SPAN, latest + 1) if _valid(y, month, day)]
    weights = {y: 1.0 for y in years}
    evidence: list[str] = []
    for rule in (_weekday_rule, _dated_weekday_rule, _full_date_rule, _named_year_rule):
        found = rule(day, month, text, years)
        if found:
            factors, said = found
            evidence.append(said)
            for y in years:
                weights[y] *= factors[y]
    for found in (_neighbour_rule(day, month, neighbours, years), _speaker_rule(speaker_years or {}, years)):
        if found:
            factors, said = found
            evidence.append(said)
            for y in years:
                weights[y] *= factors[y]
    total = sum(weights.values()) or 1.0
    ranked = sorted(((y, w / total) for y, w in weights.items()), key=lambda c: (-c[1], -c[0]))
    best, share = ranked[0] if ranked else (None, 0.0)
    if not evidence or share < MIN_SHARE:
        evidence.append("aucune année ne l'emporte nettement : pas de suggestion"
                        if evidence else "aucun indice de date dans le texte ni autour de l'article")
        best = None
    return YearSuggestion(best, share, tuple(evidence), tuple((y, round(s, 3)) for y, s in ranked[:4]))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _weekday_rule(day, month, text, years):
    """The header date falls on the weekday named (0 days) or the day after it (1)."""
    named = {m.group(1).lower() for m in _WEEKDAY.finditer(text)
             if not _HABITUAL.search(text[max(0, m.start() - 12):m.start()])}
    if not named:
        return None
    wanted = {WEEKDAYS.index(w) for w in named}
    factors = {}
    for y in years:
        lag = min((datetime.date(y, month, day).weekday() - w) % 7 for w in wanted)
        # Reported the day after is as common as the same day; a weekend may add a day.
        factors[y] = {0: 1.0, 1: 1.0, 2: 0.3}.get(lag, 0.03)
    fits = [y for y in years if factors[y] == 1.0]
    return factors, (f"le texte dit « {', '.join(sorted(named, key=WEEKDAYS.index))} » : le {day:02d}/{month:02d} "
                     f"tombe ce jour-là ou le lendemain en {_list(fits)}")


def _dated_weekday_rule(day, month, text, years):
    """'jeudi 21 décembre' in the text: that date fell on a Thursday in the article's year (or next to it)."""
    dates = [(WEEKDAYS.index(w.lower()), 1 if d == "1er" else int(d), MONTHS.index(m.lower()) + 1)
             for w, d, m in _DATED_WEEKDAY.findall(text)]
    if not dates:
        return None
    factors = {}
    for y in years:
        factor = 1.0
        for weekday, d, m in dates:
            event_year = y - 1 if m - month > 6 else y + 1 if month - m > 6 else y
            ok = _valid(event_year, m, d) and datetime.date(event_year, m, d).weekday() == weekday
            factor *= 1.0 if ok else 0.02
        factors[y] = factor
    fits = [y for y in years if factors[y] == 1.0]
    said = ", ".join(f"{WEEKDAYS[w]} {d} {MONTHS[m - 1]}" for w, d, m in dates)
    return factors, f"le texte date « {said} » : possible en {_list(fits)}"


def _full_date_rule(day, month, text, years):
    """'le 21 décembre 2017' within a few weeks of the header's day/month: the same year (or next to it)."""
    near = set()
    for d, m, y in _FULL_DATE.findall(text):
        d, m, y = 1 if d == "1er" else int(d), MONTHS.index(m.lower()) + 1, int(y)
        if not _valid(y, m, d):
            continue
        for year in (y - 1, y, y + 1):
            if _valid(year, month, day) and abs((datetime.date(year, month, day) - datetime.date(y, m, d)).days) <= 45:
                near.add(year)
    near &= set(years)
    if not near:
        return None
    factors = {y: 8.0 if y in near else 1.0 for y in years}
    return factors, f"le texte donne une date complète à quelques semaines de l'en-tête : {_list(sorted(near))}"


def _named_year_rule(day, month, text, years):
    """Past years named: the article is that year or later; horizons: before them."""
    past, future = set(), set()
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        before = text[max(0, m.start() - 30):m.start()]
        (future if _FUTURE.search(before) else past).add(year)
    past -= future
    if not past and not future:
        return None
    factors = {}
    for y in years:
        factor = 1.0
        for n in past:
            factor *= 0.1 if y < n else 1.6 if y == n else 1.3 if y == n + 1 else 1.0
        for n in future:
            factor *= 0.2 if y > n else 1.0
        factors[y] = factor
    parts = []
    if past:
        parts.append(f"années citées : {_list(sorted(past))} (l'article n'est pas antérieur)")
    if future:
        parts.append(f"échéances citées : {_list(sorted(future))} (l'article est antérieur)")
    return factors, " ; ".join(parts)


def _neighbour_rule(day, month, neighbours, years):
    """Articles imported around it: their years, the more so when their day/month is close."""
    if not neighbours:
        return None
    here = _day_of_year(day, month)
    weights, implied = Counter(), Counter()
    for year, n_month, n_day in neighbours:
        gap = here - _day_of_year(n_day, n_month) if n_month and n_day else 90
        if gap < -182:  # a late-December neighbour of an early-January article: the next year
            gap, year = gap + 365, year + 1
        elif gap > 182:
            gap, year = gap - 365, year - 1
        weights[year] += 0.2 + math.exp(-abs(gap) / 10)
        implied[year] += 1
    total = sum(weights.values())
    # How much the neighbourhood agrees is read from plain counts: in a folder of mixed
    # years, one neighbour that happens to be close in the calendar must not decide.
    agreement = implied.most_common(1)[0][1] / len(neighbours)
    factors = {}
    for y in years:
        closeness = sum(w * math.exp(-abs(y - year)) for year, w in weights.items()) / total
        factors[y] = 0.1 + agreement * 4 * closeness
    plain = Counter(year for year, _, _ in neighbours)
    shown = ", ".join(f"{year} (×{n})" if n > 1 else str(year) for year, n in sorted(plain.items()))
    return factors, f"articles importés autour de celui-ci, même source : {shown}"


def _speaker_rule(speaker_years, years):
    """The people quoted are seen in dated articles of these years: the article is likely among them."""
    spans = {name: (min(ys), max(ys)) for name, ys in speaker_years.items() if ys}
    if not spans:
        return None
    factors = {}
    for y in years:
        factor = 1.0
        for first, last in spans.values():
            gap = max(first - y, y - last, 0)
            factor *= 0.25 + 0.75 * math.exp(-gap / 2)
        factors[y] = factor
    said = "; ".join(f"{name} : {first}–{last}" if first != last else f"{name} : {first}"
                     for name, (first, last) in sorted(spans.items()))
    return factors, f"personnes citées, années de leurs autres articles datés : {said}"


def _day_of_year(day: int, month: int) -> int:
    return datetime.date(2001, month, min(day, 28 if month == 2 else day)).timetuple().tm_yday


def _list(years: list[int], limit: int = 8) -> str:
    years = sorted(years, reverse=True)
    shown = ", ".join(map(str, years[:limit]))
    return shown + (" …" if len(years) > limit else "") if years else "aucune année"
