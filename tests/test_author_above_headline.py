"""A menu item or section name shaped like a name ('Travel Notes'), right above the headline, is
no author; a byline above the headline that says so ('By', a job, a stamp) still is."""

from __future__ import annotations

import pytest
from conftest import TALKS_HEADLINE, TALKS_STORY

from generator.clean import clean
from generator.extract import author

HEADLINE, STORY = TALKS_HEADLINE, TALKS_STORY


def authors(*header: str) -> list[str]:
    return author.choose(clean("\n".join([*header, "", *STORY]))).value


@pytest.mark.parametrize("label", ["Travel Notes", "Middle East", "Hometown Hockey"])
def test_a_section_name_above_the_headline_is_no_author(label):
    assert authors("World", label, HEADLINE, "Posted : 2018-12-14 17:01") == []


def test_a_byline_above_the_headline_is_still_the_author():
    assert authors("World", "By Jane Roe", HEADLINE, "Posted : 2018-12-14 17:01") == ["Jane Roe"]


def test_a_bare_name_under_the_headline_is_still_the_author():
    assert authors("World", HEADLINE, "Jane Roe", "Posted : 2018-12-14 17:01") == ["Jane Roe"]
