"""The cleaner: headline and dek after page chrome, and a named rule for every line it drops."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.clean import clean
from generator.model import KEPT_ROLES

TITLE = "Japan and U.S. end third round of trade talks in Tokyo without deal on car tariffs"
DEK = "Negotiators to meet again next month in Washington as farm access remains sticking point"
LEAD = (
    "TOKYO – Japan and the United States wrapped up the third round of ministerial trade talks in "
    "Tokyo on Friday without reaching a deal on tariffs, officials said."
)
SECOND = (
    "The two-day meeting was led by Japan's economic revitalization minister and the U.S. trade "
    "representative, who met for a combined eight hours."
)


def roles(text: str) -> dict[str, str]:
    return {ln.text: ln.role for ln in clean(text).lines}


@pytest.mark.parametrize(
    "chrome",
    [
        ["Back To Top"],
        ["Skip to main content", "The Guardian - Back to home", "News | Opinion | Sport | Culture"],
        [
            "Go to Contents Go to Navigation",
            "Yonhap News Agency",
            "한국어 | 中文 | 日本語",
            "Search",
            "Menu",
        ],
        ["Home > World > Asia", "BUSINESS / ECONOMY"],
        ["DW", "Skip next section Navigation", "Conflicts"],
        [
            "Trending",
            "Stocks fall as investors weigh rate outlook",
            "Heat wave grips southern provinces for third day",
            "",
        ],
        ["Published : Nov 19, 2019 - 16:37", "By Kim Min-jun"],
        [
            "Accessibility statement",
            "Democracy Dies in Darkness",
            "Sign in",
            "World",
            "Africa",
            "Asia",
        ],
        ["Hong Kong", "China", "Lifestyle", "People & Culture", "Sport", "Economy / China Economy"],
        [
            "Cookies on the BBC website",
            "Yes, I agree",
            "No, take me to settings",
            "Accessibility Help",
            "Home",
            "Health",
            "Family & Education",
            "More",
            "Politics",
        ],
        [
            "Le Monde.fr - Actualités et Infos en France et dans le monde",
            "Subscribe",
            "Log in",
            "International",
        ],
        [
            "Exclusive news, data and analytics for financial market professionalsLearn more",
            "Reuters home",
            "World",
        ],
        [
            "Business|" + TITLE,
            "https://www.example.com/2019/10/10/business/talks.html",
            "Share full article",
            "Continue reading the main story",
            "Supported by",
        ],
    ],
)
def test_headline_and_dek_after_chrome(chrome):
    cleaned = clean("\n".join(chrome + [TITLE, "", DEK, "", LEAD, "", SECOND]))
    assert cleaned.title == TITLE
    assert cleaned.subtitle == DEK
    assert cleaned.paragraphs == [LEAD, SECOND]


def test_no_dek_when_the_story_follows_the_stamp():
    cleaned = clean("\n".join([TITLE, "Jul 26, 2024", LEAD, SECOND]))
    assert cleaned.subtitle is None and cleaned.paragraphs == [LEAD, SECOND]


def test_outlet_suffix_is_trimmed_from_the_headline_and_recorded():
    cleaned = clean("\n".join([TITLE + " | Nikkei Asia", "", LEAD]))
    assert cleaned.title == TITLE
    assert [(d.text, d.rule) for d in cleaned.trims] == [("Nikkei Asia", "masthead")]


def test_caption_printed_twice_is_kept_once():
    caption = "Negotiators shake hands before the talks in Tokyo on Thursday. (Kyodo)"
    cleaned = clean("\n".join([TITLE, caption, caption, "", LEAD]))
    assert cleaned.caption == caption
    assert roles("\n".join([TITLE, caption, caption, "", LEAD]))[caption] in (
        "caption",
        "repeated-caption",
    )
    assert [ln.role for ln in cleaned.lines if ln.text == caption] == [
        "caption",
        "repeated-caption",
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Michel Barnier at a press conference in Brussels. Photograph: Olivier Hoslet/EPA",
        "Officials at Vanijya Bhawan on Tuesday. | Photo Credit: PTI",
    ],
)
def test_photo_credits_make_captions(caption):
    assert roles("\n".join([TITLE, caption, "", LEAD]))[caption] == "caption"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Share on Facebook Share on Twitter Send by email", "share-bar"),
        ("ALL NEWS | NATIONAL | N. KOREA | ECONOMY | MARKET", "menu"),
        (
            (
                "© 2017 Guardian News & Media Limited or its "
                "affiliated companies. All rights reserved."
            ),
            "copyright",
        ),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "copyright"),
        ("Please direct comments or questions to [english@hani.co.kr]", "contact"),
        ("jhyoo@yna.co.kr", "contact"),
        ("(END)", "credit"),
        ("Reporting by Jae-won Park; Editing by Martin Hale", "credit"),
        ("(With inputs from PTI)", "credit"),
        ("Farnaz Fassihi contributed reporting from New York.", "credit"),
        (
            "A version of this article appears in print on Nov. 30, 2021, Section A, Page 8.",
            "credit",
        ),
        (
            (
                "This website uses cookies to improve your experience. "
                "By continuing, you accept our use of cookies."
            ),
            "cookie-banner",
        ),
        ("Sign up for our daily newsletter", "newsletter"),
        ("#SMA #defense cost #USFK", "keywords"),
        ("Advertisement", "page-ui"),
        ("Start a Conversation", "page-ui"),
    ],
)
def test_chrome_lines_after_the_story_have_named_rules(line, rule):
    assert roles("\n".join([TITLE, "", LEAD, line, SECOND]))[line] == rule


def test_related_list_is_dropped_until_prose_returns():
    text = "\n".join(
        [
            TITLE,
            "",
            LEAD,
            "",
            "Related stories",
            "Japan, U.S. open second round of trade talks",
            "Tokyo stocks rise on hopes of trade progress",
            "",
            "Most viewed",
            "1 Seoul stocks close higher",
        ]
    )
    got = roles(text)
    assert got["Japan, U.S. open second round of trade talks"] == "related-list"
    assert got["1 Seoul stocks close higher"] == "related-list"
    assert clean(text).paragraphs == [LEAD]


def test_wire_credit_at_the_end_of_the_story_is_trimmed():
    cleaned = clean("\n".join([TITLE, "", LEAD, SECOND + " (Yonhap)"]))
    assert cleaned.paragraphs[-1] == SECOND
    assert [(d.text, d.rule) for d in cleaned.trims] == [("(Yonhap)", "wire-credit-tail")]


def test_unknown_lines_in_the_story_are_kept():
    odd = "Officials declined to say when the next session would be held"
    assert roles("\n".join([TITLE, "", LEAD, odd, SECOND]))[odd] == "paragraph"


def test_no_line_is_lost_without_a_rule():
    text = "\n".join(
        [
            "Back To Top",
            "Menu",
            TITLE,
            "",
            DEK,
            "By Kim Min-jun",
            "Nov 19, 2019",
            "",
            LEAD,
            "Advertisement",
            SECOND,
            "",
            "Related stories",
            "Other story headline here",
            "© 2019 Example News. All rights reserved.",
        ]
    )
    cleaned = clean(text)
    numbers = [ln.number for ln in cleaned.lines]
    assert numbers == [i for i, t in enumerate(text.split("\n"), 1) if t.strip()]
    for ln in cleaned.lines:
        assert ln.role in KEPT_ROLES or ln.role.replace("-", "").isalpha(), ln
    assert [d.rule for d in cleaned.dropped] == [
        "page-ui",
        "share-bar",
        "byline",
        "stamp",
        "page-ui",
        "related-list",
        "related-list",
        "copyright",
    ]


def test_korean_language_article():
    text = "\n".join(
        [
            "메뉴 | 정치 | 북한 | 경제 | 사회",
            "한미, 방위비분담 4차 회의 제주서 개최…간극 못 좁혀",
            "송고시간2019-12-18 17:05",
            "김민준 기자",
            "공유",
            "정은보 방위비분담협상대사가 회의장에 들어서고 있다. [연합뉴스 자료사진]",
            (
                "(제주=연합뉴스) 김민준 기자 = 한국과 미국은 18일 제주에서 "
                "4차 회의를 열었으나 이견을 좁히지 못했다고 외교부가 밝혔다."
            ),
            "관련 기사",
            "한미 방위비 3차 회의 파행…미측 협상장 떠나",
        ]
    )
    cleaned = clean(text)
    assert cleaned.language == "ko"
    assert cleaned.title == "한미, 방위비분담 4차 회의 제주서 개최…간극 못 좁혀"
    assert len(cleaned.paragraphs) == 1 and cleaned.paragraphs[0].startswith("(제주=연합뉴스)")
    assert roles(text)["김민준 기자"] == "byline"
    assert (
        cleaned.caption == "정은보 방위비분담협상대사가 회의장에 들어서고 있다. [연합뉴스 자료사진]"
    )
    assert roles(text)["한미 방위비 3차 회의 파행…미측 협상장 떠나"] == "related-list"


def test_topic_label_above_the_headline_is_not_the_headline():
    cleaned = clean(
        "\n".join(
            [
                "Iran nuclear talks",
                "Sixth round ends in Vienna without a deal, officials say",
                "By Jane Doe",
                "",
                LEAD,
            ]
        )
    )
    assert cleaned.title == "Sixth round ends in Vienna without a deal, officials say"


def test_short_headline_keeps_its_dek():
    cleaned = clean("\n".join(["Talks collapse in Seoul", DEK, "", LEAD]))
    assert (cleaned.title, cleaned.subtitle) == ("Talks collapse in Seoul", DEK)


def test_short_lead_with_a_dateline_is_not_a_dek():
    cleaned = clean("\n".join([TITLE, "", "SEOUL -- The talks ended.", SECOND]))
    assert cleaned.subtitle is None and cleaned.paragraphs == ["SEOUL -- The talks ended.", SECOND]


def test_related_list_between_headline_and_story():
    text = "\n".join(
        [
            TITLE,
            "Related stories",
            "Japan, U.S. open second round of trade talks",
            "Tokyo stocks rise on hopes of trade progress",
            "",
            LEAD,
            SECOND,
        ]
    )
    got = roles(text)
    assert got["Tokyo stocks rise on hopes of trade progress"] == "related-list"
    assert clean(text).paragraphs == [LEAD, SECOND]


LONG_DEK = (
    "Britain's plan to override parts of the divorce deal overshadowed the start of a new round of "
    "negotiations on Tuesday, with Brussels warning that trust was at stake."
)


@pytest.mark.parametrize(
    "between",
    [
        ["Issued on: 19/11/2019 - 11:22"],
        ["Listen to this article · 7:21 min", "Share full article", "By Ana Costa and Ben Ortiz"],
        [
            "Officials arrive for the talks in Tokyo. [File: Jane Roe/Reuters]",
            "Published On 19 Nov 2019",
        ],
    ],
)
def test_long_standfirst_ending_in_a_full_stop_is_the_dek(between):
    cleaned = clean("\n".join([TITLE, LONG_DEK] + between + ["", LEAD, "", SECOND]))
    assert cleaned.subtitle == LONG_DEK
    assert cleaned.paragraphs == [LEAD, SECOND]


def test_story_straight_after_the_headline_is_not_a_dek():
    cleaned = clean("\n".join([TITLE, LONG_DEK, "Advertisement", LEAD]))
    assert cleaned.subtitle is None and cleaned.paragraphs == [LONG_DEK, LEAD]


@pytest.mark.parametrize(
    "caption",
    [
        (
            "Negotiators arrive at the ministry in Tokyo on "
            "Thursday.Credit...Jane Roe/The Daily Example"
        ),
        "Negotiators speak to reporters in Stockholm on Oct. 5, 2019. (Kyodo) ==Kyodo",
        "Delegates at the opening session in Busan on November 25, 2024. ANTHONY WALLACE / AFP",
        "Negotiators arrive at St Pancras station in London. © Tolga Akmen, AFP",
        "Officials shake hands before the meeting in Washington. 외교부 제공",
        "이태우 대표가 21일 서울에서 열린 2차 회의에 참석하고 있다. /외교부",
        (
            "The Treasury secretary arrived at the ambassador's "
            "residence on SundayImage: Jane Roe/KEYSTONE/picture alliance"
        ),
        "Deputy foreign minister Jane Roe before the talks. Example Foreign Ministry",
    ],
)
def test_more_photo_credits_make_captions(caption):
    assert roles("\n".join([TITLE, caption, "By Ana Costa", "", LEAD]))[caption] == "caption"


def test_caption_under_an_image_caption_label():
    text = "\n".join(
        [
            TITLE,
            "12 October 2019",
            "Image source, Getty Images",
            "Image caption,",
            "The minister said there had been no progress on the money",
            "By Ana Costa",
            "",
            LEAD,
        ]
    )
    got = roles(text)
    assert got["The minister said there had been no progress on the money"] == "caption"
    assert got["Image source, Getty Images"] == "page-ui" and got["By Ana Costa"] == "byline"


def test_one_caption_with_two_gallery_labels_is_kept_once():
    core = (
        "Soldiers take part in a joint drill in Pocheon, "
        "South Korea, March 12, 2024. REUTERS/Jane Roe"
    )
    cleaned = clean(
        "\n".join(
            [
                TITLE,
                "By Ana Costa",
                "Item 1 of 2 " + core,
                "[1/2] " + core + " Purchase Licensing Rights, opens new tab",
                "",
                LEAD,
            ]
        )
    )
    assert cleaned.caption == core
    assert [ln.role for ln in cleaned.lines if core in ln.text] == ["caption", "repeated-caption"]
    assert [(d.text, d.rule) for d in cleaned.trims] == [("Item 1 of 2", "gallery-label")]
    dropped = [d.text for d in cleaned.dropped if d.rule == "repeated-caption"]
    assert dropped == [
        "[1/2] " + core + " Purchase Licensing Rights, opens new tab"
    ]  # audited as printed


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Story continues below advertisement", "page-ui"),
        ("Reading Time:3 minutes", "page-ui"),
        ("Why you can trust the Example Post", "page-ui"),
        ("END OF ARTICLE", "page-ui"),
        ("Lire en français", "page-ui"),
        ("Article réservé aux abonnés", "page-ui"),
        ("Add to your saved stories", "share-bar"),
        ("share2", "share-bar"),
        ("Sign up for WorldView: the most important global news stories of the day", "newsletter"),
        ("By signing up, you agree to our Privacy Policy", "newsletter"),
        (
            (
                "Contact Us Accessibility Work with us Advertise "
                "Your Ad Choices Privacy Policy Terms of Service"
            ),
            "footer-links",
        ),
        ("See more on: Liu He, Robert E. Lighthizer", "keywords"),
        (
            "Jane Roe is a Washington correspondent covering trade. More about Jane Roe",
            "author-bio",
        ),
        ("https://www.example.com/2019/10/10/business/talks.html", "url"),
        (
            "Read more Subscribers only Plastic pollution: 'Recycling will not be enough'",
            "inline-promo",
        ),
        ("Download The Example Times News App for Latest Business News.", "app-promo"),
        (
            "Translation of an original article published in French; "
            "the publisher may only be liable for the French "
            "version.",
            "credit",
        ),
        ("Source: Al Jazeera and news agencies", "credit"),
        ("— With assistance from Jane Roe", "credit"),
        ("rm/sms (Reuters, AFP)", "credit"),
        ("This article is more than 4 years old", "page-ui"),
        ("Send us your feedback", "page-ui"),
        (
            (
                "Join the Example Times' Telegram channel and "
                "get the latest breaking news delivered to you."
            ),
            "newsletter",
        ),
        ("___", "separator"),
        (
            "Roe is the news director for the Gulf and Iran for "
            "The Associated Press. He has reported from each "
            "country in the region.",
            "author-bio",
        ),
        ("Example News values your feedback", "page-ui"),
        ("1. How relevant is this ad to you?", "page-ui"),
        ("Video Ad Feedback", "page-ui"),
        ("Link Copied!", "page-ui"),
        ("Loading", "page-ui"),
        ("hide caption", "page-ui"),
        ("Heard on Morning Edition", "page-ui"),
        ("Listen · 3:52", "page-ui"),
        ("02:14 - Source: Example", "page-ui"),
        ("Anchor Lead", "page-ui"),
        ("Photo : YONHAP News", "page-ui"),
        ("댓글 0", "page-ui"),
        ("좋아요 12개", "page-ui"),
        ("See Less", "page-ui"),
        ("Sponsor Message", "page-ui"),
        ("Jane Roe/Getty Images", "photo-credit"),
        ("AP Photo/Jane Roe", "photo-credit"),
        ("Example Sans ™ & © 2016 Example Network.", "copyright"),
        ("[Editor: Jane Roe]", "credit"),
        (
            (
                "Want more analysis? Example Pro is our premium "
                "intelligence service for professionals. Subscribe now."
            ),
            "site-promo",
        ),
        (
            (
                "Get Current Updates on India News, Weather Today "
                "along with Latest News and Top Headlines from India."
            ),
            "site-promo",
        ),
        (
            (
                "Example acknowledges the First Australians as the "
                "traditional custodians of the lands we live on."
            ),
            "footer-links",
        ),
        ("Our journalism is independent. Please consider supporting us.", "reader-appeal"),
        (
            "The Example Post relies on readers like you. Contribute today from just $2.",
            "reader-appeal",
        ),
        ("Support The Example Times!", "page-ui"),
        ("Continue", "page-ui"),
        (
            "Example Wire uses tracking technologies to improve "
            "your reading, and closing this window means you agree "
            "with this policy.",
            "cookie-banner",
        ),
        ("ExampleNews is an RFA-affiliated online news organization.", "outlet-note"),
        ("[ Trade talks: What we know so far ]", "inline-promo"),
        ("Enditem/AW", "credit"),
    ],
)
def test_more_chrome_lines_have_named_rules(line, rule):
    assert roles("\n".join([TITLE, "", LEAD, line, SECOND]))[line] == rule


def test_short_lines_after_the_story_ends_are_dropped_but_prose_is_kept():
    last = (
        "The allies said they would meet again, and "
        "officials expected the next talks to be difficult."
    )
    text = "\n".join(
        [
            TITLE,
            "",
            LEAD,
            SECOND,
            "Share",
            "About Sponsored Content",
            "Stocks rally as talks resume",
            last,
            "Keep up to date with the news by downloading the Example app",
        ]
    )
    got = roles(text)
    assert got["About Sponsored Content"] == got["Stocks rally as talks resume"] == "after-story"
    assert got[last] == "paragraph"
    assert clean(text).paragraphs == [LEAD, SECOND, last]


def test_a_short_line_between_story_paragraphs_is_kept():
    sub = "What happens next"
    text = "\n".join([TITLE, "", LEAD, "Advertisement", sub, SECOND + " " + SECOND])
    assert roles(text)[sub] == "paragraph"


def test_dated_items_stay_in_a_related_list():
    item = "A new president promised a tougher line. Now his team is at the table."
    text = "\n".join([TITLE, "", LEAD, SECOND, "More from The Example", item, "November 27, 2021"])
    assert roles(text)[item] == "related-list"


def test_korean_headline_ending_in_a_quote_stays_in_a_related_list():
    item = "미 국방장관 “한국, 더 많이 분담할 여력 있다”"
    text = "\n".join(
        [
            "방위비 6차 협상 워싱턴서 마무리…“이견 좁혔지만 타결 못해”",
            (
                "한국과 미국이 14~15일(현지시각) 미국 워싱턴에서 "
                "6차 회의를 열었으나 최종 타결에는 이르지 못했다."
            ),
            "관련기사",
            "방위비 5차 회의 서울서 종료…“상당한 이견”",
            item,
        ]
    )
    assert roles(text)[item] == "related-list"


def test_story_sentence_about_a_director_is_not_a_bio():
    line = (
        "Kim is the director of the ministry's North America "
        "bureau and led the delegation to Washington."
    )
    assert roles("\n".join([TITLE, "", LEAD, line, SECOND]))[line] == "paragraph"


def test_topic_tag_named_like_an_outlet_stays_in_the_list():
    text = "\n".join(
        [TITLE, "", LEAD, SECOND, "Explore more on these topics", "Brexit", "Foreign policy"]
    )
    assert roles(text)["Foreign policy"] == "related-list"


def test_cookie_notice_before_the_headline_is_chrome():
    text = "\n".join(
        [
            "We value your privacy",
            "We and our partners store and/or access information on a device, "
            "such as cookies, and process personal data.",
            "Accept all",
            "Manage preferences",
            TITLE,
            "",
            DEK,
            "",
            LEAD,
            SECOND,
        ]
    )
    cleaned = clean(text)
    assert cleaned.title == TITLE and cleaned.paragraphs == [LEAD, SECOND]
    assert roles(text)["We value your privacy"] == "cookie-banner"


def test_video_promo_and_lone_dateline_are_not_a_dek():
    text = "\n".join(
        [
            TITLE,
            "By Jane Roe, Example",
            "Video Ad Feedback",
            "Minister: talks were 'constructive'",
            "02:14 - Source: Example",
            "Stockholm, Sweden Example —",
            LEAD,
            SECOND,
        ]
    )
    got = roles(text)
    assert got["Minister: talks were 'constructive'"] == "video-title"
    assert got["Stockholm, Sweden Example —"] == "dateline"
    assert clean(text).subtitle is None


def test_a_line_above_a_photo_credit_is_a_caption_not_a_dek():
    caption = "The foreign minister speaks to reporters after the talks in Rome, 23 May 2025"
    text = "\n".join(
        [
            TITLE,
            "Published on 23/05/2025 - 19:48",
            "Share this article",
            caption,
            "Copyright AP Photo/Jane Roe",
            LEAD,
            SECOND,
        ]
    )
    cleaned = clean(text)
    assert cleaned.subtitle is None and cleaned.caption == caption


def test_recommended_topics_are_a_list_inside_the_story():
    text = "\n".join([TITLE, "", LEAD, "Recommended Topics", "Donald Trump", "Tariff", SECOND])
    got = roles(text)
    assert got["Donald Trump"] == got["Tariff"] == "related-list" and got[SECOND] == "paragraph"


def test_a_caption_after_the_stamps_is_not_a_dek():
    caption = "Ambassador Jane Roe at the residence. Example Foreign Ministry"
    got = roles("\n".join([TITLE, "April 10, 2025", "Updated: 2 hours ago", caption, "", LEAD]))
    assert got[caption] == "caption"


def test_a_story_sentence_about_a_news_agency_is_kept():
    line = "Xinhua is China's state news agency and reported the meeting first, officials said."
    quote = '"Please consider supporting us in this fight," the minister told donors in Geneva.'
    got = roles("\n".join([TITLE, "", LEAD, line, quote, SECOND]))
    assert got[line] == got[quote] == "paragraph"


# --- the cheap gates in front of the anchored patterns -----------------------------------------
# Each gate must pass every line its pattern matches, or the gate would change a rule's meaning:
# hypothesis writes lines from the pattern itself (in any case, with the odd letters re.I folds).
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from generator import clean as cleaner  # noqa: E402
from generator.text import case_odd, word_count  # noqa: E402


def odd_or(gate):
    """A case_odd line (see text.case_odd) runs the pattern whatever the gate says."""
    return lambda t: case_odd(t) or gate(t)


def row_gate(rule: cleaner.Rule):
    """A row's gate and the part of a line its pattern is tried on, as functions of the line."""

    def gate(t: str) -> bool:
        return bool(rule.gate(cleaner._Facts(t, True)))

    def part(t: str) -> str:
        return cleaner._PARTS[rule.part](cleaner._Facts(t, True))

    return gate, part


