"""Confidence per field, the front matter's `review` list and the editor's Review page."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml
from conftest import make_project, mkdocs_build, serving
from playwright.sync_api import expect

from generator.clean import clean
from generator.extract import extract
from generator.pipeline import build
from generator.site.review import REVIEW_MD, sidecar_line

LEAD = (
    "Negotiators from the two countries ended their second round of talks in Seoul on "
    "Thursday without narrowing their differences, officials said."
)
MORE = (
    "The talks will resume next month in Washington, the foreign ministry said in a "
    "statement released after the meeting ended late on Thursday evening."
)
# A headline with markup, no date stamp (the date is a guess: low), a sure byline.
HOSTILE = "\n".join(
    [
        "<script>window.pwned = 1</script> Allies end *second* round [of talks](javascript:x)",
        "",
        "By Jane Roe, staff reporter",
        "",
        LEAD,
        "",
        MORE,
        "",
        MORE.replace("Thursday", "Friday"),
    ]
)


def test_every_chooser_rates_its_field():
    meta, _ = extract(clean(HOSTILE), "seed.txt")
    assert set(meta.confidence) >= {"title", "date", "source", "author", "location"}
    assert set(meta.confidence.values()) <= {"high", "low"}
    assert meta.author == ["Jane Roe"] and meta.confidence["author"] == "high"
    assert meta.date is None and meta.confidence["date"] == "low"


def test_a_stamp_beside_the_lead_is_sure_and_a_list_of_dates_is_not():
    sure = "\n".join(["Allies end second round", "Published: Nov. 19, 2019", "", LEAD, MORE, MORE])
    meta, _ = extract(clean(sure), "seed.txt")
    assert meta.date == date(2019, 11, 19) and meta.confidence["date"] == "high"
    listed = "\n".join(
        ["Allies end second round", "Other talks", "May 2, 2016", "Older talks", "June 5, 2015"]
        + ["Old talks", "July 30, 2010", LEAD, MORE, MORE]
    )
    meta, _ = extract(clean(listed), "seed.txt")
    assert meta.confidence["date"] == "low"


@pytest.mark.parametrize(
    "field, value, line",
    [
        ("date", date(2019, 11, 19), "date: 2019-11-19"),
        ("date", None, "date: YYYY-MM-DD"),
        ("title", 'Say "no": talks', 'title: "Say \\"no\\": talks"'),
        ("author", ["Jane Roe", "Kim Min-jun"], 'author: ["Jane Roe", "Kim Min-jun"]'),
    ],
)
def test_sidecar_line_is_yaml_that_pins_the_value(field, value, line):
    assert sidecar_line(field, value) == line
    if value is not None:
        assert yaml.safe_load(line) == {field: value}


def _front(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def test_review_lists_low_fields_but_never_pinned_ones(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "001_talks.txt").write_text(HOSTILE, encoding="utf-8")
    (seeds / "002_pinned.txt").write_text(HOSTILE.replace("second", "third"), encoding="utf-8")
    (seeds / "002_pinned.yml").write_text("date: 2019-11-21\n", encoding="utf-8")
    build(seeds, docs)
    pages = {_front(p)["seed"].rsplit("/", 1)[-1]: _front(p) for p in docs.glob("articles/*.md")}
    assert "date" in pages["001_talks.txt"]["review"]
    assert "date" not in pages["002_pinned.txt"]["review"]
    assert pages["002_pinned.txt"]["confidence"]["author"] == "high"
    review = (docs / REVIEW_MD).read_text(encoding="utf-8")
    assert _front(docs / REVIEW_MD)["search"] == {"exclude": True}
    assert "date: YYYY-MM-DD" in review and "date: 2019-11-21" not in review
    assert "<script>" not in review and "&lt;script&gt;" in review
    assert "[of talks\\](javascript:x)" in review  # the bracket escaped: no link
    assert "review/index.md" in (docs / "audit.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def review_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("review"))
    # dated, so the strict build has no warning; its source stays unknown (low)
    dated = HOSTILE.replace("By Jane Roe", "Published: Nov. 19, 2019\nBy Jane Roe")
    (project / "seeds" / "900_hostile.txt").write_text(dated, encoding="utf-8")
    result = mkdocs_build(project, strict=True)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as base:
        yield base


def test_review_page_in_chromium(browser, review_site):
    page = browser.new_page()
    try:
        page.goto(review_site + "audit/")
        page.get_by_role("link", name="Review").first.click()
        page.wait_for_url(re.compile(r"/review/$"))
        content = page.locator("article")
        expect(content).to_contain_text("<script>window.pwned = 1</script>")  # as text
        assert page.evaluate("window.pwned") is None
        assert content.locator("a[href^='javascript']").count() == 0
        expect(content.locator("td", has_text="source: ...").first).to_be_visible()
        # hidden from readers: not in the home page's navigation
        page.goto(review_site)
        assert page.locator("nav a[href*='review']").count() == 0
        # each listed article opens
        page.goto(review_site + "review/")
        content.locator("h2 a").first.click()
        page.wait_for_url(re.compile(r"/articles/[^/]+/$"))
    finally:
        page.close()


def test_review_parts_do_not_depend_on_how_many_there_are():
    """Under make serve a seed added at the end must re-render one part, not every one."""
    from pathlib import Path

    from generator.model import Seed
    from generator.process import process
    from generator.site import review

    story = "Negotiators from the two countries met again in Seoul on Tuesday to talk costs."
    undated = [  # no date stamp: the date is a guess, so every one is on the Review page
        process(Seed(Path(f"{n:04d}.txt"), f"Talks, day {n}\n\n{story}\n".encode(), {}))[0]
        for n in range(2 * review.REVIEW_PART + 2)
    ]
    before, after = review.review_pages(undated[:-1]), review.review_pages(undated)
    changed = sorted(name for name in after if before.get(name) != after[name])
    assert changed == [review.REVIEW_MD, "review/part-003.md"]
    assert "## [" not in after[review.REVIEW_MD]  # the index lists no article itself
