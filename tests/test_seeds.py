"""The two real seeds become the pages an editor expects: front matter and body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.pipeline import build

REPO = Path(__file__).resolve().parent.parent


def split_page(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, tuple[dict, str]]:
    docs = tmp_path_factory.mktemp("docs")
    result = build(REPO / "seeds", docs)
    assert not result.warnings, [str(w) for w in result.warnings]
    out = {}
    for page in (docs / "articles").glob("*.md"):
        meta, body = split_page(page)
        out[Path(meta["seed"]).name[:3]] = (meta, body)
    return out


def test_hankyoreh_seed_front_matter(pages):
    meta, _ = pages["000"]
    assert meta["title"] == "S. Korea, US wrap up 1st round of defense cost-sharing negotiations"
    assert meta["subtitle"] == "Exact schedule for next round in US yet to be finalized"
    assert meta["date"] == dt.date(2019, 9, 26)
    assert meta["updated"] == dt.date(2019, 10, 19)
    assert meta["source"] == "The Hankyoreh"
    assert meta["author"] == ["Noh Ji-won"]
    assert (meta["round"], meta["agreement"], meta["location"]) == (1, 11, "Seoul")
    assert [(f["value"], f["unit"], f["text"]) for f in meta["figures"]] == [
        (5000000000, "USD", "US$5 billion")
    ]
    assert "US$5 billion a year" in meta["figures"][0]["context"]
    assert meta["pinned"] == []


def test_yonhap_seed_front_matter_with_pinned_date(pages):
    meta, _ = pages["002"]
    assert meta["title"] == "Korea, US kick off 2nd round of military cost-sharing talks"
    assert meta["subtitle"] is None
    assert meta["date"] == dt.date(2018, 4, 11)
    assert meta["pinned"] == ["date"] and meta["origins"]["date"] == "pinned"
    assert meta["updated"] is None and meta["agreement"] is None
    assert meta["source"] == "Yonhap"
    assert meta["author"] == []
    assert (meta["round"], meta["location"]) == (2, "Jeju")
    assert [(f["value"], f["unit"]) for f in meta["figures"]] == [
        (960000000000, "KRW"),
        (887500000, "USD"),
        (150000000000, "KRW"),
    ]


def test_hankyoreh_body_keeps_story_drops_chrome(pages):
    _, body = pages["000"]
    assert (
        body.count(
            "The first round of negotiations for the 11th Special Measures Agreement take place"
        )
        == 1
    )
    assert 'class="nd-caption"' in body
    assert (
        "Teams of negotiators from South Korea and the "
        "US wrapped up their first meeting on Sept. 25"
    ) in body
    assert (
        "the previous cost\\-sharing negotiations" in body
        or "the previous cost-sharing negotiations" in body
    )
    for chrome in (
        "Posted on :",
        "Please direct comments",
        "english@hani.co.kr",
        "button that move",
        "클릭시",
        "Related stories",
        "Most viewed",
        "By Noh Ji-won, staff reporter",
    ):
        assert chrome not in body, chrome
    assert (
        "26 Sep 2019 · updated 19 Oct 2019 · The Hankyoreh · By Noh Ji-won · "
        "Round 1 of the 11th agreement talks · Seoul" in body
    )


def test_yonhap_body_drops_tail_and_back_to_top(pages):
    meta, body = pages["002"]
    assert "Back To Top" not in body
    assert "(Yonhap)" not in body
    assert "subject to parliamentary approval." in body
    assert "The current arrangement, signed in 2014, is set to expire on Dec. 31." in body
    # The theme links the raw copy (front matter's furniture); the body is the story alone.
    assert meta["furniture"]["source_href"] == f"../../raw/{meta['slug']}.txt"
    assert "](" not in body


def test_seeds_are_never_rewritten(tmp_path):
    before = {p.name: p.read_bytes() for p in (REPO / "seeds").iterdir()}
    build(REPO / "seeds", tmp_path / "docs")
    assert before == {p.name: p.read_bytes() for p in (REPO / "seeds").iterdir()}


def test_timeline_names_the_talks_in_plain_words(tmp_path):
    build(REPO / "seeds", tmp_path)
    timeline = (tmp_path / "timeline.md").read_text(encoding="utf-8")
    assert "Round 1 of the 11th agreement talks" in timeline
    assert "11th agreement ·" not in timeline and "· 11th agreement" not in timeline