# Row gates narrower than their pattern, kept as they are (the cleaner's output depends on them).
NARROW = {
    cleaner._PRIVACY: "runs only on lines with 'agree': '... that you accept' is never tried",
    cleaner._BRACKET_PROMO: "wants '[ ': one_line has made every blank a single space by then",
}
# The gates of line_rule's rows (each with the patterns its test runs), and of the other rules.
GATES = {
    f"{rule.role}-{i}-{j}": (pattern, *row_gate(rule))
    for i, rule in enumerate(cleaner.RULES)
    if rule.gate
    for j, pattern in enumerate(rule.patterns)
    if pattern not in NARROW
}
GATES.update(
    {
        "related-list": (cleaner._LIST_HEAD, odd_or(cleaner._may_be_list_head), str),
        "byline": (cleaner._BYLINE, odd_or(cleaner._may_be_byline), str),
        "byline-ko": (
            cleaner._BYLINE_KO,
            lambda t: cleaner._holds_any(t, cleaner._BYLINE_KO_JOBS),
            str,
        ),
        "masthead-sep": (cleaner._MASTHEAD_SEP, lambda t: cleaner._holds_any(t, "-–—|:"), str),
        "masthead-printed": (
            cleaner._MASTHEAD_SEP,
            lambda t: not t.isprintable() or cleaner._holds_any(t, cleaner._MASTHEAD_MARKS),
            str,
        ),
    }
)
FOOTER_ROW = next(r for r in cleaner.RULES if r.test is cleaner._footer_phrase)
FOOTER_GATE = (cleaner._FOOTER, row_gate(FOOTER_ROW)[0])


