"""Each shortcut the page builders take gives what the plain way gives."""

from __future__ import annotations

import html
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import markdown
from generator.markdown import escape, html_text, one_line
from generator.site import dataset, urls

# Text that is mostly words and spaces, with now and then any other character.
WORDS = st.text(st.sampled_from("ab  .\t\n\xa0\u2003\u2028\x1c\x85\u200b\xad"), max_size=12)
ANY = st.text(st.characters(), max_size=12)


def test_one_line_for_every_single_character():
    for code in range(sys.maxunicode + 1):
        text = chr(code)
        assert one_line(text) == " ".join(text.split()), hex(code)


@settings(max_examples=500, deadline=None)
@given(st.one_of(WORDS, ANY, st.lists(st.one_of(WORDS, ANY)).map("".join)))
def test_one_line_as_split_and_join(text):
    assert one_line(text) == " ".join(text.split())


def test_line_start_marks_need_a_mark_or_digit_first():
    """escape() tries _LINE_START only on text starting with + - ! or a digit."""
    for code in range(sys.maxunicode + 1):
        text = one_line(chr(code) + "1. x")
        if text and not (text[0] in "+-!" or text[0].isdigit()):
            assert markdown._LINE_START.match(text) is None, hex(code)


CELL = st.one_of(
    ANY,
    WORDS,
    st.text(st.sampled_from("a,\"\n\r\x00 ;'"), max_size=6),
    st.integers(),
    st.floats(allow_nan=True),
    st.none(),
    st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(CELL, min_size=1, max_size=5), st.lists(CELL, min_size=1, max_size=5))
def test_csv_cells_as_csv_writer_joins_them(head, tail):
    whole = dataset._csv_line(head + tail)
    parts = dataset._csv_fields(head), dataset._csv_fields(tail)
    if None not in parts:
        assert f"{parts[0]},{parts[1]}\n" == whole
    if all(
        type(c) in (str, int, float) and "\r" not in str(c) and "\x00" not in str(c) for c in head
    ):
        assert parts[0] is not None  # the fast path is taken for the file's own kinds of cell


@settings(max_examples=300, deadline=None)
@given(st.one_of(WORDS, ANY, st.sampled_from(["USD", "a < b & 'c'", '"q"', "  x  "])))
def test_html_text_remembered_is_html_text_worked_out(text):
    assert html_text(text) == html_text(text) == html.escape(" ".join(text.split()), quote=True)


SLUG = st.one_of(
    st.text(st.sampled_from("ab-_.~:/%é 1"), max_size=8),
    st.sampled_from(["index", ".", "..", "", "a/b"]),
)


@settings(max_examples=400, deadline=None)
@given(SLUG)
def test_raw_href_is_href_to_the_raw_copy(slug):
    assert urls.raw_href(slug) == urls.href(urls.article_md(slug), f"raw/{slug}.txt")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(WORDS, ANY, st.sampled_from(["1991. Year", "- a", "+ b", "!x", "=y", "~~~", "#x"]))
)
def test_escape_remembered_is_escape_worked_out(text):
    first = escape(text)
    assert escape(text) == first == markdown._escape(text)
    assert html_text(text) == html_text(text) == html.escape(one_line(text), quote=True)
