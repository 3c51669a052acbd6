"""The times of day a date stamp prints ("Posted on : 2019-09-26 17:10 KST"), for the feeds.

Kept apart from the date extractor (extract/dates.py), which reads days only: a
time is looked for only in the lines that extractor already took for stamps.
A time printed with no zone is read in HOME_ZONE, Korea's, where nearly all
the outlets of this digest publish ("송고시간 2014-01-27 11:47").
"""

from __future__ import annotations

import re
from datetime import time, timedelta, timezone

HOME_ZONE = timezone(timedelta(hours=9))
# Zone abbreviations stamps print, as hours from UTC; US zones as their standard/daylight pair.
ZONES = {
    "KST": 9,
    "JST": 9,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "CET": 1,
    "CEST": 2,
    "BST": 1,
    "EST": -5,
    "EDT": -4,
    "ET": -5,
    "CST": -6,
    "CDT": -5,
    "PST": -8,
    "PDT": -7,
    "PT": -8,
}
_TIME = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:：](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![a-z]))?"
    r"(?:\s*\(?\s*(?:(?:UTC|GMT)\s?(?P<offset>[+-]\d{1,2}(?::?[0-5]\d)?)"
    r"|(?P<bare>[+-](?:0\d|1[0-4]):?[0-5]\d)"
    r"|(?P<zone>(?-i:" + "|".join(sorted(ZONES, key=len, reverse=True)) + r"))\b))?",
    re.I,
)


def stamp_times(text: str) -> list[time]:
    """Every time of day in a stamp line, in order, each with its zone (HOME_ZONE if none is
    printed): '2019-09-26 17:10 KST' -> [17:10+09:00]."""
    out = []
    for m in _TIME.finditer(text):
        hour = int(m["h"])
        if m["ampm"]:
            if hour == 0 or hour > 12:
                continue  # "13:05 pm" is no time
            hour = hour % 12 + (12 if m["ampm"][0].lower() == "p" else 0)
        out.append(time(hour, int(m["m"]), int(m["s"] or 0), tzinfo=_zone(m)))
    return out


def _zone(m: re.Match) -> timezone:
    if m["zone"]:
        return timezone(timedelta(hours=ZONES[m["zone"].upper()]))
    offset = m["offset"] or m["bare"]
    if offset:
        hours, _, minutes = offset[1:].partition(":")
        if not minutes and len(hours) > 2:  # "+0900"
            hours, minutes = hours[:-2], hours[-2:]
        shift = timedelta(hours=int(hours), minutes=int(minutes or 0))
        if shift <= timedelta(hours=14):
            return timezone(-shift if offset[0] == "-" else shift)
    return HOME_ZONE
