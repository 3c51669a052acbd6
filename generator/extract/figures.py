"""Money amounts and percentages in the story, as exact values in base units.

A number is money only next to a currency marker (a symbol or code before it,
a currency word or code after it, or a Korean/CJK currency word), so years,
dates, ages, rounds and head counts never qualify. Values are Decimals from
the printed digits, so 1.0389 trillion is exactly 1038900000000.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation

from generator.model import Figure
from generator.text import compiled, first_digit, has_digit, sentences

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALES = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "mln": 6,
    "mil": 6,
    "m": 6,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "bil": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "tr": 12,
    "tril": 12,
    "crore": 7,
    "crores": 7,
    "cr": 7,
    "lakh": 5,
    "lakhs": 5,
    "lac": 5,
    "lacs": 5,
    "lakh crore": 12,
    "lakh crores": 12,
    "thousand crore": 10,
    "thousand crores": 10,
}
_SCALE_WORDS = sorted(_SCALES, key=len, reverse=True)
_SCALE = (
    r"(?:[\s-]*(?P<scale>" + "|".join(w.replace(" ", r"\s+") for w in _SCALE_WORDS) + r")(?![\w]))?"
)
# Symbols and codes printed before the number; longest first so "US$" wins over "$".
# Currencies several countries share a name for: resolved by the country the text names (see
# _resolve); a placeholder unit until then.
RUPEE, DINAR = "rupee?", "dinar?"
_BY_COUNTRY = {
    RUPEE: {"Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "India": "INR"},
    DINAR: {
        "Iraq": "IQD",
        "Kuwait": "KWD",
        "Jordan": "JOD",
        "Bahrain": "BHD",
        "Tunisia": "TND",
        "Algeria": "DZD",
        "Libya": "LYD",
        "Serbia": "RSD",
    },
}
# What each means when the text names none of its countries (None: not a figure).
_BY_COUNTRY_DEFAULT = {RUPEE: "INR", DINAR: None}
_PREFIX_UNITS = {
    "us$": "USD",
    "$us": "USD",  # Australian and New Zealand house style: '$US2.3 billion', '$A50 million'
    "$a": "AUD",
    "$nz": "NZD",
    "u.s.$": "USD",
    "usd": "USD",
    "$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "hk$": "HKD",
    "hkd": "HKD",
    "s$": "SGD",
    "sgd": "SGD",
    "nz$": "NZD",
    "nt$": "TWD",
    "r$": "BRL",
    "mx$": "MXN",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "￥": "JPY",
    "₩": "KRW",
    "krw": "KRW",
    "w": "KRW",
    "₹": "INR",
    "inr": "INR",
    "rs": RUPEE,
    "rs.": RUPEE,
    "₽": "RUB",
    "rub": "RUB",
    "rmb": "CNY",
    "cny": "CNY",
    "chf": "CHF",
    "sfr": "CHF",
    "rm": "MYR",
    "myr": "MYR",
    "₱": "PHP",
    "p": "PHP",  # Philippine house style: 'P1.16 trillion', 'P6.7 billion' (_money_ok asks more)
    "฿": "THB",
    "₫": "VND",
    "vnđ": "VND",  # Vietnamese house style: 'VNĐ25 trillion'
    "₺": "TRY",
    "₪": "ILS",
    "rp": "IDR",
    "r": "ZAR",
    "dh": "AED",  # Gulf house style: 'Dh22 billion', 'Dhs500'
    "dhs": "AED",
    "nis": "ILS",  # Israeli house style: 'NIS 250 billion'
}
_ISO = (
    "USD EUR GBP JPY KRW CNY INR AUD CAD CHF HKD SGD TWD RUB NZD BRL MXN ZAR TRY SAR AED "
    "THB VND IDR MYR PHP PKR SEK NOK DKK PLN ILS EGP NGN KES QAR KWD IRR UAH CZK HUF PGK KHR "
    "IQD JOD BHD LKR NPR"
).split()
# Symbols (any case: "US$", "us$") and codes (upper case only: "USD 2 million", never "usd").
_SYMBOLS = sorted((re.escape(k) for k in _PREFIX_UNITS if not k.isalpha()), key=len, reverse=True)
# Ties in name order: the same pattern text every run (set order varies), so its compiled form is
# kept.
_CODES = sorted(
    set(_ISO) | {"Rs", "RS", "Rmb", "RMB", "SFr", "Rp", "RM", "Dh", "Dhs", "VNĐ", "NIS"},
    key=lambda c: (-len(c), c),
)
_PREFIX = compiled(
    r"(?<![\w$€£¥₩₹])(?P<cur>(?i:"
    + "|".join(_SYMBOLS)
    + r")|(?:"
    + "|".join(_CODES)
    + r")(?![a-z])|"
    r"W(?=\d)|R(?=\d)|P(?=\d))\s?"
    r"(?:(?P<low>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(?:(?P=cur)\s?)?)?" + _NUM + _SCALE
)
# What every _PREFIX match has just before its digits (a space between at most): the last
# character of a symbol ('$' of 'US$'), a code, W or R, or a symbol ending in a letter or a
# stop ('Rs.') whole, in any case. Most sentences have none; the hints take 1/10 of the time.
_SYMBOLS_WHOLE = [k for k in _PREFIX_UNITS if not k.isalpha() and (k[-1] == "." or k[-1].isalpha())]
_SYMBOL_ENDS = sorted({k[-1] for k in _PREFIX_UNITS if not k.isalpha() and k not in _SYMBOLS_WHOLE})
_PREFIX_HINT = compiled(
    "|".join(re.escape(end) + r"\s?\d" for end in (*_SYMBOL_ENDS, *_CODES, "W", "R", "P"))
)
# Each whole symbol as its last character, then a look back for the rest ('.' then 'rs.'): a
# search for a plain '.' skips ahead fast, where a pattern starting with a letter under re.I cannot.
_PREFIX_HINT_ANY_CASE = (
    compiled(
        "(?:"
        + "|".join(re.escape(k[-1]) + "(?<=" + re.escape(k) + ")" for k in _SYMBOLS_WHOLE)
        + r")\s?\d",
        re.I,
    )
    if _SYMBOLS_WHOLE
    else None
)
_CURRENCY_REACH = max(map(len, (*_PREFIX_UNITS, *_CODES))) + 1  # a _PREFIX currency and a space
_WORDS = {
    "won": "KRW",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "pounds sterling": "GBP",
    "rupee": RUPEE,
    "rupees": RUPEE,
    "dinar": DINAR,
    "dinars": DINAR,
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "franc": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "rupiah": "IDR",
    "lira": "TRY",
    "rand": "ZAR",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "peso": "MXN",
    "pesos": "MXN",
    "dollar": "USD",
    "dollars": "USD",
    "hryvnia": "UAH",
    "shekels": "ILS",
    "zloty": "PLN",
    "real": "BRL",
    "reais": "BRL",
    "kronor": "SEK",
    "kroner": "NOK",
    "rials": "IRR",
    "kina": "PGK",
    "riel": "KHR",
    "riels": "KHR",
}
_DOLLAR_ADJ = {
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "new zealand": "NZD",
    "taiwan": "TWD",
    "new taiwan": "TWD",
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
}
_SUFFIX = compiled(
    r"(?<![\w.,$€£¥₩₹])(?:(?P<low>\d+(?:\.\d+)?)(?:\s+(?P<lowscale>million|billion|trillion))?"
    r"\s*(?:-|–|to)\s*)?"
    + _NUM
    + _SCALE
    + r"\s+(?:(?P<adj>U\.S\.|US|American|Australian|Canadian|Hong Kong|Singapore|New Zealand|"
    r"New Taiwan|Taiwan|South Korean|Korean|Japanese|Chinese|Indian|Russian)\s+)?"
    r"(?P<word>"
    + "|".join(sorted(_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
    + r"|"
    + "|".join(_ISO)
    + r")\b"
)
_PERCENT = compiled(
    r"(?<![A-Za-z0-9.,_])(?:(?P<low>\d+(?:\.\d+)?)\s*%?\s*(?:-|–|to|~|～)\s*)?"
    + _NUM
    # 'a 25-percent tariff', 'a 50-per-cent levy': the hyphenated forms of the adjective
    + r"(?:\s*|-)(?:%|％|percent\b|per[\s-]*cent\b|percentage\s+points?\b|pct\b|pc\b|퍼센트"
    r"|%p|%포인트)"  # 'pc': South Asian house style ('60pc')
)
# Korean and other CJK numerals: 1조389억원, 5조8천억 원, 50억 달러, 9465億円.
_CJK_GROUP = r"\d[\d,]*(?:\.\d+)?\s*[천백십千百]?"
_CJK_CURRENCY = {
    "원": "KRW",
    "달러": "USD",
    "엔": "JPY",
    "위안": "CNY",
    "유로": "EUR",
    "파운드": "GBP",
    "루피": "INR",
    "円": "JPY",
    "元": "CNY",
    "人民币": "CNY",
    "美元": "USD",
    "ドル": "USD",
    "ウォン": "KRW",
    "欧元": "EUR",
    "ユーロ": "EUR",
    "韩元": "KRW",
    "日元": "JPY",
}
# The part before a 조/억/만, or after the last: thousands, hundreds and tens first, each
# with its unit ("9천602억" is 9,602 억), so a bare number before another ("2019 1000억")
# never joins it.
_CJK_SECTION = r"(?:\d[\d,]*(?:\.\d+)?\s*[천백십千百]\s*){0,3}" + _CJK_GROUP
# {0,4}: a number has at most 조, 억 and 만 parts; an unbounded run made long lines quadratic.
_CJK = compiled(
    r"(?<![\d.,])(?P<num>(?:"
    + _CJK_SECTION
    + r"\s*[조억만兆億亿万萬]\s*){0,4}(?:"
    + _CJK_SECTION
    + r")?)"
    r"\s*(?:미화\s*)?(?P<word>" + "|".join(sorted(_CJK_CURRENCY, key=len, reverse=True)) + r")"
)
# What every _CJK and _PERCENT match holds (see _percent_hint), looked for first: most
# sentences have neither, and a bare search for them is 10-20x faster than the full patterns.
_CJK_WORD = compiled("|".join(sorted(_CJK_CURRENCY, key=len, reverse=True)))


def _after_space(words: set[str]) -> re.Pattern:
    """A space and then one of words, grouped by first letter so that the engine tries one
    group at each space instead of every word (3x faster than one flat alternation)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[0], []).append(re.escape(word))
    return compiled(r"\s(?:" + "|".join("(?:" + "|".join(g) + ")" for g in groups.values()) + ")")