def branches(pattern: re.Pattern) -> list[re.Pattern]:
    """The pattern's alternatives, each as a pattern of its own, so that every one gets tried:
    'A|B' -> 'A', 'B'; '^(A|B)$' -> '^(A)$', '^(B)$' (the first outer group that holds a '|')."""
    src, opened, closes, cuts, i = pattern.pattern, [], {}, {}, 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 1
        elif c == "[":  # a class: skip to its ']' (one right after '[' or '[^' is a member)
            i += 2 if src[i + 1] == "^" else 1
            while src[i + 1] != "]" or src[i] == "\\":
                i += 1
            i += 1
        elif c == "(":
            opened.append(i)
        elif c == ")":
            closes[opened.pop()] = i
        elif c == "|":
            cuts.setdefault(
                opened[0] if len(opened) == 1 else -1 if not opened else None, []
            ).append(i)
        i += 1
    outer = -1 if -1 in cuts else min((k for k in cuts if k is not None), default=None)
    if outer is None:
        return [pattern]
    end = len(src) if outer == -1 else closes[outer]
    body = (
        outer + 1 if outer == -1 or src[outer + 1] != "?" else src.index(":", outer) + 1
    )  # keep '(?-i:'
    head, tail = src[:body], src[end:]
    bounds = [body - 1] + cuts[outer] + [end]
    return [
        re.compile(head + src[a + 1 : b] + tail, pattern.flags) for a, b in zip(bounds, bounds[1:])
    ]


