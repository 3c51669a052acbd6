"""Which outlet published the article, from every clue the page gives."""

from __future__ import annotations

import re

from generator.extract.position import Choice
from generator.lexicon import datelines, outlets
from generator.model import KEPT_ROLES, Cleaned
from generator.text import compiled

_SOURCE_LABEL = compiled(r"\b(?:source|sources|출처)\s*:\s*(?P<who>[^|:]{2,60}?)\s*(?:\||$)", re.I)
_EMAIL_HOST = compiled(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", re.I)
_URL_HOST = compiled(
    r"\b(?:https?://)?(?:www\.)?((?:[\w-]+\.)+(?:com|net|org|kr|jp|cn|uk|in|de|fr|au|ca|tw|sg|"
    r"co|eu|it|es|ru|tr|kp|ch|nl|be|ie|at|se|no|dk|pl|pt|hk|my|id|ph|th|vn|pk|ae|qa|il|ir|"
    r"nz|za|ng|ke|br|mx|ar|tv|news|ps|gr|ua))\b",
    re.I,
)
_DOT_LETTER = compiled(r"\.[a-z]", re.I)

# How much each kind of clue counts: a masthead or copyright line names the publisher,
# a dateline credit names the wire service that wrote the story.
_WEIGHT = {
    "dateline": 3,
    "masthead": 3,
    "copyright": 3,
    "credit": 2,
    "byline": 2,
    "source label": 2,
    "contact": 2,
    "wire-credit-tail": 2,
    "domain": 1,
}


# The winner is sure with this many votes (_WEIGHT) and this lead over the runner-up: one
# masthead or copyright line, or two lesser clues, naming it, and no rival as strong.
SOURCE_SURE = 3
SOURCE_MARGIN = 2


def extract(cleaned: Cleaned) -> tuple[str | None, str]:
    """(outlet name, the clue it came from)."""
    choice = choose(cleaned)
    return choice.value, choice.origin


def choose(cleaned: Cleaned) -> Choice:
    """The outlet with the most votes, weighed by the kind of clue (_WEIGHT)."""
    votes: dict[str, float] = {}
    why: dict[str, str] = {}
    order: list[str] = []

    def vote(outlet, kind: str) -> None:
        if outlet is None:
            return
        if outlet.name not in votes:
            order.append(outlet.name)
            why[outlet.name] = kind
        votes[outlet.name] = votes.get(outlet.name, 0) + _WEIGHT[kind]

    if cleaned.paragraphs:
        m = datelines.AGENCY.match(cleaned.paragraphs[0])
        if m:
            vote(
                outlets.by_name((m.group("who") or m.group("ko") or m.group("word")).strip()),
                "dateline",
            )
    for trim in cleaned.trims:
        if trim.rule == "wire-credit-tail":
            vote(outlets.by_name(trim.text.strip("()")), "wire-credit-tail")
        elif trim.rule == "masthead":
            vote(outlets.by_name(trim.text), "masthead")
    for line in cleaned.lines:
        if (
            line.role not in KEPT_ROLES
        ):  # a line on the page (most are story) holds no clue _line_votes takes
            _line_votes(line, vote)
        if (line.kept or line.role not in _LABEL_ROLES and line.role != "related-list") and (
            "ource" in line.text or "OURCE" in line.text or "출처" in line.text
        ):
            _credit_votes(line.text, vote)  # in a paragraph, or alone under the story
    return _ranked(votes, why, order)


def _credit_votes(text: str, vote) -> None:
    for m in _SOURCE_CREDIT.finditer(text):
        who = m.group("who").split(",")[0].strip()
        vote(outlets.by_name(who) or named_in(who), "source label")


def _ranked(votes: dict, why: dict, order: list) -> Choice:
    if not votes:
        return Choice(None, False)
    # Most votes first; of equals the publisher before a wire (a repost's masthead over the
    # agency its dateline credits), then the first found.
    ranked = sorted(order, key=lambda name: (-votes[name], outlets.is_wire(name)))
    best = ranked[0]
    second = votes[ranked[1]] if len(ranked) > 1 else 0
    sure = votes[best] >= SOURCE_SURE and votes[best] - second >= SOURCE_MARGIN
    return Choice(best, sure, ranked[1] if len(ranked) > 1 else None, why[best])


# Roles whose "Source: X" label _line_votes reads; a credit in any other line is read once.
_LABEL_ROLES = ("stamp", "credit", "above-headline", "menu", "section-label")
_MASTHEAD_CHARS = 40  # a line above the headline this short may be the outlet's name alone
# "(Source: The Korea Times)" closing a story paragraph: the outlet a repost credits.
_SOURCE_CREDIT = compiled(r"[(\[]\s*(?:source|sources|출처)\s*:\s*(?P<who>[^)\]]{2,60})[)\]]", re.I)
_MASTHEAD_SEP = compiled(r"\s+[-–—|:]\s+")
# What a copyright line says besides its holder: "© 2024 npr", "Copyright (c) 2019 Foo Ltd. All
# rights reserved."
_HOLDER_WORDS = compiled(
    r"ⓒ|©|\(c\)|\bcopyright\b|\b(?:19|20)\d{2}\b|[-–]|\ball rights reserved\b|"
    r"\b(?:ltd|limited|inc|llc|plc|co|corp|gmbh|pvt)\b\.?|[.,]",
    re.I,
)


def _line_votes(line, vote) -> None:
    if line.role == "masthead":
        outlet = outlets.by_name(line.text)
        vote(outlet if outlet and _names_itself(line.text, outlet) else None, "masthead")
    elif line.zone == "above" and not line.kept:
        # "헤럴드경제" alone, or "The Guardian - Back to home": the site's name before a link
        # or a motto
        vote(_site_name(line.text), "masthead")
    elif line.role in ("copyright", "credit", "byline"):
        holder = _HOLDER_WORDS.sub(" ", line.text) if line.role == "copyright" else ""
        vote(
            named_in(line.text) or (outlets.by_name(holder) if holder.strip() else None), line.role
        )
    if line.role in _LABEL_ROLES:
        m = _SOURCE_LABEL.search(line.text)
        if m:
            vote(outlets.by_name(m.group("who")) or named_in(m.group("who")), "source label")
    if line.role in ("contact", "byline", "copyright", "credit") or not line.kept:
        if "@" in line.text:
            for host in _EMAIL_HOST.findall(line.text):
                vote(outlets.by_domain(host), "contact")
        elif line.role != "related-list" and _DOT_LETTER.search(line.text):  # a host name has one
            for host in _URL_HOST.findall(line.text):
                vote(outlets.by_domain(host), "domain")


def _site_name(text: str):
    """The outlet a short line above the headline names alone, or before a link or motto."""
    parts = _MASTHEAD_SEP.split(text)
    if len(parts) == 2 or (len(parts) == 1 and len(text) <= _MASTHEAD_CHARS):
        outlet = outlets.by_name(parts[0])
        if outlet and _names_itself(parts[0], outlet):
            return outlet
    return None


def _names_itself(text: str, outlet) -> bool:
    """Whether a short line is the outlet's name as it prints it. One word that matches only
    with "The" put back ("National" for The National) is a section label, not a masthead."""
    if len(text.split()) > 1:
        return True
    own = {name.casefold() for name in (outlet.name, *outlet.aliases)}
    word = text.strip().casefold()
    return word in own or f"the {word}" not in own  # 'hindustantimes' (a logo's stem) names it


def named_in(text: str):
    """The first outlet named in a line; upper-case lines ('STARS AND STRIPES') match any case."""
    m = outlets.name_pattern().search(text)
    if m:
        return outlets.by_name(m.group(1))
    hint = outlets.capitals_hint()
    if hint and text.isascii() and not hint.search(text):
        return None  # no run of capitals long enough: the (slow) any-case search cannot succeed
    for m in outlets.name_pattern_any_case().finditer(text):
        if m.group(1).isupper() and len(m.group(1)) > 3:
            return outlets.by_name(m.group(1))
    return None
