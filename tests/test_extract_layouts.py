"""Whole pasted pages in layouts the choosers were not tuned on: every field chosen, and marked
low when it is a guess. The pages are invented; each copies the shape of a kind of real page
(a Korean outlet's, a wire repost, a fact-check, a page with breadcrumbs)."""

from __future__ import annotations

from datetime import date

from generator.clean import clean
from generator.extract import extract

STORY_EN = [
    "Negotiators from the two allies ended two days of cost-sharing talks on Tuesday without "
    "agreeing how much Seoul should pay toward the upkeep of American troops, officials said.",
    "The delegations narrowed their differences on the length of the agreement but remained far "
    "apart on the total, according to a statement from the foreign ministry.",
    "The next round will be held next month, the ministry said, without giving a date, and both "
    "sides said they hoped to reach a deal before the end of the year.",
]
HEADLINE_EN = "Allies end cost-sharing talks early as gap on troop costs stays wide"
MENU = ["Home", "World", "Politics", "Business", "Tech", "Opinion", "Sport", "Video"]
OTHERS = [
    "Central bank holds rates as exports slow for a fifth month",
    "Heat wave grips the south for a third straight day",
    "Court upholds ban on rallies near the presidential office",
]


def fields(*parts: list[str]):
    text = "\n".join(line for part in parts for line in part)
    meta, _ = extract(clean(text), "page.txt")
    return meta


def sure(meta, field: str) -> bool:
    return meta.confidence.get(field) == "high"


def test_a_korean_outlets_page_with_masthead_stamp_and_reporter():
    meta = fields(
        ["헤럴드경제", "정치", "북한", "경제", "산업", "사회", "국제", "오피니언"],
        ["방위비 분담금 협상 결렬…미국 대표단 먼저 자리 떠"],
        ["입력 2019.11.19 10:30 | 수정 2019.11.19 11:02"],
        ["홍길동 기자"],
        [
            "[헤럴드경제=홍길동 기자] 한미 방위비 분담금 협상이 19일 결렬됐다. 미국 대표단은 "
            "예정된 회의 시간을 다 채우지 않고 먼저 자리를 떴다고 외교부가 밝혔다.",
            "외교부 당국자는 양측이 분담금 총액에서 큰 입장 차이를 보였다며 다음 회의 일정은 "
            "정해지지 않았다고 말했다.",
            "미국 측은 올해보다 다섯 배 많은 금액을 요구한 것으로 알려졌다고 당국자는 전했다.",
        ],
        ["많이 본 뉴스", "환율 급등에 수입 물가 비상", "서울 아파트값 상승세 둔화"],
    )
    assert meta.title == "방위비 분담금 협상 결렬…미국 대표단 먼저 자리 떠"
    assert meta.date == date(2019, 11, 19) and sure(meta, "date")
    assert meta.author == ["홍길동"]
    assert meta.source == "Herald Business"


def test_a_wire_repost_names_its_source_in_a_credit():
    meta = fields(
        MENU,
        [HEADLINE_EN, "Posted : 2019-11-19 17:05"],
        STORY_EN,
        ["(Source: The Korea Times)"],
        ["Related", *OTHERS],
    )
    assert meta.title == HEADLINE_EN
    assert meta.date == date(2019, 11, 19)
    assert meta.source == "The Korea Times"


def test_breadcrumbs_with_angle_quotes_are_not_the_headline():
    meta = fields(
        MENU,
        ["Home › World › Asia", HEADLINE_EN, "By Jane Roe", "November 19, 2019"],
        STORY_EN,
    )
    assert meta.title == HEADLINE_EN and sure(meta, "title")
    assert meta.author == ["Jane Roe"]


def test_a_byline_naming_an_agency_is_no_author_and_names_the_source():
    meta = fields(MENU, [HEADLINE_EN, "By AFP", "Nov. 19, 2019 5:30 p.m. ET"], STORY_EN)
    assert meta.title == HEADLINE_EN
    assert meta.author == [] and sure(meta, "author")
    assert meta.date == date(2019, 11, 19) and sure(meta, "date")


