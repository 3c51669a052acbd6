"""A finance site's quote box ('In this article:' over 'USD/JPY', 'JPY=X') and its break
marker ('Story continues') are page furniture: out of the story and the dek, and listed as
dropped; words with a slash in lower case are no tickers. A broadcast transcript's speaker
marks ('[앵커]', '[기자]') are furniture too."""

from __future__ import annotations

import pytest

from generator.clean import clean

HEADLINE = "Japan and US open talks on host-nation support as yen slides"
STORY = [
    "TOKYO (Reuters) - Japan and the United States opened talks on Tuesday on how much Tokyo "
    "pays to host American troops, as a weaker yen raised the cost of the bill, officials said.",
    "The current agreement expires in March and the two sides aim to settle a new one before "
    "then, a foreign ministry official told reporters after the first session.",
    "Officials said the two sides would meet again in Washington next month to continue the "
    "discussion, without giving a date.",
]


def cleaned_page():
    return clean(
        "\n".join(
            [
                HEADLINE,
                "In this article:",
                "USD/JPY",
                "JPY=X",
                "",
                STORY[0],
                "Story continues",
                STORY[1],
                STORY[2],
            ]
        )
    )


def test_the_ticker_box_is_no_dek_and_not_story():
    cleaned = cleaned_page()
    assert cleaned.subtitle is None
    assert not any(p in {"In this article:", "USD/JPY", "JPY=X"} for p in cleaned.paragraphs)


def test_story_continues_is_dropped_and_listed():
    cleaned = cleaned_page()
    assert "Story continues" not in cleaned.paragraphs
    dropped = [ln for ln in cleaned.lines if ln.text == "Story continues"]
    assert dropped and dropped[0].role not in {"story", "paragraph"}


@pytest.mark.parametrize("line", ["and/or", "Yes/No", "usd/jpy", "USD/JPY rose"])
def test_slashed_words_are_no_tickers(line):
    # a lone 'and/or' may still read as a photo credit ('Name/Agency'); it is just no ticker
    cleaned = clean("\n".join([HEADLINE, "", STORY[0], line, STORY[1]]))
    assert [ln.role for ln in cleaned.lines if ln.text == line] != ["page-ui"]


@pytest.mark.parametrize("mark", ["[앵커]", "[기자]", "[Anchor]", "[Reporter]"])
def test_a_transcript_speaker_mark_is_page_furniture(mark):
    cleaned = clean("\n".join([HEADLINE, "", STORY[0], mark, STORY[1], STORY[2]]))
    assert mark not in cleaned.paragraphs
    assert [ln.role for ln in cleaned.lines if ln.text == mark] == ["page-ui"]


def test_a_bracketed_word_in_a_sentence_stays():
    line = "[Reuters] officials said the next session would be held in Washington next month."
    cleaned = clean("\n".join([HEADLINE, "", STORY[0], line, STORY[1]]))
    assert any(line in p for p in cleaned.paragraphs)
