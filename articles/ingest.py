"""Raw files → article records: collect files, parse them on every core, save each atomically.

Parsing (decode + clean + extract, `workers.py`) is apart from the database writes so it
runs in worker processes; saving stays in this process, in the files' order. Re-importing
a file is keyed on the SHA-256 of its bytes: the same bytes give "unchanged", never a
duplicate, even when another import saves the same file at the same moment. Nothing is
skipped without a word: every path that is not imported is listed with its reason.
"""

import csv
import datetime
import errno
import hashlib
import io
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from .attribution import ArchiveSpeakers, save_attribution
from .cleaning import CleanedArticle
from .decoding import RejectedFile, decode_raw
from .models import Article, Source, unique_slug
from .quotes import ExtractedQuote
from .workers import ParsePool, Parsed, parse_and_extract

MANIFEST_NAME = "manifest.csv"
logger = logging.getLogger(__name__)
IMPORTED, UPDATED, UNCHANGED, REJECTED = "imported", "updated", "unchanged", "rejected"
MIN_YEAR, MAX_YEAR = 1800, 2100
URL_MAX_CHARS = 1000  # Article.url's max_length
URL_SCHEMES = ("http", "https")
OS_REASONS = {
    errno.EACCES: "accès refusé", errno.EPERM: "accès refusé", errno.ENOENT: "fichier disparu",
    errno.EISDIR: "c'est un dossier", errno.EIO: "erreur d'entrée-sortie du disque",
    errno.ELOOP: "lien symbolique en boucle", errno.ENAMETOOLONG: "nom trop long",
}


@dataclass(frozen=True)
class ImportItem:
    """One file to import with what is known about it beyond its text."""

    path: Path
    year: int | None = None
    source: str | None = None
    url: str = ""
    notes: tuple[str, ...] = ()  # what the manifest or the file name needed fixing

    @property
    def name(self) -> str:
        """The file name as a person reads it, even when it is not UTF-8 on disk."""
        return readable(self.path.name)

    @property
    def display(self) -> str:
        return readable(str(self.path))


@dataclass(frozen=True)
class Skipped:
    """A path that is not a file to import, and why (French)."""

    path: Path
    reason: str

    @property
    def display(self) -> str:
        return readable(str(self.path))


