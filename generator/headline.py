"""The headline chosen among the lines above the story, by scoring every candidate.

A pasted page holds many title-like lines above the story: menu entries, other stories'
headlines, section names, banners. The headline is told from them by where it sits (just above
the story, with a byline or stamp under it), by its shape, and by being printed again on the page
(an <h1> and its og:title copy, a share label, the URL's slug). Each signal is a feature in
[0, 1]; the score is the weighted sum with the weights in WEIGHTS.

Confidence: `choose` gives the best candidate the logistic of its score's margin over the
runner-up's (temperature TEMPERATURE), so 0.5 means a tie and a share near 1 a wide margin;
every other candidate gets the logistic of its gap to the best (under 0.5). The runner-up is
never the best's own copy (the same words) nor its dek (`_has_dek`): either names the same
story. On realworld-dev (79 real pages) a best share of CONFIDENT (0.97, a margin of about 3.5)
or more picked the right headline on all 56 pages that reached it, and on all 64 of the 72
labelled pages under tests/corpus that did (the two wrong picks had margins under 1.5); below
it the title should be marked low-confidence. The rows from `foreign` on mark the chrome that
was the runner-up on the pages left under it: they widen true margins, not lower the bar.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

WINDOW = 40  # how many lines above the story start are looked at
TEMPERATURE = 1.0  # of the logistic that turns score margins into shares
CONFIDENT = 0.97  # a best share at or above this: the title is right (see the docstring)

# What each feature is worth; features are in [0, 1].
WEIGHTS = {
    "near": 3.0,  # few title-shaped lines (not deks, not captions) between it and the story
    "header_after": 2.0,  # a byline or stamp under it or under its dek (half: a line further)
    # printed again on the page: twice in a row, in a share label or a URL slug (a caption's
    # copy is no sign)
    "repeated": 1.5,
    "shape": 1.0,  # 4 to 25 words: a headline's length (3 words get half)
    "length": 1.5,  # its words over 8, at most 1: headlines are long beside menu entries
    "longer": 1.0,  # longer than the lines just above it (menu entries are short)
    "nav_run": -2.0,  # short menu-like lines right above and below it: a menu entry or slogan
    "period": -1.5,  # ends with a full stop: a dek, a caption or a teaser, seldom a headline
    # shaped like a photo caption (a credit at its end); a caption beside the story sits as near
    # it as the headline and shares its words, so only a large weight keeps it a clear second
    "caption": -4.0,
    "under_title": -2.5,  # right under a title-shaped line of 4+ words: a dek
    # under a byline or stamp that is under a longer title: a caption, or a second dek below
    # the byline (Korean pages print one), as near the story as it and as much about it
    "under_header": -3.0,
    "long": -1.5,  # over 20 words: more often a dek or a teaser than a headline
    "listed": -2.5,  # among the items of a 'Trending' or 'Up next' list
    "lead_words": 3.0,  # share of its content words the story's first lines use again
    "kicker": -2.0,  # a short topic label whose words the headline under it repeats
    "credit_below": -2.0,  # a photo credit or 'Credit' label under it: a photo caption
    "glued": -2.0,  # 'Weather (This Morning)Some sun': a link's headline and teaser run together
    # menu entries run together, 'FinancialGovernment SolutionsLegal': a small letter then a
    # capital inside a word twice or more, after four small letters ('iPhone', 'DualShock',
    # 'WhatsApp' have one or none)
    "run_together": -2.0,
    "cut": -2.5,  # ends in '..' or '…': a link's teaser cut short by the site, never a headline
    # none of its letters in the story's script: '阅读简体中文版' (a language switch) over an
    # English story, 'Entermedia' over a Korean one; a headline is written as its story is
    "foreign": -2.5,
    # a short line in capitals right over a longer headline in mixed case: a kicker or section
    # label ('BLACK DEATH FEARS', 'TRD NATIONAL'), whose 'dek' is the headline itself
    "shouted": -2.0,
    # not one of its content words in the story's first lines: another story's headline, a
    # site's slogan or a program's name; a headline names at least one thing its lead does
    "off_topic": -1.0,
    # a line of a word or three right over a long title-shaped line: a topic or section label
    # ('South China Sea', 'Plastic pollution'), whose byline sign is the headline's under it
    "label": -2.0,
    # the page names it as the headline: a print-edition note ('... under the headline "Holy
    # mackerel"', '... with the headline: X'): a short pun headline's one sign, worth more than
    # the longer dek's shape and length under it (and no topic label's, see features)
    "named": 5.0,
}
LEAD_LINES = 3  # how many story lines the lead-word share reads
# content words the lead-word share is taken over at least: 'South China Sea' over a story
# about it shares all its words, as weak a sign as a long headline sharing a few
LEAD_LEAST = 3
_STEM = 5  # letters of a Latin word compared: "allies" meets "allied", "troops" "troop"
_SCRIPT_STEM = 2  # syllables of a Hangul or CJK word compared (particles follow the stem)


@dataclass(frozen=True)
class Line:
    """One line as the headline scorer sees it."""

    text: str
    words: int
    kind: str  # "candidate", "header" (byline, stamp), "chrome", "prose" or "other"
    caption: bool = False
    listed: bool = False  # an item under a list heading


_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
_SCRIPT = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Short function words carry no topic: they never count as a shared word.
_FUNCTION_WORDS = frozenset(
    "the and for with from that this into over after about says said will have has been than "
    "what when where which while their there them they your more most amid".split()
)


def stems(text: str) -> set[str]:
    """The content words of a line, cut to their first letters so 'talks' meets 'talk'."""
    out = set()
    for word in _WORD.findall(text.lower()):
        if _SCRIPT.match(word):
            if len(word) >= _SCRIPT_STEM:
                out.add(word[:_SCRIPT_STEM])
        elif (len(word) >= 4 or word[:1].isdigit()) and word not in _FUNCTION_WORDS:
            out.add(word[:_STEM])
    return out


def lead_share(text: str, lead: set[str], least: int = 1) -> float:
    """How many of the line's content words the lead uses, over its content words (over
    `least` when it has fewer)."""
    own = stems(text)
    return len(own & lead) / max(len(own), least) if own else 0.0


def loose(text: str) -> str:
    """The line's words in lower case, one space apart: how two printings are compared."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def _next_plain(lines: list[Line], idx: int, step: int, count: int) -> list[Line]:
    """The next `count` lines before (step -1) or after (step 1) idx that are not chrome."""
    out, j = [], idx + step
    while 0 <= j < len(lines) and len(out) < count:
        if lines[j].kind != "chrome":
            out.append(lines[j])
        j += step
    return out


