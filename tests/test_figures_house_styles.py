"""Money in the Australian and New Zealand house style: the country letters after the '$'."""

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
