"""Earlier events an article recalls, dated as precisely as its words allow.

"following their first round of meetings held last month on Hawaii" in an
article of 11 April 2018 recalls round 1, in March 2018, in Hawaii; "the
agreement signed in 2014" recalls a signing in 2014. A phrase is dated
against the article's own publication date; with no publication date only
phrases that name a year can be dated.

An event is taken only when the words around the date say something
happened then (held, signed, began, a numbered round, a summit) and do not
point to the future ("will hold", "agreed to hold ... in November"). Dates
within a week before publication are left out: they are the article's own
news, not a memory of it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from generator.extract.anycase import AnyCase
from generator.extract.location import place
from generator.extract.rounds import extract_agreement, round_mentions
from generator.lexicon.dates import MONTH_FORMS, MONTH_NAMES, MONTH_NUMBERS
from generator.lexicon.ordinals import CARDINAL_WORDS, ORDINAL_WORDS
from generator.model import Article
from generator.text import case_odd, compiled, sentences

# Capitalised months only, case-sensitive: lexicon.dates.MON is the lower-case form stamps use
# under re.I.
_MON = r"(?P<mon>" + "|".join(MONTH_FORMS) + r")\.?"


def _word(pattern: str) -> str:
    """'\\b' and pattern, written as its first letter and a look back ('J(?<!\\wJ)an'): a regex that
    starts with letters lets the engine skip ahead to them; one that starts with '\\b' is tried
    at every place in the text (2-3x slower)."""
    return pattern[0] + r"(?<!\w" + pattern[0] + ")" + pattern[1:]


_MON_WORD = r"(?P<mon>" + "|".join(map(_word, MONTH_FORMS)) + r")\.?"  # \b + _MON
_NUMBER_WORDS = {"a": 1, "an": 1} | {w: n for w, n in CARDINAL_WORDS.items() if n <= 10}

# Each pattern names how its match is dated; the first pattern to claim a span wins.
_PATTERNS = [
    (
        "day_year",
        compiled(
            _MON_WORD + r"\s+(?P<d>\d{1,2})(?:-\d{1,2})?(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
        ),
    ),
    (
        "month_year",
        compiled(
            r"\b(?:in\s+)?(?:early\s+|mid-?\s*|late\s+)?" + _MON + r"\s+(?P<y>(?:19|20)\d\d)\b"
        ),
    ),
    (
        "day",
        compiled(
            _MON_WORD + r"\s+(?P<d>\d{1,2})(?:-\d{1,2})?(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"
        ),
    ),
    ("month", compiled(_word(r"in\s+(?:early\s+|mid-?\s*|late\s+)?") + _MON + r"(?![\w-])")),
    (
        "year",
        compiled(
            "(?:" + _word("in") + "|" + _word("since") + r")\s+(?P<y>(?:19|20)\d\d)\b(?![-–]\d)"
        ),
    ),
    ("last", compiled(r"\blast\s+(?P<unit>month|year|week)\b", re.I)),
    ("earlier", compiled(r"\bearlier\s+this\s+(?P<unit>month|year)\b", re.I)),
    (
        "ago",
        compiled(
            r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
            r"(?P<unit>year|month)s?\s+ago\b",
            re.I,
        ),
    ),
]
# Where the words about one date stop: clause punctuation and words that start
# another clause ("following", "since", "after" ...).
_LEFT_STOP = compiled(
    r"[;:—–]|,\s|\b(?:following|since|after|before|when|until|while|because|as)\b|\band\s+(?=the\b)",
    re.I,
)
_RIGHT_STOP = compiled(
    r"[;:—–,]|\.(?:\s|$)|\b(?:and|but|when|after|before|since|because|while)\b", re.I
)
_EVENT = AnyCase(
    r"\b(held|met|took place|began|begun|started|starting|opened|signed|initial(?:l)?ed|concluded|"
    r"ended|"
    r"wrapped up|kicked off|launched|resumed|reached|struck|expired|walked out|broke down|"
    r"collapsed|"
    r"fell apart|agreed|summit)\b"
)
_FUTURE = AnyCase(
    r"\b(will|would|shall|to (?:hold|meet|sign|start|resume|begin|open)|plans?|planned|scheduled|"
    r"set (?:to|for)|"
    r"due|next|upcoming|expected|expires?|could|may|might)\b"
)
_PLACE = compiled(
    r"\b(?:in|on|at)\s+(?:the\s+)?(?:(?:island|city) of\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_BARE_ORDINAL = compiled(
    r"\bthe\s+(?P<ord>" + "|".join(ORDINAL_WORDS) + r")\b(?=\s+(?:in|on|at)\b|\s*,|\s*$)", re.I
)
_OWN_NEWS = timedelta(days=7)
# Text every pattern above needs (a month name, a year, last/earlier/ago, with the
# same case rules): most sentences have none and are skipped without running them all.
# Only literals, case-sensitive: the engine then skips ahead by first letter (5x faster).
_ABBREVIATIONS = "|".join(name[:3] for name in MONTH_NAMES)  # Jan|Feb|...|Dec
_MONTH_OR_YEAR = compiled(_ABBREVIATIONS + r"|19\d\d|20\d\d")
_RELATIVE_WORD = compiled(r"last|earlier|ago", re.I)


def _may_name_date(text: str) -> bool:
    """Whether the text has what one of _PATTERNS needs (see text.case_odd for the word test)."""
    if _MONTH_OR_YEAR.search(text):
        return True
    low = text.lower()
    if "last" in low or "earlier" in low or "ago" in low:
        return True
    return case_odd(text) and bool(_RELATIVE_WORD.search(text))


@dataclass(frozen=True, order=True)
class When:
    """A date known to the year, the month or the day."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    @property
    def label(self) -> str:
        if self.day:
            return self.iso
        return f"{MONTH_NAMES[self.month - 1]} {self.year}" if self.month else str(self.year)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


