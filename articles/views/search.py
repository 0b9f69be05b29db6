"""Thin views: read the request, ask a module, render."""

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render

from .models import Article
from .query import parse_query
from .search import PageOutOfRange, search_articles
from .snippets import plain_snippet

BAD_PAGE = "Numéro de page invalide : première page affichée."


def _page_number(request) -> tuple[int, str | None]:
    """?page=… → (page, notice). Non-numbers and values below 1 fall back to page 1."""
    raw = request.GET.get("page", "1")
    if raw.isdigit() and int(raw) >= 1:
        return int(raw), None
    return 1, BAD_PAGE


def _run_search(request):
    q = request.GET.get("q", "").strip()
    page, page_notice = _page_number(request)
    parsed = parse_query(q)
    if q and parsed.is_empty and not parsed.notices:
        parsed.notices.append("Aucun mot à chercher dans cette requête : toute l'archive est affichée.")
    result = search_articles(parsed, page)
    if page_notice:
        result.notices.insert(0, page_notice)
    return q, result


def search(request):
    try:
        q, result = _run_search(request)
    except PageOutOfRange:
        raise Http404("Cette page de résultats n'existe pas.")
    return render(request, "articles/search.html", {"q": q, "result": result})


def api_search(request):
    try:
        q, result = _run_search(request)
    except PageOutOfRange:
        return JsonResponse({"error": "Cette page de résultats n'existe pas."}, status=404)
    return JsonResponse({
        "query": q,
        "count": result.count,
        "page": result.number,
        "num_pages": result.num_pages,
        "notices": result.notices,
        "results": [_hit_json(request, hit) for hit in result.hits],
    })


def _hit_json(request, hit) -> dict:
    article = hit.article
    return {
        "id": article.pk,
        "title": article.title,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "date": article.iso_date,
        "source": article.source.name if article.source else None,
        "snippet": plain_snippet(hit.snippet),
    }


def article_detail(request, key: str):
    lookup = {"pk": int(key)} if key.isdigit() else {"slug": key}
    article = get_object_or_404(Article.objects.select_related("source").defer("raw_text"), **lookup)
    return render(request, "articles/article_detail.html", {"article": article})


def article_raw(request, key: str):
    lookup = {"pk": int(key)} if key.isdigit() else {"slug": key}
    article = get_object_or_404(Article.objects.only("raw_text"), **lookup)
    return HttpResponse(article.raw_text, content_type="text/plain; charset=utf-8")
