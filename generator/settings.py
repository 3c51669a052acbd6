"""Every setting the generator reads, in one place, read once.

The command line (generator/cli.py) builds them from its arguments and the
environment; the MkDocs target (generator/mkdocs/) from mkdocs.yml and the
environment. The result is passed down: nothing else reads os.environ.
FIELDS is the table of them (README.md, "Settings", lists the same).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEARCH_MODES = ("auto", "pagefind", "material")
BUILDERS = ("mkdocs", "zensical")  # what reads docs/: the hook's MkDocs, or Zensical (no hooks)
DEFAULT_CACHE = Path(".cache") / "news-digest"  # under the project root
_OFF = {"off", "no", "none", "0", "false"}


class SettingsError(ValueError):
    """A value that cannot be used; the message names its variable, option or file."""


def _site_url(value, where: str) -> str | None:
    text = str(value).strip()
    if text and not text.startswith(("http://", "https://")):
        raise SettingsError(f"{where}={value!r} is not an http:// or https:// address")
    return text or None


def _text(value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{where}={value!r} is not a name (text)")
    return value


def _positive(value, where: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1 or isinstance(value, (bool, float)):
        raise SettingsError(f"{where}={value!r} is not a positive whole number")
    return number


def _part_size(value, where: str) -> int:
    try:
        return _positive(value, where)
    except SettingsError as err:  # the part size counts articles: say so
        raise SettingsError(f"{err} of articles") from None


def _search(value, where: str) -> str:
    mode = str(value).strip().lower()
    if mode not in SEARCH_MODES:
        raise SettingsError(f"{where}={value!r} is not one of {', '.join(SEARCH_MODES)}")
    return mode


def _builder(value, where: str) -> str:
    name = str(value).strip().lower()
    if name not in BUILDERS:
        raise SettingsError(f"{where}={value!r} is not one of {', '.join(BUILDERS)}")
    return name


def _stripped(value, where: str) -> str:
    return str(value).strip()


@dataclass(frozen=True)
class Field:
    name: str
    variable: str | None  # None: not read from the environment
    default: object
    parse: Callable[[object, str], object]  # (value, where it came from) -> value, or SettingsError
    doc: str
    output: bool = False  # shapes the generated files: part of the cache and early-stop keys


FIELDS = (
    Field(
        "site_url",
        "SITE_URL",
        None,
        _site_url,
        "the site's public address: full links in feeds (mkdocs.yml reads it too)",
        output=True,
    ),
    Field(
        "site_name",
        None,
        "SMA Talks Digest",
        _text,
        "the feeds' title and author (mkdocs.yml site_name)",
        output=True,
    ),
    Field(
        "site_title",
        None,
        "US–South Korea defence cost-sharing talks",
        _text,
        "the home page heading and the feeds' subtitle",
        output=True,
    ),
    Field(
        "jobs",
        "NEWS_DIGEST_JOBS",
        None,
        _positive,
        "processes for extraction (--jobs wins; default one per core)",
    ),
    Field(
        "cache",
        "NEWS_DIGEST_CACHE",
        "",
        _stripped,
        "the cache folder (--cache wins), or off; default .cache/news-digest",
    ),
    Field(
        "xdg_cache_home",
        "XDG_CACHE_HOME",
        "",
        _stripped,
        "where the per-user cache goes (news-digest/ inside); default ~/.cache",
    ),
    Field(
        "search",
        "NEWS_DIGEST_SEARCH",
        "auto",
        _search,
        "the site's search: auto (Pagefind from 1,500 articles), pagefind or material",
    ),
    Field(
        "search_part",
        "NEWS_DIGEST_SEARCH_PART",
        500,
        _part_size,
        "articles per Pagefind run (memory against build time)",
    ),
    Field(
        "builder",
        None,
        "mkdocs",
        _builder,
        "what builds the site from docs/: mkdocs (through the hook) or zensical (--for)",
        output=True,
    ),
)


@dataclass(frozen=True)
class Settings:
    site_url: str | None = None
    site_name: str = "SMA Talks Digest"
    site_title: str = "US–South Korea defence cost-sharing talks"
    jobs: int | None = None
    cache: str = ""
    xdg_cache_home: str = ""
    search: str = "auto"
    search_part: int = 500
    builder: str = "mkdocs"

    def cache_dir(self, project: Path) -> Path | None:
        """The cache folder for a project, or None when caching is off."""
        if self.cache.lower() in _OFF:
            return None
        return Path(self.cache) if self.cache else Path(project) / DEFAULT_CACHE

    @property
    def user_cache_dir(self) -> Path | None:
        """What is derived from the installed software alone; off with the project cache."""
        if self.cache.lower() in _OFF:
            return None
        base = self.xdg_cache_home or os.path.join(os.path.expanduser("~"), ".cache")
        return Path(base) / "news-digest"

    def output_key(self) -> str:
        """The settings that shape the generated files, for cache and early-stop keys."""
        return repr([(f.name, getattr(self, f.name)) for f in FIELDS if f.output])


def load(environ=None, where: str = "", **given) -> Settings:
    """Settings from the environment, with `given` values (not None) in place of it: from
    the command line, or from a config file named `where` ("mkdocs.yml")."""
    environ = os.environ if environ is None else environ
    values = {}
    for f in FIELDS:
        if given.get(f.name) is not None:
            values[f.name] = f.parse(given[f.name], f"{where}: {f.name}" if where else f.name)
        elif f.variable and environ.get(f.variable, "").strip():
            values[f.name] = f.parse(environ[f.variable], f.variable)
    return Settings(**values)


def field(name: str) -> Field:
    return next(f for f in FIELDS if f.name == name)
