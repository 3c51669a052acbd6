"""The generator's reader-facing files, without a browser: recalled events,
feeds, JSON-LD, dataset, determinism and page size at thousands of articles."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
from datetime import date, timedelta
from pathlib import Path

import feedparser
import pytest
from test_site_support import DEV_CORPUS

from generator.extract.recalled import When, recalled_events
from generator.model import Seed
from generator.pipeline import assign_slugs
from generator.process import process
from generator.site import site_pages
from generator.site.jsonld import news_article, script_json

STAMP = "Posted on : 2018-04-11 10:00 KST"
STORY = (
    "South Korea and the United States opened their second "
    "round of talks on the cost of US troops in Jeju "
    "on Wednesday, following the first round held last month in Hawaii, officials said.\n\n"
    "The agreement signed in 2014 expires at the end of the "
    "year, and Seoul paid 960 billion won this year.\n\n"
    "The two sides will hold the third round in Seoul in May, the ministry said in a statement."
)


def make(text: str, name: str = "x.txt", pinned: dict | None = None):
    seed = Seed(path=Path("seeds") / name, raw=text.encode("utf-8"), pinned=pinned or {})
    article, problems = process(seed, f"seeds/{name}")
    assert article is not None, problems
    return article


def corpus() -> list:
    articles = [
        make(p.read_text(encoding="utf-8"), p.name) for p in sorted(DEV_CORPUS.glob("*.txt"))
    ]
    assign_slugs(articles)
    return articles


def test_recalled_events_are_dated_from_the_article_date():
    article = make(f"Allies open second round of cost-sharing talks in Jeju\n{STAMP}\n\n{STORY}")
    found = {(e.when, e.round, e.location) for e in recalled_events(article)}
    assert found == {(When(2018, 3), 1, "Hawaii"), (When(2014), None, None)}
    hawaii = next(e for e in recalled_events(article) if e.round == 1)
    assert hawaii.paragraph == 1 and "held last month in Hawaii" in hawaii.sentence


def test_undated_article_recalls_only_what_names_a_year():
    article = make(f"Allies open second round of cost-sharing talks in Jeju\n\n{STORY}")
    assert article.meta.date is None
    assert [(e.when, e.phrase) for e in recalled_events(article)] == [(When(2014), "in 2014")]


def test_files_are_byte_identical_across_runs_and_relative_without_site_url(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    first, second = site_pages(corpus(), []), site_pages(list(reversed(corpus())), [])
    assert first == second
    feed = feedparser.parse(
        first["feed.xml"],
        response_headers={
            "content-location": "http://h.test/d/feed.xml",
            "content-type": "application/atom+xml",
        },
    )
    assert not feed.bozo, feed.bozo_exception
    assert all(e.link.startswith("http://h.test/d/articles/") for e in feed.entries)
    items = json.loads(first["feed.json"])["items"]
    assert all(item["url"].startswith("articles/") for item in items)


def test_feeds_use_full_addresses_with_site_url(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://example.org/digest/")
    pages = site_pages(corpus(), [])
    feed = json.loads(pages["feed.json"])
    assert feed["feed_url"] == "https://example.org/digest/feed.json"
    assert all(
        item["url"].startswith("https://example.org/digest/articles/") for item in feed["items"]
    )
    assert b'href="https://example.org/digest/feed.xml"' in pages["feed.xml"]


def test_hostile_headline_stays_text_in_feeds_jsonld_and_csv(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    title = 'Talks </script><script>window.__pwned=1</script> & "=HYPERLINK(x)" {{ page }}'
    article = make(f"{title}\n{STAMP}\n\n{STORY}", pinned={"title": title})
    assign_slugs([article])
    data = news_article(article)
    text = script_json(data)
    assert "<" not in text and ">" not in text and json.loads(text)["headline"] == title
    pages = site_pages([article], [])
    assert feedparser.parse(pages["feed.xml"]).entries[0].title == title
    assert json.loads(pages["feed.json"])["items"][0]["title"] == title
    row = next(csv.DictReader(io.StringIO(pages["figures.csv"].decode())))
    assert row["title"] == title and row["value"] == "960000000000"


def test_dataset_holds_every_article_and_figure():
    articles = corpus()
    pages = site_pages(articles, [])
    data = json.loads(pages["articles.json"])
    assert data["count"] == len(articles) == len(data["articles"])
    rows = list(csv.DictReader(io.StringIO(pages["figures.csv"].decode())))
    assert len(rows) == sum(len(a.meta.figures) for a in articles)
    dated = [a["date"] for a in data["articles"] if a["date"]]
    assert dated == sorted(dated, reverse=True)


@pytest.fixture(scope="module")
def five_thousand():
    """5,000 articles: the dev corpus again and again, spread over ten years."""
    base = corpus()
    out = []
    for i in range(5000):
        article = copy.copy(base[i % len(base)])
        day = date(2012, 1, 1) + timedelta(days=(i * 7) % 3650)
        article.meta = dataclasses.replace(article.meta, date=day if i % 50 else None)
        article.slug = f"{article.slug}-{i}"
        out.append(article)
    return out


def test_no_generated_page_is_heavy_at_5000_articles(five_thousand):
    pages = site_pages(five_thousand, [])
    heavy = {
        name: len(body)
        for name, body in pages.items()
        if name.endswith(".md") and len(body) > 600_000
    }
    assert heavy == {}
    assert "timeline/2015.md" in pages and "figures/2015.md" in pages and "years/2015.md" in pages
    assert len(pages["index.md"]) < 100_000
    assert len(json.loads(pages["feed.json"])["items"]) == 100
