"""The digest built by Zensical (`make site-zensical`): the generator's CLI writes the pages
for it (`--for zensical`), then `zensical build` reads the same mkdocs.yml and docs/.

Zensical runs no hooks, prints a page's title from the front matter as HTML and reads
raw-HTML links from the Markdown file's folder; generator/zensical/ writes the pages so
that none of that shows. The hostile seeds of test_hostile_site.py are built here too,
and one more build without `--for zensical` shows the checks catch what it prevents.

Skipped without .venv-zensical (`make test-zensical` or .ci/run make it)."""

from __future__ import annotations

import datetime as dt
import html
import json
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml
from conftest import REPO, make_project, serving, venv_python
from test_hostile_site import CLEAN, HEADLINE_A, NAME_C, PINS_C, SEEDS, _probe, _sidecar
from test_robust_support import injected, scan

from generator.mkdocs.material import PLAIN_TEXT_META
from generator.render import front_matter
from generator.settings import Settings, SettingsError, load
from generator.zensical import IN_ATTRIBUTE, escaped_meta, file_relative_links

ZENSICAL = REPO / ".venv-zensical" / "bin" / "zensical"
HEADLINE = "Talks <script>alert(1)</script> & {{ 7*7 }} [x](javascript:alert(1)) round"
HOSTILE = (
    f"{HEADLINE}\n\n"
    "Posted on : 2020-05-05 10:00 KST\n\n"
    "South Korea and the United States held talks in Seoul on Tuesday about "
    "<img src=x onerror=alert(2)> sharing the cost {% raw %} of troops, officials said. "
    "[click](http://evil.example/) *bold*\n\n"
    "The negotiators agreed to meet again next month in Washington, the ministry said.\n"
)
MARKUP = ("<script>alert", "<img src=x", 'href="javascript', 'href="http://evil')
SITE = "SMA Talks Digest"

needs_zensical = pytest.mark.skipif(not ZENSICAL.exists(), reason="no .venv-zensical")


