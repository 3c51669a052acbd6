"""Browse listings past one page: an article added as the newest changes one page only."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from generator.model import Seed
from generator.process import process
from generator.site import listing

STORY = "Negotiators from the two countries met again in Seoul on Tuesday to talk costs."


@pytest.fixture(scope="module")
def articles():
    """Three and a half pages of articles, the newest last, each with its own date."""
    out = []
    start = date(2015, 1, 5)
    for n in range(3 * listing.BROWSE_SIZE + listing.BROWSE_SIZE // 2 + 1):
        day = start + timedelta(days=3 * n)
        text = f"Talks, day {n}\n\nPosted on : {day.isoformat()} 09:30 KST\n\n{STORY}\n"
        article = process(Seed(Path(f"{n:04d}.txt"), text.encode(), {}))[0]
        article.slug = f"talks-day-{n}"
        assert article.meta.date == day
        out.append(article)
    return out


def _pages(articles):
    return listing.listing_pages("places/seoul", "Talks in Seoul", "Intro.", articles, True)


def _changed(before: dict, after: dict) -> list[str]:
    return sorted(
        name for name in after.keys() | before.keys() if before.get(name) != after.get(name)
    )


def test_an_added_newest_article_changes_the_listing_page_alone(articles):
    before, after = _pages(articles[:-1]), _pages(articles)
    assert _changed(before, after) == ["places/seoul.md"]
    # removed again: the same page alone
    assert _changed(after, _pages(articles[:-1])) == ["places/seoul.md"]


def test_every_article_is_listed_once_and_parts_link_each_other(articles):
    pages = _pages(articles)
    assert sorted(pages) == [
        "places/seoul-1.md",
        "places/seoul-2.md",
        "places/seoul-3.md",
        "places/seoul.md",
    ]
    listed = [
        slug
        for text in pages.values()
        for slug in re.findall(r"\(\.\./articles/([^)]+)\.md\)", text)
    ]
    assert sorted(set(listed)) == sorted(a.slug for a in articles)
    assert len(listed) == len(articles)
    # the newest on the listing's own page, the oldest in part 1
    assert f"articles/{articles[-1].slug}.md" in pages["places/seoul.md"]
    assert f"articles/{articles[0].slug}.md" in pages["places/seoul-1.md"]
    assert "[Newer](seoul.md)" in pages["places/seoul-3.md"]
    assert "[Older](seoul-1.md)" in pages["places/seoul-2.md"]
    # each part's link says which years it holds (all of these are from 2015)
    assert (
        "[part 3 (2015)](seoul-3.md) · [part 2 (2015)](seoul-2.md) · [part 1 (2015)](seoul-1.md)"
        in pages["places/seoul.md"]
    )


def test_a_short_listing_is_one_page(articles):
    pages = _pages(articles[: listing.BROWSE_SIZE])
    assert list(pages) == ["places/seoul.md"]
    assert "part" not in pages["places/seoul.md"]
