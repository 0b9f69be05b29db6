"""python manage.py check_index [--fix]: does the search index match the database?"""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from haystack.query import SearchQuerySet

from articles.indexing import drain, pending_count
from articles.models import Article, Quote


def index_drift() -> list[str]:
    """One French line per indexed model whose documents differ from the database's records."""
    expected = {
        # What the search indexes hold: public articles and the quotes shown in them.
        "articles": (Article, Article.objects.public().values_list("pk", flat=True)),
        "citations": (Quote, Quote.objects.shown().values_list("pk", flat=True)),
    }
    problems = []
    for label, (model, records) in expected.items():
        in_db = set(records.iterator(chunk_size=10_000))
        found = SearchQuerySet().models(model)
        count = found.count()
        # One search for every id (haystack would iterate ten results per query).
        ids = found.values_list("id", flat=True)[:count] if count else []  # "articles.article.42"
        in_index = {int(identifier.rsplit(".", 1)[1]) for identifier in ids}
        if in_index != in_db:
            missing, ghosts = len(in_db - in_index), len(in_index - in_db)
            problems.append(f"{label} : {len(in_db)} en base, {count} dans l'index "
                            f"({missing} absent(s) de l'index, {ghosts} en trop)")
    return problems


class Command(BaseCommand):
    help = "Compare l'index de recherche à la base ; --fix le remet d'accord."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="mettre l'index à jour et retirer ce qui n'existe plus")

    def handle(self, *args, fix, **options):
        # Queued updates are not drift: a killed process left them, the queue applies them.
        applied = drain()
        if applied:
            self.stdout.write(f"{applied} mise(s) à jour en attente appliquée(s).")
        waiting = pending_count()
        if waiting:
            self.stdout.write(f"{waiting} mise(s) à jour en cours d'application par un autre processus.")
        problems = index_drift()
        if not problems:
            self.stdout.write("L'index est en accord avec la base.")
            return
        for problem in problems:
            self.stdout.write(f"Écart : {problem}")
        if not fix:
            raise CommandError("l'index n'est pas à jour : relancez avec --fix")
        call_command("update_index", remove=True, verbosity=0)
        remaining = index_drift()
        if remaining:
            raise CommandError("écart persistant : " + " ; ".join(remaining))
        self.stdout.write("Index réparé.")
