"""Month names and the words of date stamps, and the test for a stamp line.

The cleaner asks is_stamp() of nearly every line; the date extractor reads the same
matches (date_spans) to pick the publication date, so both share one cache.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from generator.text import case_odd, compiled, has_digit, has_hangul

# Month names in full, as the timeline prints them.
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Month number by the first three letters, lower case: "sep" -> 9.
MONTH_NUMBERS = {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
# Every way a month is printed, as regex alternatives: "Sept.", "Sep", "September".
MONTH_FORMS = (
    "Jan(?:uary)?",
    "Feb(?:ruary)?",
    "Mar(?:ch)?",
    "Apr(?:il)?",
    "May",
    "June?",
    "July?",
    "Aug(?:ust)?",
    "Sept?(?:ember)?",
    "Oct(?:ober)?",
    "Nov(?:ember)?",
    "Dec(?:ember)?",
)
# A month in lower case, for patterns compiled with re.I.
MON = r"(?P<mon>" + "|".join(MONTH_FORMS).lower() + r")\.?"

# A year ends at a word boundary, or runs straight into a time as in Reuters' "20193:05 PM".
_YEAR = r"(?P<y>(?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}))"
_FULL = [
    # 2019-09-26, 2019/10/25, 2021.03.11, 2019. 10. 25., 2019년 10월 25일, 2019年10月25日
    compiled(
        _YEAR + r"\s*(?:[-./]|년|年)\s*(?P<m>\d{1,2})"
        r"\s*(?:[-./]|월|月)\s*(?P<d>\d{1,2})(?!\d)\s*(?:일|日)?"
    ),
    # Mar 12,2018 / March 7, 2021 / Sept. 19, 2005 / FEBRUARY 10 2019
    compiled(r"\b" + MON + r"\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)" + _YEAR, re.I),
    # 19 September 2005 / 25 Oct. 2019 / 5th of May, 2020
    compiled(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON + r",?\s+" + _YEAR, re.I),
    # 15-Sep-2025: day, month and year joined by hyphens, as CGTN's stamps print them
    compiled(r"\b(?P<d>\d{1,2})-" + MON + "-" + _YEAR, re.I),
    # 25/10/2019 (day first) or 10/25/2019 (month first when the day would be > 12)
    compiled(r"(?<![\d/.])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-]" + _YEAR + r"(?![\d/])"),
]
_FULL_NEEDS_MONTH = (False, True, True, True, False)  # every _FULL pattern needs a year
_YEAR_DIGITS = compiled(r"19\d\d|20\d\d")
_YEARLESS = [
    compiled(r"\b" + MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{2})", re.I),
    compiled(r"(?<![\d.])(?P<m>\d{1,2})\s*(?:월|月)\s*(?P<d>\d{1,2})\s*(?:일|日)"),
]
# Labels that say a date is the publication date, or the last update.
# A label may be glued to the time before it when copied: "11:22Modified: 08/09/2020".
PUBLISHED = compiled(
    r"(?<![A-Za-z])(posted|published|publication date|first published|created|released|dated?|"
    r"issued|write|written)\b|"
    r"입력|등록|작성|발행|송고|승인|公開|配信|掲載|发布|發布|发表",
    re.I,
)
# A print edition's date: '게재 : 2024-06-20 05:00:00 (10면)' beside the web stamp '입력 : ...'.
PRINTED = compiled(r"게재|지면")
UPDATED = compiled(
    r"(?<![A-Za-z])(updated?|modified|last updated|last modified|edited|revised|upd)\b|"
    r"수정|업데이트|갱신|更新",
    re.I,
)
# Time zones whose users write dates month first: 11/05/2019 is November 5.
_US_ZONE = compiled(r"\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|AKST|HST)\b")
# "3 hours ago", "yesterday": stamps that give no date.
_RELATIVE = compiled(
    r"\b(\d+|an?|one|few)\s+(second|minute|min|hour|hr|day|week|month)s?\s+ago\b|"
    r"\b(just now|yesterday|today)\b",
    re.I,
)
_TIME = compiled(
    r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)|(?:오전|오후)\s*\d{1,2}:\d{2}|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
    re.I,
)
# Words a stamp line may hold besides its dates and times: weekdays, zones, labels.
_FILLER = compiled(
    r"\b(on|at|a\.?m|p\.?m|gmt|utc|kst|jst|est|edt|cst|cdt|pst|pdt|bst|cet|cest|ist|hkt|sgt|aest|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"posted|published|updated?|modified|last|first|date|time|edited|revised|created|released|z|source|editor|"
    r"write|written)\b|"
    r"[월화수목금토일]요일|\([월화수목금토일]\)|입력|수정|등록|기사|최종|업데이트|송고|시간|"
    r"[+-]\d{2}:?\d{2}|[^\w\s]",
    re.I,
)


def _full_date(m: re.Match, month_first: bool = False) -> date | None:
    g = m.groupdict()
    year = int(g["y"])
    if g.get("mon"):
        month = MONTH_NUMBERS[g["mon"].lower()[:3]]
        day = int(g["d"])
    elif g.get("a"):
        a, b = int(g["a"]), int(g["b"])
        day, month = (b, a) if b > 12 >= a or (month_first and a <= 12) else (a, b)
    else:
        month, day = int(g["m"]), int(g["d"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # a stamp line is matched by the cleaner, then again to pick the date
def date_spans(line: str) -> tuple[tuple[int, int, date | None, str], ...]:
    """(start, end, date or None for a yearless stamp, text) for each date in the line."""
    found: list[tuple[int, int, date | None, str]] = []
    if not has_digit(line):
        return ()  # every date pattern has digits; most lines are words only

    def free(s: int, e: int) -> bool:
        return all(e <= fs or s >= fe for fs, fe, _, _ in found)

    year, month, korean = _date_parts(line)
    month_first = year and bool(_US_ZONE.search(line))
    for pattern, needs_month in zip(_FULL, _FULL_NEEDS_MONTH):
        if not year or (needs_month and not month):
            continue
        for m in pattern.finditer(line):
            value = _full_date(m, month_first)
            if value and free(m.start(), m.end()):
                found.append((m.start(), m.end(), value, m.group().strip()))
    for pattern, can in zip(_YEARLESS, (month, korean)):
        if not can:
            continue
        for m in pattern.finditer(line):
            if free(m.start(), m.end()) and 1 <= int(m.group("d")) <= 31:
                found.append((m.start(), m.end(), None, m.group().strip()))
    return tuple(sorted(found))


_MONTH_START = compiled(
    "|".join(MONTH_NUMBERS)
)  # one search of the lower-cased line for them all, 2x faster than 12 tests


def _date_parts(line: str) -> tuple[bool, bool, bool]:
    """Whether the line may hold a year, a month name (see MON) and 월/月: the patterns that
    need one are not run without it. lower() misses what re.I reads in 'ſ', 'ı', 'İ': those run
    all."""
    month = _MONTH_START.search(line.lower()) is not None or case_odd(line)
    return bool(_YEAR_DIGITS.search(line)), month, "월" in line or "月" in line


@lru_cache(maxsize=8192)  # the cleaner asks about each line more than once
def is_stamp(line: str) -> bool:
    """A line that is a date/time stamp and little else (a few words of chrome at most),
    or a '|'-separated line of parts, each a stamp or short, one at least a stamp
    ('New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM')."""
    if len(line) > 160:
        return False
    if not (has_digit(line) or _may_be_relative(line)):
        return (
            False  # most lines: a stamp, or a part of one, has a date's digits or a word like 'ago'
        )
    if _one_stamp(line):
        return True
    if not _PART_MARK.search(line):
        return False  # one part, already tested
    parts = [p for p in _PARTS.split(line) if p.strip()]
    stamps = [_one_stamp(p) for p in parts]
    return (
        len(parts) > 1
        and any(stamps)
        and all(is_stamp or len(p.split()) <= 5 for p, is_stamp in zip(parts, stamps))
    )


# "KYODO NEWS - Oct 30, 2007 - 17:05 | All, Japan": short parts, one of them a stamp.
_PARTS = compiled(r"\s*[|｜]\s*|\s+[-–—]\s+")
_PART_MARK = compiled("[|｜\\-–—]")  # every separator _PARTS splits on has one


def _may_be_relative(line: str) -> bool:
    """Whether the line holds a word every _RELATIVE match has ('ago', 'now', 'yesterday',
    'today')."""
    low = line.lower()
    return any(word in low for word in ("ago", "now", "yesterday", "today")) or case_odd(line)


def _one_stamp(line: str) -> bool:
    found = date_spans(line)
    if not found:
        return (
            _may_be_relative(line)
            and bool(_RELATIVE.search(line))
            and len(_RELATIVE.sub(" ", line).split()) <= 2
        )
    rest = line
    for start, end, _, _ in reversed(found):
        rest = rest[:start] + " " + rest[end:]
    rest = _RELATIVE.sub(" ", _TIME.sub(" ", rest))
    rest = _FILLER.sub(" ", rest)
    words = [w for w in rest.split() if not w.isdigit()]
    full = any(v for _, _, v, _ in found)
    labelled = bool(PUBLISHED.search(line) or UPDATED.search(line) or PRINTED.search(line))
    return len(words) <= (3 if full or labelled else 0)


# Month names in other languages (stems, lower case), as pages print them in date stamps:
# "24 сентября 2018", "23 de agosto de 2018", "3 ottobre 2018", "12. März 2019".
# Only the date extractor reads them (other_spans); the cleaner's stamp test is unchanged.
FOREIGN_MONTHS: dict[str, int] = {
    # Russian (genitive and nominative stems)
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Portuguese / Spanish
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # French / Italian / German / Dutch / Indonesian
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12, "januar": 1, "februar": 2,
    "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12, "januari": 1,
    "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "agustus": 8, "desember": 12,
    "desembre": 12, "december": 12, "september": 9, "maret": 3, "pebruari": 2, "nopember": 11,
}  # fmt: skip
_FOREIGN = compiled(
    r"(?<!\d)(?P<d>\d{1,2})\.?\s+(?:de\s+)?(?P<name>[^\W\d_]{3,10})\.?,?\s+(?:de\s+)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d)",
)
# "Maret 30, 2015", "Oktober 2, 2019": the month first, as Indonesian blogs print it.
_FOREIGN_MONTH_FIRST = compiled(
    r"(?<![^\W\d_])(?P<name>[^\W\d_]{3,10})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})(?!\d)"
)
# 11/13/19, 20.11.19: a two-digit year, day or month first as in date_spans.
_SHORT_YEAR = compiled(r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<yy>\d{2})(?![\d/.])")


def is_short_year_stamp(line: str) -> bool:
    """'11/20/19 6:38 AM': a two-digit-year date and a time, nothing else. Only the date
    extractor asks; the cleaner's is_stamp does not read two-digit years, so its roles stay."""
    if len(line) > 40 or not _SHORT_YEAR.search(line):
        return False
    rest = _FILLER.sub(" ", _TIME.sub(" ", _SHORT_YEAR.sub(" ", line)))
    return not rest.split()


