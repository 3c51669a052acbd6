"""Source clues seen on real pages (realworld-dev): an edition's self-reference, the site's own
contact and printed address, sister sites in a network's menu, a wire's story on a group's site."""

from __future__ import annotations

import sys
from pathlib import Path

from generator.clean import clean
from generator.extract import source

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from source_check import same  # noqa: E402

HEAD = "Council approves new budget after long debate"
LEAD = (
    "The city council approved a new budget on Tuesday after a debate that ran late into the "
    "night, officials said."
)
MORE = "The budget raises spending on schools and roads by a small amount next year, they said."


def choice_of(above: list[str], below: list[str]):
    return source.choose(clean("\n".join([*above, HEAD, "", LEAD, "", MORE, "", *below])))


def test_a_listed_outlets_edition_in_a_self_reference_names_the_outlet():
    got = choice_of(["Home", "News"], ["Keep up to date with PolitiFact West Virginia"])
    assert got.value == "PolitiFact"


def test_the_sites_contact_address_and_printed_address_name_an_unlisted_site():
    got = choice_of(
        ["Home", "Sports"],
        ["E-Mail: stats@kansasprepscores.com", "kansasprepscores.com/a?a=474349633"],
    )
    assert got.value == "kansasprepscores.com" and not got.sure


def test_a_webmail_address_names_no_site():
    got = choice_of(["Home"], ["Write to us: tips.desk@gmail.com", "gmail.com/help"])
    assert got.value is None


def test_sister_sites_tied_in_a_menu_give_way_to_the_one_the_stamp_credits():
    got = choice_of(
        ["Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com"],
        ["Firstpost", "News18", "More from us", "News18", "Firstpost"],
    )
    assert got.value == "Moneycontrol" and not got.sure


def test_a_wire_story_on_a_media_groups_site_names_no_outlet():
    page = ["Menu", "Weather"]
    got = source.choose(
        clean(
            "\n".join(
                [
                    *page,
                    HEAD,
                    "",
                    "ST. JOSEPH, Mich. (AP) — " + LEAD,
                    "",
                    MORE,
                    "",
                    "© 2019 Associated Press. All Rights Reserved.",
                    "©2019 CBS Broadcasting Inc. All Rights Reserved.",
                ]
            )
        )
    )
    assert got.value is None and got.runner_up == "Associated Press"


def test_the_checker_takes_a_company_name_spelling_the_domain():
    assert same("Vortex Cannon Entertainment", ["vortexcannon.org"])
    assert not same("Vortex Entertainment", ["vortexcannon.org"])


def test_a_wire_credited_on_a_site_that_names_itself_is_no_rival():
    page = ["Home", "Science"]
    text = "\n".join(
        [
            *page,
            HEAD,
            "",
            "TOKYO (Reuters) - " + LEAD,
            "",
            MORE,
            "",
            "REUTERS",
            "© 2019 ScienceAlert Pty Ltd. All rights reserved.",
        ]
    )
    got = source.choose(clean(text))
    assert got.value == "ScienceAlert" and got.sure


def test_an_unlisted_copyright_holder_whose_address_the_page_prints_is_sure():
    got = choice_of(
        ["Home", "Reviews"],
        [
            "Visit us at www.motorwheels.ph for more car news",
            "© 2000-2018 MotorWheels.ph, Inc. All rights reserved.",
        ],
    )
    assert got.value == "MotorWheels.ph" and got.sure


def test_a_site_supported_by_its_audience_names_itself():
    got = choice_of(
        [
            "Live Science is supported by its audience. When you purchase through links on our "
            "site, we may earn an affiliate commission. Learn more",
            "Home",
        ],  # fmt: skip
        [],
    )
    assert got.value == "Live Science"


def test_a_line_left_in_the_story_saying_a_media_group_owns_the_site_names_it():
    owned = "Live Science is part of Future US Inc, an international media group."
    assert choice_of(["Home"], [owned]).value == "Live Science"
    # a story's sentence about who owns a company names no outlet
    assert choice_of(["Home"], ["The Daily Planet is owned by Lex Holdings Inc."]).value is None
