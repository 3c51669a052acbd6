"""Reader pages: figures placed at the year they refer to and split by what they measure,
paged place pages, one name per place, plurals, feeds in the order seeds were added with
the stamp's time of day and no outlet as author, absolute JSON-LD links, no local path in
anything published, and no page wider than a phone (real MkDocs build, headless Chromium)."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO, make_project, mkdocs_build, serving

from generator.extract.figures import extract, year_of
from generator.extract.stamptime import stamp_times
from generator.pipeline import build
from generator.site import listing, timeline
from generator.site.figures_page import measure
from generator.site.jsonld import with_absolute_links

PHONE = {"width": 390, "height": 844}


def _figure(sentence: str, printed: str):
    return next(f for f in extract([sentence]) if f.text == printed)


@pytest.mark.parametrize(
    "sentence, printed, year",
    [
        (
            "Seoul's share has grown from 150 billion won in 1991 when the deal began.",
            "150 billion won",
            1991,
        ),
        (
            "Seoul is paying 1.18 trillion won ($1 billion) this year, the ministry said.",
            "1.18 trillion won",
            None,
        ),
        ("It paid 920 billion won in 2014 and 960 billion won in 2018.", "960 billion won", 2018),
        ("It paid 920 billion won in 2014 and 960 billion won in 2018.", "920 billion won", 2014),
        ("In 2019, Seoul paid 1.04 trillion won.", "1.04 trillion won", 2019),
        ("한국은 2019년 1조389억원을 부담했다.", "1조389억원", 2019),
        ("Talks resumed in 2019, and Seoul offered $1 billion.", "$1 billion", None),
    ],
)
def test_a_figure_refers_to_the_year_of_its_clause(sentence, printed, year):
    assert year_of(_figure(sentence, printed)) == year


@pytest.mark.parametrize(
    "sentence, printed, kind",
    [
        (
            "Washington has reportedly asked for $5 billion a year, more than Seoul can afford.",
            "$5 billion",
            "asked",
        ),
        ("The US asked Seoul to pay $5 billion a year.", "$5 billion", "asked"),
        (
            "The costs of US Forces Korea come to about US$5 billion a year.",
            "US$5 billion",
            "asked",
        ),
        (
            "Seoul is paying 1.18 trillion won this year, far below what the US demands.",
            "1.18 trillion won",
            "share",
        ),
        (
            "한국은 올해 8천695억원을 부담하고 있으며, 미국은 대폭 증액을 요구하고 있다.",
            "8천695억원",
            "share",
        ),
        ("Exports rose to $60 billion.", "$60 billion", "other"),
    ],
)
def test_a_figure_is_sorted_by_what_it_measures(sentence, printed, kind):
    assert measure(_figure(sentence, printed)) == kind


@pytest.mark.parametrize(
    "line, printed",
    [
        (
            "Posted on : 2019-09-26 17:10 KST Modified on : 2019-10-19 20:29 KST",
            ["17:10:00+09:00", "20:29:00+09:00"],
        ),
        ("송고시간 2014-01-27 11:47", ["11:47:00+09:00"]),
        ("Updated: Nov 19, 2019 5:30 p.m. ET", ["17:30:00-05:00"]),
        ("Published 12:05 am (GMT+1)", ["00:05:00+01:00"]),
        ("2019-01-01 10:00 +0530", ["10:00:00+05:30"]),
        ("Score 3:2 in 2019, 25:61 minutes", []),
    ],
)
def test_stamp_times_keep_the_time_and_its_zone(line, printed):
    assert [t.isoformat() for t in stamp_times(line)] == printed


def test_counts_say_one_event_and_two_events():
    assert [listing.counted(n, "event") for n in (1, 2, 1460)] == [
        "1 event",
        "2 events",
        "1,460 events",
    ]


def test_json_ld_links_are_made_full_against_the_page():
    data = {"isBasedOn": "../../raw/a.txt", "headline": "../x"}
    full = with_absolute_links(data, "https://example.org/digest/articles/a/")
    assert full == {"isBasedOn": "https://example.org/digest/raw/a.txt", "headline": "../x"}


# ---- builds of the project's own seeds, in process -----------------------------


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "outside" / "my seeds"
    shutil.copytree(REPO / "seeds", folder)
    return folder


def _feed(docs: Path) -> list[dict]:
    return json.loads((docs / "feed.json").read_text(encoding="utf-8"))["items"]


def test_an_absolute_seeds_path_is_never_published(tmp_path, seeds, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)  # the seeds folder lies outside the project
    build(seeds.resolve(), project / "docs", cache_dir=None)
    data = (project / "docs" / "articles.json").read_text(encoding="utf-8")
    published = [a["seed"] for a in json.loads(data)["articles"]]
    assert published and all(s.startswith("my seeds/") for s in published), published
    for page in (project / "docs").rglob("*"):
        if page.is_file() and page.suffix in (".md", ".json", ".xml", ".csv"):
            assert str(tmp_path) not in page.read_text(encoding="utf-8"), page


def test_feeds_put_an_older_article_added_last_first(tmp_path, seeds):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    older = seeds / "002_772cdbd89f3be6c6.txt"  # dated 2018, the other 2019
    kept = tmp_path / older.name
    shutil.move(older, kept)
    build(seeds, docs, cache_dir=cache)
    assert [i["date_published"][:4] for i in _feed(docs)] == ["2019"]
    shutil.move(kept, older)
    os.utime(older, (2_000_000_000, 2_000_000_000))  # added after the other
    build(seeds, docs, cache_dir=cache)
    first = _feed(docs)
    assert [i["date_published"][:4] for i in first] == ["2018", "2019"]
    atom = (docs / "feed.xml").read_text(encoding="utf-8")
    assert atom.index("2018-04-11") < atom.index("2019-09-26")
    os.utime(older, (1_000_000_000, 1_000_000_000))  # a file time moved back: still added last
    other = seeds / "000_add4c825ff46f3cb.txt"
    story = other.read_text(encoding="utf-8")
    other.write_text(story.replace("Teams of negotiators", "One more line. Teams of negotiators"))
    build(seeds, docs, cache_dir=cache)  # the feeds are made again: an article changed
    again = _feed(docs)
    assert "One more line" in again[1]["content_text"]
    assert [i["id"] for i in again] == [i["id"] for i in first]


def test_feeds_keep_the_stamp_time_and_name_no_outlet(tmp_path, seeds):
    docs = tmp_path / "docs"
    build(seeds, docs, cache_dir=None)
    items = {i["date_published"][:10]: i for i in _feed(docs)}
    assert items["2019-09-26"]["date_published"] == "2019-09-26T17:10:00+09:00"
    assert items["2019-09-26"]["date_modified"] == "2019-10-19T20:29:00+09:00"
    assert [a["name"] for a in items["2019-09-26"]["authors"]] == ["Noh Ji-won"]
    wire = items["2018-04-11"]  # Yonhap copy, no byline; its date pinned by hand: no time
    assert "authors" not in wire and wire["date_published"] == "2018-04-11T00:00:00Z"
    assert "<name>Yonhap" not in (docs / "feed.xml").read_text(encoding="utf-8")


def test_a_state_folds_into_the_one_city_of_it_the_site_names(tmp_path, seeds):
    result = build(seeds, tmp_path / "docs", cache_dir=None)
    one = result.articles[0]

    def at(place: str, text: str = "") -> object:
        cleaned = dataclasses.replace(one.cleaned, paragraphs=[text or "Talks went on."])
        return dataclasses.replace(
            one, meta=dataclasses.replace(one.meta, location=place), cleaned=cleaned
        )

    articles = [at("Honolulu"), at("Honolulu"), at("Hawaii"), at("Texas"), at("Seoul")]
    places = listing.groups(articles)["places"]
    assert {page: (name, len(group)) for page, (name, group) in places.items()} == {
        "places/honolulu": ("Honolulu", 3),
        "places/texas": ("Texas", 1),
        "places/seoul": ("Seoul", 1),
    }
    two_cities = [
        at("Los Angeles"),
        at("San Francisco"),
        at("California"),
        at("California", "In San Francisco"),
    ]
    pages = {p: len(g) for p, (_, g) in listing.groups(two_cities)["places"].items()}
    assert pages == {"places/los-angeles": 1, "places/san-francisco": 2, "places/california": 1}


def test_no_page_says_one_events(tmp_path, seeds, monkeypatch):
    monkeypatch.setattr(timeline, "INLINE_EVENTS", 0)  # the year list, as at many seeds
    build(seeds, tmp_path / "docs", cache_dir=None)
    text = (tmp_path / "docs" / "timeline.md").read_text(encoding="utf-8")
    counts = re.findall(r"\((\d+) (events?)\)", text)
    assert counts and all((n == "1") == (word == "event") for n, word in counts), counts


# ---- a real MkDocs build of synthetic seeds, enough for paged place pages --------


@pytest.fixture(scope="module")
def bench_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("bench"))
    shutil.rmtree(project / "seeds")
    made = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "make_seeds.py"),
            "--n",
            "300",
            str(project / "seeds"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    site = project / "site"
    env = {**os.environ, "SITE_URL": "http://127.0.0.1:1/digest/", "NO_MKDOCS_2_WARNING": "1"}
    done = mkdocs_build(project, strict=False, site=site, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    with serving(site) as base:
        yield site, base


def _largest_place(site: Path) -> str:
    """The place with the most listing pages ('seoul' for seoul/, seoul-2/ ...)."""
    bases = Counter(re.sub(r"-\d+$", "", p.name) for p in (site / "places").iterdir() if p.is_dir())
    return bases.most_common(1)[0][0]


def test_json_ld_is_based_on_a_full_address(bench_site):
    site, _ = bench_site
    page = next((site / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    found = re.search(r'"isBasedOn": ?"([^"]+)"', page)
    assert found and found.group(1).startswith("http://127.0.0.1:1/digest/raw/"), found


def test_place_pages_are_paged_and_nothing_is_wider_than_a_phone(bench_site, browser):
    site, url = bench_site
    place = _largest_place(site)
    assert (site / "places" / f"{place}-1").is_dir(), sorted(
        p.name for p in (site / "places").iterdir()
    )
    year = sorted(p.name for p in (site / "figures").iterdir() if p.is_dir())[-1]
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        for path in (
            "figures/",
            f"figures/{year}/",
            "timeline/",
            f"places/{place}/",
            f"places/{place}-1/",
        ):
            page.goto(url + path)
            wide = page.evaluate(
                "() => [...document.querySelectorAll('.md-content *')]"
                ".filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                ".map(e => e.tagName + '.' + e.className).slice(0, 3)"
            )
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert wide == [] and width <= PHONE["width"], (path, wide, width)
        page.goto(url + f"places/{place}-1/")  # the oldest part: a way to newer ones
        assert page.get_by_role("link", name="Newer").count() == 2
        page.goto(url + "figures/")
        sizes = page.evaluate(
            "() => [...document.querySelectorAll('svg.nd-chart')].map(svg => {"
            " const tick = svg.querySelector('.nd-tick:not(.nd-minor)');"
            " const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
            " return parseFloat(getComputedStyle(tick).fontSize) * scale; })"
        )
        assert sizes and min(sizes) >= 12, sizes
        inside = page.evaluate(
            "() => [...document.querySelectorAll('svg.nd-chart text')].every(t => {"
            " const b = t.getBoundingClientRect(), s = t.ownerSVGElement.getBoundingClientRect();"
            " return getComputedStyle(t).display === 'none'"
            " || (b.left >= s.left - 1 && b.right <= s.right + 1); })"
        )
        assert inside
    finally:
        context.close()


def test_home_status_names_a_current_amount_not_a_historical_one():
    from datetime import date
    from pathlib import Path

    from generator.model import Article, Cleaned, Figure, Metadata, Seed
    from generator.site.listing import story_status

    old = "Seoul's contribution has grown from 150 billion won in 1991, when the allies signed."
    now = "Seoul is paying 920 billion won this year under the current arrangement."
    article = Article(
        seed=Seed(path=Path("seeds/a.txt"), raw=b"", pinned={}),
        cleaned=Cleaned(paragraphs=[old, now]),
        meta=Metadata(
            title="Talks",
            date=date(2018, 4, 11),
            figures=[
                Figure(150_000_000_000, "KRW", "150 billion won", old),
                Figure(920_000_000_000, "KRW", "920 billion won", now),
            ],
        ),
        slug="talks",
    )
    (status, _) = story_status([article])
    assert "**Latest figure:** [920 billion won](articles/talks.md)" in status
