"""python manage.py import_articles PATH... [--year YYYY] [--source NAME] [--workers N]"""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.attribution import load_speaker_index
from articles.drainer import BackgroundDrainer
from articles.indexing import batch_indexing, drain_safely
from articles.ingest import (
    IMPORTED, MAX_YEAR, MIN_YEAR, REJECTED, UNCHANGED, UPDATED,
    ManifestError, collect_items, import_items, readable,
)
from articles.models import deferred_recounts
from articles.progress import ProgressBar
from articles.workers import POOL_MIN_FILES


class Command(BaseCommand):
    help = "Importe des fichiers d'articles bruts (fichiers ou dossiers, récursivement)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="fichiers ou dossiers à importer")
        parser.add_argument("--year", type=int, help="année des articles (sinon : manifest.csv ou inconnue)")
        parser.add_argument("--source", help="nom de la source (sinon : manifest.csv)")
        parser.add_argument("--workers", type=int, default=None,
                            help="processus de nettoyage et d'extraction (défaut : NEWSARCHIVE_IMPORT_WORKERS, 2)")

    def handle(self, *args, paths, year, source, workers, **options):
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            raise CommandError(f"--year doit être entre {MIN_YEAR} et {MAX_YEAR}")
        workers = settings.IMPORT_WORKERS if workers is None else workers
        if workers < 1:
            raise CommandError("--workers doit valoir au moins 1")
        missing = [readable(p) for p in paths if not _exists(p)]
        if missing:
            raise CommandError("introuvable : " + ", ".join(missing))
        try:
            found = collect_items(paths, year=year, source=source)
        except ManifestError as error:
            raise CommandError(str(error)) from error
        drain_safely()  # what a killed run left queued
        results = []
        progress = ProgressBar(len(found.items), stream=sys.stderr, label="Import")
        speakers = load_speaker_index()
        # With cores to spare, another process writes the index while this one saves.
        background = workers > 1 and len(found.items) >= POOL_MIN_FILES
        with BackgroundDrainer(background) as drainer, batch_indexing(inline=not drainer.running), \
                deferred_recounts():
            for result in import_items(found.items, speakers, workers=workers):
                results.append(result)
                progress.advance()
        progress.close()
        self.stdout.write(format_summary(results, found.skipped))


def _exists(path: str) -> bool:
    # A dangling link exists as a path: it is reported as skipped, with its reason.
    return Path(path).exists() or Path(path).is_symlink()


def format_summary(results, skipped=()) -> str:
    """The French end-of-import report: counts, then each rejected file, each note, each skipped path."""
    counts = {status: sum(r.status == status for r in results)
              for status in (IMPORTED, UPDATED, UNCHANGED, REJECTED)}
    lines = [
        f"Import terminé : {counts[IMPORTED]} importé(s), {counts[UPDATED]} mis à jour, "
        f"{counts[UNCHANGED]} inchangé(s), {counts[REJECTED]} rejeté(s)."
    ]
    rejected = [r for r in results if r.status == REJECTED]
    if rejected:
        lines.append("Rejetés :")
        lines += [f"  - {r.item.display} : {r.reason}" for r in rejected]
    noted = [r for r in results if r.notes and r.status != REJECTED]
    if noted:
        lines.append("Remarques :")
        lines += [f"  - {r.item.display} : {' ; '.join(r.notes)}" for r in noted]
    if skipped:
        lines.append(f"Ignorés ({len(skipped)} chemin(s) qui ne sont pas des fichiers à importer) :")
        lines += [f"  - {s.display} : {s.reason}" for s in skipped]
    return "\n".join(lines)
