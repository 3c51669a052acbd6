"""The reader-facing parts of the site beyond the article pages: per-year,
per-place and per-outlet listings, the timeline's year pages, the figures
pages, feeds, the dataset files and the sitemap's inputs.

Everything here is a pure function of the articles: the same seeds give
byte-identical files (no clock, no file order, no locale).
"""

from __future__ import annotations

from generator.model import Article, Problem
from generator.settings import Settings, load


def site_pages(
    articles: list[Article],
    warnings: list[Problem],
    settings: Settings | None = None,
    added: dict[str, int] | None = None,
) -> dict[str, bytes]:
    """Every generated file besides the article pages and raw copies, by path under docs/;
    settings None reads them from the environment; added: seed name -> when first seen
    (site/added.py), for the feeds' order."""
    from generator.pages import render_index
    from generator.site import dataset, feeds, figures_page, listing, memo, review, timeline

    settings = load() if settings is None else settings
    texts = {"index.md": render_index(articles, site_title=settings.site_title)}
    texts.update(timeline.render_timeline_pages(articles, warnings))
    texts.update(figures_page.render_figures_pages(articles))
    texts.update(listing.browse_pages(articles))
    texts.update(review.review_pages(articles))  # the editor's list of fields to check
    pages = {name: memo.encoded(text) for name, text in texts.items()}
    pages.update(feeds.feed_files(articles, settings, added))
    pages["articles.json"] = dataset.articles_json(articles)
    pages["figures.csv"] = dataset.figures_csv(articles)
    return pages
