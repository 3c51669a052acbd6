"""Where the talks took place, for the venue phrasings the holdout4 pages showed: a district
with the part of the city it lies in, a recalled round after a short time phrase, 'last week',
and a Korean city named before the district or hall."""

from __future__ import annotations

import pytest

from generator.extract import location


def place_of(*paragraphs: str, dateline: str | None = None, current_round: int | None = None):
    texts = [("title", "Allies hold talks")]
    texts += [(f"paragraph {i}", p) for i, p in enumerate(paragraphs, 1)]
    return location.extract(texts, current_round, dateline)[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The meeting was held at the Trade Tower in Samseong-dong, southern Seoul.",
            "Seoul",
        ),
        ("The talks took place at a hotel in Jongno, central Seoul.", "Seoul"),
        ("Negotiators met in Gangnam, southeastern Seoul, on Monday.", "Seoul"),
        ("Negotiators met in Geneva, central Switzerland, on Monday.", "Geneva"),
    ],
)
def test_district_then_the_part_of_the_city(text, expected):
    assert place_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The session ended at the State Department in Washington, about two months after "
        "the first round in Seoul.",
        "The meeting was held in Washington, three weeks after the first round in Seoul.",
        "The delegations met in Washington, the first session since the first round in Seoul.",
    ],
)
def test_a_recalled_round_after_a_time_phrase_is_not_the_venue(text):
    assert place_of(text, current_round=2) == "Washington"


def test_last_week_is_the_reported_talks_when_nothing_else_names_a_place():
    text = "The two delegations met in Honolulu last week, the first such session in a year."
    assert place_of(text, current_round=4) == "Honolulu"


def test_a_place_without_last_week_comes_first():
    assert (
        place_of(
            "Delegates met in Vienna last week to prepare.",
            "The fourth round of talks ended in Geneva on Friday.",
            current_round=4,
        )
        == "Geneva"
    )


def test_a_round_recalled_last_week_still_gives_way_to_the_dateline():
    text = "The third round was held in Majuro last week."
    assert place_of(text, dateline="HONOLULU", current_round=4) == "Honolulu"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("대표단은 이틀간 서울 한국국방연구원(KIDA)에서 열린 5차 회의를 마쳤다.", "Seoul"),
        ("양측은 서울 서초구 국립외교원에서 사흘간 열린 7차 회의를 마쳤다.", "Seoul"),
        ("한국과 칠레가 아르헨티나 부에노스아이레스에서 5차 협상을 열었다.", "Buenos Aires"),
        ("양측은 서울 종로구 외교부 청사에서 4차 회의를 열었다.", "Seoul"),
        ("4차 회의는 미국 하와이 호놀룰루에서 열렸다.", "Honolulu"),
        ("4차 회의는 미국 워싱턴 D.C.에서 열렸다.", "Washington"),
        ("양측은 이번 회의에서 상품 양허를 논의했다.", None),
    ],
)
def test_korean_city_before_the_hall_or_district(text, expected):
    assert place_of(text, current_round=None) == expected


def test_korean_venue_beats_the_reporters_base_in_the_dateline():
    text = "[세종=뉴시스] 기자 = 양측이 아르헨티나 부에노스아이레스에서 5차 협상을 열었다."
    assert place_of(text, dateline="세종", current_round=5) == "Buenos Aires"
