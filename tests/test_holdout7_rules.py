"""Rules the holdout7 blind set exposed, each on made-up lines and pages (not the corpus pages)."""

from __future__ import annotations

import pytest
from conftest import TRADE_HEADLINE, TRADE_STORY, page_fields

from generator import headline
from generator.clean import line_rule
from generator.lexicon import outlets

STORY, HEADLINE = TRADE_STORY, TRADE_HEADLINE


fields = page_fields


@pytest.mark.parametrize(
    "line, role",
    [
        ("Comments will be moderated. Keep comments relevant to the article.", "disclaimer"),
        (
            "Comments must be civil. Please abide by our community guidelines when posting.",
            "disclaimer",
        ),
        (
            "We have migrated to a new commenting platform. Registered users can log in.",
            "disclaimer",
        ),
        ("The top stories from the region, delivered every weekday.", "newsletter"),
        ("Read a summary of this article on QUICK.", "page-ui"),
        ("Try our new swipe-through story view. Give it a try.", "site-promo"),
        ("Add Example News as a preferred source on Google", "site-promo"),
        ("Jane Roe | Reuters", "photo-credit"),
    ],
)
def test_chrome_lines(line, role):
    assert line_rule(line, True) == role


@pytest.mark.parametrize(
    "line",
    [
        "The parcels were delivered every day to the base by the contractor, officials said.",
        "He said both sides were ready to give it a try if the terms were right.",
        "Officials said the talks would be moderated by a mediator from Oman.",
    ],
)
def test_story_lines_stay(line):
    assert line_rule(line, True) is None


def line(text: str, kind: str = "candidate") -> headline.Line:
    return headline.Line(text, len(text.split()), kind)


@pytest.mark.parametrize(
    "text",
    [
        "1일 부산에서 열린 회의에서 각국 대표들이 논의하고 있다. 연합뉴스",
        "Delegates gather in Lisbon before the opening session. Reuters",
    ],
)
def test_a_sentence_closed_by_a_bare_credit_is_a_caption(text):
    assert headline._captioned(line(text))


@pytest.mark.parametrize(
    "text",
    [
        "Trade deficit with the U.S. Narrows again",
        "New York man pleads guilty to threatening to kill Rep. Ilhan Omar",
        "Talks end. Deal still far off, officials say",
    ],
)
def test_a_headline_with_a_stop_inside_is_no_caption(text):
    assert not headline._captioned(line(text))


def test_a_caption_printed_twice_above_the_story_is_not_the_headline():
    caption = "1일 서울 외교부 청사에서 양국 대표단이 협상을 벌이고 있다. 뉴스통신"
    meta = fields(
        ["뉴스", "정치", "경제", "언론사 구독"],
        ['한·포르투갈 EPA 4차 협상 리스본서 종료…"자동차 관세 이견"'],
        ["입력2025.03.02. 오후 6:12", "기사원문", "홍길동 기자"],
        [caption, caption],
        [
            "한국과 포르투갈이 리스본에서 경제동반자협정(EPA) 4차 협상을 마쳤다고 산업통상자원부가 "
            "2일 밝혔다.",
            "양측은 상품 양허와 원산지 규정을 놓고 논의했으나 "
            "자동차 관세에서 이견을 좁히지 못했다.",
            "5차 협상은 올 하반기 서울에서 열릴 예정이다.",
        ],
    )
    assert meta.title.startswith("한·포르투갈 EPA 4차 협상")


def test_a_tagged_dek_without_a_stop_is_the_dek():
    meta = fields(
        ["Home", "World", "Business"],
        [HEADLINE],
        ["CAR TARIFFS: The sides closed most chapters but remain apart on autos, officials said"],
        ["By Jane Roe / Staff reporter"],
        STORY,
    )
    assert meta.title == HEADLINE
    assert meta.subtitle.startswith("CAR TARIFFS: The sides closed")


def test_a_caption_over_a_photo_label_is_not_read_for_the_venue():
    meta = fields(
        ["Home", "World", "Business"],
        [HEADLINE],
        ["By Jane Roe / Staff reporter"],
        ["The trade minister speaks at a news conference in Madrid on Thursday.", "Photo: AFP"],
        STORY,
    )
    assert meta.location == "Lisbon"


def test_two_names_split_by_follow_buttons():
    meta = fields(
        ["Home", "World", "Business"],
        [HEADLINE],
        ["By Jane Roe", "Follow", "and Ben Ortiz", "Follow", "March 2, 2025 9:01 pm ET"],
        STORY,
    )
    assert meta.author == ["Jane Roe", "Ben Ortiz"]


def test_a_name_over_its_handle_beats_a_photo_credit():
    meta = fields(
        ["Home", "World", "Business"],
        [HEADLINE],
        ["Published Sun, Mar 2 2025 9:01 PM EST", "Jane Roe", "@JaneRoeNews", "WATCH LIVE"],
        ["Delegates arrive for the talks in Lisbon, March 2, 2025.", "Tom Little | Reuters"],
        STORY,
    )
    assert meta.author == ["Jane Roe"]


def test_herald_business_is_its_own_paper():
    assert outlets.by_name("헤럴드경제").name == "Herald Business"
    assert outlets.by_domain("heraldbiz.com").name == "Herald Business"
    assert outlets.by_name("Korea Herald").name == "The Korea Herald"
