"""The rows of headline.WEIGHTS that tell page chrome from the headline when the chrome is the
runner-up: a line in another script, a kicker in capitals, a line about another story, menu
entries run together, and a breadcrumb ending in the headline. Each is shown firing on the
chrome, sparing the headline, and widening the margin only where it fires."""

from __future__ import annotations

import pytest

from generator import headline
from generator.headline import Line

LEAD = Line(
    "A hunter who killed and ate a wild rabbit in China has been hit by the bubonic plague, "
    "the medieval disease dubbed the Black Death, health officials in Beijing said on Monday.",
    30,
    "prose",
)
TITLE = "Hunter diagnosed with bubonic plague after eating a wild rabbit in Beijing"
KOREAN_LEAD = Line(
    "한미 양국은 서울에서 방위비 분담금 협상을 열고 주한미군 주둔 비용을 논의했다.", 9, "prose"
)


def cand(text: str) -> Line:
    return Line(text, len(text.split()), "candidate")


def header(text: str) -> Line:
    return Line(text, len(text.split()), "header")


def feats(lines: list[Line], idx: int) -> dict[str, float]:
    start = next(i for i, ln in enumerate(lines) if ln.kind == "prose")
    lead = set().union(*(headline.stems(ln.text) for ln in lines[start : start + 3]))
    page = "\n".join(ln.text for ln in lines).lower()
    return headline.features(lines, idx, start, page, lead)


def best(lines: list[Line]) -> tuple[str, float]:
    start = next(i for i, ln in enumerate(lines) if ln.kind == "prose")
    ranked = headline.choose(lines, start, [ln.text for ln in lines])
    return lines[ranked[0][0]].text, ranked[0][1]


def test_a_language_switch_over_an_english_story_is_foreign():
    lines = [cand(TITLE), header("By Debbie White"), cand("阅读简体中文版 閱讀繁體中文版"), LEAD]
    assert feats(lines, 2)["foreign"] == 1.0
    assert feats(lines, 0)["foreign"] == 0.0


def test_a_latin_line_over_a_korean_story_is_foreign_and_a_mixed_one_is_not():
    lines = [cand("Entermedia News Desk"), cand("엔터미디어 주요뉴스 BTS 소식"), KOREAN_LEAD]
    assert feats(lines, 0)["foreign"] == 1.0
    assert feats(lines, 1)["foreign"] == 0.0


def test_a_kicker_in_capitals_over_the_headline_is_shouted():
    lines = [cand("BLACK DEATH FEARS"), cand(TITLE), header("Debbie White"), LEAD]
    assert feats(lines, 0)["shouted"] == 1.0
    assert feats(lines, 1)["shouted"] == 0.0


@pytest.mark.parametrize(
    "above, below",
    [
        ("BLACK DEATH FEARS", TITLE.upper()),  # the whole page in capitals: no kicker sign
        ("CLICK FOR FULL STATE SWIM RESULTS", TITLE),  # six words: more than a label
        ("Black Death Fears", TITLE),  # not in capitals
        ("방위비 협상 속보", "한미 방위비 분담금 협상 서울서 개최 주한미군 비용 논의"),  # no case
    ],
)
def test_what_is_not_a_kicker_in_capitals(above, below):
    lines = [cand(above), cand(below), header("Debbie White"), LEAD]
    assert feats(lines, 0)["shouted"] == 0.0


def test_another_storys_headline_is_off_topic_and_the_headline_is_not():
    other = "Warriors end skid with win over Grizzlies as Burks scores 29"
    lines = [cand(other), cand(TITLE), header("Debbie White"), LEAD]
    assert feats(lines, 0)["off_topic"] == 1.0
    assert feats(lines, 1)["off_topic"] == 0.0


def test_a_japanese_line_is_never_off_topic():
    lines = [cand("商品の改造が 商標法違反に"), LEAD]
    assert feats(lines, 0)["off_topic"] == 0.0


def test_menu_entries_run_together_and_product_names_do_not():
    menu = "FinancialGovernment SolutionsLegalReuters News AgencyRisk Management"
    deals = "Daily Deals: PS4 DualShock Controller, Apple AirPods and WhatsApp tricks"
    lines = [cand(menu), cand(deals), LEAD]
    assert feats(lines, 0)["run_together"] == 1.0
    assert feats(lines, 1)["run_together"] == 0.0


