"""The figures page: a chart of money figures over time per currency, and a
table of every figure (date, value with unit, as printed, sentence, article).

Each chart carries a <title>/<desc> and is followed by its data as a table,
so the numbers are there for readers who cannot see the picture.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from generator.markdown import escape, html_text
from generator.model import Article, Figure
from generator.site.chart import Point, amount, svg, thin
from generator.site.facts import headline
from generator.site.listing import counted, head, pager, parts
from generator.site.urls import article_href, md_link

_UNIT = attrgetter("figure.unit")
INLINE_ROWS = 400  # up to this many figures the full table is on figures.md
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class Row(NamedTuple):
    article: Article
    figure: Figure
    paragraph: int  # where the figure's sentence is, 0 when not found
    day: date | None  # the article's date
    cells: tuple[
        str, str, str, str
    ]  # date, value, as printed, sentence: HTML text, as on both tables
    headline: str  # the article's headline as HTML text


def rows(articles: list[Article]) -> list[Row]:
    """Every figure of every article: dated ones oldest first, then undated."""
    out = []
    for article in articles:
        figures = article.meta.figures
        if not figures:
            continue
        day = article.meta.date
        shown = day.isoformat() if day else "Undated"
        title = html_text(headline(article))
        find = _finder(article.cleaned.paragraphs)
        for index, (figure, first) in enumerate(zip(figures, _first_indexes(figures))):
            cells = (
                shown,
                html_text(_value(figure)),
                html_text(figure.text),
                html_text(figure.context),
            )
            row = Row(article, figure, find(figure.context), day, cells, title)
            out.append((day is None, day or date.min, article.slug, first, index, row))
    out.sort(key=lambda item: item[:4])  # ISO dates sort as dates do
    return [item[-1] for item in out]


def _first_indexes(figures: list[Figure]) -> list[int]:
    """figures.index(f) for each f, from one dict instead of comparing each with those before it."""
    first: dict = {}
    try:  # an equal Figure has the same class and fields (dataclass __eq__)
        return [
            first.setdefault((type(f), f.value, f.unit, f.text, f.context), i)
            for i, f in enumerate(figures)
        ]
    except TypeError:  # a field that cannot be hashed
        return [figures.index(f) for f in figures]


def _paragraph(paragraphs: list[str], sentence: str) -> int:
    """The number of the first paragraph holding the sentence, 0 if none does."""
    for number, paragraph in enumerate(paragraphs, 1):
        if sentence and sentence in paragraph:
            return number
    return 0


def _finder(paragraphs: list[str]):
    """_paragraph() for one article's figures: one search of the paragraphs joined by a character
    none of them (nor the sentence) holds, so a match lies in one paragraph, the first that has
    it."""
    text = "\x00".join(paragraphs)
    if text.count("\x00") != len(paragraphs) - 1 or not paragraphs:
        return lambda sentence: _paragraph(paragraphs, sentence)

    def find(sentence: str) -> int:
        if not sentence or "\x00" in sentence:
            return _paragraph(paragraphs, sentence)
        at = text.find(sentence)
        return 0 if at < 0 else text.count("\x00", 0, at) + 1

    return find


def _value(figure: Figure) -> str:
    value = figure.value
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{text}%" if figure.unit == "%" else f"{text} {figure.unit}"


def _link(row: Row, page: str) -> str:
    fragment = f"#p-{row.paragraph}" if row.paragraph else ""
    return f'<a href="{article_href(page, row.article.slug)}{fragment}">{row.headline}</a>'


def table(selected: list[Row], page: str, caption: str, with_sentence: bool = True) -> list[str]:
    head_cells = (
        ["Date", "Value", "As printed"] + (["Sentence"] if with_sentence else []) + ["Article"]
    )
    body = []
    for row in selected:
        day, value, text, sentence = row.cells
        sentence = f"<td>{sentence}</td>" if with_sentence else ""
        body.append(
            f"<tr><td>{day}</td><td>{value}</td><td>{text}</td>{sentence}"
            f"<td>{_link(row, page)}</td></tr>"
        )
    header = "".join(f'<th scope="col">{c}</th>' for c in head_cells)
    return [
        f'<div class="nd-scroll"><table class="nd-figures"><caption>{html_text(caption)}</caption>'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table></div>",
        "",
    ]


def _points(money: list[Row]) -> list[Point]:
    return [
        Point(
            r.day,
            float(r.figure.value),
            f"{r.day.isoformat()}: {r.figure.text} ({headline(r.article)})",
        )
        for r in money
    ]


def charts(all_rows: list[Row], page: str) -> list[str]:
    money = [r for r in all_rows if r.day and _CURRENCY.match(r.figure.unit)]
    if not money:
        return ["No dated money figures yet, so there is no chart.", ""]
    by_unit = sorted(
        ((u, list(g)) for u, g in groupby(sorted(money, key=_UNIT), key=_UNIT)),
        key=lambda item: (-len(item[1]), item[0]),
    )
    out = [
        "## Money over time",
        "",
        "One chart per currency: each dot is an amount an article printed, "
        "placed at the article's publication date. The data of each chart follows it as a table.",
        "",
    ]
    for unit, group in by_unit:
        chart_id = f"chart-{unit.lower()}"
        points = _points(group)
        shown, thinned = thin(sorted(points))
        out += [
            f"### {unit}",
            "",
            f'<figure class="nd-chartbox">{svg(unit, points, chart_id, (shown, thinned))}'
            f"<figcaption>{html_text(_caption(unit, group, thinned))}</figcaption></figure>",
            "",
        ]
        plotted = set(shown)
        data = [r for r, p in zip(group, points) if p in plotted]
        out += table(data, page, f"Data for the {unit} chart", with_sentence=False)
    return out


def _caption(unit: str, group: list[Row], thinned: bool) -> str:
    values = [float(r.figure.value) for r in group]
    text = (
        f"{len(group)} {unit} amounts, {group[0].day.isoformat()} to {group[-1].day.isoformat()}; "
        f"lowest {amount(min(values))}, highest {amount(max(values))}."
    )
    return text + (" Each month shows only its lowest and highest amount." if thinned else "")


def render_figures_pages(articles: list[Article]) -> dict[str, str]:
    all_rows = rows(articles)
    lines = head("Figures") + [
        "# Figures",
        "",
        escape(
            f"{len(all_rows)} money amounts and percentages printed in the articles, "
            "with the sentence each comes from."
        ),
        "Download them all as [figures.csv](figures.csv).",
        "",
    ]
    lines += charts(all_rows, "figures.md")
    out: dict[str, str] = {}
    lines += ["## Every figure", ""]
    if len(all_rows) <= INLINE_ROWS:
        lines += table(all_rows, "figures.md", "Every figure, oldest first")
    else:
        for label, group in groupby(
            all_rows, key=lambda r: str(r.day.year) if r.day else "undated"
        ):
            group = list(group)
            split = parts(f"figures/{label}", group)
            lines.append(
                f"- [{label.capitalize()}]({md_link('figures.md', split[0][0])}) "
                f"({len(group)} figures)"
            )
            out.update(_part_pages(label, split))
        lines.append("")
    out["figures.md"] = "\n".join(lines)
    return out


def _part_pages(label: str, split: list[tuple[str, list[Row]]]) -> dict[str, str]:
    names = [name for name, _ in split]
    out = {}
    for name, group in split:
        title = f"Figures {label}" if label != "undated" else "Figures from undated articles"
        lines = head(title) + [
            f"# {escape(title)}",
            "",
            f"[All figures]({md_link(name, 'figures.md')})",
            "",
        ]
        lines += pager(names, name) + table(group, name, title) + pager(names, name)
        out[name] = "\n".join(lines)
    return out
