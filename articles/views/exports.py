"""CSV exports of a search, articles (`/?format=csv`) or quotes (`/quotes/?format=csv`).

Written for French spreadsheets: `;` between cells and UTF-8 with a BOM (README,
"Exports"). A cell a spreadsheet would run as a formula gets a leading apostrophe.
"""

import csv
from collections.abc import Iterator

from django.http import HttpResponse, StreamingHttpResponse

from ..filters import FilterError
from ..links import safe_url
from ..models import Quote
from ..search import build_search, iter_matches
from .errors import error_response
from .params import SearchRequest

CSV_LIMIT = 100_000
BATCH = 500
DELIMITER = ";"
BOM = "\ufeff"
# Excel and LibreOffice read a cell starting with one of these as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ARTICLE_COLUMNS = ["id", "date", "titre", "source", "personnes citées", "adresse", "article d'origine"]
QUOTE_COLUMNS = ["id", "date", "citation", "personne citée", "type", "verbe", "titre de l'article",
                 "source", "adresse de l'article"]
KIND_NAMES = {Quote.DIRECT: "directe", Quote.INDIRECT: "discours rapporté"}


def safe_cell(value) -> str:
    """'=1+1' → "'=1+1"; None → ''; anything else as text, unchanged."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    def write(self, value):
        return value


def _csv_response(rows: Iterator[list], columns: list[str], filename: str) -> StreamingHttpResponse:
    """Stream rows as a CSV download: big exports stay light in memory."""
    writer = csv.writer(_Echo(), delimiter=DELIMITER)

    def lines():
        yield BOM + writer.writerow(columns)
        for row in rows:
            yield writer.writerow([safe_cell(cell) for cell in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export(request, write) -> HttpResponse:
    """`?format=csv` of a search page: `write(request, wanted)`, or a French 400."""
    if request.GET.get("format") != "csv":
        return error_response(request, 400, "Format inconnu : seul format=csv est proposé.")
    try:
        wanted = SearchRequest(request.GET, paged=False)
    except FilterError as error:
        return error_response(request, 400, str(error))
    return write(request, wanted)


def articles_csv(request, wanted: SearchRequest) -> HttpResponse:
    """Every matching article (up to CSV_LIMIT) with its full title, date, source and speakers."""
    def rows():
        for hit in iter_matches(wanted.parsed, wanted.filters, CSV_LIMIT):
            article = hit.article
            yield [
                article.pk, article.iso_date, article.title, article.source.name if article.source else "",
                ", ".join(s.name for s in hit.speakers),
                request.build_absolute_uri(article.get_absolute_url()), safe_url(article.url),
            ]

    return _csv_response(rows(), ARTICLE_COLUMNS, "newsarchive-articles.csv")


def quotes_csv(request, wanted: SearchRequest) -> HttpResponse:
    """Every matching quotation (up to CSV_LIMIT), whole, with its speaker, kind and article."""
    def rows():
        for quote in _iter_quotes(wanted):
            article = quote.article
            yield [
                quote.pk, article.iso_date, quote.text, quote.speaker.name, KIND_NAMES.get(quote.kind, quote.kind),
                quote.verb, article.title, article.source.name if article.source else "",
                request.build_absolute_uri(article.get_absolute_url()),
            ]

    return _csv_response(rows(), QUOTE_COLUMNS, "newsarchive-citations.csv")


def _iter_quotes(wanted: SearchRequest) -> Iterator[Quote]:
    """The search's quotes in its order, loaded from the database a batch at a time."""
    sqs = build_search(wanted.parsed, wanted.filters, Quote)
    loaded = Quote.objects.select_related("speaker", "article__source").defer("article__raw_text", "article__body")
    for start in range(0, CSV_LIMIT, BATCH):
        pks = [int(result.pk) for result in sqs[start:start + BATCH]]
        quotes = loaded.in_bulk(pks)
        yield from (quotes[pk] for pk in pks if pk in quotes)
        if len(pks) < BATCH:
            return
