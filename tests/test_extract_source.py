"""Which outlet published an article: datelines, mastheads, credits, copyright lines, domains."""

from __future__ import annotations

import pytest

from generator.clean import clean
from generator.extract import source
from generator.lexicon import outlets

HEAD = "Negotiators end second round of talks without a deal"
LEAD = (
    "Negotiators from the two countries ended their second round of talks on Thursday without "
    "narrowing their differences, officials said."
)


def source_of(*lines: str) -> tuple[str | None, str]:
    return source.extract(clean("\n".join(lines)))


@pytest.mark.parametrize(
    "dateline, outlet",
    [
        ("SEOUL, Oct. 25 (Yonhap) -- ", "Yonhap"),
        ("TOKYO (Reuters) - ", "Reuters"),
        ("WASHINGTON (AP) — ", "Associated Press"),
        ("BEIJING, Oct. 12 (Xinhua) -- ", "Xinhua"),
        ("NEW DELHI (PTI): ", "Press Trust of India"),
        ("PARIS (AFP) - ", "AFP"),
        ("BERLIN (dpa) - ", "dpa"),
        ("(제주=연합뉴스) 김민준 기자 = ", "Yonhap"),
        ("[서울=뉴시스] ", "Newsis"),
        ("TOKYO, Nov. 19 Kyodo - ", "Kyodo News"),
        ("New Delhi, Nov 19 (PTI) ", "Press Trust of India"),
    ],
)
def test_wire_dateline_credit(dateline, outlet):
    assert source_of(HEAD, "", dateline + LEAD) == (outlet, "dateline")


@pytest.mark.parametrize(
    "line, outlet, clue",
    [
        ("The Japan Times", "The Japan Times", "masthead"),
        (
            (
                "© 2017 Guardian News & Media Limited or its "
                "affiliated companies. All rights reserved."
            ),
            "The Guardian",
            "copyright",
        ),
        ("Copyright © The Korea Herald. All rights reserved.", "The Korea Herald", "copyright"),
        ("ⓒ 한겨레신문사 : 무단전재 및 재배포 금지", "The Hankyoreh", "copyright"),
        (
            "© THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.",
            "The Hindu",
            "copyright",
        ),
        ("Please direct comments or questions to [english@hani.co.kr]", "The Hankyoreh", "contact"),
        ("mjkim@yna.co.kr", "Yonhap", "contact"),
        ("By DANIEL MERCER | STARS AND STRIPES", "Stars and Stripes", "byline"),
        ("By KEITH RAMSEY, Associated Press Writer", "Associated Press", "byline"),
        ("hindustantimes", "Hindustan Times", "masthead"),
        ("© 2024 npr", "NPR", "copyright"),
        ("© 2025 HT Digital Streams Ltd All rights reserved.", "Hindustan Times", "copyright"),
        ("© 2025 The Moscow Times, all rights reserved.", "The Moscow Times", "copyright"),
        ("ⓒ Hankyung.com, All rights reserved.", "The Korea Economic Daily", "copyright"),
    ],
)
def test_clue_lines(line, outlet, clue):
    got = (
        source_of(HEAD, "", LEAD, "", line)
        if clue != "masthead"
        else source_of(line, HEAD, "", LEAD)
    )
    assert got == (outlet, clue)


def test_outlet_suffix_of_the_headline():
    assert source_of(HEAD + " - The Korea Times", "", LEAD) == ("The Korea Times", "masthead")


def test_source_label_in_a_stamp_line():
    assert source_of(HEAD, "Source: Xinhua | Published: 2019/10/12 10:33:40", "", LEAD) == (
        "Xinhua",
        "source label",
    )


def test_publisher_outweighs_the_wire_it_carries():
    # Masthead and copyright name the paper; the agency credit alone does not outvote both.
    got = source_of(
        "The Japan Times",
        HEAD,
        "KYODO",
        "",
        LEAD,
        "",
        "© The Japan Times Ltd. All rights reserved.",
    )
    assert got[0] == "The Japan Times"


def test_no_clue_gives_none():
    assert source_of(HEAD, "", LEAD) == (None, "missing")


