"""bench/dek_check.py's truth: a real page's dek is its meta description printed as a line
between the headline and the story's first words."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from dek_check import printed_dek  # noqa: E402

DEK = "The two sides remain far apart on the total, officials say."
PAGE = f'<html><head><meta property="og:description" content="{DEK}"></head></html>'
BODY = "South Korea and the United States ended a round of talks without a deal.\nMore."
LINES = ["Menu", "Allies end talks without deal", DEK, "By Jane Roe", BODY.split("\n")[0]]


def test_the_description_under_the_headline_is_the_dek():
    assert printed_dek(LINES, "allies end talks without deal", BODY, PAGE) == (True, DEK)


def test_a_description_printed_only_in_the_story_is_no_dek():
    lines = [LINES[1], BODY.split("\n")[0], DEK]
    assert printed_dek(lines, "allies end talks without deal", BODY, PAGE) == (True, None)


def test_a_page_without_its_headline_is_not_judged():
    assert printed_dek(LINES, "another headline", BODY, PAGE) == (False, None)


def test_a_page_without_a_description_prints_no_dek():
    assert printed_dek(LINES, "allies end talks without deal", BODY, "<html></html>") == (
        True,
        None,
    )
