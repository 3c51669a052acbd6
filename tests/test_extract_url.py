"""The original's address from a paste: a URL line whose path repeats the headline."""

from __future__ import annotations

from pathlib import Path

from generator.model import Seed
from generator.process import process
from generator.render import page_furniture

HEADLINE = "Seoul and Washington end fourth round of cost-sharing talks"
STORY = (
    "SEOUL -- South Korea and the United States ended the fourth round of talks on sharing "
    "the cost of stationing American troops on Tuesday, the Foreign Ministry said.\n\n"
    "Negotiators will meet again next month in Washington, officials said on Wednesday."
)


def _article(lines_above: str, lines_below: str = ""):
    text = f"{lines_above}\n{HEADLINE}\nBy Kim Jin-ho\nNov 19, 2019\n\n{STORY}\n{lines_below}\n"
    article, _ = process(Seed(Path("a.txt"), text.encode(), {}))
    return article


def test_a_url_line_naming_the_headline_is_the_original():
    own = (
        "https://www.example-news.com/world/article/seoul-washington-end-fourth-round-14848176.php"
    )
    article = _article(own, "https://amzn.to/2iJFhRj")
    assert article.meta.url == own
    assert "headline" in article.meta.origins["url"]
    assert page_furniture(article)["original_host"] == "www.example-news.com"


def test_other_links_are_not_the_original():
    article = _article(
        "https://www.example-news.com/sports/article/lakers-hold-off-bulls-14848253.php",
        "http://amzn.to/2hZfWFJ\nhttps://www.example-news.com/",
    )
    assert article.meta.url is None
    assert page_furniture(article)["original"] is None


def test_a_non_web_address_is_never_the_original():
    article = _article("javascript://seoul-washington-end-fourth-round")
    assert article.meta.url is None
