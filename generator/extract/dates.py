"""Date stamps as outlets print them, and which one is the publication date."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone

from generator.extract.position import Choice, lead_index
from generator.extract.stamptime import HOME_ZONE, stamp_times
from generator.lexicon import datelines
from generator.lexicon.dates import (
    PRINTED,
    PUBLISHED,
    UPDATED,
    date_spans,
    is_short_year_stamp,
    is_stamp,
    other_spans,
)
from generator.model import Cleaned
from generator.text import compiled, has_digit, word_count


@dataclass(frozen=True)
class Stamp:
    """A date line's date and what it says the date is."""

    label: str  # "published", "updated" or "" when the line does not say
    value: date | None  # None when the stamp has no year
    text: str  # the date as printed


def _label(before: str) -> str:
    """The label closest before a date: 'Posted on : X Modified on : Y'."""
    best, where = "", -1
    for name, pattern in (("published", PUBLISHED), ("updated", UPDATED), ("print", PRINTED)):
        for m in pattern.finditer(before):
            if m.start() > where:
                best, where = name, m.start()
    return best


# A label printed after its date and time, before a separator or the line's end: Korean pages'
# '2014-02-21 17:35 송고 | 2014-02-21 18:02 최종수정'. Short, so 'Posted X Modified on : Y' keeps
# 'Modified' for Y.
_LABEL_AFTER = compiled(r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?P<label>[^\W\d_]{1,6})\s*(?:[|·]|$)")


def _label_of(line: str, prev: int, start: int, end: int) -> str:
    """The label after the date when one closes its part of the line, else the one before."""
    after = _LABEL_AFTER.match(line, end)
    if after:
        label = _label(after.group("label"))
        if label:
            return label
    return _label(line[prev:start])


def _spans_labelled(line: str, spans) -> list[Stamp]:
    out, prev, taken = [], 0, 0
    for start, end, value, text in spans:
        label = _label_of(line, max(prev, taken), start, end)
        after = _LABEL_AFTER.match(line, end)
        taken = after.end() if after and _label(after.group("label")) else end
        out.append(Stamp(label, value, text))
        prev = end
    return out


def stamps(line: str) -> list[Stamp]:
    """The dates a stamp line holds, each with its label."""
    return _spans_labelled(line, date_spans(line))


def has_full_date(line: str) -> bool:
    return any(value for _, _, value, _ in date_spans(line))


def pick(lines: list[str]) -> tuple[date | None, date | None, str | None]:
    """Publication date, updated date, and a yearless stamp if that is all there is."""
    published = updated = None
    yearless = None
    for line in lines:
        for s in stamps(line):
            if s.value is None:
                yearless = yearless or s.text
            elif s.label == "updated":
                updated = updated or s.value
            elif published is None:
                published = s.value
    if published and updated and updated < published:
        updated = None
    if updated and not published:
        # a page that prints only "Updated: <date>" was published that day at the latest
        published = updated
    return published, updated, yearless


def dateline_without_year(paragraph: str) -> str | None:
    """'SEOUL, Feb. 5 (Yonhap) --' gives a day but no year."""
    m = datelines.YEARLESS.match(paragraph)
    return m.group().rstrip(" (") if m else None


# How much each signal counts for a date candidate, summed; the best sum wins. Checked on real
# pages (bench/calibrate.py): the publication stamp sits just above or below the headline and
# lead, in a short line; other stories' dates sit in lists further away, repeated.
DATE_WEIGHTS = {
    "stamp line": 3,  # the line is a date stamp and little else
    "byline line": 2,  # "By Al Root Updated Nov. 19, 2019": a byline carries the stamp
    "short line": 1,  # a header line of a few words holding a date
    "in a sentence": -4,  # a date the story mentions ("on Nov. 18, 2019 the court...")
    "next to the lead": 3,  # within _NEAR lines of the lead paragraph
    "near the lead": 2,  # within _CLOSE lines
    "above the story": 1,  # within _FAR lines before the lead
    "below the lead": -2,  # after the story began: comments, related stories, other stamps
    "published label": 1,  # "Published:", "입력", "Original"
    "embedded post": -5,  # "— Name (@handle) November 15, 2019": a quoted tweet
    "repeated": -2,  # the same date on three or more lines: a list of other stories, a masthead
    "no year": -1,  # "Nov 18": the year comes from the page's other dates
    "credit or comment": -5,  # "Source: Ministry, Oct 25, 2019", "Alex on May 2, 2018 said:"
    "in a list of dates": -2,  # each other date within _CLOSE lines (up to _LIST_MAX): a list
    "page top": -2,  # the first lines of a long page: the site's "today" date in its masthead
    "timed byline": 1,  # "By Chris Pokorny Nov 18, 2019, 11:47am EST": the story's own stamp
    "update at the foot": 1,  # 'Updated: <date>' on the line under the story's last paragraph
    "print edition": -2,  # '게재 : <date> (10면)': the paper's day, after the web stamp's
    "photo caption": -4,  # "... berths at the port on Nov 2, 2023. [Photo/X]": the photo's day
}
_CAPTION_ROLES = ("caption", "repeated-caption", "caption-in-story")
_TOP_LINES = 3
CHOSEN_MIN = 2  # a best sum below this is no date at all
SURE_MIN = 4  # a best sum at least this, with SURE_MARGIN over any other date, is "high"
SURE_MARGIN = 2
_NEAR, _CLOSE, _FAR = 3, 12, 40
_SENTENCE_WORDS = 25
_SENTENCE_CHARS = 400  # longer than any 25 words: skipped before counting them
_LIST_MAX = 3
_BYLINE = compiled(r"^\s*by\s", re.I)
_EMBED = compiled(r"^\s*[—–-]\s*.{0,60}\(@\w+\)|pic\.twitter\.com")
_CREDIT_OR_COMMENT = compiled(r"^\s*(?:source|sources|photo|image|credit)s?\s*:|\bsaid\s*:?\s*$|"
                              r"\b(?:says|wrote|replied|reply)\s*:?\s*$", re.I)  # fmt: skip
