"""Which outlet published the article, from every clue the page gives."""

from __future__ import annotations

import re
import unicodedata

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
    "self-reference": 2,  # 'Follow The Verge online', 'About SFGATE', 'Subscribe to WIRED'
    "title line": 2,  # 'Headline | Site' printed above the story
    "domain": 1,
    "top line": 1,  # a short name-like line above the headline (an outlet not in the table)
    "photo credit": 1,  # '© REUTERS / POOL': the picture's owner, not the page's
    "wire copyright": 3,
    "bio": 2,  # 'Phil Helsel is a reporter for NBC News.' under the story
}

# Clues in which the site names itself (the publisher); the others name who wrote the story
# (a wire's dateline, a byline, a credit), which on a repost is not the publisher.
_OWN_KINDS = frozenset(
    {"masthead", "copyright", "contact", "self-reference", "title line", "domain", "top line"}
)

# The winner is sure with this many votes (_WEIGHT) and this lead over the runner-up: one
# masthead or copyright line, or two lesser clues, naming it, and no rival as strong.
SOURCE_SURE = 3
SOURCE_MARGIN = 2
# An outlet missing from the table is named with this many votes from at least two clues
# (or a copyright line), always as a guess; sure only when this many kinds of clue agree.
UNLISTED_NAMED = 3
UNLISTED_SURE_KINDS = 3


class _Tally:
    """Votes per outlet: listed outlets by their name, others by the name's loose key."""

    def __init__(self):
        self.votes: dict[str, float] = {}
        self.kinds: dict[str, set] = {}
        self.clues: dict[str, set] = {}
        self.shown: dict[str, str] = {}
        self.listed: dict[str, bool] = {}
        self.order: list[str] = []
        self.first: dict[str, str] = {}
        self.group_owned = False  # a media group holds the site's copyright

    def vote(self, outlet, kind: str, text: str = "") -> None:
        if outlet is None:
            return
        if isinstance(outlet, str):
            found = outlets.by_name(outlet)
            if found is None:
                self._add(_loose_key(outlet), outlet.strip(), False, kind, text)
                return
            outlet = found
        if not outlet.group:  # a media group's name ('Vox Media') names none of its sites
            self._add(outlet.name, outlet.name, True, kind, text)
        elif kind == "copyright":
            self.group_owned = True

    def _add(self, key: str, name: str, listed: bool, kind: str, text: str) -> None:
        if not key:
            return
        if key not in self.votes:
            self.order.append(key)
            self.votes[key], self.kinds[key], self.clues[key] = 0, set(), set()
            self.shown[key], self.listed[key], self.first[key] = name, listed, kind
        if not listed and (kind, text) in self.clues[key]:
            return  # a menu printed twice is one clue
        self.clues[key].add((kind, text))
        self.kinds[key].add(kind)
        self.votes[key] += _WEIGHT[kind]
        if not listed and _better_shown(name, self.shown[key]):
            self.shown[key] = name


def _better_shown(new: str, old: str) -> bool:
    """'SFGate' over 'SFGATE', 'The Republic' over 'therepublic.com', 'Foo.com' over 'foo.com':
    the name as the site prints it in words, in its own capitals."""
    if _PRINTED_HOST.fullmatch(old) and not _PRINTED_HOST.fullmatch(new):
        return True
    return (old.isupper() and not new.isupper()) or (old.islower() and not new.islower())


def extract(cleaned: Cleaned) -> tuple[str | None, str]:
    """(outlet name, the clue it came from)."""
    choice = choose(cleaned)
    return choice.value, choice.origin


def choose(cleaned: Cleaned) -> Choice:
    """The outlet with the most votes, weighed by the kind of clue (_WEIGHT)."""
    tally = _Tally()
    vote = tally.vote
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
    title = cleaned.title
    for line in cleaned.lines:
        if (
            line.role not in KEPT_ROLES
        ):  # a line on the page (most are story) holds no clue _line_votes takes
            _line_votes(line, vote)
            _self_votes(line, title, vote)
        elif " is " in line.text:
            _owner_votes(line.text, vote)
        if line.role == "author-bio" or line.zone == "trailer":
            _bio_votes(line.text, vote)
        if (line.kept or line.role not in _LABEL_ROLES and line.role != "related-list") and (
            "ource" in line.text or "OURCE" in line.text or "출처" in line.text
        ):
            _credit_votes(line.text, vote)  # in a paragraph, or alone under the story
    return _ranked(tally)


