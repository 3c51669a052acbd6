"""When the headline scorer is sure of its pick: the signs that widen the margin over the
runner-up (generator/headline.py), each shown against a page where it is missing."""

from __future__ import annotations

from generator import headline
from generator.clean import clean
from generator.headline import Line

LEAD = Line(
    "Negotiators from the two allies ended two days of cost-sharing talks on Tuesday without "
    "agreeing how much Seoul should pay for American troops, officials said.",
    26,
    "prose",
)
TITLE = "Allies end cost-sharing talks without a deal on troop costs"


def cand(text: str, caption: bool = False) -> Line:
    return Line(text, len(text.split()), "candidate", caption)


def header(text: str) -> Line:
    return Line(text, len(text.split()), "header")


def best(lines: list[Line], extra: list[str] = ()) -> tuple[str, float]:
    start = next(i for i, ln in enumerate(lines) if ln.kind == "prose")
    ranked = headline.choose(lines, start, [ln.text for ln in lines] + list(extra))
    return lines[ranked[0][0]].text, ranked[0][1]


def test_the_headline_printed_twice_is_no_rival_of_itself():
    text, share = best([cand(TITLE), cand(TITLE), header("By Jane Roe"), LEAD])
    assert text == TITLE and share >= headline.CONFIDENT


def test_two_different_lines_with_the_same_signs_are_a_tie():
    other = "Allies end cost-sharing talks without a deal on troop pay"
    _, share = best([cand(other), cand(TITLE), header("By Jane Roe"), LEAD])
    assert share < headline.CONFIDENT


def test_the_dek_under_the_headline_is_no_rival():
    dek = "Negotiators to meet again next month as the old agreement runs out"
    text, share = best([cand("World"), cand(TITLE), cand(dek), header("By Jane Roe"), LEAD])
    assert text == TITLE and share >= headline.CONFIDENT


def test_an_off_topic_banner_over_the_headline_does_not_make_it_the_banners_dek():
    banner = "Holiday sale 2019: grab the season's best early deals on laptops here"
    _, share = best([cand(banner), cand(TITLE), header("By Jane Roe"), LEAD])
    assert share < headline.CONFIDENT


def test_ranked_skips_a_copy_and_the_dek_only_when_told():
    scores = [(1, 9.0), (2, 8.5), (3, 4.0)]
    assert headline.ranked(scores)[0][1] < 0.7
    assert headline.ranked(scores, {1: "a", 2: "a", 3: "b"})[0][1] > 0.99
    assert headline.ranked(scores, deks={1: 2})[0][1] > 0.99


def test_a_teaser_cut_short_is_no_headline():
    teaser = "Seoul and Washington to resume the talks on troop costs next.."
    f = headline.features([cand(teaser), LEAD], 0, 1, "")
    assert f["cut"] == 1.0
    assert headline.features([cand(TITLE), LEAD], 0, 1, "")["cut"] == 0.0


def test_a_caption_printed_twice_is_not_repeated_as_a_headline_is():
    caption = "Delegates arrive for the talks in Seoul on Tuesday. (Yonhap)"
    page = (caption + "\n" + caption).lower()
    assert headline.features([cand(caption), LEAD], 0, 1, page)["repeated"] == 0.0
    page = (TITLE + "\n" + TITLE).lower()
    assert headline.features([cand(TITLE), LEAD], 0, 1, page)["repeated"] == 1.0


def test_a_short_label_sharing_its_words_with_the_lead_counts_for_less():
    lead = headline.stems(LEAD.text)
    assert headline.lead_share("Troops Talks", lead) == 1.0
    assert headline.lead_share("Troops Talks", lead, headline.LEAD_LEAST) < 1.0
    assert headline.lead_share(TITLE, lead, headline.LEAD_LEAST) > 0.5


STORY = [LEAD.text] + [
    "The delegations narrowed their differences on the length of the agreement but remained far "
    "apart on the total, according to a statement from the foreign ministry.",
    "The next round will be held in Washington next month, the ministry said, without giving a "
    "date, and both sides said they hoped to reach a deal before the end of the year.",
]


def test_player_and_list_controls_are_no_candidates():
    for label in ("Listen Live", "Keyboard shortcuts for audio player", "Previous articles"):
        cleaned = clean("\n".join(["Home", TITLE, label, "By Jane Roe", "", *STORY]))
        assert cleaned.title == TITLE
        assert label not in [t for t, _ in cleaned.candidates["title"]]


def test_a_byline_naming_where_each_reporter_filed_is_no_candidate():
    byline = "Andy Roe in Brussels and Mira Doe in Montevideo"
    cleaned = clean("\n".join(["Home", TITLE, byline, "", *STORY]))
    assert cleaned.title == TITLE
    assert byline not in [t for t, _ in cleaned.candidates["title"]]
