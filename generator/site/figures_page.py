"""The figures page: a chart of money figures per currency, and every figure in tables.

An amount is placed at the year its clause names ("150 billion won in 1991"),
else at its article's date (drawn hollow), and sorted into what it measures:
what the US asks for (or the total cost it claims), South Korea's share, or
other. Each chart carries a <title>/<desc> and is followed by a summary of its
data (per year and measure); the figures themselves are in tables, by year and
paged, and all of them in figures.csv.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from generator.extract.figures import clause, year_of
from generator.markdown import escape, html_text
from generator.model import Article, Figure
from generator.site import memo
from generator.site.chart import SERIES, Point, amount, legend, svg, thin
from generator.site.facts import headline
from generator.site.listing import counted, head, pager, parts
from generator.site.urls import article_href, md_link

_UNIT = attrgetter("figure.unit")
INLINE_ROWS = 400  # up to this many figures the full table is on figures.md
PART_ROWS = 50  # figures on one page of a year's table (a phone shows each as a card)
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# What an amount measures, by the words of its clause (else its sentence), strongest first:
# asking beats paying ("asked Seoul to pay $5 billion"), and both beat a bare "cost" (the
# total cost of the troops, as the US claims it).
MEASURES = (
    (
        "asked",
        r"\b(?:ask|asks|asked|asking|demand\w*|request\w*|wants?|wanted|sought|seek\w*|"
        r"insist\w*|call(?:s|ed)? for|press(?:es|ed)? for)\b|요구|요청",
    ),
    (
        "share",
        r"\b(?:pay|pays|paid|paying|payments?|contribut\w*|share|shares|shoulder\w*|burden|"
        r"offer\w*)\b|부담|분담|지불|납부|제시",
    ),
    ("asked", r"\b(?:total cost|costs?|expenses?)\b|비용"),
)
_MEASURES = [(key, re.compile(words, re.I)) for key, words in MEASURES]
LABELS = {"asked": "US ask or claimed cost", "share": "South Korea's share", "other": "Other"}
SHORT = {"asked": "US ask", "share": "Korea's share", "other": "Other"}  # for narrow columns


class Row(NamedTuple):
    article: Article
    figure: Figure
    paragraph: int  # where the figure's sentence is, 0 when not found
    day: date | None  # the article's date
    cells: tuple[str, str, str, str]  # date, amount, what it measures, sentence: HTML text
    headline: str  # the article's headline as HTML text
    year: int | None = None  # the year its clause names
    measure: str = "other"  # a key of chart.SERIES
    number: int = 0  # the figure's place among its article's figures


def measure(figure: Figure) -> str:
    """'asked', 'share' or 'other', from the words of the figure's clause, else its sentence."""
    span = clause(figure)
    texts = ([figure.context[span[0] : span[1]]] if span else []) + [figure.context]
    for text in texts:
        for key, words in _MEASURES:
            if words.search(text):
                return key
    return "other"


def rows(articles: list[Article]) -> list[Row]:
    """Every figure of every article: dated ones oldest first, then undated."""
    out = []
    for article in articles:
        if article.meta.figures:
            out += memo.part("figure rows", article, _rows_of)
    out.sort(key=lambda item: item[:4])  # ISO dates sort as dates do
    return [item[-1] for item in out]


def _rows_of(article: Article) -> list[tuple]:
    """One article's rows, each with its sort key in front."""
    figures, day = article.meta.figures, article.meta.date
    shown = day.isoformat() if day else "Undated"
    title = html_text(headline(article))
    find = _finder(article.cleaned.paragraphs)
    out = []
    for index, (figure, first) in enumerate(zip(figures, _first_indexes(figures))):
        money = bool(_CURRENCY.match(figure.unit))
        year, what = year_of(figure), measure(figure) if money else "other"
        cells = (
            shown,
            _amount(figure),
            html_text(_what(figure, year, what)),
            html_text(figure.context),
        )
        row = Row(article, figure, find(figure.context), day, cells, title, year, what, index)
        out.append((day is None, day or date.min, article.slug, first, index, row))
    return out


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


def _amount(figure: Figure) -> str:
    """As printed, with the exact value beneath when the print differs from it."""
    exact = _value(figure)
    if figure.unit == "%" or exact.replace(",", "") == figure.text.replace(",", "").replace(
        " ", ""
    ):
        return html_text(figure.text)
    return f'{html_text(figure.text)}<br><span class="nd-exact">{html_text(exact)}</span>'


def _what(figure: Figure, year: int | None, what: str) -> str:
    label = "Percentage" if figure.unit == "%" else LABELS[what]
    return f"{label}, {year}" if year else label


def _link(row: Row, page: str) -> str:
    fragment = f"#p-{row.paragraph}" if row.paragraph else ""
    return f'<a href="{article_href(page, row.article.slug)}{fragment}">{row.headline}</a>'


def table(selected: list[Row], page: str, caption: str, with_sentence: bool = True) -> list[str]:
    """Every row a figure; on a phone each row is a card whose cells name their column
    (data-label, tables.css)."""
    head_cells = (
        ["Date", "Amount", "Measures"] + (["Sentence"] if with_sentence else []) + ["Article"]
    )
    body = []
    for row in selected:
        day, value, what, sentence = row.cells
        cells = [day, value, what] + ([sentence] if with_sentence else []) + [_link(row, page)]
        body.append(
            "<tr>"
            + "".join(f'<td data-label="{h}">{c}</td>' for h, c in zip(head_cells, cells))
            + "</tr>"
        )
    header = "".join(f'<th scope="col">{c}</th>' for c in head_cells)
    return [
        f'<div class="nd-scroll"><table class="nd-figures nd-cards">'
        f"<caption>{html_text(caption)}</caption>"
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table></div>",
        "",
    ]


