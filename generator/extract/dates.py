"""Date stamps as outlets print them, and which one is the publication date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.lexicon import datelines
from generator.lexicon.dates import PUBLISHED, UPDATED, date_spans


@dataclass(frozen=True)
class Stamp:
    """A date line's date and what it says the date is."""

    label: str  # "published", "updated" or "" when the line does not say
    value: date | None  # None when the stamp has no year
    text: str  # the date as printed


def _label(before: str) -> str:
    """The label closest before a date: 'Posted on : X Modified on : Y'."""
    best, where = "", -1
    for name, pattern in (("published", PUBLISHED), ("updated", UPDATED)):
        for m in pattern.finditer(before):
            if m.start() > where:
                best, where = name, m.start()
    return best


def stamps(line: str) -> list[Stamp]:
    """The dates a stamp line holds, each with its label."""
    out, prev = [], 0
    for start, end, value, text in date_spans(line):
        out.append(Stamp(_label(line[prev:start]), value, text))
        prev = end
    return out


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
