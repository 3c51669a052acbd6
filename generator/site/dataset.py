"""The data behind the site, for readers who want it: articles.json (every
article's front matter) and figures.csv (one row per figure)."""

from __future__ import annotations

import csv
import io
from datetime import date

from generator.fields import FIELDS, MARKER
from generator.model import Article
from generator.site import jsontext, memo
from generator.site.facts import newest_first
from generator.site.urls import article_md, page_url, raw_txt

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON data: {type(value).__name__}")


def articles_json(articles: list[Article]) -> bytes:
    """Each article's front matter fields but "generator" and the jsonld, and its addresses."""
    records = [memo.part("articles.json record", a, _record) for a in newest_first(articles)]
    keys = tuple(dict.fromkeys(_names()))  # each once, where it first comes, as a dict keeps them
    rows = jsontext.Rows(keys, [row for row, _ in records], [written for _, written in records])
    data = {"generator": MARKER, "count": len(records), "articles": rows}
    return jsontext.dumps_utf8(data, default=_plain) + b"\n"


def _shown() -> list:
    # Read each call, not at import: a field added to the registry shows up here too.
    return [f for f in FIELDS if f.in_dataset]


def _names() -> tuple[str, ...]:
    return tuple(f.name for f in _shown()) + ("url", "raw")  # "url" twice: the page's wins


def _record(article: Article) -> tuple[tuple, dict]:
    """The article's row of values (one per key, as dict(zip(_names(), values)) would hold them),
    and a place for the row as written (jsontext.Rows)."""
    values = [f.value(article) for f in _shown()] + [
        page_url(article_md(article.slug)),
        raw_txt(article.slug),
    ]
    return tuple(dict(zip(_names(), values)).values()), {}


def _cell(text) -> str:
    """Text a spreadsheet could take for a formula is prefixed with an apostrophe."""
    text = "" if text is None else str(text)
    return "'" + text if text.startswith(_FORMULA_START) and not _number(text) else text


def _number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


_HEADER = ["date", "value", "unit", "as_printed", "sentence", "title", "source", "slug", "url"]


def figures_csv(articles: list[Article]) -> bytes:
    parts = [_csv_line(_HEADER).encode("utf-8")]
    # (date, slug) orders all articles, as newest_first() does before this sort: one sort does
    for article in sorted(
        articles, key=lambda a: (a.meta.date is None, a.meta.date or date.min, a.slug)
    ):
        if article.meta.figures:
            parts.append(memo.part("figures.csv bytes", article, _csv_bytes))
    return b"".join(parts)


def _csv_bytes(article: Article) -> bytes:
    """The article's rows in UTF-8: under serve kept encoded, as encoding the whole file (1.4 MB
    at 1,000 articles, much of it Korean) cost more than joining it."""
    return "".join(_csv_lines(article)).encode("utf-8")


def _csv_lines(article: Article) -> list[str]:
    """The article's rows of figures.csv, one per figure."""
    m = article.meta
    day = m.date.isoformat() if m.date else ""
    article_cells = [
        _cell(m.title),
        _cell(m.source),
        article.slug,
        page_url(article_md(article.slug)),
    ]
    tail = _csv_fields(article_cells)  # the same on each of the article's rows: quoted once
    lines = []
    for figure in m.figures:
        cells = [day, figure.value, figure.unit, _cell(figure.text), _cell(figure.context)]
        head = _csv_fields(cells)
        lines.append(
            f"{head},{tail}\n"
            if head is not None and tail is not None
            else _csv_line(cells + article_cells)
        )
    return lines


def _csv_line(cells: list) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


def _csv_fields(cells: list) -> str | None:
    """The cells as csv.writer joins them in a row of several, or None for a cell it is left to
    write.

    csv.writer looks at every character of every cell in C and copies it, which
    was most of the file's cost; a few `in` tests find the same answer for the
    text and numbers the file holds. A carriage return or NUL (quoted or not
    depending on the Python version) and anything but str, int and float go
    to the writer itself.
    """
    out = []
    for value in cells:
        kind = type(value)
        if kind is str:
            if "\r" in value or "\x00" in value:
                return None
            if '"' in value:
                value = '"' + value.replace('"', '""') + '"'
            elif "," in value or "\n" in value:
                value = '"' + value + '"'
        elif kind is int or kind is float:
            value = str(value)
        else:
            return None
        out.append(value)
    return ",".join(out)
