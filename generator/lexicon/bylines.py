"""What a byline's names look like: the cleaner finds byline lines with these tests, the
author extractor reads the names out of them."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.lexicon import outlets
from generator.text import compiled

# "X in Brussels", "X in New York": where a reporter filed from, not part of the name.
IN_PLACE = compiled(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
# "Deni Prasetya (The Jakarta Post)": names, then the outlet or desk in parentheses.
PAREN_AFFILIATION = compiled(r"^(?P<names>[^()]{4,80}?)\s*\((?P<who>[^()]{2,40})\)$")
# "A and B for BenarNews": the outlet the reporters filed for, at the end of the byline.
FOR_OUTLET = compiled(r"\s+for\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")
# Job titles and outlet words: where a byline's names stop.
JOB = compiled(
    r"\b(reporter|writer|correspondent|editor|staff|bureau|chief|senior|contributor|columnist|"
    r"press|news|times|herald|daily|agency|journalist|producer|analyst|photographer|intern|"
    r"associate|special|fellow|professor|director|stars|stripes|post|journal|review|media|"
    r"desk|team|service|wire|online|digital|network|newsroom|for)\b",
    re.I,
)
# Words of page chrome that look like a name in capitals ("Related Links", "Latest Headlines",
# "The Nissan Northern Xperience"): a byline part holding one names no person. The author
# chooser reads it; looks_like_names reads a part's first word ("Learn More" is no byline).
NOT_NAME_WORDS = frozenset(
    "the a an related latest headlines links check more learn app apps menu search subscribe "
    "subscription magazine policy home top trending popular video videos photos podcast "
    "podcasts newsletter newsletters sport sports hi hello hey thanks comments reply share "
    "today live watch read follow sign login contact about advertise photo file image images "
    "gallery cookie cookies settings navigation skip".split()
)
# What separates two names: "A and B", "A, B & C", "A / B", "A · B".
SPLIT = compiled(r"\s*(?:,\s*and\s+|\band\b|&|;|,|/|·)\s*")
# Lower-case words inside a name: "Ursula von der Leyen".
_PARTICLES = {
    "de",
    "van",
    "von",
    "da",
    "der",
    "den",
    "bin",
    "al",
    "le",
    "la",
    "del",
    "di",
    "du",
    "dos",
    "ibn",
}
_NAME_WORD = compiled(r"^(?:[A-Z\u00c0-\u00de][\w'’.-]*|O[’']\w+|Mc\w+)$")
_HANGUL_NAME = compiled(r"[가-힣]{2,4}")


def is_name(part: str) -> bool:
    """A person's name: 2-5 capitalised words (particles allowed), or 2-4 Hangul syllables."""
    if _HANGUL_NAME.fullmatch(part):
        return True
    words = part.split()
    if not 1 <= len(words) <= 5 or outlets.by_name(part):
        return False
    real = [w for w in words if w.lower() not in _PARTICLES]
    if not real or not all(_NAME_WORD.match(w) for w in real):
        return False
    return len(words) >= 2 or "-" in part  # a lone word is rarely a byline: 'Staff', 'KYODO'


def is_job(text: str) -> bool:
    return bool(JOB.search(text))


def without_places(text: str) -> str:
    return IN_PLACE.sub("", text)


@lru_cache(maxsize=8192)  # the cleaner asks of a line, then the author chooser of the same line
def looks_like_names(text: str) -> bool:
    """A bare byline line: 'Jae-won Park', 'ANDREW KESSLER', 'X in Brussels and Y'."""
    text = FOR_OUTLET.sub("", IN_PLACE.sub("", text.strip()))
    parts = [p.strip() for p in SPLIT.split(text) if p.strip()]
    if not 1 <= len(parts) <= 4:
        return False
    return all(
        2 <= len(p.split()) <= 4
        and is_name(p)
        and not JOB.search(p)
        and p.split()[0].lower() not in NOT_NAME_WORDS  # "Learn More"; not "Jo Roe Florida Today"
        for p in parts
    )