_ORIGINAL = compiled(r"\boriginal\b|\bfirst published\b", re.I)


def _signals(i: int, text: str, role: str, lead: int, label: str) -> list[str]:
    words = word_count(text)
    shape = (
        "stamp line" if is_stamp(text) or is_short_year_stamp(text) else
        "byline line" if role == "byline" or _BYLINE.match(text) else
        "in a sentence" if words > _SENTENCE_WORDS else "short line" if words <= 15 else ""
    )  # fmt: skip
    out = [shape] if shape else []
    if shape == "byline line" and stamp_times(text):
        out.append("timed byline")
    gap = lead - i
    if -_NEAR <= gap <= _NEAR:
        out.append("next to the lead")
    elif -_CLOSE <= gap <= _CLOSE:
        out.append("near the lead")
    elif 0 < gap <= _FAR:
        out.append("above the story")
    if gap < -_NEAR:
        out.append("below the lead")
    if i < _TOP_LINES and gap > _CLOSE:
        out.append("page top")
    if label == "published" or _ORIGINAL.search(text):
        out.append("published label")
    if _EMBED.search(text):
        out.append("embedded post")
    if _CREDIT_OR_COMMENT.search(text):
        out.append("credit or comment")
    if label == "print":
        out.append("print edition")
    if role in _CAPTION_ROLES:
        out.append("photo caption")
    return out


def _own_stamp(signals: list[str]) -> bool:
    """A stamp line just above the story's lead: where a page prints its own date."""
    return (
        "stamp line" in signals
        and ("next to the lead" in signals or "near the lead" in signals)
        and "below the lead" not in signals
    )


def _spans(text: str) -> tuple:
    return date_spans(text) or other_spans(text)


def _found(cleaned: Cleaned) -> tuple[list, Counter, dict]:
    """Every date on the page with its signals' sum; how many lines print each; each day's
    first stamp line next to the story's lead (the page's own stamp)."""
    lead = lead_index(cleaned)
    last = max((i for i, ln in enumerate(cleaned.lines) if ln.role == "paragraph"), default=-2)
    found: list[tuple[float, int, Stamp]] = []
    lines_with: Counter = Counter()
    own: dict[date, int] = {}
    for i, ln in enumerate(cleaned.lines):
        line = ln.text
        if len(line) > _SENTENCE_CHARS or not has_digit(line) or word_count(line) > _SENTENCE_WORDS:
            continue  # a date in a sentence scores below CHOSEN_MIN wherever it is
        for stamp in _spans_labelled(line, _spans(line)):
            signals = _signals(i, line, ln.role, lead, stamp.label)
            if stamp.label == "updated" and i == last + 1 and is_stamp(line):
                signals.append("update at the foot")
            if stamp.value is None:
                signals.append("no year")
            found.append((sum(DATE_WEIGHTS[s] for s in signals), i, stamp))
            lines_with[stamp.value or stamp.text] += 1
            if _own_stamp(signals) and stamp.value:
                own.setdefault(stamp.value, i)
    return found, lines_with, own


