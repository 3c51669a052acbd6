"""A dot chart of money figures over time, as inline SVG made at build time.

Written by hand rather than with a plotting library: the output must be
byte-identical for the same input (pygal stamps a random id on every chart
and links its scripts from a CDN), carry its own text alternative
(<title>/<desc>), and take its colours from the theme so it reads in light
and dark mode. Colours and text sizes come from CSS classes in
docs/stylesheets/tables.css (extra.css holds the older rules).
"""

from __future__ import annotations

import math
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from generator.markdown import html_text

WIDTH, HEIGHT = 640, 340
LEFT, RIGHT, TOP, BOTTOM = 76, 24, 36, 44
MAX_POINTS = 300  # past this, each month keeps only its lowest and highest figure per series
# Tick labels are laid out for the larger of the two text sizes tables.css gives them (a
# phone's, so they are 12 px or more at 390 px): this wide per character, in chart units.
CHAR_WIDTH = 0.58 * 23

_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")]
# What each series measures, as its legend says, and the mark it is drawn with; the site
# (figures_page.measure) decides which a figure belongs to.
SERIES = {
    "asked": ("Asked for by the US, or the total cost it claims", "square"),
    "share": ("Paid or offered by South Korea (its share)", "circle"),
    "other": ("Other amounts", "diamond"),
}


class Point(NamedTuple):  # a tuple: sorts and hashes in C, by day, value, label
    day: date
    value: float
    label: str  # what a tooltip says: the figure as printed and the article
    series: str = "other"  # a key of SERIES
    from_text: bool = False  # placed at a year its sentence names (else at the article's date)


