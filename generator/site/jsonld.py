"""schema.org NewsArticle data for an article page.

The generator stores it in the page's front matter as plain values; the theme
override (docs/overrides/main.html) prints it with Jinja's `tojson`, which
escapes < > & ' as \\u003c … so no text can close the <script> element.
`script_json` does the same for builders that print it themselves.
"""

from __future__ import annotations

import json
from urllib.parse import urljoin

from generator.fields import JSONLD
from generator.model import Article
from generator.site.urls import raw_href


def news_article(article: Article) -> dict:
    """Only what the article states; links are relative to the article page."""
    data: dict = {"@context": "https://schema.org", "@type": "NewsArticle"}
    for props in JSONLD.values():
        data.update(props(article))
    data["inLanguage"] = article.cleaned.language or "en"
    raw = raw_href(article.slug)
    data["isBasedOn"] = [data["url"], raw] if "url" in data else raw  # the original, our copy
    data["wordCount"] = article.words
    return data


LINKS = ("isBasedOn",)  # the properties holding a link relative to the article page


def with_absolute_links(data: dict, page_address: str) -> dict:
    """data with its links made full against the page's own address (the canonical URL that
    MkDocs knows once SITE_URL is set): schema.org readers take them out of the page."""
    out = dict(data)
    for prop in LINKS:
        if isinstance(out.get(prop), str):
            out[prop] = urljoin(page_address, out[prop])
    return out


def script_json(data: dict) -> str:
    """JSON safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
