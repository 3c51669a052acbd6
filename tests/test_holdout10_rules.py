"""Rules the holdout10 blind set exposed, each on made-up lines and pages (not the corpus pages)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TRADE_HEADLINE, TRADE_STORY, page_fields

from generator.clean import clean, line_rule
from generator.lexicon.dates import date_spans

STORY, HEADLINE = TRADE_STORY, TRADE_HEADLINE
MORE = [
    "Officials on both sides said the chapters on services and investment were close to done, "
    "and that the negotiators would exchange revised tariff offers before the next meeting.",
    "Business groups in both countries have urged the governments to finish the talks this year, "
    "saying exporters of machinery and wine stand to gain the most from lower duties.",
]
KO_STORY = [
    "한국과 포르투갈은 3일부터 이틀간 리스본에서 경제동반자협정(EPA) 체결을 위한 첫 회의를 열었다.",
    "양측은 상품 양허와 원산지 규정을 놓고 각자의 입장을 설명했다고 산업통상자원부가 밝혔다.",
    "2차 회의는 다음 달 서울에서 열릴 예정이다.",
]
KO_HEADLINE = "한·포르투갈 EPA 첫 협상 리스본서 개최…상품 양허 논의"


fields = page_fields


def roles(*parts: list[str]) -> dict[str, str]:
    text = "\n".join(line for part in parts for line in part)
    return {ln.text: ln.role for ln in clean(text).lines}


@pytest.mark.parametrize(
    "line, role",
    [
        ("(Jane Roe / Associated Press)", "photo-credit"),
        ("This content was published on", "page-ui"),
        (
            "Based on facts, either observed and verified directly by the reporter, or reported "
            "and verified from knowledgeable sources.",
            "page-ui",
        ),
        (
            "Example's Energy Brief brings you the week's energy news from Lisbon and beyond, "
            "every Monday.",
            "newsletter",
        ),
        ("읽어주기 기능은 크롬기반의", "page-ui"),
        ("브라우저에서만 사용하실 수 있습니다.", "page-ui"),
        ("[Edited by Jane Roe/Ben Ortiz]", "credit"),
    ],
)
def test_chrome_lines(line, role):
    assert line_rule(line, True if line.isascii() else False) == role


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the deal brings you closer to a market of 40 million people.",
        "Both teams met in Lisbon, every delegation bringing its own lawyers, officials said.",
        "The content of the agreement was published on the ministry's website on Friday.",
    ],
)
def test_story_lines_stay(line):
    assert line_rule(line, True) is None


def test_a_day_month_year_joined_by_hyphens_is_a_date():
    assert [d for _, _, d, _ in date_spans("Updated 23:18, 15-Sep-2025")] == [date(2025, 9, 15)]


def test_a_caption_date_is_not_the_page_date():
    meta = fields(
        ["Home", "World", "Business"],
        [HEADLINE],
        ["By JANE ROE in Lisbon | Example Daily | Updated: 2025-03-04 07:31"],
        ["A container ship berths at the port of Sines on Mar 1, 2025. [Photo/Example]"],
        STORY,
    )
    assert meta.date == date(2025, 3, 4)


def test_an_update_stamp_under_the_publication_stamp_is_sure():
    meta = fields(
        ["Home", "World"],
        [HEADLINE],
        ["Jane Roe", "Mar 3, 2025 10:42 pm WET", "Updated: Mar 4, 2025 1:15 am WET"],
        ["Gift this article", "Listen to this article"],
        STORY,
    )
    assert (meta.date, meta.updated) == (date(2025, 3, 3), date(2025, 3, 4))
    assert meta.confidence["date"] == "high"


def test_a_print_edition_date_loses_to_the_web_stamp():
    meta = fields(
        ["뉴스", "경제"],
        [KO_HEADLINE],
        ["입력 : 2025-03-03 18:25:31수정 : 2025-03-03 18:40:12게재 : 2025-03-04 05:00:00 (10면)"],
        ["홍길동 기자 hong@example.com"],
        KO_STORY,
    )
    assert meta.date == date(2025, 3, 3)
    assert meta.confidence["date"] == "high"


def test_a_first_meeting_is_round_one():
    meta = fields(["뉴스", "경제"], [KO_HEADLINE], ["입력 2025.03.03 (21:23)"], KO_STORY)
    assert meta.round == 1


def test_shekels_after_nis():
    meta = fields(
        [HEADLINE],
        ["By Jane Roe"],
        STORY[:2],
        ["The war has cost the economy an estimated NIS 250 billion ($67 billion), the bank said."],
    )
    assert {(f.value, f.unit) for f in meta.figures} >= {(250_000_000_000, "ILS")}


def test_a_place_before_talks_in_a_city_is_the_topic():
    meta = fields(
        ["Home", "World"],
        ["Mediators Open New Round of Gaza Talks in Doha as Gaps Persist"],
        ["By Jane Roe"],
        [
            "A new round of negotiations opened on Thursday, with the mediators presenting a "
            "bridging proposal to both delegations, officials said.",
            "The previous round ended without agreement, and families protested again.",
        ],
    )
    assert meta.location == "Doha"


def test_a_link_box_closed_by_read_more_with_its_headline_is_dropped():
    box = [
        "More",
        "Watch exports to Asia fall for a sixth month",
        "This content was published on Jul 18, 2025",
        "Watchmakers shipped 25.8% less to the region in the first half of the year.",
        "Read more: Watch exports to Asia fall for a sixth month",
    ]
    lead = STORY[0] + " The ministry called the meeting constructive but gave no figures."
    page = [lead, *STORY[1:], *box, *MORE]
    got = roles(["Home"], [HEADLINE], ["By Jane Roe", "March 3, 2025"], page)
    assert got[HEADLINE] == "title"
    assert all(got[line] != "paragraph" for line in box)
    assert got[MORE[0]] == "paragraph"


def test_a_box_heading_naming_the_site_drops_its_links():
    got = roles(
        ["Home"],
        [HEADLINE],
        ["By Jane Roe"],
        STORY[:2],
        ["Read more with Example", "Allies strike a steel deal after nine years of talks"],
        STORY[2:],
    )
    assert got["Allies strike a steel deal after nine years of talks"] == "related-list"
    assert got[STORY[2]] == "paragraph"


def test_a_bullet_before_a_related_heading():
    got = roles(["뉴스"], [KO_HEADLINE], ["홍길동 기자"], KO_STORY[:2], ["■ 관련기사"],
                ["- 포르투갈 와인 수출 역대 최대…관세 철폐 기대"], KO_STORY[2:])  # fmt: skip
    assert got["- 포르투갈 와인 수출 역대 최대…관세 철폐 기대"] == "related-list"


def test_a_name_over_its_email_at_the_foot_is_the_byline():
    meta = fields(
        ["KBS 뉴스", "정치"],
        [KO_HEADLINE],
        ["입력 2025.03.03 (21:23)", "공유하기"],
        KO_STORY,
        [
            "촬영기자:김영수/영상편집:박민지",
            "홍길동 기자",
            "hong@example.com",
            "홍길동 기자의 기사 모음",
        ],
    )
    assert meta.author == ["홍길동"]


def test_a_name_over_the_outlet_over_a_stamp_is_a_sure_byline():
    meta = fields(
        ["Home", "Trade"],
        [HEADLINE],
        ["Negotiators made headway on rules of origin but left car tariffs for the next round."],
        ["Jane Roe", "Euractiv", "Mar 3, 2025 14:52"],
        STORY,
    )
    assert meta.author == ["Jane Roe"]
    assert meta.confidence["author"] == "high"


def test_alt_text_over_the_caption_with_its_credit_is_kept_once():
    caption = "The prime minister during a press conference in Lisbon last month."
    got = roles(
        ["Home"],
        [HEADLINE],
        ["By Jane Roe", "Mar 3, 2025"],
        [caption, caption + "Credit: Jane Roe/ Reuters"],
        STORY,
    )
    assert got[caption] == "caption"
    assert got[caption + "Credit: Jane Roe/ Reuters"] != "paragraph"


def test_a_korean_dateline_in_lenticular_brackets_names_the_writer():
    meta = fields(
        ["뉴스", "정치"],
        [KO_HEADLINE],
        ["입력 2025.03.03 17:48수정 2025.03.03 18:02"],
        ["【리스본=홍길동 기자】" + KO_STORY[0]],
        KO_STORY[1:],
        ["hong@example.com 홍길동 기자"],
    )
    assert meta.author == ["홍길동"]
    assert meta.confidence["author"] == "high"


def test_an_update_stamp_under_the_story_is_sure():
    meta = fields(
        ["Home", "Business"],
        [HEADLINE],
        ["Jane Roe", "March 3, 2025", "Listen"],
        STORY,
        ["Updated: March 4, 2025, 6:02 AM", "Sign up to our Business newsletter"],
    )
    assert meta.updated == date(2025, 3, 4)
    assert meta.confidence["updated"] == "high"
