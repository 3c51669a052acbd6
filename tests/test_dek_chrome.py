"""Lines between the headline and the story that look like a dek but are not one: a share
button's label quoting the headline, a link to a related story, the story's own first sentence
printed above it."""

from __future__ import annotations

import pytest
from conftest import TALKS_HEADLINE, TENTH_ROUND_LEAD, TENTH_ROUND_STORY

from generator import headline
from generator.clean import clean, line_rule

HEADLINE, LEAD, STORY = TALKS_HEADLINE, TENTH_ROUND_LEAD, TENTH_ROUND_STORY
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


@pytest.mark.parametrize(
    "line",
    [
        "Analysis by Jane Roe, CNN Editor-at-large",
        "Posted on March 30, 2015 by Jane Roe",
        "By Jane Roe Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
    ],
)
def test_a_byline_under_the_headline_is_a_byline_not_the_dek(line):
    cleaned = cleaned_with(line, STAMP)
    assert cleaned.subtitle is None
    assert role_of(cleaned, line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "New, 6 comments",
        "— Jane Roe on Sunday, October 13th, 2019 in a local newspaper",
        "Jane Roe 23/08/2018 2 comments Politics, World",
    ],
)
def test_a_count_an_attribution_or_a_dated_byline_is_no_dek(line):
    cleaned = cleaned_with(line, "By Jane Roe", STAMP)
    assert cleaned.subtitle is None
    assert line not in cleaned.paragraphs


def test_a_caption_with_its_credit_run_in_is_no_dek():
    caption = "Delegates at the talks in Seoul.Kim Min/Getty"
    cleaned = cleaned_with(caption, STAMP)
    assert cleaned.subtitle is None


DEK = "Seoul and Washington remain far apart on the total as the old deal runs out"


def test_a_dek_under_the_headline_with_the_byline_under_it_is_sure():
    cleaned = cleaned_with(DEK, "By Jane Roe", STAMP)
    assert cleaned.candidates["subtitle"][0][1] >= headline.CONFIDENT


@pytest.mark.parametrize(
    "header",
    [
        [DEK],  # the story right under it: maybe the lead's teaser
        [STAMP, DEK],  # under the stamp: maybe a caption or a link
        ["Talks stall again in Seoul", STAMP],  # short: a label, a photo's alt text
        ["Seoul and Washington remain far apart on the total (with video)", STAMP],  # an aside
    ],
)
def test_a_dek_missing_a_sign_is_a_guess(header):
    cleaned = cleaned_with(*header)
    assert cleaned.subtitle is not None
    assert cleaned.candidates["subtitle"][0][1] < headline.CONFIDENT
