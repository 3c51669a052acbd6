"""Lines between the headline and the story that look like a dek but are not one: a share
button's label quoting the headline, a link to a related story, the story's own first sentence
printed above it."""

from __future__ import annotations

import pytest

from generator.clean import clean, line_rule

HEADLINE = "Allies fail to close cost-sharing deal in tenth round"
LEAD = (
    "South Korea and the United States ended a tenth round of talks on sharing the cost of "
    "American troops without a deal, leaving Seoul's payment for next year unsettled."
)
STORY = [
    LEAD,
    "The delegations narrowed their differences on the length of the agreement but remained far "
    "apart on the total, according to a statement from the foreign ministry.",
    "The next round will be held in Washington next month, the ministry said, without giving a "
    "date, and both sides said they hoped to reach a deal before the end of the year.",
]
STAMP = "Posted : 2018-12-14 17:01"


def cleaned_with(*header: str):
    return clean("\n".join(["Home", HEADLINE, *header, "", *STORY]))


def role_of(cleaned, text: str) -> str:
    return next(ln.role for ln in cleaned.lines if ln.text == text)


@pytest.mark.parametrize(
    "label",
    [
        f"Share on Facebook: {HEADLINE}",
        f"Tweet: {HEADLINE}",
        f"Share All sharing options for: {HEADLINE}",
        f"Share this on WhatsApp: {HEADLINE}",
    ],
)
def test_a_share_label_quoting_the_headline_is_a_share_bar_never_the_dek(label):
    cleaned = cleaned_with(label, STAMP)
    assert cleaned.subtitle is None
    assert role_of(cleaned, label) == "share-bar"
    assert label not in cleaned.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Share: 12 percent",  # a table's row: too short for a quoted headline
        "Listen: the minister's full remarks at the press conference",  # no share button's word
        "Facebook users: the company said on Monday that it would change the feed",  # not a label
    ],
)
def test_other_lines_with_a_colon_are_no_share_label(line):
    assert line_rule(line, True) != "share-bar"


def test_a_related_story_link_under_the_headline_is_no_dek_and_no_story():
    link = "RELATED: Allies agree to resume defense cost talks in January"
    cleaned = cleaned_with(link, STAMP)
    assert cleaned.subtitle is None
    assert role_of(cleaned, link) == "inline-promo"
    assert cleaned.paragraphs == STORY


def test_the_first_story_sentence_printed_above_the_story_is_no_dek():
    first = LEAD.split(", leaving")[0] + "."
    cleaned = cleaned_with(first, STAMP)
    assert cleaned.subtitle is None
    assert role_of(cleaned, first) == "lead-teaser"
    assert cleaned.paragraphs == STORY  # and the lead is kept once


def test_the_first_sentence_under_the_stamp_is_not_kept_twice():
    first = LEAD.split(" without")[0] + "."
    cleaned = cleaned_with(STAMP, first)
    assert role_of(cleaned, first) == "lead-teaser"
    assert cleaned.paragraphs == STORY


def test_a_real_dek_is_still_the_dek():
    dek = "Seoul and Washington remain far apart on the total as the old deal runs out"
    cleaned = cleaned_with(dek, STAMP)
    assert cleaned.subtitle == dek
