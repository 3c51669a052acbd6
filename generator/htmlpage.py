"""Saved web pages (.html, .htm, .xhtml; .mhtml, .mht) -> the same Opened as a paste.

trafilatura finds the story in the page's DOM; its lines then go through the text
cleaner, which may drop only the few kinds of line it is sure of there (a headline
repeated at the top, "Read more: ..." promos, stamps and bylines above the story; the
stamps and bylines stay in `lines` for the date and author steps). The page's own
metadata (JSON-LD, OpenGraph and other meta tags, <h1>, the canonical URL) travels
in Opened.page and is applied after the text extractors by `apply`, each field with
its origin. Nothing of the HTML itself reaches the site: only the extracted text.
"""

from __future__ import annotations

import codecs
import json
import re
from datetime import date
from urllib.parse import urlsplit

from generator.fields import web_url
from generator.model import Cleaned, Line, Metadata, Opened, Problem, Seed

MAX_HTML = 16_000_000  # characters of HTML; saved article pages are under 3 MB (CNN's: 1.5)
MAX_MHTML = 64_000_000  # bytes of a single-file page: its images are inside it
MIN_LETTERS = 120  # fewer in the story: a login wall, an error or an empty page (any script)
_LETTERS = re.compile(r"\w")
# Roles the cleaner may give a line of trafilatura's text that it is sure of there.
# Any other line trafilatura kept stays story (its lists, tables and asides are
# the story's own far more often than on a paste).
_DROPPED = {"inline-promo", "share-bar"}
_DROPPED_ABOVE = {"repeated-line", "url", "stamp", "byline"}  # only before the story starts
_SEPARATORS = re.compile(r"\s+[|\-–—:·»]{1,2}\s+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\d:\d\d")
_OFFSET = re.compile(r"(?:[+-]\d\d:?\d\d|Z|[A-Z]{3,4})\s*$")  # a zone: a naive stamp is UTC
_UTC = re.compile(r"(?:Z|[+-]00:?00|\bGMT|\bUTC)\s*$|(?:Z|[+-]00:?00)(?=\W*$)", re.I)
_BY = re.compile(r"^\s*(?:[A-Za-z]+\s+)?by\s+", re.I)  # "By X", "Analysis by X"
_NAME_END = re.compile(r"\s*(?:[,;|(]|\s[-–—]\s|\bis an?\b).*$", re.S)
_NAME_SPLIT = re.compile(r"\s*(?:\band\b|&)\s*")
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report|NewsArticle)$")
_FRONT_LINE_LETTERS = 60  # a section front is lines of headlines: short lines
_FRONT_SHARE = 0.35  # of its words in longer lines at most (articles seen: 0.57 and more)


def read_page(seed: Seed) -> Opened | Problem:
    """A saved page: its HTML, the story trafilatura finds in it, cleaned, and its metadata."""
    html, notes, location = _html_of(seed)
    if isinstance(html, Problem):
        return html
    if not html.strip():
        return Problem(seed.name, "is empty", "save the article's page into it again, or delete it")
    if len(html) > MAX_HTML:
        return Problem(
            seed.name,
            f"holds {len(html) / 1e6:.1f} MB of HTML, more than the {MAX_HTML / 1e6:.0f} MB "
            "a saved article page may hold; skipped",
            "save only the article's page (Ctrl+S), or paste its text into a .txt file",
        )
    return _opened(seed, _XML_DECLARATION.sub("", html), notes, location)


def _opened(seed: Seed, html: str, notes: list[str], location: str | None) -> Opened | Problem:
    import lxml.html
    from lxml import etree

    from generator.decode import normalise

    parser = lxml.html.HTMLParser(collect_ids=False)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as err:
        return _unreadable(seed, f"is not HTML lxml can read ({err})")
    if any("depth" in e.message.lower() for e in parser.error_log):
        return _unreadable(seed, "nests its elements deeper than an HTML parser reads (256)")
    page = page_facts(tree)
    if not page["url"] and web_url(location):
        page["url"], page["url_origin"] = web_url(location), "MHTML Content-Location"
    text, found = _story(html)  # from the text: trafilatura's parse of it reads more than ours
    lines = [ln for ln in normalise(text).text.split("\n") if ln.strip()]
    problem = _not_article(seed, lines)
    if problem:
        return problem
    page["found"] = found
    title = page.get("title") or found.get("title")
    story = next((ln for ln in lines if _key(ln) != _key(title or "") and len(ln) > 40), "")
    page["days_above"], page["days_near"] = _printed_days(tree, story)
    return Opened(_cleaned(title, lines), notes, page)