@dataclass(frozen=True)
class Recalled:
    """An earlier event a story recalls: when, in which sentence, and what it says of the talks."""

    when: When
    sentence: str
    paragraph: int  # 1-based, matches the id p-N on the article page
    round: int | None
    agreement: int | None
    location: str | None
    phrase: str  # the words that gave the date, as printed


def _month(name: str) -> int:
    return MONTH_NUMBERS[name[:3].lower()]


def _shift_months(year: int, month: int, back: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) - back
    return index // 12, index % 12 + 1


def _resolve(kind: str, m: re.Match, pub: date | None) -> When | None:
    """The date a matched phrase names, or None when it cannot be dated."""
    g = m.groupdict()
    try:
        if kind == "day_year":
            return When(
                int(g["y"]), _month(g["mon"]), date(int(g["y"]), _month(g["mon"]), int(g["d"])).day
            )
        if kind == "month_year":
            return When(int(g["y"]), _month(g["mon"]))
        if kind == "year":
            return When(int(g["y"]))
    except ValueError:
        return None
    if pub is None:
        return None
    return _relative(kind, g, pub)


def _relative(kind: str, g: dict, pub: date) -> When | None:
    unit = (g.get("unit") or "").lower()
    if kind == "day":
        try:
            day = date(pub.year, _month(g["mon"]), int(g["d"]))
        except ValueError:
            return None
        if day > pub:
            day = day.replace(year=pub.year - 1) if not (day.month == 2 and day.day == 29) else None
        return When(day.year, day.month, day.day) if day else None
    if kind == "month":
        month = _month(g["mon"])
        return When(pub.year if month <= pub.month else pub.year - 1, month)
    if kind == "last":
        if unit == "week":
            earlier = pub - timedelta(days=7)
            return When(earlier.year, earlier.month)
        return (
            When(*_shift_months(pub.year, pub.month, 1)) if unit == "month" else When(pub.year - 1)
        )
    if kind == "earlier":
        return When(pub.year, pub.month) if unit == "month" else When(pub.year)
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        return (
            When(*_shift_months(pub.year, pub.month, n)) if unit == "month" else When(pub.year - n)
        )
    return None


def _before(when: When, kind: str, pub: date | None) -> bool:
    """Whether the date lies before the article's own news."""
    if pub is None:
        return True
    if when.day:
        return pub - date(when.year, when.month, when.day) > _OWN_NEWS
    if when.month:
        return (when.year, when.month) < (pub.year, pub.month) or kind == "earlier"
    return when.year < pub.year or kind == "earlier"


