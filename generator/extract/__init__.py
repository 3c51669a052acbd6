"""Cleaned article -> metadata (stage 3). Each field records where it came from."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.extract import author, dates, figures, location, rounds, source
from generator.fields import steps
from generator.headline import CONFIDENT, loose
from generator.lexicon import outlets
from generator.lexicon.datelines import CITY as _DATELINE
from generator.lexicon.datelines import CITY_KO as _DATELINE_KO
from generator.model import Cleaned, Metadata, Problem
from generator.text import sentences

_LEAD_PARAGRAPHS = 3


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


# A headline the cleaner scored below this (Cleaned.candidates, best first) is a guess:
# the cleaner's own threshold, measured on real pages (generator/headline.py).
TITLE_SURE = CONFIDENT


# A headline the cleaner scores three times all others together is sure when the article's
# head follows it: its byline, or its dek and then its byline (on every labelled set and the
# real pages, no such headline was wrong; a closer call stays a guess, as a banner as long as
# the headline right above it makes one).
TITLE_HEAD_SURE = 0.75
# What may stand between the headline and its byline: the dek, the lead photo's caption and
# its credit lines.
_HEAD_BETWEEN = ("subtitle", "caption", "photo-credit")
# The page's own share button quoting the headline ('Share All sharing options for: <headline>')
# confirms it: a headline the cleaner prefers to the rest together (this share) is then sure.
TITLE_QUOTED_SURE = 0.5


def _article_head(cleaned: Cleaned) -> bool:
    roles = [ln.role for ln in cleaned.lines]
    if "title" not in roles:
        return False
    for role in roles[roles.index("title") + 1 :]:
        if role == "byline":
            return True
        if role not in _HEAD_BETWEEN:
            return False
    return False


def _quoted_by_share_button(cleaned: Cleaned, title: str) -> bool:
    return any(
        ln.role == "share-bar" and ln.text != title and ln.text.endswith(": " + title)
        for ln in cleaned.lines
    )


def _rate(meta: Metadata, name: str, sure: bool, runner_up=None) -> None:
    meta.confidence[name] = "high" if sure else "low"
    if runner_up not in (None, "", []):
        meta.runner_up[name] = str(runner_up)


def _other(ranked: list, chosen) -> str | None:
    """The best candidate after the chosen one that reads otherwise (a headline printed twice
    is two candidates of one text)."""
    same = loose(chosen or ""), loose(ranked[0][0]) if ranked else ""
    return next((text for text, _ in ranked[1:] if loose(text) not in same), None)


def _candidates(cleaned: Cleaned, role: str) -> list:
    # Cleaned.candidates comes with the cleaner's headline chooser; older cleaners have none.
    return (getattr(cleaned, "candidates", None) or {}).get(role) or []


def find_title(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.title = cleaned.title
    meta.origins["title"] = "headline" if meta.title else "missing"
    ranked = _candidates(cleaned, "title")
    share = ranked[0][1] if meta.title and ranked else 0
    sure = (
        share >= TITLE_SURE
        or (share >= TITLE_HEAD_SURE and _article_head(cleaned))
        or (share >= TITLE_QUOTED_SURE and _quoted_by_share_button(cleaned, meta.title))
    )
    sure = sure and not _outlet_first(meta.title)
    _rate(meta, "title", sure, _other(ranked, meta.title))
    return []


_OUTLET_LEFT = 3  # words after an outlet's name that make a headline, not a masthead


def _outlet_first(title: str) -> bool:
    """'The Korea Times Allies end talks ...': the site's name run into the headline, which
    nothing here takes off; the title is then a guess for the editor."""
    m = outlets.name_pattern().match(title)
    if m and _KICKER.match(title[m.end() :]):
        return False  # '9to5Mac Gift Guide: What ...': the site's own series, in the headline
    return bool(m) and len(title[m.end() :].split()) >= _OUTLET_LEFT


# A series label after the outlet's name, closed by a colon: 'Gift Guide:', 'Daily Deals:'.
_KICKER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*:\s+\S")


def find_subtitle(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.subtitle = cleaned.subtitle
    meta.origins["subtitle"] = "dek" if meta.subtitle else "missing"
    ranked = _candidates(cleaned, "subtitle")
    sure = bool(ranked and ranked[0][1] >= TITLE_SURE) or (not meta.subtitle and not ranked)
    _rate(meta, "subtitle", sure, _other(ranked, meta.subtitle))
    return []


def find_dates(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    """Every date on the page scored (dates.DATE_WEIGHTS); the best one not labelled as an
    update is the publication date."""
    published, updated = dates.choose(cleaned)
    meta.date, meta.updated = published.value, updated.value
    meta.origins["date"] = published.origin if meta.date else "missing"
    meta.origins["updated"] = updated.origin if meta.updated else "missing"
    _rate(meta, "date", published.sure, published.runner_up)
    _rate(meta, "updated", updated.sure, updated.runner_up)
    if meta.date:
        return []
    head = [ln for ln in cleaned.lines if ln.zone in ("above", "header") and ln.role == "stamp"]
    yearless = dates.pick([ln.text for ln in head])[2] or (
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
    choice = source.choose(cleaned)
    meta.source, meta.origins["source"] = choice.value, choice.origin
    _rate(meta, "source", choice.sure, choice.runner_up)
    return []


def find_author(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    choice = author.choose(cleaned)
    meta.author, meta.origins["author"] = choice.value, choice.origin
    _rate(meta, "author", choice.sure, choice.runner_up)
    return []


def find_round_and_place(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    """Round from headline, dek and lead; agreement from anywhere; place from headline to
    paragraph 5."""
    numbered = [(f"paragraph {i + 1}", p) for i, p in enumerate(cleaned.paragraphs)]
    head = [("title", meta.title or ""), ("subtitle", meta.subtitle or "")] + numbered[
        :_LEAD_PARAGRAPHS
    ]
    caption = [("caption", cleaned.caption or "")]
    # Round and agreement are read from explicit ordinals ("fourth round", "11th SMA"), never
    # guessed from position: sure when found, and no round is sure only when the text speaks
    # of none (else an ordinal the patterns missed may be there: '제25차 어업공동위원회').
    meta.round, meta.origins["round"] = rounds.extract_round(head)
    meta.agreement, meta.origins["agreement"] = rounds.extract_agreement(
        head + numbered[_LEAD_PARAGRAPHS:] + caption
    )
    places = head + numbered[_LEAD_PARAGRAPHS:5] + caption
    city = dateline_city(cleaned.paragraphs[0]) if cleaned.paragraphs else None
    everything = head + numbered[_LEAD_PARAGRAPHS:] + caption
    _rate(meta, "round", meta.round is not None or not _speaks_of_rounds(everything))
    _rate(meta, "agreement", True)
    choice = location.choose(places, meta.round, city)
    meta.location, meta.origins["location"] = choice.value, choice.origin
    # no place for talks the text reports is a miss more often than not: the editor checks
    sure = choice.sure and (choice.value is not None or not location.names_event(places))
    _rate(meta, "location", sure, choice.runner_up)
    return []


# A word that numbers talks: 'round', 'session', '차 회의', '7차'.
_ROUND_WORDS = re.compile(r"\b(?:rounds?|sessions?)\b|\d+\s*차|차\s*(?:회의|협상|회담|협의)", re.I)


def _speaks_of_rounds(texts: list[tuple[str, str]]) -> bool:
    return any(_ROUND_WORDS.search(text) for _, text in texts)


def find_figures(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    meta.figures = figures.extract(cleaned.paragraphs, outlets.home_dollar(meta.source))
    meta.origins["figures"] = "story" if meta.figures else "missing"
    return []


_BARE_URL = re.compile(r"https?://[^\s/]+/\S+")
_SLUG_WORD = re.compile(r"[^\W_]{3,}")


def find_url(cleaned: Cleaned, meta: Metadata, seed_name: str) -> list[Problem]:
    """The article's own address when the paste prints it on a line of its own: a URL whose
    path repeats three of the headline's words (news sites put the headline in the path);
    other stories' and shop links share none or few."""
    words = {w.casefold() for w in _SLUG_WORD.findall(meta.title or "")}
    need = min(3, len(words)) or 1 << 30
    for line in cleaned.lines:
        text = line.text.strip()
        if _BARE_URL.fullmatch(text):
            path = {w.casefold() for w in _SLUG_WORD.findall(urlsplit(text).path)}
            if len(words & path) >= need:
                meta.url, meta.origins["url"] = (
                    text,
                    "a line of the paste (its path repeats the headline)",
                )
                return []
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
