"""Where a generated page ends up on the built site, and links between pages.

Pages are written as Markdown under docs/; where the builder serves each one
is its URL scheme (generator/mkdocs/urls.py: page_url). Links inside our raw
HTML blocks are not rewritten by MkDocs, so they are computed here, relative,
so the site works from any folder or host.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from urllib.parse import quote

from slugify import slugify

from generator.mkdocs.urls import page_url


def href(from_md: str, to_md: str, fragment: str = "") -> str:
    """A relative link from one generated page to another (or to a file)."""
    here = page_url(from_md).rstrip("/") if page_url(from_md) else ""
    target = page_url(to_md)
    rel = _relpath(target or ".", here or ".")
    if target.endswith("/") or not target:
        rel = "./" if rel == "." else rel + "/"
    return quote(rel, safe="/.-_~:") + (f"#{fragment}" if fragment else "")


def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for two relative paths, without its two abspath() calls (the
    site pages make thousands of links); paths with '..' go to posixpath itself."""
    parts = [p for p in path.split("/") if p and p != "."]
    base = [p for p in start.split("/") if p and p != "."]
    if ".." in parts or ".." in base or path.startswith("/") or start.startswith("/"):
        return posixpath.relpath(path, start)
    same = 0
    while same < min(len(parts), len(base)) and parts[same] == base[same]:
        same += 1
    return "/".join([".."] * (len(base) - same) + parts[same:]) or "."


def absolute(base: str | None, md: str) -> str | None:
    """The page's full address when the site's address is known."""
    if not base:
        return None
    return base.rstrip("/") + "/" + quote(page_url(md), safe="/.-_~")


@lru_cache(maxsize=4096)  # a few hundred places and outlets, each named on many articles
def key(name: str) -> str:
    """A file-name-safe key for a place or an outlet name."""
    return slugify(name, max_length=60) or "unnamed"


def article_md(slug: str) -> str:
    return f"articles/{slug}.md"


RAW_DIR = "raw/"  # the seeds' raw copies; the generator owns this folder


def raw_txt(slug: str) -> str:
    """Where an article's raw copy is written, under docs/."""
    return f"{RAW_DIR}{slug}.txt"


def md_link(from_md: str, to_md: str, fragment: str = "") -> str:
    """A Markdown link target: relative to the source file, as MkDocs resolves it."""
    rel = (
        _relpath(to_md, posixpath.dirname(from_md) or ".") if to_md else posixpath.relpath(to_md)
    )  # "": its error
    return rel + (f"#{fragment}" if fragment else "")


def article_href(from_md: str, slug: str) -> str:
    """href(from_md, article_md(slug)), cheaply: listing pages link to thousands of articles."""
    up = _UP.get(from_md)
    if up is None:
        here = page_url(from_md).rstrip("/")
        parts = [p for p in here.split("/") if p and p != "."]
        plain = parts[:1] != ["articles"] and ".." not in parts and not here.startswith("/")
        up = _UP[from_md] = (
            quote(_relpath("articles", here or "."), safe="/.-_~:") + "/" if plain else ""
        )
    if not up or slug in _SPECIAL or "/" in slug:  # articles/index.md is served at articles/
        return href(from_md, article_md(slug))
    return up + (slug if _URL_SAFE.fullmatch(slug) else quote(slug, safe="/.-_~:")) + "/"


def raw_href(slug: str) -> str:
    """href(article_md(slug), raw_txt(slug)), cheaply: each article page links its raw copy."""
    if slug not in _SPECIAL and "/" not in slug and _URL_SAFE.fullmatch(slug):
        return f"../../{raw_txt(slug)}"  # from articles/<slug>/, where page_url serves the page
    return href(article_md(slug), raw_txt(slug))


_UP: dict[str, str] = {}
_SPECIAL = ("index", ".", "..", "")
_URL_SAFE = re.compile(r"[A-Za-z0-9_.~:/-]*")  # what quote() leaves as it is, with that `safe`
