import datetime
from dataclasses import replace

import pytest

from articles.filters import UNKNOWN_YEAR_VALUE, Filters
from articles.views.facets import _month_links, search_url

FILTERS = [
    Filters(),
    Filters(year=2018, month=3),
    Filters(year=UNKNOWN_YEAR_VALUE),
    Filters(date_from=datetime.date(2017, 1, 2), date_to=datetime.date(2019, 5, 6), sources=("Le Monde & Cie",)),
    Filters(date_to=datetime.date(2019, 5, 6), speakers=("sergei-lavrov", "jens"), quote_kind="direct",
            sort="newest", all_speakers=True),
    Filters(sources=("a=1&mois=2", "é ù"), sort="oldest"),
]


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("q", ["", "élections", 'l\'OTAN "accord de paix" & <b>'])
def test_month_links_are_the_search_urls_of_that_month(q, filters):
    link = _month_links(q, filters)
    for year, month in [(2018, 1), (1999, 12), (2024, 7)]:
        assert link(year, month) == search_url(q, replace(filters, year=year, month=month))