def _owner_votes(text: str, vote) -> None:
    """'Live Science is part of Future US Inc, an international media group', left in the
    story: a site owned by a listed media group, which no story sentence says of a site."""
    m = _OWNED.search(text)
    owner = named_in(text[m.end() :]) if m and _name_like(m.group("who")) else None
    if owner is not None and owner.group:
        vote(m.group("who").strip(), "self-reference", text)


def _credit_votes(text: str, vote) -> None:
    for m in _SOURCE_CREDIT.finditer(text):
        who = m.group("who").split(",")[0].strip()
        vote(outlets.by_name(who) or named_in(who), "source label")


def _ranked(tally: _Tally) -> Choice:
    named = [key for key in tally.order if _may_name(tally, key)]
    if not named:
        return Choice(None, False)
    # The site naming itself first (a repost's masthead over the agency its dateline credits),
    # then most votes; of equals a listed outlet, the publisher before a wire, the first found.
    ranked = sorted(
        named,
        key=lambda key: (
            not _own(tally, key),
            -tally.votes[key],
            not tally.listed[key],
            _wire(tally, key),
        ),
    )
    best = ranked[0]
    if len(ranked) > 1 and _tied(tally, best, ranked[1]):
        return _past_tie(tally, ranked)
    if _wire(tally, best) and not _own(tally, best) and tally.group_owned:
        # a wire's story on a site a media group owns ('© 2019 CBS Broadcasting Inc.'): the
        # site is the publisher, and the page does not print its name
        return Choice(None, False, tally.shown[best], "repost")
    holder = "copyright" in tally.kinds[best]
    rivals = [key for key in ranked[1:] if not holder or not _credit_only(tally, key)]
    second = tally.votes[rivals[0]] if rivals else 0
    sure = tally.votes[best] >= SOURCE_SURE and tally.votes[best] - second >= SOURCE_MARGIN
    if not tally.listed[best]:
        sure = sure and _unlisted_sure(tally.kinds[best])
    elif _wire(tally, best):
        sure = sure and _own(tally, best)  # a wire's credit alone may be a repost's
    runner_up = tally.shown[ranked[1]] if len(ranked) > 1 else None
    return Choice(tally.shown[best], sure, runner_up, tally.first[best])


def _past_tie(tally: _Tally, ranked: list[str]) -> Choice:
    """Sister sites tied in a group's menu: the page's own name is one that a different kind
    of clue names ('Source: Moneycontrol.com' on the stamp beside 'News18', 'Firstpost' in the
    network's menu), as a guess; else no name."""
    best = ranked[0]
    for key in ranked[1:]:
        if not tally.kinds[key] <= tally.kinds[best] and tally.votes[key] >= SOURCE_SURE:
            return Choice(tally.shown[key], False, tally.shown[best], tally.first[key])
        if not _tied(tally, best, key):
            break
    return Choice(None, False, tally.shown[best], "tie")


def _credit_only(tally: _Tally, key: str) -> bool:
    """A wire credited on a page whose copyright the site claims: the writer of a repost, no
    rival for the publisher (a masthead alone over a wire's dateline stays a guess)."""
    return _wire(tally, key) and not _own(tally, key)


def _unlisted_sure(kinds: set) -> bool:
    """An outlet missing from the table is sure when the site names it in UNLISTED_SURE_KINDS
    kinds of clue, or on its copyright line and in one other way (its address, its about
    link, its contact address): a name the site gives itself twice over."""
    own = kinds & _OWN_KINDS - {"top line"}
    return len(kinds & _OWN_KINDS) >= UNLISTED_SURE_KINDS or ("copyright" in own and len(own) >= 2)