def test_published_and_updated_on_one_line():
    meta = fields(
        MENU,
        [HEADLINE_EN, "Jane Roe", "Published: 19 November 2019 | Updated: 20 November 2019"],
        STORY_EN,
    )
    assert (meta.date, meta.updated) == (date(2019, 11, 19), date(2019, 11, 20))
    assert meta.author == ["Jane Roe"]


def test_a_reporting_and_editing_credit_names_only_the_reporter():
    meta = fields(
        MENU,
        [HEADLINE_EN, "November 19, 2019 / 5:30 PM / Updated 2 hours ago"],
        STORY_EN,
        ["Reporting by Hyonhee Shin; Editing by Tom Brown"],
        ["Our Standards: The Thomson Reuters Trust Principles."],
    )
    assert meta.author == ["Hyonhee Shin"]


def test_a_yonhap_dateline_names_the_place_and_the_wire_but_gives_no_year():
    story = ["SEOUL, Nov. 19 (Yonhap) -- " + STORY_EN[0], *STORY_EN[1:]]
    meta = fields(MENU, [HEADLINE_EN], story)
    assert meta.title == HEADLINE_EN
    assert meta.source == "Yonhap"
    assert meta.location == "Seoul"
    assert meta.date is None or not sure(meta, "date")  # the year is a guess at best


def test_a_related_story_link_over_the_stamp_is_not_the_headline():
    # A sponsored link sits between the section label and the stamp; the headline is under it.
    meta = fields(
        MENU,
        ["Partner Talk", "Five things to know before you open a savings account"],
        ["Tuesday 19 November 2019 9:22 am", HEADLINE_EN, "Jane Roe"],
        STORY_EN,
    )
    assert meta.title == HEADLINE_EN
    assert meta.author == ["Jane Roe"]


def test_a_topic_label_over_the_headline_is_not_the_headline():
    meta = fields(
        MENU,
        ["Troop Cost Sharing Talks", "Published 3 hours ago"],
        [HEADLINE_EN.replace("cost-sharing", "troop cost sharing"), "By Jane Roe | Example News"],
        STORY_EN,
        ["Troop Cost Sharing Talks"],
    )
    assert meta.title == HEADLINE_EN.replace("cost-sharing", "troop cost sharing")


def test_a_photo_caption_and_its_credit_over_the_byline_are_not_the_headline():
    meta = fields(
        ["SECTIONS", "SEARCH", "WORLD"],
        [HEADLINE_EN, "The talks broke off after an hour, the ministry said."],
        ["Negotiators arrive at the foreign ministry on Tuesday.", "Credit...", "Kim Min/Example"],
        ["By Jane Roe"],
        STORY_EN,
        ["Delegates leave the talks.", "Credit...", "Kim Min/Example"],
    )
    assert meta.title == HEADLINE_EN


def test_a_banner_as_long_as_the_headline_right_above_it_leaves_the_title_a_guess():
    # Nothing but the lead's words tells the two apart here: whichever wins is marked low.
    banner = "Holiday sale 2019: grab the season's best early deals on laptops here"
    meta = fields(
        MENU, [banner, HEADLINE_EN, "Jane Roe", "November 19th, 2019 at 8:40 AM"], STORY_EN
    )
    assert meta.title in (banner, HEADLINE_EN) and not sure(meta, "title")
    assert meta.author == ["Jane Roe"] and meta.date == date(2019, 11, 19)


def test_a_shorter_headline_under_a_banner_is_the_headline():
    banner = "Holiday sale 2019: grab the season's best early deals on laptops and phones here"
    meta = fields(MENU, [banner, "Allies end cost-sharing talks early", "Jane Roe"], STORY_EN)
    assert meta.title == "Allies end cost-sharing talks early"


def test_an_author_above_the_headline_with_a_stamp_and_a_bio_below():
    meta = fields(
        ["Science", "Security", "Transportation", "Jane Roe", "Ideas", "11.19.2019 09:00 AM"],
        [HEADLINE_EN],
        STORY_EN,
        ["Jane Roe (@janeroe) is an Ideas contributor and the host of a radio show."],
    )
    assert meta.author == ["Jane Roe"]


