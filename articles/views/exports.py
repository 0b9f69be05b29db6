"""Taking results elsewhere: CSV export, Atom feed, OpenSearch description."""

import csv
from dataclasses import replace

from django.contrib.syndication.views import Feed
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from ..filters import FilterError
from ..search import iter_matches
from .params import SearchRequest

CSV_LIMIT = 100_000
FEED_SIZE = 50
CSV_COLUMNS = ["id", "date", "title", "source", "speakers", "url"]


class _Echo:
    def write(self, value):
        return value


def csv_response(request, wanted: SearchRequest) -> HttpResponse:
    """Every matching article (up to CSV_LIMIT) as CSV, streamed so big exports stay light."""
    if request.GET.get("format") != "csv":
        return HttpResponse("Format inconnu : seul format=csv est proposé.", status=400,
                            content_type="text/plain; charset=utf-8")
    writer = csv.writer(_Echo())

    def rows():
        yield "\ufeff"  # BOM: spreadsheet programs then read the accents right
        yield writer.writerow(CSV_COLUMNS)
        for hit in iter_matches(wanted.parsed, wanted.filters, CSV_LIMIT):
            article = hit.article
            yield writer.writerow([
                article.pk, article.iso_date or "", article.title,
                article.source.name if article.source else "",
                "; ".join(s.name for s in hit.speakers),
                request.build_absolute_uri(article.get_absolute_url()),
            ])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="newsarchive-recherche.csv"'
    return response


class SearchFeed(Feed):
    """An Atom feed of the newest articles matching any search, to follow a topic."""

    feed_type = Atom1Feed

    def get_object(self, request):
        return request, SearchRequest(request.GET)

    def title(self, obj):
        return f"Newsarchive : {obj[1].q}" if obj[1].q else "Newsarchive : derniers articles"

    def link(self, obj):
        return reverse("search") + (f"?{obj[0].GET.urlencode()}" if obj[0].GET else "")

    def subtitle(self, obj):
        return "Articles correspondant à la recherche, du plus récent au plus ancien."

    def items(self, obj):
        wanted = obj[1]
        newest = replace(wanted.filters, sort="newest")
        return [hit.article for hit in iter_matches(wanted.parsed, newest, FEED_SIZE)]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.body[:500]

    def item_pubdate(self, article):
        return article.published

    def item_updateddate(self, article):
        return article.updated


def search_feed(request):
    try:
        SearchRequest(request.GET)
    except FilterError as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    return SearchFeed()(request)


def opensearch(request):
    return render(request, "articles/opensearch.xml", {
        "base": request.build_absolute_uri("/").rstrip("/"),
    }, content_type="application/opensearchdescription+xml; charset=utf-8")


def help_page(request):
    return render(request, "articles/help.html")

