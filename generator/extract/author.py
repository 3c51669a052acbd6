"""Byline names: 'By X', 'BY X [email]', 'X, staff reporter', 'X in Brussels and Y',
'Reporting by X; Editing by Y', '홍길동 기자', '(서울=연합뉴스) 홍길동 기자 ='."""
from __future__ import annotations

import re

from generator.extract import outlets
from generator.model import Cleaned
from generator.text import compiled

_LEAD = compiled(r"^(?:by|reported by|written by|posted by|words by|story by|text by|from|authors?)\s*:?\s+|"
                 r"^[\[(]?[가-힣]{2,6}\s*[=/]\s*", re.I)
_BRACKETS = compiled(r"\s*[\[(<{][^\])>}]*[\])>}]")
_EMAIL = compiled(r"\S+@\S+|https?://\S+")
_REPORTING = compiled(r"^\(?\s*reporting by\s+(?P<names>[^;]+)", re.I)
# "X in Brussels", "X in New York": where a reporter filed from, not part of the name.
_IN_PLACE = compiled(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
# "A and B for BenarNews": the outlet the reporters filed for, at the end of the byline.
_FOR_OUTLET = compiled(r"\s+for\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")
_JOB = compiled(
    r"\b(reporter|writer|correspondent|editor|staff|bureau|chief|senior|contributor|columnist|"
    r"press|news|times|herald|daily|agency|journalist|producer|analyst|photographer|intern|"
    r"associate|special|fellow|professor|director|stars|stripes|post|journal|review|media|"
    r"desk|team|service|wire|online|digital|network|newsroom|for)\b", re.I)
_KOREAN_BYLINE = compiled(
    r"(?P<names>[가-힣]{2,4}(?:\s*[,·]\s*[가-힣]{2,4})*)\s*(?:선임|수석|객원|전문)?\s*(?:기자|특파원|논설위원|통신원)")
# '(제주=연합뉴스) 김민준 기자 =' / '[서울=뉴시스]홍길동 기자 =' at the start of the story.
_KOREAN_DATELINE = compiled(r"^[(\[][^()\[\]=]{1,12}=[^()\[\]]{2,12}[)\]]\s*" + _KOREAN_BYLINE.pattern)
# "political reporter Tom Crowley", "Europe correspondent Isabella Higgins": the job before the name.
_JOB_BEFORE = compiled(r"^(?:[\w'’-]+\s+){0,3}?(?i:reporter|correspondent|editor|writer|producer|journalist|"
                       r"analyst|columnist|contributor)\s+(?=[A-Z])")
_SPLIT = compiled(r"\s*(?:,\s*and\s+|\band\b|&|;|,|/|·)\s*")
_SEPARATOR = compiled(r"\s+[|—–-]{1,2}\s+")
_PARTICLES = {"de", "van", "von", "da", "der", "den", "bin", "al", "le", "la", "del", "di", "du", "dos", "ibn"}
_NAME_WORD = compiled(r"^(?:[A-Z\u00c0-\u00de][\w'’.-]*|O[’']\w+|Mc\w+)$")
_HANGUL_NAME = compiled(r"[가-힣]{2,4}")
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
        return [n for m in _KOREAN_BYLINE.finditer(text) for n in _KOREAN_SPLIT.split(m.group("names"))]
    text = _FOR_OUTLET.sub("", _IN_PLACE.sub("", text))
    out = []
    for part in _SPLIT.split(text):
        part = _JOB_BEFORE.sub("", part.strip(" .,:"))
        if not part:
            continue
        if _JOB.search(part) or not is_name(part):
            break  # job titles and outlet names follow the names
        out.append(part)
    return [_case(n) for n in out]


def names_in(text: str) -> list[str]:
    """Names in a credit such as 'Hyonhee Shin in Seoul and Jane Doe in Washington'."""
    text = _IN_PLACE.sub("", text)
    parts = [p.strip(" .") for p in _SPLIT.split(text)]
    return [_case(p) for p in parts if p and not _JOB.search(p) and is_name(p)]


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
    return bool(_JOB.search(text))


def without_places(text: str) -> str:
    return _IN_PLACE.sub("", text)


def looks_like_names(text: str) -> bool:
    """A bare byline line: 'Jae-won Park', 'ANDREW KESSLER', 'X in Brussels and Y'."""
    text = _FOR_OUTLET.sub("", _IN_PLACE.sub("", text.strip()))
    parts = [p.strip() for p in _SPLIT.split(text) if p.strip()]
    if not 1 <= len(parts) <= 4:
        return False
    return all(2 <= len(p.split()) <= 4 and is_name(p) and not _JOB.search(p) for p in parts)


def _case(name: str) -> str:
    """'LEE JI-HOON' -> 'Lee Ji-hoon'; 'DANIEL MERCER' -> 'Daniel Mercer'. Mixed case is kept."""
    if not name.isupper():
        return name
    out = []
    for word in name.split():
        pieces = word.split("-")
        # Korean given names: "JI-HOON" -> "Ji-hoon"; Western compounds: "JEAN-PIERRE" -> "Jean-Pierre"
        korean = len(pieces) == 2 and all(len(p) <= 4 for p in pieces)
        cased = [_cap(p) if i == 0 or not korean else p.lower() for i, p in enumerate(pieces)]
        out.append("-".join(cased))
    return " ".join(out)


def _cap(word: str) -> str:
    """'O'CARROLL' -> "O'Carroll", 'MCDONALD' stays 'Mcdonald' (we cannot know)."""
    m = _O_NAME.match(word)
    return f"{m.group(1)}{m.group(2)}{m.group(3).capitalize()}" if m else word.capitalize()
