import pytest

from articles.templatetags.pages import page_numbers


@pytest.mark.parametrize("number, num_pages, expected", [
    (1, 1, [1]),
    (1, 3, [1, 2, 3]),
    (6, 20, [1, None, 4, 5, 6, 7, 8, None, 20]),
    (4, 20, [1, 2, 3, 4, 5, 6, None, 20]),  # a gap of one page shows the page
    (20, 20, [1, None, 18, 19, 20]),
])
def test_page_numbers_keep_first_last_and_neighbours(number, num_pages, expected):
    assert page_numbers(number, num_pages) == expected
