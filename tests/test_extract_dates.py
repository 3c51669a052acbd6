"""Date stamps as outlets print them; which one is the publication date; what is no date."""

from __future__ import annotations

from datetime import date

import pytest

from generator.clean import clean
from generator.extract import dates, extract
from generator.lexicon.dates import is_stamp

NOV19 = date(2019, 11, 19)


@pytest.mark.parametrize(
    "line, published, updated",
    [
        ("2019-11-19T16:37:00+09:00", NOV19, None),
        ("2019-11-19T07:37:00Z", NOV19, None),
        ("2019-11-19 16:37:02 KST", NOV19, None),
        ("Published : Nov 19, 2019 - 16:37", NOV19, None),
        (
            "Published : Nov 19, 2019 - 16:37 Updated : Nov 20, 2019 - 09:12",
            NOV19,
            date(2019, 11, 20),
        ),
        (
            "Posted on : 2019-11-19 17:10 KST Modified on : 2019-11-20 20:29 KST",
            NOV19,
            date(2019, 11, 20),
        ),
        ("2019.11.19 16:37", NOV19, None),
        ("2019. 11. 19. 오후 4:37", NOV19, None),
        ("2019/11/19 16:37", NOV19, None),
        ("19 November 2019", NOV19, None),
        ("Tuesday, November 19, 2019", NOV19, None),
        ("Tue 19 Nov 2019 16.37 GMT", NOV19, None),
        ("Tue, Nov 19, 2019", NOV19, None),
        ("Nov 19,2019", NOV19, None),
        ("November 19, 2019 at 3:05 p.m. EST", NOV19, None),
        ("Published - November 19, 2019 04:37 pm IST", NOV19, None),
        ("Published: 10:33pm, 19 Nov, 2019", NOV19, None),
        ("Published on November 19, 2019 at 6:02 pm (Paris), updated at 7:10 pm", NOV19, None),
        (
            "Posted December. 19, 2019 07:40, Updated December. 20, 2019 07:40",
            date(2019, 12, 19),
            date(2019, 12, 20),
        ),
        ("November 19, 20193:05 PM GMTUpdated 2 hours ago", NOV19, None),
        ("19.11.2019", NOV19, None),
        ("11/19/2019 04:37 PM EST", NOV19, None),
        ("11/05/2019 04:37 PM EST", date(2019, 11, 5), None),  # US time zone: month first
        ("05/11/2019 16:37", date(2019, 11, 5), None),  # otherwise day first
        ("입력 2019-11-19 16:37", NOV19, None),
        ("기사입력 2019.11.19 오후 4:37", NOV19, None),
        ("입력 : 2019.11.19 16:37 | 수정 : 2019.11.20 09:00", NOV19, date(2019, 11, 20)),
        ("송고시간2019-11-19 17:05", NOV19, None),
        ("2019년 11월 19일 16시 37분", NOV19, None),
        ("2019年11月19日 17時05分", NOV19, None),
        ("Source: Xinhua | 2019-11-19 08:33:12 | Editor: Liu", NOV19, None),
        ("2019-11-19 16:37:02 Source: Xinhua Editor: Zhang Yi", NOV19, None),
        ("KYODO NEWS - Nov 19, 2019 - 17:05 | All, Japan, World", NOV19, None),
        ("TNN | Updated: Nov 19, 2019, 10:15 IST", NOV19, NOV19),
        ("Date 19.11.2019", NOV19, None),
        ("입력 2019.11.19 16:37 업데이트 2019.11.20 18:02", NOV19, date(2019, 11, 20)),
        ("등록 :2019-11-19 16:37수정 :2019-11-20 09:00", NOV19, date(2019, 11, 20)),
        ("Nov 19, 2019 | KYODO NEWS", NOV19, None),
        ("Mon, 18 Nov 2019 07:37:00 +0000", date(2019, 11, 18), None),
        ("Last Updated: Nov 19, 2019, 04:37 PM IST", NOV19, NOV19),  # only an update printed
        (
            "Issued on: 19/11/2019 - 11:22Modified: 20/11/2019 - 15:40",
            NOV19,
            date(2019, 11, 20),
        ),  # glued copy
        ("Published: 9:15pm, 19 Nov, 2019", NOV19, None),
        (
            (
                "Updated November 20, 2019 at 6:14 p.m. "
                "EST|Published November 19, 2019 at 12:48 p.m. EST"
            ),
            NOV19,
            date(2019, 11, 20),
        ),
        (
            (
                "Published on November 19, 2019, at 6:10 pm "
                "(Paris), updated on November 20, 2019, at 9:15 am"
            ),
            NOV19,
            date(2019, 11, 20),
        ),
        ("Write: 2019-11-19 09:24:51 Update: 2019-11-20 10:05:17", NOV19, date(2019, 11, 20)),
        (
            "Published on 19/11/2019 - 19:48 GMT+2•Updated 20/11/2019 - 09:15 GMT+2",
            NOV19,
            date(2019, 11, 20),
        ),
        ("작성 2019.11.19 09:24 수정 2019.11.20 10:05", NOV19, date(2019, 11, 20)),
    ],
)
def test_stamp_formats(line, published, updated):
    assert is_stamp(line), line
    assert dates.pick([line])[:2] == (published, updated)


