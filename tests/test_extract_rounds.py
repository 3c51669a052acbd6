"""The round an article reports on (not one it recalls), and the agreement ordinal when stated."""

from __future__ import annotations

import pytest

from generator.extract import rounds


def round_of(*texts: str) -> int | None:
    where = ["title", "subtitle", "paragraph 1", "paragraph 2", "paragraph 3"]
    return rounds.extract_round(list(zip(where, texts)))[0]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("S. Korea, US open 2nd round of defense cost talks", 2),
        ("Allies end first round of cost-sharing talks in Honolulu", 1),
        ("Iran talks resume for seventh round in Vienna", 7),
        ("China, US conclude 13th round of high-level trade consultations", 13),
        ("Brexit: round 3 of talks ends in acrimony", 3),
        ("Round Three of trade talks opens in Tokyo", 3),
        ("Negotiators meet for 7th round as deadline nears", 7),
        ("Japan, US hold first formal round of host-nation talks", 1),
        (
            "S. Korea, US to hold 4th round of defense cost talks next week",
            4,
        ),  # a preview is its round
        ("Allies begin the fourth and final round", 4),
        ("the 2nd-round talks end", 2),
        ("한미, 방위비분담 4차 회의 제주서 개최", 4),
        ("제11차 방위비분담특별협정 체결을 위한 3차 회의", 3),
        ("한미 방위비 협상 네 번째 회의 시작", 4),
        (
            (
                "Plastics treaty: the fifth session of the "
                "Intergovernmental Negotiating Committee opens in Busan"
            ),
            5,
        ),
        ("The second session of the day ended early", None),
        ("A costly peace of mind", None),
        ("South Korea, U.S. agree to one-year troop cost deal after 10 rounds of talks", None),
        ("EU adopts third round of sanctions", None),
        ("Barnier says 'deadlock' after fifth round of talks", 5),  # the round just ended
        ("Talks stall after the previous round of meetings", None),
        ("A fresh round of tariffs hits exporters", None),
    ],
)
def test_headline_round(title, expected):
    assert round_of(title) == expected


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("The two sides met for the second round of negotiations in Honolulu.", 2),
        ("Following the first round held last month in Hawaii, the sides met again.", None),
        ("The next round will be held in Seoul, the ministry said.", None),
        ("The eighth round of talks is expected next month.", None),
        ("The sixth round, due next month, will focus on fisheries.", None),
        ("The previous three rounds ended without agreement.", None),
        ("After the third round, officials said little.", None),
        ("앞서 한미는 지난 9월 서울에서 1차 회의를 열었다.", None),
        ("다음 5차 회의는 내년 1월 워싱턴에서 열릴 예정이다.", None),
        ("한·미는 워싱턴에서 3차 기술협의를 진행했다.", 3),
        ("양국은 10차 공식 협상을 서울에서 열었다.", 10),
        ("한미는 11차 방위비 협상 1차 회의를 열었다.", 1),
    ],
)
def test_lead_round_only_when_it_is_the_reported_one(lead, expected):
    assert round_of("Allies resume cost talks", "", lead) == expected


def test_headline_beats_rounds_recalled_in_the_lead():
    lead = (
        "The first round was held in Honolulu in March, "
        "the second in Jeju and the third in Washington."
    )
    assert round_of("S. Korea, US open 4th round of cost-sharing talks", "", lead) == 4


def test_a_plain_mention_beats_a_headline_after_the_nth_round():
    lead = "Negotiators opened the sixth round of talks in Brussels on Monday."
    assert round_of("Talks resume after fifth round ended in deadlock", "", lead) == 6


def test_earlier_text_wins():
    assert (
        round_of(
            "Talks resume",
            "Negotiators gather for the fifth round",
            "The ninth round is due in May.",
        )
        == 5
    )


def agreement_of(*texts: str) -> int | None:
    return rounds.extract_agreement([("paragraph", t) for t in texts])[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("talks on the 11th Special Measures Agreement (SMA)", 11),
        ("to conclude the 10th SMA before the year ends", 10),
        ("negotiations on the eleventh SMA", 11),
        ("its 12th cost-sharing deal with Washington", 12),
        ("제11차 방위비분담특별협정(SMA) 체결을 위한 4차 회의", 11),
        ("제10차 방위비 분담 특별협정", 10),
        ("제11차 한·미 방위비분담특별협정(SMA) 체결을 위한 6차 회의", 11),
        ("the previous 10th SMA expires this year", None),  # the old deal, not the one negotiated
        ("the 10th round of talks on the Special Measures Agreement", None),
        ("the 2015 nuclear deal", None),
        ("the 11th five-year plan", None),
        ("the deal marks the 70th anniversary of the alliance", None),
    ],
)
def test_agreement_ordinal_only_when_stated(text, expected):
    assert agreement_of(text) == expected


def test_current_agreement_found_after_an_old_one():
    assert (
        agreement_of("Under the previous 10th SMA Seoul paid less.", "Talks on the 11th SMA began.")
        == 11
    )
