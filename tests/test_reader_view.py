"""The site as a reader sees it: Korean search, the lazy search index, phone widths,
the article page's reader furniture, and no editor tooling in reach.

One site per module: the project's seeds plus a Korean seed (cp949) from the corpus."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, make_project, mkdocs_build, serving
from playwright.sync_api import expect

from generator.fields import readable_date, talks_label
from generator.model import Figure
from generator.render import plain_amount

KOREAN_SEED = REPO / "tests" / "corpus" / "extra" / "202_yonhap-ko-sma11-r4-jeju-cp949.txt"
KOREAN_WORD = "방위비"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("reader"))
    shutil.copy2(KOREAN_SEED, project / "seeds" / KOREAN_SEED.name)
    done = mkdocs_build(project, strict=False)
    assert done.returncode == 0, done.stderr
    return project / "site"


@pytest.fixture(scope="module")
def url(site):
    with serving(site) as base:
        yield base


def _korean_article(site: Path) -> str:
    for page in sorted(site.glob("articles/*/index.html")):
        if '<div lang="ko">' in page.read_text(encoding="utf-8"):
            return page.parent.relative_to(site).as_posix() + "/"
    raise AssertionError("no article page is marked lang=ko")


@pytest.fixture
def context(browser):
    made = browser.new_context(viewport={"width": 1366, "height": 900})
    try:
        yield made
    finally:
        made.close()


def _type_in_search(page, text: str) -> None:
    page.locator("input.md-search__input").click()
    page.keyboard.type(text)  # keystrokes as typed, as an input method delivers them


def test_korean_typed_in_the_header_search_finds_the_korean_article(context, url, site):
    headline = context.new_page()
    headline.goto(url + _korean_article(site))
    title = headline.locator("article h1").inner_text().strip()
    page = context.new_page()
    page.goto(url)
    _type_in_search(page, KOREAN_WORD)
    results = page.locator(".md-search-result__item")
    expect(results.filter(has_text=title).first).to_be_visible()
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Type to start searching")


def test_mixed_query_finds_english_and_korean_articles(context, url, site):
    page = context.new_page()
    page.goto(url)
    _type_in_search(page, f"Seoul {KOREAN_WORD}")  # was: only the Seoul articles
    results = page.locator(".md-search-result__item")
    expect(results.locator("mark").filter(has_text=KOREAN_WORD).first).to_be_visible()
    expect(results.filter(has_text="Seoul").first).to_be_visible()


def test_search_index_is_fetched_only_when_the_search_opens(context, url):
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(url + "about/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert not [u for u in asked if "search_index" in u], asked
    with page.expect_request(re.compile(r"search/search_index\.json$")):
        page.locator("input.md-search__input").click()


@pytest.mark.parametrize("which", ["home", "english article", "korean article"])
def test_no_horizontal_overflow_on_a_phone(browser, url, site, which):
    path = {
        "home": "",
        "english article": "articles/"
        + next(p.name for p in sorted((site / "articles").iterdir()) if p.name.isascii())
        + "/",
        "korean article": _korean_article(site),
    }[which]
    made = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        page = made.new_page()
        page.goto(url + path)
        page.wait_for_load_state("load")
        wide = page.evaluate(
            """() => [...document.querySelectorAll('article *')]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
                .map(e => e.tagName + '.' + e.className).slice(0, 5)"""
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, wide
        assert wide == []
    finally:
        made.close()


def test_korean_article_is_marked_korean_and_breaks_between_words(context, url, site):
    page = context.new_page()
    page.goto(url + _korean_article(site))
    paragraph = page.locator('[lang="ko"] p[id^="p-"]').first
    expect(paragraph).to_be_visible()
    assert paragraph.evaluate("e => getComputedStyle(e).wordBreak") == "keep-all"
    link = page.locator("article a").first
    assert link.evaluate("e => getComputedStyle(e).overflowWrap") != "anywhere"
    expect(page.locator(".nd-meta")).to_contain_text("차 회의")  # the round, in Korean


def test_article_page_has_reader_furniture_not_editor_tooling(context, url, site):
    page = context.new_page()
    page.goto(url + _korean_article(site))
    article = page.locator("article")
    expect(article).not_to_contain_text("Raw seed text")
    expect(article).not_to_contain_text(".txt")
    expect(page.locator("table.nd-figtable")).to_have_count(0)
    expect(page.locator("ul.nd-figures-list li").first).to_be_visible()
    source = page.locator(".nd-sourcelinks a")
    expect(source).to_have_attribute("href", re.compile(r"raw/.+\.txt$"))
    expect(page.locator(".md-sidebar--secondary .md-nav__list")).to_have_count(0)  # no toc


def test_home_reads_like_news(context, url):
    page = context.new_page()
    page.goto(url)
    kicker = page.locator(".nd-kicker").first
    expect(kicker).to_have_text(re.compile(r"^\d{1,2} [A-Z][a-z]{2} \d{4} · "))
    headline = page.locator(".nd-kicker + h3 a").first
    colour = headline.evaluate("e => getComputedStyle(e).color")
    text = page.evaluate("getComputedStyle(document.querySelector('article')).color")
    assert colour == text  # headlines in the text colour
    expect(page.locator("article")).not_to_contain_text("articles.json")
    expect(page.locator("footer a[href$='articles.json']")).to_be_visible()
    expect(page.locator(".md-footer-meta")).to_have_count(0)  # no empty dark bar
    expect(page.locator(".md-sidebar--secondary")).to_be_hidden()  # no toc of headlines
    h1 = page.locator("article h1")
    assert int(h1.evaluate("e => getComputedStyle(e).fontWeight")) >= 600


def test_no_reader_page_links_to_the_audit(context, url, site):
    page = context.new_page()
    for path in ("", "about/", "timeline/", "browse/", _korean_article(site)):
        page.goto(url + path)
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        assert not [h for h in hrefs if "/audit" in h or "/review" in h], path
    for html in site.rglob("*.html"):
        if html.relative_to(site).parts[0] not in ("audit", "review"):
            assert not re.search(r'href="[^"]*\baudit/', html.read_text(encoding="utf-8")), html
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"location":"audit/' not in index.replace(" ", "")


def test_plain_words():
    assert readable_date(dt.date(2019, 9, 26)) == "26 Sep 2019"
    assert readable_date(dt.date(2019, 9, 26), "ko") == "2019년 9월 26일"
    assert talks_label(1, 11) == "Round 1 of the 11th agreement talks"
    assert talks_label(3, None) == "Round 3 of the talks"
    assert talks_label(None, 12) == "Talks on the 12th agreement"
    assert talks_label(None, None) is None
    assert talks_label(4, 11, "ko") == "제11차 방위비분담 협상 4차 회의"
    assert plain_amount(Figure(960_200_000_000, "KRW", "9천602억원", "")) == "960.2 billion won"
    assert plain_amount(Figure(8.2, "%", "8.2%", "")) == "8.2%"
