"""The headline scorer on its own: the lines as the cleaner hands them over (kind, words), the
features of generator/headline.py each shown deciding between two candidates."""

from __future__ import annotations

from generator import headline
from generator.headline import Line

LEAD = Line(
    "Negotiators from the two allies ended two days of cost-sharing talks on Tuesday without "
    "agreeing how much Seoul should pay for American troops, officials said.",
    26,
    "prose",
)


def cand(text: str, caption: bool = False) -> Line:
    return Line(text, len(text.split()), "candidate", caption)


def header(text: str) -> Line:
    return Line(text, len(text.split()), "header")


def chosen(lines: list[Line], extra: list[str] = ()) -> str:
    start = next(i for i, ln in enumerate(lines) if ln.kind == "prose")
    page = [ln.text for ln in lines] + list(extra)
    return lines[headline.choose(lines, start, page)[0][0]].text


def test_the_candidate_the_lead_repeats_beats_another_storys_link_over_the_stamp():
    title = "Allies end cost-sharing talks without a deal on troop costs"
    lines = [
        cand("Partner Talk"),
        cand("Five things to know before you open a savings account"),
        header("Tuesday 19 November 2019 9:22 am"),
        cand(title),
        header("Jane Roe"),
        LEAD,
    ]
    assert chosen(lines) == title


def test_a_topic_label_over_the_stamp_and_its_headline_is_a_kicker():
    title = "Actor voted off Dancing With the Stars after a hard week"
    lines = [
        cand("Dancing With the Stars"),
        header("Published 22 hours ago"),
        cand(title),
        header("By Jane Roe | Example News"),
        Line(
            "The actor left Dancing With the Stars on Monday after a week of rehearsals.",
            14,
            "prose",
        ),
    ]
    assert chosen(lines, ["Dancing With the Stars"]) == title


def test_a_caption_over_its_credit_label_is_no_headline():
    title = "Trade war keeps the world guessing as talks drag on"
    lines = [
        cand(title),
        cand("The president's demands are complicating talks with the allies."),
        cand("The president at a business club in New York last week."),
        Line("Credit...", 1, "other"),
        cand("Kim Min/The Example Times", caption=True),
        header("By Jane Roe"),
        Line("When the president's advisers suggested a trade deal, talks with the allies "
             "were already in trouble, officials said.", 19, "prose"),
    ]  # fmt: skip
    assert chosen(lines, ["Kim Min/The Example Times"]) == title


def test_a_link_whose_headline_and_teaser_run_together_is_no_headline():
    title = "Allies end talks"
    lines = [
        cand("Weather for November 20, 2019 (This Morning)Some sunshine by the end of the day."),
        header("1 hour ago"),
        cand(title),
        LEAD,
    ]
    ranked = headline.choose(lines, 3, [ln.text for ln in lines])
    assert lines[ranked[0][0]].text == title


def test_content_words_are_compared_by_their_first_letters_in_any_script():
    lead = headline.stems("미국 대표단이 방위비 협상장을 떠났다 allies ended troops")
    assert headline.lead_share("방위비 협상 allied troop", lead) == 1.0
    assert headline.lead_share("방위비 결렬", lead) == 0.5
    assert headline.lead_share("the and with", lead) == 0.0  # no content words at all
