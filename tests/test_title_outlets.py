"""A headline printed with the outlet's name (a <title> line, a logo's text run into it): the
title is the headline part, and the outlet's name is a masthead, never a title or a dek."""

from __future__ import annotations

import pytest
from conftest import TALKS_HEADLINE, TALKS_STORY

from generator.clean import clean
from generator.extract import extract

HEADLINE, STORY = TALKS_HEADLINE, TALKS_STORY
HEADER = ["Posted : 2018-12-14 17:01", "By Choi Min-seo"]


def page(*lines: str) -> str:
    return "\n".join([*lines, *HEADER, "", *STORY])


def title_of(text: str) -> tuple[str | None, str]:
    cleaned = clean(text)
    meta, _ = extract(cleaned, "x")
    return meta.title, meta.confidence["title"]


@pytest.mark.parametrize(
    "line",
    [
        f"The Korea Times | {HEADLINE}",
        f"{HEADLINE} | The Korea Times",
        f"{HEADLINE} - Yonhap News Agency",
        f"Yonhap News Agency - {HEADLINE}",
        f"KoreaTimes{HEADLINE}",  # the logo's name run into the headline by the copy
        f"The Korea Times{HEADLINE}",
    ],
)
def test_the_headline_part_is_the_title(line):
    assert title_of(page("Home", "National", line))[0] == HEADLINE


def test_a_glued_masthead_before_initials_comes_off():
    title = "S. Korea, US fail to close cost-sharing deal"
    assert title_of(page(f"KoreaTimes{title}"))[0] == title


def test_a_headline_starting_with_a_short_outlet_word_keeps_it():
    title = "SkyTrain extension approved by the city council"  # 'Sky' is an outlet's name
    assert title_of(page("Home", title))[0] == title


def test_the_outlet_and_headline_copy_under_the_headline_is_a_masthead_not_a_dek():
    cleaned = clean(page("Home", HEADLINE, f"The Korea Times | {HEADLINE}"))
    roles = {ln.text: ln.role for ln in cleaned.lines}
    assert cleaned.title == HEADLINE
    assert roles[f"The Korea Times | {HEADLINE}"] == "masthead"
    assert cleaned.subtitle is None


def test_a_masthead_glued_to_its_slogan_is_no_title_and_no_dek():
    slogan = "The GuardianNews, sport and opinion from the global edition"
    cleaned = clean(page(slogan, "World", HEADLINE))
    assert cleaned.title == HEADLINE
    assert cleaned.subtitle is None
    assert slogan not in cleaned.paragraphs


def test_a_dateline_credit_in_parentheses_opening_the_lead_is_story():
    lead = "(Reuters) — " + STORY[0]
    cleaned = clean("\n".join(["Home", HEADLINE, *HEADER, "", lead, *STORY[1:]]))
    assert cleaned.paragraphs[0] == lead