def _tied(tally: _Tally, a: str, b: str) -> bool:
    """Two sites named alike ('Variety', 'IndieWire' in a group's menu of sister sites): the page
    does not say which it is, and a wrong name is worse than none. A wire tied with a site
    is a repost's credit, which the ranking already puts second."""
    return (
        tally.votes[a] == tally.votes[b]
        and tally.kinds[a] == tally.kinds[b]
        and not _wire(tally, a)
        and not _wire(tally, b)
    )


def _own(tally: _Tally, key: str) -> bool:
    """Whether the site names itself (a clue of _OWN_KINDS stronger than a bare domain)."""
    return any(k in _OWN_KINDS and _WEIGHT[k] >= 2 for k in tally.kinds[key])


def _wire(tally: _Tally, key: str) -> bool:
    return tally.listed[key] and outlets.is_wire(tally.shown[key])


def _may_name(tally: _Tally, key: str) -> bool:
    """A listed outlet is named by any clue; one missing from the table only by a copyright
    line or by two clues that add up to UNLISTED_NAMED."""
    if tally.listed[key]:
        return tally.kinds[key] != {"top line"}
    own = tally.kinds[key] & _OWN_KINDS
    return "copyright" in own or (
        len(tally.clues[key]) >= 2
        and tally.votes[key] >= UNLISTED_NAMED
        and own - {"top line", "domain"} != set()
    )


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


def _masthead_vote(line, vote) -> None:
    outlet = outlets.by_name(line.text)
    if outlet and _names_itself(line.text, outlet):
        # 'REUTERS' under the headline credits the wire; above it, it is the site's logo
        vote(outlet, "credit" if outlet.wire and line.zone != "above" else "masthead")


def _line_votes(line, vote) -> None:
    if line.role == "masthead":
        _masthead_vote(line, vote)
    elif line.role == "copyright":
        _copyright_votes(line.text, vote)
    elif line.role == "stamp":
        # 'Updated on: November 19, 2019 / 10:07 AM / CBS News': the outlet after the time
        parts = _STAMP_SEP.split(line.text)
        vote(outlets.by_name(parts[-1]) if len(parts) > 1 else None, "credit")
    elif line.zone == "above" and not line.kept:
        # "헤럴드경제" alone, or "The Guardian - Back to home": the site's name before a link
        # or a motto
        vote(_site_name(line.text), "masthead")
    elif line.role in ("credit", "byline"):
        vote(named_in(line.text), line.role)
    if line.role in _LABEL_ROLES:
        m = _SOURCE_LABEL.search(line.text)
        if m:
            vote(outlets.by_name(m.group("who")) or named_in(m.group("who")), "source label")
    if line.role in ("contact", "byline", "copyright", "credit") or not line.kept:
        _host_votes(line, vote)


def _host_votes(line, vote) -> None:
    """Contact addresses and host names printed on a dropped or credit line."""
    if "@" in line.text:
        for host in _EMAIL_HOST.findall(line.text):
            if host.casefold() not in _MAIL_SERVICES:
                vote(outlets.by_domain(host) or host, "contact")
    elif line.role != "related-list" and _DOT_LETTER.search(line.text):  # a host name has one
        for host in _URL_HOST.findall(line.text):
            # an unlisted host counts only beside a stronger clue of its own (_may_name): the
            # site's contact address and its printed address name it together
            listed = outlets.by_domain(host)
            if listed is not None:
                vote(listed, "domain")
            else:
                vote(host, "domain", line.text)


# Hosts of everyone's mail: a contact address there names no site.
_MAIL_SERVICES = frozenset(
    "gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com aol.com icloud.com "
    "mail.ru yandex.ru naver.com daum.net hanmail.net protonmail.com".split()
)


