"""Run a parsed query and URL filters against the search index: a page, facets, a chart.

Backend-neutral: only haystack's SearchQuerySet/SQ API, so Whoosh can be swapped for
Elasticsearch or Solr in settings. Snippets come from the backend's highlighter and
are cleaned by `snippets.clean_snippet` before they reach a page.
"""

import datetime
import html
import logging
import re
import math
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.utils import timezone
from haystack.inputs import Clean, Exact
from haystack.query import SQ, SearchQuerySet

from .filters import Filters
from .models import Article, Quote, Speaker
from .paging import PageOutOfRange
from .query import ParsedQuery, Term
from .snippets import clean_snippet
from .speakers import fold

PER_PAGE = 20
SPEAKER_FACET_SIZE = 20
ALL_SPEAKERS_FACET_SIZE = 500
ALL_VALUES_FACET_SIZE = 10_000  # years, months, sources, kinds: all of them (Elasticsearch: 100 by default)
FEW_RESULTS = 2  # at or below this many hits, offer a spelling suggestion
# Per searched model: which index fields a term or a filter applies to. Plain words
# match the body, the title and speakers' names (the latter two boosted).
ARTICLE_FIELDS = {
    None: ("content", "title", "speaker_names"),
    "title": ("title",),
    "source": ("source",),
    "speaker": ("speaker_names",),
    "speaker_filter": "speakers_exact",
    "kind_filter": "quote_kinds_exact",
    "facets": ("speakers", "year", "year_month", "source", "quote_kinds"),
}
QUOTE_FIELDS = {
    None: ("content", "speaker_names"),
    "title": ("content",),
    "source": ("source",),
    "speaker": ("speaker_names",),
    "speaker_filter": "speaker_exact",
    "kind_filter": "kind_exact",
    "facets": ("speaker", "year", "year_month", "source", "kind"),
}
_MARKED_RE = re.compile(r"<mark>(.*?)</mark>")
logger = logging.getLogger(__name__)


@dataclass
class Hit:
    article: Article
    snippet: str  # safe HTML: escaped text with <mark> around matched words
    speakers: list[Speaker] = field(default_factory=list)


@dataclass
class Facets:
    speakers: list[tuple[Speaker, int]] = field(default_factory=list)
    more_speakers: bool = False
    years: list[tuple[int, int]] = field(default_factory=list)    # (0 = année inconnue, count)
    months: list[tuple[int, int]] = field(default_factory=list)   # within the chosen year
    sources: list[tuple[str, int]] = field(default_factory=list)
    quote_kinds: list[tuple[str, int]] = field(default_factory=list)
    per_month: dict[tuple[int, int], int] = field(default_factory=dict)  # for the chart


@dataclass
class ResultPage:
    hits: list[Hit]
    count: int
    number: int
    facets: Facets = field(default_factory=Facets)
    notices: list[str] = field(default_factory=list)
    suggestion: str | None = None

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / PER_PAGE))


def term_filter(term: Term, fields: dict = ARTICLE_FIELDS) -> SQ:
    """One term → an SQ over the fields it may match (title and body for plain words).

    `Exact` asks the backend for the exact form (accents and case folded, not stemmed):
    quoted words and phrases match only it; a plain word matches its inflections, and
    also its exact form, which adds to the score of the documents that have it.
    """
    combined = SQ()
    for name in fields[term.field]:
        if term.phrase or term.exact:
            combined |= SQ(**{f"{name}__content": Exact(term.text, clean=True)})
        elif term.prefix:
            combined |= SQ(**{f"{name}__startswith": Clean(fold(term.text))})
        else:
            combined |= SQ(**{f"{name}__content": Clean(term.text)})
            combined |= SQ(**{f"{name}__content": Exact(term.text, clean=True)})
    return ~combined if term.negated else combined


def query_filter(parsed: ParsedQuery, fields: dict = ARTICLE_FIELDS) -> SQ:
    """AND of the clauses, each an OR of its terms."""
    combined = SQ()
    for clause in parsed.clauses:
        alternatives = SQ()
        for term in clause:
            alternatives |= term_filter(term, fields)
        combined &= alternatives
    return combined


def _day_bound(day: datetime.date, end: bool) -> datetime.datetime:
    moment = datetime.datetime.combine(day, datetime.time.max if end else datetime.time.min)
    return timezone.make_aware(moment)


