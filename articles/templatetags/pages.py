"""Numbered pagination links that keep every other query parameter."""

from urllib.parse import urlencode

from django import template

register = template.Library()

AROUND = 2  # pages shown either side of the current one


def page_numbers(number: int, num_pages: int, around: int = AROUND) -> list[int | None]:
    """(6, 20) → [1, None, 4, 5, 6, 7, 8, None, 20]; None stands for a gap ("…")."""
    shown = sorted({1, num_pages, *range(max(1, number - around), min(num_pages, number + around) + 1)})
    numbers: list[int | None] = []
    for page in shown:
        if numbers and page - numbers[-1] == 2:
            numbers.append(page - 1)  # a gap of one page is shown, not replaced by "…"
        elif numbers and page - numbers[-1] > 2:
            numbers.append(None)
        numbers.append(page)
    return numbers


def _url(context, number: int) -> str:
    params = [(k, v) for k, values in context["request"].GET.lists() if k != "page" for v in values]
    return "?" + urlencode(params + [("page", number)])


@register.simple_tag(takes_context=True)
def page_links(context, number: int, num_pages: int) -> list[dict]:
    """Each link of the pagination: {"number", "url", "current"}, or a gap {"number": None}."""
    return [{"number": n, "current": n == number, "url": _url(context, n) if n else ""}
            for n in page_numbers(number, num_pages)]


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    """This page's address at another page number."""
    return _url(context, number)
