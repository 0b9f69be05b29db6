"""The haystack index of articles. Backend-neutral: no Whoosh here."""

from django.db.models import Prefetch
from haystack import indexes

from .models import Article, Quote


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    # Stored so the backend can cut highlighted snippets from it.
    text = indexes.CharField(document=True, use_template=True)
    title = indexes.CharField(model_attr="title", boost=3.0)
    slug = indexes.CharField(model_attr="slug", indexed=False)
    date = indexes.DateTimeField(model_attr="published", null=True)
    # 0 stands for "année inconnue" so those articles get a facet and a filter too.
    year = indexes.IntegerField(faceted=True)
    month = indexes.IntegerField(null=True)
    # 201802 for February 2018: one facet gives the per-month chart and month counts.
    year_month = indexes.IntegerField(faceted=True)
    source = indexes.CharField(null=True, faceted=True)
    # Slugs of the speakers quoted: exact values for facets and filters...
    speakers = indexes.MultiValueField(faceted=True)
    quote_kinds = indexes.MultiValueField(faceted=True)
    # ...and every name they go by, analysed, for `orateur:lavrov` and relevance.
    speaker_names = indexes.CharField(boost=2.0)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        # Speakers are joined to their quotes rather than prefetched: a prefetch lists every
        # speaker of a 1,000-article batch in one SQL expression, which SQLite refuses
        # ("Expression tree is too large") once an archive has about 1,000 real articles.
        # Ordered on the quote's own columns: the default ordering joins the article table,
        # which PostgreSQL, with statistics taken while an import's rows were uncommitted,
        # joined by scanning every article for each batch.
        quotes = Prefetch("quotes", queryset=Quote.objects.select_related("speaker").order_by("article_id", "start"))
        return self.get_model().objects.public().select_related("source").prefetch_related(quotes)

    def prepare_year(self, article):
        return article.year or 0

    def prepare_year_month(self, article):
        return (article.year or 0) * 100 + (article.month or 0)

    def prepare_source(self, article):
        return article.source.name if article.source else None

    def _shown_quotes(self, article):
        """Quotes a curator has not rejected (uses the prefetch)."""
        return [q for q in article.quotes.all() if q.status in Quote.SHOWN]

    def _quoted_speakers(self, article):
        return list({q.speaker for q in self._shown_quotes(article)})

    def prepare_speakers(self, article):
        return sorted({speaker.slug for speaker in self._quoted_speakers(article)})

    def prepare_quote_kinds(self, article):
        return sorted({q.kind for q in self._shown_quotes(article)})

    def prepare_speaker_names(self, article):
        names = set()
        for speaker in self._quoted_speakers(article):
            names.update([speaker.name, *(speaker.aliases or {})])
        return " | ".join(sorted(names))


class QuoteIndex(indexes.SearchIndex, indexes.Indexable):
    """Quotations themselves, for /quotes/: what did this speaker say about that?"""

    text = indexes.CharField(document=True, model_attr="text")
    speaker = indexes.CharField(model_attr="speaker__slug", faceted=True)
    speaker_names = indexes.CharField()
    kind = indexes.CharField(model_attr="kind", faceted=True)
    article_id = indexes.IntegerField(model_attr="article_id", indexed=False)
    date = indexes.DateTimeField(model_attr="article__published", null=True)
    year = indexes.IntegerField(faceted=True)
    year_month = indexes.IntegerField(faceted=True)
    source = indexes.CharField(null=True, faceted=True)

    def get_model(self):
        return Quote

    def index_queryset(self, using=None):
        # A hidden article takes its quotes out of quote search too. Its text stays unread: joined
        # once per quote, a 1.8 MB article with 40,000 quotes read 1.8 GB per batch of 500.
        return (Quote.objects.shown().select_related("speaker", "article__source")
                .defer("article__body", "article__raw_text", "article__import_notes"))

    def prepare_speaker_names(self, quote):
        return " | ".join([quote.speaker.name, *(quote.speaker.aliases or {})])

    def prepare_year(self, quote):
        return quote.article.year or 0

    def prepare_year_month(self, quote):
        return (quote.article.year or 0) * 100 + (quote.article.month or 0)

    def prepare_source(self, quote):
        return quote.article.source.name if quote.article.source else None
