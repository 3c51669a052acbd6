"""Byline names: 'By X', 'BY X [email]', 'X, staff reporter', 'X in Brussels and Y',
'Reporting by X; Editing by Y', '홍길동 기자', '(서울=연합뉴스) 홍길동 기자 ='."""

from __future__ import annotations

import re

from generator.lexicon.bylines import FOR_OUTLET, IN_PLACE, JOB, SPLIT, is_name
from generator.model import Cleaned
from generator.text import compiled

_LEAD = compiled(
    r"^(?:by|reported by|written by|posted by|words by|story by|text by|from|authors?)\s*:?\s+|"
    r"^[\[(]?[가-힣]{2,6}\s*[=/]\s*",
    re.I,
)
_BRACKETS = compiled(r"\s*[\[(<{][^\])>}]*[\])>}]")
_EMAIL = compiled(r"\S+@\S+|https?://\S+")
_REPORTING = compiled(r"^\(?\s*reporting by\s+(?P<names>[^;]+)", re.I)
_KOREAN_BYLINE = compiled(
    r"(?P<names>[가-힣]{2,4}(?:\s*[,·]\s*[가-힣]{2,4})*)\s*(?:선임|수석|객원|전문)?\s*(?:기자|특파원|논설위원|통신원)"
)
# '(제주=연합뉴스) 김민준 기자 =' / '[서울=뉴시스]홍길동 기자 =' at the start of the story.
_KOREAN_DATELINE = compiled(
    r"^[(\[][^()\[\]=]{1,12}=[^()\[\]]{2,12}[)\]]\s*" + _KOREAN_BYLINE.pattern
)
# "political reporter Tom Crowley", "Europe correspondent Isabella Higgins": the job before the
# name.
_JOB_BEFORE = compiled(
    r"^(?:[\w'’-]+\s+){0,3}?(?i:reporter|correspondent|editor|writer|producer|journalist|"
    r"analyst|columnist|contributor)\s+(?=[A-Z])"
)
_SEPARATOR = compiled(r"\s+[|—–-]{1,2}\s+")
_O_NAME = compiled(r"^([A-Z])(['’])(\w+)$")


def extract(cleaned: Cleaned) -> tuple[list[str], str]:
    names: list[str] = []
    where = "missing"
    for line in cleaned.lines:
        if line.role == "byline":
            found = parse_byline(line.text)
            where = where if where != "missing" or not found else "byline"
            names += found
    if not names:
        for line in cleaned.lines:
            m = _REPORTING.match(line.text) if line.role == "credit" else None
            if m:
                names += names_in(m.group("names"))
                where = "credit line"
    if not names and cleaned.paragraphs:
        m = _KOREAN_DATELINE.match(cleaned.paragraphs[0])
        if m:
            names += _KOREAN_SPLIT.split(m.group("names"))
            where = "dateline"
    unique = list(dict.fromkeys(names))
    return unique, (where if unique else "missing")


_KOREAN_SPLIT = compiled(r"\s*[,·]\s*")


def parse_byline(text: str) -> list[str]:
    """The person names in one byline line; [] when it names no person."""
    text = text.strip()
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1].strip()  # "(By A and B)" repeated under the story
    text = _EMAIL.sub("", _BRACKETS.sub("", _LEAD.sub("", text)))
    text = _SEPARATOR.split(text)[0]
    if _KOREAN_BYLINE.match(text.strip()):
        # '박성민 특파원 , 이수진 기자': every name before a job word, emails already gone
        return [
            n for m in _KOREAN_BYLINE.finditer(text) for n in _KOREAN_SPLIT.split(m.group("names"))
        ]
    text = FOR_OUTLET.sub("", IN_PLACE.sub("", text))
    out = []
    for part in SPLIT.split(text):
        part = _JOB_BEFORE.sub("", part.strip(" .,:"))
        if not part:
            continue
        if JOB.search(part) or not is_name(part):
            break  # job titles and outlet names follow the names
        out.append(part)
    return [_case(n) for n in out]


def names_in(text: str) -> list[str]:
    """Names in a credit such as 'Hyonhee Shin in Seoul and Jane Doe in Washington'."""
    text = IN_PLACE.sub("", text)
    parts = [p.strip(" .") for p in SPLIT.split(text)]
    return [_case(p) for p in parts if p and not JOB.search(p) and is_name(p)]


def _case(name: str) -> str:
    """'LEE JI-HOON' -> 'Lee Ji-hoon'; 'DANIEL MERCER' -> 'Daniel Mercer'. Mixed case is kept."""
    if not name.isupper():
        return name
    out = []
    for word in name.split():
        pieces = word.split("-")
        # Korean given names: "JI-HOON" -> "Ji-hoon"; Western compounds: "JEAN-PIERRE" ->
        # "Jean-Pierre"
        korean = len(pieces) == 2 and all(len(p) <= 4 for p in pieces)
        cased = [_cap(p) if i == 0 or not korean else p.lower() for i, p in enumerate(pieces)]
        out.append("-".join(cased))
    return " ".join(out)


def _cap(word: str) -> str:
    """'O'CARROLL' -> "O'Carroll", 'MCDONALD' stays 'Mcdonald' (we cannot know)."""
    m = _O_NAME.match(word)
    return f"{m.group(1)}{m.group(2)}{m.group(3).capitalize()}" if m else word.capitalize()
