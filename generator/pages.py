"""The digest's own pages: the index (newest first) and the timeline (oldest first)."""
from __future__ import annotations

from itertools import groupby

from generator.markdown import escape
from generator.model import Article
from generator.render import MARKER, front_matter


def _facts(article: Article, with_source: bool = True) -> str:
    m = article.meta
    parts = [m.date.isoformat() if m.date else "Undated"]
    if with_source and m.source:
        parts.append(m.source)
    if m.round:
        parts.append(f"round {m.round}")
    if m.location:
        parts.append(m.location)
    return escape(" · ".join(parts))


def _link(article: Article) -> str:
    return f"[{escape(article.meta.title or article.seed.path.stem)}](articles/{article.slug}.md)"


def newest_first(articles: list[Article]) -> list[Article]:
    dated = sorted((a for a in articles if a.meta.date), key=lambda a: (a.meta.date, a.slug))
    undated = sorted((a for a in articles if not a.meta.date), key=lambda a: a.slug)
    return list(reversed(dated)) + undated


def _entry(article: Article) -> list[str]:
    summary = escape(article.meta.summary) if article.meta.summary else ""
    return [f"- **{_link(article)}**  ", f"  {_facts(article)}" + ("  " if summary else ""),
            *([f"  {summary}"] if summary else []), ""]


def render_index(articles: list[Article], title: str = "Home") -> str:
    out = [front_matter({"generator": MARKER, "title": title}), ""]
    out += ["# US–South Korea defence cost-sharing talks", ""]
    n = len(articles)
    out += [f"{n} article{'s' if n != 1 else ''}, newest first. "
            "The [timeline](timeline.md) tells the story in order.", ""]
    ordered = newest_first(articles)
    for article in (a for a in ordered if a.meta.date):
        out += _entry(article)
    undated = [a for a in ordered if not a.meta.date]
    if undated:
        out += ["## Undated articles", "", "No publication date was found in these seeds; "
                "an editor can pin one in a sidecar file.", ""]
        for article in undated:
            out += _entry(article)
    return "\n".join(out)


def render_timeline(articles: list[Article]) -> str:
    out = [front_matter({"generator": MARKER, "title": "Timeline"}), ""]
    out += ["# Timeline", "", "The story oldest first, grouped by year.", ""]
    dated = sorted((a for a in articles if a.meta.date), key=lambda a: (a.meta.date, a.slug))
    for year, group in groupby(dated, key=lambda a: a.meta.date.year):
        out += [f"## {year}", ""]
        for article in group:
            out += [f"- {_facts(article, with_source=False)}: {_link(article)}"]
        out += [""]
    undated = [a for a in articles if not a.meta.date]
    if undated:
        out += ["## Undated", ""]
        out += [f"- {_link(a)}" for a in sorted(undated, key=lambda a: a.slug)] + [""]
    return "\n".join(out)
