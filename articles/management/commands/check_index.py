"""python manage.py check_index [--fix]: does the search index match the database?"""

from django.core.management.base import BaseCommand, CommandError
from haystack.query import SearchQuerySet

from articles.indexing import batch_indexing, drain, pending_count, queue_updates
from articles.models import Article, Quote


def index_drift() -> list[str]:
    """One French line per indexed model whose documents differ from the database's records."""
    return [problem for problem, _, _ in _differences()]


def _differences() -> list[tuple[str, type, set[int]]]:
    """(French line, model, ids to reindex or remove) per indexed model that differs."""
    expected = {
        # What the search indexes hold: public articles and the quotes shown in them.
        "articles": (Article, Article.objects.public().values_list("pk", flat=True)),
        "citations": (Quote, Quote.objects.shown().values_list("pk", flat=True)),
    }
    differences = []
    for label, (model, records) in expected.items():
        in_db = set(records.iterator(chunk_size=10_000))
        found = SearchQuerySet().models(model)
        count = found.count()
        # One search for every id (haystack would iterate ten results per query).
        ids = found.values_list("id", flat=True)[:count] if count else []  # "articles.article.42"
        in_index = {int(identifier.rsplit(".", 1)[1]) for identifier in ids}
        if in_index != in_db:
            missing, ghosts = in_db - in_index, in_index - in_db
            problem = (f"{label} : {len(in_db)} en base, {count} dans l'index "
                       f"({len(missing)} absent(s) de l'index, {len(ghosts)} en trop)")
            differences.append((problem, model, missing | ghosts))
    return differences


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
        differences = _differences()
        if not differences:
            self.stdout.write("L'index est en accord avec la base.")
            return
        for problem, _, _ in differences:
            self.stdout.write(f"Écart : {problem}")
        if not fix:
            raise CommandError("l'index n'est pas à jour : relancez avec --fix")
        # Only the documents that differ go through the queue: on a large archive a whole
        # update_index took as long as a rebuild at every `make run`.
        total = sum(len(pks) for _, _, pks in differences)
        self.stdout.write(f"{total} document(s) à remettre d'accord…")
        with batch_indexing():
            for _, model, pks in differences:
                queue_updates(model, sorted(pks))
        remaining = index_drift()
        if remaining:
            raise CommandError("écart persistant : " + " ; ".join(remaining))
        self.stdout.write("Index réparé.")
