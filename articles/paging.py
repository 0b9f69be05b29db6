"""Page numbers from the query string, and pages of querysets."""

from django.core.paginator import EmptyPage, Page, Paginator

BAD_PAGE = "Numéro de page invalide : première page affichée."
# Past this, a page is out of range whatever the archive holds: deep pages cost a search
# engine a scan of every hit before them, and a number of 309 digits overflowed haystack.
MAX_PAGE = 10_000


class PageOutOfRange(Exception):
    """The requested page is past the last one."""


def page_number(params) -> tuple[int, str | None]:
    """'3' → (3, None); 'abc', '0', '-1', '²' → (1, a French notice); '99999999' → (MAX_PAGE + 1, None).

    A number past MAX_PAGE comes back as MAX_PAGE + 1, which `paginate` and the searches
    answer as out of range (404).
    """
    raw = params.get("page", "1").strip()
    digits = raw.lstrip("0")
    if not raw.isascii() or not raw.isdigit() or not digits:
        return 1, BAD_PAGE
    if len(digits) > len(str(MAX_PAGE)):  # never int() a 5,000-digit string
        return MAX_PAGE + 1, None
    return min(int(digits), MAX_PAGE + 1), None


def paginate(items, number: int, per_page: int) -> Page:
    """The number-th page; PageOutOfRange past the last page (page 1 always exists)."""
    if number > MAX_PAGE:
        raise PageOutOfRange
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(number)
    except EmptyPage as error:
        if number > 1:
            raise PageOutOfRange from error
        return paginator.page(1)


def next_url(request, page: Page) -> str | None:
    """Absolute URL of the next page, keeping the other parameters."""
    if not page.has_next():
        return None
    params = request.GET.copy()
    params["page"] = page.next_page_number()
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
