"""Rules the holdout9 blind set exposed, each on made-up lines and pages (not the corpus pages)."""

from __future__ import annotations

import pytest
from conftest import TRADE_HEADLINE, TRADE_STORY, page_fields

from generator.clean import clean, line_rule
from generator.extract.author import parse_byline
from generator.extract.figures import find
from generator.extract.rounds import round_mentions

STORY, HEADLINE = TRADE_STORY, TRADE_HEADLINE


fields = page_fields


def body(*parts: list[str]) -> list[str]:
    return clean("\n".join(line for part in parts for line in part)).paragraphs


@pytest.mark.parametrize(
    "line, role",
    [
        ("NEWYou can now listen to Example News articles!", "page-ui"),
        ("Example Weekly Is A Trust Project Member", "disclaimer"),
        (
            "Example AI is in beta. Translations may contain inaccuracies—please refer to the "
            "original content.",
            "disclaimer",
        ),
        (
            "EXAMPLE may receive compensation for some links to products and services on this "
            "website.",
            "disclaimer",
        ),
        ("Oops! Looks like you have exceeded the limit to bookmark the image.", "disclaimer"),
        (
            "Catch all the Business News, Market News and Latest News Updates on Example Mint.",
            "site-promo",
        ),
        (
            "This material may not be published, broadcast, rewritten, or redistributed. ©2026 "
            "Example Network, LLC. All rights reserved. Quotes displayed in real-time or delayed "
            "by at least 15 minutes. Market data provided by a vendor. Legal Statement.",
            "copyright",
        ),
        ('▶관련기사 : 장관 "협상 곧 재개"…실무단 파견', "inline-promo"),
        ("예시신문에 후원하세요", "reader-appeal"),
        ("독자님의 후원금은 더 좋은 기사를 쓰는 데 쓰입니다.", "reader-appeal"),
    ],
)
def test_chrome_lines(line, role):
    assert line_rule(line, "후원" not in line and "관련" not in line) == role


@pytest.mark.parametrize(
    "line",
    [
        "The agency may receive a commission from the fund, officials said.",
        "Both sides said translations of the text would be checked by lawyers.",
        "The ministry said it would support our exporters with new credit lines.",
    ],
)
def test_story_lines_stay(line):
    assert line_rule(line, True) is None


def test_comments_in_a_share_row_does_not_end_the_story():
    meta = fields(
        ["Home", "World"],
        ["A video's title about the talks", "The talks were useful, the minister said on Friday."],
        [HEADLINE],
        ["By Jane Roe", "Published March 2, 2025 9:01am EDT"],
        ["Facebook", "Twitter", "Flipboard", "Comments", "Print", "Email"],
        STORY,
    )
    assert meta.title == HEADLINE
    assert meta.round == 4


def test_a_shouted_link_between_paragraphs_is_dropped():
    link = "MINISTER WARNS PARTNERS THAT THE DEAL COULD COLLAPSE WITHIN WEEKS"
    paragraphs = body([HEADLINE, "By Jane Roe"], STORY[:2], [link], STORY[2:])
    assert link not in paragraphs
    assert STORY[2] in paragraphs


def test_a_short_subhead_in_capitals_stays():
    subhead = "WHAT THE DEAL MEANS FOR CARS"
    paragraphs = body([HEADLINE, "By Jane Roe"], STORY[:2], [subhead], STORY[2:])
    assert subhead in paragraphs


def test_a_pun_headline_named_by_the_print_note_beats_its_dek():
    dek = "The allies are arguing over car tariffs again"
    meta = fields(
        ["Menu", "Weekly edition", "Europe | Trade diplomacy"],
        ["Tariff tango", dek, "Dec 3rd 2026|LISBON|4 min read"],
        STORY,
        [
            "This article appeared in the Europe section of the print edition under the "
            'headline "Tariff tango"'
        ],
    )
    assert meta.title == "Tariff tango"
    assert meta.subtitle == dek


def test_the_headline_a_breadcrumb_ends_with_is_not_the_dek():
    dek = "Officials narrowed gaps on services, but car tariffs remain the sticking point"
    meta = fields(
        ["Home", "Markets", f"Business News/ Economy/ {HEADLINE}"],
        [HEADLINE, dek, "Jane Roe", "Published 5 Dec 2026, 07:42 PM IST"],
        STORY,
    )
    assert meta.title == HEADLINE
    assert meta.subtitle == dek
    assert meta.author == ["Jane Roe"]


def test_a_name_then_its_outlet_after_a_slash_is_a_byline():
    meta = fields(
        ["Home", "National", "Business"],
        [HEADLINE, "Jane Roe / The Korea Times"],
        ["Share:", "Facebook", "Twitter", "Telegram", "Publication date 03 December 2026 | 08:47"],
        STORY,
    )
    assert meta.author == ["Jane Roe"]


def test_a_wire_name_glued_after_the_last_name():
    assert parse_byline("By Jane Roe , Ben Ortiz Associated Press") == ["Jane Roe", "Ben Ortiz"]


def test_a_dek_over_the_photo_and_a_dateline_lead():
    dek = "The two sides agreed to speed up talks on car tariffs, aiming to sign in 2027."
    caption = "Delegates at the fourth round of talks in Lisbon. — Photo example.gov"
    lead = "HÀ NỘI — " + STORY[0]
    meta = fields(
        ["Home", "Economy"],
        [HEADLINE, "December 04, 2026 - 08:35", dek, caption],
        [lead],
        STORY[1:],
    )
    assert meta.subtitle == dek


def test_an_outlets_sign_off_closes_the_last_paragraph():
    paragraphs = body(
        [HEADLINE, "By Jane Roe"], STORY, ["The third round took place in Hà Nội in June. — VNS"]
    )
    assert paragraphs[-1] == "The third round took place in Hà Nội in June."


@pytest.mark.parametrize(
    "text, unit, value",
    [
        ("save more than 1.2 trillion riels a year", "KHR", 1.2e12),
        ("could rise by VNĐ25 trillion a year", "VND", 25e12),
    ],
)
def test_riels_and_the_vietnamese_dong_sign(text, unit, value):
    assert [(float(v), u) for _, _, v, u in find(text)] == [(value, unit)]


def test_the_first_meeting_in_korean_is_round_one():
    assert round_mentions("방위비 재협상 첫 회의 워싱턴서 열려", headline=True) == [(1, True)]
