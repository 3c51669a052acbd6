"""Bylines printed as a label ('Reporter : Choi Da-eun') or as a bare name over the writer's
email address are the author, and the label lines leave the page; a sentence that starts with
'Reporter' is story."""

from __future__ import annotations

from generator.clean import clean
from generator.extract import author

HEADLINE = "Seoul and Washington end fifth round of cost-sharing talks"
STORY = [
    "Negotiators from the two allies ended two days of talks in Seoul on Thursday without "
    "settling how much Seoul should pay toward the upkeep of American troops, officials said.",
    "The delegations narrowed their differences on the length of the agreement but remained far "
    "apart on the total, according to a statement from the foreign ministry.",
    "The next round will be held in Washington next month, the ministry said, without giving a "
    "date, and both sides said they hoped to reach a deal before the end of the year.",
]
STAMP = "Posted : 2019-11-14 17:01"


def page(*lines: str):
    return clean("\n".join(lines))


def test_a_reporter_label_above_and_below_the_story_is_the_author_and_leaves_the_page():
    cleaned = page(HEADLINE, STAMP, "Reporter : Choi Da-eun", "", *STORY, "Reporter : Choi Da-eun")
    assert author.choose(cleaned).value == ["Choi Da-eun"]
    assert not any("Reporter" in p for p in cleaned.paragraphs)
    assert cleaned.caption is None


def test_a_reporter_label_without_spaces_around_its_colon_is_a_byline_too():
    cleaned = page(HEADLINE, "Reporter: Jane Roe", STAMP, "", *STORY)
    assert author.choose(cleaned).value == ["Jane Roe"]


def test_a_sentence_starting_with_reporter_stays_in_the_story():
    line = "Reporter Jane Roe said officials expected the talks to resume within weeks."
    cleaned = page(HEADLINE, STAMP, "", *STORY, line)
    assert line in cleaned.paragraphs


def test_a_bare_name_over_an_email_only_line_after_the_story_is_the_author():
    cleaned = page(HEADLINE, STAMP, "", *STORY, "Seo Ji-hoon", "englishnews@example.co.kr")
    assert author.choose(cleaned).value == ["Seo Ji-hoon"]
