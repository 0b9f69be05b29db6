"""The Atom feed of a search (`/search/feed/?q=…`) and the OpenSearch description."""

import re
from dataclasses import replace

from django.contrib.syndication.views import Feed
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from ..filters import FilterError
from ..search import iter_matches
from .errors import error_response
from .params import SearchRequest

FEED_SIZE = 50
SUMMARY_CHARS = 400
# Characters XML 1.0 cannot carry: one in an article made the whole feed a 500.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str | None) -> str:
    """Text without the characters XML 1.0 refuses."""
    return _NOT_XML.sub("", text or "")


def cut_at_word(text: str, limit: int = SUMMARY_CHARS) -> str:
    """Whitespace collapsed and, past `limit`, cut after the last whole word: 'a bc de', 5 → 'a bc …'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit + 1]
    head = head.rsplit(" ", 1)[0] if " " in head else text[:limit]
    return head.rstrip(" ,;:–—-") + " …"


class PlainTextAtomFeed(Atom1Feed):
    """Atom whose summaries are `type="text"`: a reader shows markup in an article as text.

    Django's Atom1Feed writes `type="html"`, so `<script>` in a body, escaped once for
    XML, reached feed readers as HTML to render.
    """

    def add_item_elements(self, handler, item):
        summary = item["description"]
        super().add_item_elements(handler, {**item, "description": None})
        if summary:
            handler.addQuickElement("summary", summary, {"type": "text"})


class SearchFeed(Feed):
    """The newest articles matching any search, to follow a topic."""

    feed_type = PlainTextAtomFeed

    def get_object(self, request):
        return request, SearchRequest(request.GET, paged=False)

    def title(self, obj):
        return xml_text(f"Newsarchive : {obj[1].q}" if obj[1].q else "Newsarchive : derniers articles")

    def link(self, obj):
        return reverse("search") + (f"?{obj[0].GET.urlencode()}" if obj[0].GET else "")

    def feed_url(self, obj):
        """rel="self" is this feed with its query, so a reader re-fetches the same search."""
        return obj[0].get_full_path()

    def subtitle(self, obj):
        return "Articles correspondant à la recherche, du plus récent au plus ancien."

    def items(self, obj):
        wanted = obj[1]
        newest = replace(wanted.filters, sort="newest")
        return [hit.article for hit in iter_matches(wanted.parsed, newest, FEED_SIZE)]

    def item_title(self, article):
        return xml_text(article.title)

    def item_description(self, article):
        return xml_text(cut_at_word(article.body))

    def item_pubdate(self, article):
        return article.published

    def item_updateddate(self, article):
        return article.updated


def search_feed(request):
    try:
        SearchRequest(request.GET, paged=False)
    except FilterError as error:
        return error_response(request, 400, str(error))
    return SearchFeed()(request)


def opensearch(request):
    return render(request, "articles/opensearch.xml", {
        "base": request.build_absolute_uri("/").rstrip("/"),
    }, content_type="application/opensearchdescription+xml; charset=utf-8")
