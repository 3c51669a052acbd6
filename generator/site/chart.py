"""A dot chart of money figures over time, as inline SVG made at build time.

Written by hand rather than with a plotting library: the output must be
byte-identical for the same input (pygal stamps a random id on every chart
and links its scripts from a CDN), carry its own text alternative
(<title>/<desc>), and take its colours from the theme so it reads in light
and dark mode. Colours and fonts come from CSS classes in extra.css.
"""

from __future__ import annotations

import math
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from generator.markdown import html_text

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 92, 16, 16, 40
MAX_POINTS = 400  # past this, each month keeps only its lowest and highest figure

_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


class Point(NamedTuple):  # a tuple: sorts and hashes in C, by day, value, label
    day: date
    value: float
    label: str  # what a tooltip says: the figure as printed and the article


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


def thin(points: list[Point]) -> tuple[list[Point], bool]:
    """At most MAX_POINTS dots: past that, each month's lowest and highest figure."""
    if len(points) <= MAX_POINTS:
        return points, False
    months: dict[tuple[int, int], list[Point]] = {}
    for p in points:
        months.setdefault((p.day.year, p.day.month), []).append(p)
    kept = []
    for group in months.values():
        group = sorted(group, key=_BY_VALUE)
        kept += [group[0]] + ([group[-1]] if len(group) > 1 else [])
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
    step = max(1, math.ceil(len(ticks) / 8))
    return ticks[::step]


def _tick_label(day: date, yearly: bool) -> str:
    return str(day.year) if yearly else day.strftime("%Y-%m")


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
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return LEFT + plot_w * (day - start).days / span

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value / top)

    title = f"{currency} figures over time"
    desc = (
        f"{len(points)} {currency} amounts from {first.isoformat()} to {last.isoformat()}, "
        f"lowest {amount(min(p.value for p in points))}, "
        f"highest {amount(max(p.value for p in points))} {currency}."
        + (" Each month shows only its lowest and highest amount." if thinned else "")
    )
    out = [
        f'<svg class="nd-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{html_text(title)}</title>',
        f'<desc id="{chart_id}-desc">{html_text(desc)}</desc>',
    ]
    for value in ticks_y:
        out.append(
            f'<line class="nd-grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
            f'y1="{y(value):.1f}" y2="{y(value):.1f}"/>'
        )
        out.append(
            f'<text class="nd-tick" x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end">'
            f"{html_text(amount(value))}</text>"
        )
    yearly = last.year - first.year >= 2
    for day in ticks_x:
        out.append(
            f'<text class="nd-tick" x="{x(day):.1f}" y="{HEIGHT - BOTTOM + 18}" '
            'text-anchor="middle">'
            f"{_tick_label(day, yearly)}</text>"
        )
    out.append(
        f'<line class="nd-axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
        f'y1="{TOP + plot_h}" y2="{TOP + plot_h}"/>'
    )
    out.append(f'<line class="nd-axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}"/>')
    for p in shown:
        out.append(
            f'<circle class="nd-dot" cx="{x(p.day):.1f}" cy="{y(p.value):.1f}" r="5">'
            f"<title>{html_text(p.label)}</title></circle>"
        )
    out.append("</svg>")
    return "".join(out)