def _unreadable(seed: Seed, what: str) -> Problem:
    return Problem(seed.name, f"{what}; skipped", "paste the article's text into a .txt file")


def _story(html: str) -> tuple[str, dict]:
    """trafilatura's text of the story, and its own metadata (title, date, author, site)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    except RecursionError:
        doc = None
    if doc is None:
        return "", {}
    found = {k: getattr(doc, k, None) for k in ("title", "date", "author", "sitename")}
    return doc.text or "", {k: v for k, v in found.items() if v}


def _not_article(seed: Seed, lines: list[str]) -> Problem | None:
    from generator.text import word_count

    fix = "save the article's own page, or paste its text into a .txt file"
    letters = [len(_LETTERS.findall(ln)) for ln in lines]
    if sum(letters) < MIN_LETTERS:  # letters, not words: Chinese and Japanese have no spaces
        words = sum(map(word_count, lines))
        return Problem(
            seed.name,
            f"is a saved web page with only {words} word{'s' * (words != 1)} of story text: "
            "not an article "
            "(a login wall, a section front or an error page?); skipped",
            fix,
        )
    in_long = sum(n for n in letters if n > _FRONT_LINE_LETTERS)
    if len(lines) >= 8 and in_long < sum(letters) * _FRONT_SHARE:  # headlines, not paragraphs
        return Problem(
            seed.name,
            f"is a saved web page of {len(lines)} short lines (headlines or links) and few "
            "paragraphs: a section front, not an article; skipped",
            fix,
        )
    return None


def _cleaned(title: str | None, lines: list[str]) -> Cleaned:
    """The cleaner's roles for the headline and trafilatura's lines, story kept but for the
    kinds of line in _DROPPED / _DROPPED_ABOVE."""
    from generator.clean import clean

    head = [title] if title else []
    roles = clean("\n".join(head + lines))
    out = Cleaned(language=roles.language)
    above = True
    for number, line in enumerate(roles.lines, 1):
        role = line.role
        if head and number == 1:
            role = "title"
        elif role in _DROPPED or (above and role in _DROPPED_ABOVE):
            pass
        else:
            role, above = "paragraph", False
        out.lines.append(Line(number, line.text, role, line.zone))
    out.paragraphs = [ln.text for ln in out.lines if ln.role == "paragraph"]
    return out


def _printed_days(tree, first_line: str) -> tuple[list[date], list[date]]:
    """The full dates printed in the page's text up to just after the story's first words: all
    of them, and those near its start (the stamp a UTC datePublished may be a day off from)."""
    from generator.lexicon.dates import date_spans

    start = " ".join(first_line.split())
    texts, at = [], None
    for text in _visible_texts(tree):
        texts.append(text)
        if at is None and (start[:40] in text or (len(text) >= 20 and start.startswith(text))):
            at = len(texts) - 1
        if at is not None and len(texts) > at + _AFTER_START:
            break
    at = len(texts) if at is None else at

    def days(chunk: list[str]) -> list[date]:
        return sorted({d for text in chunk for _, _, d, _ in date_spans(text) if d})

    return days(texts), days(texts[max(0, at - _HEAD_CHUNKS) :])


_HEAD_CHUNKS = 40  # text pieces before the story searched for its printed stamp
_AFTER_START = 8  # and after its first words (a stamp under the dek)
_INVISIBLE = {"script", "style", "noscript", "template", "svg", "head"}


def _visible_texts(tree):
    """The text pieces of the page's body in reading order, without scripts, styles and such."""
    hidden: set = set()
    for element in tree.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else "#"
        if tag in _INVISIBLE or tag == "#" or element.getparent() in hidden:
            hidden.add(element)
        elif tag == "title":
            continue
        inside = element in hidden
        for text in ((None if inside else element.text), element.tail):
            text = " ".join((text or "").split())
            if text:
                yield text


