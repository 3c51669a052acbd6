"""Bylines in their many forms, and the credit lines that are not bylines."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.extract import author

HEAD = "Negotiators end second round of talks without a deal"
LEAD = (
    "Negotiators from the two countries ended their second round of talks on Thursday without "
    "narrowing their differences, officials said."
)


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Noh Ji-won, staff reporter", ["Noh Ji-won"]),
        ("BY LEE JI-HOON [lee.jihoon@joongang.co.kr]", ["Lee Ji-hoon"]),
        ("By Yoon Da-hye (dhyoon@heraldcorp.com)", ["Yoon Da-hye"]),
        ("By KEITH RAMSEY, Associated Press Writer", ["Keith Ramsey"]),
        ("By DANIEL MERCER | STARS AND STRIPES", ["Daniel Mercer"]),
        ("By David E. Sanger and Steven Erlanger", ["David E. Sanger", "Steven Erlanger"]),
        (
            "By Francois Murphy, Parisa Hafezi and John Irish",
            ["Francois Murphy", "Parisa Hafezi", "John Irish"],
        ),
        ("By Jennifer Rankin in Brussels", ["Jennifer Rankin"]),
        ("Daniel Boffey in Brussels and Lisa O'Carroll", ["Daniel Boffey", "Lisa O'Carroll"]),
        ("By LISA O'CARROLL", ["Lisa O'Carroll"]),
        ("By JEAN-PIERRE DUMONT", ["Jean-Pierre Dumont"]),
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("By Philippe Ricard (Brussels, correspondent)", ["Philippe Ricard"]),
        ("SHIN WATANABE, Nikkei staff writer", ["Shin Watanabe"]),
        ("By Kim Min-jun | Nov 19, 2019", ["Kim Min-jun"]),
        ("김민준 기자 mjkim@yna.co.kr", ["김민준"]),
        ("김민준·이수진 기자", ["김민준", "이수진"]),
        ("노지원 특파원", ["노지원"]),
        ("워싱턴=김은중 특파원", ["김은중"]),
        ("Author Timothy Jones (AFP, Reuters)", ["Timothy Jones"]),
        ("Kim Tong-hyung, The Associated Press", ["Kim Tong-hyung"]),
        (
            "워싱턴/박성민 특파원 smpark@hani.co.kr, 이수진 기자 sujin@hani.co.kr",
            ["박성민", "이수진"],
        ),
        ("Priya Nair / TNN / Updated: Nov 19, 2019, 10:15 IST", ["Priya Nair"]),
        ("ANNA LEE and TOM BRANDT, Nikkei staff writers", ["Anna Lee", "Tom Brandt"]),
        ("Text by: NEWS WIRES", []),
        ("By Reuters Staff", []),
        ("By The Associated Press", []),
        ("By KYODO", []),
        (
            "By political reporter Tom Crowley and Europe correspondent Isabella Higgins",
            ["Tom Crowley", "Isabella Higgins"],
        ),
        ("By senior correspondent Jane Roe", ["Jane Roe"]),
        ("By Euronews with AP", []),
        ("By Jane Roe and John Doe for ExampleNews", ["Jane Roe", "John Doe"]),
        ("(By Chen Wei-ling and Frances Doe)", ["Chen Wei-ling", "Frances Doe"]),
    ],
)
def test_parse_byline(line, names):
    assert author.parse_byline(line) == names


def authors_of(*lines: str) -> tuple[list[str], str]:
    return author.extract(clean("\n".join(lines)))


def test_byline_after_the_story():
    assert authors_of(HEAD, "", LEAD, "", "By Noh Ji-won, staff reporter") == (
        ["Noh Ji-won"],
        "byline",
    )


def test_bare_name_line_under_the_headline():
    assert authors_of(HEAD, "Jae-won Park", "", LEAD) == (["Jae-won Park"], "byline")
    assert authors_of(HEAD, "Kim Tong-hyung, The Associated Press", "", LEAD) == (
        ["Kim Tong-hyung"],
        "byline",
    )
    assert authors_of(HEAD, "Francois Murphy, Parisa Hafezi and John Irish", "", LEAD)[0] == [
        "Francois Murphy",
        "Parisa Hafezi",
        "John Irish",
    ]
    assert authors_of(HEAD, "ANDREW KESSLER", "", LEAD) == (["Andrew Kessler"], "byline")


def test_reporting_by_names_the_reporter_not_the_editor():
    credit = (
        "Reporting by Hyonhee Shin in Seoul and David "
        "Brunnstrom in Washington; Editing by Lincoln Feast"
    )
    assert authors_of(HEAD, "", LEAD, credit) == (
        ["Hyonhee Shin", "David Brunnstrom"],
        "credit line",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Editing by Martin Hale",
        "Additional reporting by John Irish in Paris",
        "Farnaz Fassihi contributed reporting from New York.",
        "Kim Tong-hyung in Seoul contributed to this report.",
        "Photo Credit: Olivier Hoslet/EPA",
        "Editor: Wang Lei",
        "The author is a visiting fellow at a Seoul-based research institute.",
    ],
)
def test_credit_lines_are_not_authors(line):
    assert authors_of(HEAD, "", LEAD, line)[0] == []


def test_wire_copy_without_byline_has_no_author():
    assert authors_of(
        HEAD, "", "WASHINGTON (AP) — " + LEAD, "", "Copyright 2022 The Associated Press."
    ) == ([], "missing")


def test_korean_dateline_names_the_reporter():
    lead = (
        "(제주=연합뉴스) 김민준 기자 = 한국과 미국은 18일 제주에서 "
        "4차 회의를 열었으나 이견을 좁히지 못했다고 외교부가 밝혔다."
    )
    assert authors_of("한미, 방위비분담 4차 회의 제주서 개최…간극 못 좁혀", "", lead) == (
        ["김민준"],
        "dateline",
    )


def test_byline_split_over_lines():
    names = authors_of(
        HEAD, "By Ana Costa", "and", "Ben Ortiz", "November 19, 2019 at 6:14 p.m. EST", "", LEAD
    )
    assert names == (["Ana Costa", "Ben Ortiz"], "byline")


@pytest.mark.parametrize(
    "line",
    [
        "By signing up, you agree to our Privacy Policy",
        "By continuing, you accept our terms",
    ],
)
def test_by_plus_a_verb_is_not_a_byline(line):
    assert authors_of(HEAD, "", LEAD, "", line)[0] == []


def test_job_line_under_a_byline_is_dropped_not_an_author():
    lines = clean(
        "\n".join(
            [HEAD, "Nov 19, 2019", "By Ana Costa", "Europe correspondent, Brussels", "", LEAD]
        )
    ).lines
    assert {ln.text: ln.role for ln in lines}["Europe correspondent, Brussels"] == "byline-title"


def test_byline_with_a_job_before_the_name_is_a_byline_not_a_dek():
    line = "By political reporter Tom Crowley and Europe correspondent Isabella Higgins"
    assert authors_of(
        "Allies end fifth round of trade talks in Osaka without a deal", line, "", LEAD
    ) == (["Tom Crowley", "Isabella Higgins"], "byline")


MORE = (
    "The talks will resume next month in Washington, the foreign ministry said in a statement "
    "released after the meeting ended late on Thursday evening."
)


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Tom Krisher, AP Auto Writer", ["Tom Krisher"]),
        ("Steve Peoples, Ap National Political Writer", ["Steve Peoples"]),
        ("Jane Roe | NJ.com", ["Jane Roe"]),
        ("By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST", ["Chaim Gartenberg"]),
        ("BY KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST", ["Kashmira Gander"]),
        ("By Al Root Updated Nov. 19, 2019 8:21 am ET", ["Al Root"]),
        ("11/19/2019 by Lars Brandle", ["Lars Brandle"]),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
        ("By Jill Disis, CNN Business", ["Jill Disis"]),
        ("홍길동 기자", ["홍길동"]),
        ("By Reuters Staff", []),
        ("By Yonhap", []),
    ],
)
def test_byline_under_the_headline_is_chosen(byline, names):
    choice = author.choose(clean("\n".join([HEAD, byline, "", LEAD, MORE, MORE])))
    assert choice.value == names


def test_a_menu_item_shaped_like_a_name_is_not_the_author():
    menu = ["News", "Box Office", "Trailers", "Festivals", "Film"]
    choice = author.choose(clean("\n".join(menu + [HEAD, "", LEAD, MORE, MORE])))
    assert choice.value == []


def test_byline_next_to_the_stamp_beats_a_name_far_away():
    lines = ["Latest Stories", "Kim Min-jun"] + [f"Section {i}" for i in range(45)]
    lines += [HEAD, "By Jane Roe", "November 19, 2019", "", LEAD, MORE, MORE]
    choice = author.choose(clean("\n".join(lines)))
    assert choice.value == ["Jane Roe"] and choice.sure


def test_a_byline_on_two_lines_and_the_city_it_was_filed_from():
    two = author.choose(
        clean("\n".join([HEAD, "김정환 기자", "이새하 기자", "", LEAD, MORE, MORE]))
    )
    assert two.value == ["김정환", "이새하"]
    glued = author.choose(clean("\n".join([HEAD, "ByRezaul H Laskar, New Delhi", "", LEAD, MORE])))
    assert glued.value == ["Rezaul H Laskar"]
    city = author.choose(clean("\n".join([HEAD, "Priya Menon", "NEW DELHI", "", LEAD, MORE])))
    assert city.value == ["Priya Menon"]
