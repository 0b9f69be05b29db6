"""python manage.py process_index_queue: apply the index updates and recounts still queued."""

from django.core.management.base import BaseCommand

from articles.indexing import drain, pending_count


class Command(BaseCommand):
    help = "Applique les mises à jour de l'index (et les recomptes d'orateurs) encore en attente."

    def handle(self, *args, **options):
        applied = drain()
        waiting = pending_count()
        self.stdout.write(f"{applied} mise(s) à jour appliquée(s) ; {waiting} encore en attente"
                          + (" (un autre processus les applique)." if waiting else "."))
