"""Run a parsed query against the search index and return a page of articles.

Backend-neutral: only haystack's SearchQuerySet/SQ API, so Whoosh can be swapped for
Elasticsearch or Solr in settings. Snippets come from the backend's highlighter and
are cleaned by `snippets.clean_snippet` before they reach a page.
"""

import logging
import unicodedata
from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, Paginator
from haystack.inputs import Clean, Exact
from haystack.query import SQ, SearchQuerySet

from .models import Article
from .query import ParsedQuery, Term
from .snippets import clean_snippet

PER_PAGE = 20
CONTENT_FIELDS = {None: ("content", "title"), "title": ("title",), "source": ("source",)}
logger = logging.getLogger(__name__)


class PageOutOfRange(Exception):
    """The requested page is past the last one."""


@dataclass
class Hit:
    article: Article
    snippet: str  # safe HTML: escaped text with <mark> around matched words


@dataclass
class ResultPage:
    hits: list[Hit]
    count: int
    number: int
    num_pages: int
    notices: list[str] = field(default_factory=list)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def term_filter(term: Term) -> SQ:
    """One term → an SQ over the fields it may match (title and body for plain words)."""
    if term.phrase:
        value = Exact(term.text, clean=True)
    elif term.prefix:
        value = Clean(_fold(term.text))
    else:
        value = Clean(term.text)
    lookup = "startswith" if term.prefix and not term.phrase else "content"
    fields = ("speakers",) if term.field == "speaker" else CONTENT_FIELDS[term.field]
    combined = SQ()
    for name in fields:
        combined |= SQ(**{f"{name}__{lookup}": value})
    return ~combined if term.negated else combined


def query_filter(parsed: ParsedQuery) -> SQ:
    """AND of the clauses, each an OR of its terms."""
    combined = SQ()
    for clause in parsed.clauses:
        alternatives = SQ()
        for term in clause:
            alternatives |= term_filter(term)
        combined &= alternatives
    return combined


def base_queryset() -> SearchQuerySet:
    return SearchQuerySet().models(Article)


def search_articles(parsed: ParsedQuery, page: int) -> ResultPage:
    """The page-th page of articles matching the query (newest first when there is no query)."""
    sqs = base_queryset()
    if parsed.is_empty:
        sqs = sqs.order_by("-date")
    else:
        sqs = sqs.filter(query_filter(parsed)).highlight()
    paginator = Paginator(sqs, PER_PAGE)
    try:
        current = paginator.page(page)
    except EmptyPage as error:
        if page > 1:
            raise PageOutOfRange from error
        current = paginator.page(1)
    results = list(current.object_list)
    return ResultPage(
        hits=_hits(results),
        count=paginator.count,
        number=current.number,
        num_pages=paginator.num_pages,
        notices=list(parsed.notices),
    )


def _hits(results) -> list[Hit]:
    """Load the page's articles in one query; skip index entries whose article is gone."""
    articles = Article.objects.defer("raw_text").select_related("source").in_bulk([int(r.pk) for r in results])
    hits = []
    for result in results:
        article = articles.get(int(result.pk))
        if article is None:
            logger.warning("index entry %s has no article in the database", result.pk)
            continue
        hits.append(Hit(article, _snippet(result, article)))
    return hits


def _snippet(result, article: Article) -> str:
    fragments = (getattr(result, "highlighted", None) or {})
    if isinstance(fragments, dict):
        fragments = fragments.get("text") or []
    return clean_snippet(" … ".join(fragments)) if fragments else clean_snippet(None, article)
