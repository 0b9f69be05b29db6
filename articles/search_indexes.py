"""The haystack index of articles. Backend-neutral: no Whoosh here."""

from haystack import indexes

from .models import Article


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    # Stored so the backend can cut highlighted snippets from it.
    text = indexes.CharField(document=True, use_template=True)
    title = indexes.CharField(model_attr="title", boost=3.0)
    date = indexes.DateTimeField(model_attr="published", null=True)
    year = indexes.IntegerField(model_attr="year", null=True, faceted=True)
    month = indexes.IntegerField(model_attr="month", null=True)
    source = indexes.CharField(null=True, faceted=True)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return self.get_model().objects.select_related("source")

    def prepare_source(self, article):
        return article.source.name if article.source else None
