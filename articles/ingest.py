"""Raw files → article records: collect files, parse them, upsert each one atomically.

Parsing (decode + clean) is apart from the database writes so it can be tested and
timed alone. Re-importing a file is keyed on the SHA-256 of its bytes: the same bytes
give "unchanged", never a duplicate.
"""

import csv
import datetime
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .attribution import ArchiveSpeakers, attribute_article
from .cleaning import CleanedArticle, RejectedFile, clean_article, decode_raw
from .models import Article, Source, unique_slug

MANIFEST_NAME = "manifest.csv"
logger = logging.getLogger(__name__)
IMPORTED, UPDATED, UNCHANGED, REJECTED = "imported", "updated", "unchanged", "rejected"
MIN_YEAR, MAX_YEAR = 1800, 2100


@dataclass(frozen=True)
class ImportItem:
    """One file to import with what is known about it beyond its text."""

    path: Path
    year: int | None = None
    source: str | None = None
    url: str = ""


@dataclass
class ImportResult:
    item: ImportItem
    status: str
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    article: Article | None = None


class ManifestError(ValueError):
    """A manifest.csv that cannot be read; the message is for the user."""


def collect_items(
    paths: Iterable[str | Path], year: int | None = None, source: str | None = None
) -> Iterator[ImportItem]:
    """Expand files and folders (recursively) into import items, reading each folder's manifest.

    Command-line --year/--source fill in what a manifest row leaves empty.
    """
    for path in map(Path, paths):
        if path.is_dir():
            yield from _collect_folder(path, year, source)
        else:
            entry = read_manifest(path.parent).get(path.name, {})
            yield _item(path, entry, year, source)


def _collect_folder(folder: Path, year: int | None, source: str | None) -> Iterator[ImportItem]:
    for current in sorted([folder, *[p for p in folder.rglob("*") if p.is_dir()]]):
        manifest = read_manifest(current)
        for path in sorted(current.iterdir()):
            if path.is_file() and path.name != MANIFEST_NAME and not path.name.startswith("."):
                yield _item(path, manifest.get(path.name, {}), year, source)


def _item(path: Path, entry: dict, year: int | None, source: str | None) -> ImportItem:
    return ImportItem(
        path=path,
        year=entry.get("year") or year,
        source=entry.get("source") or source,
        url=entry.get("url") or "",
    )


def read_manifest(folder: Path) -> dict[str, dict]:
    """Read folder/manifest.csv (file, year, source, url) into {file name: row}."""
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    rows = {}
    with manifest.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise ManifestError(f"{manifest} : la colonne « file » est absente")
        for line, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            if name:
                rows[name] = {
                    "year": _parse_year(row.get("year"), f"{manifest}, ligne {line}"),
                    "source": (row.get("source") or "").strip() or None,
                    "url": (row.get("url") or "").strip(),
                }
    return rows


def _parse_year(value: str | None, where: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or not MIN_YEAR <= int(value) <= MAX_YEAR:
        raise ManifestError(f"{where} : année invalide « {value} »")
    return int(value)


def parse_file(data: bytes) -> tuple[str, str, CleanedArticle]:
    """Decode and clean raw bytes → (raw text, encoding, cleaned article); raises RejectedFile."""
    text, encoding = decode_raw(data)
    return text, encoding, clean_article(text)


def import_item(item: ImportItem, speakers: ArchiveSpeakers | None = None) -> ImportResult:
    """Import one file and extract its quotes; never raises for a bad file, reports it instead."""
    try:
        data = item.path.read_bytes()
    except OSError as error:
        return ImportResult(item, REJECTED, reason=f"lecture impossible ({error.strerror})")
    digest = hashlib.sha256(data).hexdigest()
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return _refresh_metadata(item, existing)
    try:
        raw_text, encoding, cleaned = parse_file(data)
    except RejectedFile as rejection:
        return ImportResult(item, REJECTED, reason=rejection.reason)
    notes = list(cleaned.notes)
    if encoding not in ("utf-8", "utf-8-sig"):
        notes.insert(0, f"décodé en {encoding}")
    if item.year is None and cleaned.header is not None:
        notes.append("année inconnue")
    article = save_article(item, digest, raw_text, encoding, cleaned, notes, speakers)
    return ImportResult(item, IMPORTED, notes=notes, article=article)


def _refresh_metadata(item: ImportItem, article: Article) -> ImportResult:
    """Same bytes again: only fill a year or source that was unknown, never overwrite."""
    changed = []
    if article.year is None and item.year is not None:
        article.year = item.year
        changed.append("year")
    if article.source_id is None and item.source:
        article.source = source_named(item.source)
        changed.append("source")
    if not article.url and item.url:
        article.url = item.url
        changed.append("url")
    if not changed:
        return ImportResult(item, UNCHANGED, article=article)
    with transaction.atomic():
        article.save()
    return ImportResult(item, UPDATED, notes=[f"complété : {', '.join(changed)}"], article=article)


def save_article(
    item: ImportItem, digest: str, raw_text: str, encoding: str,
    cleaned: CleanedArticle, notes: list[str], speakers: ArchiveSpeakers | None = None,
) -> Article:
    """Create the article and everything derived from it in one transaction."""
    header = cleaned.header
    with transaction.atomic():
        article = Article(
            title=cleaned.title[:300],
            slug=_unique_slug(cleaned.title, digest),
            body=cleaned.body,
            source=source_named(item.source) if item.source else None,
            url=item.url,
            year=item.year,
            month=header.month if header else None,
            day=header.day if header else None,
            time=datetime.time(header.hour, header.minute) if header else None,
            raw_text=raw_text,
            raw_encoding=encoding,
            raw_name=item.path.name,
            content_hash=digest,
            import_notes="\n".join(notes),
        )
        article.save()
        _attribute_safely(article, speakers, notes)
    return article


def _attribute_safely(article: Article, speakers: ArchiveSpeakers | None, notes: list[str]) -> None:
    """Extract quotes; a failure there must not lose the article: it is noted instead."""
    try:
        with transaction.atomic():
            attribute_article(article, speakers)
    except Exception as error:  # noqa: BLE001 - any extraction bug; the article is kept
        logger.exception("quote extraction failed for %s", article.raw_name)
        notes.append(f"citations non extraites ({type(error).__name__}), relancer extract_quotes")
        article.import_notes = "\n".join(notes)
        article.save(update_fields=["import_notes"])


def source_named(name: str) -> Source:
    source = Source.objects.filter(name=name).first()
    if source is None:
        source = Source.objects.create(name=name, slug=unique_slug(Source, name, "source"))
    return source


def _unique_slug(title: str, digest: str) -> str:
    # The hash suffix keeps slugs stable across re-imports and unique across same titles.
    return f"{slugify(title)[:100].rstrip('-') or 'article'}-{digest[:8]}"
