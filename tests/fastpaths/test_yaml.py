"""fastyaml.block() writes what PyYAML (libyaml) writes, or declines: never other bytes."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastyaml, render

SCALARS = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["yes", "null", "1e3", "- x", "a: b", "#c", " x", "~", "0o7"]),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
)
KEYS = st.one_of(st.text(max_size=20), st.sampled_from(["title", "date", "on", "- k"]))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=8))
def test_block_is_pyyaml_or_declines(data):
    fast = fastyaml.block(data)
    if fast is not None:
        assert f"---\n{fast}---\n" == render._front_matter_yaml(data)


def test_ordinary_front_matter_takes_the_fast_path():
    data = {
        "title": "Allies end talks",
        "date": date(2019, 9, 26),
        "author": ["Kim Min-jun"],
        "round": 3,
        "figures": [{"value": 5e9, "unit": "USD", "text": "$5 billion"}],
    }
    assert fastyaml.block(data) is not None
    assert render.front_matter(data) == render._front_matter_yaml(data)
