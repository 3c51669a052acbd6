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


INTRO = [
    "Winter sales are going to be big this year for all sorts of gadgets, from kitchen robots "
    "to e-readers and cordless drills, and some of the best prices are already here.",
    "We went through the shop's early offers and picked the five best, from a budget e-reader "
    "to a premium blender. Check out our picks below, with what each one does well.",
]


def card(n: int) -> list[str]:
    """One item of a list article: a name, feature lines, a price and the same two buttons."""
    return [
        f"Kitchen Robot Model {n}",
        f"Mixes, kneads and chops with {n + 2} speed settings",
        "Dishwasher-safe bowl and blades",
        f"Quiet motor rated at {40 + n} decibels",
        f"Kitchen Robot Model {n} with glass bowl (latest model)",
        f"${99 + n}.99",
        "Available from the shop",
        "Buy now",
    ]


def test_a_list_article_keeps_its_items_and_their_repeated_buttons():
    cards = [line for n in range(1, 6) for line in card(n)]
    related = ["Most Popular", *[f"Another deal you may like number {n} today" for n in range(4)]]
    text = "\n".join(["Home", "Deals", HEADLINE, "By Jo Bloggs", *INTRO, *cards, *related])
    out = clean(text)
    assert out.paragraphs == INTRO + cards  # every 'Buy now' is an item's text, kept
    assert not any("Another deal" in p for p in out.paragraphs)


def test_a_menu_printed_three_times_is_not_a_list_of_items():
    menu = ["World", "Politics", "Business", "Sport", "Opinion", "Culture"]
    text = "\n".join([*menu, *menu, *menu, HEADLINE, "By Jo Bloggs", *STORY, *menu])
    out = clean(text)
    assert out.paragraphs == STORY


CAPTIONS = [
    "Crowds filled the square before the vote (Image: GETTY )",
    "The minister arrives for talks in the capital (Photo: Jane Roe/Agency)",
]


def test_photo_captions_between_paragraphs_are_dropped_with_their_role():
    body = [STORY[0], CAPTIONS[0], STORY[1], CAPTIONS[1], STORY[2]]
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *body]))
    assert out.paragraphs == STORY
    dropped = {d.text: d.rule for d in out.dropped}
    assert all(dropped[c] == "caption-in-story" for c in CAPTIONS)  # listed, not lost silently


def test_a_paragraph_closing_with_a_wire_credit_or_an_aside_is_kept():
    closing = [
        "The talks will resume in the capital next month, the ministry said. (Reuters)",
        "The company did not answer questions about the deal. (The office did not reply.)",
        "The plan costs less than a streaming service (Upgrade to premium for $4.99/mo)",
    ]
    body = [STORY[0], closing[2], STORY[1], STORY[2], closing[0], closing[1]]
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *body]))
    assert out.paragraphs == body


FOOT = ["About Us", "Privacy Policy", "Contact Us", "© 2019 Example News. All rights reserved"]
DIALOG = [
    "Register",
    "I agree to the processing of my personal data for the purpose of creating a personal "
    "account on this site, in compliance with the privacy policy of the site.",
    "Are you sure you want to delete your account on this site? It cannot be undone.",
    "Users are obliged to abide by national and international laws and to speak respectfully "
    "to the other participants of the discussion, the moderators and the staff.",
    "The administration has the right to block a user's access to the page or delete a user's "
    "account without notice if the user breaks these rules or behaves in bad faith.",
    "If the moderators deem it possible to restore the account, it will be done within days.",
    "Close",  # (a last line of prose would be an editor's note typed under the paste)
]


def test_prose_past_the_sites_rights_notice_is_not_the_story():
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *STORY, *FOOT, *DIALOG]))
    assert out.paragraphs == STORY
    assert {d.text for d in out.dropped} >= set(DIALOG[1:-1])  # dropped with a role, listed


PUBLISHER = [
    "Popular Articles",
    "Star's new show is a hit with fans",
    "About Us",
    "Editorial Complaints",
    "Contact Us",
    "Cookie Settings",
    "This feature allows the site to personalise your experience so that you get the most out "
    "of your visit, and you can change these settings at any time from the page.",
    "Example Newspapers Limited, registered in England No. 123456, registered office: 1 Bridge "
    "Street, London. The Sun is a registered trademark of the company, used under licence.",
    "Our journalists strive for accuracy but on occasion we make mistakes. For details of our "
    "complaints policy and to make a complaint please follow the link on this page.",
    "Close",
]


def test_the_publishers_notices_past_the_footer_links_are_not_the_story():
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *STORY, *PUBLISHER]))
    assert out.paragraphs == STORY


def test_one_site_link_inside_a_sign_up_box_does_not_end_the_story():
    box = ["Sign Up", "This site is protected by recaptcha Privacy Policy | Terms of Service"]
    body = [STORY[0], STORY[1], *box, STORY[2]]
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *body]))
    assert out.paragraphs == STORY


def test_video_blurbs_past_the_reporters_bio_and_a_site_link_are_not_the_story():
    foot = [
        "Privacy Policy, Terms of Use",
        "Jo Bloggs is a freelance writer based in Leeds. Her work has appeared in a number of "
        "papers and magazines.",
        "We Recommend",
        "Why Old Photographs Never Smile (3:05)",
        "Early cameras needed long exposures, so sitters held still for minutes and kept a "
        "straight face, and the habit stayed with portrait makers for decades after.",
        "How Fast Can Apes Swing Through the Trees? (2:41)",
        "Apes are incredible swingers, thanks to their long arms and their wrists, which let "
        "them move through the forest canopy faster than a person can run below.",
        "Close",
    ]
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *STORY, *foot]))
    assert out.paragraphs == STORY


BOX = [
    "Jane Roe",
    "'Lights Over Water'",
    "Harbour Gallery",
    "quay Street, 12, Bristol",
    "10 am to 6 pm",
]
MORE = ["You may also be interested in...", "Design week opens with a show of lamps in the harbour"]


def test_an_event_fact_box_closing_the_story_is_kept():
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *STORY, *BOX, *MORE]))
    assert out.paragraphs == STORY + BOX
    assert MORE[1] not in out.paragraphs


def test_a_box_of_links_above_a_list_heading_is_not_the_story():
    links = [
        "How to listen to the podcast",
        "Listen: http://x.example/ep_15",
        "Apple: http://x.example/ep_15a",
    ]
    out = clean("\n".join([HEADLINE, "By Jo Bloggs", *STORY, *links, "Related Topics", "Tennis"]))
    assert out.paragraphs == STORY


def test_a_wire_copyright_line_ends_the_story_and_is_listed_with_its_reason():
    wire = "© 2019 Example Press. All Rights Reserved. This material may not be published."
    text = "\n".join([*CARDS, HEADLINE, "By Jo Bloggs", *STORY, wire, "Comments", *CARDS[1:3]])
    out = clean(text)
    assert out.paragraphs == STORY
    assert {d.text: d.rule for d in out.dropped}[wire] == "copyright"