def _header_after(lines: list[Line], idx: int) -> float:
    """1 when a byline or stamp follows it, past nothing but its dek or photo caption (lines
    longer than it or ending in a stop); 0.5 when other lines come between; else 0."""
    passed_only_dek = True
    for ln in _next_plain(lines, idx, 1, 4):
        if ln.kind == "header":
            return 1.0 if passed_only_dek else 0.5
        passed_only_dek = passed_only_dek and (
            ln.words > lines[idx].words
            or _dek_or_caption(ln)
            or ln.kind == "prose"
            or bool(_CREDIT_LABEL.match(ln.text))
        )
    return 0.0


DEK_SHORTEST = 0.45  # a line under a title, under this share of its length, is no dek of it
ON_TOPIC = 0.25  # a lead-word share from which a line is about the story


def _on_topic(other: Line, ln: Line, lead: set[str]) -> bool:
    """A line above that could be this story's headline: it shares a word with the line or
    with the lead. A banner or another story's link shares none; a dek's headline does."""
    return bool(stems(other.text) & stems(ln.text)) or lead_share(other.text, lead) >= ON_TOPIC


def _under_title(lines: list[Line], idx: int, lead: set[str]) -> bool:
    above = lines[idx - 1] if idx else None  # right above: a link line between parts the two
    return (
        above is not None
        and above.kind == "candidate"
        and not above.listed
        and above.words >= 4
        and not _dek_or_caption(above)
        and len(lines[idx].text) >= DEK_SHORTEST * len(above.text)  # a dek is seldom shorter
        and not _label(lines, idx - 1)  # under a kicker: the headline, not its dek
    )


def _under_header(lines: list[Line], idx: int, lead: set[str]) -> bool:
    """Under a byline or stamp that is itself under a title-shaped line about the story:
    inside the story's header (a caption, a dek), below the headline."""
    above = _next_plain(lines, idx, -1, 3)
    if not above or above[0].kind != "header":
        return False
    return any(
        a.kind == "candidate" and a.words >= 5 and _on_topic(a, lines[idx], lead) for a in above[1:]
    )


def _dek_or_caption(ln: Line) -> bool:
    return _captioned(ln) or ln.text.rstrip("\"'”’)").endswith(".")


