"""Rules the holdout6 blind set exposed, each on made-up lines (not the corpus pages)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.clean import clean, is_caption, is_name_line, line_rule
from generator.extract import author, figures, location, rounds


@pytest.mark.parametrize(
    "line, role",
    [
        ("This was published 3 years ago", "page-ui"),
        ("This article was published more than two weeks ago", "page-ui"),
        ("Sign in or subscribe to save this story", "page-ui"),
        ("Log in, register or subscribe to save articles for later.", "page-ui"),
        ("Change Size", "page-ui"),
        ("Change the text size", "page-ui"),
        ("Already a subscriber? Log in here", "page-ui"),
        ("Latest updates", "page-ui"),
        ("Refresh for latest", "page-ui"),
        ("Load more posts", "page-ui"),
        ("Spotted an error in this story?", "page-ui"),
        ("Report it to us.", "page-ui"),
        ("Thank you for your feedback!", "page-ui"),
        ("Social Sharing", "share-bar"),
        ("Premium stories need a plan. Subscribe now to listen.", "site-promo"),
        (
            "Listening to stories is free for all readers - learn more about text-to-speech.",
            "page-ui",
        ),
        (
            "Alerts come through the day; turn them off by tapping the bell icon.",
            "newsletter",
        ),
        ("기사를 스크랩했습니다.", "page-ui"),
        ("내 스크랩 보기", "share-bar"),
        ("네이버 블로그", "share-bar"),
        ("기자사진 홍길동", "page-ui"),
    ],
)
def test_chrome_lines(line, role):
    english = not any("\uac00" <= c <= "\ud7a3" for c in line)
    assert line_rule(line, english) == role


@pytest.mark.parametrize(
    "line",
    [
        "The minister said she found a mistake in the figures and would report it to parliament.",
        "Officials will change the size of the quota next year, the ministry said.",
        "Negotiators were back in Geneva on Monday for the talks.",
        "이번 협상에서 양측은 상품 양허를 논의했다.",
    ],
)
def test_story_lines_stay(line):
    english = not any("\uac00" <= c <= "\ud7a3" for c in line)
    assert line_rule(line, english) is None


def test_a_name_with_its_outlet_in_parentheses_is_a_byline():
    assert is_name_line("Maria Lopez (The Jakarta Post)")
    assert is_name_line("Tom Reyes (staff writer)")
    assert not is_name_line("Airlangga Hartarto (right)")


def test_parenthesised_outlet_byline_names_the_writer():
    page = "\n".join(
        [
            "The Jakarta Post",
            "Indonesia and Peru end a round of trade talks in Lima",
            "Officials say a deal on farm goods and mining could be signed within the year.",
            "Maria Lopez (The Jakarta Post)",
            "Jakarta ● Mon, March 3, 2025",
            "Indonesia and Peru ended a fourth round of talks in Lima on Friday, with negotiators "
            "saying they had agreed on most of the chapters on goods and services.",
            "Officials said the next round would be held in Jakarta in June, and that both sides "
            "hoped to sign the deal before the end of the year.",
        ]
    )
    cleaned = clean(page)
    assert cleaned.first("subtitle") is not None
    assert author.extract(cleaned)[0] == ["Maria Lopez"]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("a payout of Dh3.5 billion to the fund", Decimal("3500000000"), "AED"),
        ("fees of Dhs 250 a month", Decimal("250"), "AED"),
        ("a grant of 40 million kina for roads", Decimal("40000000"), "PGK"),
    ],
)
def test_gulf_dirhams_and_kina(text, value, unit):
    assert [(v, u) for _, _, v, u in figures.find(text)] == [(value, unit)]


def test_back_in_a_city_is_the_venue_not_an_earlier_time():
    texts = [("title", "Trade talks: negotiators back in Ottawa as deadline nears")]
    assert location.extract(texts, None)[0] == "Ottawa"
    texts = [("title", "Back in 2019, talks in Ottawa were short")]
    assert location.extract(texts, None)[0] is None


def test_last_week_clause_naming_the_reported_round():
    lead = (
        "Officials wrapped up a third round of talks in Lisbon last week, with both sides "
        "saying a deal would take months."
    )
    assert location.extract([("paragraph 1", lead)], 3)[0] == "Lisbon"


def test_the_place_negotiators_left_after_the_round():
    lead = "Negotiators have left Nairobi without a deal after a fourth round of talks on tariffs."
    assert location.extract([("paragraph 1", lead)], 4)[0] == "Nairobi"


def test_a_concluded_korean_agreement_is_not_the_one_negotiated():
    text = "지난해 타결된 11차 방위비분담특별협정에 따라 분담금이 늘었다."
    assert rounds.extract_agreement([("paragraph 1", text)])[0] is None
    text = "제12차 방위비분담특별협정 체결을 위한 3차 회의가 열렸다."
    assert rounds.extract_agreement([("paragraph 1", text)])[0] == 12


def test_live_blog_entries_name_all_their_writers():
    page = "\n".join(
        [
            "Example News",
            "LIVE",
            "Trade talks resume in Mexico City as the deadline nears",
            "Example News · Posted: Mar 3, 2025 7:00 AM EST | Last Updated: March 4",
            "Latest updates",
            "Ana Ruiz",
            "9:10 a.m. ET March 4",
            "Talks resume",
            "Negotiators returned to the economy ministry in Mexico City this morning for a "
            "second day of talks on steel quotas and car parts.",
            "Ben Okafor",
            "4:30 p.m. ET March 3",
            "First day ends",
            "The first day of talks ended without a deal, officials said, and both sides agreed "
            "to meet again on Tuesday morning.",
        ]
    )
    assert author.extract(clean(page))[0] == ["Ana Ruiz", "Ben Okafor"]


@pytest.mark.parametrize("line", ["<앵커>", "< 기자 >", "◀ 리포트 ▶", "[Anchor]", "Highlights"])
def test_transcript_marks_and_box_headings(line):
    english = not any("\uac00" <= c <= "\ud7a3" for c in line)
    assert line_rule(line, english) == "page-ui"


def test_caption_closing_with_its_agency_after_a_dash():
    assert is_caption("The minister (left) with the EU trade commissioner in Brussels. - Bernama")
    assert not is_caption("Talks resume in Brussels - Bernama")


def test_a_section_name_the_menu_also_has_is_no_caption():
    page = "\n".join(
        [
            "Example Daily",
            "Business",
            "Sport",
            "Malaysia and Chile end a round of trade talks in Santiago",
            "By JANE ROE",
            "Business",
            "Friday, 16 May 2025",
            "Malaysia and Chile concluded the second round of negotiations in Santiago on "
            "Thursday, the trade ministry said in a statement.",
            "The third round will be held in Kuala Lumpur in September, the ministry said.",
        ]
    )
    roles = {ln.text: ln.role for ln in clean(page).lines if ln.zone != "above"}
    assert roles["Business"] != "caption"
