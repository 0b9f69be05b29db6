"""Search and article pages, and the search API."""

from collections import Counter

from django.http import Http404, HttpResponse
from django.shortcuts import render

from ..filters import is_ascii_number
from ..marking import Span, mark_quotes
from ..models import Article, Quote
from ..search import similar_articles
from ..snippets import plain_snippet
from .exports import articles_csv, export
from .params import SearchRequest, search_json, search_page

MAX_ID_DIGITS = 18  # a signed 64-bit integer has 19 digits: beyond, SQLite overflows
MAX_SLUG_CHARS = 120  # Article.slug's max_length


def search(request):
    if request.GET.get("format"):
        return export(request, articles_csv)
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
    """By id ('12', ASCII digits that fit a database integer) or by slug; a French 404 else."""
    lookup = {"pk": int(key)} if is_ascii_number(key, MAX_ID_DIGITS) else {"slug": key}
    article = queryset.filter(**lookup).first() if len(key) <= MAX_SLUG_CHARS else None
    if article is None:
        raise Http404("Cet article n'existe pas dans l'archive.")
    return article


def article_detail(request, key: str):
    article = _article(key, Article.objects.select_related("source").defer("raw_text"))
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
    article = _article(key, Article.objects.only("raw_text"))
    return HttpResponse(article.raw_text, content_type="text/plain; charset=utf-8")


def help_page(request):
    return render(request, "articles/help.html")
