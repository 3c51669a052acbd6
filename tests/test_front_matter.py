"""The hand-written front matter emitter (generator/render.py) writes exactly what PyYAML's
libyaml emitter writes, for any data front matter can hold, and takes the fast path for
ordinary article fields (else it would be correct but no faster)."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generator.render as render

# Characters around every rule libyaml applies: indicators, resolver prefixes (yes, 1.5, ~,
# 2019-01-01), quotes, edge spaces, line breaks, escapes, BOM, non-BMP, NEL; and lines long
# enough for libyaml to fold (width 4096).
TRICKY = "ab YyNnTtFfOo019.-+:#?'\"!&*%@`[]{},|>~=<_\\/\t\n\r\x00\x85\xa0é한—\u2028\ufeff\ufffe\U0001f600"
WORDS = st.sampled_from(["yes", "No", "null", "~", "true", "1.5", "-7", "2019-01-01", "12:30", "---", "...",
                         "-", "?", ":", "<<", "=", ".inf", "a: b", "a #b", "#c", "x:", "- a", "'", "!", ""])
TEXT = st.one_of(st.text(st.sampled_from(TRICKY), max_size=12), WORDS,
                 st.builds(lambda a, b: a + " " + b, WORDS, WORDS),
                 st.builds(lambda n, w: (w + " ") * n, st.integers(480, 520), st.sampled_from(["abcdefg", "it''s"])))
SCALAR = st.one_of(TEXT, st.none(), st.booleans(), st.integers(-10**15, 10**15),
                   st.floats(allow_nan=True), st.dates(min_value=date(1, 1, 1)))
KEY = st.one_of(TEXT, st.sampled_from(["@type", "x" * 130, "k" * 100]))
DATA = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                    st.dictionaries(KEY, inner, max_size=3)), max_leaves=12)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEY, DATA, min_size=1, max_size=5))
def test_front_matter_is_what_pyyaml_writes(data):
    assert render.front_matter(data) == render._front_matter_yaml(data)


def test_article_fields_take_the_fast_path():
    data = {"generator": "news-digest", "title": "Talks: day two", "date": date(2019, 9, 24), "round": 3,
            "author": ["Kim Ji-hoon", "O'Brien"], "figures": [{"value": 5000000000, "unit": "USD", "text": "$5 billion"},
                                                            {"value": 13.9, "unit": "%", "text": "13.9 percent"}],
            "pinned": [], "origins": {"title": "headline"},
            "jsonld": {"@context": "https://schema.org", "datePublished": "2019-09-24", "author": [{"@type": "Person"}]}}
    lines: list[str] = []
    render._mapping(lines, data, 0, "")  # raises when it would hand the document to PyYAML
    assert render.front_matter(data) == render._front_matter_yaml(data) == "---\n" + "\n".join(lines) + "\n---\n"
