"""Cleaned article -> metadata (stage 3). Each field records where it came from."""
from __future__ import annotations

import re

from generator.extract import author, dates, figures, location, rounds, source
from generator.model import Cleaned, Metadata, Problem
from generator.text import sentences

_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z .'’-]{1,30}?)(?:,\s*[A-Z][A-Za-z .]{1,20}?)?(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()]{1,30}\))?\s*(?:--|—|–|-)\s+")
_LEAD_PARAGRAPHS = 3


_DATELINE_KO = re.compile(r"^[(\[](?P<city>[가-힣]{2,6})\s*=\s*[^()\[\]]{2,12}[)\]]")


def dateline_city(paragraph: str) -> str | None:
    m = _DATELINE.match(paragraph) or _DATELINE_KO.match(paragraph)
    return m.group("city").strip() if m else None


def strip_dateline(paragraph: str) -> str:
    return _DATELINE.sub("", paragraph, count=1)


def extract(cleaned: Cleaned, seed_name: str) -> tuple[Metadata, list[Problem]]:
    meta = Metadata(title=cleaned.title, subtitle=cleaned.subtitle)
    problems: list[Problem] = []
    origins = meta.origins
    origins["title"] = "headline" if meta.title else "missing"
    origins["subtitle"] = "dek" if meta.subtitle else "missing"

    stamp_lines = [ln.text for ln in cleaned.lines if ln.role == "stamp" and ln.zone in ("above", "header")]
    stamp_lines += [ln.text for ln in cleaned.lines if ln.role == "stamp" and ln.zone not in ("above", "header")]
    meta.date, meta.updated, yearless = dates.pick(stamp_lines)
    origins["date"] = "stamp" if meta.date else "missing"
    origins["updated"] = "stamp" if meta.updated else "missing"
    if meta.date is None:
        yearless = yearless or (dates.dateline_without_year(cleaned.paragraphs[0]) if cleaned.paragraphs else None)
        detail = f"only '{yearless}', with no year" if yearless else "no date stamp"
        problems.append(Problem(seed_name, f"no publication date found ({detail})",
                                "pin it in a sidecar: date: YYYY-MM-DD"))

    meta.source, origins["source"] = source.extract(cleaned)
    meta.author, origins["author"] = author.extract(cleaned)

    lead = cleaned.paragraphs[:_LEAD_PARAGRAPHS]
    head = [("title", meta.title or ""), ("subtitle", meta.subtitle or "")]
    head += [(f"paragraph {i + 1}", p) for i, p in enumerate(lead)]
    meta.round, origins["round"] = rounds.extract_round(head)
    body = head + [(f"paragraph {i + 1}", p) for i, p in enumerate(cleaned.paragraphs[_LEAD_PARAGRAPHS:], _LEAD_PARAGRAPHS)]
    meta.agreement, origins["agreement"] = rounds.extract_agreement(body + [("caption", cleaned.caption or "")])
    places = head + [(f"paragraph {i + 1}", p) for i, p in enumerate(cleaned.paragraphs[_LEAD_PARAGRAPHS:5], _LEAD_PARAGRAPHS)]
    places.append(("caption", cleaned.caption or ""))
    city = dateline_city(cleaned.paragraphs[0]) if cleaned.paragraphs else None
    meta.location, origins["location"] = location.extract(places, meta.round, city)

    meta.figures = figures.extract(cleaned.paragraphs)
    origins["figures"] = "story" if meta.figures else "missing"
    meta.summary = summary(cleaned)
    return meta, problems


def summary(cleaned: Cleaned) -> str | None:
    for paragraph in cleaned.paragraphs:
        first = sentences(strip_dateline(paragraph))
        if first and len(first[0].split()) >= 6:
            return first[0]
    return cleaned.paragraphs[0] if cleaned.paragraphs else None
