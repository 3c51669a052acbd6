"""Atom and JSON Feed 1.1 of the dated articles, the newest *added* first.

Entries are ordered by when their seed first appeared (site/added.py), then by
publication date, so an older story added today reaches subscribers. Dates are
the articles' publication (and update) dates from their front matter, with the
time of day when the stamp prints one, never the build time, so the same seeds
give byte-identical feeds.
Links are absolute when SITE_URL is set, else relative to the feed file
(feed readers resolve them against the feed's own address). Entry ids are
name-based UUIDs of the article's slug, stable whatever the site's address.
The XML is built with the standard library's ElementTree, which escapes
text and attributes; characters XML cannot hold at all are dropped first.
"""

from __future__ import annotations

import html
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import date, datetime, time

from generator.extract.stamptime import stamp_times
from generator.fields import web_url
from generator.lexicon.outlets import by_name as outlet_named
from generator.model import Article
from generator.settings import Settings
from generator.site import jsontext, memo
from generator.site.facts import chronological, headline
from generator.site.urls import absolute, article_md, page_url

FEED_SIZE = 100  # newest articles in each feed
ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/news-digest/sma-talks-digest")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def entry_id(article: Article) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'article/' + article.slug)}"


def stamp(day: date, at: time | None = None) -> str:
    """RFC 3339: midnight UTC for a bare day, else the printed time in its own zone."""
    if at is None:
        return f"{day.isoformat()}T00:00:00Z"
    return datetime.combine(day, at).isoformat()


def times(article: Article) -> tuple[time | None, time | None]:
    """The times of day its stamp lines print for publication and update, in that order;
    none for a date pinned by hand (the stamp's time may belong to another day)."""
    if "date" in article.pinned:
        return None, None
    found = [t for ln in article.cleaned.lines if ln.role == "stamp" for t in stamp_times(ln.text)]
    published = found[0] if found else None
    updated = (
        found[1]
        if len(found) > 1 and article.meta.updated and "updated" not in article.pinned
        else None
    )
    return published, updated


def _dates(article: Article) -> tuple[str, str]:
    m = article.meta
    published, updated = times(article)
    if m.updated:
        return stamp(m.date, published), stamp(m.updated, updated)
    return stamp(m.date, published), stamp(m.date, published)


_EPOCH = stamp(date(1970, 1, 1))


def _instant(dates: tuple[str, str]) -> datetime:
    """When an entry was last updated, as an aware datetime, for comparing across zones."""
    return datetime.fromisoformat(dates[1].replace("Z", "+00:00"))


def newest(articles: list[Article], added: dict[str, int] | None = None) -> list[Article]:
    """The FEED_SIZE dated articles added last (`added`: seed name -> when first seen), the
    newest by date first among those added together."""
    by_date = list(reversed(chronological(articles)))
    if added:
        rank = {id(a): n for n, a in enumerate(by_date)}
        by_date.sort(key=lambda a: (-added.get(a.seed.name, 0), rank[id(a)]))
    return by_date[:FEED_SIZE]


def _url(base: str | None, md: str) -> str:
    return absolute(base, md) or page_url(md)


def _content_html(article: Article) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in article.cleaned.paragraphs)


def _authors(article: Article) -> list[str]:
    """The people who wrote it; never the outlet or a wire service ('Yonhap'): it is no
    author, and the outlet is the entry's category already."""
    source = (article.meta.source or "").casefold()
    return [
        name
        for name in article.meta.author
        if name.casefold() != source and outlet_named(name) is None
    ]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def feed_files(
    articles: list[Article], settings: Settings, added: dict[str, int] | None = None
) -> dict[str, bytes]:
    """feed.xml and feed.json, of the same newest articles."""
    items = newest(articles, added)
    return {"feed.xml": atom(items, settings), "feed.json": json_feed(items, settings)}


def atom(items: list[Article], settings: Settings) -> bytes:
    """The Atom feed of items, the newest articles in feed order."""
    base = settings.site_url
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed')}")
    _sub(feed, "title", settings.site_name)
    _sub(feed, "subtitle", settings.site_title)
    dates = [memo.part("feed dates", a, _dates) for a in items]
    _sub(feed, "updated", max(dates, key=_instant, default=(_EPOCH,) * 2)[1])
    _sub(feed, "link", rel="self", type="application/atom+xml", href=_url(base, "feed.xml"))
    _sub(feed, "link", rel="alternate", type="text/html", href=_url(base, "index.md") or "./")
    _sub(_sub(feed, "author"), "name", settings.site_name)
    for article in items:
        # Under serve an unchanged article's entry is last build's element (indent() below
        # sets its white space again as it did then).
        feed.append(memo.part(f"atom entry {base}", article, lambda a: _entry(a, base)))
    ET.indent(feed)
    return (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        + ET.tostring(feed, encoding="utf-8", xml_declaration=False)
        + b"\n"
    )


def _entry(article: Article, base: str | None) -> ET.Element:
    m = article.meta
    entry = ET.Element(f"{{{ATOM}}}entry")
    _sub(entry, "id", entry_id(article))
    _sub(entry, "title", headline(article), type="text")
    _sub(
        entry, "link", rel="alternate", type="text/html", href=_url(base, article_md(article.slug))
    )
    if web_url(m.url):  # a saved page's own address: the original, beside our page
        _sub(entry, "link", rel="related", type="text/html", href=web_url(m.url))
    published, updated = memo.part("feed dates", article, _dates)
    _sub(entry, "published", published)
    _sub(entry, "updated", updated)
    for name in _authors(article):
        _sub(_sub(entry, "author"), "name", name)
    for term in (m.source, m.location):
        if term:
            _sub(entry, "category", term=term)
    if m.summary:
        _sub(entry, "summary", m.summary, type="text")
    _sub(entry, "content", _content_html(article), type="html")
    return entry


def json_feed(items: list[Article], settings: Settings) -> bytes:
    """The JSON feed of items, the newest articles in feed order."""
    base = settings.site_url
    feed: dict = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": settings.site_name,
        "description": settings.site_title,
        "language": "en",
    }
    if base:
        feed["home_page_url"] = absolute(base, "index.md")
        feed["feed_url"] = absolute(base, "feed.json")
    feed["authors"] = [{"name": settings.site_name}]
    feed["items"] = [
        memo.part(f"json feed item {base}", a, lambda a: _item(a, base)) for a in items
    ]
    return (jsontext.dumps(feed) + "\n").encode("utf-8")


def _item(article: Article, base: str | None) -> dict:
    m = article.meta
    published, updated = memo.part("feed dates", article, _dates)
    item = {
        "id": entry_id(article),
        "url": _url(base, article_md(article.slug)),
        "title": headline(article),
        "content_text": "\n\n".join(article.cleaned.paragraphs),
        "date_published": published,
        "date_modified": updated,
    }
    if web_url(m.url):  # a saved page's own address
        item["external_url"] = web_url(m.url)
    if m.summary:
        item["summary"] = m.summary
    authors = _authors(article)
    if authors:
        item["authors"] = [{"name": name} for name in authors]
    tags = [t for t in (m.source, m.location) if t]
    if tags:
        item["tags"] = tags
    item["language"] = article.cleaned.language or "en"
    return item
