"""generator/site/jsontext.py writes exactly what json.dumps(ensure_ascii=False, indent=1)
writes."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site import jsontext


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


TEXT = st.text(st.characters(), max_size=8)
SCALAR = st.one_of(
    TEXT,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.dates(),
    st.sampled_from([float("inf"), float("-inf"), float("nan"), -0.0, 1e16, 1e-7, 10**30]),
    st.datetimes(),
    st.tuples(st.integers()),
)
DATA = st.recursive(
    SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(TEXT, TEXT, st.integers()), inner, max_size=3),
    ),
    max_leaves=15,
)


@settings(max_examples=400, deadline=None)
@given(DATA)
def test_same_text_as_json_dumps(data):
    assert jsontext.dumps(data, default=_plain) == json.dumps(
        data, ensure_ascii=False, indent=1, default=_plain
    )


def test_plain_article_data_takes_the_fast_path():
    data = {
        "count": 1,
        "articles": [
            {
                "title": 'Talks "end"\n',
                "date": date(2019, 1, 2),
                "figures": [{"value": 1.5}],
                "pinned": [],
                "origins": {},
                "round": None,
                "ok": True,
            }
        ],
    }
    out: list[str] = []
    jsontext._value(data, "\n", out, _plain)  # raises when it would hand the data to json.dumps
    assert "".join(out) == json.dumps(data, ensure_ascii=False, indent=1, default=_plain)