@pytest.mark.parametrize(
    "host, outlet",
    [
        ("english.hani.co.kr", "The Hankyoreh"),
        ("www.koreaherald.com", "The Korea Herald"),
        ("en.yna.co.kr", "Yonhap"),
        ("asia.nikkei.com", "Nikkei Asia"),
        ("www.scmp.com", "South China Morning Post"),
        ("timesofindia.indiatimes.com", "The Times of India"),
        ("www.theguardian.com", "The Guardian"),
        ("apnews.com", "Associated Press"),
        ("www.lemonde.fr", "Le Monde"),
        ("example.com", None),
    ],
)
def test_domains(host, outlet):
    found = outlets.by_domain(host)
    assert (found.name if found else None) == outlet


def test_table_covers_the_world_and_is_unambiguous():
    names = {o.name for o in outlets.OUTLETS}
    assert len(outlets.OUTLETS) >= 200
    for needed in (
        "Yonhap",
        "Kyodo News",
        "Xinhua",
        "Press Trust of India",
        "Reuters",
        "AFP",
        "dpa",
        "The Chosun Ilbo",
        "NHK",
        "China Daily",
        "The Hindu",
        "BBC News",
        "Le Monde",
        "The New York Times",
    ):
        assert needed in names
    owners: dict[str, str] = {}
    for outlet in outlets.OUTLETS:
        for alias in (outlet.name, *outlet.aliases):
            key = outlets._key(alias)
            assert owners.setdefault(key, outlet.name) == outlet.name, (
                f"{alias!r} names two outlets"
            )
        for domain in outlet.domains:
            assert owners.setdefault("@" + domain, outlet.name) == outlet.name, (
                f"{domain} is listed twice"
            )


def test_site_name_before_a_back_link_is_a_masthead_and_a_topic_tag_is_not():
    got = source_of(
        "Skip to main content",
        "The Guardian - Back to home",
        "News",
        "Opinion",
        HEAD,
        "",
        LEAD,
        "Explore more on these topics",
        "Brexit",
        "Foreign policy",
    )
    assert got == ("The Guardian", "masthead")


@pytest.mark.parametrize("word", ["Military", "People", "Nation", "Politics", "Business"])
def test_a_menu_word_is_not_a_domain_spelt_as_a_logo(word):
    assert (
        outlets.by_name(word) is None
    )  # only long, unusual domain stems ('hindustantimes') name an outlet


MORE = (
    "The talks will resume next month in Washington, the foreign ministry said in a statement "
    "released after the meeting ended late on Thursday evening."
)


@pytest.mark.parametrize(
    "lines, outlet, sure",
    [
        (["헤럴드경제", HEAD, "", LEAD, MORE], "Herald Business", True),  # Korean masthead
        (["파이낸셜뉴스", HEAD, "", LEAD, MORE], "The Financial News", True),
        ([HEAD, "", LEAD, MORE + " (Source: The Korea Times)"], "The Korea Times", False),
        (
            [HEAD, "", LEAD, MORE, "ⓒ 파이낸셜뉴스, 무단전재 및 재배포 금지"],
            "The Financial News",
            True,
        ),
        # a repost: the publisher's masthead over the wire its dateline credits, as a guess
        (
            ["Khmer Times", HEAD, "", "SEOUL, Nov 19 (Reuters) - " + LEAD, MORE],
            "Khmer Times",
            False,
        ),
        (["NK News - North Korea News", HEAD, "", LEAD, MORE], "NK News", True),
    ],
)
def test_source_chosen_from_masthead_credit_and_local_names(lines, outlet, sure):
    choice = source.choose(clean("\n".join(lines)))
    assert (choice.value, choice.sure) == (outlet, sure)


def test_a_repost_names_the_wire_as_runner_up():
    lines = ["Khmer Times", HEAD, "", "SEOUL, Nov 19 (Reuters) - " + LEAD, MORE]
    assert source.choose(clean("\n".join(lines))).runner_up == "Reuters"


def test_a_section_label_is_not_the_outlet_it_shares_a_word_with():
    """'National' above the headline is the site's section, not The National (an outlet):
    one word that matches only with 'The' put back names no masthead."""
    found = source_of(
        "The Korea Herald",
        "National | Politics | Social Affairs | Foreign Affairs | Defense",
        "National",
        "",
        HEAD,
        "By Jeon Yu-na (jeon@heraldcorp.com)",
        "Published : Jul 28, 2009 - 09:19",
        "",
        LEAD,
    )
    assert found[0] == "The Korea Herald"
    assert source_of("The National", "", HEAD, "", LEAD)[0] == "The National"