def _foreign_month(name: str) -> int | None:
    low = name.lower()
    if low in FOREIGN_MONTHS:
        return FOREIGN_MONTHS[low]
    # Russian stems take case endings: "сентября", "мая"
    return next((n for stem, n in FOREIGN_MONTHS.items() if low.startswith(stem) and
                 not stem.isascii() and len(low) - len(stem) <= 2), None)  # fmt: skip


@lru_cache(maxsize=4096)
def other_spans(line: str) -> tuple[tuple[int, int, date | None, str], ...]:
    """Dates date_spans does not read: month names in other languages and two-digit years
    (only where the line holds no date date_spans reads)."""
    if not has_digit(line) or date_spans(line):
        return ()
    found = []
    for m in (*_FOREIGN.finditer(line), *_FOREIGN_MONTH_FIRST.finditer(line)):
        month = _foreign_month(m.group("name"))
        value = _safe_date(int(m.group("y")), month, int(m.group("d"))) if month else None
        if value:
            found.append((m.start(), m.end(), value, m.group()))
    if not found:
        month_first = bool(_US_ZONE.search(line))
        korean = "." in line and has_hangul(line)
        for m in _SHORT_YEAR.finditer(line):
            a, b = int(m.group("a")), int(m.group("b"))
            day, month = (b, a) if b > 12 >= a or (month_first and a <= 12) else (a, b)
            if korean and m.group(2) == ".":  # '07.03.08 18:32 ㅣ최종 업데이트': year first
                value = _safe_date(2000 + a, b, int(m.group("yy")))
            else:
                value = _safe_date(2000 + int(m.group("yy")), month, day)
            if value:
                found.append((m.start(), m.end(), value, m.group()))
    return tuple(sorted(found, key=lambda f: f[0]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
