"""Facet links, filter chips, sort links and the month chart for the search page."""

import datetime
from dataclasses import replace
from urllib.parse import urlencode

from django.urls import reverse

from ..charts import chart_caption, month_series, render_month_chart
from ..citations import KIND_LABELS
from ..filters import QUOTE_KINDS, UNKNOWN_YEAR_VALUE, Filters, filter_params
from ..models import MONTH_NAMES, Speaker

# One word for the people and bodies quoted, on every page, heading, facet and chip.
SPEAKER_WORD = "personne citée"
CHART_UNITS = {"articles": ("article", "articles"), "citations": ("citation", "citations")}
SORT_LABELS = {"relevance": "pertinence", "newest": "plus récents", "oldest": "plus anciens"}


def search_url(q: str, filters: Filters, path: str = "", extra: tuple = ()) -> str:
    """'?q=…&annee=…' for these filters, on `path` (the search page by default)."""
    params = ([("q", q)] if q else []) + filter_params(filters) + list(extra)
    return f"{path}?{urlencode(params)}" if params else (path or "?")


def year_label(year: int) -> str:
    return "année inconnue" if year == UNKNOWN_YEAR_VALUE else str(year)


def _facet(label, count, filters, q, active=False) -> dict:
    return {"label": label, "count": count, "url": search_url(q, filters), "active": active}


def facet_context(request, filters: Filters, result, unit: str = "articles") -> dict:
    q = request.GET.get("q", "").strip()
    facets = result.facets
    return {
        "speaker_facets": [
            _facet(s.name, n, replace(filters, speakers=(*filters.speakers, s.slug)), q, s.slug in filters.speakers)
            for s, n in facets.speakers
        ],
        "more_speakers_url": search_url(q, replace(filters, all_speakers=True))
        if facets.more_speakers and not filters.all_speakers else "",
        "year_facets": [_facet(year_label(y), n, replace(filters, year=y, month=None), q, y == filters.year)
                        for y, n in facets.years],
        "month_facets": [_facet(MONTH_NAMES[m - 1], n, replace(filters, month=m), q, m == filters.month)
                         for m, n in facets.months],
        "source_facets": [_facet(s, n, replace(filters, sources=(*filters.sources, s)), q, s in filters.sources)
                          for s, n in facets.sources],
        "kind_facets": [_facet(KIND_LABELS.get(k, k), n, replace(filters, quote_kind=k), q, k == filters.quote_kind)
                        for k, n in facets.quote_kinds],
        "chips": _chips(q, filters),
        "date_form": _date_form(filters),
        "unfiltered_url": search_url(q, Filters()) if filters.active else "",
        "sorts": [{"label": label, "url": search_url(q, replace(filters, sort=key)),
                   "active": (filters.sort or ("relevance" if q else "newest")) == key}
                  for key, label in SORT_LABELS.items()],
        **_chart(month_series(facets.per_month), unit, link=_month_links(q, filters)),
        "export_url": search_url(q, filters, extra=[("format", "csv")]),
        "feed_url": search_url(q, replace(filters, sort=None), path=reverse("search_feed")),
    }


def _month_links(q: str, filters: Filters):
    """`lambda y, m: search_url(q, replace(filters, year=y, month=m))`, its parts encoded once.

    `filter_params` puts the dates first, then the year and month, then the rest.
    """
    params = ([("q", q)] if q else []) + filter_params(replace(filters, year=None, month=None))
    dates = sum(1 for key, _ in params if key in ("q", "du", "au"))
    before, after = urlencode(params[:dates]), urlencode(params[dates:])
    return lambda y, m: "?" + "&".join(part for part in (before, f"annee={y}&mois={m}", after) if part)


def _chart(series, unit: str, link) -> dict:
    """The per-month chart and, for every reader, its caption in words."""
    title = f"{unit.capitalize()} par mois"
    return {
        "chart": render_month_chart(series, title=title, link=link, unit=CHART_UNITS[unit]),
        "chart_caption": chart_caption(series, title, CHART_UNITS[unit]),
    }


def _chips(q: str, filters: Filters) -> list[dict]:
    """The active filters as "name : value" chips, each with a link that removes it."""
    chips = []
    if filters.date_from or filters.date_to:
        chips.append((_period_label(filters.date_from, filters.date_to),
                      replace(filters, date_from=None, date_to=None)))
    if filters.year is not None:
        chips.append((f"année : {year_label(filters.year).removeprefix('année ')}", filters.without("year")))
    if filters.month:
        chips.append((f"mois : {MONTH_NAMES[filters.month - 1]}", filters.without("month")))
    chips += [(f"source : {s}", filters.without("sources", s)) for s in filters.sources]
    names = dict(Speaker.objects.filter(slug__in=filters.speakers).values_list("slug", "name"))
    chips += [(f"{SPEAKER_WORD} : {names.get(s, s)}", filters.without("speakers", s)) for s in filters.speakers]
    if filters.quote_kind:
        chips.append((f"type : {KIND_LABELS[filters.quote_kind]}", filters.without("quote_kind")))
    return [{"label": label, "url": search_url(q, rest)} for label, rest in chips]


def french_date(day: datetime.date) -> str:
    """date(2018, 2, 1) → "1er février 2018"."""
    return f"{'1er' if day.day == 1 else day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _period_label(start: datetime.date | None, end: datetime.date | None) -> str:
    if start and end:
        return f"du {french_date(start)} au {french_date(end)}"
    return f"à partir du {french_date(start)}" if start else f"jusqu'au {french_date(end)}"


def _date_form(filters: Filters) -> dict:
    """The du/au fields: their current values and the other filters the search form carries along."""
    others = replace(filters, date_from=None, date_to=None)
    return {
        "date_from": filters.date_from.isoformat() if filters.date_from else "",
        "date_to": filters.date_to.isoformat() if filters.date_to else "",
        "hidden": filter_params(others),
    }


def facets_json(facets) -> dict:
    return {
        "speakers": [{"slug": s.slug, "name": s.name, "count": n} for s, n in facets.speakers],
        "years": [{"year": None if y == UNKNOWN_YEAR_VALUE else y, "count": n} for y, n in facets.years],
        "months": [{"month": m, "count": n} for m, n in facets.months],
        "sources": [{"source": s, "count": n} for s, n in facets.sources],
        "quote_kinds": [{"kind": _kind_param(k), "count": n} for k, n in facets.quote_kinds],
        "per_month": [{"year": y, "month": m, "count": n} for (y, m), n in sorted(facets.per_month.items())],
    }


def _kind_param(kind: str) -> str:
    return next((param for param, value in QUOTE_KINDS.items() if value == kind), kind)


