"""Small text helpers shared by the cleaner and the extractors."""
from __future__ import annotations

import re
from functools import lru_cache

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_ASCII_DIGIT = re.compile(r"[0-9]")
_DIGIT = re.compile(r"\d")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_NOT_ASCII_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "rep", "sen",
    "gov", "pres", "st", "mt", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "s", "n", "a.m", "p.m", "inc", "co",
    "corp", "ltd", "jr", "sr", "etc", "approx", "dept", "est", "fig", "d.c", "ft", "govt",
}
_SENTENCE_END = re.compile(r"([.!?。]+[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9가-힣])")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")
_CLOSERS = "'\"”’)]"
_FINAL = ".!?。다"


def words(text: str) -> list[str]:
    return text.split()


def hangul_share(text: str) -> float:
    # Hangul and any letter outside ASCII are looked for among the few characters that are not
    # ASCII, ASCII letters counted by bytes.translate: the Unicode classes are slow on long text.
    wide = _ASCII_RUN.sub("", text)
    if not _HANGUL.search(wide):
        return 0.0  # most articles: no need to count every letter
    letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER)) + len(_NOT_LETTER.sub("", wide))
    return len(_HANGUL.findall(wide)) / letters if letters else 0.0


def has_digit(text: str) -> bool:
    """Whether text has a digit as \\d means it (any script): ASCII digits are looked for first,
    by a range test, twice as fast as the Unicode class."""
    return bool(_ASCII_DIGIT.search(text) or (not text.isascii() and _DIGIT.search(text)))


def first_digit(text: str) -> int:
    """Where the first digit (as \\d means it) is in text, or -1; found as has_digit() finds one."""
    ascii_digit = _ASCII_DIGIT.search(text)
    end = ascii_digit.start() if ascii_digit else len(text)
    other = None if text.isascii() else _DIGIT.search(text, 0, end)  # one in another script before it
    return other.start() if other else end if ascii_digit else -1


def case_odd(text: str) -> bool:
    """Whether text holds 'ſ', 'ı' or 'İ'. re.I matches them to s and i and lower() does not, so
    a quick word test on text.lower() before a re.I pattern is only safe without them."""
    return not text.isascii() and ("\u017f" in text or "\u0131" in text or "\u0130" in text)


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, sparing abbreviations like 'U.S.' and 'Sept.'."""
    return list(_sentences(paragraph))


@lru_cache(maxsize=4096)  # each extractor and the recalled events split the same paragraphs again
def _sentences(paragraph: str) -> tuple[str, ...]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        head = paragraph[start:m.start() + 1]
        words = head.rstrip(".!?").rsplit(None, 1)  # empty when the head is only punctuation ("!!!")
        last = words[-1].lower() if words else ""
        last = last.lstrip("(\"'“‘")
        if m.group(1).startswith(".") and (last in _ABBREV or _INITIALS.fullmatch(last)):
            continue
        out.append(paragraph[start:m.end(1)].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return tuple(out)


def ends_sentence(text: str) -> bool:
    """Ends like a sentence: a full stop (or ?, !, 。, Korean 다) before any closing quotes or brackets."""
    core = text.rstrip("\n").rstrip(_CLOSERS)
    return bool(core) and core[-1] in _FINAL