def test_a_name_over_a_job_title_is_the_byline():
    meta = fields(
        ["Breaking", "More", HEADLINE_EN, "Jane Q. Roe", "Senior Contributor", "Diplomacy"],
        STORY_EN,
    )
    assert meta.author == ["Jane Q. Roe"]


def test_a_lone_first_name_after_written_by_is_a_guess():
    meta = fields(MENU, [HEADLINE_EN, "written by Regan"], STORY_EN)
    assert meta.author == ["Regan"] and not sure(meta, "author")


def test_a_menu_item_beside_a_masthead_word_is_no_author():
    meta = fields(
        ["Fashion Folio", "Food Fiesta", "Sunday Herald", "Top Stories", "Holiday Guide"],
        ["Travel Notes", "Readers Write", HEADLINE_EN, "November 19, 2019"],
        STORY_EN,
    )
    assert "Food Fiesta" not in meta.author and "Top Stories" not in meta.author


def test_a_capitalised_menu_item_right_over_the_headline_is_at_most_a_guess():
    # Nothing tells 'Travel Notes' from a bare byline 'Jane Roe' but a list of given names.
    meta = fields(
        ["Fashion Folio", "Food Fiesta", "Sunday Herald", "Top Stories", "Travel Notes"],
        [HEADLINE_EN, "November 19, 2019"],
        STORY_EN,
    )
    assert not sure(meta, "author")


def test_an_indonesian_blog_stamp_with_the_month_first():
    meta = fields(MENU, [HEADLINE_EN, "Posted on Nopember 19, 2019 by Admin"], STORY_EN)
    assert meta.date == date(2019, 11, 19)
    assert meta.author == []


def test_readers_comment_stamps_do_not_hide_the_story_stamp():
    comments = [
        line
        for n, name in enumerate(["Alex", "Mina Park", "Sam Lee", "Jo Kim"], 20)
        for line in (f"{name} on November {n}, 2019 at 4:47 pm said:", "Great piece, thanks.")
    ]
    meta = fields(MENU, [HEADLINE_EN, "November 19, 2019 | by Jane Roe"], STORY_EN, comments)
    assert meta.date == date(2019, 11, 19)


def test_a_korean_reporters_line_closing_the_story_is_the_byline():
    meta = fields(
        MENU, [HEADLINE_EN, "2019.11.19 10:30"], STORY_EN, ["김철수 기자 kim@example.co.kr"]
    )
    assert meta.author == ["김철수"] and sure(meta, "author")


def test_a_korean_name_is_one_word_and_still_sure():
    meta = fields(MENU, [HEADLINE_EN, "기사입력 2019-11-19 10:30", "김철수 기자"], STORY_EN)
    assert meta.author == ["김철수"] and sure(meta, "author")


def test_a_byline_with_its_own_stamp_among_share_buttons_is_no_menu_item():
    meta = fields(
        ["Business", "Markets", "India Business News"],
        [HEADLINE_EN, "Priya Nair / TNN / Updated: Nov 19, 2019, 22:15 IST", "Share", "FOLLOW US"],
        STORY_EN,
    )
    assert meta.author == ["Priya Nair"] and sure(meta, "author")


def test_a_masthead_over_a_section_named_like_another_outlet_is_sure():
    meta = fields(
        ["The Korea Herald", "National", "Politics", "Social Affairs"],
        [HEADLINE_EN, "Published : Nov 19, 2019 - 17:05", "By Jane Roe"],
        STORY_EN,
    )
    assert meta.source == "The Korea Herald" and sure(meta, "source")


def test_a_photo_caption_closed_by_its_credit_above_the_headline_is_not_the_headline():
    meta = fields(
        MENU,
        ["Delegates shake hands before the talks in Seoul on Tuesday. (Yonhap)"],
        [HEADLINE_EN, "By Jane Roe", "Nov. 19, 2019"],
        STORY_EN,
    )
    assert meta.title == HEADLINE_EN


def test_a_site_name_run_into_the_headline_leaves_the_title_a_guess():
    meta = fields(
        ["The Korea Times"],
        ["The Korea Times " + HEADLINE_EN, "By Jane Roe", "November 19, 2019"],
        STORY_EN,
    )
    assert meta.source == "The Korea Times"
    assert meta.title.endswith(HEADLINE_EN) and not sure(meta, "title")
