"""Ordinal and counting words, and the "5th" an ordinal number is printed as."""

from __future__ import annotations

from generator.text import compiled

# "the fifth round": ordinal words as rounds and agreements are numbered in English.
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
# "round two": cardinal words that number a round.
CARDINAL_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
# "세 번째 회의" (the third meeting): the Korean counting words before 번째 / 차례.
KOREAN_ORDINALS = {
    "첫": 1,
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
}
_DIGITS = compiled(r"\d+")


def ordinal(n: int) -> str:
    """1 -> '1st', 12 -> '12th', 23 -> '23rd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number(text: str) -> int | None:
    """The number an ordinal or cardinal word or a '5th' stands for, or None."""
    text = text.lower()
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    if text in CARDINAL_WORDS:
        return CARDINAL_WORDS[text]
    digits = _DIGITS.match(text)
    return int(digits.group()) if digits else None