# What every _SUFFIX match holds: a space, then the first word of a currency word or a code.
_SUFFIX_HINT = _after_space({w.split()[0] for w in _WORDS} | set(_ISO))
_CJK_PART = compiled(r"(\d[\d,]*(?:\.\d+)?)\s*([천백십千百])?\s*([조억만兆億亿万萬])?")
_CJK_POWER = {
    "천": 3,
    "千": 3,
    "백": 2,
    "百": 2,
    "십": 1,
    "조": 12,
    "兆": 12,
    "억": 8,
    "億": 8,
    "亿": 8,
    "만": 4,
    "万": 4,
    "萬": 4,
}
_YEARLIKE = compiled(r"^(?:1[89]|20)\d\d$")


def _scaled(num: str, scale: str | None) -> Decimal:
    value = Decimal(num.replace(",", ""))
    if scale:
        value *= Decimal(10) ** _SCALES[" ".join(scale.lower().split())]
    return value


def _plain(value: Decimal) -> int | float:
    """A YAML-friendly number: an int when whole, else the shortest exact decimal."""
    value = value.normalize()
    if value == value.to_integral_value():
        return int(value)
    return float(str(value))


def cjk_value(text: str) -> Decimal | None:
    """'5조8천억' -> 5800000000000; '2만8천500' -> 28500."""
    total = section = Decimal(0)
    for digits, small, big in _CJK_PART.findall(text):
        try:
            n = Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
        section += n * Decimal(10) ** _CJK_POWER.get(small, 0)
        if big:
            total += section * Decimal(10) ** _CJK_POWER[big]
            section = Decimal(0)
    total += section
    return total or None