# ---------------------------------------------------------------- bytes -> HTML text


def _html_of(seed: Seed) -> tuple[str | Problem, list[str], str | None]:
    """The page's HTML as text, how it was read, and (MHTML) the address it was saved from."""
    raw, notes, location = seed.raw, [], None
    if seed.path.suffix.lower() in (".mhtml", ".mht"):
        if len(raw) > MAX_MHTML:
            return _too_big(seed, len(raw), MAX_MHTML), [], None
        part = _mhtml_part(raw)
        if part is None:
            return _unreadable(seed, "is an MHTML file with no text/html part"), [], None
        raw, charset, location = part
        notes.append("the text/html part of a single-file page (MHTML)")
        if charset:
            raw = _declared(raw, charset)
    return (*_decoded(seed, raw, notes), location)


def _too_big(seed: Seed, size: int, cap: int) -> Problem:
    return Problem(
        seed.name,
        f"is {size / 1e6:.1f} MB, more than the {cap / 1e6:.0f} MB a saved page may be; skipped",
        "save only the article's page, or paste its text into a .txt file",
    )


def _mhtml_part(raw: bytes) -> tuple[bytes, str | None, str | None] | None:
    """The first text/html part's bytes (quoted-printable or base64 undone), its charset and
    the address it was saved from."""
    import email
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True)
            if isinstance(body, bytes):
                location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
                return body, part.get_content_charset(), location
    return None


def _declared(raw: bytes, charset: str) -> bytes:
    """The part as UTF-8 when its declared charset reads it; else left for the sniffing."""
    try:
        return raw.decode(codecs.lookup(charset).name).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return raw


def _decoded(seed: Seed, raw: bytes, notes: list[str]) -> tuple[str | Problem, list[str]]:
    """BOM, then the page's <meta charset> / http-equiv, then the text seeds' fallbacks."""
    from generator.decode import DecodeError
    from generator.decode import _to_text as text_of

    if not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(raw[:32768])
        name = _codec(declared.group(1).decode("ascii", "replace")) if declared else None
        if name and name not in ("utf-16", "utf-32"):  # a page cannot say so in ASCII
            try:
                html = raw.decode(name)
                return html, notes + ([] if name == "utf-8" else [f"read as {name} (meta)"])
            except UnicodeDecodeError:
                notes = notes + [f"not valid {name}, as its <meta> says; read otherwise"]
    try:
        html, encoding, repairs = text_of(raw)
    except DecodeError as err:
        return _unreadable(seed, f"cannot be read: it {err}"), notes
    return html, notes + ([] if encoding == "utf-8" else [f"read as {encoding}"]) + repairs


def _codec(label: str) -> str | None:
    label = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252"}.get(
        label.lower(), label
    )  # as browsers read them (WHATWG)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# ---------------------------------------------------------------- the page's metadata


def page_facts(tree) -> dict:
    """What the page says of itself: its printed headline and the metadata fields."""
    metas = _metas(tree)
    ld = _ld_article(tree)
    sites = _site_names(tree, metas, ld)
    facts: dict = {"sites": sorted(sites)}
    facts.update(_title(tree, metas, ld, sites))
    facts["date"], facts["date_origin"] = _first_day(
        (ld.get("datePublished"), "page json-ld datePublished"),
        *((metas.get(k), f"page meta {k}") for k in _DATE_METAS),
    )
    facts["updated"], _ = _first_day(
        (ld.get("dateModified"), ""), *((metas.get(k), "") for k in _UPDATED_METAS)
    )
    facts["author"], facts["author_origin"] = _authors(ld, metas, sites)
    facts["source"] = next(iter(_publisher(ld)), None) or metas.get("og:site_name")
    facts["url"] = next(
        filter(None, map(web_url, (_canonical(tree), metas.get("og:url"), _ld_url(ld)))), None
    )
    return facts


