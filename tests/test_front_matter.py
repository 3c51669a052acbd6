"""Front matter (generator/render.py) is YAML that reads back as the data it was written
from, for any data front matter can hold, and ordinary article fields come out in the
registry's order, one per line, block style."""

from __future__ import annotations

import math
from datetime import date

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import render

# Characters around every rule libyaml applies: indicators, resolver prefixes (yes, 1.5, ~,
# 2019-01-01), quotes, edge spaces, line breaks, escapes, BOM, non-BMP, NEL; and lines long
# enough for libyaml to fold (width 4096).
TRICKY = (
    "ab YyNnTtFfOo019.-+:#?'\"!&*%@`[]{},|>~=<_\\/\t\n\r"
    "\x00\x85\xa0é한—\u2028\ufeff\ufffe\U0001f600"
)
WORDS = st.sampled_from(
    [
        "yes",
        "No",
        "null",
        "~",
        "true",
        "1.5",
        "-7",
        "2019-01-01",
        "12:30",
        "---",
        "...",
        "-",
        "?",
        ":",
        "<<",
        "=",
        ".inf",
        "a: b",
        "a #b",
        "#c",
        "x:",
        "- a",
        "'",
        "!",
        "",
    ]
)
TEXT = st.one_of(
    st.text(st.sampled_from(TRICKY), max_size=12),
    WORDS,
    st.builds(lambda a, b: a + " " + b, WORDS, WORDS),
    st.builds(
        lambda n, w: (w + " ") * n, st.integers(480, 520), st.sampled_from(["abcdefg", "it''s"])
    ),
)
SCALAR = st.one_of(
    TEXT,
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True),
    st.dates(min_value=date(1, 1, 1)),
)
KEY = st.one_of(TEXT, st.sampled_from(["@type", "x" * 130, "k" * 100]))
DATA = st.recursive(
    SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(KEY, inner, max_size=3)),
    max_leaves=12,
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_back(text: str):
    assert text.startswith("---\n") and text.endswith("\n---\n"), text
    return yaml.safe_load(text[4:-4])


def comparable(value):
    """`value` with NaN (never equal to itself) as a marker, so == compares the rest."""
    if isinstance(value, float) and math.isnan(value):
        return "<nan>"
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, dict):
        return {comparable(k): comparable(v) for k, v in value.items()}
    return value


@SETTINGS
@given(st.dictionaries(KEY, DATA, min_size=1, max_size=5))
def test_front_matter_reads_back_as_its_data(data):
    assert comparable(read_back(render.front_matter(data))) == comparable(data)


@SETTINGS
@given(TEXT)
def test_odd_strings_round_trip_as_values_items_and_keys(text):
    data = {"title": text, "author": [text, "Kim"], "origins": {text: text}}
    assert read_back(render.front_matter(data)) == data


def test_one_object_in_two_places_is_written_out_twice():
    # PyYAML's representer would anchor it (&id001) and alias it (*id001) the second time
    day, names = date(2019, 9, 24), ["Kim Ji-hoon"]
    text = render.front_matter({"date": day, "updated": day, "author": names, "by": names})
    assert text == (
        "---\ndate: 2019-09-24\nupdated: 2019-09-24\n"
        "author:\n- Kim Ji-hoon\nby:\n- Kim Ji-hoon\n---\n"
    )


def test_ordinary_fields_one_per_line_in_order():
    data = {
        "generator": "news-digest",
        "title": "Talks: day two",
        "date": date(2019, 9, 24),
        "round": 3,
        "author": ["Kim Ji-hoon", "O'Brien"],
        "figures": [{"value": 13.9, "unit": "%", "text": "13.9 percent"}],
        "pinned": [],
        "origins": {"title": "headline"},
        "ok": True,
        "summary": None,
    }
    assert render.front_matter(data) == (
        "---\ngenerator: news-digest\ntitle: 'Talks: day two'\ndate: 2019-09-24\nround: 3\n"
        "author:\n- Kim Ji-hoon\n- O'Brien\n"
        "figures:\n- value: 13.9\n  unit: '%'\n  text: 13.9 percent\n"
        "pinned: []\norigins:\n  title: headline\nok: true\nsummary: null\n---\n"
    )