# A copyright line that names the site: it carries a year or "All rights reserved" ('© 2019
# News Nation. All rights reserved.'); '© REUTERS / POOL' under a picture credits its owner.
_SITE_COPYRIGHT = compiled(
    r"\b(?:19|20)\d{2}\b|\brights reserved\b|\bLtd\b|\bInc\b|무단\s*전재|재배포|無断転載|版权所有|"
    r"droits réservés|derechos reservados|diritti riservati|direitos reservados|Rechte vorbehalten|"
    r"права защищены",
    re.I,
)
_COPYRIGHT_MARK = compiled(r"ⓒ|©|\(c\)|\bcopyright\b", re.I)
# What follows the holder's name: a full stop and a space, a comma, a bar, "All rights".
_HOLDER_END = compiled(
    r"\.(?:\s|$)|[,|;«»\"]|\ball rights\b|\s[-–—]\s|\s+unless\b|\s+is\s+an?\b", re.I
)
_HOLDER_LEAD = compiled(r"^(?:\s|ⓒ|©|\(c\)|copyright\b|by\b|(?:19|20)\d{2}\b|[-–.]|\d)+", re.I)
_TRAILING_YEARS = compiled(r"(?:[\s,–-]+(?:19|20)\d{2})+$")
_COMPANY_SUFFIX = compiled(r"(?:\s+(?:pty|pvt|ltd|limited|inc|llc|plc|corp|gmbh|s\.a)\.?)+$", re.I)
# A holder ending in one of these words is a company ('Vox Media', 'Hearst Communications'),
# which owns several sites: it names none of them.
_COMPANY_WORDS = frozenset(
    "media group communications interactive network networks newspapers publishing publications "
    "holdings company corporation broadcasting enterprises digital".split()
)


_STAMP_SEP = compiled(r"\s+[/|]\s+")
# The writer's line under the story: 'X is a reporter for NBC News', 'X covers Apple for 9to5Mac'.
_BIO = compiled(
    r"\b(?:(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:reporter|correspondent|writer|editor|"
    r"contributor|columnist|producer|journalist|anchor)|covers\s+[^.]{2,60}?)\s+(?:for|at|with)\s+"
    r"(?P<who>[^.,;(]{2,60})",
    re.I,
)


def _bio_votes(text: str, vote) -> None:
    m = _BIO.search(text) if " for " in text or " at " in text or " with " in text else None
    if m:
        vote(named_in(m.group("who")), "bio")


def _copyright_votes(text: str, vote) -> None:
    listed = named_in(text)
    holder = _HOLDER_WORDS.sub(" ", text)
    if listed is None and holder.strip():
        listed = outlets.by_name(holder)
    if not _SITE_COPYRIGHT.search(text):
        vote(listed, "photo credit")
    elif listed is not None:
        # 'Copyright 2019 The Associated Press' under a repost: the wire's, not the site's
        vote(listed, "wire copyright" if listed.wire else "copyright")
    else:
        vote(_before_mark(text) or _holder(text), "copyright", text)


def _before_mark(text: str) -> str | None:
    """'Wccftech © 2019 NewAge ADS, LLC.': the site's name printed before the mark."""
    mark = _COPYRIGHT_MARK.search(text)
    lead = text[: mark.start()].strip(" |-–—") if mark else ""
    return lead if lead and len(lead.split()) <= 3 and _name_like(lead) else None


def _holder(text: str) -> str | None:
    """The name after the copyright mark ('© 2000-2018 AutoIndustriya.com, Inc.' ->
    'AutoIndustriya.com'), or None when it is a company's or no name at all."""
    mark = _COPYRIGHT_MARK.search(text)
    if mark is None:
        return None
    rest = _HOLDER_LEAD.sub("", text[mark.start() :])
    end = _HOLDER_END.search(rest)
    name = _COMPANY_SUFFIX.sub("", (rest[: end.start()] if end else rest).strip())
    name = _TRAILING_YEARS.sub("", name)
    words = name.casefold().split()
    if not words or words[-1] in _COMPANY_WORDS or not _name_like(name):
        return None
    return name