_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
_UPDATED_METAS = ("article:modified_time", "og:updated_time", "datemodified")


def _metas(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = " ".join((meta.get("content") or "").split())
        if key and value:
            out.setdefault(key.strip(), value)
    for stamp in tree.iter("time"):  # <time itemprop="datePublished" datetime="...">
        if (stamp.get("itemprop") or "").lower() == "datepublished" and stamp.get("datetime"):
            out.setdefault("datepublished", stamp.get("datetime"))
    return out


def _ld_objects(tree):
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack[:0] = item["@graph"]


def _ld_article(tree) -> dict:
    """The first JSON-LD object of an article type (NewsArticle, BlogPosting ...), else {}."""
    for item in _ld_objects(tree):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
            return item
    return {}


def _text(value) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _key(text: str) -> str:
    """Loose form for comparing names: letters and digits only, case-blind."""
    return re.sub(r"\W", "", text.casefold())


def _site_names(tree, metas: dict, ld: dict) -> set[str]:
    names = {metas.get("og:site_name", ""), metas.get("application-name", "")}
    names.update(_publisher(ld))
    url = web_url(_canonical(tree) or metas.get("og:url") or "")
    if url:
        host = urlsplit(url).hostname or ""
        names.add(host.removeprefix("www.").split(".")[0])
    return {_key(n) for n in names if _key(n)}


def _publisher(ld: dict) -> list[str]:
    pub = ld.get("publisher")
    pubs = pub if isinstance(pub, list) else [pub]
    return [_text(p.get("name")) for p in pubs if isinstance(p, dict) and _text(p.get("name"))]


def _is_site(text: str, sites: set[str]) -> bool:
    """The site's name, or mostly it ('The Spokesman-Review Newspaper'), but not a headline
    that names the site ('9to5Mac Gift Guide: ...')."""
    key = _key(text)
    return bool(key) and any(_mostly(key, site) or _mostly(site, key) for site in sites)


def _mostly(text: str, part: str) -> bool:
    if text == part:
        return True
    return len(part) >= 3 and part in text and len(text.replace(part, "")) * 2 <= len(text)


def _title(tree, metas: dict, ld: dict, sites: set[str]) -> dict:
    """The printed headline: the first <h1> that is not the site's name; else the meta titles'
    first, without its site-name part. The audit says when the SEO title differs."""
    seo = [
        (_text(ld.get("headline")), "json-ld headline"),
        (metas.get("og:title", ""), "og:title"),
        (metas.get("twitter:title", ""), "twitter:title"),
        (_text(tree.findtext(".//title") or ""), "title tag"),
    ]
    seo = [(_without_site(t, sites), where) for t, where in seo if t]
    heads = [" ".join(h1.text_content().split()) for h1 in tree.iter("h1")]
    heads = [h for h in heads if 2 <= len(h.split()) <= 40 and not _is_site(h, sites)]
    # An <h1> sharing no word with any meta title is the site's logo or a box's heading.
    # (Origins name tags without angle brackets: the audit prints them as Markdown.)
    words = {w for t, _ in seo for w in _title_words(t)}
    text = next((h for h in heads if not seo or _title_words(h) & words), None)
    if text:
        differs = next((w for t, w in seo if w != "title tag" and _key(t) != _key(text)), None)
        origin = "page h1 heading" + (
            f" (printed; the page's {differs} differs)" if differs else ""
        )
        return {"title": text, "title_origin": origin}
    if seo:
        return {"title": seo[0][0], "title_origin": f"page {seo[0][1]} (no h1 heading)"}
    return {}


def _title_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 4 or not w.isascii()}


def _without_site(title: str, sites: set[str]) -> str:
    """'Headline - Site Name' -> 'Headline' (also 'Site | Headline')."""
    cuts = list(_SEPARATORS.finditer(title))
    starts = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(title)]
    parts = [title[a:b] for a, b in zip(starts, ends)]
    for i in range(1, len(parts)):
        if _is_site(parts[i], sites):
            return title[: ends[i - 1]]
    if len(parts) > 1 and _is_site(parts[0], sites):
        return title[starts[1] :]
    if len(parts) > 1 and _brand(parts[-1], parts[0]):
        return title[: ends[-2]]
    return title


