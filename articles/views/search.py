"""Search and article pages, and the search API."""

from collections import Counter

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import content_disposition_header

from ..citations import anchor
from ..cleaning_report import HEADER, KEPT, MARKUP, PROMO, TRAILER, classify_lines
from ..filters import is_ascii_number
from ..marking import Span, mark_quotes
from ..models import Article, Quote
from ..query import parse_query
from ..search import matched_words, similar_articles
from ..term_marks import mark_words
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


def _readable(request):
    """Readers see published articles; curators also see hidden ones (the admin's "Voir sur le site")."""
    if request.user.is_staff and request.user.has_perm("articles.view_article"):
        return Article.objects.all()
    return Article.objects.public()


def _private(response: HttpResponse, article: Article) -> HttpResponse:
    """A hidden article's page, shown to a curator, is neither cached nor indexed by robots."""
    if article.status != Article.PUBLIC:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


def article_detail(request, key: str):
    article = _article(key, _readable(request).select_related("source").defer("raw_text"))
    quotes = list(article.quotes.filter(status__in=Quote.SHOWN).select_related("speaker"))
    for quote in quotes:
        quote.article = article  # the reference to copy needs its outlet and date
    spans = [
        Span(q.start, q.end, q.speaker.name, q.speaker.get_absolute_url(), q.kind, anchor(q.pk))
        for q in quotes
    ]
    quotes_per_speaker = Counter(q.speaker for q in quotes)
    previous, following = article.neighbours()
    # Coming from a search (its query string kept): its words marked, a way back to it.
    searched = matched_words(article, parse_query(request.GET.get("q", "")))
    return _private(render(request, "articles/article_detail.html", {
        "article": article,
        "heading": mark_words(escape(article.title), searched),
        "paragraphs": [mark_words(p, searched) for p in mark_quotes(article.body, spans)],
        "results_url": f"{reverse('search')}?{request.GET.urlencode()}" if "q" in request.GET else None,
        "speakers": list(quotes_per_speaker.items()),
        "quotes": quotes,
        "similar": similar_articles(article),
        "previous": previous,
        "next": following,
    }), article)


def article_raw(request, key: str):
    """The imported file with each line marked kept or dropped by cleaning (plain text: ?format=txt)."""
    if request.GET.get("format") == "txt":
        return article_raw_text(request, key)
    article = _article(key, _readable(request).only(
        "title", "slug", "body", "raw_text", "raw_name", "raw_encoding", "import_notes", "status", "hidden_reason",
    ))
    report = classify_lines(article.raw_text, article.body)
    return _private(render(request, "articles/article_raw.html", {
        "article": article, "report": report,
        "counts": {status: report.count(status) for status in (KEPT, HEADER, PROMO, TRAILER, MARKUP)},
    }), article)


def article_raw_text(request, key: str):
    article = _article(key, _readable(request).only("raw_text", "raw_name", "status"))
    response = HttpResponse(article.raw_text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(False, article.raw_name or f"{article.pk}.txt")
    return _private(response, article)


def help_page(request):
    return render(request, "articles/help.html")
