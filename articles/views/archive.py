"""Browse by date: /archive/, /archive/<year>/, /archive/<year>/<month>/."""

from django.db.models import Count
from django.http import Http404
from django.shortcuts import render

from ..models import MONTH_NAMES, Article
from ..paging import PageOutOfRange, page_number, paginate

PER_PAGE = 50


def archive_index(request):
    years = (
        Article.objects.public().values("year").annotate(n=Count("id")).order_by("-year")
    )
    return render(request, "articles/archive.html", {"years": years})


def _page(request, articles):
    number, notice = page_number(request.GET)
    try:
        return paginate(articles.chronological().listing(), number, PER_PAGE), notice
    except PageOutOfRange:
        raise Http404("Cette page n'existe pas.")


def archive_year(request, year: int):
    articles = Article.objects.public().filter(year=year)
    months = list(articles.values("month").annotate(n=Count("id")).order_by("month"))
    if not months:
        raise Http404(f"Aucun article en {year}.")
    page, notice = _page(request, articles)
    for month in months:
        month["name"] = MONTH_NAMES[month["month"] - 1] if month["month"] else "mois inconnu"
    return render(request, "articles/archive_period.html", {
        "heading": str(year), "year": year, "months": months, "page": page, "notice": notice,
    })


def archive_month(request, year: int, month: int):
    if not 1 <= month <= 12:
        raise Http404("Mois invalide.")
    articles = Article.objects.public().filter(year=year, month=month)
    if not articles.exists():
        raise Http404(f"Aucun article en {MONTH_NAMES[month - 1]} {year}.")
    page, notice = _page(request, articles)
    return render(request, "articles/archive_period.html", {
        "heading": f"{MONTH_NAMES[month - 1]} {year}", "year": year, "page": page, "notice": notice,
    })
