"""The editor's Review page: every article with a field the generator is unsure of.

Per article and low-confidence field (front matter `review`): what was chosen, the runner-up
the chooser also considered, and the sidecar line that pins it. Pinned fields are never
listed. The page is for editors: linked from the audit, kept out of readers' navigation
(mkdocs.yml `not_in_nav`) and out of search. Article text on it is escaped like everywhere.
"""

from __future__ import annotations

import json

from generator.fields import FIELDS
from generator.markdown import escape
from generator.mkdocs.material import NOT_SEARCHED
from generator.model import Article
from generator.render import MARKER, front_matter
from generator.site.facts import headline
from generator.site.urls import article_md, md_link

REVIEW_MD = "review/index.md"
REVIEW_PART = 200  # articles on one review page, so it stays light at thousands of seeds
_INTRO = [
    "Fields the generator chose but is not sure of, article by article: what it chose, the "
    "next-best candidate it saw, and the line that pins the field in the seed's sidecar "
    "(`NAME.yml` beside `NAME.txt`; edit the value if the choice is wrong). A pinned field "
    "is never listed here. Editors only: readers' navigation and search leave this page out.",
    "",
]
_PLACEHOLDER = {"date": "YYYY-MM-DD", "updated": "YYYY-MM-DD", "author": "[Name One, Name Two]"}


def review_list(article: Article) -> list[str]:
    """The low-confidence fields of an article, as its front matter's `review` lists them."""
    field = next(f for f in FIELDS if f.name == "review")
    return field.value(article)


def review_pages(articles: list[Article]) -> dict[str, str]:
    """review/index.md (and review/part-NNN.md past REVIEW_PART articles), by path."""
    listed = [a for a in sorted(articles, key=lambda a: a.seed.name) if review_list(a)]
    parts = [listed[i : i + REVIEW_PART] for i in range(0, len(listed), REVIEW_PART)] or [[]]
    names = [REVIEW_MD] + [f"review/part-{n:03d}.md" for n in range(2, len(parts) + 1)]
    pages = {}
    for n, (name, part) in enumerate(zip(names, parts)):
        pages[name] = _page(name, part, n, names, len(listed), len(articles))
    return pages


def _page(name: str, part: list[Article], n: int, names: list[str], listed: int, total: int):
    """The index holds the counts and the links to every part; a part holds nothing that
    depends on how many there are, so adding a seed at the end re-renders one part under
    `make serve`, not all of them."""
    title = "Review" if n == 0 else f"Review part {n + 1}"
    out = [front_matter({"generator": MARKER, "title": title, **NOT_SEARCHED}), ""]
    out += [f"# {title}", ""]
    if n == 0:
        out += _INTRO + [f"{listed} of {total} articles have a field to check.", ""]
        if len(names) > 1:
            links = [f"[{i + 1}]({md_link(name, other)})" for i, other in enumerate(names)]
            out += ["Parts: " + " · ".join(links), ""]
    else:
        out += [f"[All parts, and what this page is]({md_link(name, names[0])})", ""]
    for article in part:
        out += _section(article, name)
    return "\n".join(out)


def _section(article: Article, from_md: str) -> list[str]:
    meta = article.meta
    link = md_link(from_md, article_md(article.slug))
    out = [
        f"## [{_cell(headline(article))}]({link})",
        "",
        f"Seed: {_cell(article.seed.name)}",
        "",
        "| Field | Chosen | Runner-up | Sidecar line |",
        "|---|---|---|---|",
    ]
    for field in review_list(article):
        value = getattr(meta, field, None)
        chosen = _text(value) or "–"
        runner = meta.runner_up.get(field) or "–"
        out.append(
            f"| {field} | {_cell(chosen)} | {_cell(runner)} | {_cell(sidecar_line(field, value))} |"
        )
    return out + [""]


def sidecar_line(field: str, value) -> str:
    """The YAML line that pins the field to its chosen value (a placeholder when none)."""
    if value in (None, "", []):
        return f"{field}: {_PLACEHOLDER.get(field, '...')}"
    if hasattr(value, "isoformat"):
        return f"{field}: {value.isoformat()}"
    # JSON is YAML: quotes and escapes keep any text one valid value
    return f"{field}: {json.dumps(value, ensure_ascii=False)}"


def _text(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _cell(text: str) -> str:
    return escape(text).replace("|", "\\|")
