"""Search inside the quotations themselves: /quotes/ and /api/quotes/."""

from django.http import Http404, JsonResponse
from django.shortcuts import render

from ..filters import FilterError
from ..paging import PageOutOfRange
from ..search import search_quotes
from ..snippets import plain_snippet
from .facets import facet_context, facets_json
from .params import NOT_FOUND, SearchRequest


def _run(request):
    wanted = SearchRequest(request.GET)
    return wanted, search_quotes(wanted.parsed, wanted.filters, wanted.page)


def quote_search(request):
    try:
        wanted, result = _run(request)
    except FilterError as error:
        return render(request, "articles/quote_search.html", {"q": request.GET.get("q", ""), "error": str(error)}, status=400)
    except PageOutOfRange:
        raise Http404(NOT_FOUND)
    return render(request, "articles/quote_search.html", {
        "q": wanted.q, "result": result, "filters": wanted.filters,
        **facet_context(request, wanted.filters, result, unit="citations"),
    })


def api_quotes(request):
    try:
        wanted, result = _run(request)
    except FilterError as error:
        return JsonResponse({"error": str(error)}, status=400)
    except PageOutOfRange:
        return JsonResponse({"error": NOT_FOUND}, status=404)
    return JsonResponse({
        "query": wanted.q,
        "count": result.count,
        "page": result.number,
        "num_pages": result.num_pages,
        "notices": result.notices,
        "results": [_quote_hit_json(request, hit) for hit in result.hits],
        "facets": facets_json(result.facets),
    })


def _quote_hit_json(request, hit) -> dict:
    quote, article = hit.quote, hit.quote.article
    return {
        "id": quote.pk,
        "text": quote.text,
        "snippet": plain_snippet(hit.snippet),
        "kind": quote.kind,
        "verb": quote.verb,
        "speaker": {"name": quote.speaker.name, "slug": quote.speaker.slug,
                    "url": request.build_absolute_uri(quote.speaker.get_absolute_url())},
        "article": {"id": article.pk, "url": request.build_absolute_uri(article.get_absolute_url()),
                    "date": article.iso_date, "title": article.title},
    }