# "... before the talks on Tuesday. (Yonhap)": a sentence closed by a photo credit.
_CREDIT_END = re.compile(r"[.!?]\s*\([^()]{2,40}\)$")


# "... 대표들이 논의하고 있다. 연합뉴스", "... at the talks. Reuters": a sentence closed by a bare
# credit of a word or three. The stop ends a word in small letters, a syllable or a number, so
# 'the U.S. Senate' and 'to kill Rep. Ilhan Omar' are no sentence ends.
_BARE_CREDIT_END = re.compile(
    r"(?:(?<![\w.'’-])[a-z]{2,}|[\uac00-\ud7af]|\d)[.!?]\s+[^\s.!?]{2,}(?:\s[^\s.!?]+){0,2}$"
)
CREDITED_WORDS = 6  # words of a line, at least, for a bare credit at its end to mark a caption


def _captioned(ln: Line) -> bool:
    return (
        ln.caption
        or bool(_CREDIT_END.search(ln.text))
        or (ln.words >= CREDITED_WORDS and bool(_BARE_CREDIT_END.search(ln.text)))
    )


_CUT_MARKS = ("..", "…")
_JOINED = re.compile(r"[a-z]{4}[A-Z][a-z]")
RUN_TOGETHER = 2  # joins of a small letter and a capital that make a line entries run together
_GLUED = re.compile(r"[.)!?][A-Z][a-z]")
_CREDIT_LABEL = re.compile(r"^(?:photo|image|picture|credit|source)s?\b", re.I)


def _kicker(lines: list[Line], idx: int) -> bool:
    """'Dancing With the Stars' over a stamp and 'X eliminated from Dancing With the Stars'."""
    ln = lines[idx]
    if ln.words > 4:
        return False
    own = set(loose(ln.text).split())
    return any(
        b.kind == "candidate" and b.words > ln.words and own <= set(loose(b.text).split())
        for b in _next_plain(lines, idx, 1, 2)
    )


def _credit_below(lines: list[Line], idx: int) -> bool:
    nxt = _next_plain(lines, idx, 1, 1)
    return bool(nxt) and (nxt[0].caption or bool(_CREDIT_LABEL.match(nxt[0].text)))


# The scripts a line's letters are told apart by; a letter of none of them counts for none.
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "hangul": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff]"),
}


def scripts(text: str) -> dict[str, int]:
    """How many letters of each script the text holds (scripts it has none of left out)."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    return {name: n for name, n in counts.items() if n}


def _story_script(lines: list[Line], start: int) -> str | None:
    counts = scripts(" ".join(ln.text for ln in lines[start : start + LEAD_LINES]))
    return max(counts, key=counts.get) if counts else None


def _foreign(ln: Line, script: str | None) -> bool:
    own = scripts(ln.text)
    return bool(script and own) and script not in own


SHOUT_WORDS = 4  # words of a line in capitals, at most, that read as a label over the headline
_CASED_LEAST = 4  # letters a line needs before its capitals say anything


def _capitals(text: str) -> bool:
    """Every letter a capital ('BLACK DEATH FEARS'); a Hangul or CJK letter is none."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _CASED_LEAST and all(c.isupper() for c in letters)


def _shouted(lines: list[Line], idx: int) -> bool:
    """'BLACK DEATH FEARS' over 'Hunter diagnosed with bubonic plague ...': a label in capitals
    right over a longer line in mixed case."""
    ln = lines[idx]
    if ln.words > SHOUT_WORDS or not _capitals(ln.text):
        return False
    nxt = _next_plain(lines, idx, 1, 1)
    return (
        bool(nxt)
        and nxt[0].kind == "candidate"
        and nxt[0].words > ln.words
        and not _capitals(nxt[0].text)
    )


LABEL_WORDS = 3  # words of a label over the headline, at most


# words of a label, at most, when the long line under it has a dek of its own under it: kicker,
# headline and dek printed as a trio ('US Troops in Germany' / the headline / a sentence)
TRIO_LABEL_WORDS = 5


def _label(lines: list[Line], idx: int) -> bool:
    ln = lines[idx]
    if ln.words > TRIO_LABEL_WORDS:
        return False
    nxt = _next_plain(lines, idx, 1, 3)
    if not (
        nxt
        and nxt[0].kind == "candidate"
        and nxt[0].words >= max(HEADLINE_WORDS, 2 * ln.words)
        and not _dek_or_caption(nxt[0])
    ):
        return False
    return ln.words <= LABEL_WORDS or _own_dek(nxt)