def _brand(part: str, head: str) -> bool:
    """A Latin-letter brand of one or two words after a headline in another script
    ('... 남상미 - Entermedia')."""
    return len(part.split()) <= 2 and part.isascii() and not any(map(str.isascii, head.split()))


def _first_day(*candidates: tuple) -> tuple[date | None, str]:
    """The first candidate that holds a day, that day as written (in the stamp's own offset,
    never converted to UTC). The origin says when the stamp is in UTC."""
    for value, origin in candidates:
        day = _day(value) if isinstance(value, str) else None
        if day:
            utc = _UTC.search(value) or (_CLOCK.search(value) and not _OFFSET.search(value))
            return day, origin + (" (UTC)" if origin and utc else "")
    return None, ""


def _day(value: str) -> date | None:
    m = _ISO_DAY.match(value)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        from dateutil import parser  # "Tue Nov 19 2019 03:05:46 GMT+0000"

        return parser.parse(value[:80], fuzzy=False).date() if _YEAR.search(value) else None
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
        return None


def _authors(ld: dict, metas: dict, sites: set[str]) -> tuple[list[str], str]:
    people = ld.get("author")
    people = people if isinstance(people, list) else [people]
    names = [
        _text(p.get("name")) if isinstance(p, dict) and p.get("@type") != "Organization" else p
        for p in people
    ]
    found = _names(names, sites)
    if found:
        return found, "page json-ld author"
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        found = _names([metas.get(key)], sites)
        if found:
            return found, f"page meta {key}"
    return [], ""


def _names(values: list, sites: set[str]) -> list[str]:
    """Person names from author values: 'By' and affiliations cut; desks, the site's own name
    and addresses dropped."""
    from generator.lexicon.bylines import JOB

    out: list[str] = []
    for value in values:
        if not isinstance(value, str) or "://" in value or "@" in value:
            continue
        for name in _NAME_SPLIT.split(_without_outlet(_NAME_END.sub("", _BY.sub("", value)))):
            name = " ".join(name.split()).strip(".- ")
            if name and not JOB.search(name) and not _is_site(name, sites) and name not in out:
                if 1 <= len(name.split()) <= 5:
                    out.append(name)
    return out


def _without_outlet(name: str) -> str:
    """'Finian Cunningham. Sputnik International' -> 'Finian Cunningham'; 'Bruce Y. Lee' stays."""
    head, dot, rest = name.partition(". ")
    return head if dot and len(head.split()) >= 2 and len(rest.split()) >= 2 else name


def _canonical(tree) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def _ld_url(ld: dict) -> str | None:
    main = ld.get("mainEntityOfPage")
    if isinstance(main, dict):
        main = main.get("@id") or main.get("url")
    return next((u for u in (ld.get("url"), main) if isinstance(u, str)), None)


# ---------------------------------------------------------------- after the text extractors


def _printed_day(page: dict, meta: Metadata) -> None:
    """A UTC stamp a day off the day printed above the story (and not printed itself): the
    printed day, as readers of the page saw it."""
    if "(UTC)" not in meta.origins["date"] or meta.date in page.get("days_above", ()):
        return
    near = [d for d in page.get("days_near", ()) if abs((d - meta.date).days) == 1]
    if len(near) == 1:
        meta.date = near[0]
        meta.origins["date"] += ", moved to the day printed above the story"
        meta.confidence["date"] = "low"  # the markup and the print disagree: an editor decides


