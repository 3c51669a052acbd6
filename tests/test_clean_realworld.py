"""The cleaner on whole pasted pages: the story found among menus, other headlines, lists and
comments; the headline chosen by score; the candidates exposed for confidence.

The pages here are written in the shapes real pastes take (a select-all copy of a news page);
the last tests run on ../shared/corpus/realworld-dev when it is there (79 real pages)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from generator import headline
from generator.clean import clean
from generator.rules import LEGENDS

HEADLINE = "Allies end fifth round of cost-sharing talks without a deal"
STORY = [
    "Negotiators from the two allies ended two days of talks in Washington on Thursday without "
    "settling how much Seoul should pay toward the upkeep of American troops, officials said.",
    "The delegations narrowed their differences on the length of the agreement but remained far "
    "apart on the total, according to a statement from the foreign ministry in Seoul.",
    "The next round will be held in Seoul next month, the ministry said, without giving a date, "
    "and both sides said they hoped to reach a deal before the end of the year.",
]
MENU = ["Home", "World", "Politics", "Business", "North Korea", "Defense", "Opinion", "Sport"]
OTHER_HEADLINES = [
    "Stocks slide as investors weigh the central bank's next move",
    "Heat wave grips the south for a third straight day",
    "Union threatens strike over pay at the country's biggest carmaker",
    "Court upholds ban on rallies near the presidential office",
]


def page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def kept(text: str) -> list[str]:
    return clean(text).paragraphs


def test_the_headline_is_the_line_above_the_byline_not_the_first_title_shaped_line():
    text = page(
        ["The Daily Example", "Democracy Dies in Darkness"],
        MENU,
        ["Most read"],
        OTHER_HEADLINES[:2],
        ["Diplomacy", HEADLINE, "By Jane Roe", "November 19, 2019 at 10:42 a.m."],
        STORY,
    )
    cleaned = clean(text)
    assert cleaned.title == HEADLINE
    assert cleaned.paragraphs == STORY


def test_the_headline_printed_twice_is_chosen_and_kept_once():
    text = page(MENU, OTHER_HEADLINES, [HEADLINE, HEADLINE, "By Jane Roe"], STORY)
    cleaned = clean(text)
    assert cleaned.title == HEADLINE and HEADLINE not in cleaned.paragraphs


def test_a_breadcrumb_before_the_headline_is_taken_off_and_kept_in_the_audit():
    text = page(["Business News/ Economy / " + HEADLINE, "By Jane Roe"], STORY)
    cleaned = clean(text)
    assert cleaned.title == HEADLINE
    assert [d.text for d in cleaned.trims if d.rule == "menu"] == ["Business News/ Economy /"]


def test_other_headlines_with_bylines_and_stamps_after_the_story_are_dropped():
    items = []
    for n, item in enumerate(OTHER_HEADLINES):
        items += [item, "By Staff Reporter", f"11/{n + 10}/2019 01:14 PM"]
    text = page([HEADLINE, "By Jane Roe", "November 19, 2019"], STORY, items, MENU)
    cleaned = clean(text)
    assert cleaned.paragraphs == STORY
    roles = {ln.text: ln.role for ln in cleaned.lines}
    assert {roles[h] for h in OTHER_HEADLINES} == {"after-story"}


def test_teasers_under_other_headlines_are_a_list_not_the_story():
    teaser = (
        "A former envoy says the talks were never about the money alone, and that the allies "
        "should settle before the election season begins in earnest next spring."
    )
    items = []
    for item in OTHER_HEADLINES:
        items += [item, "Jane Roe", "Tuesday November 19, 2019", teaser]
    text = page(
        [HEADLINE, "By Jane Roe", "November 19, 2019"], STORY, ["More from Example News"], items
    )
    assert kept(text) == STORY


def test_readers_comments_are_not_the_story():
    comment = (
        "I have followed these talks for years and I think both governments are posturing for "
        "their voters at home; the deal will be signed the week after the election, mark my words."
    )
    comments = ["3 Comments"] + ["Reader42 on November 19, 2019 at 4:47 pm said:", comment] * 6
    text = page([HEADLINE, "By Jane Roe", "November 19, 2019"], STORY, comments)
    assert kept(text) == STORY


def test_a_menu_run_between_headline_and_story_is_dropped_with_a_role():
    text = page([HEADLINE, "By Jane Roe", "November 19, 2019"], OTHER_HEADLINES, STORY)
    cleaned = clean(text)
    assert cleaned.paragraphs == STORY
    roles = {ln.role for ln in cleaned.lines if ln.text in OTHER_HEADLINES}
    assert roles <= set(LEGENDS) and "paragraph" not in roles


JAPANESE = [
    "先日、不正に改造した携帯電話を販売したとして、商標法違反の疑いで二十代の男性が逮捕されたという"
    "ニュースを耳にしました。",
    "報道によると、今回販売されたのは、機能制限を解除する改造を施した端末で、正規品の表示が付いた"
    "ままだったとのことです。",
    "権利者の許諾を得ずに改造品を販売することは、商標の品質保証機能を害することになります。",
]


def test_a_japanese_story_written_without_spaces_is_kept():
    text = page(
        ["ホーム", "ブログ", "サービスのご案内", "HOME >", "ブログ >"],
        ["商品の改造が商標法違反に！？", "by 例示特許事務所 ／ 2016.12.01"],
        JAPANESE,
        ["関連記事", "「あずきバー」事件", "2016年08月03日", "Copyright © Example firm"],
    )
    cleaned = clean(text)
    assert cleaned.paragraphs == JAPANESE
    assert cleaned.title == "商品の改造が商標法違反に！？"


def test_candidates_are_ranked_with_shares_in_zero_to_one():
    text = page(MENU, OTHER_HEADLINES[:2], ["Diplomacy", HEADLINE, "By Jane Roe"], STORY)
    cleaned = clean(text)
    titles = cleaned.candidates["title"]
    assert titles[0] == (HEADLINE, titles[0][1])
    assert all(0.0 <= share <= 1.0 for _, share in titles)
    assert titles[0][1] >= 0.5 >= max(share for _, share in titles[1:])
    assert cleaned.candidates["subtitle"] == []


def test_a_tie_gives_a_share_of_one_half():
    assert headline.ranked([(3, 2.0), (5, 2.0)]) == [(5, 0.5), (3, 0.5)]


def test_every_line_of_a_page_has_a_role_with_a_legend():
    text = page(MENU, OTHER_HEADLINES, [HEADLINE, "By Jane Roe"], STORY, ["3 Comments"], MENU)
    cleaned = clean(text)
    assert len(cleaned.lines) == len(text.split("\n"))
    assert {ln.role for ln in cleaned.lines if not ln.kept} <= set(LEGENDS)


# --- on the real pages, when the corpus is there ---------------------------------------------

CORPUS = Path(__file__).resolve().parents[1] / ".." / ".." / "shared" / "corpus" / "realworld-dev"
REAL = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def _loose(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    return " ".join(re.findall(r"\w+", text.casefold()))


@pytest.fixture(scope="module")
def real_pages():
    if not REAL:
        pytest.skip("realworld-dev is not beside this checkout")
    out = []
    for path in REAL:
        truth = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        out.append((clean(path.read_text("utf-8")), truth))
    return out


def test_confident_titles_are_right_on_real_pages(real_pages):
    confident = [(c, t) for c, t in real_pages if c.candidates["title"][0][1] >= headline.CONFIDENT]
    right = sum(_loose(c.title) == _loose(t["title"]) for c, t in confident)
    assert len(confident) >= 20 and right / len(confident) >= 0.98


def test_titles_on_real_pages(real_pages):
    right = sum(_loose(c.title) == _loose(t["title"]) for c, t in real_pages)
    assert right / len(real_pages) >= 0.90


def test_a_list_the_story_ends_with_is_kept_and_the_chrome_under_it_is_not():
    dates = [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- Credit Union Amphitheatre, Tampa, FL",
        "June 14 -- Bank Amphitheatre, Alpharetta, GA",
        "June 17 -- Bridgestone Arena, Nashville, TN",
    ]
    text = page([HEADLINE, "By Jane Roe"], STORY, dates, ["Related Stories"], OTHER_HEADLINES)
    assert kept(text) == STORY + dates


def test_a_numbered_list_with_links_the_story_ends_with_is_kept():
    items = [
        "1) Wooden train set with 40 pieces and a bridge",
        "https://shop.example.com/a1",
        "2) Board game for 2-4 players, ages 8 and up",
        "https://shop.example.com/b2",
        "3) Vinyl record, remastered (180 g)",
        "https://shop.example.com/c3",
    ]
    text = page([HEADLINE, "By Jane Roe"], STORY, items, ["Leave a comment"], OTHER_HEADLINES)
    assert kept(text) == STORY + items


def test_a_closing_sentence_that_ends_in_a_web_address_is_story():
    closing = (
        "This week's show is sponsored by the city marathon, which takes place "
        "on 3-4 May. Entry details: https://marathon.example.org/"
    )
    text = page([HEADLINE, "By Jane Roe"], STORY, [closing, "How to listen"], OTHER_HEADLINES)
    assert kept(text) == STORY + [closing]


def test_an_interview_question_put_to_each_guest_is_kept_each_time():
    question = "What first got you cooking for the camera?"
    answers = [
        f"{name} said the idea came slowly, over many evenings at home, and that friends "
        "asked for the recipes long before there was any page to put them on."
        for name in ("Ana", "Ben", "Chloe")
    ]
    guests = [[name, question, answer] for name, answer in zip(("Ana", "Ben", "Chloe"), answers)]
    text = page([HEADLINE, "By Jane Roe"], STORY, *guests)
    assert kept(text).count(question) == 3


def test_a_story_pasted_twice_is_not_kept_twice():
    paragraphs = kept(page([HEADLINE, "By Jane Roe"], STORY, STORY))
    assert STORY[1] in paragraphs and len(set(paragraphs)) == len(paragraphs)


def test_a_table_the_story_opens_with_is_kept():
    table = ["GIRLS BASKETBALL", "Northside d. Lakeview 70-44", "Lakeview 14 11 6 15 - 44"]
    table += ["Northside 18 22 13 17 - 70"]
    text = page(MENU, [HEADLINE, "By Jane Roe"], table, STORY, ["Related Stories"])
    assert kept(text) == table[1:] + STORY