def _own_dek(nxt: list[Line]) -> bool:
    """Under the title-shaped line nxt[0], a longer sentence (not a photo caption) that is its
    dek: above the story start, or with the byline or stamp right under it (a sentence with
    more story under it is the lead, and the two lines above it a headline and its dek)."""
    if len(nxt) < 2:
        return False
    title, below = nxt[0], nxt[1]
    header_under = len(nxt) == 3 and nxt[2].kind == "header"
    return (
        (below.kind == "candidate" or header_under)
        and not _captioned(below)
        and below.text.rstrip("\"'”’)").endswith(".")
        and below.words > title.words
    )


OFF_TOPIC_LEAST = 2  # content words a line needs before sharing none with the lead says much


def _off_topic(ln: Line, lead: set[str]) -> bool:
    if _SCRIPTS["cjk"].search(ln.text):
        return False  # Chinese and Japanese words are not spaced: their stems seldom meet
    own = stems(ln.text)
    return bool(lead) and len(own) >= OFF_TOPIC_LEAST and not own & lead


def features(
    lines: list[Line], idx: int, start: int, page: str, lead: set[str] = frozenset()
) -> dict[str, float]:
    ln = lines[idx]
    between = lines[idx + 1 : start]
    # title-shaped lines between it and the story (a dek or caption, ending in a stop, is not)
    gap = len({b.text for b in between if b.kind == "candidate" and not _dek_or_caption(b)})
    before = [b for b in lines[max(0, idx - 3) : idx] if b.kind != "chrome"]
    after = lines[idx + 1 : idx + 2]
    # its first six words again elsewhere (a URL slug is cut short after a few words)
    head = " ".join(ln.text.lower().split()[:6])
    named = _named(ln.text, page)
    # a caption's copy (the photo's and its gallery's) is a caption's sign, not a headline's
    repeated = (
        ln.words >= 4
        and not _captioned(ln)
        and (page.count(head) >= 2 or loose(head) in page[page.rfind("\n") :])
    )
    return {
        "near": max(0.0, 1.0 - gap / 8),
        "header_after": _header_after(lines, idx),
        "repeated": float(repeated),
        "shape": 1.0 if 4 <= ln.words <= 25 else 0.5 if ln.words == 3 else 0.0,
        "length": min(1.0, ln.words / 8),
        "longer": float(
            bool(before)
            and len(ln.text) > 1.5 * max(len(b.text) for b in before)
            and not _under_title(lines, idx, lead)  # a dek is longer than its headline
        ),
        "nav_run": float(
            bool(before and after)
            and ln.words <= 6
            and before[-1].words <= 3
            and after[0].words <= 3
            and after[0].kind in ("other", "candidate")
        ),
        "period": float(ln.text.rstrip("\"'”’)").endswith(".")),
        "caption": float(_captioned(ln)),
        "under_title": float(_under_title(lines, idx, lead)),
        "under_header": float(_under_header(lines, idx, lead)),
        "long": float(ln.words > 20),
        "listed": float(ln.listed),
        "lead_words": lead_share(ln.text, lead, LEAD_LEAST),
        "kicker": float(_kicker(lines, idx)),
        "credit_below": float(_credit_below(lines, idx)),
        "glued": float(bool(_GLUED.search(ln.text))),
        "run_together": float(len(_JOINED.findall(ln.text)) >= RUN_TOGETHER),
        "cut": float(ln.text.rstrip("\"'”’)").endswith(_CUT_MARKS)),
        "foreign": float(_foreign(ln, _story_script(lines, start))),
        "shouted": float(_shouted(lines, idx)),
        "off_topic": float(_off_topic(ln, lead)),
        # a line the page names as its headline is no topic label over it
        "label": float(_label(lines, idx) and not named),
        "named": float(named),
    }


_NAMED = re.compile(r"\bheadline\s*:?\s*[\"“'‘]?")


def _named(text: str, page: str) -> bool:
    """'... under the headline "Holy mackerel"': the page quotes the line as its headline."""
    low = text.lower()
    return any(page.startswith(low, m.end()) for m in _NAMED.finditer(page))


