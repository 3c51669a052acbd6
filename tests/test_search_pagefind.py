"""Pagefind as the site's search (generator/mkdocs/search.py): a real MkDocs build
with NEWS_DIGEST_SEARCH=pagefind, indexed in parts of two articles (as 5,000
articles are indexed in parts of 500) and merged by the Search page, served under
a sub-folder (/digest/) as a host might, and searched in headless Chromium in
English and Korean. Every browser test fails if the page asks for anything
outside the site or logs a console error.

The Search page leaves out Pagefind's stand-in matches: a word that no page of
a part contains makes Pagefind match the longest indexed word it starts with
(the word "to" for "Tokyo"), so with parts a word in no article listed pages."""

from __future__ import annotations

import functools
import html
import json
import os
import re
import threading

import pytest
from conftest import _QuietHandler, _QuietServer, make_project, mkdocs_build
from mkdocs.exceptions import PluginError
from playwright.sync_api import expect
from test_hostile_site import SEEDS as HOSTILE_SEEDS
from test_site_support import KOREAN_SEED, watched_pages

from generator.mkdocs.search import (
    ARTICLE_GLOB,
    PART_VARIABLE,
    THRESHOLD,
    choose_mode,
    part_count,
    part_folders,
    part_size,
    split,
)

SUBPATH = "digest/"
HOSTILE = "100_hostile-a.txt"  # script and img tags in its headline, dek and story
PART = 2  # articles per Pagefind part in the test build: four articles, two parts


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory):
    """(site folder, its URL): the project's seeds plus a Korean article, served at /digest/."""
    root = tmp_path_factory.mktemp("pagefind")
    project = make_project(root / "project")
    (project / "seeds" / "900_korean-sma11-r2-jeju.txt").write_text(KOREAN_SEED, encoding="utf-8")
    hostile_text = HOSTILE_SEEDS[HOSTILE][0]
    (project / "seeds" / HOSTILE).write_text(hostile_text + "\n", encoding="utf-8")
    www = root / "www"
    site = www / SUBPATH
    env = {
        **os.environ,
        "NEWS_DIGEST_SEARCH": "pagefind",
        PART_VARIABLE: str(PART),
        "NO_MKDOCS_2_WARNING": "1",
    }
    env.pop("SITE_URL", None)
    done = mkdocs_build(project, strict=True, site=site, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(www)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}/{SUBPATH}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def open_page(browser, request):
    """A fresh desktop page that records outside requests, console errors and page errors."""
    yield from watched_pages(browser, request)


def test_mode_follows_the_variable_then_the_article_count():
    assert choose_mode(THRESHOLD - 1, None) == "material"
    assert choose_mode(THRESHOLD, None) == "pagefind"
    assert choose_mode(THRESHOLD, "auto") == "pagefind"
    assert choose_mode(5, " Pagefind ") == "pagefind"
    assert choose_mode(10_000, "material") == "material"
    with pytest.raises(
        PluginError, match="NEWS_DIGEST_SEARCH='lunr' is not one of auto, pagefind, material"
    ):
        choose_mode(5, "lunr")


def test_articles_are_split_into_near_equal_parts_in_order():
    assert part_size(None) == part_size(" ") == 500
    assert part_size("2") == 2
    for bad in ("0", "-3", "many"):
        with pytest.raises(
            PluginError, match=f"{PART_VARIABLE}='{bad}' is not a positive whole number"
        ):
            part_size(bad)
    assert [part_count(n, 500) for n in (0, 1, 500, 501, 5000)] == [1, 1, 1, 2, 10]
    assert part_folders(3) == ["pagefind/", "pagefind/part-2/", "pagefind/part-3/"]
    pages = list(range(11))
    parts = split(pages, 3)
    assert [len(p) for p in parts] == [3, 4, 4]
    assert sum(parts, []) == pages


def _page_counts(bundle) -> list[int]:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return [lang["page_count"] for lang in entry["languages"].values()]


def test_build_indexes_only_the_articles_in_parts_and_drops_materials_index(pagefind_site):
    site, _ = pagefind_site
    articles = [p for p in (site / "articles").glob("*/index.html")]
    assert len(articles) == 4
    assert [_page_counts(site / folder) for folder in part_folders(2)] == [[2], [2]]
    assert not (site / "pagefind" / "part-3").exists()
    search_page = (site / "search" / "index.html").read_text(encoding="utf-8")
    assert 'data-parts="../pagefind/part-2/ "' in search_page
    assert not (site / "search" / "search_index.json").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="md-search"' not in home and 'for="__search"' not in home
    assert 'href="search/"' in home  # the Search page is in the navigation


