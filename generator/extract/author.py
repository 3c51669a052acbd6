"""Byline names: 'By X', 'BY X [email]', 'X, staff reporter', 'Reporting by X; Editing by Y'."""
from __future__ import annotations

import re

from generator.model import Cleaned

_LEAD = re.compile(r"^(?:by|reported by|written by|posted by|words by|story by)\s+", re.I)
_BRACKETS = re.compile(r"\s*[\[(<{][^\])>}]*[\])>}]")
_EMAIL = re.compile(r"\S+@\S+")
_REPORTING = re.compile(r"^reporting by\s+(?P<names>[^;.]+?)(?:\s+in\s+[A-Z][\w ]+)?(?:[;.]|$)", re.I)
_JOB = re.compile(
    r"\b(reporter|writer|correspondent|editor|staff|bureau|chief|senior|contributor|columnist|"
    r"press|news|times|herald|daily|agency|journalist|producer|analyst|photographer|intern|"
    r"associate|special|fellow|professor|director|stars|stripes|post|journal|review|media)\b", re.I)
_KOREAN_TITLE = re.compile(r"\s*(기자|특파원|선임기자|논설위원|객원기자|통신원)\b.*$")
_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\band\b|&|;|,|/|·)\s*")


def extract(cleaned: Cleaned) -> tuple[list[str], str]:
    names: list[str] = []
    for line in cleaned.lines:
        if line.role == "byline":
            names += parse_byline(line.text)
        elif line.role == "credit":
            m = _REPORTING.match(line.text)
            if m:
                names += _names(m.group("names"))
    unique = list(dict.fromkeys(names))
    return unique, ("byline" if unique else "missing")


def parse_byline(text: str) -> list[str]:
    text = _EMAIL.sub("", _BRACKETS.sub("", _LEAD.sub("", text.strip())))
    text = re.split(r"\s+[|—–-]{1,2}\s+", text)[0]
    text = _KOREAN_TITLE.sub("", text)
    parts, out = _SPLIT.split(text), []
    for part in parts:
        part = part.strip(" .,:")
        if not part:
            continue
        if _JOB.search(part) or not _is_name(part):
            break  # job titles follow the names
        out.append(part)
    return [_case(n) for n in out]


def _names(text: str) -> list[str]:
    return [_case(p.strip(" .")) for p in _SPLIT.split(text) if p.strip(" .") and _is_name(p.strip(" ."))]


def _is_name(part: str) -> bool:
    words = part.split()
    if re.fullmatch(r"[\uac00-\ud7a3]{2,4}", part):
        return True
    return 1 <= len(words) <= 5 and all(re.match(r"^[A-Z\u00c0-\u00de][\w'’.-]*$", w) or w.lower() in ("de", "van", "von", "da", "bin", "al", "le", "la", "del") for w in words)


def _case(name: str) -> str:
    """'LEE JI-HOON' -> 'Lee Ji-hoon'; 'DANIEL MERCER' -> 'Daniel Mercer'. Mixed case is kept."""
    if not name.isupper():
        return name
    out = []
    for word in name.split():
        pieces = word.split("-")
        # Korean given names: "JI-HOON" -> "Ji-hoon"; Western compounds: "JEAN-PIERRE" -> "Jean-Pierre"
        korean = len(pieces) == 2 and all(len(p) <= 4 for p in pieces)
        cased = [p.capitalize() if i == 0 or not korean else p.lower() for i, p in enumerate(pieces)]
        out.append("-".join(cased))
    return " ".join(out)
