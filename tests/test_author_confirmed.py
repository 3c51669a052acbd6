"""A bare name line by the lead is a guess (a menu item looks the same), unless a line that says
it is a byline names the same people: the 'Reporting by' credit under a wire story."""

from __future__ import annotations

from conftest import TALKS_HEADLINE, TALKS_STORY

from generator.clean import clean
from generator.extract import author

# A wire story long enough that its credit line sits far from the lead.
STORY = [*TALKS_STORY] + [
    f"Paragraph {n} of the report adds what officials said about the {n}th point raised in the "
    "talks, and how each side described its position to reporters afterwards."
    for n in range(4, 16)
]


def choice(*lines: str):
    return author.choose(clean("\n".join(lines)))


def test_bare_name_confirmed_by_the_credit_line_is_sure():
    picked = choice(
        "World",
        TALKS_HEADLINE,
        "Jane Roe",
        "",
        *STORY,
        "Reporting by Jane Roe; Editing by Al Poe",
    )
    assert picked.value == ["Jane Roe"]
    assert picked.sure


def test_bare_name_alone_stays_a_guess():
    picked = choice("World", TALKS_HEADLINE, "Jane Roe", "", *STORY)
    assert picked.value == ["Jane Roe"]
    assert not picked.sure


def test_a_credit_naming_someone_else_confirms_nothing():
    picked = choice(
        "World",
        TALKS_HEADLINE,
        "Jane Roe",
        "",
        *STORY,
        "Reporting by Kim Lee; Editing by Al Poe",
    )
    assert not (picked.value == ["Jane Roe"] and picked.sure)


def test_a_photo_label_is_no_rival_name():
    picked = choice("World", TALKS_HEADLINE, "By Jane Roe | 22.11.2024", "FILE PHOTO", "", *STORY)
    assert picked.value == ["Jane Roe"]
    assert picked.runner_up != "File Photo"


def test_a_labelled_byline_under_the_story_names_the_authors():
    picked = choice(
        "World", TALKS_HEADLINE, "", *STORY, "Authors: Jane Roe and Kim Lee, Example Agency"
    )
    assert picked.value == ["Jane Roe", "Kim Lee"]


def test_two_bare_name_lines_under_the_headline_are_one_byline():
    # the second name printed twice on the page (again at the foot) is no photo caption
    picked = choice(
        "World", TALKS_HEADLINE, "Jane Roe", "Kim Lee", "Published March 3, 2020", "", *STORY,
        "Jane Roe", "Kim Lee",
    )  # fmt: skip
    assert picked.value == ["Jane Roe", "Kim Lee"]