def _build(dest: Path, *generator_flags: str) -> Path:
    project = make_project(dest)
    (project / "seeds" / "010_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    for name, (text, _, _) in SEEDS.items():
        (project / "seeds" / name).write_text(text + "\n", encoding="utf-8")
    sidecar = project / "seeds" / NAME_C.replace(".txt", ".yml")
    sidecar.write_text(_sidecar(PINS_C), encoding="utf-8")
    generate = [venv_python(), "-m", "generator", *generator_flags]
    for cmd in (generate, [str(ZENSICAL), "build", "--clean"]):
        done = subprocess.run(cmd, cwd=project, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{cmd} failed:\n{done.stdout}\n{done.stderr}"
    return project / "site"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("zensical") / "project", "--for", "zensical")


@pytest.fixture(scope="module")
def plain_site(tmp_path_factory) -> Path:
    """The same seeds with the pages written for MkDocs: what --for zensical prevents."""
    return _build(tmp_path_factory.mktemp("zensical-plain") / "project")


def _page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def _articles(site: Path) -> dict[str, dict]:
    """slug -> the article's front matter as the generator wrote it."""
    docs = site.parent / "docs" / "articles"
    return {
        p.stem: yaml.safe_load(p.read_text(encoding="utf-8")[4:].split("\n---\n", 1)[0])
        for p in sorted(docs.glob("*.md"))
    }


def _headlines(site: Path) -> dict[str, str]:
    """slug -> the headline the reader must see."""
    wanted = [HEADLINE] + [headline for _, headline, _ in SEEDS.values()]
    slugs = {html.unescape(meta["title"]): slug for slug, meta in _articles(site).items()}
    assert set(wanted) <= set(slugs), sorted(slugs)
    return {slugs[h]: h for h in wanted}


@needs_zensical
def test_every_page_and_data_file_is_built(zensical_site):
    site = zensical_site
    slugs = list(_articles(site))
    assert len(slugs) == len(list((site.parent / "seeds").glob("*.txt")))
    for url in ("", "timeline", "figures", "browse", "about"):
        assert "</html>" in _page(site, url)
    for slug in slugs:
        assert "</html>" in _page(site, f"articles/{slug}")
        assert (site / "raw" / f"{slug}.txt").is_file()
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert len(feed["items"]) == len(slugs)
    assert (site / "feed.xml").read_text(encoding="utf-8").count("<entry>") == len(slugs)
    data = json.loads((site / "articles.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == len(slugs)
    assert (site / "figures.csv").read_text(encoding="utf-8").startswith("date,")
    home = _page(site, "")
    assert all(f"articles/{slug}/" in home for slug in slugs)


def _body(page: str) -> str:
    return page.split("<article", 1)[1].split("</article>", 1)[0]


@needs_zensical
def test_article_text_stays_text(zensical_site):
    site = zensical_site
    slug = next(s for s, h in _headlines(site).items() if h == HEADLINE)
    body = _body(_page(site, f"articles/{slug}"))
    assert "&lt;img src=x onerror=alert(2)&gt;" in body
    assert "[click](http://evil.example/)" in body
    for page in [body, _body(_page(site, ""))]:
        assert not any(markup in page for markup in MARKUP)


# --- titles and other front-matter fields --------------------------------------------------------


def _search_strings(site: Path) -> list[str]:
    """What Zensical's search shows as HTML: each result's title, text and path."""
    items = json.loads((site / "search.json").read_text(encoding="utf-8"))["items"]
    return [s for i in items for s in [i["title"], i["text"], *i.get("path", [])]]


def _feed_html(site: Path) -> list[str]:
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    root = ET.parse(site / "feed.xml").getroot()
    return [i.get("content_html", "") for i in items] + [
        el.text for el in root.iter() if el.text and el.get("type") == "html"
    ]


def _injections(site: Path) -> list[str]:
    """Markup a seed put into any built page, the search index or the feeds."""
    found = []
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        problems = injected(scan(text)) + [m for m in MARKUP if m in text]
        found += [f"{path.relative_to(site)}: {p}" for p in problems]
    for where, strings in (("search.json", _search_strings(site)), ("feeds", _feed_html(site))):
        for text in strings:  # HTML text: escaped article text may spell out markup
            problems = injected(scan(text))
            found += [f"{where}: {p}" for p in problems]
    return found


@needs_zensical
def test_no_page_search_entry_or_feed_holds_injected_markup(zensical_site):
    assert _injections(zensical_site) == []


class _Head(HTMLParser):
    """A page's <title>, header title, meta tags and JSON-LD, as a browser reads them."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = self.header = self.jsonld = ""
        self._into = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self.meta[a.get("property") or a.get("name") or ""] = a.get("content", "")
        elif tag == "title" and not self.title:
            self._into = "title"
        elif a.get("data-md-component") == "header-topic":
            self._into = "header"
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._into = "jsonld"

    def handle_endtag(self, tag):
        if tag in ("title", "div", "script"):
            self._into = None

    def handle_data(self, data):
        if self._into:
            setattr(self, self._into, getattr(self, self._into) + data)


@needs_zensical
def test_every_title_shows_the_headline_as_text(zensical_site):
    site = zensical_site
    paths = {
        json.dumps(i["path"]): i["location"]
        for i in json.loads((site / "search.json").read_text(encoding="utf-8"))["items"]
    }
    for slug, headline in _headlines(site).items():
        head = _Head(_page(site, f"articles/{slug}"))
        assert head.title == f"{headline} - {SITE}"
        assert " ".join(head.header.split()) == " ".join(headline.split())
        assert head.meta["og:title"] == headline
        assert json.loads(head.jsonld)["headline"] == headline
        path = next(json.loads(p) for p, url in paths.items() if url == f"articles/{slug}/")
        assert [scan(p).text for p in path] == [" ".join(headline.split())]


@needs_zensical
def test_pinned_fields_show_as_text_in_meta_tags_and_listing_titles(zensical_site):
    site = zensical_site
    slug = next(s for s, m in _articles(site).items() if m["seed"].endswith(NAME_C))
    head = _Head(_page(site, f"articles/{slug}"))
    assert head.meta["description"] == head.meta["og:description"] == PINS_C["summary"]
    assert head.meta["author"] == ", ".join(PINS_C["author"])
    assert head.meta["article:tag"] == PINS_C["location"]
    titles = {
        _Head(p.read_text(encoding="utf-8")).title
        for folder in ("outlets", "places")
        for p in (site / folder).glob("*/index.html")
    }
    for value in (PINS_C["source"], PINS_C["location"]):
        assert any(value in title for title in titles), (value, titles)


def test_escaped_meta_changes_the_plain_text_keys_alone():
    assert set(IN_ATTRIBUTE) == set(PLAIN_TEXT_META)
    values = [
        HEADLINE,
        "\"Deal\": [Seoul] #1 --- {a: b} & *anchor !tag | > 'quoted'",
        "- a dash, then: a colon # and a hash",
        "null",
        "2019-01-01",
        "Emoji \U0001f600 and a\u0085next-line",
        "long " * 1200,  # past the emitter's width: the value may go on over several lines
    ]
    for value in values:
        data = {
            "generator": "news-digest",
            "title": value,
            "subtitle": value,
            "date": dt.date(2019, 1, 1),
            "author": [value],
            "jsonld": {"headline": value},
            "description": value,
        }
        head = front_matter(data)[4:-5]
        want = {
            **data,
            **{k: html.escape(value, quote=IN_ATTRIBUTE[k]) for k in PLAIN_TEXT_META},
        }
        assert escaped_meta(head) == front_matter(want)[4:-5], value
        assert yaml.safe_load(escaped_meta(head))["jsonld"]["headline"] == value


# --- links ---------------------------------------------------------------------------------------


class _Links(HTMLParser):
    """Every href and src value of a page, as a browser reads it (entities decoded)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.found += [v for k, v in attrs if k in ("href", "src") and v is not None]


def _broken_links(site: Path) -> list[str]:
    """Links and assets inside the site that do not resolve when it is published under
    https://host/digest/, or that start at the host's root; 404.html aside, which the
    server shows at any depth."""
    broken = []
    for path in site.rglob("*.html"):
        rel = path.relative_to(site).as_posix()
        if rel == "404.html":
            continue
        base = "http://host/digest/" + rel.removesuffix("index.html")
        for link in _Links(path.read_text(encoding="utf-8")).found:
            if not link or link.startswith(("#", "http:", "https:", "mailto:", "data:")):
                continue
            target = unquote(urlsplit(urljoin(base, link)).path)
            found = site / target.removeprefix("/digest/")
            inside = target.startswith("/digest/")
            if not inside or not (found.is_file() or (found / "index.html").is_file()):
                broken.append(f"{rel}: {link}")
    return broken


@needs_zensical
def test_links_work_from_a_sub_folder(zensical_site):
    assert _broken_links(zensical_site) == []
    figures = _Links(_page(zensical_site, "figures")).found
    assert any("articles/" in link for link in figures)  # the table's links were checked


@pytest.mark.parametrize(
    ("page", "link", "written"),
    [
        ("figures/2005.md", "../../articles/x/#p-1", "../articles/x/#p-1"),
        ("figures.md", "../articles/x/#p-2:~:text=a%2Db", "articles/x/#p-2:~:text=a%2Db"),
        ("timeline/2019-2.md", "../2019/", "2019/"),
        ("timeline/2019-2.md", "../../", "../"),
        ("timeline.md", "../raw/x.txt?v=1", "raw/x.txt?v=1"),
        ("index.md", "articles/x/", "articles/x/"),  # an index page: URL and folder agree
        ("figures/index.md", "../articles/x/", "../articles/x/"),
        ("figures.md", "https://example.org/a/", "https://example.org/a/"),
        ("figures.md", "/root/", "/root/"),
        ("figures.md", "#p-1", "#p-1"),
        ("figures.md", "../../../outside/", "../../../outside/"),
    ],
)
def test_raw_html_links_start_from_the_files_folder(page, link, written):
    body = f'text href="{link}" stays\n<p><a class="x" href="{link}">t</a></p>\n'
    want = f'text href="{link}" stays\n<p><a class="x" href="{written}">t</a></p>\n'
    assert file_relative_links(page, body) == want


# --- without --for zensical ----------------------------------------------------------------------


@needs_zensical
def test_pages_written_for_mkdocs_break_in_zensical(plain_site):
    """What the checks above would find without --for zensical: they can fail."""
    problems = _injections(plain_site)
    assert any("<script>alert" in p for p in problems)
    assert any(p.startswith("search.json") for p in problems)
    assert any(link.startswith("figures/") for link in _broken_links(plain_site))


def test_the_builder_is_a_setting_that_shapes_the_pages():
    assert Settings(builder="zensical").output_key() != Settings().output_key()
    assert load({}, builder="Zensical").builder == "zensical"
    with pytest.raises(SettingsError, match="builder"):
        load({}, builder="hugo")
    done = subprocess.run(
        [venv_python(), "-m", "generator", "--for", "hugo"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "zensical" in done.stderr


# --- in a browser --------------------------------------------------------------------------------


@needs_zensical
def test_no_third_party_requests(zensical_site, browser):
    context = browser.new_context()
    outside: list[str] = []
    try:
        with serving(zensical_site) as base:
            page = context.new_page()
            page.on(
                "request",
                lambda r: (
                    None if r.url.startswith((base, "data:", "blob:")) else outside.append(r.url)
                ),
            )
            for url in ["", "timeline/", f"articles/{next(iter(_articles(zensical_site)))}/"]:
                page.goto(base + url, wait_until="networkidle")
    finally:
        context.close()
    assert outside == []


@needs_zensical
def test_nothing_runs_and_search_results_show_text(zensical_site, browser):
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        with serving(zensical_site) as base:
            for slug in ["", "timeline", *(f"articles/{s}" for s in _articles(zensical_site))]:
                page.goto(f"{base}{slug}/" if slug else base)
                page.wait_for_load_state("load")
                assert _probe(page) == CLEAN, slug
            page.click(".md-search__button")  # Zensical's search: a dialog in a shadow root
            page.locator("dialog input[role=combobox]").fill("whiteboard")
            result = page.locator("[role=listbox] > li").first
            result.wait_for(timeout=20_000)
            assert result.locator("menu li").inner_text() == HEADLINE_A
            assert "<script>window.__pwned=3</script>" in result.inner_text()
            assert page.evaluate("() => typeof window.__pwned") == "undefined"
    finally:
        context.close()
    assert dialogs == []
