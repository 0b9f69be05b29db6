"""Search inside the quotations themselves: /quotes/ and /api/quotes/."""

from ..citations import permalink_path
from ..search import search_quotes
from ..snippets import plain_snippet
from .exports import export, quotes_csv
from .params import SearchRequest, search_json, search_page


def _run(wanted: SearchRequest):
    return search_quotes(wanted.parsed, wanted.filters, wanted.page)


def quote_search(request):
    if request.GET.get("format"):
        return export(request, quotes_csv)
    return search_page(request, "articles/quote_search.html", _run, unit="citations")


def api_quotes(request):
    return search_json(request, _run, _quote_hit_json)


def _quote_hit_json(request, hit) -> dict:
    quote, article = hit.quote, hit.quote.article
    return {
        "id": quote.pk,
        "text": quote.text,
        "snippet": plain_snippet(hit.snippet),
        "kind": quote.kind,
        "verb": quote.verb,
        "permalink": request.build_absolute_uri(permalink_path(article.pk, quote.pk)),
        "speaker": {"name": quote.speaker.name, "slug": quote.speaker.slug,
                    "url": request.build_absolute_uri(quote.speaker.get_absolute_url())},
        "article": {"id": article.pk, "url": request.build_absolute_uri(article.get_absolute_url()),
                    "date": article.iso_date, "title": article.title},
    }