@pytest.mark.parametrize("query", ["Jeju", "Hawaii", "방위비"])
def test_search_page_finds_english_and_korean_and_opens_the_article(
    open_page, pagefind_site, query
):
    _, url = pagefind_site
    page = open_page()
    page.goto(url)
    page.get_by_role("link", name="Search", exact=True).first.click()
    page.get_by_role("textbox", name="Search the articles").fill(query)
    results = page.locator(".pagefind-ui__result")
    expect(results.first).to_be_visible(timeout=15_000)
    hit = results.filter(has_text=query).first
    expect(hit).to_be_visible()
    hit.locator("a.pagefind-ui__result-link").click()
    expect(page).to_have_url(re.compile(re.escape(f"{url}articles/") + r"[^/]+/$"))
    expect(page.locator("article")).to_contain_text(query)


def test_an_article_indexed_in_the_last_part_is_found(open_page, pagefind_site):
    site, url = pagefind_site
    last = split(sorted(site.glob(ARTICLE_GLOB)), 2)[-1][0]
    headline = re.search(r"<h1[^>]*>(.*?)</h1>", last.read_text(encoding="utf-8")).group(1)
    headline = html.unescape(headline)
    page = open_page()
    page.goto(f"{url}search/")
    page.get_by_role("textbox", name="Search the articles").fill(headline)
    hit = page.locator(".pagefind-ui__result").filter(
        has=page.locator(".pagefind-ui__result-title", has_text=headline)
    )
    expect(hit.first).to_be_visible(timeout=15_000)
    hit.first.locator("a.pagefind-ui__result-link").click()
    expect(page).to_have_url(f"{url}{last.parent.relative_to(site).as_posix()}/")


def _search(page, url, query):
    """Open the Search page for `query`; returns the result items once the count is shown."""
    page.goto(f"{url}search/?q={query}")
    expect(page.get_by_role("status")).to_have_text(
        re.compile(r"^([\d,]+ results?|No results) for "), timeout=15_000
    )
    return page.locator(".pagefind-ui__result")


def test_a_word_in_no_article_finds_nothing_though_parts_hold_words_it_starts_with(
    open_page, pagefind_site
):
    site, url = pagefind_site
    text = " ".join(p.read_text(encoding="utf-8") for p in site.glob(ARTICLE_GLOB)).lower()
    assert "tokyo" not in text and re.search(r"\bto\b", text)  # Pagefind's stand-in: "to"
    page = open_page()
    results = _search(page, url, "Tokyo")
    expect(page.get_by_role("status")).to_have_text("No results for Tokyo")
    expect(results).to_have_count(0)


@pytest.mark.parametrize(
    "query, shown",
    [("negotiate", "negotiations"), ("negoti", "negotiations"), ("방위비분", "방위비분담특별협정")],
)
def test_other_forms_and_beginnings_of_a_word_still_find_it(open_page, pagefind_site, query, shown):
    site, url = pagefind_site
    text = " ".join(p.read_text(encoding="utf-8") for p in site.glob(ARTICLE_GLOB))
    assert not re.search(rf"\b{query}\b", text) and shown in text
    page = open_page()
    results = _search(page, url, query)
    expect(results.locator("mark").filter(has_text=shown).first).to_be_visible()


def test_query_in_the_address_searches_at_once(open_page, pagefind_site):
    _, url = pagefind_site
    page = open_page()
    page.goto(f"{url}search/?q=Hawaii")
    expect(page.locator(".pagefind-ui__result").filter(has_text="Hawaii").first).to_be_visible(
        timeout=15_000
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_page_has_no_serious_accessibility_violations(open_page, pagefind_site, scheme):
    from axe_playwright_python.sync_playwright import Axe

    _, url = pagefind_site
    page = open_page(scheme=scheme)
    page.goto(f"{url}search/?q=Jeju")
    expect(page.locator(".pagefind-ui__result").first).to_be_visible(timeout=15_000)
    violations = Axe().run(page).response["violations"]
    bad = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], bad


def test_hostile_article_text_shows_as_text_in_results(open_page, pagefind_site):
    _, url = pagefind_site
    page = open_page()
    page.goto(f"{url}search/?q=whiteboard")
    hit = page.locator(".pagefind-ui__result").filter(has_text="whiteboard").first
    expect(hit).to_be_visible(timeout=15_000)
    expect(hit.locator(".pagefind-ui__result-title")).to_contain_text(
        "<script>window.__pwned=1</script>"
    )
    expect(hit).to_contain_text("<script>window.__pwned=3</script>")
    assert hit.locator("script, img, [onerror], [onmouseover]").count() == 0
    assert page.evaluate("window.__pwned") is None
