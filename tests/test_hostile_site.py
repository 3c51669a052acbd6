"""Hostile text in seeds reaches readers as the literal text it was, on every page and file
where it appears, and nothing in it runs or renders as markup.

Seeds written for this test carry script and img tags, event handlers, javascript:
links, double-escaped entities, Markdown syntax at line starts, template braces and
headlines that break naive YAML; a sidecar pins hostile field values and one seed has
a hostile file name. The site is built once, strictly, with the real MkDocs + Material,
then read three ways: the Markdown's front matter (PyYAML and MkDocs' reader), every
built HTML/JSON/XML file (parsed), and the pages in headless Chromium, search included.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import make_project, material_search
from test_robust_support import injected, mkdocs_meta, scan, split_front_matter

STAMP = "Posted on : 2019-{month}-26 17:10 KST"

HEADLINE_A = (
    '"Deal": [Seoul] #1 --- {{ config.site_name }} <script>window.__pwned=1</script> talks ##'
)
DEK_A = '<img src=x onerror="window.__pwned=2"> marks the dek: a test of escaping'
STORY_A = [
    "Negotiators met in Seoul on Sept. 24 and wrote "
    "<script>window.__pwned=3</script> on the whiteboard "
    "for everyone to see.",
    "A [link](javascript:window.__pwned=4) and <a "
    'href="javascript:window.__pwned=5">another link</a> '
    "were pasted into the story as well.",
    '<div onmouseover="window.__pwned=6">A div with an '
    "event handler</div> sits inside this paragraph of "
    "the story.",
    "Template braces {{ page.title }} and {% if true "
    "%}yes{% endif %} and {# a comment #} stay literal "
    "in the text.",
    "The entity "
    "&amp;lt;/title&amp;gt;&amp;lt;script&amp;gt;window.__pwned=7&amp;lt;/script&amp;gt; "
    "was double-escaped on the source page.",
]
# What the reader must see for each STORY_A line: entities in a paste are decoded once.
SHOWN_A = STORY_A[:4] + [
    (
        "The entity &lt;/title&gt;&lt;script&gt;window.__pwned=7&lt;/script&gt; "
        "was double-escaped on the source page."
    )
]

HEADLINE_B = '--- title: "yes" # no [1, 2] {a: b} & *anchor !tag | > talks ---'
STORY_B = [
    (
        "Negotiators from both sides met again in Washington "
        "and said the talks made some progress this week."
    ),
    "# This line starts with a hash and is a sentence of the story, not a heading.",
    "## This one starts with two hashes and is not a heading either, officials said.",
    "* This line starts with a star and must not become a list item on the page.",
    "- This line starts with a dash and must not become a list item either, officials said.",
    "+ This line starts with a plus sign and must stay a plain paragraph of text.",
    "> This line starts with a quote mark and must not become a block quote on the page.",
    "1991. The year the cost-sharing arrangement began, and this must not become a numbered list.",
    "3) Third, the line that opens with a number and a bracket stays a paragraph as well.",
    "=== the line opening with equals signs must not turn the one before into a heading.",
    "~~~ a tilde fence at the start of a line must not turn the rest of the story into code.",
    "``` and a backtick fence must not do that either, the negotiators were told.",
    "!!! note An admonition marker at the start of a line stays text as well, officials said.",
    (
        "A pipe | in the middle of a long sentence stays "
        "text, and so does <br> written in it, officials said."
    ),
]

HEADLINE_C = "</title><script>window.__pwned=8</script> talks end early"
STORY_C = [
    (
        "Talks between the two allies ended a day early on "
        "Friday after the delegations failed to narrow their gap."
    ),
    "Officials said the next round would take place in Seoul, though no date was given.",
]
PINS_C = {
    "source": "<script>window.__pwned=9</script> Daily",
    "author": ["{{ author }}", "<b onmouseover=window.__pwned=10>Kim</b>"],
    "location": 'Seoul"><img src=x onerror=window.__pwned=11>',
    "summary": 'javascript:window.__pwned=12 "quoted" & <i>summary</i>',
}
NAME_C = "x<img src=y onerror=window.__pwned=13>.txt"

HEADLINE_D = '=HYPERLINK("http://evil.example","click") talks reach a deal'
STORY_D = [
    "Washington asked Seoul to pay $5 billion a year, a sum officials called <b>unreasonable</b> "
    "in a {{ statement }} on Monday.",
    "Both sides said they would keep talking until a new agreement is signed later this year.",
]
CHROME_A = "Share | <script>window.__pwned=15</script> | Print"

SEEDS = {
    "100_hostile-a.txt": (
        "\n".join([CHROME_A, HEADLINE_A, STAMP.format(month="10"), DEK_A, "", *STORY_A]),
        HEADLINE_A,
        SHOWN_A,
    ),
    "101_hostile-b.txt": (
        "\n".join([HEADLINE_B, STAMP.format(month="11"), "", *STORY_B]),
        HEADLINE_B,
        STORY_B,
    ),
    NAME_C: ("\n".join([HEADLINE_C, STAMP.format(month="12"), "", *STORY_C]), HEADLINE_C, STORY_C),
    "103_hostile-d.txt": (
        "\n".join([HEADLINE_D, STAMP.format(month="09"), "", *STORY_D]),
        HEADLINE_D,
        STORY_D,
    ),
}


def _sidecar(pins: dict) -> str:
    import yaml

    return yaml.safe_dump(pins, allow_unicode=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory, run_mkdocs) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"))
    for name, (text, _, _) in SEEDS.items():
        (project / "seeds" / name).write_text(text + "\n", encoding="utf-8")
    (project / "seeds" / NAME_C.replace(".txt", ".yml")).write_text(
        _sidecar(PINS_C), encoding="utf-8"
    )
    built = run_mkdocs(project, strict=True)
    assert built.returncode == 0, built.stderr
    return project


def _articles(project: Path) -> dict[str, tuple[dict, str, Path]]:
    """Seed name -> (front matter, Markdown body, built HTML page)."""
    out = {}
    for md in (project / "docs" / "articles").glob("*.md"):
        meta, body = split_front_matter(md.read_text(encoding="utf-8"))
        out[Path(meta["seed"]).name] = (
            meta,
            body,
            project / "site" / "articles" / md.stem / "index.html",
        )
    return out


def _content(html: str) -> str:
    """The page's article element: what the page is about, without Material's frame."""
    m = re.search(r'<article class="md-content__inner[^>]*>(.*)</article>', html, re.S)
    assert m, "no article element"
    return m.group(1)


def test_front_matter_parses_back_to_the_same_values(project):
    articles = _articles(project)
    assert set(SEEDS) <= set(articles)
    for name, (_, headline, _) in SEEDS.items():
        meta, _, _ = articles[name]
        assert meta["title"] == headline
        md = (project / "docs" / "articles" / f"{meta['slug']}.md").read_text(encoding="utf-8")
        assert mkdocs_meta(md) == meta
    meta = articles["100_hostile-a.txt"][0]
    assert meta["subtitle"] == DEK_A
    meta = articles[NAME_C][0]
    assert meta["seed"].endswith("seeds/" + NAME_C)
    for key, value in PINS_C.items():
        assert meta[key] == value, key
    assert sorted(meta["pinned"]) == sorted(PINS_C)


def test_no_built_file_holds_injected_markup(project):
    """Every HTML page of the site, and HTML inside the JSON and XML files, parsed."""
    site = project / "site"
    checked = 0
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            problems = injected(scan(path.read_text(encoding="utf-8")))
        elif path.suffix == ".json":
            problems = [
                p
                for html in _html_in_json(json.loads(path.read_text(encoding="utf-8")))
                for p in injected(scan(html))
            ]
        elif path.suffix == ".xml":
            problems = [p for html in _html_in_xml(path) for p in injected(scan(html))]
        else:
            continue
        checked += 1
        assert problems == [], f"{path.relative_to(site)}: {problems}"
    assert checked >= 8


def _html_in_json(data, keys=("content_html",)) -> list[str]:
    """String values a reader's software shows as HTML: feeds' content_html, and the search
    index's title and text (Material's search renders them as markup)."""
    if isinstance(data, dict):
        if "docs" in data and "config" in data:  # search/search_index.json
            keys = ("content_html", "title", "text")
        return [v for k, v in data.items() if k in keys and isinstance(v, str)] + [
            s for v in data.values() if not isinstance(v, str) for s in _html_in_json(v, keys)
        ]
    if isinstance(data, list):
        return [s for v in data for s in _html_in_json(v, keys)]
    return []


def _html_in_xml(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [el.text for el in root.iter() if el.text and el.get("type") == "html"]


def test_article_pages_show_every_line_as_literal_text(project):
    articles = _articles(project)
    for name, (_, headline, story) in SEEDS.items():
        _, _, page_path = articles[name]
        html = page_path.read_text(encoding="utf-8")
        page = scan(html)
        title = [el for el in re.findall(r"<title>(.*?)</title>", html, re.S)]
        assert scan(title[0]).text == f"{headline} - SMA Talks Digest"
        content = scan(_content(html))
        assert content.text.startswith(headline), content.text[:300]
        for line in story:
            assert line in content.paragraphs, (line, content.paragraphs)
        assert content.tags().count("h1") == 1
        for tag in (
            "blockquote",
            "ol",
            "pre",
            "code",
            "hr",
            "script",
            "img",
            "b",
            "i",
            "em",
            "strong",
        ):
            assert tag not in content.tags(), (name, tag)
        assert headline in page.text


def test_pinned_hostile_fields_show_as_text(project):
    meta, _, page_path = _articles(project)[NAME_C]
    content = scan(_content(page_path.read_text(encoding="utf-8")))
    for value in (PINS_C["source"], PINS_C["location"], *PINS_C["author"]):
        assert value in content.text, value
    assert "Source text" in content.text


def _texts(site: Path, folder: str) -> str:
    return " ".join(
        scan(p.read_text(encoding="utf-8")).text
        for p in sorted((site / folder).rglob("index.html"))
    )


def test_listing_pages_show_headlines_as_text(project):
    site = project / "site"
    home = scan((site / "index.html").read_text(encoding="utf-8")).text
    timeline = scan((site / "timeline" / "index.html").read_text(encoding="utf-8")).text
    years = _texts(site, "years")
    for _, headline, _ in SEEDS.values():
        assert headline in home and headline in timeline and headline in years, headline
    assert PINS_C["summary"] in home
    assert PINS_C["location"] in _texts(site, "places")
    assert PINS_C["source"] in _texts(site, "outlets")


def test_search_index_holds_the_literal_text(project):
    index = json.loads(
        (project / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    shown = " ".join(
        scan(doc["title"]).text + " " + scan(doc["text"]).text for doc in index["docs"]
    )
    for _, headline, story in SEEDS.values():
        assert headline in shown
        for line in story:
            assert line in shown, line


def test_json_ld_and_feeds_carry_the_literal_text(project):
    site = project / "site"
    for name, (_, headline, _) in SEEDS.items():
        _, _, page_path = _articles(project)[name]
        html = page_path.read_text(encoding="utf-8")
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert len(blocks) == 1
        assert json.loads(blocks[0])["headline"] == headline
    feeds = [p for p in site.rglob("*") if p.suffix in (".xml", ".json") and "feed" in p.name]
    assert feeds, "no feed files in the built site"
    for path in feeds:
        if path.suffix == ".json":
            titles = [
                item["title"] for item in json.loads(path.read_text(encoding="utf-8"))["items"]
            ]
        else:
            titles = [
                el.text
                for el in ET.parse(path).getroot().iter("{http://www.w3.org/2005/Atom}title")
            ]
        for _, headline, _ in SEEDS.values():
            assert headline in titles, (path.name, titles)


# --- in a real browser ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site_server(project):
    from conftest import serving

    with serving(project / "site") as base:
        yield base


_PROBE = """() => ({
  pwned: typeof window.__pwned,
  handlers: [...document.querySelectorAll('*')].filter(
    e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
  jsLinks: [...document.querySelectorAll('a[href]')].filter(
    a => a.href.trim().toLowerCase().startsWith('javascript:')).length,
  scripts: [...document.scripts].filter(s => s.textContent.includes('__pwned=') &&
    !(s.type === 'application/ld+json' &&
      (() => { try { return JSON.parse(s.textContent); } catch { return false; } })())).length,
  images: [...document.images].filter(
    i => i.getAttribute('src') === 'x' || i.getAttribute('src') === 'y').length,
})"""


def _probe(page) -> dict:
    page.mouse.move(200, 300)
    page.mouse.move(400, 500)  # passes over the content: any injected onmouseover would fire
    return page.evaluate(_PROBE)


CLEAN = {"pwned": "undefined", "handlers": 0, "jsLinks": 0, "scripts": 0, "images": 0}


def test_nothing_runs_in_chromium(browser, project, site_server):
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        urls = ["", "timeline/"] + [
            f"articles/{meta['slug']}/" for meta, _, _ in _articles(project).values()
        ]
        for url in urls:
            page.goto(site_server + url)
            page.wait_for_load_state("load")
            assert _probe(page) == CLEAN, url
        meta = _articles(project)["100_hostile-a.txt"][0]
        page.goto(site_server + f"articles/{meta['slug']}/")
        assert HEADLINE_A in page.locator("article h1").inner_text()
        assert page.title() == f"{HEADLINE_A} - SMA Talks Digest"
        assert SHOWN_A[0] in page.locator("article").inner_text()
        assert dialogs == []
    finally:
        context.close()


def test_search_results_show_text_not_markup(browser, site_server):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(site_server)
        material_search(page, "whiteboard")
        text = page.locator(".md-search-result").inner_text()
        assert "whiteboard" in text
        assert "<script>" in text or "window.__pwned=3" in text  # shown as text
        assert _probe(page) == CLEAN
    finally:
        context.close()


def test_audit_dataset_and_figures_carry_the_literal_text(project):
    import csv

    site = project / "site"
    audit = scan((site / "audit" / "index.html").read_text(encoding="utf-8")).text
    assert CHROME_A in audit  # a removed line, named on the audit page as it was
    data = json.loads((site / "articles.json").read_text(encoding="utf-8"))
    titles = {a["title"] for a in data["articles"]}
    assert {headline for _, headline, _ in SEEDS.values()} <= titles
    rows = list(csv.DictReader((site / "figures.csv").read_text(encoding="utf-8").splitlines()))
    row = next(r for r in rows if "unreasonable" in r["sentence"])
    assert row["sentence"] == STORY_D[0]
    assert row["title"] == "'" + HEADLINE_D  # a spreadsheet must not take it for a formula
    figures = scan((site / "figures" / "index.html").read_text(encoding="utf-8")).text
    assert STORY_D[0] in figures


def test_feeds_and_dataset_carry_the_pinned_fields_exactly(project):
    site, title = project / "site", HEADLINE_C
    atom = "{http://www.w3.org/2005/Atom}"
    entry = next(
        e
        for e in ET.parse(site / "feed.xml").getroot().iter(atom + "entry")
        if e.find(atom + "title").text == title
    )
    assert [a.find(atom + "name").text for a in entry.findall(atom + "author")] == PINS_C["author"]
    terms = [c.get("term") for c in entry.findall(atom + "category")]
    assert terms == [PINS_C["source"], PINS_C["location"]]
    assert entry.find(atom + "summary").text == PINS_C["summary"]
    item = next(
        i
        for i in json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
        if i["title"] == title
    )
    assert [a["name"] for a in item["authors"]] == PINS_C["author"]
    assert item["summary"] == PINS_C["summary"]
    assert item["tags"] == [PINS_C["source"], PINS_C["location"]]
    rows = json.loads((site / "articles.json").read_text(encoding="utf-8"))["articles"]
    row = next(r for r in rows if r["title"] == title)
    assert {k: row[k] for k in PINS_C} == PINS_C
