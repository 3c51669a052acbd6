"""Typed data passed between the pipeline stages."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter
from pathlib import Path


def _as_fields(obj) -> tuple:
    """Pickle a small frozen record as its class and field values, not as a state dict: a
    cached article holds dozens of them (one per line), and loading them this way is 2.5x
    faster, which warm runs and the parent of the extraction workers pay."""
    get = _FIELD_GETTERS.get(type(obj))
    if get is None:
        get = _FIELD_GETTERS[type(obj)] = attrgetter(*(f.name for f in fields(obj)))
    return type(obj), get(obj)


_FIELD_GETTERS: dict[type, attrgetter] = {}

@dataclass(frozen=True)
class Problem:
    """A warning about one seed: what is wrong and how to fix it."""

    seed: str
    message: str
    hint: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.seed}:{self.line}" if self.line else self.seed
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.message}{hint}"

    def __reduce__(self):  # see _as_fields
        return _as_fields(self)


@dataclass(frozen=True)
class Seed:
    """One seed file as read: its bytes and the fields its sidecar pins."""

    path: Path
    raw: bytes
    pinned: dict
    sidecar: Path | None = None

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class Decoded:
    """A seed's text, the encoding it was read in and the repairs made to it."""

    text: str
    encoding: str
    repairs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Dropped:
    """A line (or part of one) the cleaner removed, and the rule that did it."""

    line: int
    text: str
    rule: str

    def __reduce__(self):  # see _as_fields
        return _as_fields(self)


KEPT_ROLES = ("title", "subtitle", "caption", "paragraph")


@dataclass(frozen=True)
class Line:
    """One non-empty input line and the role the cleaner gave it.

    A role in KEPT_ROLES means the line is on the page; any other role is the
    name of the rule that removed it (the audit lists them).
    """

    number: int
    text: str
    role: str
    zone: str  # "above" the headline, "header" before the lead, "body", "trailer"

    @property
    def kept(self) -> bool:
        return self.role in KEPT_ROLES

    def __reduce__(self):  # see _as_fields
        return _as_fields(self)


@dataclass
class Cleaned:
    """An article split into its parts; every non-empty input line is in `lines`."""

    lines: list[Line] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)  # story text as printed, after trims
    trims: list[Dropped] = field(default_factory=list)   # parts of kept lines removed
    language: str = "en"

    def first(self, role: str) -> str | None:
        return next((ln.text for ln in self.lines if ln.role == role), None)

    @property
    def title(self) -> str | None:
        return self.first("title")

    @property
    def subtitle(self) -> str | None:
        return self.first("subtitle")

    @property
    def caption(self) -> str | None:
        return self.first("caption")

    def with_role(self, *roles: str) -> list[Line]:
        return [ln for ln in self.lines if ln.role in roles]

    @property
    def dropped(self) -> list[Dropped]:
        out = [Dropped(ln.number, ln.text, ln.role) for ln in self.lines if not ln.kept]
        return sorted(out + self.trims, key=lambda d: d.line)

    def __reduce__(self):
        # Its lines as plain tuples: one call into Python per article instead of one per line
        # makes pickling a cold run's articles for the cache 40 % faster.
        lines = [(ln.number, ln.text, ln.role, ln.zone) for ln in self.lines]
        return _cleaned, (lines, self.paragraphs, self.trims, self.language)


def _cleaned(lines: list[tuple], paragraphs: list[str], trims: list[Dropped], language: str) -> Cleaned:
    """A Cleaned back from its pickled form (Cleaned.__reduce__)."""
    return Cleaned([Line(*line) for line in lines], paragraphs, trims, language)


@dataclass(frozen=True)
class Figure:
    """A number in the story: its value, unit, text as printed and the sentence it is in."""

    value: int | float
    unit: str
    text: str
    context: str

    def as_dict(self) -> dict:
        return {"value": self.value, "unit": self.unit, "text": self.text, "context": self.context}

    def __reduce__(self):  # see _as_fields
        return _as_fields(self)


@dataclass
class Metadata:
    """What the extractors found; `origins` says where each field came from."""

    title: str | None = None
    subtitle: str | None = None
    date: date | None = None
    updated: date | None = None
    source: str | None = None
    author: list[str] = field(default_factory=list)
    round: int | None = None
    agreement: int | None = None
    location: str | None = None
    figures: list[Figure] = field(default_factory=list)
    summary: str | None = None
    origins: dict[str, str] = field(default_factory=dict)  # field -> where it came from


@dataclass
class Article:
    """One seed made into a page: made by pipeline.process, written out by the site."""

    seed: Seed
    cleaned: Cleaned
    meta: Metadata
    slug: str = ""
    seed_path: str = ""
    problems: list[Problem] = field(default_factory=list)
    pinned: list[str] = field(default_factory=list)
    words: int = 0
    decoding: list[str] | None = None  # how the bytes were read (encoding if not UTF-8, repairs); None: not recorded
