"""Long runs of one token (a pasted table, a spam block, a keyboard held down) must not
make any stage slow down faster than the text grows: each seed here is ~60 KB and must
go through decode, clean and extract in a few seconds (a quadratic regex or overlap
check took minutes on some of them)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from generator.model import Seed
from generator.process import FAILED, process

TOKENS = [
    "a",
    "A ",
    "A. ",
    "( ",
    "(a ",
    "[A ",
    "A, ",
    "1 ",
    "1,",
    "$1 ",
    "₩1 ",
    "1 won ",
    "1% ",
    "#a ",
    "by A ",
    "Photo: ",
    "-- ",
    "Seoul, ",
    "Sept. 1 ",
    "2019-",
    "round ",
    "1st ",
    "1 billion ",
    "| ",
    "@a.",
    "ⓒ ",
    "(Yonhap) ",
    ". ",
    "Mr. ",
    "一 ",
    "1억 ",
    "1조 ",
    "3천만 ",
    "방위비 ",
    "&amp;",
    "<b>",
    '"A" ',
    "1991. ",
    "\u200b",
    "\u00a0",
]
LINE = 20_000  # characters


def _seed(token: str) -> Seed:
    line = token * (LINE // len(token))
    text = "\n".join(
        ["Headline about the talks in Seoul today", line, *[token * 8] * 1000, line + "."]
    )
    return Seed(path=Path("seeds/long.txt"), raw=text.encode("utf-8"), pinned={})


@pytest.fixture(scope="module", autouse=True)
def warm():
    process(
        Seed(
            Path("w.txt"),
            b"Warm-up headline for the talks\nA sentence of the story, officials said.",
            {},
        )
    )


@pytest.mark.parametrize("token", TOKENS)
def test_long_runs_of_one_token_stay_fast(token):
    started = time.monotonic()
    _, problems = process(_seed(token), "seeds/long.txt")
    took = time.monotonic() - started
    assert took < 4, f"{token!r}: {took:.1f} s"
    assert not [p for p in problems if FAILED in p.message]


@pytest.mark.parametrize(
    "token", ["in 2014 ", "last month ", "March 2019 ", "1억 원 ", "$5 billion "]
)
def test_whole_build_stays_fast_on_long_runs_of_dates_and_amounts(token, tmp_path):
    """The site stages too (recalled events for the timeline, figures, listings)."""
    from generator.pipeline import build

    (tmp_path / "seeds").mkdir()
    line = token * (30_000 // len(token))
    (tmp_path / "seeds" / "long.txt").write_text(
        "\n".join(
            [
                "Headline about the talks in Seoul today",
                "Posted on : 2019-09-26 17:10 KST",
                line + ".",
            ]
        )
    )
    started = time.monotonic()
    result = build(tmp_path / "seeds", tmp_path / "docs", workers=1)
    assert time.monotonic() - started < 5, token  # a quadratic stage took 11 s here
    assert len(result.articles) == 1
