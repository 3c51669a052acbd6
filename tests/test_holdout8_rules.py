"""Rules the holdout8 blind set exposed, each on made-up lines and pages (not the corpus pages)."""

from __future__ import annotations

import pytest
from conftest import page_fields

from generator.clean import clean, is_caption, line_rule
from generator.extract import figures, location, rounds
from generator.extract.author import parse_byline

STORY = [
    "Negotiators from the two countries ended a second round of talks on a fisheries deal in "
    "Lisbon on Friday without settling the catch limits for tuna, officials said.",
    "The delegations agreed on chapters covering inspections and port access, according to a "
    "statement released by the fisheries ministry after the meeting.",
    "The third round will be held in the autumn, the ministry said, without giving a date.",
]
HEADLINE = "Allies end second round of fisheries talks in Lisbon with tuna limits unsettled"


fields = page_fields


def money(text: str) -> list[tuple[float, str]]:
    return [(float(f.value), f.unit) for f in figures.extract([text])]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "a fee of about 3.5 million to 4.2 million dollars a year",
            [(3.5e6, "USD"), (4.2e6, "USD")],
        ),
        ("duties as low as 5pc on some goods", [(5.0, "%")]),
        ("관세를 3~8% 낮추기로 했다", [(3.0, "%"), (8.0, "%")]),
        ("a loss of Rs40 billion for Pakistan's textile mills", [(4e10, "PKR")]),
        ("fines of Rs 500 crore on the firms", [(5e9, "INR")]),
        ("Jordan's budget of 12 billion dinars", [(1.2e10, "JOD")]),
        ("a budget of 12 billion dinars", []),  # no country named: which dinar is unknown
    ],
)
def test_money_forms(text, found):
    assert money(text) == found


def test_a_shared_currency_name_takes_the_country_the_article_names_most():
    paras = [
        "Sri Lanka's central bank held rates on Friday.",
        "The government will spend Rs 200 billion on roads.",
    ]
    assert [(float(f.value), f.unit) for f in figures.extract(paras)] == [(2e11, "LKR")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("부산에서 열린 제31차 한일 어업공동위원회에서 양측은", 31),
        ("제4차 공동위원회를 열었다", 4),
    ],
)
def test_a_standing_committees_session_is_the_round(text, value):
    assert rounds.round_mentions(text) == [(value, True)]


def test_a_count_since_a_gap_is_no_session_number():
    assert rounds.round_mentions("양국 공동위 20년 만에 세 번째 회의") == [(3, False)]


def test_a_participle_clause_keeps_its_tense_from_the_venue():
    text = (
        "The two sides opened their first round of talks this week in Lisbon, beginning what "
        "officials say will be a long fight over quotas."
    )
    assert location.extract([("paragraph 1", text)], 1)[0] == "Lisbon"


def test_a_korean_place_reads_only_its_own_time_words():
    text = "해수부는 지난 3일부터 도쿄에서 열린 회의에서 내년 어획량을 정했다고 밝혔다."
    assert location.extract([("paragraph 1", text)], None)[0] == "Tokyo"
    later = "다음 회의는 내년 도쿄에서 열릴 예정이다."
    assert location.extract([("paragraph 1", later)], None)[0] is None


@pytest.mark.parametrize(
    "text, names",
    [
        ("WRITER: Jane Roe", ["Jane Roe"]),
        ("YTN 김철수 (kim@ytn.co.kr)", ["김철수"]),
        ("CBS노컷뉴스 김철수 기자", ["김철수"]),
        ("이메일 : jebo@example.co.kr", []),
    ],
)
def test_byline_forms(text, names):
    assert parse_byline(text) == names


def test_a_hangul_name_with_a_member_id_under_the_stamp_is_the_byline():
    page = [
        "한일 어업협상 2차 회의 리스본서 개막",
        "24.05.08 18:32",
        "박민수 (pms21)",
        "한국과 일본이 어업협상 2차 회의를 8일 포르투갈 리스본에서 시작했다. 양측은 닷새 동안 "
        "어획량과 조업 구역을 놓고 협상을 벌인다.",
        "해양수산부 관계자는 협상 결과를 지켜봐야 한다고 말했다. 다음 회의 일정은 정해지지 않았다.",
    ]
    assert fields(page).author == ["박민수"]


@pytest.mark.parametrize(
    "line, role",
    [
        ("Go deeper: Another story about the same talks", "inline-promo"),
        ("MORE: Officials say talks were 'constructive'", "inline-promo"),
        ("NEWSPAPER SECTION: Business", "page-ui"),
        ("Do you like the content of this article?", "page-ui"),
        ("Synopsis", "page-ui"),
        ("SEE ALL", "page-ui"),
        (
            "(Catch all the Business News, Breaking News Events and Latest News Updates on "
            "Example Times.)",
            "site-promo",
        ),
        (
            "※예시뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 모든 얘깃거리를 알려주세요.",
            "reader-appeal",
        ),
        ("Have a news tip? Send us your tips at tips@example.com", "reader-appeal"),
    ],
)
def test_chrome_lines(line, role):
    assert line_rule(line, True) == role


@pytest.mark.parametrize(
    "line",
    [
        "More than half of the quota went unused last year, officials said.",
        "Police said they were waiting for tips from the public about the boat.",
        "The section of the deal on quotas was settled on Friday.",
    ],
)
def test_story_lines_stay(line):
    assert line_rule(line, True) is None


def test_a_caption_credit_after_a_bar():
    assert is_caption("The minister has said the country pays its share. | Jane Roe/AP")


def test_an_acronym_outlet_counts_only_in_capitals():
    page = [
        "The Example Times",
        HEADLINE,
        "By Jane Roe",
        "Font Size",
        "Abc",
        "Small",
        "Abc",
        "Large",
        *STORY,
    ]
    meta = fields(page)
    assert meta.source != "ABC News"
    roles = {ln.role for ln in clean("\n".join(page)).lines if ln.text == "Abc"}
    assert not roles & {"masthead", "caption"}  # a one-word line printed twice is no caption
