"""Where a pasted page names its outlet: the site naming itself (copyright holder, follow and
about links, logo link, a name before the mark), outlets missing from the table, media
groups, and wire credits on reposts; and where a name in the page must not win."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.extract import source

HEAD = "City council approves new budget after a long night of debate"
STORY = [
    "The city council approved a new budget early on Wednesday after a debate that ran past "
    "midnight, ending weeks of argument over road repairs and school funding.",
    "The budget raises spending on roads by a tenth and keeps school funding level, the "
    "council's finance committee said in a statement released after the vote.",
    "Several members said they would push for more money for schools next year, when the "
    "council expects tax receipts to rise again after two slow years.",
]
MENU = ["Home", "News", "Sports", "Weather", "Opinion"]


def choose(*above: str, below: tuple[str, ...] = (), lead: str = "") -> source.Choice:
    story = [lead + STORY[0], *STORY[1:]]
    lines = [*above, HEAD, "", "\n\n".join(story), "", *below]
    return source.choose(clean("\n".join(lines)))


def test_an_unlisted_copyright_holder_is_named_as_a_guess():
    got = choose(*MENU, below=("© 2020 Riverbend Courier. All rights reserved.",))
    assert (got.value, got.sure) == ("Riverbend Courier", False)


def test_an_unlisted_site_named_by_its_links_and_copyright():
    got = choose(
        "Riverbend Courier homepage",
        "Follow Riverbend Courier online:",
        *MENU,
        below=("About Riverbend Courier", "© 2020 Riverbend Courier. All rights reserved."),
    )
    assert got.value == "Riverbend Courier"


def test_one_follow_link_alone_names_no_unlisted_site():
    assert choose("Follow Riverbend Courier", *MENU).value is None


def test_a_media_group_on_the_copyright_line_is_not_the_site():
    got = choose("The Verge homepage", *MENU, below=("© 2019 Vox Media, LLC. All Rights Reserved",))
    assert got.value == "The Verge"
    assert choose(*MENU, below=("© 2019 Vox Media, LLC. All Rights Reserved",)).value is None


def test_a_company_holder_names_no_site():
    got = choose(*MENU, below=("Copyright © 2019 Lakeshore Communications, Inc.",))
    assert got.value is None


def test_the_name_before_the_mark_is_the_site():
    got = choose(
        *MENU, below=("Riverbend Courier © 2019 Blue Pine Ads, LLC. All rights reserved.",)
    )
    assert got.value == "Riverbend Courier"


def test_a_holder_with_a_domain_keeps_it_and_drops_the_company_suffix():
    got = choose(*MENU, below=("© 2000-2018 RiverbendCourier.com, Inc. All Rights Reserved.",))
    assert got.value == "RiverbendCourier.com"


def test_a_photo_credit_is_not_the_site():
    """'© REUTERS / POOL' under a picture: the photo's owner, not the page's publisher."""
    got = choose(
        *MENU, below=("© REUTERS / POOL", "© 2019 Riverbend Courier. All rights reserved.")
    )
    assert got.value == "Riverbend Courier"


def test_a_repost_names_the_site_not_the_wire():
    """A listed site's follow link outranks the wire's dateline and copyright on its repost."""
    got = choose(
        "Follow The Verge online:",
        *MENU,
        lead="WASHINGTON (AP) — ",
        below=("Copyright 2019 The Associated Press. All rights reserved.",),
    )
    assert got.value == "The Verge"


def test_a_wire_credit_alone_is_never_sure():
    got = choose(
        *MENU,
        lead="WASHINGTON (AP) — ",
        below=("Copyright 2019 The Associated Press. All rights reserved.",),
    )
    assert (got.value, got.sure) == ("Associated Press", False)


def test_a_wire_logo_above_the_headline_still_names_the_wire():
    got = choose("Reuters", *MENU, lead="TOKYO (Reuters) - ")
    assert (got.value, got.sure) == ("Reuters", True)


def test_sister_sites_in_a_menu_give_no_name():
    """A group's strip of sister sites names each alike: the page does not say which it is."""
    got = choose("Variety", "Rolling Stone", "IndieWire", *MENU)
    assert got.value is None


@pytest.mark.parametrize(
    "line",
    [
        "Follow Us",
        "About Us",
        "Contact Preferences",
        "Subscribe to our newsletter",
        "About this site",
    ],
)
def test_site_furniture_is_no_name(line):
    assert choose(line, *MENU, below=(line, "Follow Us on Twitter")).value is None