BRANCHES = [
    (name, i)
    for name, (pattern, *_) in sorted(GATES.items())
    for i in range(len(branches(pattern)))
]


@pytest.mark.parametrize("name,branch", BRANCHES)
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_gate_passes_every_line_its_pattern_matches(name, branch, data):
    pattern, gate, part = GATES[name]
    line = data.draw(st.from_regex(branches(pattern)[branch]))
    if pattern.search(part(line)):
        assert gate(line), line


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.sampled_from("ab. \t\n\u00a0\u2003\x1c\u200b")))
def test_word_count_is_the_count_of_split_words(text):
    assert word_count(text) == len(text.split())


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.sampled_from("ab| /·•\t\u00a0\u2003\x1c")))
def test_ui_tokens_split_as_the_pattern_does(text):
    assert cleaner._ui_tokens(text.strip()) == cleaner._TOKEN_SPLIT.split(text.strip())


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(line=st.from_regex(FOOTER_GATE[0], fullmatch=True))
def test_the_footer_gate_passes_every_footer_phrase(line):
    if FOOTER_GATE[0].fullmatch(line):
        assert FOOTER_GATE[1](line), line


def test_a_gate_can_fail():
    """The gates do turn lines away: a story sentence runs none of these patterns."""
    line = "Negotiators met for a third day in Seoul on Tuesday, officials said."
    assert not any(gate(line) for _, gate, _ in GATES.values())


