"""Money amounts and percentages in the story, as exact values in base units."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from generator.model import Figure
from generator.text import sentences

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALES = {
    "thousand": 3, "k": 3, "million": 6, "mn": 6, "mln": 6, "m": 6, "billion": 9, "bn": 9, "bln": 9,
    "b": 9, "trillion": 12, "tn": 12, "trn": 12, "tr": 12, "crore": 7, "crores": 7, "lakh": 5, "lakhs": 5,
}
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|mln|bln|trn|mn|bn|tn|tr|[kmb])\b)?"
_PREFIX_CODES = {
    "us$": "USD", "u.s.$": "USD", "u.s. $": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "nt$": "TWD", "r$": "BRL", "€": "EUR",
    "£": "GBP", "¥": "JPY", "₩": "KRW", "w": "KRW", "₹": "INR", "rs": "INR", "rs.": "INR", "₽": "RUB",
    "rmb": "CNY", "元": "CNY",
}
_ISO = ("USD EUR GBP JPY KRW CNY INR AUD CAD CHF HKD SGD TWD RUB NZD BRL MXN ZAR TRY SAR AED "
        "THB VND IDR MYR PHP PKR SEK NOK DKK PLN ILS EGP NGN KES").split()
_WORDS = {
    "won": "KRW", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "rupee": "INR", "rupees": "INR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "franc": "CHF", "francs": "CHF",
    "ringgit": "MYR", "baht": "THB", "dong": "VND", "rupiah": "IDR", "lira": "TRY", "rand": "ZAR",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "peso": "MXN", "pesos": "MXN",
    "dollar": "USD", "dollars": "USD",
}
_DOLLAR_ADJ = {"australian": "AUD", "canadian": "CAD", "hong kong": "HKD", "singapore": "SGD",
               "new zealand": "NZD", "taiwan": "TWD", "new taiwan": "TWD", "us": "USD", "u.s.": "USD",
               "american": "USD"}
_PREFIX = re.compile(
    r"(?<![\w$])(?P<cur>US\s?\$|U\.S\.\s?\$|AU?\$|CA?\$|HK\$|S\$|NZ\$|NT\$|R\$|\$|€|£|¥|₩|₹|₽|Rs\.?\s?|RMB\s?|"
    r"W(?=\d)|(?:" + "|".join(_ISO) + r")\s?)" + _NUM + _SCALE, re.I if False else 0)
_SUFFIX = re.compile(
    r"(?<![\w.])" + _NUM + _SCALE + r"\s+(?:(?P<adj>U\.S\.|US|American|Australian|Canadian|Hong Kong|Singapore|"
    r"New Zealand|New Taiwan|Taiwan)\s+)?(?P<word>" + "|".join(sorted(_WORDS, key=len, reverse=True)) +
    r"|" + "|".join(_ISO) + r")\b")
_PERCENT = re.compile(r"(?<![\w.])" + _NUM + r"\s*(?:%|％|percent\b|per cent\b|percentage points?\b|pct\b|퍼센트|%p)")
_KOREAN = re.compile(
    r"(?P<num>(?:\d[\d,]*(?:\.\d+)?\s*조\s*)?(?:\d[\d,]*(?:\.\d+)?\s*억\s*)?(?:\d[\d,]*(?:\.\d+)?\s*만\s*)?"
    r"(?:\d[\d,]*(?:\.\d+)?)?)\s*(?P<word>원|달러|엔|위안|유로|파운드)")
_KOREAN_UNITS = {"조": 12, "억": 8, "만": 4}
_KOREAN_WORDS = {"원": "KRW", "달러": "USD", "엔": "JPY", "위안": "CNY", "유로": "EUR", "파운드": "GBP"}


def _scaled(num: str, scale: str | None) -> Decimal:
    value = Decimal(num.replace(",", ""))
    if scale:
        value *= Decimal(10) ** _SCALES[scale.lower()]
    return value


def _plain(value: Decimal) -> int | float:
    """A YAML-friendly number: an int when whole, else the shortest exact decimal."""
    value = value.normalize()
    if value == value.to_integral_value():
        return int(value)
    return float(str(value))


def _korean_value(text: str) -> Decimal | None:
    total, rest = Decimal(0), text
    for unit, power in _KOREAN_UNITS.items():
        m = re.match(r"\s*(\d[\d,]*(?:\.\d+)?)\s*" + unit, rest)
        if m:
            total += Decimal(m.group(1).replace(",", "")) * Decimal(10) ** power
            rest = rest[m.end():]
    rest = rest.strip().replace(",", "")
    if rest:
        try:
            total += Decimal(rest)
        except InvalidOperation:
            return None
    return total if total else None


def find(text: str) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, unit) for every figure in a piece of text."""
    found: list[tuple[int, int, Decimal, str]] = []

    def add(m: re.Match, value: Decimal, unit: str) -> None:
        s, e = m.start(), m.end()
        if all(e <= fs or s >= fe for fs, fe, _, _ in found):
            found.append((s, e, value, unit))

    for m in _PREFIX.finditer(text):
        cur = m.group("cur").strip()
        unit = cur.upper() if cur.upper() in _ISO else _PREFIX_CODES.get(cur.lower().replace(" ", ""), None)
        if unit is None:
            unit = _PREFIX_CODES.get(cur.lower())
        if unit == "KRW" and cur == "W" and not m.group("scale"):
            continue  # a bare "W3" is more likely a model name than money
        if unit:
            add(m, _scaled(m.group("num"), m.group("scale")), unit)
    for m in _SUFFIX.finditer(text):
        word = m.group("word")
        unit = word if word in _ISO else _WORDS[word.lower()] if word.lower() in _WORDS else None
        if word.lower() in ("dollar", "dollars") and m.group("adj"):
            unit = _DOLLAR_ADJ.get(m.group("adj").lower(), "USD")
        if word.lower() in ("pound", "pounds") and not m.group("scale"):
            continue  # "5 pounds" is more often weight than money
        if unit:
            add(m, _scaled(m.group("num"), m.group("scale")), unit)
    for m in _PERCENT.finditer(text):
        add(m, Decimal(m.group("num").replace(",", "")), "%")
    for m in _KOREAN.finditer(text):
        if m.group("num").strip():
            value = _korean_value(m.group("num"))
            if value:
                add(m, value, _KOREAN_WORDS[m.group("word")])
    return sorted(found)


def extract(paragraphs: list[str]) -> list[Figure]:
    out: list[Figure] = []
    seen: set[tuple[Decimal, str]] = set()
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            for start, end, value, unit in find(sentence):
                key = (value.normalize(), unit)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Figure(_plain(value), unit, sentence[start:end].strip(), sentence))
    return out
