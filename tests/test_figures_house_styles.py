"""Money and percentages in less common house styles: the country letters after the '$'
(Australian and New Zealand papers), a country adjective before the currency word, a
hyphenated 'percent'."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.extract import figures


def found(text: str) -> list[tuple[Decimal, str]]:
    return [(value.normalize(), unit) for _, _, value, unit in figures.find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington offered $US2.3 billion over 20 years.", [(Decimal("2.3E+9"), "USD")]),
        ("part of a $US7.1b package", [(Decimal("7.1E+9"), "USD")]),
        ("a separate $US700 million trust fund", [(Decimal("7E+8"), "USD")]),
        ("Canberra pledged $A50 million.", [(Decimal("5E+7"), "AUD")]),
        ("Wellington added $NZ3 million.", [(Decimal("3E+6"), "NZD")]),
    ],
)
def test_dollar_sign_then_country_letters(text, expected):
    assert found(text) == expected


def test_a_word_after_the_dollar_sign_is_not_a_currency():
    assert found("the $Apple 5 deal") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("worth 2.1 trillion Korean won", [(Decimal("2.1E+12"), "KRW")]),
        ("500 billion South Korean won", [(Decimal("5E+11"), "KRW")]),
        ("3 trillion Japanese yen", [(Decimal("3E+12"), "JPY")]),
        ("10 billion Chinese yuan", [(Decimal("1E+10"), "CNY")]),
    ],
)
def test_country_adjective_before_the_currency_word(text, expected):
    assert found(text) == expected


def test_hyphenated_percent():
    assert found("a 25-percent tariff on trucks") == [(Decimal(25), "%")]
    assert found("a 50-per-cent levy on steel") == [(Decimal(50), "%")]  # Canadian style