def amount(value: float) -> str:
    """1500000000 -> '1.5 billion'; 950 -> '950'."""
    for size, word in _SCALES:
        if abs(value) >= size:
            scaled = value / size
            text = f"{scaled:,.4f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to just above top."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / (count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    ticks, value = [0.0], 0.0
    while value < top:
        value += step
        ticks.append(value)
    return ticks


_BY_VALUE = itemgetter(1, 0, 2)  # a Point's (value, day, label), made in C


# How thinning groups the points, finest first: by month, then by quarter, then by year.
_PERIODS = (1, 3, 12)


def thin(points: list[Point]) -> tuple[list[Point], bool]:
    """At most MAX_POINTS dots if it can: past that, the lowest and highest figure of each
    series in each month (or quarter, or year, when months still give too many)."""
    if len(points) <= MAX_POINTS:
        return points, False
    for months in _PERIODS:
        groups: dict[tuple[int, int, str], list[Point]] = {}
        for p in points:
            groups.setdefault((p.day.year, (p.day.month - 1) // months, p.series), []).append(p)
        kept = []
        for group in groups.values():
            group = sorted(group, key=_BY_VALUE)
            kept += [group[0]] + ([group[-1]] if len(group) > 1 else [])
        if len(kept) <= MAX_POINTS:
            break
    return sorted(kept), True


def _x_ticks(first: date, last: date) -> list[date]:
    if last.year - first.year >= 2:
        step = max(1, math.ceil((last.year - first.year + 1) / 8))
        return [date(y, 1, 1) for y in range(first.year, last.year + 2, step)]
    ticks, y, m = [], first.year, first.month
    while True:  # month starts, up to the one after the last figure
        ticks.append(date(y, m, 1))
        if (y, m) > (last.year, last.month):
            break
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    step = max(1, math.ceil(len(ticks) / 6))  # month labels are twice a year's length
    return ticks[::step]


def _tick_label(day: date, yearly: bool) -> str:
    return str(day.year) if yearly else day.strftime("%b %Y")


def _scale(top: float) -> tuple[float, str]:
    """The power of a thousand the y ticks are printed in, and its word: 1.5e12 -> trillion."""
    for size, word in _SCALES:
        if top >= size:
            return size, word
    return 1, ""


def _short(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def mark(series: str, x: float, y: float, from_text: bool, tip: str = "") -> str:
    """One dot: its series' shape and colour, filled when the sentence named its year."""
    shape = SERIES.get(series, SERIES["other"])[1]
    cls = f"nd-mark nd-s-{series} {'nd-from-text' if from_text else 'nd-at-article'}"
    title = f"<title>{html_text(tip)}</title>" if tip else ""
    if shape == "circle":
        return f'<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="6">{title}</circle>'
    if shape == "square":
        return (
            f'<rect class="{cls}" x="{x - 5.5:.1f}" y="{y - 5.5:.1f}" width="11" height="11">'
            f"{title}</rect>"
        )
    points = f"{x:.1f},{y - 7:.1f} {x + 7:.1f},{y:.1f} {x:.1f},{y + 7:.1f} {x - 7:.1f},{y:.1f}"
    return f'<polygon class="{cls}" points="{points}">{title}</polygon>'


def legend(series: list[str], hollow: bool) -> str:
    """The key under a chart, as HTML: each series' mark and what it measures, then what a
    hollow mark means."""
    items = [
        f'<li><svg class="nd-key" viewBox="0 0 16 16" aria-hidden="true">'
        f"{mark(key, 8, 8, True)}</svg>{html_text(SERIES[key][0])}</li>"
        for key in series
    ]
    if hollow:
        items.append(
            '<li><svg class="nd-key" viewBox="0 0 16 16" aria-hidden="true">'
            f"{mark(series[0], 8, 8, False)}</svg>Hollow: the sentence names no year, so the "
            "amount sits at the article's date</li>"
        )
    return '<ul class="nd-legend">' + "".join(items) + "</ul>"


def _same_marks(points: list[Point]) -> list[tuple[Point, int]]:
    """One mark for the points drawn on top of each other (the same amount for the same year,
    printed by many articles): the first of them and how many more there are."""
    marks: dict[tuple, list] = {}
    for p in points:
        marks.setdefault((p.day, p.value, p.series, p.from_text), [p, -1])[1] += 1
    return [(p, more) for p, more in marks.values()]


def _x_label(x: float, text: str, minor: bool) -> str:
    """A tick label that stays inside the chart: anchored at its end near the right edge."""
    half = len(text) * CHAR_WIDTH / 2
    anchor, at = "middle", x
    if x + half > WIDTH - 2:
        anchor, at = "end", WIDTH - 2
    elif x - half < 2:
        anchor, at = "start", 2
    cls = "nd-tick nd-minor" if minor else "nd-tick"
    return (
        f'<text class="{cls}" x="{at:.1f}" y="{HEIGHT - BOTTOM + 26}" text-anchor="{anchor}">'
        f"{html_text(text)}</text>"
    )


def svg(
    currency: str,
    points: list[Point],
    chart_id: str,
    thinned: tuple[list[Point], bool] | None = None,
) -> str:
    """The chart as one line-free block of SVG markup (safe to embed in Markdown). `thinned`:
    thin(sorted(points)), when the caller has it already (it is most of the chart's cost)."""
    points = sorted(points)
    shown, thinned = thinned or thin(points)
    first, last = points[0].day, points[-1].day
    ticks_x = _x_ticks(first, last)
    start, end = min(ticks_x[0], first), max(ticks_x[-1], last)
    span = max((end - start).days, 1)
    ticks_y = nice_ticks(max(p.value for p in points))
    top = ticks_y[-1]
    size, word = _scale(top)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return LEFT + plot_w * (day - start).days / span

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value / top)

    title = f"{currency} figures over time"
    counts = {key: sum(p.series == key for p in points) for key in SERIES}
    desc = (
        f"{len(points)} {currency} amount{'s' if len(points) != 1 else ''} from "
        f"{first.isoformat()} to {last.isoformat()}, "
        f"lowest {amount(min(p.value for p in points))}, "
        f"highest {amount(max(p.value for p in points))} {currency}: "
        + "; ".join(
            f"{n} {SERIES[k][0][0].lower()}{SERIES[k][0][1:]}" for k, n in counts.items() if n
        )
        + "."
        + (" Each period shows only its lowest and highest amount per series." if thinned else "")
    )
    out = [
        f'<svg class="nd-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{html_text(title)}</title>',
        f'<desc id="{chart_id}-desc">{html_text(desc)}</desc>',
        f'<text class="nd-tick nd-unit" x="2" y="{TOP - 14}">'
        f"{html_text(' '.join(filter(None, (currency, word))))}</text>",
    ]
    for value in ticks_y:
        out.append(
            f'<line class="nd-grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
            f'y1="{y(value):.1f}" y2="{y(value):.1f}"/>'
        )
        out.append(
            f'<text class="nd-tick" x="{LEFT - 8}" y="{y(value) + 7:.1f}" text-anchor="end">'
            f"{_short(value / size)}</text>"
        )
    yearly = last.year - first.year >= 2
    for n, day in enumerate(ticks_x):
        out.append(_x_label(x(day), _tick_label(day, yearly), n % 2 == 1))
    out.append(
        f'<line class="nd-axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
        f'y1="{TOP + plot_h}" y2="{TOP + plot_h}"/>'
    )
    out.append(f'<line class="nd-axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}"/>')
    for p, more in _same_marks(shown):
        tip = p.label + (f" and {more} more printing it" if more else "")
        out.append(mark(p.series, x(p.day), y(p.value), p.from_text, tip))
    out.append("</svg>")
    return "".join(out)
