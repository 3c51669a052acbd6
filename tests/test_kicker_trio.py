"""A kicker, headline and dek printed as a trio: the short line over the headline is a label
(not the headline whose dek the headline would be), and a 'Staff Report' line is a byline."""

from __future__ import annotations

import pytest
from conftest import TALKS_STORY

from generator.clean import clean, is_byline
from generator.extract import extract

KICKER = "US Troops in Germany"
HEADLINE = "Berlin and Washington Open Talks over Who Pays for the Bases"
DEK = (
    "Washington wants Berlin to shoulder more of the cost of the troops. The first round of "
    "talks ended without a figure on the table."
)


def meta(*header: str):
    text = "\n".join(["Menu", "Search", "International", *header, "12.06.2025, 17.04 Uhr"])
    return extract(clean(text + "\n\n" + "\n".join(TALKS_STORY)), "trio.txt")[0]


def test_kicker_over_headline_with_its_own_dek_is_no_title():
    m = meta(KICKER, HEADLINE, DEK, "A Staff Report")
    assert m.title == HEADLINE
    assert m.subtitle == DEK


@pytest.mark.parametrize(
    "line", ["A DER SPIEGEL Staff Report", "From staff reports", "Times staff report"]
)
def test_staff_report_lines_are_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    ["The staff report released on Monday said the talks failed", "Staff cuts at the embassy"],
)
def test_sentences_about_staff_are_not(line):
    assert not is_byline(line)
