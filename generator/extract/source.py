"""Which outlet published the article, from every clue the page gives."""
from __future__ import annotations

import re

from generator.extract import outlets
from generator.model import Cleaned

# The agency credit of a dateline: "SEOUL (Reuters) -", "SEOUL, Oct. 25 (Yonhap) --", "[서울=연합뉴스]".
_DATELINE = re.compile(r"^[A-Z][\w .,'’-]{1,40}?\((?P<who>[^()]{2,40})\)\s*(?:--|-|—|–|:)|^\[[^\]=]{1,12}=(?P<ko>[^\]]{2,12})\]")
_EMAIL_HOST = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", re.I)
_URL_HOST = re.compile(r"\b(?:https?://)?(?:www\.)?((?:[\w-]+\.)+(?:com|net|org|kr|jp|cn|uk|in|de|fr|au|ca|tw|sg|co|eu|it|es|ru|tr|kp))\b", re.I)

# How much each kind of clue counts: a masthead or copyright line names the publisher,
# a dateline credit names the wire service that wrote the story.
_WEIGHT = {"dateline": 3, "masthead": 3, "copyright": 3, "credit": 2, "byline": 2,
           "contact": 2, "wire-credit-tail": 2, "domain": 1}


def extract(cleaned: Cleaned) -> tuple[str | None, str]:
    """(outlet name, the clue it came from)."""
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
        m = _DATELINE.match(cleaned.paragraphs[0])
        if m:
            vote(outlets.by_name((m.group("who") or m.group("ko")).strip()), "dateline")
    for trim in cleaned.trims:
        if trim.rule == "wire-credit-tail":
            vote(outlets.by_name(trim.text.strip("()")), "wire-credit-tail")
    for line in cleaned.lines:
        if line.role == "masthead":
            vote(outlets.by_name(line.text), "masthead")
        elif line.role in ("copyright", "credit", "byline"):
            vote(_named_in(line.text), line.role)
        if line.role in ("contact", "byline", "copyright", "credit") or not line.kept:
            for host in _EMAIL_HOST.findall(line.text):
                vote(outlets.by_domain(host), "contact")
            if line.role not in ("related-list",):
                for host in _URL_HOST.findall(line.text):
                    if "@" not in line.text:
                        vote(outlets.by_domain(host), "domain")
    if not votes:
        return None, "missing"
    best = max(order, key=lambda name: votes[name])  # max keeps the first of equals
    return best, why[best]


def _named_in(text: str):
    m = outlets.name_pattern().search(text)
    if m:
        return outlets.by_name(m.group(1))
    m = re.search(outlets.name_pattern().pattern, text, re.I)
    return outlets.by_name(m.group(1)) if m else None
