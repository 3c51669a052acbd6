"""The negotiation round an article reports on, and the agreement's ordinal."""
from __future__ import annotations

import re

from generator.text import sentences

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
CARDINAL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ORD = r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"
_QUALIFIER = (r"(?:[- ](?:formal|official|high-level|new|final|latest|full|two-day|three-day|"
              r"day-long|working-level|face-to-face|in-person|straight|consecutive|closed-door|"
              r"special|extra|additional|regular))*")
_ROUND = re.compile(r"\b" + _ORD + _QUALIFIER + r"[- ]round(?P<plural>s)?\b", re.I)
_ROUND_N = re.compile(r"\bround\s+(?P<num>\d{1,2}|" + "|".join(CARDINAL_WORDS) + r")\b(?![-.,]\d)", re.I)
_ROUND_KO = re.compile(r"(?:제\s*)?(?P<num>\d{1,2})\s*차\s*(?:회의|협상|회담|협의|본협상)")
# Words that put a mention in another round than the one reported.
_ELSEWHERE = re.compile(
    r"\b(next|following|previous|prior|preceding|last|earlier|upcoming|another|subsequent|"
    r"future|coming|ahead of|after the|since the|no date|set for|plan(?:s|ned)? (?:to hold|for)|"
    r"will hold|would hold|to hold|agreed to hold)\b[^,;]{0,40}$", re.I)

_AGREEMENT = re.compile(
    r"\b(?P<ord>\d{1,2}(?:st|nd|rd|th))[- ](?:(?:[\w-]+\s+){0,3}?)"
    r"(?:Special Measures Agreement|SMA|(?:defen[cs]e\s+)?cost[- ]sharing\s+(?:agreement|deal|accord|pact)|"
    r"(?:[A-Z][\w-]*\s+){1,4}(?:Agreement|Accord|Treaty|Pact|Protocol|Framework))\b", re.I)
_AGREEMENT_WORD = re.compile(r"\b(?P<ord>" + "|".join(ORDINAL_WORDS) + r")\s+(?:Special Measures Agreement|SMA)\b", re.I)
_AGREEMENT_KO = re.compile(r"(?:제\s*)?(?P<num>\d{1,2})\s*차\s*(?:방위비\s*분담\s*금?\s*)?(?:특별\s*협정|SMA|협정)")
_NOT_CURRENT = re.compile(r"\b(previous|prior|current|existing|old|expired|expiring|last|earlier|preceding|former)\s+(?:[\w-]+\s+){0,2}$", re.I)


def ordinal(text: str) -> int | None:
    text = text.lower()
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    if text in CARDINAL_WORDS:
        return CARDINAL_WORDS[text]
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


def round_mentions(sentence: str) -> list[tuple[int, bool]]:
    """(round number, whether it is the round being reported) for each mention."""
    out = []
    for pattern in (_ROUND, _ROUND_N, _ROUND_KO):
        for m in pattern.finditer(sentence):
            if m.groupdict().get("plural"):
                continue  # "10 rounds of talks", "the previous three rounds": a count
            value = ordinal(m.group("ord") if "ord" in m.groupdict() and m.group("ord") else m.group("num"))
            if value:
                current = not _ELSEWHERE.search(sentence[:m.start()].split(",")[-1] if pattern is not _ROUND_KO else "")
                out.append((m.start(), value, current))
    return [(v, c) for _, v, c in sorted(out)]


def extract_round(texts: list[str]) -> tuple[int | None, str]:
    """First round mention that is not about another round, in headline, dek, then the lead."""
    for where, text in texts:
        for sentence in sentences(text):
            for value, current in round_mentions(sentence):
                if current:
                    return value, where
    return None, "missing"


def extract_agreement(texts: list[tuple[str, str]]) -> tuple[int | None, str]:
    fallback = None
    for where, text in texts:
        for pattern in (_AGREEMENT, _AGREEMENT_WORD, _AGREEMENT_KO):
            for m in pattern.finditer(text):
                value = ordinal(m.group("ord") if "ord" in m.groupdict() else m.group("num"))
                if not value:
                    continue
                if _NOT_CURRENT.search(text[:m.start()]):
                    fallback = fallback or (value, where)
                    continue
                return value, where
    return fallback if fallback else (None, "missing")
