"""The story block on page shapes that fooled the finder: a menu of story cards whose headline
runs into its teaser, a list article of many short items, closing wire lines, photo credits.
Every input is written here in the shape, never copied from a page."""

from __future__ import annotations

from generator.clean import _glued_teaser, clean

HEADLINE = "Health officials report a third death linked to a mosquito-borne virus"
STORY = [
    "RIVERTON (AP) — Health officials are reporting a third death linked to a rare virus "
    "spread by mosquitoes in the western part of the state.",
    "County officials said Monday the victim was one of four people who contracted the virus "
    "this autumn. The death occurred over the weekend at a regional hospital.",
    "Officials say the risk continues until there has been a sustained period of freezing "
    "temperatures, and residents should keep taking precautions against bites.",
]
# A mega-menu: sections and story cards, each card's headline glued to its teaser.
CARDS = [
    "Latest Headlines",
    "Two Held After Death Of College Runner On CampusA 24-year-old woman and a 30-year-old man "
    "were arrested on Sunday after the death of a student, police said in a statement.",
    "Diners Walk Out On $700 Bill At Downtown GrillA party of eight left the restaurant without "
    "paying on Friday night, and the owner has asked the public for help finding them.",
    "State To Mail Redistricting Forms To 300,000 VotersThe state will mail the forms to "
    "randomly chosen voters next month, the secretary of state announced on Tuesday.",
    "Weather",
    "School Closings",
    "Wardens Seek Tips About Deer Poached Near The LakeshoreConservation officers are asking "
    "for tips after a deer was found shot and left in a field outside the town last week.",
    "Sports",
    "Coach Says Team Will Bounce Back After Heavy DefeatThe head coach told reporters the "
    "players had watched the tape and were ready to move on before the game on Sunday.",
    "City Council Delays Vote On New Parking RulesThe council postponed the vote until next "
    "month after dozens of residents spoke against the plan at a long public meeting.",
]


def roles(cleaned) -> dict[str, str]:
    return {ln.text: ln.role for ln in cleaned.lines}


def test_a_headline_glued_to_its_teaser_is_a_story_card():
    assert _glued_teaser(CARDS[1])
    assert _glued_teaser(CARDS[3])  # a figure ends the headline: '300,000 VotersThe'


def test_a_capital_inside_a_name_or_after_an_agency_is_no_card():
    assert not _glued_teaser(STORY[0])
    assert not _glued_teaser(
        "Wichita East's Hugh McPherson won first place in the 100 yard freestyle on Saturday."
    )
    assert not _glued_teaser(
        "NEW YORK, Nov 19 (Reuters)The stocks fell sharply on Tuesday as investors fled risk."
    )
    assert not _glued_teaser("The company said its new MacBook models would ship next week.")


def test_a_menu_of_story_cards_above_the_story_is_not_the_story():
    text = "\n".join(["Menu", "News", *CARDS, HEADLINE, "November 19, 2019 at 9:45 am", *STORY])
    out = clean(text)
    assert out.paragraphs == STORY
    assert out.title == HEADLINE
    r = roles(out)
    assert all(r[card] != "paragraph" for card in CARDS)
