"""Article text is data: escape it so no Markdown or HTML in it takes effect.

The site is rendered by Python-Markdown (MkDocs) and checked in tests with
markdown-it-py (CommonMark), so only escapes both understand are used:
entities for & < >, backslashes for the punctuation Python-Markdown
accepts escaped (`\\ ` * _ { } [ ] ( ) # + - . !`), and entities for the
line-start marks it does not (`=` of a setext underline, `~~~` of a fence).
Every `#` is escaped: a trailing run would close an ATX heading and vanish.
"""

from __future__ import annotations

import html
import re

_INLINE = re.compile(r"[\\`*_{}\[\]#]")
_SPECIAL = re.compile(r"[&<>\\`*_{}\[\]#]")  # most text has none: skip the replacing
_LINE_START = re.compile(r"^(\s*)([+\-!]|\d+(?=[.)]))")
_LINE_START_ENTITY = {"=": "&#61;", "~": "&#126;"}


def one_line(text: str) -> str:
    """ " ".join(text.split()): runs of whitespace as one space, none at the ends.

    Most text is like that already; splitting it into words only to join them
    again is most of what escaping a paragraph costs.
    """
    return text if single_spaced(text) else " ".join(text.split())


def single_spaced(text: str) -> bool:
    """Whether text is as " ".join(text.split()) leaves it: every whitespace character but
    the space is unprintable, so that is printable text with no double space and no space
    at an end (cheaper to see than to split and join)."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


# Short texts (names, places, dates, page furniture) recur on every page: remembering
# them saves 30-50 ms of a cold run at 1,000 articles (make bench), 2-3 % of the generator.
_ESCAPED: dict[str, str] = {}
_HTML: dict[str, str] = {}


def escape(text: str) -> str:
    """One line of story text -> Markdown that renders as exactly that text."""
    out = _ESCAPED.get(text)
    if out is None:
        out = _escape(text)
        if len(text) <= 60 and len(_ESCAPED) < 20000:
            _ESCAPED[text] = out
    return out


def _escape(text: str) -> str:
    text = one_line(text)
    if _SPECIAL.search(text):
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = _INLINE.sub(_backslash, text)
    first = text[:1]
    if first in _LINE_START_ENTITY:
        return _LINE_START_ENTITY[first] + text[1:]
    if not first or not (first in "+-!" or first.isdigit()):
        return text  # _LINE_START cannot match: one_line() left no space in front
    m = _LINE_START.match(text)
    if m:
        mark = m.group(2)
        if mark[0].isdigit():
            # "1991. The year…" would start an ordered list: escape the dot after the digits
            end = m.end()
            text = text[:end] + "\\" + text[end:]
        else:
            text = text[: m.start(2)] + "\\" + text[m.start(2) :]
    return text


def _backslash(match: re.Match) -> str:
    return "\\" + match.group()


def html_text(text: str) -> str:
    """Text placed inside a raw HTML block of our own templates."""
    out = _HTML.get(text)
    if out is None:
        out = html.escape(one_line(text), quote=True)
        if len(text) <= 100 and len(_HTML) < 20000:
            _HTML[text] = out
    return out
