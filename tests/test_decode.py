"""Decoding: every encoding a pasted article arrives in ends up as the same clean text."""

from __future__ import annotations

import codecs

import pytest

from generator.decode import DecodeError, decode, normalise

ENGLISH = "Seoul’s negotiators met in Jeju — talks resume on Nov. 5.\nBy Kim Min-jun\n"
KOREAN = (
    "한미 방위비 4차 회의 제주서 개최\n(제주=연합뉴스) "
    "김민준 기자 = 한국과 미국은 18일 회의를 열었다.\n"
)


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (ENGLISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16"),
        (ENGLISH.encode("utf-16-le"), "utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom"],
)
def test_unicode_encodings_give_the_same_text(raw, encoding):
    decoded = decode(raw)
    assert decoded.text == ENGLISH
    assert decoded.encoding == encoding


@pytest.mark.parametrize("codec", ["cp949", "euc-kr", "utf-16-le", "utf-8-sig"])
def test_korean_text_in_korean_code_pages(codec):
    raw = (KOREAN * 3).encode(codec)
    decoded = decode(raw)
    assert decoded.text == KOREAN * 3
    assert "제주" in decoded.text


def test_cp949_only_characters_survive():
    # 똠 and 뷁 exist in cp949 (Unified Hangul Code) but not in plain EUC-KR.
    text = "똠얌꿍 가게 주인이 뷁 소리를 냈다는 기사입니다. " * 4
    assert decode(text.encode("cp949")).text == text


def test_crlf_and_old_mac_line_ends_become_newlines():
    assert decode(b"Title\r\nLead one.\rLead two.\n").text == "Title\nLead one.\nLead two.\n"


@pytest.mark.parametrize(
    "pasted, expected",
    [
        ("Seoul&#8217;s share", "Seoul’s share"),
        ("US&nbsp;$5&nbsp;billion", "US $5 billion"),
        ("Stars &amp; Stripes", "Stars & Stripes"),
        ("&#x2014; and &quot;fair&quot;", '— and "fair"'),
    ],
)
def test_html_entities_are_decoded(pasted, expected):
    decoded = normalise(pasted)
    assert decoded.text == expected
    assert "HTML entities decoded" in decoded.repairs


def test_plain_ampersand_text_is_not_touched():
    decoded = normalise("AT&T and R&D spending")
    assert decoded.text == "AT&T and R&D spending"
    assert decoded.repairs == []


def test_mojibake_is_repaired_and_reported():
    text = "Seoul’s chief negotiator José Díaz said talks — at last — went well."
    decoded = normalise(text.encode("utf-8").decode("cp1252"))  # "Seoulâ€™s ... JosÃ©"
    assert decoded.text == text
    assert any("mojibake" in r for r in decoded.repairs)


def test_nbsp_and_odd_spaces_become_plain_spaces():
    decoded = normalise("Updated\u00a0:\u2009Nov\u202f19,\u30002019\tat 3 p.m.")
    assert decoded.text == "Updated : Nov 19, 2019 at 3 p.m."


def test_zero_width_characters_are_removed_and_reported():
    decoded = normalise("Jeju\u200b Island\u200d talks\ufeff and soft\u00adhyphen")
    assert decoded.text == "Jeju Island talks and softhyphen"
    assert "zero-width characters removed" in decoded.repairs


@pytest.mark.parametrize(
    "raw, what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (b"PK\x03\x04" + bytes(100), "ZIP"),
        (b"\x00\x01\x02\x03\xff\xfe\xfa" * 40, "NUL"),
    ],
)
def test_binary_files_are_refused_with_a_reason(raw, what):
    with pytest.raises(DecodeError, match=what):
        decode(raw)