def _scored(cleaned: Cleaned) -> list:
    """Each date's score with the page's lists counted: repeats and neighbouring dates."""
    found, lines_with, own = _found(cleaned)
    # a list's stamps; readers' comments ("Alex on May 2, 2018 said:") make no list of stories
    listed = {
        i
        for _, i, _ in found
        if is_stamp(cleaned.lines[i].text) and not _CREDIT_OR_COMMENT.search(cleaned.lines[i].text)
    }
    scored = []
    for score, i, stamp in found:
        # the story's own stamp repeated in lists below it (other stories of that day) is
        # no list itself: its repeats take the penalty, it does not
        if lines_with[stamp.value or stamp.text] >= 3 and own.get(stamp.value) != i:
            score += DATE_WEIGHTS["repeated"]
        if stamp.value:
            others = {
                s.value
                for _, j, s in found
                if 0 < abs(j - i) <= _CLOSE
                and j in listed
                and s.label != "updated"
                and not _stamp_pair(stamp, i, j)
            }
            others.discard(stamp.value)
            others.discard(None)
            score += DATE_WEIGHTS["in a list of dates"] * min(len(others), _LIST_MAX)
        scored.append((score, i, stamp))
    return scored


def _stamp_pair(stamp: Stamp, i: int, j: int) -> bool:
    """An update stamp on the line next to the publication stamp: the story's header, as
    'Aug 15, 2024 10:42 pm' over 'Updated: Aug 16, 2024', not a list of other stories' dates."""
    return stamp.label == "updated" and abs(j - i) == 1


def choose(cleaned: Cleaned) -> tuple[Choice, Choice]:
    """(publication date, updated date), each scored over every date on the page."""
    scored = _scored(cleaned)
    years = Counter(s.value.year for _, _, s in scored if s.value)
    published = _best([c for c in scored if c[2].label != "updated"], years)
    updated = _best([c for c in scored if c[2].label == "updated"], years)
    if updated.value is None:
        updated = Choice(None, True)  # most pages print no update: none is no guess
    published = _same_day_as_update(scored, published, updated)
    if published.value and _headline_year_before(cleaned, published.value):
        published = Choice(published.value, False, published.runner_up, published.origin)
    if published.value is None and updated.value is not None:
        # a page that prints only "Updated: <date>" was published that day at the latest; the
        # page's one stamp, unless its time is another day in UTC, as the page's markup has it
        sure = updated.sure and _same_day_in_utc(cleaned, scored, updated.value)
        published = Choice(updated.value, sure, None, updated.origin)
    if updated.value and published.value and updated.value < published.value:
        updated = Choice(None, True)
    return published, updated


def _same_day_in_utc(cleaned: Cleaned, scored: list, day: date) -> bool:
    """'Updated 10:01 pm PST, Tuesday, November 19' is Wednesday in UTC: two days to pick
    from. A time with no zone is the home zone's, the page's own day."""
    for _, i, stamp in scored:
        if stamp.value != day:
            continue
        for at in stamp_times(cleaned.lines[i].text):
            moment = datetime.combine(day, at)
            if at.tzinfo is not HOME_ZONE and moment.astimezone(timezone.utc).date() != day:
                return False
    return True


def _same_day_as_update(scored: list, published: Choice, updated: Choice) -> Choice:
    """'First published on November 19' far below the story, 'Updated on: November 19' by
    it: every stamp labelled published names the day the update stamp does, so the two
    agree and no other day is a rival."""
    labelled = {s.value for _, _, s in scored if s.label == "published" and s.value}
    day = updated.value
    if published.sure or not day or labelled != {day} or published.value not in (None, day):
        return published
    return Choice(day, True, published.runner_up, "stamp")


def _best(scored: list, years: Counter) -> Choice:
    ranked = sorted(scored, key=lambda c: (-c[0], c[1]))
    if not ranked or ranked[0][0] < CHOSEN_MIN:
        return Choice(None, False)  # no date: the editor pins one (a warning says so too)
    score, _, stamp = ranked[0]
    value = stamp.value or _with_year(stamp.text, years)
    if value is None:
        return Choice(None, False)
    # a yearless "November 18" over "Nov. 18th 2019" names the same day: no rival
    others = [c for c in ranked[1:] if _day(c[2], years) != value]
    runner = others[0] if others else None
    margin = score - runner[0] if runner else score
    sure = stamp.value is not None and score >= SURE_MIN and margin >= SURE_MARGIN
    runner_value = runner[2].value or runner[2].text if runner else None
    return Choice(value, sure, runner_value, "stamp")


def _day(stamp: Stamp, years: Counter) -> date | None:
    return stamp.value or _with_year(stamp.text, years)


def _with_year(text: str, years: Counter) -> date | None:
    """A yearless stamp ("Nov 18") in the year most of the page's dates are in."""
    if not years:
        return None
    year = years.most_common(1)[0][0]
    spans = date_spans(f"{text}, {year}")
    return spans[0][2] if spans else None


_YEAR_WORD = compiled(r"\b(?:19|20)\d{2}\b")


def _headline_year_before(cleaned: Cleaned, value: date) -> bool:
    """'Milan Design Week 2018' over a 2019 stamp: the stamp may be a later edit's, not the
    story's; a guess for the editor."""
    years = [int(y) for y in _YEAR_WORD.findall(cleaned.title or "")]
    return bool(years) and max(years) < value.year