def choose(lines: list[Line], start: int, page: list[str]) -> list[tuple[int, float]]:
    """The candidate lines above `start`, best first, each with its share in [0, 1]. `page` is
    every line of the page, looked through for the candidates' repeats."""
    first = max(0, start - WINDOW)
    picks = [i for i in range(first, start) if lines[i].kind == "candidate"]
    if not picks:
        return []
    # the page in lower case, and its web addresses with their slugs' hyphens as spaces
    printed = "\n".join(page).lower() + "\n" + loose(" ".join(t for t in page if "/" in t))
    lead = set().union(*(stems(ln.text) for ln in lines[start : start + LEAD_LINES]))
    scores = []
    for i in picks:
        f = features(lines, i, start, printed, lead)
        scores.append((i, sum(WEIGHTS[k] * v for k, v in f.items())))
    keys = {i: loose(lines[i].text) for i in picks}
    return ranked(scores, keys, {i: i + 1 for i in picks if _has_dek(lines, i, lead)})


HEADLINE_WORDS = 6  # words of a line whose dek under it is no rival (a kicker has fewer)


def _has_dek(lines: list[Line], idx: int, lead: set[str]) -> bool:
    """The next line is this one's dek: right under it, as long, not a caption (_under_title),
    shaped as a dek (longer than it, or a sentence) with the byline or stamp under it
    (_header_after 1), or as short as it and less about the story (_dek_below). A headline of
    HEADLINE_WORDS words or more, about the story (its words in the lead), and its dek name one
    story, so the dek is no rival for the title; a short kicker's or an off-topic banner's
    'dek' may be the headline itself, and a line as short as the one above it and as much
    about the story may be the headline under a related story's."""
    return (
        lines[idx].words >= HEADLINE_WORDS
        and lead_share(lines[idx].text, lead, LEAD_LEAST) >= ON_TOPIC
        and idx + 1 < len(lines)
        and lines[idx + 1].kind == "candidate"
        and _under_title(lines, idx + 1, lead)
        and (_header_after(lines, idx) == 1.0 or _dek_below(lines, idx, lead))
    )


DEK_ECHO = 0.5  # share of a dek's content words the headline above it uses, under this


def _dek_below(lines: list[Line], idx: int, lead: set[str]) -> bool:
    """A dek as short as its headline ('Seoul to press case ...' under 'S. Korea, US open 4th
    round ...'): the byline right under it, and it about the story less than the line above
    it (a tie says nothing). A headline under a related story's link uses the lead's words
    more than the link does, and a line in the headline's own words is another printing of a
    title, not a dek (a dek says what the headline does not)."""
    below, above = lines[idx + 1], lines[idx]
    shares = [lead_share(ln.text, lead, LEAD_LEAST) for ln in (below, above)]
    own = stems(below.text)
    echoed = len(own & stems(above.text)) / max(1, len(own))
    return _header_after(lines, idx + 1) == 1.0 and shares[0] < shares[1] and echoed < DEK_ECHO


COPY_WORDS = 4  # words of the best line, at least, for a line ending in them to be its copy


def _copy(other, best) -> bool:
    """The best line printed again: the same words, or a breadcrumb or label ending in them
    ('Home / India News / <headline>'); either names the same title."""
    if other == best:
        return True
    return (
        isinstance(other, str)
        and isinstance(best, str)
        and len(best.split()) >= COPY_WORDS
        and other.endswith(" " + best)
    )


def _logistic(x: float) -> float:
    return 1 / (1 + math.exp(-x / TEMPERATURE))


def ranked(
    scores: list[tuple[int, float]],
    keys: dict[int, str] | None = None,
    deks: dict[int, int] | None = None,
) -> list[tuple[int, float]]:
    """Best first; the best's share is the logistic of its margin over the runner-up (over 0
    when it is alone), every other's the logistic of its (negative) gap to the best. On a tie
    the line nearer the story wins. With `keys` (a line's words), the runner-up is the best
    line with other words: the headline printed twice (an <h1> and its copy) names one title,
    so its copy does not make the choice a guess. Nor does the best's own dek (`deks`: a line
    -> the line that is its dek)."""
    order = sorted(scores, key=lambda p: (-p[1], -p[0]))
    best, top = order[0][1], order[0][0]
    keys, deks = keys or {}, deks or {}
    others = [
        s
        for i, s in order[1:]
        if not _copy(keys.get(i, i), keys.get(top, top)) and i != deks.get(top)
    ]
    runner = others[0] if others else 0.0
    return [(order[0][0], _logistic(best - runner))] + [
        (i, _logistic(s - best)) for i, s in order[1:]
    ]
