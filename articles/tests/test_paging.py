"""Page numbers: ASCII digits only, capped, never int() of a huge string (pure)."""

import pytest

from articles.paging import BAD_PAGE, MAX_PAGE, PageOutOfRange, page_number, paginate


@pytest.mark.parametrize("raw, expected", [
    ("1", (1, None)), ("3", (3, None)), (" 7 ", (7, None)), ("007", (7, None)),
    (str(MAX_PAGE), (MAX_PAGE, None)), (str(MAX_PAGE + 1), (MAX_PAGE + 1, None)),
    ("9" * 309, (MAX_PAGE + 1, None)), ("9" * 5000, (MAX_PAGE + 1, None)),
    ("²", (1, BAD_PAGE)), ("¹²", (1, BAD_PAGE)), ("٣", (1, BAD_PAGE)), ("𝟗", (1, BAD_PAGE)),
    ("0", (1, BAD_PAGE)), ("000", (1, BAD_PAGE)), ("-1", (1, BAD_PAGE)), ("+2", (1, BAD_PAGE)),
    ("1e3", (1, BAD_PAGE)), ("abc", (1, BAD_PAGE)), ("", (1, BAD_PAGE)),
])
def test_page_number(raw, expected):
    assert page_number({"page": raw}) == expected


def test_no_page_is_the_first():
    assert page_number({}) == (1, None)


def test_pages_past_the_cap_are_out_of_range():
    with pytest.raises(PageOutOfRange):
        paginate(list(range(10)), MAX_PAGE + 1, per_page=1)
    assert paginate(list(range(10)), 3, per_page=2).object_list == [4, 5]