def apply_filters(sqs: SearchQuerySet, filters: Filters, fields: dict = ARTICLE_FIELDS) -> SearchQuerySet:
    """Narrow a search to the URL filters (all combined with AND)."""
    if filters.date_from:
        sqs = sqs.filter(date__gte=_day_bound(filters.date_from, end=False))
    if filters.date_to:
        sqs = sqs.filter(date__lte=_day_bound(filters.date_to, end=True))
    if filters.year is not None:
        sqs = sqs.filter(year=filters.year)
    if filters.month:
        sqs = sqs.filter(year_month=filters.year * 100 + filters.month)
    for source in filters.sources:
        sqs = sqs.filter(source_exact=Exact(source))
    if filters.speakers:
        # Articles: every chosen speaker is quoted; quotes: said by any of them.
        chosen = [SQ(**{fields["speaker_filter"]: Exact(slug)}) for slug in filters.speakers]
        for condition in chosen if fields is ARTICLE_FIELDS else [_any(chosen)]:
            sqs = sqs.filter(condition)
    if filters.quote_kind:
        sqs = sqs.filter(**{fields["kind_filter"]: Exact(filters.quote_kind)})
    return sqs


def _any(conditions: list[SQ]) -> SQ:
    combined = SQ()
    for condition in conditions:
        combined |= condition
    return combined


def build_search(parsed: ParsedQuery, filters: Filters, model=Article) -> SearchQuerySet:
    """The SearchQuerySet for a query and filters over articles or quotes, sorted as asked."""
    fields = QUOTE_FIELDS if model is Quote else ARTICLE_FIELDS
    sqs = apply_filters(SearchQuerySet().models(model), filters, fields)
    if not parsed.is_empty:
        sqs = sqs.filter(query_filter(parsed, fields))
    sort = filters.sort or ("relevance" if not parsed.is_empty else "newest")
    if sort == "newest":
        sqs = sqs.order_by("-date")
    elif sort == "oldest":
        sqs = sqs.order_by("date")
    return sqs


def search_articles(parsed: ParsedQuery, filters: Filters, page: int) -> ResultPage:
    """The page-th page of matching articles, with facets and a spelling suggestion."""
    faceted = _faceted(build_search(parsed, filters), ARTICLE_FIELDS, parsed, filters)
    results, count = _run_page(faceted, page)
    result = ResultPage(
        hits=_hits(results),
        count=count,
        number=page,
        facets=_facets(faceted.facet_counts(), filters, ARTICLE_FIELDS),
        notices=list(parsed.notices),
    )
    if not parsed.is_empty and result.count <= FEW_RESULTS:
        result.suggestion = suggest_query(parsed)
    return result


def _run_page(sqs: SearchQuerySet, page: int) -> tuple[list, int]:
    """One backend search gives the page's results, the total count and the facets.

    (Django's Paginator would ask for the count first: a second full search.)
    """
    start = (page - 1) * PER_PAGE
    results = list(sqs[start:start + PER_PAGE])
    if page > 1 and not results:
        raise PageOutOfRange
    return results, sqs.count()


def _faceted(sqs: SearchQuerySet, fields: dict, parsed: ParsedQuery, filters: Filters) -> SearchQuerySet:
    """The facets the page shows: every value, but speakers only as many as the page lists.

    (Ranking and sending 120,000 speakers to keep 20 cost ~80 ms a search at 100k articles.
    A few more than the page lists: the empty value is dropped, and one more says there
    are more.)
    """
    speakers, *others = fields["facets"]
    shown = ALL_SPEAKERS_FACET_SIZE if filters.all_speakers else SPEAKER_FACET_SIZE
    sqs = sqs.facet(speakers, size=shown + 3)
    for name in others:
        sqs = sqs.facet(name, size=ALL_VALUES_FACET_SIZE)
    return sqs if parsed.is_empty else sqs.highlight()


def iter_matches(parsed: ParsedQuery, filters: Filters, limit: int, batch: int = 500) -> Iterator[Hit]:
    """Every matching article up to `limit`, in the search's order (for exports and feeds)."""
    sqs = build_search(parsed, filters)
    for start in range(0, limit, batch):
        results = list(sqs[start:min(start + batch, limit)])
        if not results:
            return
        yield from _hits(results, snippets=False)
        if len(results) < batch:
            return


def suggest_query(parsed: ParsedQuery) -> str | None:
    """A corrected query from the archive's own words ('Stoltemberg' → 'Stoltenberg')."""
    words = " ".join(t.text for t in parsed.terms() if not t.negated and not t.prefix)
    if not words:
        return None
    # haystack runs the search it suggests for: the words themselves, which match little,
    # not every article (a scored search of 100,000 documents, ~330 ms at 100k articles).
    suggestion = SearchQuerySet().models(Article).auto_query(words).spelling_suggestion(words)
    if suggestion and fold(suggestion) != fold(words):
        return suggestion
    return None


