"""Every front-matter field, once, in front-matter order.

A row says what a field is and which parts of the generator use it: the extraction
step that finds it, the type a sidecar may pin it as, whether the audit and
articles.json show it. Those parts loop over FIELDS instead of naming fields
themselves. model.Metadata holds the fields read from the story (tests check that
it stays in step); the page's meta line and its JSON-LD list theirs below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from generator.lexicon.ordinals import ordinal

MARKER = "news-digest"


@dataclass(frozen=True)
class Field:
    """One front-matter key and what the generator does with it."""

    name: str
    pin: type | None = None  # what a sidecar may pin it as (reader.py); None: not pinnable
    step: str | None = None  # the function in generator/extract/__init__.py that finds it
    audited: bool = False  # a row of the audit's field table
    in_dataset: bool = True  # a key of articles.json
    plain: Callable[[Any], Any] | None = None  # the Metadata value as front matter holds it
    get: Callable[[Any], Any] | None = None  # read from the Article, for fields not in Metadata
    text: Callable[[Any], str] | None = None  # how the audit shows a value, if not as plain text
    rendered: bool = False  # its value is made by render.py (RENDERED there), not read here

    @property
    def in_meta(self) -> bool:
        return self.get is None

    def value(self, article) -> Any:
        """Its value in front matter and articles.json."""
        if self.get is not None:
            return self.get(article)
        value = getattr(article.meta, self.name)
        return value if self.plain is None else self.plain(value)


def _figures_text(figures) -> str:
    return "; ".join(f"{f.text} = {f.value} {f.unit}" for f in figures)


FIELDS: list[Field] = [
    Field("generator", in_dataset=False, get=lambda a: MARKER),
    Field("title", str, "find_title", audited=True),
    Field("subtitle", str, "find_subtitle", audited=True),
    Field("date", dt.date, "find_dates", audited=True),
    Field("updated", dt.date, "find_dates", audited=True),
    Field("source", str, "find_source", audited=True),
    Field("author", list, "find_author", audited=True, plain=list),
    Field("round", int, "find_round_and_place", audited=True),
    Field("agreement", int, "find_round_and_place", audited=True),
    Field("location", str, "find_round_and_place", audited=True),
    Field(
        "figures",
        step="find_figures",
        audited=True,
        text=_figures_text,
        plain=lambda figures: [f.as_dict() for f in figures],
    ),
    Field("summary", str, "find_summary"),
    # The original's address: a saved page's own (htmlpage.apply), one the paste prints, or pinned.
    Field("url", str, "find_url"),
    Field("words", get=lambda a: a.words),
    Field("slug", get=lambda a: a.slug),
    Field("seed", get=lambda a: a.seed_path),
    Field("pinned", get=lambda a: list(a.pinned)),
    Field("origins", plain=dict),  # filled by every step: where each field came from
    Field("confidence", plain=dict),  # filled by every step: "high" or "low" per field
    Field("runner_up", plain=dict),  # the next-best candidate each chooser saw, for the editor
    # The low-confidence fields no sidecar pins: what the Review page asks an editor to check.
    Field(
        "review",
        get=lambda a: [f for f, c in a.meta.confidence.items() if c == "low" and f not in a.pinned],
    ),  # fmt: skip
    # Made by render.py from the fields above (site/jsonld.py): this stage must not import it.
    Field("jsonld", in_dataset=False, get=lambda a: None, rendered=True),
    # What the theme prints under the story: amounts, original and source-text links.
    Field("furniture", in_dataset=False, get=lambda a: None, rendered=True),
]

# Sidecar keys and the type each must have; kept in step with FIELDS by add() and remove().
PINNABLE: dict[str, type] = {}


def _derive() -> None:
    PINNABLE.clear()
    PINNABLE.update({f.name: f.pin for f in FIELDS if f.pin})


def add(field: Field, before: str = "words") -> None:
    """A field more, placed before `before` (after the story's fields by default)."""
    FIELDS.insert([f.name for f in FIELDS].index(before), field)
    _derive()


def remove(name: str) -> None:
    FIELDS[:] = [f for f in FIELDS if f.name != name]
    _derive()


def steps() -> list[str]:
    """The extraction steps in the order their first field comes: a step may read fields
    found before it (figures read the source, the place reads the round)."""
    return list(dict.fromkeys(f.step for f in FIELDS if f.step))


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def readable_date(day: dt.date, lang: str = "en") -> str:
    """ "26 Sep 2019"; a Korean article's "2019년 9월 26일"."""
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def talks_label(round_no: int | None, agreement: int | None, lang: str = "en") -> str | None:
    """The negotiation in plain words: "Round 1 of the 11th agreement talks"."""
    if lang == "ko":
        talks = f"제{agreement}차 방위비분담 협상" if agreement else ""
        return " ".join(filter(None, (talks, f"{round_no}차 회의" if round_no else ""))) or None
    if round_no and agreement:
        return f"Round {round_no} of the {ordinal(agreement)} agreement talks"
    if round_no:
        return f"Round {round_no} of the talks"
    return f"Talks on the {ordinal(agreement)} agreement" if agreement else None


def _updated(m, lang: str) -> str | None:
    if not m.updated or m.updated == m.date:
        return None
    day = readable_date(m.updated, lang)
    return f"{day} 수정" if lang == "ko" else f"updated {day}"


def _byline(m, lang: str) -> str | None:
    if not m.author:
        return None
    names = ", ".join(m.author)
    return names if lang == "ko" else f"By {names}"


# The page's meta line under the headline, in a reader's order: each field's part (from the
# article's fields and its language, "en" or "ko"), or None.
META_LINE: dict[str, Callable[[Any, str], str | None]] = {
    "date": lambda m, lang: (
        readable_date(m.date, lang) if m.date else ("날짜 없음" if lang == "ko" else "Undated")
    ),
    "updated": _updated,
    "source": lambda m, lang: m.source or None,
    "author": _byline,
    "round": lambda m, lang: talks_label(m.round, m.agreement, lang),
    "location": lambda m, lang: m.location or None,
}


def _dates_ld(m) -> dict:
    if not m.date:
        return {}
    return {"datePublished": m.date.isoformat(), "dateModified": (m.updated or m.date).isoformat()}


def _named(key: str, kind: str, name: str):
    """The property `key` naming the field's value as a schema.org `kind`, when it has one."""

    def props(article) -> dict:
        value = getattr(article.meta, name)
        return {key: {"@type": kind, "name": value}} if value else {}

    return props


def _authors(article) -> dict:
    names = article.meta.author
    return {"author": [{"@type": "Person", "name": name} for name in names]} if names else {}


_URL_CHARS = re.compile(r"[^\x21-\x7e]|[\"'<>\\`{}|^]")


def web_url(url) -> str | None:
    """An absolute http(s) address with a host and nothing that could leave an attribute,
    as is; None for anything else (javascript:, data:, relative links, spaces, quotes)."""
    if not isinstance(url, str) or len(url) > 2000 or _URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def _original(article) -> dict:
    url = web_url(article.meta.url)
    return {"url": url} if url else {}


# The schema.org NewsArticle properties each field gives (site/jsonld.py), in their order there.
JSONLD: dict[str, Callable[[Any], dict]] = {
    "title": lambda a: {"headline": a.meta.title or a.seed.path.stem},
    "summary": lambda a: {"description": a.meta.summary} if a.meta.summary else {},
    "date": lambda a: _dates_ld(a.meta),
    "author": _authors,
    "source": _named("publisher", "Organization", "source"),
    "location": _named("contentLocation", "Place", "location"),
    "url": _original,  # the original article's address (site/jsonld.py adds it to isBasedOn)
}

_derive()
