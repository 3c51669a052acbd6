"""Right picks that real pages left rated low: the story's own stamp repeated in the lists
below it, a byline that prints the stamp's time, a site's series name opening the headline.
Every page here is made up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import COUNCIL_STORY

from generator.clean import clean
from generator.extract import _outlet_first, extract, find_title
from generator.model import Metadata

MARCH3 = date(2020, 3, 3)
STORY = COUNCIL_STORY
TITLE = "Council extends late-night bus service through the winter"


def page(above: list[str], below: list[str] = (), title: str = TITLE) -> str:
    head = ["Home", "News", "Local", "Sports", "Opinion"]
    return "\n\n".join([*head, *above, title, *STORY, *below]) + "\n"


def meta_of(text: str):
    meta, _ = extract(clean(text), "seed.txt")
    return meta


def test_the_stamps_own_day_in_the_lists_below_is_no_doubt():
    related = []
    for n in range(8):
        related += [f"Another story number {n} about the city", "0"]
    related[6:6] = ["Mar 3, 2020"]
    related += ["More news", "Mar 3, 2020", "4 March 2020"]
    text = page(["Transit", "March 3, 2020"], related).replace(
        TITLE, f"{TITLE}\n\nby City Desk\n\nShare\n\nTweet", 1
    )  # the stamp a few lines above the lead, as the title, byline and share bar put it
    meta = meta_of(text)
    assert (meta.date, meta.confidence["date"]) == (MARCH3, "high")


def test_a_byline_with_the_stamps_time_is_sure():
    head = ["Home", "News", "Local", TITLE, "By Dana Reyes@CityDesk Mar 3, 2020, 11:47am EST"]
    tools = [f"Share this on {site}" for site in "Facebook Twitter Reddit Email Print".split()]
    tools += [f"Comments {n}" for n in range(10)]  # the lead is far below the byline
    body = [*STORY, "Find Tickets", "Sun Mar 8", "City vs Rovers"]
    text = "\n\n".join([*head, *tools, *body]) + "\n"
    meta = meta_of(text)
    assert (meta.date, meta.confidence["date"]) == (MARCH3, "high")


def test_an_outlets_series_name_opening_the_headline_is_no_masthead():
    assert not _outlet_first("9to5Mac Gift Guide: What do you buy for the person who has it all?")
    assert _outlet_first("The Korea Times Allies end talks without a deal")


def _title_rating(lines: list[str], share: float) -> str:
    """The title's rating when the cleaner gave its headline this share of the score."""
    cleaned = clean("\n\n".join(lines) + "\n")
    rival = "Night buses to run all winter"
    cleaned = replace(cleaned, candidates={"title": [(TITLE, share), (rival, 1 - share)]})
    meta = Metadata()
    find_title(cleaned, meta, "seed.txt")
    return meta.confidence["title"]


def test_a_headline_the_byline_follows_is_sure_when_far_ahead_of_the_rest():
    head = ["Home", "News", TITLE]
    assert _title_rating([*head, "By Dana Reyes", "March 3, 2020", *STORY], 0.8) == "high"
    assert _title_rating([*head, "By Dana Reyes", "March 3, 2020", *STORY], 0.6) == "low"
    assert _title_rating([*head, "March 3, 2020", *STORY], 0.8) == "low"


def test_the_dek_and_the_photo_may_stand_between_the_headline_and_its_byline():
    head = ["Home", "News", TITLE]
    dek = "Shift workers had complained for months about the last buses."
    photo = ["A night bus at the depot on Monday.", "Credit...", "Dana Reyes/The City Paper"]
    lines = [*head, dek, *photo, "By Dana Reyes", "March 3, 2020", *STORY]
    assert _title_rating(lines, 0.8) == "high"
    # a line no header holds (a list of other stories) between them breaks the head
    other = ["Related stories", "Mayor names new transit chief", "By Dana Reyes", "March 3, 2020"]
    assert _title_rating([*head, *other, *STORY], 0.8) == "low"


def test_a_headline_its_share_button_quotes_is_sure():
    button = f"Share All sharing options for: {TITLE}"
    lines = ["Home", "News", TITLE, "March 3, 2020", "Share this story", button, *STORY]
    assert _title_rating(lines, 0.55) == "high"
    assert _title_rating(lines, 0.45) == "low"
    assert _title_rating(["Home", "News", TITLE, "March 3, 2020", *STORY], 0.55) == "low"


def test_the_runner_up_is_never_the_chosen_headline_again():
    cleaned = clean("\n\n".join(["Home", "News", TITLE, "By Dana Reyes", *STORY]) + "\n")
    rival = "Night buses to run all winter"
    cleaned = replace(cleaned, candidates={"title": [(TITLE, 0.6), (TITLE, 0.3), (rival, 0.1)]})
    meta = Metadata()
    find_title(cleaned, meta, "seed.txt")
    assert meta.runner_up["title"] == rival


def test_no_round_is_sure_only_when_the_text_numbers_no_talks():
    plain = meta_of(page([]))
    assert plain.round is None and plain.confidence["round"] == "high"
    story = STORY[:2] + ["The council's 25th session on the plan is set for next month."]
    numbered = meta_of("\n\n".join(["Home", TITLE, *story]) + "\n")
    assert numbered.confidence["round"] == "low" or numbered.round is not None


def test_no_place_for_reported_talks_is_a_guess():
    talks = STORY[:1] + ["The two sides held talks on the fares but reached no deal, they said."]
    meta = meta_of("\n\n".join(["Home", TITLE, *talks]) + "\n")
    assert meta.location is None
    assert meta.confidence["location"] == "low"