def _prefix_unit(cur: str) -> str | None:
    key = cur.strip().lower().replace(" ", "")
    return _PREFIX_UNITS.get(key) or (cur.strip().upper() if cur.strip().upper() in _ISO else None)


def _suffix_unit(m: re.Match) -> str | None:
    word = " ".join(m.group("word").split())
    if word in _ISO:
        return word
    unit = _WORDS.get(word.lower())
    if unit == "USD" and m.group("adj"):
        unit = _DOLLAR_ADJ.get(m.group("adj").lower(), "USD")
    return unit


def _money_ok(m: re.Match, unit: str, word: str = "") -> bool:
    num, scale = m.group("num"), m.group("scale")
    if scale:
        return True
    if word.lower() in ("pound", "pounds"):
        return False  # "5 pounds" is more often weight than money
    if word.lower() in ("won", "real", "rand", "dong") and _YEARLIKE.match(num):
        return False  # "in 2018 won the vote": a year and a verb
    cur = (m.groupdict().get("cur") or "").strip()
    if cur in ("W", "R", "RM", "Rp"):
        return "," in num or "." in num or len(num) >= 4  # "W3" is a model name, not money
    if cur == "P":
        return "," in num  # 'P5' is the Security Council's five; 'P6.7 billion' has its scale
    return True


