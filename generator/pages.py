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
from generator.site.listing import HOME_SIZE, head, home_entries, story_status, year_links
from generator.site.timeline import render_timeline_pages


def render_index(
    articles: list[Article], title: str = "Home", site_title: str = Settings.site_title
) -> str:
    """A news front page: where the story stands, then the newest articles as news items.

    Not searched (it repeats the articles' headlines and summaries, which search
    finds on the articles themselves), and no table of contents (it would list
    every headline)."""
    n = len(articles)
    dated = sum(1 for a in articles if a.meta.date)
    out = head(title, toc=False) + [f"# {escape(site_title)}", ""]
    out += [
        "News of the talks on what South Korea pays towards the US troops stationed "
        "there. Read the story in order on the [timeline](timeline.md), see every amount "
        "on the [figures](figures.md) page, or [browse](browse.md) by year, place and "
        "outlet.",
        "",
    ]
    out += story_status(articles)
    out += ["## Latest news", ""]
    if dated > HOME_SIZE:
        out += [
            f"The {HOME_SIZE} newest of {n:,} articles. All of them: "
            "[by year, place and outlet](browse.md).",
            "",
        ]
    out += home_entries(articles)
    years = year_links(articles)
    if dated > HOME_SIZE and years:
        out += ["## Older articles", "", f"By year: {years}", ""]
    return "\n".join(out)


def render_timeline(articles: list[Article], warnings: list[Problem] = ()) -> str:
    return render_timeline_pages(articles, list(warnings))["timeline.md"]
