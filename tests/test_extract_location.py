"""Where the reported talks took place: venue over dateline, gazetteer names, Korean place names."""

from __future__ import annotations

import pytest

from generator.extract import location


def place_of(
    title: str, *paragraphs: str, dateline: str | None = None, current_round: int | None = None
):
    texts = [("title", title)] + [(f"paragraph {i}", p) for i, p in enumerate(paragraphs, 1)]
    return location.extract(texts, current_round, dateline)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Allies end first round of cost-sharing talks in Honolulu", "Honolulu"),
        ("Iran nuclear talks resume in Vienna", "Vienna"),
        ("Brexit talks: fifth round ends in Brussels with no breakthrough", "Brussels"),
        ("India, U.S. conclude fourth round of trade talks in New Delhi", "New Delhi"),
        ("China, US wrap up trade talks in Washington, D.C.", "Washington"),
        ("U.S., South Korea end Los Angeles cost talks without deal", "Los Angeles"),
        ("Six-party talks reopen in Beijing", "Beijing"),
        ("Geneva talks on Syria stall", "Geneva"),
        ("Negotiators gather on Jeju Island for second round", "Jeju"),
        ("한미, 방위비분담 4차 회의 제주서 개최", "Jeju"),
        ("한미 방위비 협상 서울에서 재개", "Seoul"),
        ("한미, 워싱턴에서 5차 회의", "Washington"),
        ("A costly peace of mind", None),
        ("Japan and China hold fourth round of expert talks on Fukushima Treated Water", None),
        ("Negotiators meet on Jeju for the third round", "Jeju"),
    ],
)
def test_place_in_the_headline(title, expected):
    assert place_of(title)[0] == expected


def test_venue_of_the_talks_beats_the_dateline():
    lead = (
        "SEOUL, Oct. 25 (Yonhap) -- South Korea and the United States ended two days of talks in "
        "Honolulu on Seoul's share of the cost, the foreign ministry said Friday."
    )
    assert place_of("Allies end second round without narrowing gap", lead, dateline="SEOUL") == (
        "Honolulu",
        "paragraph 1",
    )


def test_dateline_is_the_fallback():
    lead = "TOKYO (Reuters) - Officials said talks ended without agreement on Tuesday."
    assert place_of("Talks end without agreement", lead, dateline="TOKYO") == ("Tokyo", "dateline")


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("Negotiators met in the Hawaiian capital for the second round.", "Honolulu"),
        ("The talks were held at the Palais Coburg hotel in Vienna on Monday.", "Vienna"),
        ("The meeting took place in the southern resort island of Jeju.", "Jeju"),
        ("Delegates met in Vienna's Palais Coburg for a sixth day of talks.", "Vienna"),
        ("Negotiators from Iran met in Geneva, Switzerland, on Thursday.", "Geneva"),
        ("한국과 미국은 18일 제주에서 4차 회의를 열었다.", "Jeju"),
    ],
)
def test_venue_phrases(lead, expected):
    assert place_of("Allies hold talks", lead)[0] == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Following the first round held last month in Hawaii, the allies remain far apart.",
        "The next round will be held in Washington in January.",
        "The talks began in Honolulu in 2018, officials recalled.",
        "A Seoul-based analyst said the gap was wide.",
        "Officials at the White House declined to comment on the talks.",
        "앞서 한미는 지난 9월 서울에서 1차 회의를 열었다.",
    ],
)
def test_places_of_other_rounds_or_actors_are_not_the_venue(lead):
    assert place_of("Allies hold talks", lead)[0] is None


def test_place_of_another_round_is_skipped_for_the_current_one():
    lead = "The second round was held in Jeju, while the fourth round opened in Seoul on Tuesday."
    assert place_of("Allies open fourth round", lead, current_round=4)[0] == "Seoul"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Seoul", "Seoul"),
        ("SEOUL", "Seoul"),
        ("Osaka", "Osaka"),
        ("New Delhi", "New Delhi"),
        ("Delhi", "New Delhi"),
        ("Washington D.C.", "Washington"),
        ("제주", "Jeju"),
        ("서울", "Seoul"),
        ("부산", "Busan"),
        ("도쿄", "Tokyo"),
        ("Monday", None),
        ("White House", None),
        ("Korea", None),
    ],
)
def test_gazetteer_names(name, expected):
    assert location.place(name.title() if name.isupper() else name) == expected


@pytest.mark.parametrize(
    "dek, expected",
    [
        (
            (
                "Officials meet in Da Nang for the 28th round "
                "of talks before November's summit in Bangkok"
            ),
            "Da Nang",
        ),
        ("Negotiators gather in Geneva ahead of a ministerial meeting in Vienna", "Geneva"),
        ("Officials from 16 countries meet in Vietnam before the leaders' summit in Bangkok", None),
    ],
)
def test_a_later_event_is_not_the_venue(dek, expected):
    assert place_of("Trade pact talks resume", dek)[0] == expected


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("The talks were held at Lancaster House on Tuesday.", "London"),
        ("The two sides held talks at the Diaoyutai on Monday.", "Beijing"),
        ("Talks were held at the Palais des Nations on Monday.", "Geneva"),
        ("The meeting at the Great Hall of the People ended on Friday.", "Beijing"),
        ("The talks at KIDA ended on Monday.", "Seoul"),
    ],
)
def test_a_venue_resolves_to_its_city_over_the_dateline(lead, expected):
    choice = location.choose([("paragraph 1", lead)], None, "TOKYO")
    assert choice.value == expected
    # the dateline names another city: the venue is chosen, but it is a guess to review
    assert choice.runner_up == "Tokyo" and not choice.sure


def test_venue_and_dateline_agreeing_is_sure():
    choice = location.choose([("paragraph 1", "Talks opened in Seoul on Monday.")], None, "SEOUL")
    assert (choice.value, choice.sure, choice.origin) == ("Seoul", True, "paragraph 1")
