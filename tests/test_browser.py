"""The built site in a real headless Chromium, as a reader would use it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    outside: list[str] = []

    def _watch(request):
        if not request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            outside.append(request.url)

    page.on("request", _watch)
    try:
        yield page
    finally:
        context.close()
    assert outside == [], f"the page asked for outside addresses: {outside}"


def test_home_page_leads_to_an_article(page, site_url):
    page.goto(site_url)
    expect(page).to_have_title(re.compile("SMA Talks Digest"))
    link = page.locator("article a[href*='articles/']").filter(
        has_text=re.compile(r"1st round", re.IGNORECASE)
    )
    expect(link.first).to_be_visible()
    link.first.click()
    page.wait_for_url(re.compile(r"/articles/[^/]+/$"))
    content = page.locator("article")
    expect(content).to_contain_text("26 Sep 2019")
    expect(content).to_contain_text("The Hankyoreh")
    expect(content).to_contain_text("Special Measures Agreement")


def test_home_page_fits_a_phone(browser, site_url):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=3,
        is_mobile=True,
        has_touch=True,
    )
    try:
        page = context.new_page()
        page.goto(site_url)
        page.wait_for_load_state("load")
        widths = page.evaluate(
            "() => ({doc: document.documentElement.scrollWidth,"
            " body: document.body.scrollWidth, view: window.innerWidth})"
        )
        assert widths["view"] == 390
        assert widths["doc"] <= widths["view"], widths
        assert widths["body"] <= widths["view"], widths
    finally:
        context.close()