def apply(page: dict, meta: Metadata) -> None:
    """The page's metadata over what the text extractors found: the printed headline (already
    the first line), JSON-LD / meta dates and authors, its publisher and its address. What the
    page's own markup states is rated high (make score-html: right on 68-79 of 79 pages);
    trafilatura's guesses and the moved UTC day keep a low rating."""
    found = page.get("found", {})
    if meta.title and page.get("title_origin"):
        meta.origins["title"] = page["title_origin"]
        _sure(meta, "title")
    elif meta.title and found.get("title"):
        meta.origins["title"] = "page title (trafilatura)"
    if page.get("date"):
        meta.date, meta.origins["date"] = page["date"], page["date_origin"]
        _sure(meta, "date")
        _printed_day(page, meta)
    elif not meta.date and found.get("date"):
        meta.date, _ = _first_day((found["date"], ""))
        meta.origins["date"] = "page date (trafilatura)" if meta.date else "missing"
    if page.get("updated") and meta.date and page["updated"] > meta.date:
        meta.updated, meta.origins["updated"] = page["updated"], "page modified date"
    if page.get("author"):
        meta.author, meta.origins["author"] = list(page["author"]), page["author_origin"]
        _sure(meta, "author")
    elif not meta.author and found.get("author"):
        meta.author = _names(found["author"].split(";"), set(page.get("sites", ())))
        meta.origins["author"] = "page author (trafilatura)" if meta.author else "missing"
    if not meta.source and (page.get("source") or found.get("sitename")):
        meta.source = page.get("source") or found["sitename"]
        meta.origins["source"] = "page publisher"
    if page.get("source") and _key(page["source"]) == _key(meta.source or ""):
        _sure(meta, "source")
    if not meta.author and not page.get("author") and not found.get("author"):
        _sure(meta, "author")  # neither the markup nor the text names a writer
    if page.get("url"):
        meta.url = page["url"]
        meta.origins["url"] = page.get("url_origin", "page canonical address")


def _sure(meta: Metadata, name: str) -> None:
    meta.confidence[name] = "high"
    meta.runner_up.pop(name, None)


# ---------------------------------------------------------------- the site's copies of a page

SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")


def is_page(article) -> bool:
    return article.seed.path.suffix.lower() in SUFFIXES


def text_copy(article) -> bytes:
    """The raw copy the site publishes for a saved page: the text read from it (numbered as
    the audit numbers its lines), and where it came from; never the page's HTML."""
    lines = [ln.text for ln in article.cleaned.lines]
    where = f" ({article.meta.url})" if web_url(article.meta.url) else ""
    note = (
        f"[Text read by news-digest from the saved web page {article.seed.name}{where}. "
        "The page's HTML, scripts and images are not published.]"
    )
    return ("\n".join(lines + ["", note]) + "\n").encode("utf-8")


# ---------------------------------------------------------------- one story, paste and page

_SHINGLE = 4  # words
_ANCHORS = 8  # a story's smallest shingle hashes: two copies of one story share some
_SAME = 0.6  # share of the shorter story's shingles the other holds: one story


def pasted_twins(articles: list) -> tuple[list, list[Problem]]:
    """A saved page and a paste of the same story are one article: the page is kept (it
    carries the page's metadata), the paste dropped with a warning naming both."""
    pages = [a for a in articles if is_page(a)]
    if not pages:
        return articles, []  # no saved page: nothing to compare, nothing to pay
    shingles = {id(a): _shingles(a.cleaned.paragraphs) for a in articles}
    by_anchor: dict[int, list] = {}
    for article in articles:
        if not is_page(article):
            for anchor in sorted(shingles[id(article)])[:_ANCHORS]:
                by_anchor.setdefault(anchor, []).append(article)
    dropped: dict[int, Problem] = {}
    for page in sorted(pages, key=lambda a: a.seed.name):
        mine = shingles[id(page)]
        seen = {id(p): p for h in sorted(mine)[:_ANCHORS] for p in by_anchor.get(h, ())}
        for paste in seen.values():
            theirs = shingles[id(paste)]
            if id(paste) not in dropped and len(mine & theirs) >= _SAME * min(
                len(mine), len(theirs)
            ):
                dropped[id(paste)] = Problem(
                    paste.seed.name,
                    f"is the same article as the saved page {page.seed.name}; published once, "
                    "from the saved page",
                    "delete one of the two files",
                )
    return [a for a in articles if id(a) not in dropped], list(dropped.values())


def _shingles(paragraphs: list[str]) -> set[int]:
    words = re.findall(r"\w+", " ".join(paragraphs).casefold())
    return {hash(tuple(words[i : i + _SHINGLE])) for i in range(max(1, len(words) - 3))}
