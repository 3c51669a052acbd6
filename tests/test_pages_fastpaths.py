"""Each shortcut the page builders take gives what the plain way gives."""
from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.markdown import one_line

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
