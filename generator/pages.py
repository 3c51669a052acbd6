"""The digest's own pages: the home page (newest first) and the timeline (oldest first).

Both stay light at thousands of articles: the home page shows the newest
articles and links to a page per year; the timeline splits into a page per
year when the story grows long (generator/site/timeline.py).
"""

from __future__ import annotations

from generator.markdown import escape
from generator.model import Article, Problem
from generator.settings import Settings
from generator.site.facts import newest_first  # noqa: F401 - part of this module's API
from generator.site.listing import HOME_SIZE, head, home_entries, year_links
from generator.site.timeline import render_timeline_pages


def render_index(
    articles: list[Article], title: str = "Home", site_title: str = Settings.site_title
) -> str:
    n = len(articles)
    out = head(title, searchable=True) + [f"# {escape(site_title)}", ""]
    out += [
        f"{n} article{'s' if n != 1 else ''}, newest first. Read the story in order on the "
        "[timeline](timeline.md), see every amount on the [figures](figures.md) page, or "
        "[browse](browse.md) by year, place and outlet.",
        "",
    ]
    out += [
        "**Data and feeds:** [articles.json](articles.json) (every article's data) · "
        "[figures.csv](figures.csv) (every figure) · [Atom feed](feed.xml) · "
        "[JSON Feed](feed.json)",
        "",
    ]
    years = year_links(articles)
    if years:
        out += [f"**By year:** {years}", ""]
    if sum(1 for a in articles if a.meta.date) > HOME_SIZE:
        out += [f"The {HOME_SIZE} newest articles:", ""]
    out += home_entries(articles)
    return "\n".join(out)


def render_timeline(articles: list[Article], warnings: list[Problem] = ()) -> str:
    return render_timeline_pages(articles, list(warnings))["timeline.md"]
