"""The negotiation round an article reports on, and the agreement's ordinal."""

from __future__ import annotations

import re

from generator.extract.anycase import AnyCase
from generator.lexicon.ordinals import CARDINAL_WORDS, KOREAN_ORDINALS, ORDINAL_WORDS, number
from generator.text import case_odd, compiled, sentences

_ORD = r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"
_QUALIFIER = (
    r"(?:[- ](?:formal|official|high-level|new|final|latest|full|two-day|three-day|"
    r"day-long|working-level|face-to-face|in-person|straight|consecutive|closed-door|"
    r"special|extra|additional|regular|and final|and last|ministerial|negotiating))*"
)
# "a round of sanctions", "the second round of voting": rounds that are not negotiations.
_NOT_TALKS = (
    r"(?!\s+of\s+(?:[\w.-]+\s+){0,2}(?:sanctions|tariffs|strikes|airstrikes|voting|votes?|elections?|"
    r"applause|layoffs|cuts|hikes|increases|protests|fighting|shelling|play|qualifying|funding|"
    r"stimulus|easing|tightening|testing|tests|vaccinations?|boosters?|bidding|bids|draft)\b)"
)
_ROUND = AnyCase(r"\b" + _ORD + _QUALIFIER + r"[- ]round(?P<plural>s)?\b" + _NOT_TALKS)
_ROUND_N = AnyCase(r"\bround\s+(?P<num>\d{1,2}|" + "|".join(CARDINAL_WORDS) + r")\b(?![-.,]\d)")
_ROUND_KO = compiled(
    r"(?:제\s*)?(?P<num>\d{1,2})\s*차\s*(?:(?:기술|실무|공식|정식|고위급|차관급|장관급|국장급|과장급|통상|후속|추가|전체)\s?)?(?:회의|협상|회담|협의|본협상|회차)|"
    r"(?P<ko>첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:번째|차례|(?<=첫))\s*(?:회의|협상|회담|협의)"
)
# Treaty talks count "sessions": "the fifth session of the negotiating committee".
_SESSION = compiled(
    r"\b" + _ORD + r"(?:[- ](?:formal|negotiating|plenary|final))?\s+session\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:talks|negotiations|negotiating\s+committee|Negotiating\s+Committee)\b",
    re.I,
)
# Words before a mention that put it in another round than the one reported.
_ELSEWHERE = AnyCase(
    r"\b(next|following|previous|prior|preceding|last|earlier|upcoming|another|subsequent|"
    r"future|coming|ahead of|after the|since the|no date|set for|plan(?:s|ned)? (?:to hold|for)|"
    r"will hold|would hold|to hold|agreed to hold)\b[^,;]{0,40}$"
)
# In a headline the round named is the story, even "to hold 4th round"; only a past one is not.
_ELSEWHERE_TITLE = AnyCase(r"\b(previous|prior|preceding|last|earlier|since)\b[^,;]{0,30}$")
# A headline's "Deadlock after fifth round of talks": usually the round just ended, sometimes an
# earlier one, so it counts only when nothing names the round more plainly.
_AFTER = AnyCase(r"\bafter(?:\s+the)?\s*$")
# Words after a mention that place it in the past or the future: "the eighth round is expected
# next month".
_ELSEWHEN_AFTER = AnyCase(
    r"^[^.;]{0,60}?\b(?:(?:is|are|was|were)\s+(?:now\s+)?(?:expected|scheduled|set|due|slated|planned|likely)|"
    r"due|will\s+(?:be\s+)?(?:held|take place|start|begin|open)|"
    r"last (?:week|month|year|spring|summer|fall|autumn|winter)|"
    r"earlier this (?:week|month|year)|(?:weeks?|months?|years?) ago|in (?:19|20)\d\d)\b"
)
_ELSEWHERE_KO = compiled(r"(지난|앞서|이전|다음|차기|내달|내년|작년|지난해|지난달)[^,]{0,15}$")
_ELSEWHEN_AFTER_KO = compiled(r"^[^.,]{0,20}(예정|계획)")

