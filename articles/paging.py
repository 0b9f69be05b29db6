"""Page numbers from the query string, and pages of querysets."""

from django.core.paginator import EmptyPage, Page, Paginator

BAD_PAGE = "Numéro de page invalide : première page affichée."


class PageOutOfRange(Exception):
    """The requested page is past the last one."""


def page_number(params) -> tuple[int, str | None]:
    """'3' → (3, None); 'abc', '0', '-1' → (1, a French notice)."""
    raw = params.get("page", "1")
    if raw.isdigit() and int(raw) >= 1:
        return int(raw), None
    return 1, BAD_PAGE


def paginate(items, number: int, per_page: int) -> Page:
    """The number-th page; PageOutOfRange past the last page (page 1 always exists)."""
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