def test_only_the_affix_first_letters_lower_into_a_gallery_start():
    """_strip_affixes looks at a line's head only when its first letter is in _AFFIX_FIRST: no
    other character lower-cases into the start of one of _AFFIX_STARTS."""
    for code in range(0x110000):
        low = chr(code).lower()
        if low[:1] in "ips[" and any(
            start.startswith(low) or low.startswith(start) for start in cleaner._AFFIX_STARTS
        ):
            assert chr(code) in cleaner._AFFIX_FIRST, hex(code)


def test_gallery_labels_come_off_lines_of_any_case():
    text = "\n".join(
        [TITLE, "", "ITEM 1 of 3 Delegates arrive for the ninth round of talks in Seoul", LEAD]
    )
    assert "ITEM 1 of 3" not in "\n".join(ln.text for ln in clean(text).lines if ln.kept)


# --- every removal role has a legend ------------------------------------------------------

from generator.decode import decode  # noqa: E402
from generator.rules import LEGENDS, ROLES  # noqa: E402

CORPUS = Path("/work/shared/corpus/dev")
# Roles the walk gives outside line_rule's rules (above the headline, repeats, trims).
STRUCTURAL = (
    "above-headline",
    "repeated-line",
    "repeated-caption",
    "wire-credit-tail",
    "masthead",
    "gallery-label",
    "video-title",
    "byline-title",
    "dateline",
    "after-story",
    "stamp",
    "byline",
    "section-label",
    "related-list",
)


def test_every_role_in_the_table_has_a_legend():
    for role in ROLES:
        assert role.legend.strip(), role.name
    assert len(LEGENDS) == len(ROLES)  # one row per role
    assert set(STRUCTURAL) <= set(LEGENDS)
    assert {rule.role for rule in cleaner.RULES} <= set(LEGENDS)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus here")
def test_every_role_the_cleaner_gives_has_a_legend():
    given_roles = set()
    for path in sorted(CORPUS.glob("*.txt")):
        cleaned = clean(decode(path.read_bytes()).text)
        given_roles |= {ln.role for ln in cleaned.lines if ln.role not in KEPT_ROLES}
        given_roles |= {d.rule for d in cleaned.trims}
    assert given_roles and given_roles <= set(LEGENDS), given_roles - set(LEGENDS)
