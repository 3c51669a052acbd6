"""A dek is the line under the headline that the rest of the header follows: a photo with its
caption and credit, a newsletter box, the byline and stamp. Patterns of real pages (NYT, NBC,
Vox Media, Wired, Spokesman-Review), written here with other words."""

from __future__ import annotations

from conftest import TALKS_HEADLINE, TENTH_ROUND_LEAD, TENTH_ROUND_STORY

from generator.clean import clean

HEADLINE, LEAD, STORY = TALKS_HEADLINE, TENTH_ROUND_LEAD, TENTH_ROUND_STORY[:2]
DEK = "The two sides remain far apart on Seoul's share, officials say."
BYLINE = "By Jane Roe"
STAMP = "Nov. 19, 2019, 8:41 AM UTC"


def cleaned(*header: str):
    return clean("\n".join(["Home", HEADLINE, *header, "", *STORY]))


def role_of(out, text: str) -> str:
    return next(ln.role for ln in out.lines if ln.text == text)


def test_dek_above_a_caption_with_its_credit_on_two_lines():
    caption = "Negotiators at the foreign ministry in Seoul last week."
    out = cleaned(DEK, caption, "Credit...", "Jin Park/The Daily Paper", BYLINE)
    assert out.subtitle == DEK
    assert role_of(out, caption) == "caption"
    assert role_of(out, "Credit...") == "photo-credit"
    assert role_of(out, "Jin Park/The Daily Paper") == "photo-credit"
    assert out.paragraphs[0] == LEAD


def test_dek_above_a_newsletter_box_and_the_stamp():
    out = cleaned(
        DEK,
        "Breaking News Emails",
        "Get breaking news alerts and special reports, delivered weekday mornings.",
        "SUBSCRIBE",
        STAMP,
        BYLINE,
    )
    assert out.subtitle == DEK
    assert out.paragraphs[0] == LEAD


def test_two_unknown_lines_under_a_sentence_leave_it_in_the_story():
    # Prose followed by more than one heading is not a header: nothing says the story has not begun.
    out = cleaned(DEK, "Breaking News Emails", "Daily Briefing", LEAD)
    assert out.subtitle != DEK


def test_dek_under_a_comment_count():
    out = cleaned("New, 6 comments", DEK, f"{BYLINE} Nov 18, 2019, 11:47am EST")
    assert out.subtitle == DEK


def test_count_after_the_byline_is_no_licence_for_a_dek():
    # Under the byline and stamp, a sentence before the lead is the anchor's or the lead's.
    out = cleaned(BYLINE, STAMP, "Share", DEK)
    assert out.subtitle is None


def test_dek_under_the_headline_keeps_a_bare_credit_for_its_photo():
    credit = "Photograph: Jin Park/Getty Images"
    out = cleaned(DEK, credit)
    assert out.subtitle == DEK


def test_line_over_a_bare_credit_further_down_is_a_caption():
    out = cleaned(BYLINE, STAMP, "Soccer ball on grass", "Jupiterimages, Getty Images/Creatas RF")
    assert out.subtitle is None
    assert role_of(out, "Soccer ball on grass") == "caption"


def test_caption_credited_to_a_web_site_is_no_dek():
    caption = "Posters from the ministry's campaign. (example.org)"
    out = cleaned(STAMP, caption, BYLINE)
    assert out.subtitle is None
    assert role_of(out, caption) == "caption"


def test_dek_above_a_name_with_the_reporters_handle():
    out = cleaned(DEK, "Jin Park @jinpark_news")
    assert out.subtitle == DEK
    assert role_of(out, "Jin Park @jinpark_news") == "byline"


def test_dek_above_a_dateline_and_stamp_in_parts():
    stamp = "New Delhi, Staff Bureau | Updated : 19 November 2019, 09:01 AM"
    out = cleaned(DEK, stamp)
    assert out.subtitle == DEK
    assert role_of(out, stamp) == "stamp"


def test_dek_printed_again_in_the_story_is_still_the_dek():
    out = clean("\n".join(["Home", HEADLINE, DEK, BYLINE, STAMP, "", *STORY, DEK, "More text."]))
    assert out.subtitle == DEK


def test_short_line_printed_twice_under_the_headline_is_no_dek():
    line = "Reuters, Washington,"
    out = clean("\n".join(["Home", HEADLINE, line, STAMP, *STORY, line]))
    assert out.subtitle is None


def test_dek_in_a_synopsis_box():
    out = cleaned("Synopsis", DEK, BYLINE, STAMP)
    assert out.subtitle == DEK


def test_dek_over_a_photo_over_a_dateline_lead():
    caption = "Delegates at the talks in Geneva. — Photo moit.gov.vn"
    lead = (
        "HÀ NỘI — Việt Nam and the bloc ended a 16th round of talks in Geneva, the ministry said."
    )
    out = clean("\n".join(["Home", HEADLINE, STAMP, DEK, caption, lead, *STORY[1:]]))
    assert out.subtitle == DEK
    assert role_of(out, caption) == "caption"
    assert out.paragraphs[0] == lead


def test_a_caption_right_over_a_dateline_lead_is_no_dek():
    caption = "The defence minister (C) attends the second round of talks in Istanbul on Monday."
    lead = "ISTANBUL — Russian and Ukrainian delegations agreed on Monday to swap prisoners."
    out = clean("\n".join(["Home", HEADLINE, BYLINE, caption, lead, *STORY[1:]]))
    assert out.subtitle is None


def test_caption_credited_after_a_bar_is_a_caption():
    caption = "The minister has said Tokyo already pays its share. | Jin Park/AP"
    out = cleaned(DEK, caption, BYLINE)
    assert out.subtitle == DEK
    assert role_of(out, caption) == "caption"