@dataclass
class Collection:
    items: list[ImportItem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass
class ImportResult:
    item: ImportItem
    status: str
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    article: Article | None = None


class ManifestError(ValueError):
    """A manifest.csv that cannot be read; the message is for the user."""


def readable(name: str) -> str:
    """A path whose bytes are not UTF-8 (b"caf\\xe9") → "café", read as the legacy code page."""
    return _decode_name(name)[0]


def _decode_name(name: str) -> tuple[str, str]:
    """(readable name, encoding its bytes were read in)."""
    try:
        name.encode("utf-8")
        return name, "utf-8"
    except UnicodeEncodeError:
        raw = os.fsencode(name)  # the bytes on disk, kept by Python as lone surrogates
    try:
        decoded = decode_raw(raw)
        return decoded.text, decoded.encoding
    except RejectedFile:
        return raw.decode("utf-8", errors="replace"), "utf-8"


def max_file_bytes() -> int:
    return settings.IMPORT_MAX_BYTES


def collect_items(
    paths: Iterable[str | Path], year: int | None = None, source: str | None = None
) -> Collection:
    """Expand files and folders (recursively, following links once) into import items.

    Each folder's manifest.csv is read; command-line --year/--source fill in what a
    manifest row leaves empty. What is not a regular file is listed in `skipped`.
    """
    found = Collection()
    for path in map(Path, paths):
        kind = _kind(path)
        if kind == "dir":
            _collect_folder(path, year, source, found, set())
        elif kind == "file":
            found.items.append(_item(path, _manifest_entry(read_manifest(path.parent), path), year, source))
        else:
            found.skipped.append(Skipped(path, kind))
    return found


def _collect_folder(folder: Path, year, source, found: Collection, seen: set) -> None:
    try:
        info = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        found.skipped.append(Skipped(folder, f"dossier illisible ({os_reason(error)})"))
        return
    if (info.st_dev, info.st_ino) in seen:
        found.skipped.append(Skipped(folder, "dossier déjà parcouru (lien symbolique en boucle)"))
        return
    seen = seen | {(info.st_dev, info.st_ino)}
    manifest = read_manifest(folder)
    folders = []
    for entry in entries:
        path = Path(entry.path)
        if entry.name == MANIFEST_NAME:
            continue
        if entry.name.startswith("."):
            found.skipped.append(Skipped(path, "fichier ou dossier caché"))
            continue
        kind = _kind(path)
        if kind == "dir":
            folders.append(path)
        elif kind == "file":
            found.items.append(_item(path, _manifest_entry(manifest, path), year, source))
        else:
            found.skipped.append(Skipped(path, kind))
    for path in folders:
        _collect_folder(path, year, source, found, seen)


def _kind(path: Path) -> str:
    """"file", "dir", or why the path is neither (French)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if path.is_symlink() and error.errno == errno.ENOENT:
            return "lien symbolique cassé (sa cible n'existe pas)"
        return f"inaccessible ({os_reason(error)})"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode):
        return "tube nommé (FIFO), pas un fichier ordinaire"
    if stat.S_ISSOCK(mode):
        return "socket, pas un fichier ordinaire"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "périphérique, pas un fichier ordinaire"
    return "pas un fichier ordinaire"


def os_reason(error: OSError) -> str:
    """A French reason for an OS error: "accès refusé" for EACCES."""
    return OS_REASONS.get(error.errno, f"erreur système {errno.errorcode.get(error.errno, error.errno)}")


def _manifest_entry(manifest: dict[str, dict], path: Path) -> dict:
    # A manifest written by hand names the file as it reads, whatever bytes the disk holds.
    return manifest.get(path.name) or manifest.get(readable(path.name)) or {}


def _item(path: Path, entry: dict, year: int | None, source: str | None) -> ImportItem:
    notes = list(entry.get("notes", ()))
    name, encoding = _decode_name(path.name)
    if name != path.name:
        notes.append(f"nom de fichier hors UTF-8, lu en {encoding.removeprefix('utf-8+')}")
    return ImportItem(
        path=path,
        year=entry.get("year") or year,
        source=entry.get("source") or source,
        url=entry.get("url") or "",
        notes=tuple(notes),
    )


def read_manifest(folder: Path) -> dict[str, dict]:
    """Read folder/manifest.csv (file, year, source, url) in any encoding into {file name: row}."""
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    where = readable(str(manifest))
    try:
        text = decode_raw(manifest.read_bytes()).text
    except RejectedFile as rejection:
        raise ManifestError(f"{where} : {rejection.reason}") from None
    except OSError as error:
        raise ManifestError(f"{where} : lecture impossible ({os_reason(error)})") from None
    first_line = text.split("\n", 1)[0]
    # Spreadsheets set to French write ";" between columns.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    reader.fieldnames = [(name or "").strip().lower() for name in reader.fieldnames or []]
    if "file" not in reader.fieldnames:
        raise ManifestError(f"{where} : la colonne « file » est absente")
    rows = {}
    try:
        for line, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            if name:
                url, notes = _http_url(row.get("url"))
                rows[name] = {
                    "year": _parse_year(row.get("year"), f"{where}, ligne {line}"),
                    "source": (row.get("source") or "").strip() or None,
                    "url": url,
                    "notes": notes,
                }
    except csv.Error as error:
        raise ManifestError(f"{where} : CSV illisible ({error})") from None
    return rows


def _http_url(value: str | None) -> tuple[str, tuple[str, ...]]:
    """Keep an http(s) address only: "javascript:…" or "data:…" is dropped with a note."""
    value = (value or "").strip()
    if not value:
        return "", ()
    try:
        parts = urlsplit(value)
        valid = parts.scheme.lower() in URL_SCHEMES and bool(parts.hostname)
    except ValueError:
        valid = False
    if valid and len(value) <= URL_MAX_CHARS and value.isprintable() and " " not in value:
        return value, ()
    shown = value if len(value) <= 60 else value[:60] + "…"
    return "", (f"adresse « {shown} » ignorée : seules les adresses http(s) sont gardées",)


def _parse_year(value: str | None, where: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or not MIN_YEAR <= int(value) <= MAX_YEAR:
        raise ManifestError(f"{where} : année invalide « {value} »")
    return int(value)


def read_file(item: ImportItem, limit: int) -> bytes:
    """The file's bytes; RejectedFile when it cannot be read or is larger than `limit`."""
    try:
        with open(item.path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise RejectedFile("pas un fichier ordinaire")
            if info.st_size > limit:
                raise RejectedFile(_too_big(info.st_size, limit))
            data = handle.read(limit + 1)
    except OSError as error:
        raise RejectedFile(f"lecture impossible ({os_reason(error)})") from None
    if len(data) > limit:  # grew while being read
        raise RejectedFile(_too_big(len(data), limit))
    return data


def _too_big(size: int, limit: int) -> str:
    return (
        f"fichier trop volumineux ({_megabytes(size)}, limite {_megabytes(limit)} ; "
        "réglable par NEWSARCHIVE_IMPORT_MAX_BYTES)"
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")


def import_items(
    items: list[ImportItem], speakers: ArchiveSpeakers | None = None, workers: int = 1
) -> Iterator[ImportResult]:
    """Import files in order, parsed on `workers` processes; one result per item."""
    limit = max_file_bytes()
    with ParsePool(workers, len(items)) as pool:
        for (item, digest, early), parsed in pool.map(_jobs(items, limit)):
            if early is not None:
                yield early
            elif parsed is None:  # the same bytes are in the archive already
                yield _unchanged(item, digest, speakers)
            else:
                yield _save_parsed(item, digest, parsed, speakers)


def _jobs(items: list[ImportItem], limit: int) -> Iterator[tuple[tuple, bytes | None]]:
    """(item, digest, early result) with the bytes to parse, or None when nothing is to parse."""
    for item in items:
        try:
            data = read_file(item, limit)
        except RejectedFile as rejection:
            yield (item, "", ImportResult(item, REJECTED, reason=rejection.reason)), None
            continue
        digest = hashlib.sha256(data).hexdigest()
        known = Article.objects.filter(content_hash=digest).exists()
        yield (item, digest, None), None if known else data


def import_item(item: ImportItem, speakers: ArchiveSpeakers | None = None) -> ImportResult:
    """Import one file and extract its quotes; never raises for a bad file, reports it instead."""
    return next(import_items([item], speakers))


def _unchanged(item: ImportItem, digest: str, speakers) -> ImportResult:
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return _refresh_metadata(item, existing)
    try:  # deleted since it was looked up: parse it after all
        data = read_file(item, max_file_bytes())
    except RejectedFile as rejection:
        return ImportResult(item, REJECTED, reason=rejection.reason)
    return _save_parsed(item, digest, parse_and_extract(data), speakers)


def _save_parsed(item: ImportItem, digest: str, parsed: Parsed, speakers) -> ImportResult:
    if parsed.cleaned is None:
        return ImportResult(item, REJECTED, reason=parsed.reason)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:  # the same bytes earlier in this run, or saved by another import
        return _refresh_metadata(item, existing)
    notes = list(item.notes) + list(parsed.notes)
    if item.year is None and parsed.cleaned.header is not None:
        notes.append("année inconnue")
    if parsed.quote_error:
        notes.append(f"citations non extraites ({parsed.quote_error}), relancer extract_quotes")
    try:
        article = save_article(
            item, digest, parsed.raw_text, parsed.encoding, parsed.cleaned, notes, speakers,
            quotes=parsed.quotes, with_quotes=not parsed.quote_error,
        )
    except IntegrityError:
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        return _refresh_metadata(item, existing)  # another import saved it first
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
    quotes: list[ExtractedQuote] | None = None, with_quotes: bool = True,
) -> Article:
    """Create the article and everything derived from it in one transaction.

    `quotes` are the ones a worker extracted (None: extract them here); with_quotes False
    (extraction failed, as `notes` says) saves the article without quotes.
    """
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
            raw_name=item.name,
            content_hash=digest,
            import_notes="\n".join(notes),
        )
        article.save()
        if with_quotes:
            _attribute_safely(article, speakers, notes, quotes)
    return article


def _attribute_safely(article: Article, speakers, notes: list[str], quotes=None) -> None:
    """Save the quotes; a failure there must not lose the article: it is noted instead."""
    try:
        with transaction.atomic():
            save_attribution(article, speakers, extracted=quotes)
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
