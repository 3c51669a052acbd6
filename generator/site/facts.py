"""Plain-text facts about articles, shared by every listing, feed and page."""

from __future__ import annotations

from generator.fields import talks_label
from generator.model import Article, Problem


def headline(article: Article) -> str:
    return article.meta.title or article.seed.path.stem


def event_facts(round_no: int | None, agreement: int | None, location: str | None) -> list[str]:
    """The talks in plain words ("Round 1 of the 11th agreement talks"), then the place."""
    return [part for part in (talks_label(round_no, agreement), location) if part]


def chronological(articles: list[Article]) -> list[Article]:
    """Dated articles, oldest first; ties by slug so the order never depends on files."""
    return sorted((a for a in articles if a.meta.date), key=lambda a: (a.meta.date, a.slug))


def newest_first(articles: list[Article]) -> list[Article]:
    dated = sorted(
        (a for a in articles if a.meta.date), key=lambda a: (a.meta.date, a.slug), reverse=True
    )
    return dated + undated(articles)


def undated(articles: list[Article]) -> list[Article]:
    return sorted((a for a in articles if not a.meta.date), key=lambda a: a.slug)


def undated_reason(article: Article, warnings: list[Problem]) -> str:
    """Why an article has no date, in the generator's own words."""
    for problem in warnings:
        if problem.seed == article.seed.name and "publication date" in problem.message:
            text = problem.message
            return text[0].upper() + text[1:]
    return "No publication date found in the text"
