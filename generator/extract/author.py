"""Byline names: 'By X', 'BY X [email]', 'X, staff reporter', 'X in Brussels and Y',
'Reporting by X; Editing by Y', '홍길동 기자', '(서울=연합뉴스) 홍길동 기자 ='."""

from __future__ import annotations

import re
from operator import itemgetter

from generator.extract.position import Choice, lead_index, title_index
from generator.lexicon import outlets
from generator.lexicon.bylines import (
    FOR_OUTLET,
    IN_PLACE,
    JOB,
    NOT_NAME_WORDS,
    PAREN_AFFILIATION,
    SPLIT,
    is_name,
    looks_like_names,
)
from generator.lexicon.dates import date_spans, is_stamp
from generator.model import Cleaned
from generator.text import compiled, ends_sentence, has_digit, has_hangul, word_count

_LEAD = compiled(
    r"^(?:by|reported by|written by|posted by|words by|story by|text by|from|authors?)\s*:?\s+|"
    r"^(?:reporters?|writers?)\s*:\s*|"  # 'Reporter : Choi Da-eun', 'WRITER: X': the job as a label
    r"^(?-i:By)(?=[A-Z][a-z])|"  # "ByRezaul H Laskar": the space lost in the copy
    r"^[\[(]?[가-힣]{2,6}\s*[=/]\s*",
    re.I,
)
_BRACKETS = compiled(r"\s*[\[(<{][^\])>}]*[\])>}]")
_EMAIL = compiled(r"\S+@\S+|https?://\S+")
_REPORTING = compiled(r"^\(?\s*reporting by\s+(?P<names>[^;]+)", re.I)
_KOREAN_BYLINE = compiled(
    r"(?P<names>[가-힣]{2,4}(?:\s*[,·]\s*[가-힣]{2,4})*)\s*(?:선임|수석|객원|전문)?\s*(?:기자|특파원|논설위원|통신원)"
)
# '(제주=연합뉴스) 김민준 기자 =' / '[서울=뉴시스]홍길동 기자 =' at the start of the story.
_KOREAN_DATELINE = compiled(
    r"^[(\[][^()\[\]=]{1,12}=[^()\[\]]{2,12}[)\]]\s*" + _KOREAN_BYLINE.pattern
)
# '【제주=김호연 기자】한국과 미국은 ...': the desk's city and the writer inside one bracket.
_KOREAN_DATELINE_BRACKET = compiled(r"^【[^【】=]{1,12}=\s*" + _KOREAN_BYLINE.pattern + r"\s*】")
# "political reporter Tom Crowley", "Europe correspondent Isabella Higgins": the job before the
# name.
_JOB_BEFORE = compiled(
    r"^(?:[\w'’-]+\s+){0,3}?(?i:reporter|correspondent|editor|writer|producer|journalist|"
    r"analyst|columnist|contributor)\s+(?=[A-Z])"
)
# ", AP Sports Writer", ", CNN Editor-at-large": a job after the names.
_JOB_AFTER = compiled(
    r",\s+(?:[A-Z][\w.-]*\s+){0,4}(?i:writer|reporter|correspondent|editor|columnist)"
)
# "Chaim Gartenberg@cgartenberg", "meganr@spokesman.com(509)": a handle glued to the name.
_DOMAIN_WORD = compiled(r"\w\.(?:com|net|org|co|news)\b", re.I)
_HANDLE_GLUED = compiled(r"\b[a-z0-9._%+-]+@\S+|@\S+")
_EMAIL_ONLY = compiled(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_SEPARATOR = compiled(r"\s+[|—–-]{1,2}\s+")
_O_NAME = compiled(r"^([A-Z])(['’])(\w+)$")


# How much each signal counts for a line's names, summed; the best line wins. Checked on real
# pages (bench/calibrate.py): a byline says "By", carries a job, handle or stamp, and sits by
# the headline and lead; a menu item that looks like a name ("Box Office") sits among menu items.
AUTHOR_WEIGHTS = {
    "by prefix": 3,  # "By X", "Analysis by X", "11/19/2019 by X"
    "cleaner byline": 2,  # the cleaner took the line for a byline (it also takes menu items)
    "credit line": 3,  # "(Reporting by X; Editing by Y)" under the story
    "korean dateline": 5,  # "(서울=연합뉴스) 홍길동 기자 =" opening the story
    "job, handle or email": 2,  # ", AP Sports Writer", "@handle", "x@paper.com", "기자"
    "stamp beside": 2,  # a date on the line or a stamp line next to it
    "next to the lead": 2,  # within _NEAR lines of the lead paragraph
    "near the lead": 1,  # within _CLOSE lines
    "far from the story": -2,  # over _FAR lines before the lead
    "below the lead": -1,  # under the story: a byline there, or a commenter, a related story
    "among menu items": -4,  # short lines around it, no "By": a menu or section list
    "many names": -3,  # over _MANY names: a list of columnists, not a byline
    "job line beside": 2,  # 'Senior Contributor', 'Staff Writer' on the line under the name
    "one word": -3,  # 'written by Regan': a lone word may be a handle, a desk or the site
    "bio below": 3,  # 'Molly Wood (@mollywood) is an Ideas contributor': the writer's box
    "closing byline": 2,  # '김철수 기자 kim@paper.com' right under the story's last paragraph
    "email below": 2,  # 'Seo Ji-hoon' over 'englishnews@chosun.com': the writer's contact
    "outlet below": 2,  # 'Nicoletta Ionta' over 'Euractiv' over its stamp: writer, outlet, date
    # nothing but its shape says so, and it sits above the headline: a menu item or section
    # name ('Travel Notes', 'Middle East'); a byline there says "By" or has a job or stamp
    "above the headline": -3,
}
# The signals that say a line is a byline, not only a line of capitalised words; without one
# (or a stamp on its line or the very next) the names are a guess however high they score.
MARKS = frozenset(
    {"by prefix", "credit line", "korean dateline", "job, handle or email", "job line beside",
     "bio below", "email below", "outlet below"}
)  # fmt: skip
AUTHOR_MIN = 2  # a best sum below this is no author
SURE_MIN = 4  # a sum this high, SURE_MARGIN over any other names, is "high"
SURE_MARGIN = 2
_NEAR, _CLOSE, _FAR = 3, 12, 40
_MANY = 4
_BY_INSIDE = compiled(r"^.{0,30}?\bby\s+(?=\S)", re.I)
# 'Authors: A and B, dpa', 'Reporter: A': the byline's label, said so by its colon
_BY_LABEL = compiled(r"^(?:authors?|reporters?|writers?)\s*:\s*(?=\S)", re.I)
_HANDLE = compiled(
    r"@\w+|\S+@\S+|\b(?:writer|reporter|correspondent|editor|staff)\b|기자|특파원", re.I
)
_CUT = compiled(r"\d|\b(?:updated?|published|posted|on|at)\b\s*:?\s*(?=\d|$)|"
                r"\b(?:updated?|published|original)\b", re.I)  # fmt: skip
# Cleaner roles that name no writer even when they hold names: photo credits, buttons.
_NOT_BYLINE = frozenset(
    {
        "copyright",
        "caption",
        "repeated-caption",
        "page-ui",
        "share-bar",
        "masthead",
        "related-list",
        "photo-credit",
    }
)
_LONGEST = 160  # characters: a longer line is story, not a byline
_PARAGRAPH_WORDS = 12  # a kept paragraph of more words is story
_PARAGRAPH_CHARS = 100  # ... as is one this long (a quick test before counting words)
_MENU_WORDS = 3  # a neighbour this short, not a stamp, is a menu item
_JOB_WORDS = 4  # a job line under a name: 'Senior Contributor', 'AP Sports Writer'
_JOB_LINE = compiled(
    r"\b(?:reporter|writer|correspondent|editor|contributor|columnist|journalist|"
    r"photographer|producer)s?\b",
    re.I,
)  # a person's job, not an outlet's words ('Sunday Herald', 'News')
# A lone word after "written by" that is a role, not a person.
_NOT_ONE_NAME = frozenset("admin administrator staff editor editors guest team desk user".split())


def extract(cleaned: Cleaned) -> tuple[list[str], str]:
    choice = choose(cleaned)
    return choice.value, choice.origin


def choose(cleaned: Cleaned) -> Choice:
    """The names of the best-scored line (AUTHOR_WEIGHTS); [] when no line scores enough."""
    lead = lead_index(cleaned)
    ranked = sorted(_candidates(cleaned, lead), key=lambda c: (-c[0], c[1]))
    best = ranked[0] if ranked and ranked[0][0] >= AUTHOR_MIN else None
    if best is None:
        top = ranked[0] if ranked else None
        # nothing names a person: sure only when a byline names an agency or staff instead
        sure = _unnamed_byline(cleaned) and (top is None or top[0] < AUTHOR_MIN - SURE_MARGIN)
        near_miss = top is not None and top[0] >= 0  # a rejected menu item is no runner-up
        return Choice([], sure, ", ".join(top[2]) if near_miss else None)
    score, at, names, origin, marked = best
    names = _with_adjacent(ranked, at, names)
    if _entry_byline(cleaned.lines, at):
        names = _entry_writers(cleaned.lines, ranked, names)
    others = [c for c in ranked[1:] if c[0] >= 0 and c[2] != names and not set(c[2]) <= set(names)]
    margin = score - (max(others[0][0], 0) if others else 0)
    runner = ", ".join(others[0][2]) if others else None
    one_word = _one_word(names)  # 'Posted by Vortex': a guess
    # a bare capitalised pair ('Travel Notes' over the headline) may be a menu item: a guess,
    # unless a marked line elsewhere names the same people ('Reporting by X' under the story)
    marked = marked or _named_again(ranked, at, names)
    sure = score >= SURE_MIN and margin >= SURE_MARGIN and marked and not one_word
    return Choice(names, sure, runner, origin)


def _named_again(ranked: list, at: int, names: list[str]) -> bool:
    """Whether another line that says it is a byline (MARKS) names these same people."""
    return any(i != at and marked and set(names) <= set(found) for _, i, found, _, marked in ranked)


def _with_adjacent(ranked: list, at: int, names: list[str]) -> list[str]:
    """'김정환 기자' over '이새하 기자': a byline one name a line, the lines next to each other."""
    by_line = {i: found for score, i, found, *_ in ranked if score >= AUTHOR_MIN}
    start = at
    while start - 1 in by_line:  # the lines above the best one, first
        start -= 1
    out, i = [], start
    while i == at or i in by_line:
        out += [n for n in (names if i == at else by_line[i]) if n not in out]
        i += 1
    return out


# A live blog entry's time over its heading: '8:15 a.m. ET July 30', '14:05 BST'.
_ENTRY_TIME = compiled(
    r"^\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?(?:\s+[A-Z]{1,4})?(?:\s+[\w.,]+){0,3}$"
)


def _entry_byline(lines, i: int) -> bool:
    """'Jane Roe' over '8:15 a.m. ET July 30' under the headline: a live blog entry's writer."""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return (
        lines[i].zone in ("header", "body")
        and bool(_ENTRY_TIME.match(nxt))
        and looks_like_names(lines[i].text)
    )


def _entry_writers(lines, ranked: list, names: list[str]) -> list[str]:
    """Every live blog entry's writer, in the page's order, when the page's byline is one of
    them (no byline over the headline names a person)."""
    out = list(names)
    for _, i, found, *_ in sorted(ranked, key=itemgetter(1)):
        if _entry_byline(lines, i):
            out += [n for n in found if n not in out]
    return out


def _unnamed_byline(cleaned: Cleaned) -> bool:
    """'By Reuters Staff', 'By KYODO', '(Yonhap)': a byline or credit that names no person."""
    return any(
        ln.role in ("byline", "credit") and not parse_byline(ln.text)
        and (JOB.search(ln.text) or outlets.name_pattern().search(ln.text))
        for ln in cleaned.lines
    )  # fmt: skip


def _candidates(cleaned: Cleaned, lead: int) -> list[tuple[int, int, list[str], str, bool]]:
    """(score, line, names, origin, marked): marked when something besides the names' shape
    says the line is a byline (MARKS)."""
    lines = cleaned.lines
    last = max((i for i, ln in enumerate(lines) if ln.role == "paragraph"), default=-2)
    title = title_index(cleaned)
    out = []
    for i, ln in enumerate(lines):
        size = len(ln.text)
        if i != lead and (
            size > _LONGEST
            or size > _PARAGRAPH_CHARS
            and ln.role == "paragraph"
            or ln.role in _NOT_BYLINE
        ):
            continue  # story or chrome: most lines, skipped before any test
        found = _names_on(ln.text, ln.role, i == lead)
        if not found:
            continue
        names, signals, origin = found
        names = names + _continued(lines, i)
        signals += _placed(i, lead)
        stamped = has_digit(ln.text) and bool(date_spans(ln.text)) or _stamp_beside(lines, i, 1)
        if stamped or _stamp_beside(lines, i):
            signals.append("stamp beside")
        signals += _around(lines, i, names)
        if i == last + 1 and {"job, handle or email", "email below"}.intersection(signals):
            signals.append("closing byline")
        # a job on the line itself ('김수정 기자') or beside it, its email under it ('김세현 기자' /
        # 'sehyun@kbs.co.kr'), or its outlet after it ('Jane Roe / Khmer Times'): no menu item
        # has one
        beside = {
            "by prefix",
            "job line beside",
            "bio below",
            "job, handle or email",
            "email below",
        }
        beside = beside.intersection(signals) or _affiliated(ln.text)
        if not (beside or stamped) and origin == "byline" and _among_menu(lines, i):
            signals.append("among menu items")  # a menu item has no job, bio or own stamp
        if len(names) > _MANY:
            signals.append("many names")
        marked = bool(MARKS.intersection(signals)) or stamped
        if not marked and title is not None and i < title:
            signals.append("above the headline")
        out.append((sum(AUTHOR_WEIGHTS[s] for s in signals), i, names, origin, marked))
    return out


def _around(lines, i: int, names: list[str]) -> list[str]:
    """What the name line's neighbours (and the names' own shape) say about it."""
    checks = (
        ("job line beside", _job_beside(lines, i)),
        ("one word", _one_word(names)),
        ("email below", _email_below(lines, i)),
        ("outlet below", _outlet_below(lines, i)),
        ("bio below", _bio_below(lines, i, names)),
    )
    return [signal for signal, seen in checks if seen]


_CREW = compiled(r"^\s*(?:촬영\s*기자|영상\s*(?:편집|취재|촬영)|그래픽|촬영)\s*[:：]")


def _names_on(text: str, role: str, is_lead: bool):
    """(names, signals, origin) when the line reads as naming its writers, else None."""
    if is_lead:
        m = _KOREAN_DATELINE.match(text) or _KOREAN_DATELINE_BRACKET.match(text)
        if m:
            return _KOREAN_SPLIT.split(m.group("names")), ["korean dateline"], "dateline"
    if len(text) > _LONGEST:
        return None  # a story paragraph: most lines
    if _CREW.match(text):
        return None  # '촬영기자:김영수/영상편집:박민지': a broadcast's camera and editing crew
    if role == "credit":
        m = _REPORTING.match(text)
        if m:
            return names_in(m.group("names")), ["credit line"], "credit line"
        return None
    if role == "paragraph" and word_count(text) > _PARAGRAPH_WORDS:
        return None
    signals = []
    by = _BY_INSIDE.match(text) if "by" in text[:40].lower() else _BY_LABEL.match(text)
    if by:
        signals.append("by prefix")
        text = text[by.end() :]
    elif role != "byline" and not _may_name(text):
        return None
    if role == "byline":
        signals.append("cleaner byline")
    if _HANDLE.search(text) or _JOB_AFTER.search(text) or _affiliated(text):
        signals.append("job, handle or email")
    names = parse_byline(_before_stamp(text)) or (_one_name(_before_stamp(text)) if by else [])
    return (names, signals, "byline") if names else None


# '김태경 (ktk21)': a Hangul name and the writer's member id on the site, under the stamp.
_HANGUL_MEMBER = compiled(r"^[가-힣]{2,4}\s*\([A-Za-z][\w.-]{1,20}\)$")
_ONE_NAME = compiled(r"^(?-i:[A-Z][a-z'’-]{2,})$")


def _one_name(text: str) -> list[str]:
    """'written by Regan': a lone first name after "by", unless it is a role or an outlet."""
    word = text.strip(" .,:")
    if not _ONE_NAME.match(word) or word.lower() in _NOT_ONE_NAME or JOB.search(word):
        return []
    return [] if outlets.by_name(word) or NOT_NAME_WORDS & {word.lower()} else [word]


def _may_name(text: str) -> bool:
    """A line that is not a byline by role or "By" may still be one: a bare name line, names
    with a job after them or a handle, a Korean '기자' line. Cheap tests first: most lines are
    menu items or story."""
    if "@" in text:
        return bool(_HANDLE_GLUED.search(text))
    if "기자" in text or "특파원" in text:
        return bool(_KOREAN_BYLINE.search(text))
    if _HANGUL_MEMBER.match(text):
        return True
    if not text[:1].isupper() or has_digit(text):
        return False
    if _affiliated(text):
        return text.endswith(")") or looks_like_names(_SEPARATOR.split(text)[0])
    names, comma, rest = text.partition(",")
    if comma and 0 < len(rest.split()) <= 2 and not ends_sentence(text):
        return looks_like_names(names)  # 'VICTOR TANGERMANN, FUTURISM': names, then the outlet
    return bool("," in text and _JOB_AFTER.search(text)) or looks_like_names(text)


def _affiliated(text: str) -> bool:
    """'Jane Roe | NJ.com', 'Jane Roe — The Korea Times', 'Jane Roe (The Korea Times)', 'Jane
    Roe / Khmer Times': names, then the outlet."""
    m = PAREN_AFFILIATION.match(text) if text.endswith(")") else None
    if m:
        return bool(outlets.by_name(m["who"])) and looks_like_names(m["names"])
    parts = _SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 1 and " / " in text:
        parts = text.split(" / ", 1)  # a slash also parts two names: only an outlet counts
    return len(parts) == 2 and bool(
        _DOMAIN_WORD.search(parts[1]) or outlets.name_pattern().match(parts[1])
    )


def _continued(lines, i: int) -> list[str]:
    """'By Ana Costa' / 'and' / 'Ben Ortiz': names that go on two lines down; 'By Ana Costa' /
    'Follow' / 'and Ben Ortiz': past a button, the next name after its 'and'."""
    j = _past_button(lines, i + 1)
    if j + 1 < len(lines) and lines[j].text.strip().lower() in ("and", "&", ","):
        return parse_byline(_before_stamp(lines[_past_button(lines, j + 1)].text))
    m = _AND_NAME.match(lines[j].text) if j < len(lines) else None
    return parse_byline(_before_stamp(m.group(1))) if m else []


_AND_NAME = compiled(r"^(?:and|&)\s+(?-i:([A-Z].{2,60}))$", re.I)  # 'and Claire Dubois'


def _past_button(lines, j: int) -> int:
    """The first line from j that is not a one-word button ('Follow') of the share bar."""
    while j < len(lines) and lines[j].role == "share-bar" and " " not in lines[j].text.strip():
        j += 1
    return j


def _before_stamp(text: str) -> str:
    """'Al Root Updated Nov. 19' -> 'Al Root'; 'Maren Estrada 2 days ago' -> 'Maren Estrada'."""
    text = _HANDLE_GLUED.sub(" ", _BRACKETS.sub("", text))
    cuts = [m.start() for m in (_CUT.search(text),) if m]
    cuts += [span[0] for span in date_spans(text)[:1]]
    cut = min((c for c in cuts if c > 0), default=len(text))
    return text[:cut].rstrip(" -–—|/,·•")


def _placed(i: int, lead: int) -> list[str]:
    gap = lead - i
    if -_NEAR <= gap <= _NEAR:
        return ["next to the lead"]
    if gap < -_NEAR:
        return ["below the lead"]
    if gap <= _CLOSE:
        return ["near the lead"]
    return ["far from the story"] if gap > _FAR else []


def _stamp_beside(lines, i: int, reach: int = 2) -> bool:
    """A stamp within `reach` lines; right next to the name (reach 1) it marks a byline."""
    return any(
        0 <= j < len(lines) and (lines[j].role == "stamp" or is_stamp(lines[j].text))
        for j in range(i - reach, i + reach + 1)
        if j != i
    )


def _one_word(names: list[str]) -> bool:
    """One Latin-script word ('Regan', 'Vortex'); a Hangul name is one word by nature."""
    return len(names) == 1 and " " not in names[0] and names[0].isascii()


def _job_beside(lines, i: int) -> bool:
    """'Bruce Lee' over 'Senior Contributor': a job title alone on the next line."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return 0 < len(nxt.split()) <= _JOB_WORDS and bool(_JOB_LINE.search(nxt)) and not has_digit(nxt)


_HANDLE_ONLY = compiled(r"@\w{2,30}")  # 'Evelyn Park' over '@EvelynParkCNBC'


def _email_below(lines, i: int) -> bool:
    """The next line holds an email address or a social handle and nothing else: the name's
    contact."""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return bool(_EMAIL_ONLY.fullmatch(nxt) or _HANDLE_ONLY.fullmatch(nxt))


def _outlet_below(lines, i: int) -> bool:
    """The outlet's name alone on the next line, and a stamp on the one after."""
    return i + 2 < len(lines) and lines[i + 1].role == "masthead" and lines[i + 2].role == "stamp"


def _bio_below(lines, i: int, names: list[str]) -> bool:
    """The first name again, opening a line further down that says who the writer is."""
    if not names or " " not in names[0]:
        return False
    opening = (names[0] + " is ", names[0] + " (@", names[0] + " has ")
    return any(ln.text.startswith(opening) for ln in lines[i + 1 :])


def _among_menu(lines, i: int) -> bool:
    near = [lines[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(lines)]
    short = [ln for ln in near if len(ln.text.split()) <= _MENU_WORDS and ln.role != "stamp"]
    return len(short) >= 3


_KOREAN_SPLIT = compiled(r"\s*[,·]\s*")


def parse_byline(text: str) -> list[str]:
    """The person names in one byline line; [] when it names no person."""
    text = text.strip()
    if text[:1] in "([" and text[-1:] in ")]":
        text = text[1:-1].strip()  # "(By A and B)" repeated under the story
    text = _EMAIL.sub("", _BRACKETS.sub("", _LEAD.sub("", text)))
    text = _SEPARATOR.split(text)[0]
    if text.rstrip().endswith(":"):
        return []  # 'Email: x@paper.com', '이메일 : jebo@...': a contact's label, not a name
    outlet, _, rest = text.strip().partition(" ")
    if has_hangul(rest[:1]) and outlets.by_name(outlet):
        text = rest  # 'YTN 김지환', 'CBS노컷뉴스 김수정 기자': the outlet, then the byline
    if _KOREAN_BYLINE.match(text.strip()):
        # '박성민 특파원 , 이수진 기자': every name before a job word, emails already gone
        return [
            n for m in _KOREAN_BYLINE.finditer(text) for n in _KOREAN_SPLIT.split(m.group("names"))
        ]
    text = _without_outlet_tail(FOR_OUTLET.sub("", IN_PLACE.sub("", text)))
    out = []
    for part in SPLIT.split(text):
        part = _JOB_BEFORE.sub("", part.strip(" .,:"))
        if not part:
            continue
        if _is_city(part):
            break  # "Rezaul H Laskar, New Delhi", "NEW DELHI": where the reporter filed from
        if JOB.search(part) or not is_name(part) or outlets.name_pattern().match(part):
            break  # job titles and outlet names follow the names
        if NOT_NAME_WORDS.intersection(part.lower().split()):
            return []  # "Related Links": chrome, not a byline
        out.append(part)
    return [_case(n) for n in out]


def _without_outlet_tail(text: str) -> str:
    """'A , B Associated Press': the wire's name glued after the last name, no mark between."""
    end = len(text.rstrip())
    for m in outlets.name_pattern().finditer(text):
        if m.end() == end and m.start() > 0 and text[m.start() - 1] == " ":
            return text[: m.start()].rstrip()
    return text


def _is_city(part: str) -> bool:
    from generator.extract.location import place  # the gazetteer every article loads anyway

    found = place(part)
    return found is not None and found.casefold() == part.casefold()


def names_in(text: str) -> list[str]:
    """Names in a credit such as 'Hyonhee Shin in Seoul and Jane Doe in Washington'."""
    text = IN_PLACE.sub("", text)
    parts = [p.strip(" .") for p in SPLIT.split(text)]
    return [_case(p) for p in parts if p and not JOB.search(p) and is_name(p)]


def _case(name: str) -> str:
    """'LEE JI-HOON' -> 'Lee Ji-hoon'; 'DANIEL MERCER' -> 'Daniel Mercer'. Mixed case is kept."""
    if not name.isupper():
        return name
    out = []
    for word in name.split():
        pieces = word.split("-")
        # Korean given names: "JI-HOON" -> "Ji-hoon"; Western compounds: "JEAN-PIERRE" ->
        # "Jean-Pierre"
        korean = len(pieces) == 2 and all(len(p) <= 4 for p in pieces)
        cased = [_cap(p) if i == 0 or not korean else p.lower() for i, p in enumerate(pieces)]
        out.append("-".join(cased))
    return " ".join(out)


def _cap(word: str) -> str:
    """'O'CARROLL' -> "O'Carroll", 'MCDONALD' stays 'Mcdonald' (we cannot know)."""
    m = _O_NAME.match(word)
    return f"{m.group(1)}{m.group(2)}{m.group(3).capitalize()}" if m else word.capitalize()
