import xml.etree.ElementTree as ET

import pytest
from django.utils.safestring import SafeString

from articles.charts import (
    MIN_LABEL_GAP,
    chart_caption,
    describe_series,
    format_count,
    format_month,
    month_series,
    render_month_chart,
)

SVG = "{http://www.w3.org/2000/svg}"
LABEL_WIDTH = 24  # "2018" or "janv." at the chart's font size, as the module assumes


def _months(count: int, start=(2018, 3), value=lambda index: index % 7 + 1):
    """count consecutive months from start, with made-up counts."""
    first = start[0] * 12 + start[1] - 1
    return [((first + i) // 12, (first + i) % 12 + 1, value(i)) for i in range(count)]


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _bars(root: ET.Element) -> list[ET.Element]:
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "bar"]


def _x_labels(root: ET.Element) -> list[ET.Element]:
    # The y-axis labels are the right-aligned ones.
    return [t for t in root.iter(f"{SVG}text") if t.get("text-anchor") != "end"]


def _search_link(year: int, month: int) -> str:
    return f"/recherche/?q=otan&mois={year}-{month:02}"


@pytest.mark.parametrize(
    "counts, series",
    [
        ({(2018, 2): 3, (2018, 5): 1}, [(2018, 2, 3), (2018, 3, 0), (2018, 4, 0), (2018, 5, 1)]),
        (
            {(2019, 2): 1, (2018, 11): 2},
            [(2018, 11, 2), (2018, 12, 0), (2019, 1, 0), (2019, 2, 1)],
        ),
        ({(2018, 12): 4, (2019, 1): 5}, [(2018, 12, 4), (2019, 1, 5)]),
        ({(2020, 7): 9}, [(2020, 7, 9)]),
        ({}, []),
    ],
)
def test_month_series_is_sorted_and_fills_gaps_with_zero(counts, series):
    assert month_series(counts) == series


def test_month_series_spans_thirty_years():
    series = month_series({(1994, 1): 1, (2023, 12): 1})
    assert len(series) == 360
    assert series[12] == (1995, 1, 0)


def test_empty_series_renders_nothing():
    svg = render_month_chart([], title="Articles par mois")
    assert svg == ""
    assert isinstance(svg, SafeString)


def test_chart_is_an_accessible_image():
    root = _parse(render_month_chart(_months(5), title="Articles par mois"))
    assert root.get("role") == "img"
    assert root.get("class") == "chart"
    assert root.get("viewBox").startswith("0 0 ")
    assert root.find(f"{SVG}title").text == "Articles par mois"
    assert root.find(f"{SVG}desc").text.startswith("15 articles de mars 2018 à juillet 2018")


@pytest.mark.parametrize("months", [1, 2, 12, 24, 25, 61, 360])
def test_one_bar_per_month(months):
    root = _parse(render_month_chart(_months(months), title="Articles par mois"))
    assert len(_bars(root)) == months


def test_bar_heights_are_proportional_to_counts():
    series = [(2018, 1, 8), (2018, 2, 4), (2018, 3, 2), (2018, 4, 0), (2018, 5, 6)]
    root = _parse(render_month_chart(series, title="Articles par mois"))
    heights = [float(bar.get("height")) for bar in _bars(root)]
    axis, grid = [line for line in root.iter(f"{SVG}line")][:2]
    full = float(axis.get("y1")) - float(grid.get("y1"))
    assert heights[0] == pytest.approx(full, abs=0.1)
    assert heights == pytest.approx([full * count / 8 for _, _, count in series], abs=0.1)


def test_zero_month_keeps_its_slot_without_a_visible_bar():
    root = _parse(render_month_chart([(2018, 1, 3), (2018, 2, 0), (2018, 3, 3)], title="t"))
    bars = _bars(root)
    assert [bar.get("x") for bar in bars] == ["0", "1", "2"]
    assert float(bars[1].get("height")) == 0


def test_tiny_count_next_to_a_peak_still_shows():
    root = _parse(render_month_chart([(2018, 1, 5000), (2018, 2, 1)], title="t"))
    assert float(_bars(root)[1].get("height")) >= 1


def test_bars_link_to_their_month_escaped():
    series = [(2018, 12, 2), (2019, 1, 0), (2019, 2, 5)]
    svg = render_month_chart(series, title="Articles par mois", link=_search_link)
    assert 'href="/recherche/?q=otan&amp;mois=2018-12"' in svg
    assert 'href="/recherche/?q=otan&amp;mois=2019-02"' in svg
    # The empty month has nothing to click.
    assert "mois=2019-01" not in svg
    assert [a.get("href") for a in _parse(svg).iter(f"{SVG}a")] == [
        "/recherche/?q=otan&mois=2018-12",
        "/recherche/?q=otan&mois=2019-02",
    ]


def test_link_cannot_break_out_of_its_attribute():
    svg = render_month_chart([(2018, 1, 1)], title="t", link=lambda y, m: '/?q="><script>')
    assert "<script>" not in svg
    assert 'href="/?q=&quot;&gt;&lt;script&gt;"' in svg


def test_no_links_without_a_link_function():
    svg = render_month_chart(_months(6), title="Articles par mois")
    assert "<a " not in svg


@pytest.mark.parametrize(
    "title",
    ['<script>alert("x")</script>', "Citations de « Lavrov » & co", "</title><rect/>"],
)
def test_title_is_escaped(title):
    svg = render_month_chart(_months(3), title=title)
    assert "<script>" not in svg
    assert "</title><rect/>" not in svg
    assert _parse(svg).find(f"{SVG}title").text == title


@pytest.mark.parametrize(
    "count, unit, tooltip",
    [
        (0, ("article", "articles"), "mars 2018 : 0 article"),
        (1, ("article", "articles"), "mars 2018 : 1 article"),
        (3, ("article", "articles"), "mars 2018 : 3 articles"),
        (1234, ("article", "articles"), "mars 2018 : 1\u00a0234 articles"),
        (1, ("citation", "citations"), "mars 2018 : 1 citation"),
        (2, ("citation", "citations"), "mars 2018 : 2 citations"),
    ],
)
def test_bar_tooltip_is_french_with_singular_and_plural(count, unit, tooltip):
    root = _parse(render_month_chart([(2018, 3, count)], title="t", unit=unit))
    assert _bars(root)[0].find(f"{SVG}title").text == tooltip


@pytest.mark.parametrize(
    "month, name",
    [(1, "janvier 2018"), (2, "février 2018"), (8, "août 2018"), (12, "décembre 2018")],
)
def test_months_are_named_in_french(month, name):
    assert format_month(2018, month) == name


def test_count_of_zero_is_singular_in_french():
    assert format_count(0) == "0 article"
    assert format_count(0, ("citation", "citations")) == "0 citation"


def test_description_summarises_total_span_and_busiest_month():
    series = [(2018, 11, 2), (2018, 12, 7), (2019, 1, 1)]
    assert describe_series(series, ("citation", "citations")) == (
        "10 citations de novembre 2018 à janvier 2019 ; maximum : 7 citations en décembre 2018."
    )
    assert describe_series([(2018, 3, 0)]) == "0 article en mars 2018."


def test_y_axis_shows_zero_and_the_maximum():
    root = _parse(render_month_chart([(2018, 1, 1500), (2018, 2, 3)], title="t"))
    y_labels = [t.text for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "end"]
    assert y_labels == ["0", "1\u00a0500"]


def test_short_series_labels_months_and_years_at_january_and_first_bar():
    root = _parse(render_month_chart(_months(6, start=(2018, 11)), title="t"))
    texts = [t.text for t in _x_labels(root)]
    assert texts == ["nov.", "déc.", "janv.", "févr.", "mars", "avr.", "2018", "2019"]


@pytest.mark.parametrize("months", [25, 60, 120, 360])
def test_long_series_labels_years_only(months):
    root = _parse(render_month_chart(_months(months), title="t"))
    texts = [t.text for t in _x_labels(root)]
    assert texts
    assert all(text.isdigit() and len(text) == 4 for text in texts)
    assert texts == sorted(texts)


@pytest.mark.parametrize("months", [1, 7, 12, 24, 25, 40, 61, 120, 250, 360])
@pytest.mark.parametrize("width", [720, 400])
@pytest.mark.parametrize("start", [(1994, 11), (1994, 2)])
def test_axis_labels_never_overlap_nor_leave_the_picture(months, width, start):
    root = _parse(render_month_chart(_months(months, start=start), title="t", width=width))
    picture_width = float(root.get("width"))
    rows = {}
    for label in _x_labels(root):
        x = float(label.get("x"))
        start = x - LABEL_WIDTH / 2 if label.get("text-anchor") == "middle" else x
        assert -4 <= start and start + LABEL_WIDTH <= picture_width + 4
        rows.setdefault(label.get("y"), []).append(start)
    for starts in rows.values():
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        assert all(gap >= LABEL_WIDTH + 4 for gap in gaps), gaps
    assert MIN_LABEL_GAP >= LABEL_WIDTH + 4


def test_few_months_make_a_compact_chart_many_months_fit_the_width():
    one = _parse(render_month_chart(_months(1), title="t"))
    many = _parse(render_month_chart(_months(360), title="t"))
    assert float(one.get("width")) < 100
    assert float(many.get("width")) <= 720


def test_thirty_years_with_links_stay_under_sixty_kilobytes():
    series = _months(360, start=(1994, 1), value=lambda index: 1000 + index)
    svg = render_month_chart(series, title="Articles par mois", link=_search_link)
    assert len(_bars(_parse(svg))) == 360
    assert len(svg.encode()) < 60_000


def test_output_is_deterministic():
    series = _months(40)
    first = render_month_chart(series, title="Articles par mois", link=_search_link)
    assert render_month_chart(series, title="Articles par mois", link=_search_link) == first
    assert " id=" not in first


def test_chart_with_bar_links_is_a_group_so_its_links_stay_reachable():
    root = _parse(render_month_chart(_months(5), title="Articles par mois", link=lambda y, m: f"?annee={y}"))
    assert root.get("role") == "group"
    assert root.find(f"{SVG}title").text == "Articles par mois"


def test_chart_caption_says_the_chart_in_words():
    assert chart_caption(_months(5), "Articles par mois").startswith("Articles par mois : 15 articles de mars 2018")
    assert chart_caption([], "Articles par mois") == ""
