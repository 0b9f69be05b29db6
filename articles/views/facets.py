"""Facet links, filter chips, sort links and the month chart for the search page."""

from dataclasses import replace
from urllib.parse import urlencode

from django.urls import reverse

from ..charts import month_series, render_month_chart
from ..filters import QUOTE_KINDS, UNKNOWN_YEAR_VALUE, Filters, filter_params
from ..models import MONTH_NAMES, Speaker

KIND_LABELS = {"direct": "citations directes", "indirect": "discours rapporté"}
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
        "sorts": [{"label": label, "url": search_url(q, replace(filters, sort=key)),
                   "active": (filters.sort or ("relevance" if q else "newest")) == key}
                  for key, label in SORT_LABELS.items()],
        "chart": render_month_chart(
            month_series(facets.per_month), title=f"{unit.capitalize()} par mois",
            link=lambda y, m: search_url(q, replace(filters, year=y, month=m)),
            unit=CHART_UNITS[unit],
        ),
        "export_url": search_url(q, filters, extra=[("format", "csv")]),
        "feed_url": search_url(q, replace(filters, sort=None), path=reverse("search_feed")),
    }


def _chips(q: str, filters: Filters) -> list[dict]:
    chips = []
    if filters.date_from:
        chips.append(("du " + filters.date_from.strftime("%d/%m/%Y"), filters.without("date_from")))
    if filters.date_to:
        chips.append(("au " + filters.date_to.strftime("%d/%m/%Y"), filters.without("date_to")))
    if filters.year is not None:
        chips.append((year_label(filters.year), filters.without("year")))
    if filters.month:
        chips.append((MONTH_NAMES[filters.month - 1], filters.without("month")))
    chips += [(f"source : {s}", filters.without("sources", s)) for s in filters.sources]
    names = dict(Speaker.objects.filter(slug__in=filters.speakers).values_list("slug", "name"))
    chips += [(f"orateur : {names.get(s, s)}", filters.without("speakers", s)) for s in filters.speakers]
    if filters.quote_kind:
        chips.append((KIND_LABELS[filters.quote_kind], filters.without("quote_kind")))
    return [{"label": label, "url": search_url(q, rest)} for label, rest in chips]


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


