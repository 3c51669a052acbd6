"""The data behind the site, for readers who want it: articles.json (every
article's front matter) and figures.csv (one row per figure)."""
from __future__ import annotations

import csv
import io
from datetime import date

from generator.model import Article
from generator.render import MARKER, article_fields
from generator.site import jsontext
from generator.site.facts import newest_first
from generator.site.urls import article_md, page_url

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON data: {type(value).__name__}")


def articles_json(articles: list[Article]) -> bytes:
    rows = []
    for article in newest_first(articles):
        fields = {k: v for k, v in article_fields(article, jsonld=False).items() if k != "generator"}
        fields["url"] = page_url(article_md(article.slug))
        fields["raw"] = f"raw/{article.slug}.txt"
        rows.append(fields)
    data = {"generator": MARKER, "count": len(rows), "articles": rows}
    return (jsontext.dumps(data, default=_plain) + "\n").encode("utf-8")


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


def figures_csv(articles: list[Article]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "value", "unit", "as_printed", "sentence", "title", "source", "slug", "url"])
    ordered = sorted(newest_first(articles), key=lambda a: (a.meta.date is None, a.meta.date or date.min, a.slug))
    for article in ordered:
        m = article.meta
        if not m.figures:
            continue
        day = m.date.isoformat() if m.date else ""
        title, source, url = _cell(m.title), _cell(m.source), page_url(article_md(article.slug))
        writer.writerows([day, figure.value, figure.unit, _cell(figure.text), _cell(figure.context), title, source,
                          article.slug, url] for figure in m.figures)
    return out.getvalue().encode("utf-8")
