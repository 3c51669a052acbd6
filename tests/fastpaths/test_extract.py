"""The faster forms of the extractors' patterns find what the plain forms find.

Each fast path (a hint searched for first, a lower-cased search without re.I, names grouped
by first letter, '\\b' moved behind a first letter) is checked against the plain pattern it
stands for, on text built from the patterns' own words in every case and with the characters
that make re.I differ from str.lower() ('ſ', 'ı', 'İ', the Kelvin sign).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import process
from generator.extract import figures, location, recalled, rounds, source
from generator.extract.anycase import AnyCase
from generator.lexicon import dates, outlets
from generator.text import has_digit

_ODD = ["", "ſ", "ı", "İ", "\u212a"]


def _variants(phrase: str) -> list[str]:
    """phrase as printed in several cases, inside text, glued to words, and with odd letters."""
    out = []
    for form in (phrase, phrase.upper(), phrase.title(), phrase.capitalize()):
        out += [form, f"They said {form}, officials", f"x{form}y", f"{form}.", f"The ({form}) and"]
    out += [
        phrase.replace("s", "ſ"),
        phrase.replace("i", "ı"),
        phrase.replace("i", "İ"),
        phrase.replace("k", "\u212a"),
    ]
    return out


_PHRASES = [
    "the fifth round of talks",
    "the 3rd round",
    "round two",
    "Rounds of sanctions",
    "the next round",
    "last month",
    "earlier this year",
    "previous agreement",
    "will hold",
    "planned to hold talks",
    "talks were held",
    "they met in Seoul",
    "signed in 2019",
    "a year ago",
    "after the",
    "is expected next month",
    "in 2018",
    "once again",
    "walked out",
    "the eleventh special measures agreement",
    "the sixth session of the talks",
    "anniversary meeting",
]
_ANY_CASE = {
    "rounds._ELSEWHERE": rounds._ELSEWHERE,
    "rounds._ELSEWHERE_TITLE": rounds._ELSEWHERE_TITLE,
    "rounds._AFTER": rounds._AFTER,
    "rounds._ELSEWHEN_AFTER": rounds._ELSEWHEN_AFTER,
    "rounds._NOT_CURRENT": rounds._NOT_CURRENT,
    "rounds._AGREEMENT_NOISE": rounds._AGREEMENT_NOISE,
    "rounds._ROUND": rounds._ROUND,
    "rounds._ROUND_N": rounds._ROUND_N,
    "location._EVENT": location._EVENT,
    "location._ELSEWHEN": location._ELSEWHEN,
    "recalled._EVENT": recalled._EVENT,
    "recalled._FUTURE": recalled._FUTURE,
}


@pytest.mark.parametrize("name", sorted(_ANY_CASE))
def test_any_case_finds_what_re_i_finds(name):
    fast = _ANY_CASE[name]
    texts = [v for p in _PHRASES for v in _variants(p)] + [
        p + odd for p in _PHRASES for odd in _ODD
    ]
    for text in texts:
        assert fast.found(text) == bool(fast.pattern.search(text)), text
        plain = [
            (m.span(), {k: (v or "").lower() for k, v in m.groupdict().items()})
            for m in fast.pattern.finditer(text)
        ]
        quick = [
            (m.span(), {k: (v or "").lower() for k, v in m.groupdict().items()})
            for m in fast.finditer(text)
        ]
        assert quick == plain, text


@pytest.mark.parametrize("source", [r"\bTalks\b", r"\Wtalks", r"σύνοδος", r"(?P<Word>talks)"])
def test_any_case_refuses_what_lower_casing_would_change(source):
    with pytest.raises(ValueError):
        AnyCase(source)


def test_outlet_names_grouped_match_the_plain_alternation():
    names = outlets._names()
    body = "|".join(re.escape(n) for n in names)
    for flags, fast in ((0, outlets.name_pattern()), (re.I, outlets.name_pattern_any_case())):
        plain = re.compile(r"(?<![\w])(" + body + r")(?![\w])", flags)
        assert fast.pattern != plain.pattern  # the grouped form is the one in use
        for name in names[::3]:
            for text in _variants(name) + [f"{name} and {names[0]}", f"x{name}", name[:-1]]:
                assert [(m.span(), m.group(1)) for m in fast.finditer(text)] == [
                    (m.span(), m.group(1)) for m in plain.finditer(text)
                ], text


def test_outlet_grouping_gives_up_where_re_i_folds_a_letter_outside_ascii():
    assert outlets._by_first_letter(["ſtar", "star"], re.I) is None
    assert outlets._by_first_letter(["Éclair", "éclair"], re.I) is None
    assert outlets._by_first_letter(["ſtar", "star"]) is not None  # case-sensitive: no folding


def _money_texts() -> list[str]:
    words = sorted(figures._WORDS) + figures._ISO + ["Rs.", "rs.", "RS.", "ſs.", "US$", "W", "R"]
    out = []
    for word in words:
        for form in (word, word.upper(), word.title()):
            out += [
                f"paid 5 {form} in",
                f"paid 5 billion {form}.",
                f"{form}5",
                f"{form} 5 million",
                f"5\u00a0{form}",
                f"5\t{form}",
                f"3-4 trillion {form}",
                f"5 US {form}",
                f"in 2019 {form} rose",
            ]
    return out


def test_money_hints_hold_wherever_the_full_patterns_match():
    for text in _money_texts():
        first = max(0, figures.first_digit(text))
        if figures._SUFFIX.search(text, first):
            assert figures._SUFFIX_HINT.search(text, first), text
        if figures._PREFIX.search(text):
            assert figures._PREFIX_HINT.search(text) or figures._PREFIX_HINT_ANY_CASE.search(
                text
            ), text


@pytest.mark.parametrize(
    "text",
    [
        "5 percent",
        "5 per cent",
        "5pct",
        "5%",
        "5 ％",
        "5 퍼센트",
        "5 percentage points",
        "5 Percent",
        "five percent",
        "5 pc",
    ],
)
def test_percent_hint_holds_wherever_the_percent_pattern_matches(text):
    if figures._PERCENT.search(text):
        assert figures._percent_hint(text)


def test_date_patterns_led_by_a_letter_match_their_word_boundary_forms():
    plain = {
        "day_year": r"\b"
        + recalled._MON
        + r"\s+(?P<d>\d{1,2})(?:-\d{1,2})?(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
        "day": r"\b"
        + recalled._MON
        + r"\s+(?P<d>\d{1,2})(?:-\d{1,2})?(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))",
        "month": r"\bin\s+(?:early\s+|mid-?\s*|late\s+)?" + recalled._MON + r"(?![\w-])",
        "year": r"\b(?:in|since)\s+(?P<y>(?:19|20)\d\d)\b(?![-–]\d)",
    }
    fast = dict(recalled._PATTERNS)
    texts = []
    for month in recalled.MONTH_NAMES:
        for form in (month, month[:3], month[:3] + ".", "x" + month, "1" + month, "_" + month):
            texts += [
                f"{form} 5",
                f"on {form} 5, 2019",
                f"in early {form} 2019",
                f"in mid-{form}",
                "since 2019",
                "in 2019-20",
                f"in{form} 5",
                f"{form} 12-13th 2018",
                f"({form} 5)",
                f"{form} 5 percent",
            ]
    for kind, written in plain.items():
        slow = re.compile(written)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in fast[kind].finditer(text)] == [
                (m.span(), m.groupdict()) for m in slow.finditer(text)
            ], (kind, text)


# Letters, digits and separators from ASCII and beyond, with the characters whose case folding
# differs from lower() or turns a non-word character into a word one (U+0345 -> 'ι').
_STORY_CHARS = st.sampled_from(
    list("aZ9_ ,.-'\n\t\x1c")
    + [
        "\u2019",
        "\u201c",
        "\u2014",
        "\u00a0",
        "\u00e9",
        "\u00df",
        "\u0130",
        "\u017f",
        "\u212a",
        "\u0345",
        "\u0663",
        "\u00b2",
        "한",
        "\uff21",
        "\u24b6",
        "\ud800",
        "\U0001d400",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_STORY_CHARS, max_size=40).map("".join) | st.text(max_size=40))
@example("It’s “done” — TALKS ended")  # the fast path: non-ASCII separators only
@example("xͅy Straße K")
def test_story_words_are_the_words_the_fingerprint_always_hashed(story):
    """Same bytes hashed, so every fingerprint, and every duplicate decision, is as before."""
    words = " ".join(process._WORD.findall(story.casefold()))
    assert process._story_words(story) == words.encode("utf-8", "surrogatepass")


# --- outlet keys and stamp gates (the cleaner asks them of nearly every line) ---------------------

_KEY_CHARS = st.sampled_from(
    list("aZ9_&-. \t\n")
    + [
        "\u00a0",
        "\u2003",
        "\u00e9",
        "\u00df",
        "\u0130",
        "\u017f",
        "\u0663",
        "\u00b2",
        "\u2167",
        "한",
        "\u0301",
        "\ud800",
    ]
)


def test_isalnum_characters_are_word_characters():
    """_words_and_spaces reads \\w as isalnum(): every such character is one \\w matches."""
    every = "".join(map(chr, range(0x110000)))
    alnum = "".join(c for c in every if c.isalnum())
    assert len(re.findall(r"\w", alnum)) == len(alnum)


@settings(max_examples=400, deadline=None)
@given(st.lists(_KEY_CHARS, max_size=20).map("".join) | st.text(max_size=20))
@example("Korea Herald")
@example("the_times")
def test_outlet_key_is_the_plain_substitution(text):
    assert outlets._key(text) == outlets._NON_WORD.sub(" ", text.casefold()).strip()


def test_only_t_h_and_e_match_the_under_re_i():
    """by_name tries the name without 'The' only when text[:3].lower() is 'the'; re.I lets no
    other character stand for one of its letters."""
    every = "".join(map(chr, range(0x110000)))
    assert {c.lower() for c in re.findall(r"(?i)[the]", every)} == {"t", "h", "e"}


@pytest.mark.parametrize(
    "text",
    [
        "The Korea Herald",
        "the  korea herald",
        "THE\tKorea Times",
        "The",
        "Theater",
        "Korea Herald",
        "hindustantimes",
        "The Hindustantimes",
        "  The Guardian",
        "Thé Guardian",
        "THE Yonhap",
        "the\u00a0Reuters",
        "tHe AFP",
    ],
)
def test_by_name_finds_what_both_lookups_find(text):
    table = outlets._by_name()
    plain = (
        table.get(outlets._key(text))
        or table.get(outlets._key(outlets._THE.sub("", text)))
        or outlets._by_stem().get(outlets._key(text))
    )
    assert outlets.by_name.__wrapped__(text) is plain


_STAMP_WORDS = st.sampled_from(
    [
        "Posted",
        "Updated",
        "on",
        "at",
        "Monday",
        "a",
        "few",
        "hours",
        "ago",
        "AGO",
        "agſo",
        "now",
        "just",
        "yesterday",
        "today",
        "TODAY",
        "|",
        "｜",
        "-",
        "–",
        "—",
        "/",
        ":",
        ",",
        "Jan",
        "may",
        "Seoul",
        "KST",
        "EDT",
        "p.m.",
        "ſeoul",
        "İ",
        "talks",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_STAMP_WORDS, max_size=10).map(" ".join))
def test_a_line_without_digits_or_time_words_is_no_stamp_in_any_part(line):
    """is_stamp turns such a line away before _one_stamp: it could not be one, nor hold one."""
    if has_digit(line) or dates._may_be_relative(line):
        return
    assert not dates._RELATIVE.search(line)
    assert not dates._one_stamp(line)
    assert not any(dates._one_stamp(part) for part in dates._PARTS.split(line))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_STAMP_WORDS | st.sampled_from(["5", "2019", "a.m."]), max_size=10).map(" ".join)
    | st.text(max_size=30)
)
def test_stamp_marks_and_months_hold_where_the_patterns_find_them(line):
    if dates._PARTS.search(line):
        assert dates._PART_MARK.search(line), line
    low = line.lower()
    assert bool(dates._MONTH_START.search(low)) == any(name in low for name in dates.MONTH_NUMBERS)


_CLUES = [
    "Reuters",
    "SEOUL (Yonhap) -- Talks",
    "Source: AP | Updated",
    "Contact news@koreaherald.com",
    "www.nytimes.com/2019/talks",
    "The Guardian - Back to home",
    "© 2024 NPR",
    "By Jane Doe, Reuters",
]


@pytest.mark.parametrize("zone", ["above", "header", "body", "trailer"])
def test_lines_on_the_page_give_source_no_vote(zone):
    """source.extract skips kept lines: _line_votes takes nothing from them, whatever they say."""
    from generator.model import KEPT_ROLES, Line

    votes = []
    for role in KEPT_ROLES:
        for text in _CLUES:
            source._line_votes(
                Line(1, text, role, zone), lambda outlet, kind: votes.append((outlet, kind))
            )
    assert [v for v in votes if v[0] is not None] == []
    source._line_votes(
        Line(1, _CLUES[4], "menu", zone), lambda outlet, kind: votes.append((outlet, kind))
    )
    assert [v for v in votes if v[0] is not None]  # the same clue on a dropped line does vote
