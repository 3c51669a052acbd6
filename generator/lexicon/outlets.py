"""A table of the world's major news outlets and agencies, and lookups in it.

Each row (in outlets.yml): the name readers use, other names printed on pages (mastheads,
credits, copyright holders, local-script names), web domains (contact addresses, links), and
whether it is a news agency (a wire).
The cleaner asks it which lines are mastheads; the extractors which outlet a page names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from generator.markdown import single_spaced
from generator.text import compiled

_NON_WORD = compiled(r"[^\w&]+")
_THE = compiled(r"^the\s+", re.I)


# The table itself: a data file beside this module (one outlet a line; its header says how).
TABLE_FILE = Path(__file__).with_name("outlets.yml")


class Outlet:
    __slots__ = ("name", "aliases", "domains", "wire", "group")

    def __init__(
        self,
        name: str,
        aliases: tuple[str, ...],
        domains: tuple[str, ...],
        wire: bool = False,
        group: bool = False,
    ):
        self.name, self.aliases, self.domains, self.wire = name, aliases, domains, wire
        # A media group ('Vox Media', 'Hearst'): its name on a copyright line names no one site.
        self.group = group


def _rows() -> list[Outlet]:
    import yaml  # here: only a run that cleans or extracts reads the table

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    rows = yaml.load(TABLE_FILE.read_text(encoding="utf-8"), Loader=loader)
    out = []
    for name, aliases, domains, *rest in rows:
        flags = (rest or [{}])[0]
        out.append(
            Outlet(
                name,
                tuple(aliases),
                tuple(domains),
                bool(flags.get("wire")),
                bool(flags.get("group")),
            )
        )
    return out


OUTLETS = _rows()


def _key(text: str) -> str:
    folded = text.casefold()
    if _words_and_spaces(folded):
        return folded  # nothing for the pattern to change (most names and short lines)
    return _NON_WORD.sub(" ", folded).strip()


def _words_and_spaces(text: str) -> bool:
    """Whether text is word characters (\\w less '_', as isalnum() reads them) split by single
    spaces: 3x faster to see than to run _NON_WORD's substitution over it."""
    return text.replace(" ", "").isalnum() and single_spaced(text)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases):
            table.setdefault(_key(name), outlet)
            table.setdefault(_key(re.sub(r"^The\s+", "", name)), outlet)
    return table


@lru_cache(maxsize=4096)  # the cleaner and the extractors ask about the same names again and again
def by_name(text: str) -> Outlet | None:
    """The outlet whose name or alias is exactly `text` (case and 'The' ignored), or whose
    domain is spelt as one word the way logos print it ('hindustantimes')."""
    key = _key(text)
    found = _by_name().get(key)
    if (
        found is None and text[:3].lower() == "the"
    ):  # else _THE takes nothing off: looked up already
        found = _by_name().get(_key(_THE.sub("", text)))
    return found or _by_stem().get(key)


# Second-level labels too generic to name an outlet when printed alone.
_GENERIC_STEMS = {
    "english",
    "global",
    "online",
    "digital",
    "network",
    "herald",
    "express",
    "tribune",
    "independent",
    "liberation",
    "standard",
    "guardian",
    "telegraph",
    "military",
}
_SUFFIXES = {"com", "net", "org", "info", "news", "asia"}


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, Outlet]:
    """'hindustantimes' -> Hindustan Times: the label before the top-level domain(s) of each
    site."""
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for domain in outlet.domains:
            labels = domain.split(".")
            while len(labels) > 1 and (len(labels[-1]) == 2 or labels[-1] in _SUFFIXES):
                labels.pop()  # 'co.kr', 'com.au', 'net'
            stem = labels[-1] if len(labels) < len(domain.split(".")) else ""
            if len(stem) >= 8 and stem not in _GENERIC_STEMS:
                table.setdefault(stem, outlet)
    return table


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, Outlet]:
    return {d: o for o in OUTLETS for d in o.domains}