def find(text: str, dollar: str = "USD", article: str = "") -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, unit) for every figure in a piece of text, a range giving two.
    `dollar` is what a bare '$' means: the home currency of the outlet (AUD in a Sydney paper);
    `article` the story around the text, for a currency name that several countries share."""
    return [
        (s, e, value, unit)
        for s, e, value, shared in _find(text, dollar)
        if (unit := _resolve(shared, text, article))
    ]


def _find(text: str, dollar: str) -> list[tuple[int, int, Decimal, str]]:
    found: list[tuple[int, int, Decimal, str]] = []
    first = first_digit(text)  # no figure starts before it (a currency at most a few characters)
    if first < 0:
        return found
    spans: list[tuple[int, int]] = []  # taken, sorted, never overlapping: a bisect finds a clash
    # The earlier kinds win a clash: prefixed money, then suffixed, percentages, CJK amounts.
    for kind in (_prefixed, _suffixed, _percents, _cjk_amounts):
        for m, value, unit in kind(text, first, dollar):
            _add(found, spans, m, value, unit)
    return sorted(found, key=lambda f: (f[0], f[1]))


def _add(found: list, spans: list, m: re.Match, value: Decimal, unit: str) -> None:
    """The figure `m`, unless it overlaps one taken before; a range adds its low end too."""
    s, e = m.start(), m.end()
    i = bisect.bisect_left(spans, (s, e))
    if (i == 0 or spans[i - 1][1] <= s) and (i == len(spans) or e <= spans[i][0]):
        spans.insert(i, (s, e))
        low = m.groupdict().get("low")
        if low:  # "$40-50 billion": the low end shares the unit and scale unless it has its own
            scale = m.groupdict().get("lowscale") or m.groupdict().get("scale")
            found.append((s, e, _scaled(low, scale), unit))
        found.append((s, e, value, unit))


def _prefixed(text: str, first: int, dollar: str):
    prefixed = _PREFIX_HINT.search(text) or (
        _PREFIX_HINT_ANY_CASE and _PREFIX_HINT_ANY_CASE.search(text)
    )
    for m in _PREFIX.finditer(text, max(0, first - _CURRENCY_REACH)) if prefixed else ():
        unit = dollar if m.group("cur").strip() == "$" else _prefix_unit(m.group("cur"))
        if unit and _money_ok(m, unit):
            yield m, _scaled(m.group("num"), m.group("scale")), unit


def _suffixed(text: str, first: int, dollar: str):
    for m in _SUFFIX.finditer(text, first) if _SUFFIX_HINT.search(text, first) else ():
        unit = _suffix_unit(m)
        if unit and _money_ok(m, unit, m.group("word")):
            yield m, _scaled(m.group("num"), m.group("scale")), unit


def _percents(text: str, first: int, dollar: str):
    if _percent_hint(text):
        for m in _PERCENT.finditer(text, first):
            yield m, Decimal(m.group("num").replace(",", "")), "%"


def _cjk_amounts(text: str, first: int, dollar: str):
    if not text.isascii() and _CJK_WORD.search(text):  # every CJK currency word is outside ASCII
        for m in _CJK.finditer(text):
            value = cjk_value(m.group("num")) if m.group("num").strip() else None
            if value:
                yield m, value, _CJK_CURRENCY[m.group("word")]


def _percent_hint(text: str) -> bool:
    """Whether text holds '%', '％', 'per', 'pc' or '퍼센트', one of which every _PERCENT match
    has."""
    if "%" in text or "per" in text or "pc" in text:
        return True
    return not text.isascii() and ("％" in text or "퍼센트" in text)


_COUNTRY = {
    # the name or its people's adjective: 'Pakistan', 'Pakistani', 'Iraqi', 'Jordanian'
    kind: compiled(r"\b(" + "|".join(names) + r")(?:i|n|an|ian|ese)?\b")
    for kind, names in _BY_COUNTRY.items()
}


def _resolve(unit: str, sentence: str, article: str) -> str | None:
    """A shared currency name as the currency of the country its sentence names ('Rs300 billion
    ... Pakistan's exports'), else of the country the article names most, else its default."""
    if unit not in _BY_COUNTRY:
        return unit
    named = _COUNTRY[unit].findall(sentence)
    if len(set(named)) != 1:
        counts: dict[str, int] = {}
        for name in _COUNTRY[unit].findall(article):
            counts[name] = counts.get(name, 0) + 1
        named = [max(counts, key=counts.get)] if counts else []
    return _BY_COUNTRY[unit][named[0]] if named else _BY_COUNTRY_DEFAULT[unit]


def extract(paragraphs: list[str], dollar: str = "USD") -> list[Figure]:
    out: list[Figure] = []
    seen: set[tuple[Decimal, str]] = set()
    article = "\n".join(paragraphs)
    for paragraph in paragraphs:
        if not has_digit(paragraph):
            continue  # no figure in any of its sentences
        for sentence in sentences(paragraph):
            for start, end, value, unit in find(sentence, dollar, article):
                key = (value.normalize(), unit)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Figure(_plain(value), unit, sentence[start:end].strip(), sentence))
    return out


# A year a figure refers to: printed in the figure's own clause ("150 billion won in 1991").
# Clauses end at a comma followed by a space, ; : or a dash, and before a joining word.
_CLAUSE_END = compiled(r",\s|[;:—–]|\s-\s|\s(?=(?:and|but|while|whereas|or|compared)\s)")
_YEAR = compiled(r"(?<![\d.,$€£¥₩-])(?:19[4-9]\d|20\d\d)(?=년|\b)(?![.,]\d|\s*(?:%|percent))")
_LEADING_YEAR = compiled(r"^(?:In|By|For|Since|Until)\s+((?:19[4-9]\d|20\d\d))\s*,")


def clause(figure: Figure) -> tuple[int, int] | None:
    """Where the figure's clause is in its sentence (start, end), None when the figure's text
    is not in it."""
    sentence, at = figure.context, figure.context.find(figure.text)
    if at < 0 or not figure.text:
        return None
    end = at + len(figure.text)
    starts = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence) if m.end() <= at]
    stops = [m.start() for m in _CLAUSE_END.finditer(sentence, end)] + [len(sentence)]
    return starts[-1], stops[0]


def year_of(figure: Figure) -> int | None:
    """The year printed in the figure's clause of its sentence, the nearest if several; else
    one a sentence opens with ("In 2019, Seoul paid ..."); else None (the article's date
    then stands)."""
    span = clause(figure)
    if span is None:
        return None
    at = figure.context.find(figure.text)
    end = at + len(figure.text)
    years = [
        (min(abs(m.start() - end), abs(at - m.end())), int(m.group()))
        for m in _YEAR.finditer(figure.context, *span)
        if m.end() <= at or m.start() >= end
    ]
    if years:
        return min(years)[1]
    lead = _LEADING_YEAR.match(figure.context)
    return int(lead.group(1)) if lead else None
