"""Bar charts of counts per month as inline SVG, for pages rendered on the server.

No JavaScript and no charting service: the page gets an <svg> that draws itself, with a
French tooltip per bar and, when asked, a link per bar. Presentational attributes (fill,
stroke, font) make it readable without CSS; the classes `chart`, `bar`, `axis` and `label`
are there for the stylesheet. The output depends only on the input, so pages stay cacheable.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

MONTH_NAMES = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
MONTH_ABBREVIATIONS = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)
ARTICLES = ("article", "articles")

BAR_FILL = "#3b6ea5"
TEXT_FILL = "#555"
AXIS_STROKE = "#888"
GRID_STROKE = "#ddd"
FONT_SIZE = 10
DIGIT_WIDTH = 6  # rough advance of a digit at FONT_SIZE, to fit the y-axis label
MARGIN_TOP = 8
MARGIN_RIGHT = 14  # room for the last month label to spill past its bar
MIN_MARGIN_LEFT = 20
MAX_SLOT = 40  # px per month: three months make three bars, not a wall
MIN_BAR_HEIGHT = 1  # one article next to a peak of 500 still shows
MONTH_LABELS_UP_TO = 24  # longer series get year labels only
YEAR_LABEL_WIDTH = 4 * DIGIT_WIDTH
MIN_LABEL_GAP = 32  # px from one x-axis label to the next; "janv." or "2018" is about 24 px wide
MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10, 20)

Series = Sequence[tuple[int, int, int]]


@dataclass(frozen=True)
class _Frame:
    """Where the plot sits inside the picture, in SVG user units (px)."""

    left: float
    slot: float
    plot_height: float
    width: float
    height: float

    @property
    def baseline(self) -> float:
        return MARGIN_TOP + self.plot_height

    def slot_x(self, index: int) -> float:
        return self.left + index * self.slot


def month_series(counts: Mapping[tuple[int, int], int]) -> list[tuple[int, int, int]]:
    """Fill gaps with 0: {(2018, 2): 3, (2018, 4): 1} → [(2018,2,3), (2018,3,0), (2018,4,1)]."""
    if not counts:
        return []
    indexes = [year * 12 + month - 1 for year, month in counts]
    series = []
    for index in range(min(indexes), max(indexes) + 1):
        year, month = divmod(index, 12)
        series.append((year, month + 1, counts.get((year, month + 1), 0)))
    return series


def format_month(year: int, month: int) -> str:
    """(2018, 3) → "mars 2018"."""
    return f"{MONTH_NAMES[month - 1]} {year}"


def format_count(count: int, unit: tuple[str, str] = ARTICLES) -> str:
    """1234 → "1 234 articles" (no-break space); French keeps 0 and 1 singular: "0 article"."""
    word = unit[0] if count <= 1 else unit[1]
    return f"{_number(count)} {word}"


def render_month_chart(
    series: Series,
    *,
    title: str,
    link: Callable[[int, int], str] | None = None,
    unit: tuple[str, str] = ARTICLES,
    width: int = 720,
    height: int = 160,
) -> SafeString:
    """[(2018, 3, 3), …] → '<svg class="chart" role="img" …>…</svg>' (role="group" with links); [] → ""."""
    if not series:
        return mark_safe("")
    peak = max(max(count for _, _, count in series), 0)
    frame = _fit_frame(len(series), peak, width, height)
    return format_html(
        '<svg class="chart" role="{}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}"'
        ' width="{}" height="{}" font-family="sans-serif" font-size="{}">'
        "<title>{}</title><desc>{}</desc>{}{}{}</svg>",
        # An image's children are hidden from assistive technology: with links, a group.
        "group" if link else "img", _px(frame.width), _px(frame.height), _px(frame.width), _px(frame.height), FONT_SIZE,
        title, describe_series(series, unit),
        _render_y_axis(frame, peak), _render_bars(series, frame, peak, link, unit),
        _render_x_labels(series, frame),
    )


def chart_caption(series: Series, title: str, unit: tuple[str, str] = ARTICLES) -> str:
    """The caption printed under a chart: "Articles par mois : 12 articles de mars 2018 à …"; [] → ""."""
    return f"{title} : {describe_series(series, unit)}" if series else ""


def describe_series(series: Series, unit: tuple[str, str] = ARTICLES) -> str:
    """The chart as one French sentence: "12 articles de mars 2018 à mai 2018 ; maximum : …"."""
    first, last = format_month(*series[0][:2]), format_month(*series[-1][:2])
    span = f"en {first}" if len(series) == 1 else f"de {first} à {last}"
    total = sum(max(count, 0) for _, _, count in series)
    year, month, peak = max(series, key=lambda item: item[2])
    if peak <= 0:
        return f"{format_count(0, unit)} {span}."
    busiest = f"{format_count(peak, unit)} en {format_month(year, month)}"
    return f"{format_count(total, unit)} {span} ; maximum : {busiest}."


def _fit_frame(months: int, peak: int, width: int, height: int) -> _Frame:
    # Short series shrink the picture instead of widening the bars.
    left = max(MIN_MARGIN_LEFT, DIGIT_WIDTH * len(_number(peak)) + 8)
    slot = min(MAX_SLOT, (width - left - MARGIN_RIGHT) / months)
    bottom = 28 if months <= MONTH_LABELS_UP_TO else 18  # two label rows or one
    natural_width = left + months * slot + MARGIN_RIGHT
    return _Frame(left, slot, height - MARGIN_TOP - bottom, min(width, natural_width), height)


def _render_y_axis(frame: _Frame, peak: int) -> SafeString:
    right = frame.width - MARGIN_RIGHT
    label_x = frame.left - 4
    parts = [
        format_html(
            '<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>',
            _px(frame.left), _px(frame.baseline), _px(right), _px(frame.baseline), AXIS_STROKE,
        ),
        _text(label_x, frame.baseline + 3.5, "0", "end"),
    ]
    if peak > 0:
        parts += [
            format_html(
                '<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"'
                ' stroke-dasharray="2 2"/>',
                _px(frame.left), MARGIN_TOP, _px(right), MARGIN_TOP, GRID_STROKE,
            ),
            _text(label_x, MARGIN_TOP + 3.5, _number(peak), "end"),
        ]
    return _join(parts)


def _render_bars(
    series: Series, frame: _Frame, peak: int, link: Callable[[int, int], str] | None,
    unit: tuple[str, str],
) -> SafeString:
    # The group maps one unit of x to one slot and flips y, so a bar needs no y and its x is
    # its index: at 360 months that keeps the picture under 60 KB.
    gap = 0 if frame.slot < 3 else max(1, frame.slot * 0.2)  # 1 px of 1.9 would halve bars
    bar_width = escape(_px((frame.slot - gap) / frame.slot, digits=2))
    bars = []
    # What format_html would give, escaping each value, without its per-call cost: a
    # chart of ten years is 120 bars, on every search page.
    for index, (year, month, count) in enumerate(series):
        bar = (f'<rect class="bar" x="{index}" width="{bar_width}"'
               f' height="{escape(_px(_bar_height(count, peak, frame.plot_height)))}">'
               f"<title>{escape(format_month(year, month))} : {escape(format_count(count, unit))}</title></rect>")
        # A zero bar has no area to click, so its link would only add bytes.
        if link and count > 0:
            bar = f'<a href="{escape(link(year, month))}">{bar}</a>'
        bars.append(bar)
    return format_html(
        '<g fill="{}" transform="matrix({} 0 0 -1 {} {})">{}</g>',
        BAR_FILL, _px(frame.slot, digits=3), _px(frame.left + gap / 2), _px(frame.baseline),
        mark_safe("".join(bars)),
    )


def _bar_height(count: int, peak: int, plot_height: float) -> float:
    if count <= 0 or peak <= 0:
        return 0
    return max(MIN_BAR_HEIGHT, plot_height * count / peak)


def _render_x_labels(series: Series, frame: _Frame) -> SafeString:
    if len(series) <= MONTH_LABELS_UP_TO:
        return _join(_month_labels(series, frame))
    return _join(_year_labels(series, frame))


def _month_labels(series: Series, frame: _Frame) -> list[SafeString]:
    # Row 1: month names, every month or every 2nd/3rd/6th so they never touch; row 2: years.
    step = _pick_step(MONTH_STEPS, frame.slot)
    month_row, year_row = frame.baseline + 12, frame.baseline + 24
    labels = []
    for index, (_, month, _) in enumerate(series):
        if (month - 1) % step == 0:
            centre = frame.slot_x(index) + frame.slot / 2
            labels.append(_text(centre, month_row, MONTH_ABBREVIATIONS[month - 1], "middle"))
    for index in _year_starts(series, frame.slot, step=1):
        centre = frame.slot_x(index) + frame.slot / 2
        labels.append(_text(centre, year_row, str(series[index][0]), "middle"))
    return labels


def _year_labels(series: Series, frame: _Frame) -> list[SafeString]:
    # A tick where the year starts, the year just after it: reads as "from here on, 2019".
    step = _pick_step(YEAR_STEPS, frame.slot * 12)
    labels = []
    for index in _year_starts(series, frame.slot, step):
        x = frame.slot_x(index)
        if x + 2 + YEAR_LABEL_WIDTH > frame.width:
            break  # a January too close to the right edge would be cut in half
        labels.append(
            format_html(
                '<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"/>',
                _px(x), _px(frame.baseline), _px(x), _px(frame.baseline + 4), AXIS_STROKE,
            )
        )
        labels.append(_text(x + 2, frame.baseline + 14, str(series[index][0]), "start"))
    return labels


def _year_starts(series: Series, slot: float, step: int) -> list[int]:
    """Indexes to label with a year: every step-th January, and the first bar if it has room."""
    januaries = [
        index
        for index, (year, month, _) in enumerate(series)
        if month == 1 and year % step == 0
    ]
    # The first bar's year would collide with a January label a few px to its right.
    if januaries and januaries[0] == 0:
        return januaries
    if not januaries or januaries[0] * slot >= MIN_LABEL_GAP:
        return [0, *januaries]
    return januaries


def _pick_step(steps: Sequence[int], spacing: float) -> int:
    """The smallest step that puts labels at least MIN_LABEL_GAP apart: (1, 2, 3), 12 px → 3."""
    return next((step for step in steps if step * spacing >= MIN_LABEL_GAP), steps[-1])


def _text(x: float, y: float, text: str, anchor: str) -> SafeString:
    return format_html(
        '<text class="label" x="{}" y="{}" text-anchor="{}" fill="{}">{}</text>',
        _px(x), _px(y), anchor, TEXT_FILL, text,
    )


def _number(count: int) -> str:
    return f"{count:,}".replace(",", "\u00a0")


def _px(value: float, digits: int = 1) -> str:
    """A coordinate without trailing zeros: 12.0 → "12", 3.14159 → "3.1"."""
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


def _join(parts: Sequence[SafeString]) -> SafeString:
    # Every part comes from format_html, so the joined string is as safe as its parts.
    return mark_safe("".join(parts))
