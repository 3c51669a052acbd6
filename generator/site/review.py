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
from generator.site import memo
from generator.site.facts import headline
from generator.site.urls import article_md, md_link

REVIEW_MD = "review/index.md"
REVIEW_PART = 50  # articles on one review page: light to read, and to re-render under serve
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
    """review/index.md, with every listed article up to REVIEW_PART of them, else with
    links to review/part-NNN.md, by path."""
    listed = [
        a
        for a in sorted(articles, key=lambda a: a.seed.name)
        if memo.part("review list", a, review_list)
    ]
    counts = f"{len(listed)} of {len(articles)} articles have a field to check."
    if len(listed) <= REVIEW_PART:
        return {REVIEW_MD: _page(REVIEW_MD, "Review", [*_INTRO, counts, ""], listed)}
    parts = [listed[i : i + REVIEW_PART] for i in range(0, len(listed), REVIEW_PART)]
    names = [f"review/part-{n:03d}.md" for n in range(1, len(parts) + 1)]
    links = [f"[{i}]({md_link(REVIEW_MD, name)})" for i, name in enumerate(names, 1)]
    pages = {
        REVIEW_MD: _page(
            REVIEW_MD, "Review", [*_INTRO, counts, "", "Parts: " + " · ".join(links), ""], []
        )
    }
    back = [f"[All parts, and what this page is]({md_link(names[0], REVIEW_MD)})", ""]
    for n, (name, part) in enumerate(zip(names, parts), 1):
        # Under serve, a part whose articles are all as last build is the last build's page.
        pages[name] = memo.page(
            "review part",
            part,
            (name, n, tuple(back)),
            _page,
            name,
            f"Review part {n}",
            back,
            part,
        )
    return pages


def _page(name: str, title: str, intro: list[str], part: list[Article]) -> str:
    """Past one part, the index holds the counts and the links to the parts, and a part
    holds nothing that depends on how many there are (nor does the index hold articles):
    adding a seed re-renders the index and one part under `make serve`, not all of them."""
    out = [front_matter({"generator": MARKER, "title": title, **NOT_SEARCHED}), ""]
    out += [f"# {title}", "", *intro]
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