def _facets(counts: dict, filters: Filters, fields: dict) -> Facets:
    found = (counts or {}).get("fields", {})
    speakers, years, months, sources, kinds = (found.get(name, []) for name in fields["facets"])
    facets = Facets(
        years=sorted(((y, n) for y, n in years if y is not None), key=lambda p: -p[0]),
        sources=[(s, n) for s, n in sources if s],
        quote_kinds=[(k, n) for k, n in kinds if k],
    )
    for value, count in months:
        if value and value // 100 and value % 100:
            facets.per_month[(value // 100, value % 100)] = count
    if filters.year:
        facets.months = sorted((m, n) for (y, m), n in facets.per_month.items() if y == filters.year)
    ranked = [(slug, n) for slug, n in speakers if slug]
    size = ALL_SPEAKERS_FACET_SIZE if filters.all_speakers else SPEAKER_FACET_SIZE
    facets.more_speakers = len(ranked) > size
    by_slug = Speaker.objects.in_bulk([s for s, _ in ranked[:size]], field_name="slug")
    facets.speakers = [(by_slug[s], n) for s, n in ranked[:size] if s in by_slug]
    return facets


@dataclass
class QuoteHit:
    quote: Quote
    snippet: str  # safe HTML, as for articles


def search_quotes(parsed: ParsedQuery, filters: Filters, page: int) -> ResultPage:
    """The page-th page of quotations matching the query, with the same filters and facets."""
    faceted = _faceted(build_search(parsed, filters, Quote), QUOTE_FIELDS, parsed, filters)
    results, count = _run_page(faceted, page)
    quotes = Quote.objects.shown().select_related("speaker", "article__source").defer(
        "article__raw_text", "article__body"
    ).in_bulk([int(r.pk) for r in results])
    hits = [
        QuoteHit(quotes[int(r.pk)], _snippet(r, quotes[int(r.pk)].text))
        for r in results if int(r.pk) in quotes
    ]
    return ResultPage(
        hits=hits, count=count, number=page,
        facets=_facets(faceted.facet_counts(), filters, QUOTE_FIELDS),
        notices=list(parsed.notices),
    )


def _hits(results, snippets: bool = True) -> list[Hit]:
    """Load the page's articles in one query; skip index entries whose article is gone."""
    pks = [int(r.pk) for r in results]
    articles = Article.objects.public().defer("raw_text").select_related("source").in_bulk(pks)
    speakers = speakers_by_article(pks)
    hits = []
    for result in results:
        article = articles.get(int(result.pk))
        if article is None:
            logger.warning("index entry %s has no article in the database", result.pk)
            continue
        snippet = _snippet(result, article.body) if snippets else ""
        hits.append(Hit(article, snippet, speakers.get(article.pk, [])))
    return hits


def speakers_by_article(pks: list[int]) -> dict[int, list[Speaker]]:
    """The speakers quoted in each of these articles, most quoted first, in one query."""
    quotes = (
        Quote.objects.filter(article_id__in=pks, status__in=Quote.SHOWN)
        .select_related("speaker")
        .only("article_id", "speaker", "speaker__name", "speaker__slug", "speaker__gender")
    )
    counts: dict[int, dict[Speaker, int]] = {}
    for quote in quotes:
        per_article = counts.setdefault(quote.article_id, {})
        per_article[quote.speaker] = per_article.get(quote.speaker, 0) + 1
    return {pk: sorted(c, key=lambda s: (-c[s], s.name)) for pk, c in counts.items()}


def _snippet(result, text: str) -> str:
    fragments = (getattr(result, "highlighted", None) or {})
    if isinstance(fragments, dict):
        fragments = fragments.get("text") or []
    return clean_snippet(" … ".join(fragments)) if fragments else clean_snippet(None, text)


def matched_words(article: Article, parsed: ParsedQuery) -> set[str]:
    """The words of an article's text that a query matches, as written there: {"élections"}.

    The backend marks the whole text (`highlight(whole=True)`), so the page marks exactly
    the forms the results' snippets mark.
    """
    if parsed.is_empty:
        return set()
    sqs = SearchQuerySet().models(Article).filter(django_id=Exact(str(article.pk)))
    found = list(sqs.filter(query_filter(parsed)).highlight(whole=True)[:1])
    fragments = (getattr(found[0], "highlighted", None) or {}).get("text", []) if found else []
    return {html.unescape(word) for fragment in fragments for word in _MARKED_RE.findall(fragment)}


def similar_articles(article: Article, limit: int = 5) -> list[Article]:
    """'More like this': the articles whose wording is closest to this one's."""
    results = SearchQuerySet().models(Article).more_like_this(article)[:limit + 1]
    pks = [int(r.pk) for r in results if int(r.pk) != article.pk][:limit]
    found = Article.objects.public().listing().in_bulk(pks)
    return [found[pk] for pk in pks if pk in found]
