"""Fields the generator rated low on real pages though its pick was right: the signals that
tell the pick's rival for what it is (an update of the same day, the same day without its
year, ...). Every page here is made up."""

from __future__ import annotations

from datetime import date

from conftest import COUNCIL_STORY

from generator.clean import clean
from generator.extract import extract

MARCH3 = date(2020, 3, 3)
STORY = COUNCIL_STORY


def page(above: list[str], below: list[str] = ()) -> str:
    head = ["Home", "News", "Local", "Sports", "Opinion"]
    title = ["Council extends late-night bus service through the winter"]
    return "\n\n".join([*head, *title, *above, *STORY, *below]) + "\n"


def date_of(text: str):
    meta, _ = extract(clean(text), "seed.txt")
    return meta.date, meta.confidence["date"]


def test_an_update_stamp_alone_is_the_pages_date_unless_utc_makes_it_another_day():
    assert date_of(page(["Updated 9:15 am EST, Tuesday, March 3, 2020"])) == (MARCH3, "high")
    assert date_of(page(["Updated 11:40 pm PST, Tuesday, March 3, 2020"])) == (MARCH3, "low")


def test_first_published_far_below_agrees_with_the_update_by_the_story():
    related = [f"Other story number {n} about the transit budget" for n in range(12)]
    text = page(
        ["Updated on: March 3, 2020 / 10:07 AM"],
        [*related, "First published on March 3, 2020 / 8:16 AM", "Mar 1"],
    )
    assert date_of(text) == (MARCH3, "high")


def test_a_yearless_stamp_of_the_same_day_is_no_rival():
    assert date_of(page(["March 3", "By Dana Reyes", "- Mar. 3rd 2020 9:12 am PT"])) == (
        MARCH3,
        "high",
    )


def test_a_two_digit_year_stamp_line_is_a_stamp():
    tools = ["By Dana Reyes", "Share", "Tweet", "Email", "Print", "Comments"]
    assert date_of(page(["3/3/20 9:12 AM", *tools])) == (MARCH3, "high")
