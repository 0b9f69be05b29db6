"""python manage.py extract_quotes [--article ID]..."""

import sys

from django.core.management.base import BaseCommand, CommandError

from articles.attribution import attribute_article, load_speaker_index
from articles.indexing import batch_indexing, drain_safely, queue_update
from articles.models import Article, Quote, deferred_recounts
from articles.progress import ProgressBar


class Command(BaseCommand):
    help = "(Ré)extrait les citations et leurs orateurs ; les décisions des curateurs sont conservées."

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, action="append", dest="articles",
                            help="identifiant d'article (répétable) ; par défaut tous")

    def handle(self, *args, articles, **options):
        queryset = Article.objects.order_by("pk")
        if articles:
            queryset = queryset.filter(pk__in=articles)
            missing = set(articles) - set(queryset.values_list("pk", flat=True))
            if missing:
                raise CommandError("article(s) introuvable(s) : " + ", ".join(map(str, sorted(missing))))
        drain_safely()  # what a killed run left queued
        speakers = load_speaker_index()
        progress = ProgressBar(queryset.count(), stream=sys.stderr, label="Extraction")
        quotes = 0
        with batch_indexing(), deferred_recounts():
            for article in queryset.only("pk", "body").iterator(chunk_size=500):
                quotes += len(attribute_article(article, speakers))
                queue_update(Article, article.pk)
                progress.advance()
        progress.close()
        self.stdout.write(
            f"Extraction terminée : {progress.done} article(s), {quotes} citation(s) affichée(s), "
            f"{Quote.objects.filter(status=Quote.REJECTED).count()} rejetée(s) par les curateurs conservée(s)."
        )
