"""The site as a reader uses it, in headless Chromium: open, click through,
search in English and Korean, read the timeline in order, follow a recalled
event to its sentence, read the figures, fetch the feeds, check accessibility
with axe-core in light and dark. Every test fails if the page asks for
anything outside the site or logs a console error; a failing test leaves a
screenshot in tmp/artifacts (or $ARTIFACTS_DIR)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
from conftest import material_search
from playwright.sync_api import expect
from test_site_support import reader_site, watched_pages  # noqa: F401 - the session fixture

PHONE = {"width": 390, "height": 844}
A11Y_PAGES = [
    "",
    "timeline/",
    "figures/",
    "articles/korea-us-kick-off-2nd-round-of-military-cost-sharing-talks/",
]


@pytest.fixture
def reader(browser, request, reader_site):  # noqa: F811
    """Open pages in a fresh desktop context; call reader(viewport=..., scheme=...) for another."""
    yield from watched_pages(browser, request)


def _dates(items: list[str]) -> list[tuple[int, int, int]]:
    return [tuple(int(p) for p in (d.split("-") + ["0", "0"])[:3]) for d in items]


def test_home_to_article_and_through_it(reader, reader_site):  # noqa: F811
    page = reader()
    page.goto(reader_site.url)
    page.get_by_role("link", name=re.compile("Korea, US kick off 2nd round")).first.click()
    expect(page.locator("h1")).to_have_text(
        "Korea, US kick off 2nd round of military cost-sharing talks"
    )
    header = page.locator(".nd-meta")
    for fact in ("11 Apr 2018", "Yonhap", "Round 2 of the talks", "Jeju"):
        expect(header).to_contain_text(fact)
    amounts = page.locator("ul.nd-figures-list")
    expect(amounts).to_contain_text("960 billion won")
    # The raw seed, byte for byte, behind a quiet link.
    raw = page.get_by_role("link", name="Source text", exact=True)
    body = page.request.get(urljoin(page.url, raw.get_attribute("href"))).body()
    assert body == (reader_site.project / "seeds" / "002_772cdbd89f3be6c6.txt").read_bytes()
    # Next in time is later; previous from there comes back.
    page.locator("a.nd-prevnext__next").click()
    later = page.locator(".nd-meta").inner_text().split(" · ")[0]
    assert datetime.strptime(later, "%d %b %Y") >= datetime(2018, 4, 11)
    page.locator("a.nd-prevnext__prev").click()
    expect(page.locator("h1")).to_have_text(re.compile("kick off 2nd round"))


def test_caption_is_styled_as_a_caption(reader, reader_site):  # noqa: F811
    page = reader()
    page.goto(
        reader_site.url
        + "articles/s-korea-us-wrap-up-1st-round-of-defense-cost-sharing-negotiations/"
    )
    caption = page.locator("figure.nd-caption figcaption")
    expect(caption).to_contain_text(
        "The first round of negotiations for the 11th Special Measures Agreement"
    )
    expect(caption.locator(".nd-caption__label")).to_have_text("Photo")
    # Small print, not an italic quote.
    assert caption.evaluate("e => getComputedStyle(e).fontStyle") == "normal"
    story = page.locator('p[id="p-1"]')
    size = lambda e: float(e.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))  # noqa: E731
    assert size(caption) < size(story)


def test_timeline_reads_in_order_and_links_to_recalled_sentences(reader, reader_site):  # noqa: F811
    page = reader()
    page.goto(reader_site.url)
    page.get_by_role("link", name="Timeline", exact=True).first.click()
    page.wait_for_url(re.compile(r"/timeline/$"))
    expect(
        page.locator("ol.nd-timeline time").first
    ).to_be_attached()  # the new page, not the one clicked from
    stamps = page.locator("ol.nd-timeline time").evaluate_all(
        "els => els.map(e => e.getAttribute('datetime'))"
    )
    assert len(stamps) > len(reader_site.articles()) - 1
    assert _dates(stamps) == sorted(_dates(stamps))
    years = page.locator("article h2").all_inner_texts()
    assert years[:-1] == sorted(years[:-1]) and years[-1] == "Undated articles"
    undated = page.locator("ul.nd-undated li")
    expect(undated).to_have_count(1)
    expect(undated).to_contain_text("no year")
    recalled = page.locator("li.nd-recalled").filter(has_text="held last month on Hawaii")
    expect(recalled.locator("time")).to_have_attribute("datetime", "2018-03")
    expect(recalled).to_contain_text("Round 1")
    sentence = recalled.locator("blockquote").inner_text()
    recalled.get_by_role("link").click()
    page.wait_for_url(re.compile(r"/articles/korea-us-kick-off-2nd-round[^#]*#p-\d+"))
    expect(page.locator("p:target")).to_contain_text(sentence)


def test_figures_page_has_an_accessible_chart_and_every_figure(reader, reader_site):  # noqa: F811
    page = reader()
    page.goto(reader_site.url + "figures/")
    chart = page.locator("svg.nd-chart").first
    expect(chart).to_have_attribute("role", "img")
    name = chart.evaluate(
        "e => e.getAttribute('aria-labelledby').split(' ')"
        ".map(id => document.getElementById(id).textContent).join(' ')"
    )
    assert re.search(
        r"(USD|KRW) figures over time \d+ (USD|KRW) amounts from \d{4}-\d\d-\d\d", name
    ), name
    marks = chart.locator(".nd-mark").count()
    summary = page.locator("table.nd-summary").first.locator("tbody tr")
    assert marks > 1 and 0 < summary.count() <= marks  # one row per year and measure
    every = page.locator("table.nd-figures:not(.nd-summary)").last.locator("tbody tr")
    expected = sum(len(a["figures"]) for a in reader_site.articles())
    expect(every).to_have_count(expected)
    won = every.filter(has_text="1조389억원")
    expect(won).to_contain_text("1,038,900,000,000 KRW")
    won.get_by_role("link").click()
    expect(page.locator("p:target")).to_contain_text("1조389억원")


@pytest.mark.parametrize(
    "query, expected", [("Jeju", "Jeju"), ("Hawaii", "Hawaii"), ("방위비", "방위비")]
)
def test_search_finds_english_and_korean_words(reader, reader_site, query, expected):  # noqa: F811
    page = reader()
    page.goto(reader_site.url + "about/")
    results = material_search(page, query)
    expect(results.filter(has_text=expected).first).to_be_visible()
    results.filter(has_text=expected).first.locator("a").first.click()
    expect(page.locator("article")).to_contain_text(expected)


def _feed_links(page) -> dict[str, str]:
    links = page.locator("head link[rel=alternate]").evaluate_all(
        "els => els.map(e => [e.type, e.href])"
    )
    return dict(links)


def test_feeds_are_linked_from_every_page_and_parse(reader, reader_site):  # noqa: F811
    page = reader()
    dated = sorted(
        (a for a in reader_site.articles() if a["date"]),
        key=lambda a: (a["date"], a["slug"]),
        reverse=True,
    )
    # Newest added first (the seed's file time here: no git, no earlier build), then by date.
    dated.sort(key=lambda a: -int((reader_site.project / a["seed"]).stat().st_mtime))
    by_url = {urljoin(reader_site.url, a["url"]): a for a in dated}
    for path in A11Y_PAGES:
        page.goto(reader_site.url + path)
        links = _feed_links(page)
        assert set(links) == {"application/atom+xml", "application/feed+json"}, links
    atom = page.request.get(links["application/atom+xml"])
    parsed = feedparser.parse(
        atom.body(),
        response_headers={
            "content-type": atom.headers["content-type"],
            "content-location": atom.url,
        },
    )
    assert not parsed.bozo, parsed.bozo_exception
    assert [e.link for e in parsed.entries] == [urljoin(reader_site.url, a["url"]) for a in dated]
    for entry in parsed.entries:
        assert entry.published.startswith(by_url[entry.link]["date"])
    items = json.loads(page.request.get(links["application/feed+json"]).text())["items"]
    assert [i["url"] for i in items] == [e.link for e in parsed.entries]
    assert [i["date_published"][:10] for i in items] == [a["date"] for a in dated]


def test_dataset_is_linked_from_home(reader, reader_site):  # noqa: F811
    page = reader()
    page.goto(reader_site.url)
    data = page.request.get(
        urljoin(page.url, page.get_by_role("link", name="articles.json").get_attribute("href"))
    )
    assert len(data.json()["articles"]) == len(reader_site.articles())
    csv_text = page.request.get(
        urljoin(page.url, page.get_by_role("link", name="figures.csv").first.get_attribute("href"))
    ).text()
    assert csv_text.splitlines()[0].startswith("date,value,unit,as_printed,sentence")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(reader, reader_site, scheme):  # noqa: F811
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = reader(scheme=scheme)
    found = {}
    for path in A11Y_PAGES:
        page.goto(reader_site.url + path)
        page.wait_for_load_state("networkidle")
        violations = axe.run(page).response["violations"]
        bad = [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in violations
            if v["impact"] in ("serious", "critical")
        ]
        if bad:
            found[path or "home"] = bad
    assert found == {}, json.dumps(found, indent=1)


def test_keyboard_reaches_and_opens_an_article(reader, reader_site):  # noqa: F811
    page = reader()
    page.goto(reader_site.url)
    for _ in range(60):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement.getAttribute('href') || ''")
        if "articles/" in href:
            break
    else:
        pytest.fail("no article link reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/articles/[^/]+/$"))
    expect(page.locator("h1")).to_be_visible()


def test_works_offline_once_loaded(reader, reader_site):  # noqa: F811
    page = reader()
    page.goto(reader_site.url)
    material_search(page, "Seoul")  # the search index is fetched on first use
    search = page.locator("input.md-search__input")
    page.context.set_offline(True)
    search.fill("Hawaii")
    expect(page.locator(".md-search-result__item").filter(has_text="Hawaii").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator("label[title='Switch to dark mode']:visible").click()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"


@pytest.mark.parametrize("path", ["", "timeline/", "figures/", "articles/a-costly-peace-of-mind/"])
def test_pages_fit_a_phone(reader, reader_site, path):  # noqa: F811
    page = reader(viewport=PHONE)
    page.goto(reader_site.url + path)
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths


def test_every_article_has_parseable_news_article_json_ld(reader_site):  # noqa: F811
    for article in reader_site.articles():
        html = reader_site.html(article["url"].rstrip("/"))
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert len(blocks) == 1, article["slug"]
        data = json.loads(blocks[0])
        assert data["@type"] == "NewsArticle" and data["headline"] == article["title"]
        assert data.get("datePublished") == article["date"]
        raw = urljoin(reader_site.url + article["url"], data["isBasedOn"])
        assert (reader_site.site / urlsplit(raw).path.lstrip("/")).is_file()
        assert '<meta property="og:title" content=' in html


def test_sitemap_lists_every_page_with_its_article_date(reader_site):  # noqa: F811
    text = (reader_site.site / "sitemap.xml").read_text(encoding="utf-8")
    for article in reader_site.articles():
        loc = f"<loc>{reader_site.url}{article['url']}</loc>"
        assert loc in text, loc
        if article["date"]:
            stamp = article["updated"] or article["date"]
            assert re.search(re.escape(loc) + r"\s*<lastmod>" + stamp + "</lastmod>", text), loc