_AGREEMENT = compiled(
    r"\b(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")[- ](?:(?:[\w-]+\s+){0,3}?)"
    r"(?:Special Measures Agreement|SMA|"
    r"(?:defen[cs]e\s+)?cost[- ]sharing\s+(?:agreement|deal|accord|pact)|"
    r"(?:[A-Z][\w-]*\s+){1,4}(?:Agreement|Accord|Treaty|Pact|Protocol|Framework))\b"
)
_AGREEMENT_KO = compiled(
    r"(?:제\s*)?(?P<num>\d{1,2})\s*차\s*(?:한\s*[·ㆍ-]?\s*미\s*)?(?:방위비\s*분담\s*금?\s*)?"
    r"(?:특별\s*협정|SMA|협정)"
)
# Words each pattern cannot match without (both are case-sensitive): a text with none skips it.
_AGREEMENT_WORDS = (
    "Agreement",
    "SMA",
    "sharing",
    "Accord",
    "Treaty",
    "Pact",
    "Protocol",
    "Framework",
)
_AGREEMENT_WORD = compiled("|".join(_AGREEMENT_WORDS))
_AGREEMENT_KO_WORD = "차"
_NOT_CURRENT = AnyCase(
    r"\b(previous|prior|current|existing|old|expired|expiring|last|earlier|preceding|former)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
# '지난해 11월 타결된 12차 방위비분담특별협정': an agreement already concluded, signed or in force.
_NOT_CURRENT_KO = compiled(r"(?:(?:타결|체결|서명|발효)(?:된|한|됐던)|현행|기존|지난)\s*$")
_AGREEMENT_NOISE = AnyCase(r"\b(round|rounds|meeting|session|talks|year|anniversary)\b")


def round_mentions(sentence: str, headline: bool = False) -> list[tuple[int, bool | str]]:
    """(round number, whether it is the round being reported: True, False or "weak") for each
    mention."""
    out = []
    for pattern in _round_patterns(sentence):
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            if groups.get("plural"):
                continue  # "10 rounds of talks", "the previous three rounds": a count
            written = groups.get("ord") or groups.get("num") or ""
            value = KOREAN_ORDINALS.get(groups.get("ko") or "") or number(written)
            if value:
                out.append(
                    (m.start(), value, _is_current(sentence, m, pattern is _ROUND_KO, headline))
                )
    return [(v, c) for _, v, c in sorted(out)]


def _round_patterns(sentence: str) -> list[re.Pattern | AnyCase]:
    """The round patterns that can match the sentence, in their order: each needs a word
    most sentences lack (see case_odd)."""
    low = sentence.lower()
    patterns = [_ROUND, _ROUND_N] if "round" in low else []
    if "차" in sentence or "번째" in sentence or "첫" in sentence:
        patterns.append(_ROUND_KO)
    if "session" in low or case_odd(sentence):
        patterns.append(_SESSION)
    return patterns


def _is_current(sentence: str, m: re.Match, korean: bool, headline: bool) -> bool | str:
    before, after = sentence[: m.start()], sentence[m.end() :]
    if korean:
        return not (_ELSEWHERE_KO.search(before) or _ELSEWHEN_AFTER_KO.search(after))
    clause = before.split(",")[-1]
    if headline and _AFTER.found(clause) and not _ELSEWHEN_AFTER.found(after):
        return "weak"
    if headline:
        return not _ELSEWHERE_TITLE.found(clause)
    return not (_ELSEWHERE.found(clause) or _ELSEWHEN_AFTER.found(after))


def extract_round(texts: list[tuple[str, str]]) -> tuple[int | None, str]:
    """First round mention that is not about another round, in headline, dek, then the lead;
    else the first 'after the Nth round'."""
    weak = None
    for where, text in texts:
        for sentence in sentences(text):
            for value, current in round_mentions(sentence, headline=where in ("title", "subtitle")):
                if current is True:
                    return value, where
                if current == "weak" and weak is None:
                    weak = (value, where)
    return weak or (None, "missing")


def extract_agreement(texts: list[tuple[str, str]]) -> tuple[int | None, str]:
    """The ordinal of the agreement being negotiated, only where the text states it."""
    for where, text in texts:
        for pattern in _agreement_patterns(text):
            for m in pattern.finditer(text):
                value = number(m.group("ord") if m.groupdict().get("ord") else m.group("num"))
                if not value or (pattern is _AGREEMENT and _AGREEMENT_NOISE.found(m.group())):
                    continue
                before = text[: m.start()]
                korean = pattern is _AGREEMENT_KO and bool(_NOT_CURRENT_KO.search(before))
                if not (korean or _NOT_CURRENT.found(before)):
                    return value, where
    return None, "missing"


def _agreement_patterns(text: str) -> tuple[re.Pattern, ...]:
    """The agreement patterns that can match the text, in their order."""
    english = (_AGREEMENT,) if _AGREEMENT_WORD.search(text) else ()
    return english + ((_AGREEMENT_KO,) if _AGREEMENT_KO_WORD in text else ())
