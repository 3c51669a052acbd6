"""Money and percentages: every form news prints, exact values, and what is not money."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.clean import clean
from generator.extract import extract, figures
from generator.lexicon import outlets

D = Decimal


def found(text: str) -> list[tuple[Decimal, str]]:
    return [(value.normalize(), unit) for _, _, value, unit in figures.find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington asked for $5 billion a year.", [(D("5e9"), "USD")]),
        ("about US$4.7 billion", [(D("4.7e9"), "USD")]),
        ("a demand of US $ 1.2 billion", [(D("1.2e9"), "USD")]),
        ("a $5bn bill", [(D("5e9"), "USD")]),
        ("a $5.2-billion package", [(D("5.2e9"), "USD")]),
        ("paying 5 trillion won", [(D("5e12"), "KRW")]),
        ("Korea pays W1.04 trillion", [(D("1.04e12"), "KRW")]),
        ("the W1.18tr bill", [(D("1.18e12"), "KRW")]),
        ("an offer of €20 billion", [(D("2e10"), "EUR")]),
        ("a £39bn settlement", [(D("3.9e10"), "GBP")]),
        ("worth ¥946.5 billion", [(D("9.465e11"), "JPY")]),
        ("946.5 billion yen in support", [(D("9.465e11"), "JPY")]),
        ("8 billion yuan of soybeans", [(D("8e9"), "CNY")]),
        ("RMB 3 billion", [(D("3e9"), "CNY")]),
        ("fines of 500 million rupees", [(D("5e8"), "INR")]),
        ("USD 2 million in grants", [(D("2e6"), "USD")]),
        ("2 million USD in grants", [(D("2e6"), "USD")]),
        ("EUR 150 million", [(D("1.5e8"), "EUR")]),
        ("HK$3 billion", [(D("3e9"), "HKD")]),
        ("A$1.5 billion", [(D("1.5e9"), "AUD")]),
        ("CHF 40 million", [(D("4e7"), "CHF")]),
        ("5 billion U.S. dollars", [(D("5e9"), "USD")]),
        ("500 million Canadian dollars", [(D("5e8"), "CAD")]),
        ("20 billion euros", [(D("2e10"), "EUR")]),
        ("3 million pounds sterling", [(D("3e6"), "GBP")]),
        ("a fee of £65", [(D("65"), "GBP")]),
        ("Rs 36,000 crore", [(D("3.6e11"), "INR")]),
        ("₹2,500 crore a year", [(D("2.5e10"), "INR")]),
        ("₹450 lakh", [(D("4.5e7"), "INR")]),
        ("₹10 lakh crore by 2025", [(D("1e13"), "INR")]),
        ("Rs. 2,000 cr", [(D("2e10"), "INR")]),
        ("10,000 won per month", [(D("1e4"), "KRW")]),
    ],
)
def test_money_forms(text, expected):
    assert found(text) == [(v.normalize(), u) for v, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1조389억원", [(D("1038900000000"), "KRW")]),
        ("5조8천억원을 요구", [(D("5.8e12"), "KRW")]),
        ("1조 389억 원", [(D("1038900000000"), "KRW")]),
        ("50억 달러", [(D("5e9"), "USD")]),
        ("미화 10억 달러", [(D("1e9"), "USD")]),
        ("3천만 원", [(D("3e7"), "KRW")]),
        ("9602억원", [(D("960200000000"), "KRW")]),
        ("9465億円", [(D("946500000000"), "JPY")]),
        ("50亿美元", [(D("5e9"), "USD")]),
        ("주한미군 2만8천500명", []),
        # thousands written as 천 inside an 억 or 조 part: the whole part counts
        ("9천602억원", [(D("960200000000"), "KRW")]),
        ("1조1천833억원", [(D("1183300000000"), "KRW")]),
        ("1조 1천 833억 원", [(D("1183300000000"), "KRW")]),
        ("2만8천500원", [(D("28500"), "KRW")]),
        # 백 and 십 groups, 천만 under 억, digits with commas inside a part
        ("1조2천3백4십5억원", [(D("1234500000000"), "KRW")]),
        ("1조2천3백억원", [(D("1230000000000"), "KRW")]),
        ("8백억원", [(D("8e10"), "KRW")]),
        ("3억5천만원", [(D("3.5e8"), "KRW")]),
        ("1,234억원", [(D("123400000000"), "KRW")]),
        ("2조 5,000억 원", [(D("2.5e12"), "KRW")]),
        ("1조 원", [(D("1e12"), "KRW")]),
        # a year before an amount is not part of it
        ("2019 1000억원", [(D("1e11"), "KRW")]),
    ],
)
def test_korean_and_cjk_units(text, expected):
    assert found(text) == [(v.normalize(), u) for v, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("up 13.9% from 2019", [D("13.9")]),
        ("a 50 percent rise", [D("50")]),
        ("44 per cent of voters", [D("44")]),
        ("fell 4 percentage points", [D("4")]),
        ("rose 8.2 pct", [D("8.2")]),
        ("인상률 10% 안팎", [D("10")]),
        ("전년대비13.9%", [D("13.9")]),
        ("between 25 percent and 30 percent", [D("25"), D("30")]),
        ("an 8-10% increase", [D("8"), D("10")]),
    ],
)
def test_percentages(text, expected):
    assert found(text) == [(v, "%") for v in expected]


@pytest.mark.parametrize(
    "text",
    [
        "The talks began in 2019 and ended on March 18, 2021.",
        "the 11th Special Measures Agreement, after 10 rounds",
        "28,500 American troops and 9,000 Korean workers",
        "the 1950-53 Korean War, a five-year deal, two-day talks",
        "Kim, 45, said the seventh round lasted 13 days.",
        "He said the team in 2018 won the vote by 150 seats.",
        "The W3 handset and the R2 prototype",
        "a fivefold increase over 20 years",
        "2 million kilowatts of electricity",
    ],
)
def test_not_money(text):
    assert found(text) == []


def test_range_gives_both_ends_with_shared_unit_and_scale():
    assert found("farm purchases of $40-50 billion") == [(D("4e10"), "USD"), (D("5e10"), "USD")]
    assert found("$40 billion to $50 billion") == [(D("4e10"), "USD"), (D("5e10"), "USD")]


def test_conversion_in_parentheses_gives_two_figures():
    text = "Seoul pays 1.0389 trillion won ($890 million) this year."
    assert found(text) == [(D("1038900000000"), "KRW"), (D("8.9e8"), "USD")]


def test_values_are_exact_and_keep_their_sentence():
    paragraphs = [
        "The first sentence has no money. Seoul will pay W1.1833 trillion, up 13.9 percent. "
        "Japan pays ¥946.5 billion."
    ]
    out = figures.extract(paragraphs)
    assert [(f.value, f.unit) for f in out] == [
        (1183300000000, "KRW"),
        (13.9, "%"),
        (946500000000, "JPY"),
    ]
    assert isinstance(out[0].value, int)
    assert out[0].text == "W1.1833 trillion"
    assert out[0].context == "Seoul will pay W1.1833 trillion, up 13.9 percent."
    assert out[2].context == "Japan pays ¥946.5 billion."


def test_repeated_figures_are_listed_once():
    out = figures.extract(["The US wants $5 billion.", "Again: $5 billion, or $5bn."])
    assert [(f.value, f.unit) for f in out] == [(5000000000, "USD")]


@pytest.mark.parametrize(
    "outlet, unit",
    [
        ("The Sydney Morning Herald", "AUD"),
        ("ABC Australia", "AUD"),
        ("CBC News", "CAD"),
        ("RNZ", "NZD"),
        ("The Straits Times", "SGD"),
        ("Reuters", "USD"),
        ("The Hindu", "USD"),
        (None, "USD"),
    ],
)
def test_a_bare_dollar_is_the_outlets_home_dollar(outlet, unit):
    dollar = outlets.home_dollar(outlet)
    assert [
        (v, u)
        for _, _, v, u in figures.find("Trade was worth $104 billion, or US$70 billion.", dollar)
    ] == [(Decimal("104000000000"), unit), (Decimal("70000000000"), "USD")]


def test_a_sydney_page_reads_dollars_as_australian():
    text = "\n".join(
        [
            "Australia and EU end trade talks in Osaka without a deal",
            "",
            (
                "Australia walked away from the talks, which "
                "covered goods trade worth $104 billion a year."
            ),
            "© 2023 The Sydney Morning Herald",
        ]
    )
    meta, _ = extract(clean(text), "x.txt")
    assert [(f.value, f.unit) for f in meta.figures] == [(104000000000, "AUD")]