def test_an_outlet_mentioned_in_the_story_does_not_win():
    got = choose(
        *MENU,
        lead="",
        below=("© 2020 Riverbend Courier. All rights reserved.",),
    )
    story_mention = source.choose(
        clean(
            "\n".join(
                [
                    HEAD,
                    "",
                    STORY[0],
                    "",
                    "The New York Times reported on Sunday that talks "
                    "had stalled, and Reuters said the vote was close.",
                    "",
                    STORY[1],
                ]
            )
        )
    )
    assert got.value == "Riverbend Courier"
    assert story_mention.value is None


def test_a_related_story_credit_in_the_foot_does_not_win():
    got = choose(
        "Riverbend Courier homepage",
        *MENU,
        below=(
            "Related stories",
            "Storm hits the coast (The New York Times)",
            "About Riverbend Courier",
        ),
    )
    assert got.value == "Riverbend Courier"


def test_korean_masthead_names_the_paper():
    got = choose("헤럴드경제", *MENU)
    assert got.value == "Herald Business"


def test_a_korean_no_reprint_notice_is_a_site_copyright():
    got = choose(*MENU, below=("ⓒ 파이낸셜뉴스, 무단전재 및 재배포 금지",))
    assert (got.value, got.origin) == ("The Financial News", "copyright")


def test_source_credit_closing_the_story():
    got = choose(*MENU, below=("(Source: The Korea Times)",))
    assert got.value == "The Korea Times"


def test_a_printed_domain_supports_the_site():
    got = choose(
        "Riverbend Courier homepage",
        *MENU,
        below=("RiverbendCourier.com", "About Riverbend Courier"),
    )
    assert got.value == "Riverbend Courier"


def test_the_writer_s_bio_under_the_story_names_the_outlet():
    got = choose(*MENU, below=("Jane Roe is a reporter for NBC News.",))
    assert (got.value, got.sure) == ("NBC News", False)


def test_a_bio_naming_no_listed_outlet_names_none():
    assert choose(*MENU, below=("Jane Roe is a reporter for Riverbend Courier.",)).value is None


def test_the_outlet_closing_a_stamp_line():
    got = choose("Updated on: November 19, 2019 / 10:07 AM / CBS News", *MENU)
    assert got.value == "CBS News"


def test_back_and_continue_links_name_a_listed_site_over_its_sister_sites():
    got = choose("Continue to IndieWire", "Variety", "Rolling Stone", "IndieWire", *MENU)
    assert got.value == "IndieWire"


def test_a_trademark_notice_after_the_copyright_mark():
    got = choose(
        *MENU,
        below=(
            "All rights reserved © 2019 Riverbend Courier is a registered Trademark of "
            "Blue Pine Publishing Inc.",
        ),
    )
    assert got.value == "Riverbend Courier"


def test_a_holder_unless_otherwise_noted_and_the_site_s_contact_address():
    got = choose(
        *MENU,
        below=(
            "Contact us: editorial@theriverbend.com",
            "© 2019 The Riverbend unless otherwise noted. All rights reserved.",
        ),
    )
    assert got.value == "The Riverbend"


def test_two_self_naming_links_name_an_unlisted_site():
    got = choose(
        "Back to Riverbend Courier",
        *MENU,
        below=("Subscribe to Riverbend Courier on YouTube for more news:",),
    )
    assert (got.value, got.sure) == ("Riverbend Courier", False)


@pytest.mark.parametrize(
    "text, who",
    [
        ("Live Wire is part of Blue Pine Media, a leading publisher.", "Live Wire"),
        ("Continue to Live Wire", "Live Wire"),
        ("Follow Live Wire on", "Live Wire"),
        ("Subscribe to Live Wire newsletter to get stories first", "Live Wire"),
        ("Sign up for LIVE WIRE Newsletters", "LIVE WIRE"),
        ("Continue to article", None),
        ("Back to top", None),
        ("Follow us on Facebook", None),
    ],
)
def test_self_naming_lines_under_the_site_s_menus(text, who):
    from generator.model import Line

    votes = []
    source._self_votes(Line(90, text, "after-story", "trailer"), None, lambda *v: votes.append(v))
    assert [v[0] for v in votes if v[1] == "self-reference"] == ([who] if who else [])