def _point(r: Row) -> Point:
    named = r.year is not None and r.year != r.day.year
    day = date(r.year, 7, 1) if named else r.day  # mid-year: the year is all the sentence says
    when = f"{r.year} (article of {r.day.isoformat()})" if named else r.day.isoformat()
    label = f"{when}: {r.figure.text}, {LABELS[r.measure]}"  # the table names the article
    return Point(day, float(r.figure.value), label, r.measure, r.year is not None)


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
        "One chart per currency. Each mark is an amount an article printed, placed at the year "
        "its sentence names, or at the article's date when it names none (hollow marks). "
        "Its shape says what it measures. A summary of each chart's data follows it.",
        "",
    ]
    for unit, group in by_unit:
        chart_id = f"chart-{unit.lower()}"
        points = [_point(r) for r in group]
        shown, thinned = thin(sorted(points))
        series = [k for k in SERIES if any(p.series == k for p in points)]
        hollow = not all(p.from_text for p in points)
        out += [
            f"### {unit}",
            "",
            f'<figure class="nd-chartbox">{svg(unit, points, chart_id, (shown, thinned))}'
            f"<figcaption>{legend(series, hollow)}"
            f"<p>{html_text(_caption(unit, points, thinned))}</p></figcaption></figure>",
            "",
        ]
        out += summary(points, unit)
    return out


def summary(points: list[Point], unit: str) -> list[str]:
    """The chart's data, one row per year and measure: how many amounts and their range."""
    groups: dict[tuple[int, str], list[float]] = {}
    for p in points:
        groups.setdefault((p.day.year, p.series), []).append(p.value)
    body = []
    for (year, key), values in sorted(groups.items()):
        low, high = min(values), max(values)
        span = amount(low) if low == high else f"{amount(low)} to {amount(high)}"
        cells = [str(year), SHORT[key], str(len(values)), f"{span} {unit}"]
        heads = ["Year", "Measures", "Amounts", "Range"]
        body.append(
            "<tr>"
            + "".join(f'<td data-label="{h}">{html_text(c)}</td>' for h, c in zip(heads, cells))
            + "</tr>"
        )
    header = "".join(f'<th scope="col">{c}</th>' for c in ("Year", "Measures", "Amounts", "Range"))
    return [  # folded: the chart says it already; a screen reader user opens it
        f'<details class="nd-data"><summary>Data for the {html_text(unit)} chart, by year and '
        f'measure</summary><table class="nd-figures nd-summary">'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table></details>",
        "",
    ]


def _caption(unit: str, points: list[Point], thinned: bool) -> str:
    values = [p.value for p in points]
    days = sorted(p.day for p in points)
    text = (
        f"{counted(len(points), unit + ' amount')}, {days[0].year} to {days[-1].year}; "
        f"lowest {amount(min(values))}, highest {amount(max(values))}."
    )
    return text + (
        " Each month (or quarter, or year) shows only its lowest and highest amount per measure."
        if thinned
        else ""
    )


def render_figures_pages(articles: list[Article]) -> dict[str, str]:
    all_rows = rows(articles)
    lines = head("Figures") + [
        "# Figures",
        "",
        escape(
            counted(len(all_rows), "money amount or percentage", "money amounts and percentages")
            + " printed in the articles, "
            "with the sentence each comes from."
        ),
        "Download them all as [figures.csv](figures.csv).",
        "",
    ]
    # Under serve, the charts are the last build's while no figure changed.
    lines += memo.page(
        "figures charts",
        [r.article for r in all_rows],
        (tuple(r.number for r in all_rows),),  # with each article's digest: the figure
        charts,
        all_rows,
        "figures.md",
    )
    out: dict[str, str] = {}
    lines += ["## Every figure", ""]
    if len(all_rows) <= INLINE_ROWS:
        lines += table(all_rows, "figures.md", "Every figure, oldest first")
    else:
        for label, group in groupby(
            all_rows, key=lambda r: str(r.day.year) if r.day else "undated"
        ):
            group = list(group)
            split = parts(f"figures/{label}", group, PART_ROWS)
            lines.append(
                f"- [{label.capitalize()}]({md_link('figures.md', split[0][0])}) "
                f"({counted(len(group), 'figure')})"
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
        # A row is made from its article and figure alone: a part whose rows are the same as
        # last build's is the last build's page (under serve).
        out[name] = memo.page(
            "figures part",
            [r.article for r in group],
            (name, tuple(names), title, tuple(r.number for r in group)),
            _part_page,
            name,
            names,
            title,
            group,
        )
    return out


def _part_page(name: str, names: list[str], title: str, group: list[Row]) -> str:
    lines = head(title) + [
        f"# {escape(title)}",
        "",
        f"[All figures]({md_link(name, 'figures.md')})",
        "",
    ]
    lines += pager(names, name) + table(group, name, title) + pager(names, name)
    return "\n".join(lines)
