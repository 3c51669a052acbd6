"""Typed data passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


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


@dataclass
class Cleaned:
    """An article split into its parts; every non-empty input line is in `lines`."""

    lines: list[Line] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)  # story text as printed, after trims
    trims: list[Dropped] = field(default_factory=list)  # parts of kept lines removed
    language: str = "en"
    # The headline ("title") and dek ("subtitle") candidates, best first, each with a score in
    # [0, 1]: the best title's is the logistic of its margin over the runner-up, right on every
    # real test page at headline.CONFIDENT (0.97) or more; see generator.headline.
    candidates: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

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

    @property
    def dropped(self) -> list[Dropped]:
        out = [Dropped(ln.number, ln.text, ln.role) for ln in self.lines if not ln.kept]
        return sorted(out + self.trims, key=lambda d: d.line)


@dataclass(frozen=True)
class Figure:
    """A number in the story: its value, unit, text as printed and the sentence it is in."""

    value: int | float
    unit: str
    text: str
    context: str

    def as_dict(self) -> dict:
        return {"value": self.value, "unit": self.unit, "text": self.text, "context": self.context}


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
    url: str | None = None  # the page's own address, when the seed is a saved page
    origins: dict[str, str] = field(default_factory=dict)  # field -> where it came from
    # field -> "high" or "low": how sure its chooser was (extract/confidence.py says when)
    confidence: dict[str, str] = field(default_factory=dict)
    runner_up: dict[str, str] = field(default_factory=dict)  # field -> the next-best candidate


@dataclass
class Article:
    """One seed made into a page: made by process.process, written out by the site."""

    seed: Seed
    cleaned: Cleaned
    meta: Metadata
    slug: str = ""
    seed_path: str = ""
    pinned: list[str] = field(default_factory=list)
    words: int = 0
    decoding: list[str] | None = (
        None  # how the bytes were read (encoding if not UTF-8, repairs); None: not recorded
    )
    # Made by process() and cached with the article, so a warm run need not re-read the story:
    recalled: list | None = (
        None  # its recalled events (extract.recalled.Recalled); None: not made yet
    )
    fingerprint: str = ""  # its story's words hashed, to find duplicates; "": not made yet


@dataclass
class Opened:
    """A seed as its reader made it: the cleaned article and how its bytes were read."""

    cleaned: Cleaned
    decoding: list[str]  # the encoding if not UTF-8, then any repairs
    page: dict | None = None  # a saved page's own metadata (htmlpage.apply), for the extractors


@dataclass
class Processed:
    """What process() made of one seed, as a worker hands it to the parent and the cache."""

    article: Article | None  # None: the seed gives no page
    problems: list[Problem]
    pickled: bytes | None = None  # the article as the worker pickled it, seed detached