def test_a_breadcrumb_ending_in_the_headline_is_its_copy():
    best_key = "homemade spiced honey pear jam for the holidays"
    keys = {1: best_key, 2: "home holidays " + best_key, 3: "tips tricks"}
    scores = [(1, 11.0), (2, 8.8), (3, 2.9)]
    assert headline.ranked(scores, keys)[0][1] > 0.999  # margin over 'tips tricks'


@pytest.mark.parametrize(
    "best_key, other",
    [
        ("india news", "home india news"),  # too short to be a headline's copy
        ("home holidays pear jam for the holidays", "pear jam for the holidays"),  # the reverse
        ("pear jam for the holidays", "pear jam for the holidays at home"),  # not at the end
    ],
)
def test_what_is_no_copy_of_the_best(best_key, other):
    scores = [(1, 9.0), (2, 8.5)]
    assert headline.ranked(scores, {1: best_key, 2: other})[0][1] < 0.7


def test_the_kicker_rows_are_what_make_the_headline_sure(monkeypatch):
    # 'BLACK DEATH FEARS' is both in capitals and a label over the headline; either row alone
    # keeps the headline sure, neither leaves it a guess
    lines = [
        cand("UK News"),
        cand("BLACK DEATH FEARS"),
        cand(TITLE),
        header("Debbie White"),
        header("18 Nov 2019, 19:09"),
        LEAD,
    ]
    text, share = best(lines)
    assert text == TITLE and share >= headline.CONFIDENT
    for row in ("shouted", "label"):
        with monkeypatch.context() as m:
            m.setitem(headline.WEIGHTS, row, 0.0)
            assert best(lines)[1] >= headline.CONFIDENT
    monkeypatch.setitem(headline.WEIGHTS, "shouted", 0.0)
    monkeypatch.setitem(headline.WEIGHTS, "label", 0.0)
    assert best(lines)[1] < headline.CONFIDENT


def test_an_off_topic_headline_with_its_byline_still_wins_over_menu_entries():
    # an opinion headline may share no word with its lead: the row lowers it, it stays first
    title = "A costly peace of mind"
    lines = [cand("Opinion"), cand("Columns"), cand(title), header("By Andrew Kessler"), LEAD]
    assert feats(lines, 2)["off_topic"] == 1.0
    assert best(lines)[0] == title


def test_a_topic_label_over_the_headline_is_a_label():
    lines = [cand("South China Sea"), cand(TITLE), header("Debbie White"), LEAD]
    assert feats(lines, 0)["label"] == 1.0
    assert feats(lines, 1)["label"] == 0.0


@pytest.mark.parametrize(
    "short, below",
    [
        ("The Impeachment Clock", "By Jim Geraghty"),  # a short headline over its byline
        ("Royal Arrogance", "Officials said the visit would go ahead as planned."),  # a dek
        ("A costly peace of mind", TITLE),  # five words: more than a label
    ],
)
def test_what_is_not_a_label(short, below):
    kind = "header" if below.startswith("By ") else "candidate"
    lines = [cand(short), Line(below, len(below.split()), kind), header("Debbie White"), LEAD]
    assert feats(lines, 0)["label"] == 0.0


KOREA_LEAD = Line(
    "South Korea and the United States opened the fourth round of talks on sharing the cost "
    "of the US troops in Seoul on Tuesday, amid the drill suspension.",
    27,
    "prose",
)
KOREA_TITLE = "S. Korea, US open 4th round of cost-sharing talks amid drill suspension"


def test_a_dek_shorter_than_its_headline_is_no_rival(monkeypatch):
    dek = "Seoul to press case on United States troops in Seoul"
    lines = [cand("Politics"), cand(KOREA_TITLE), cand(dek), header("By Jo He-rim"), KOREA_LEAD]
    text, share = best(lines)
    assert text == KOREA_TITLE and share >= headline.CONFIDENT
    monkeypatch.setattr(headline, "_dek_below", lambda *args: False)
    assert best(lines)[1] < headline.CONFIDENT  # as a rival, the dek makes the title a guess


def test_a_headline_under_a_related_link_is_no_dek_of_it():
    # the upper line uses the lead's words less than the one under it: the lower may be the
    # headline under another story's link, so the pair stays a guess whichever wins
    link = "Seoul weighs a new troop cost offer before the next round of meetings in Hawaii"
    lines = [cand("Politics"), cand(link), cand(KOREA_TITLE), header("By Jo He-rim"), KOREA_LEAD]
    assert best(lines)[1] < headline.CONFIDENT