# 'Live Science is part of Future US Inc': the site saying who owns it
_OWNED = compiled(
    r"^(?P<who>.{2,40}?)\s+is\s+(?:a\s+)?(?:part of|owned by|a division of|a subsidiary of|"
    r"published by)\s",
    re.I,
)
# Lines in which a site names itself: its logo's link, its follow, search, about and contact
# links, its newsletters and push alerts, its trademark notice.
_SELF_NAMING = (
    compiled(r"^(?P<who>.{2,40}?)\s+homepage\b", re.I),
    compiled(r"^follow\s+(?P<who>.{2,40}?)(?:\s+(?:online|on)\b.*)?:?$", re.I),
    compiled(
        r"^(?:about|contact|subscribe to|sign up for|get push notifications from|back to|"
        r"continue to|advertise with|keep up to date with)\s+(?P<who>.{2,40}?)(?:['’]s)?"
        r"(?:\s+(?:newsletters?|app|customer support|online))?"
        r"(?:\s+(?:on|and|for|to)\s.*)?\s*:?$",
        re.I,
    ),
    compiled(
        r"(?:^|[.;]\s|©\s*(?:(?:19|20)\d{2}\s+)?)\W*(?P<who>[^\".;©]{2,40}?)\W*\s+is a registered "
        r"trademark\b",
        re.I,
    ),
    _OWNED,
    # 'Live Science is supported by its audience. When you purchase through links on our site'
    compiled(r"^(?P<who>.{2,40}?)\s+is\s+supported\s+by\s+its\s+(?:audience|readers)\b", re.I),
)
# Words of site furniture that follow 'About', 'Contact', 'Search', 'Follow': never a name.
_FURNITURE = frozenset(
    "us our me my you this all preferences editorial info form support settings newsletter "
    "newsletters policy terms page pages posts content title results more site options center "
    "team help rating project ads feed app apps news home archive archives here now top "
    "facebook twitter instagram youtube linkedin pinterest tiktok whatsapp telegram reddit "
    "google".split()
)
_CONNECTORS = frozenset("of and by the de da di del la le du des & a".split())
_TOP_LINE_WORDS = 4


def _self_votes(line, title: str | None, vote) -> None:
    """Clues for outlets the table may not list: the site naming itself on a dropped line."""
    text = line.text.strip()
    for pattern in _SELF_NAMING:
        m = pattern.search(text)
        if m and _name_like(m.group("who")):
            who = m.group("who").strip(" :\"'“”")
            vote(outlets.by_name(who) or _edition_of(who) or who, "self-reference", text)
            return
    if title and text.startswith(title) and text != title:
        m = _TITLE_TAIL.fullmatch(text[len(title) :])
        if m and _name_like(m.group("who")):
            vote(m.group("who"), "title line", text)
            return
    if _PRINTED_HOST.fullmatch(text):
        vote(text, "domain", text)
    elif line.zone == "above" and len(text.split()) <= _TOP_LINE_WORDS and _name_like(text):
        if outlets.by_name(text) is None:
            vote(text, "top line", text)


_TITLE_TAIL = compiled(r"\s*[|\-–—:]\s*(?P<who>[^|]{2,40})")
_PRINTED_HOST = compiled(
    r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|co\.uk|"
    r"co\.kr|co\.in|com\.br|ca|in|ru|it|de|fr|kr|jp|au|news)"
)


def _edition_of(name: str):
    """'PolitiFact West Virginia', 'Sportsnet Central': a listed outlet's name opening a longer
    one is that outlet's edition or section, named by the site itself."""
    m = outlets.name_pattern().match(name)
    return outlets.by_name(m.group(1)) if m and name[m.end() :][:1] == " " else None


def _name_like(text: str) -> bool:
    """Whether text could be a site's name: a few words, capitalised (or digits), not all of
    them site furniture ('About Us', 'Contact Preferences')."""
    words = text.strip(" :\"'“”").split()
    if not words or len(words) > 5 or len(text) > 40:
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    if words[0].casefold().strip(".:") in _FURNITURE:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _CONNECTORS for w in words)


def _loose_key(name: str) -> str:
    """One key for the spellings of a name ('SFGATE', 'SFGate', 'SFGate.com', 'The SFGate')."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", text):
        labels = [x for x in text.split(".") if x != "www"]
        text = labels[0] if labels else text
        if text.startswith("the") and len(text) > 6:
            text = text[3:]  # 'therepublic.com' is The Republic's
    text = re.sub(r"^the\s+", "", text)
    return "".join(ch for ch in text if ch.isalnum())


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
