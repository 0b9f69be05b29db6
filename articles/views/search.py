"""Search and article pages, and the search API."""

from collections import Counter

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from ..filters import FilterError
from ..marking import Span, mark_quotes
from ..models import Article, Quote
from ..search import similar_articles
from ..snippets import plain_snippet
from .exports import csv_response
from .params import SearchRequest, search_json, search_page


def search(request):
    if request.GET.get("format"):
        try:
            return csv_response(request, SearchRequest(request.GET))
        except FilterError as error:
            return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    return search_page(request, "articles/search.html", SearchRequest.run)


def api_search(request):
    return search_json(request, SearchRequest.run, hit_json)


def hit_json(request, hit) -> dict:
    article = hit.article
    return {
        "id": article.pk,
        "title": article.title,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "date": article.iso_date,
        "source": article.source.name if article.source else None,
        "snippet": plain_snippet(hit.snippet),
        "speakers": [{"name": s.name, "slug": s.slug} for s in hit.speakers],
    }


def _article(key: str, queryset):
    lookup = {"pk": int(key)} if key.isdigit() else {"slug": key}
    return get_object_or_404(queryset, **lookup)


def article_detail(request, key: str):
    article = _article(key, Article.objects.public().select_related("source").defer("raw_text"))
    quotes = list(article.quotes.filter(status__in=Quote.SHOWN).select_related("speaker"))
    spans = [
        Span(q.start, q.end, q.speaker.name, q.speaker.get_absolute_url(), q.kind) for q in quotes
    ]
    quotes_per_speaker = Counter(q.speaker for q in quotes)
    previous, following = article.neighbours()
    return render(request, "articles/article_detail.html", {
        "article": article,
        "paragraphs": mark_quotes(article.body, spans),
        "speakers": list(quotes_per_speaker.items()),
        "similar": similar_articles(article),
        "previous": previous,
        "next": following,
    })


def article_raw(request, key: str):
    article = _article(key, Article.objects.public().only("raw_text"))
    return HttpResponse(article.raw_text, content_type="text/plain; charset=utf-8")