@pytest.mark.parametrize(
    "line", ["3 hours ago", "Updated 2 hours ago", "20 hours ago | 2 min read", "just now"]
)
def test_relative_stamps_are_stamps_but_no_date(line):
    assert is_stamp(line)
    assert dates.pick([line]) == (None, None, None)


@pytest.mark.parametrize(
    "line, text",
    [
        ("Published: March 20", "March 20"),
        ("Feb. 5", "Feb. 5"),
        ("11월 19일 오후 4시", "11월 19일"),
    ],
)
def test_yearless_stamps_give_no_date(line, text):
    assert dates.pick([line]) == (None, None, text)


@pytest.mark.parametrize(
    "line",
    [
        (
            "South Korea and the US met on Nov. 19, 2019 in "
            "Seoul to discuss the cost of keeping troops there."
        ),
        "Copyright 2019 The Associated Press. All rights reserved.",
        "The talks ran from 10 am to 4:30 pm.",
    ],
)
def test_story_and_copyright_lines_are_not_stamps(line):
    assert not is_stamp(line)


def test_earlier_updated_than_published_is_dropped():
    assert dates.pick(["Published 2019-11-20", "Updated 2019-11-19"])[:2] == (
        date(2019, 11, 20),
        None,
    )


def meta_of(text: str):
    return extract(clean(text), "seed.txt")


LEAD = (
    "South Korea and the United States opened the fourth round of talks in Seoul on Tuesday, "
    "officials said, as the deadline approached."
)


def test_header_stamp_wins_over_body_related_and_copyright_dates():
    text = "\n".join(
        [
            "Allies open fourth round of cost-sharing talks in Seoul",
            "Updated : 2019-11-20 09:00",
            "Published : 2019-11-19 16:37",
            "",
            LEAD,
            "The previous deal was signed on Feb. 10, 2019, and expires on Dec. 31, 2019.",
            "",
            "Related stories",
            "Allies end third round of talks 2019-10-25",
            "© 2018 Example Herald. All rights reserved.",
        ]
    )
    meta, problems = meta_of(text)
    assert (meta.date, meta.updated) == (NOV19, date(2019, 11, 20))
    assert meta.origins["date"] == "stamp" and problems == []


def test_yearless_dateline_gives_null_date_and_a_warning():
    text = (
        "Allies open fourth round of cost-sharing talks in Seoul\n\nSEOUL, Feb. 5 (Yonhap) -- "
        + LEAD
    )
    meta, problems = meta_of(text)
    assert meta.date is None and meta.origins["date"] == "missing"
    assert len(problems) == 1 and "Feb. 5" in problems[0].message and "sidecar" in problems[0].hint


def test_date_sharing_the_byline_line():
    text = (
        "Allies open fourth round of cost-sharing talks in Seoul\nBy Kim Min-jun | Nov 19, 2019\n\n"
        + LEAD
    )
    meta, _ = meta_of(text)
    assert meta.date == NOV19 and meta.author == ["Kim Min-jun"]


def test_a_korean_pages_dotted_two_digit_year_comes_first():
    from generator.lexicon.dates import other_spans

    (_, _, value, _), *_ = other_spans("07.03.08 18:32 ㅣ최종 업데이트 07.03.08 19:05")
    assert value == date(2007, 3, 8)
    (_, _, value, _), *_ = other_spans("Updated 07.03.08 18:32")
    assert value == date(2008, 3, 7)  # elsewhere day first, as before