def by_domain(host: str) -> Outlet | None:
    """The outlet of a host name or any parent domain: 'english.hani.co.kr' -> The Hankyoreh."""
    parts = host.casefold().strip(".").split(".")
    for i in range(len(parts) - 1):
        found = _by_domain().get(".".join(parts[i:]))
        if found:
            return found
    return None


def _names() -> list[str]:
    """Every outlet name and alias longer than two characters, longest first, then in name order
    (the same pattern text every run, so text.compiled keeps it)."""
    return sorted(
        {n for o in OUTLETS for n in (o.name, *o.aliases) if len(n) > 2}, key=lambda n: (-len(n), n)
    )


def _by_first_letter(names: list[str], flags: int = 0) -> str | None:
    """names as one alternation grouped by first letter ('(?:Reuters|RTÉ)|(?:AFP|AP)'), each group
    in the order of names: the engine then tries one group at a place instead of every name
    (6x faster), and matches what the plain alternation would. Under re.I a group holds both
    cases of an ASCII letter; None when a first letter outside ASCII has cases ('ſ' is 's'
    under re.I, 'É' is 'é'), where telling the groups apart would need the engine's own tables."""
    ignore_case = bool(flags & re.I)  # once: a RegexFlag test per name took half the time
    if ignore_case and any(not n[0].isascii() and n[0].lower() != n[0].upper() for n in names):
        return None
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0].lower() if ignore_case else name[0], []).append(re.escape(name))
    return "|".join("(?:" + "|".join(group) + ")" for group in groups.values())


def _name_regex(flags: int = 0) -> re.Pattern:
    names = _names()
    body = _by_first_letter(names, flags) or "|".join(re.escape(n) for n in names)
    return compiled(r"(?<![\w])(" + body + r")(?![\w])", flags)


@lru_cache(maxsize=1)
def name_pattern() -> re.Pattern:
    """Matches any outlet name or alias (longest first) as whole words."""
    return _name_regex()


@lru_cache(maxsize=1)
def name_pattern_any_case() -> re.Pattern:
    return _name_regex(re.I)


@lru_cache(maxsize=1)
def capitals_hint() -> re.Pattern | None:
    """What an ASCII line holds if name_pattern_any_case() finds a name longer than 3 characters
    there in capitals ('STARS AND STRIPES'): the shortest run of letters such names have, in
    capitals. None if some name could match ASCII text through 'K', 'ſ', 'ı' or 'İ'."""
    names = {n for o in OUTLETS for n in (o.name, *o.aliases) if len(n) > 3}
    if any(c in n for n in names for c in "\u212a\u017f\u0131\u0130"):
        return None
    runs = [max(map(len, re.findall(r"[A-Za-z]+", n)), default=0) for n in names if n.isascii()]
    shortest = min(runs, default=0)
    return compiled(f"[A-Z]{{{shortest}}}") if shortest >= 2 else None


# What a bare '$' means in outlets of dollar countries other than the US: from the site's
# country domain, or named here for sites on .com ('$' in The Straits Times is the Singapore
# dollar).
_DOLLAR_TLDS = {"au": "AUD", "nz": "NZD", "ca": "CAD", "sg": "SGD"}
_DOLLAR_OUTLETS = {
    "The Straits Times": "SGD",
    "Channel NewsAsia": "SGD",
    "The Globe and Mail": "CAD",
    "The Canadian Press": "CAD",
    "Toronto Star": "CAD",
}


@lru_cache(maxsize=512)
def home_dollar(name: str | None) -> str:
    outlet = by_name(name) if name else None
    if outlet is None:
        return "USD"
    for domain in outlet.domains:
        tld = domain.rsplit(".", 1)[-1]
        if tld in _DOLLAR_TLDS:
            return _DOLLAR_TLDS[tld]
    return _DOLLAR_OUTLETS.get(outlet.name, "USD")


def is_wire(name: str | None) -> bool:
    """Whether the outlet of that name is a news agency (its credit names who wrote a story)."""
    outlet = by_name(name) if name else None
    return bool(outlet and outlet.wire)
