"""The per-article shortcuts of the page builders write what the plain way writes, and
front matter reads back as the article's fields, for articles holding any text (and, now
and then, values of unexpected types)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_front_matter import TEXT, comparable, read_back

from generator import render
from generator.fields import FIELDS
from generator.model import Article, Cleaned, Figure, Metadata, Seed

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ODD = st.one_of(
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.lists(TEXT, max_size=2),
    st.dictionaries(TEXT, TEXT, max_size=2),
)
MAYBE_TEXT = st.one_of(st.none(), TEXT, TEXT, TEXT, ODD)
DAY = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1)))
NUMBER = st.one_of(st.integers(-(10**15), 10**15), st.floats(allow_nan=True))
FIGURE = st.builds(Figure, st.one_of(NUMBER, NUMBER, ODD), TEXT, TEXT, st.one_of(TEXT, TEXT, ODD))
SLUG = st.one_of(st.sampled_from(["talks-a1b2", "index", "a/b", "x y", ""]), TEXT)


@st.composite
def articles(draw) -> Article:
    meta = Metadata(
        title=draw(MAYBE_TEXT),
        subtitle=draw(MAYBE_TEXT),
        date=draw(DAY),
        updated=draw(DAY),
        source=draw(MAYBE_TEXT),
        author=draw(st.lists(st.one_of(TEXT, TEXT, ODD), max_size=3)),
        round=draw(st.one_of(st.none(), st.integers(0, 20), ODD)),
        agreement=draw(st.one_of(st.none(), st.integers(0, 12))),
        location=draw(MAYBE_TEXT),
        figures=draw(st.lists(FIGURE, max_size=3)),
        summary=draw(MAYBE_TEXT),
        origins=draw(
            st.dictionaries(st.sampled_from(["title", "date", "@x", "a: b"]), TEXT, max_size=3)
        ),
    )
    seed = Seed(
        path=Path("seeds") / draw(st.sampled_from(["a.txt", "b c.txt", "- x.txt"])),
        raw=b"",
        pinned={},
    )
    cleaned = Cleaned(
        paragraphs=draw(st.lists(TEXT, max_size=3)),
        language=draw(st.sampled_from(["en", "ko", ""])),
    )
    return Article(
        seed=seed,
        cleaned=cleaned,
        meta=meta,
        slug=draw(SLUG),
        seed_path=draw(TEXT),
        pinned=draw(st.lists(st.sampled_from(["date", "title", "yes"]), max_size=2)),
        words=draw(st.one_of(st.integers(0, 10**6), ODD)),
    )


@SETTINGS
@given(articles())
def test_article_front_matter_reads_back_as_its_fields(article):
    fields = render.article_fields(article)
    assert list(fields) == [f.name for f in FIELDS]
    assert comparable(read_back(render.article_front_matter(article))) == comparable(fields)


def test_an_ordinary_article_s_front_matter():
    article = Article(
        seed=Seed(path=Path("seeds/a.txt"), raw=b"", pinned={}),
        cleaned=Cleaned(paragraphs=["P."]),
        meta=Metadata(
            title="Talks: day two",
            date=date(2019, 9, 24),
            author=["O'Brien"],
            figures=[Figure(13.9, "%", "13.9 percent", "It rose 13.9 percent.")],
            origins={"title": "headline"},
        ),
        slug="talks",
        seed_path="seeds/a.txt",
        words=3,
    )
    assert render.article_front_matter(article) == (
        "---\ngenerator: news-digest\ntitle: 'Talks: day two'\nsubtitle: null\n"
        "date: 2019-09-24\nupdated: null\nsource: null\nauthor:\n- O'Brien\n"
        "round: null\nagreement: null\nlocation: null\n"
        "figures:\n- value: 13.9\n  unit: '%'\n  text: 13.9 percent\n"
        "  context: It rose 13.9 percent.\n"
        "summary: null\nurl: null\nwords: 3\nslug: talks\nseed: seeds/a.txt\npinned: []\n"
        "origins:\n  title: headline\n"
        "confidence: {}\nrunner_up: {}\nreview: []\n"
        "jsonld:\n  '@context': https://schema.org\n  '@type': NewsArticle\n"
        "  headline: 'Talks: day two'\n  datePublished: '2019-09-24'\n"
        "  dateModified: '2019-09-24'\n  author:\n  - '@type': Person\n    name: O'Brien\n"
        "  inLanguage: en\n  isBasedOn: ../../raw/talks.txt\n  wordCount: 3\n"
        "furniture:\n  amounts_label: Amounts in this article\n  amounts:\n"
        "  - text: 13.9 percent\n    words: null\n  original_label: Original at\n"
        "  original: null\n  original_host: null\n  source_label: Source text\n"
        "  source_href: ../../raw/talks.txt\n---\n"
    )


JSON_VALUE = st.one_of(
    TEXT,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    DAY,
    st.lists(TEXT, max_size=2),
    st.dictionaries(TEXT, st.integers(), max_size=2),
    st.tuples(TEXT),
)
JSON_KEYS = st.lists(st.one_of(st.sampled_from(["title", "date", "a"]), TEXT), max_size=4).map(
    tuple
)


def _iso(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


@SETTINGS
@given(JSON_KEYS, st.lists(st.lists(JSON_VALUE, max_size=5).map(tuple), max_size=3), st.booleans())
def test_rows_are_written_as_their_dicts(keys, rows, nested):
    from generator.site import jsontext

    table = jsontext.Rows(keys, rows)
    data = (
        {"count": len(rows), "rows": table}
        if not nested
        else [table, {"inner": jsontext.Rows(keys, rows)}]
    )
    plain = (
        {"count": len(rows), "rows": table.dicts()}
        if not nested
        else [table.dicts(), {"inner": table.dicts()}]
    )
    assert jsontext.dumps(data, default=_iso) == json.dumps(
        plain, ensure_ascii=False, indent=1, default=_iso
    )


@SETTINGS
@given(st.lists(articles(), max_size=4))
def test_articles_json_is_the_front_matter_fields_as_json(items):
    from generator.site import dataset
    from generator.site.facts import newest_first
    from generator.site.urls import article_md, page_url

    rows = []
    for article in newest_first(items):
        fields = {
            k: v
            for k, v in render.article_fields(article, jsonld=False).items()
            if k != "generator"
        }
        rows.append(
            {**fields, "url": page_url(article_md(article.slug)), "raw": f"raw/{article.slug}.txt"}
        )
    plain = {"generator": render.MARKER, "count": len(rows), "articles": rows}
    try:
        expected = json.dumps(plain, ensure_ascii=False, indent=1, default=_iso) + "\n"
    except TypeError:  # a value JSON cannot hold: the fast way must fail as well
        with pytest.raises(TypeError):
            dataset.articles_json(items)
        return
    assert dataset.articles_json(items) == expected.encode("utf-8")


PARAGRAPH = st.text(st.sampled_from("ab .\x00"), max_size=8)


@SETTINGS
@given(st.lists(PARAGRAPH, max_size=4), st.lists(PARAGRAPH, max_size=4))
def test_figure_sentences_found_in_the_first_paragraph_holding_them(paragraphs, sentences):
    from generator.site import figures_page

    find = figures_page._finder(paragraphs)
    for sentence in sentences + paragraphs:
        assert find(sentence) == figures_page._paragraph(paragraphs, sentence)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                Figure(1, "USD", "$1", "a"),
                Figure(1.0, "USD", "$1", "a"),
                Figure(2, "%", "2%", "a"),
                Figure(float("nan"), "USD", "x", "a"),
                Figure([1], "USD", "x", "a"),
            ]
        ),
        max_size=6,
    )
)
def test_first_indexes_are_list_index(figures):
    from generator.site import figures_page

    assert figures_page._first_indexes(figures) == [figures.index(f) for f in figures]


LINE_TEXT = st.sampled_from(["Share", "Back to top", "(Yonhap)", "x" * 30 + " and so on. " * 4, ""])
ROLE = st.sampled_from(
    ["paragraph", "title", "share-bar", "related-list", "byline", "wire-credit-tail"]
)


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(1, 6), LINE_TEXT, ROLE), max_size=8),
    st.lists(st.tuples(st.integers(1, 6), LINE_TEXT, ROLE), max_size=3),
)
def test_audit_rows_are_removed_rows(lines, trims):
    from generator import report
    from generator.model import Dropped, Line

    cleaned = Cleaned(
        lines=[Line(n, text, role, "body") for n, text, role in lines],
        trims=[Dropped(*t) for t in trims],
    )
    article = Article(
        seed=Seed(path=Path("a.txt"), raw=b"", pinned={}), cleaned=cleaned, meta=Metadata()
    )
    from generator.clean import is_prose

    trims = set(cleaned.trims)
    plain = [
        (
            d.line,
            d.text,
            d.rule,
            bool(trims) and d in trims,
            d.rule not in report._NOT_LOST and is_prose(d.text),
        )
        for d in cleaned.dropped
    ]  # as removed_rows() made them from Cleaned.dropped before
    assert report.removed_rows(article) == plain


POINT_DAY = st.dates(min_value=date(2018, 1, 1), max_value=date(2019, 12, 31))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(POINT_DAY, st.integers(0, 9), st.sampled_from(["a", "b", "<c>"])),
        min_size=1,
        max_size=900,
    )
)
def test_chart_given_its_thinned_points_is_the_chart(items):
    from generator.site.chart import Point, svg, thin

    points = [Point(day, float(value), label) for day, value, label in items]
    assert svg("USD", points, "c", thin(sorted(points))) == svg("USD", points, "c")


@SETTINGS
@given(POINT_DAY, st.floats(allow_nan=False), TEXT)
def test_thin_orders_a_month_by_value_day_label(day, value, label):
    from generator.site.chart import _BY_VALUE, Point

    point = Point(day, value, label)
    assert _BY_VALUE(point) == (point.value, point.day, point.label)
