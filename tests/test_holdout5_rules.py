"""Rules the holdout5 blind set exposed, each on made-up lines (not the corpus pages)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.clean import is_byline, is_caption, line_rule
from generator.extract import dates, figures, location


@pytest.mark.parametrize(
    "line, role",
    [
        ("Disclaimer: Comments do not represent the views of Example.net.", "disclaimer"),
        ("We reserve the right to remove comments that break our rules.", "disclaimer"),
        (
            "By providing an email address. I agree to the Terms of Use and the Privacy Policy.",
            "newsletter",
        ),
        ("By providing your e-mail you accept our terms", "newsletter"),
        ("Don't miss out on the latest news and analysis.", "site-promo"),
        ("For corrections, tips or questions, contact us.", "contact"),
        (
            "Our website shows only a part of the news content offered to subscribers of the wire. "
            "Please contact us for subscription options.",
            "outlet-note",
        ),
        ("Short Url", "page-ui"),
        ("Short link", "page-ui"),
        ("Send feedback", "page-ui"),
        ("How does this story make you feel?", "page-ui"),
        ("Courtesy of the Defense Ministry", "photo-credit"),
        ("Photo courtesy of the Trade Department", "photo-credit"),
    ],
)
def test_chrome_lines(line, role):
    assert line_rule(line, True) == role


def test_korean_font_toolbar_is_a_button_row():
    assert (
        line_rule("인쇄 글자크기 선택 작은 크기 글자로 변경 큰 크기 글자로 변경", False)
        == "share-bar"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Courtesy of the ministry, the delegates were given a tour of the port and its new cranes.",
        "Officials said the meeting was held to discuss sending feedback to the ministry.",
        "글자 크기를 키운 새 교과서가 다음 학기부터 보급된다.",
        "For years, the two sides have struggled to agree on the terms.",
    ],
)
def test_story_lines_stay(line):
    english = not any("\uac00" <= c <= "\ud7a3" for c in line)
    assert line_rule(line, english) is None


def test_caption_ending_in_date_and_agency():
    assert is_caption("대표단이 회의장에 들어서고 있다. (외교부 제공) 2019.3.5/가나통신")
    assert not is_caption("양측은 다음 달 회의를 연다.")


def test_outlet_before_desk_city_byline():
    assert is_byline("가나일보 세종=홍길동 기자")
    assert is_byline("세종=홍길동 기자")
    assert not is_byline(
        "현장 취재 기자들이 몰려들었다는 소식이 전해졌다 이날 오후 늦게까지 이어졌다 결국"
    )


@pytest.mark.parametrize(
    "line, labels",
    [
        (
            "(부산=가나통신) 홍길동 기자 | 2021-03-04 09:10 송고 | 2021-03-05 11:00 최종수정",
            ["published", "updated"],
        ),
        ("2021-03-04 09:10 입력 · 2021-03-05 11:00 수정", ["published", "updated"]),
        ("Posted on : 2021-03-04 Modified on : 2021-03-05", ["published", "updated"]),
        ("Published 2021-03-04 10:00 | Updated 2021-03-05", ["published", "updated"]),
    ],
)
def test_label_after_its_date(line, labels):
    assert [s.label for s in dates.stamps(line)] == labels


def test_label_after_gives_the_update():
    line = "2021-03-04 09:10 송고 | 2021-03-05 11:00 최종수정"
    assert dates.pick([line])[:2] == (date(2021, 3, 4), date(2021, 3, 5))


def place_of(title: str, *paragraphs: str) -> str | None:
    texts = [("title", title)] + [(f"paragraph {i}", p) for i, p in enumerate(paragraphs, 1)]
    return location.extract(texts, None)[0]


def test_two_capitals_before_talks_are_the_sides():
    assert (
        place_of(
            "Madrid and Washington Begin Talks on Base Costs", "The talks took place in Naples."
        )
        == "Naples"
    )
    assert place_of("Ottawa, Washington talks stall") is None
    assert place_of("Geneva talks on Syria stall") == "Geneva"


def test_round_clause_after_a_relative_clause():
    lead = (
        "The two sides agreed on most of a pact that would ease visits by troops, at the "
        "third round of talks held in Hanoi through Friday, officials said."
    )
    assert place_of("Pact close after third round", lead) == "Hanoi"


@pytest.mark.parametrize(
    "text, found",
    [
        ("The budget asks for P6.7 billion next year.", [(6700000000, "PHP")]),
        ("Trade was about P1.16 trillion in 2024.", [(1160000000000, "PHP")]),
        ("A fine of P20,000 applies.", [(20000, "PHP")]),
        ("The P5 members met in New York.", []),
        ("The P2P network grew.", []),
    ],
)
def test_peso_prefix(text, found):
    got = [(figures._plain(v), unit) for _, _, v, unit in figures.find(text)]
    assert got == found
