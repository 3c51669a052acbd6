"""Chrome lines of real pages (realworld-dev's kept non-story paragraphs), each rule tried on
made-up lines of the same kind, and story lines of the same words that must stay."""

from __future__ import annotations

import pytest

from generator.clean import _list_head, line_rule


@pytest.mark.parametrize(
    "line, role",
    [
        ("Advert", "page-ui"),
        ("Facebook Twitter Google+ Whatsapp", "share-bar"),
        ("Follow Example News on", "page-ui"),
        ("Like this story? Share it with a friend!", "page-ui"),
        ("Tell us what YOU think...", "page-ui"),
        ("Explore further", "page-ui"),
        (
            "This document is subject to copyright. No part may be reproduced without the "
            "written permission.",
            "copyright",
        ),
        (
            "As you comment, please be respectful of other readers. Our goal with comments is "
            "a space for civil, informative and constructive conversations, and we ask that "
            "you keep to the topic, avoid personal attacks and report abuse to the moderators. "
            "We reserve the right to remove any comment we deem to be defamatory, rude or "
            "off-topic. See our full terms of use here.",
            "disclaimer",
        ),
        (
            "Get the magazine delivered to your door every month. 12 issues for £11.99. "
            "Click here for more information.",
            "site-promo",
        ),
    ],
)
def test_chrome_lines(line, role):
    assert line_rule(line, True) == role


@pytest.mark.parametrize(
    "line, role",
    [
        ("SEE MORE: Allies end talks without a deal in Seoul", "inline-promo"),
        ("Don't miss: Allies end talks without a deal", "inline-promo"),
        (
            "No spam, we promise. You can unsubscribe at any time and we'll never share your "
            "details without your permission.",
            "newsletter",
        ),
        ("Share your thoughts with friends.", "page-ui"),
        ("Example Press is an award-winning, independent newspaper. Support us.", "reader-appeal"),
        (
            "XYZ is a global news agency delivering coverage of the events of the world.",
            "outlet-note",
        ),
        ("Get our free Morning Politics email for the latest news from the capital", "newsletter"),
        ("I would like to be emailed about offers and updates from Example.", "newsletter"),
    ],
)
def test_more_chrome_lines(line, role):
    assert line_rule(line, True) == role


@pytest.mark.parametrize(
    "line",
    [
        "Advertisers pulled out of the network after the broadcast, the company said.",
        "Follow-up talks on the cost of the troops are set for next month in Washington.",
        "The ministry said it would explore further options before the next round of talks.",
        "The deal covers 12 months for $1.2 billion, officials said, after a year of talks.",
        "The pact runs 12 months for $1.25 billion, officials said.",
        "Negotiators said they would tell us what they think of the proposal next week.",
        "The ministry said the allies would support us.",
        "Reuters is a global news agency based in London, the company said in a statement.",
    ],
)
def test_story_lines_stay(line):
    assert line_rule(line, True) is None


@pytest.mark.parametrize(
    "line", ["More Great Example Stories", "DON'T MISS", "More Top Headlines", "Also of interest"]
)
def test_list_headings(line):
    assert _list_head(line)


def test_story_goes_on_under_a_dont_miss_box():
    from generator.clean import clean

    story = [
        "Police laid siege to a university campus on Monday, the latest escalation of months "
        "of protests that have paralysed the city and its transport network.",
        "Protesters say the bill is an example of the territory's eroding autonomy and have "
        "vowed to keep up their campaign until all of their demands are met.",
    ]
    last = "They worry the freedoms promised at the handover are being taken back one by one."
    text = "\n".join(
        ["World", "Students under siege as protests escalate", "By Staff", *story]
        + ["DON'T MISS", "Leader furious at protest jibe [INSIGHT]", last, "More from World news"]
    )
    assert last in clean(text).paragraphs


def test_story_goes_on_under_a_read_more_box():
    from generator.clean import clean

    story = [
        "Iran and the United States ended a fifth round of talks in Rome on Friday with some "
        "progress but no deal, the Omani mediator said after the meeting.",
        "The talks lasted about two hours and were held at the Omani embassy, officials said, "
        "and both delegations left the city without speaking to reporters.",
        "The key sticking point remains enrichment, which Washington wants stopped entirely and "
        "Tehran calls its right under the treaty it has signed.",
    ]
    last = "The previous rounds were held in Muscat. No date was set for the next one."
    text = "\n".join(
        ["World", "Iran and US end fifth round of talks in Rome", "By Staff", *story]
        + ["Read more", "Iran rejects US demand ahead of talks", "Oman says fourth round useful"]
        + [last, "Share this article", "More from World news", "Other headline here today"]
    )
    out = clean(text)
    assert last in out.paragraphs
    assert "Iran rejects US demand ahead of talks" not in out.paragraphs