def _phrases(sentence: str, possible: set[str]) -> list[tuple[str, re.Match]]:
    """The date phrases of the sentence, of the kinds that can be there (see _possible_kinds)."""
    taken: list[tuple[int, int]] = []  # sorted, never overlapping: a bisect finds a clash
    found = []
    for kind, pattern in _PATTERNS:
        if kind not in possible:
            continue
        for m in pattern.finditer(sentence):
            i = bisect.bisect_left(taken, (m.start(), m.end()))
            if (i == 0 or taken[i - 1][1] <= m.start()) and (
                i == len(taken) or m.end() <= taken[i][0]
            ):
                taken.insert(i, (m.start(), m.end()))
                found.append((kind, m))
    return sorted(found, key=lambda f: f[1].start())


_MONTH_NAME = compiled(_ABBREVIATIONS)
_YEAR = compiled(r"19\d\d|20\d\d")


_MONTH_KINDS = ("day_year", "month_year", "day", "month")
_WORD_KINDS = ("last", "earlier", "ago")


def _possible_kinds(sentence: str) -> set[str]:
    """The kinds of _PATTERNS that can match: each needs a month name, a year or its word.
    Written out test by test: a generator over the words took a fifth of the time."""
    kinds = set(_MONTH_KINDS) if _MONTH_NAME.search(sentence) else set()
    if _YEAR.search(sentence):
        kinds.add("year")
    if case_odd(sentence):
        kinds.update(_WORD_KINDS)
        return kinds
    low = sentence.lower()
    if "last" in low:
        kinds.add("last")
    if "earlier" in low:
        kinds.add("earlier")
    if "ago" in low:
        kinds.add("ago")
    return kinds


_REACH = 400  # characters looked at on each side of a date phrase; keeps huge pastes linear


def _window(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after the date phrase at start:end that belong with it."""
    left = sentence[max(0, start - _REACH) : start]
    stops = list(_LEFT_STOP.finditer(left))
    if stops:
        left = left[stops[-1].end() :]
    left = " ".join(left.split()[-12:])
    right = sentence[end : end + _REACH]
    stop = _RIGHT_STOP.search(right)
    right = " ".join((right[: stop.start()] if stop else right).split()[:8])
    return left, right


def _round(window: str, sentence: str) -> int | None:
    mentions = round_mentions(window)
    if mentions:
        return mentions[0][0]
    bare = _BARE_ORDINAL.search(window)
    if bare and re.search(r"\bround\b", sentence, re.I):
        return ORDINAL_WORDS[bare.group("ord").lower()]
    return None


def _place(window: str) -> str | None:
    for m in _PLACE.finditer(window):
        name = place(m.group("name"))
        if name:
            return name
    return None


def _event(
    sentence: str, paragraph: int, kind: str, m: re.Match, pub: date | None
) -> Recalled | None:
    when = _resolve(kind, m, pub)
    if when is None or not _before(when, kind, pub):
        return None
    left, right = _window(sentence, m.start(), m.end())
    if _FUTURE.found(left):  # "will hold the third round in Seoul in May"
        return None
    window = f"{left} {right}".strip()
    round_no = _round(window, sentence)
    if not (_EVENT.found(window) or round_no):
        return None
    agreement, _ = extract_agreement([("window", window)])
    return Recalled(
        when, sentence, paragraph, round_no, agreement, _place(window), m.group().strip()
    )


def recalled_events(article: Article) -> list[Recalled]:
    """Every earlier event the article recalls, once each, in reading order."""
    pub = article.meta.date
    out: list[Recalled] = []
    seen: set[tuple] = set()
    for number, paragraph in enumerate(article.cleaned.paragraphs, 1):
        if not _may_name_date(paragraph):
            continue
        for sentence in sentences(paragraph):
            possible = _possible_kinds(sentence)  # none: as _may_name_date(sentence) is false
            if not possible:
                continue
            for kind, m in _phrases(sentence, possible):
                event = _event(sentence, number, kind, m, pub)
                if event is None:
                    continue
                key = (event.when, event.round, event.location)
                if key not in seen:
                    seen.add(key)
                    out.append(event)
    return out


def events_of(article: Article) -> list[Recalled]:
    """recalled_events(article), as `process.process` stored it on the article when it did."""
    stored = article.recalled
    return recalled_events(article) if stored is None else stored
