"""What a search page, API call, export or feed asks for, read from the query string,
and the shared way to answer it (page or JSON, with a 400 or 404 on bad input)."""

from dataclasses import replace

from django.http import Http404
from django.shortcuts import render

from ..filters import FilterError, parse_filters
from ..models import Speaker
from ..paging import MAX_PAGE, PageOutOfRange, page_number
from ..query import parse_query
from ..search import search_articles
from ..speakers import fold
from .facets import facet_context, facets_json
from .responses import json_response
from .speakers import speaker_by_slug

NOT_FOUND = "Cette page de résultats n'existe pas."


class SearchRequest:
    """What a search page or API call asks for, read and validated from the query string."""

    def __init__(self, params, paged: bool = True):
        """`paged=False` for exports and feeds, which ignore `page`."""
        self.q = params.get("q", "").strip()
        self.page, page_notice = page_number(params) if paged else (1, None)
        if self.page > MAX_PAGE:
            raise PageOutOfRange
        self.parsed = parse_query(self.q)
        filters = parse_filters(params)  # FilterError → 400
        self.filters = replace(filters, speakers=tuple(resolve_speaker(v) for v in filters.speakers))
        if page_notice:
            self.parsed.notices.insert(0, page_notice)
        if self.q and self.parsed.is_empty and not self.parsed.notices:
            self.parsed.notices.append("Aucun mot à chercher dans cette requête : toute l'archive est affichée.")

    def run(self):
        return search_articles(self.parsed, self.filters, self.page)


def resolve_speaker(value: str) -> str:
    """A speaker slug, or a name such as 'lavrov' matching exactly one speaker → its slug."""
    known = speaker_by_slug(value)
    if known is not None:
        return known.final().slug
    matches = Speaker.objects.active()
    for word in fold(value).replace("-", " ").split():
        matches = matches.filter(search_key__contains=word)
    slugs = list(matches.values_list("slug", flat=True)[:2])
    if len(slugs) == 1:
        return slugs[0]
    if not slugs:
        raise FilterError(f"Personne citée inconnue : « {value[:60]} ».")
    raise FilterError(f"Plusieurs personnes citées correspondent à « {value[:60]} » : précisez le nom.")


def search_page(request, template: str, run, unit: str = "articles"):
    """Render a search page (articles or quotes): 400 on a bad filter, 404 past the last page."""
    try:
        wanted = SearchRequest(request.GET)
        result = run(wanted)
    except FilterError as error:
        return render(request, template, {"q": request.GET.get("q", ""), "error": str(error)}, status=400)
    except PageOutOfRange:
        raise Http404(NOT_FOUND)
    return render(request, template, {
        "q": wanted.q, "result": result, "filters": wanted.filters, "unit": unit,
        **facet_context(request, wanted.filters, result, unit=unit),
    })


def search_json(request, run, hit_json):
    """The same search for the API: results and facets, or a JSON error with a 400/404."""
    try:
        wanted = SearchRequest(request.GET)
        result = run(wanted)
    except FilterError as error:
        return json_response({"error": str(error)}, status=400)
    except PageOutOfRange:
        return json_response({"error": NOT_FOUND}, status=404)
    return json_response({
        "query": wanted.q,
        "count": result.count,
        "page": result.number,
        "num_pages": result.num_pages,
        "notices": result.notices,
        "suggestion": result.suggestion,
        "results": [hit_json(request, hit) for hit in result.hits],
        "facets": facets_json(result.facets),
    })
