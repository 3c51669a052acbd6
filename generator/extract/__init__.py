"""Cleaned article -> metadata (stage 3). Each field records where it came from."""

from __future__ import annotations

from generator.extract import author, dates, figures, location, rounds, source
from generator.fields import steps
from generator.lexicon import outlets
from generator.lexicon.datelines import CITY as _DATELINE
from generator.lexicon.datelines import CITY_KO as _DATELINE_KO
from generator.model import Cleaned, Metadata, Problem
from generator.text import sentences

_LEAD_PARAGRAPHS = 3
_DATED_ROLES = ("byline", "menu", "section-label", "credit")


def dateline_city(paragraph: str) -> str | None:
    m = _DATELINE.match(paragraph) or _DATELINE_KO.match(paragraph)
    return m.group("city").strip() if m else None


def strip_dateline(paragraph: str) -> str:
    return _DATELINE.sub("", paragraph, count=1)


def extract(cleaned: Cleaned, seed_name: str) -> tuple[Metadata, list[Problem]]:
    """Each field's step (generator/fields.py names them) in registry order."""
    meta = Metadata()
    problems: list[Problem] = []
    for step in steps():  # by name: fields.py loads no extractor (warm runs never need one)
        problems += globals()[step](cleaned, meta, seed_name)
    return meta, problems


def find_title(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.title = cleaned.title
    meta.origins["title"] = "headline" if meta.title else "missing"
    return []


def find_subtitle(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.subtitle = cleaned.subtitle
    meta.origins["subtitle"] = "dek" if meta.subtitle else "missing"
    return []


def find_dates(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    """Stamps above the story first, then stamp lines further down; else a date sharing a header
    line."""
    head = [ln for ln in cleaned.lines if ln.zone in ("above", "header")]
    stamp_lines = [ln.text for ln in head if ln.role == "stamp"]
    stamp_lines += [
        ln.text for ln in cleaned.lines if ln.role == "stamp" and ln.zone not in ("above", "header")
    ]
    meta.date, meta.updated, yearless = dates.pick(stamp_lines)
    meta.origins["date"] = "stamp" if meta.date else "missing"
    if meta.date is None:
        # "By Kim Jin-ho | Nov 19, 2019", "National | 2019-11-19"
        shared = [
            ln.text for ln in head if ln.role in _DATED_ROLES and dates.has_full_date(ln.text)
        ]
        meta.date, meta.updated, _ = dates.pick(shared)
        meta.origins["date"] = "header line" if meta.date else "missing"
    meta.origins["updated"] = "stamp" if meta.updated else "missing"
    if meta.date:
        return []
    yearless = yearless or (
        dates.dateline_without_year(cleaned.paragraphs[0]) if cleaned.paragraphs else None
    )
    detail = f"only '{yearless}', with no year" if yearless else "no date stamp"
    return [
        Problem(
            seed_name,
            f"no publication date found ({detail})",
            "pin it in a sidecar: date: YYYY-MM-DD",
        )
    ]


def find_source(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.source, meta.origins["source"] = source.extract(cleaned)
    return []


def find_author(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.author, meta.origins["author"] = author.extract(cleaned)
    return []


def find_round_and_place(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    """Round from headline, dek and lead; agreement from anywhere; place from headline to
    paragraph 5."""
    numbered = [(f"paragraph {i + 1}", p) for i, p in enumerate(cleaned.paragraphs)]
    head = [("title", meta.title or ""), ("subtitle", meta.subtitle or "")] + numbered[
        :_LEAD_PARAGRAPHS
    ]
    caption = [("caption", cleaned.caption or "")]
    meta.round, meta.origins["round"] = rounds.extract_round(head)
    meta.agreement, meta.origins["agreement"] = rounds.extract_agreement(
        head + numbered[_LEAD_PARAGRAPHS:] + caption
    )
    places = head + numbered[_LEAD_PARAGRAPHS:5] + caption
    city = dateline_city(cleaned.paragraphs[0]) if cleaned.paragraphs else None
    meta.location, meta.origins["location"] = location.extract(places, meta.round, city)
    return []


def find_figures(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.figures = figures.extract(cleaned.paragraphs, outlets.home_dollar(meta.source))
    meta.origins["figures"] = "story" if meta.figures else "missing"
    return []


def find_summary(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.summary = summary(cleaned)
    return []


def summary(cleaned: Cleaned) -> str | None:
    for paragraph in cleaned.paragraphs:
        first = sentences(strip_dateline(paragraph))
        if first and len(first[0].split()) >= 6:
            return first[0]
    return cleaned.paragraphs[0] if cleaned.paragraphs else None
