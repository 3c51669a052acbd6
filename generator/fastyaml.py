"""Front matter as libyaml writes it, without PyYAML's per-scalar work in Python.

Speed code, kept because it pays: PyYAML (even with libyaml) spends about 0.25 ms
per article resolving every scalar in Python, 12 % of a cold generator run at
1,000 articles (make bench). Front matter is mostly short one-line strings, for
which libyaml's choice of style is simple: plain when no indicator, resolver or
edge space forbids it, else single quotes. Those are written here; any value
outside that subset (line breaks, characters needing escapes, long lines, other
types) raises _Unsafe and the caller hands the whole document to PyYAML.
tests/fastpaths/test_yaml.py checks the two agree, byte for byte.
"""

from __future__ import annotations

import re
from datetime import date

import yaml

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # whose resolvers decide "plain"
_STR = "tag:yaml.org,2002:str"
_REPRESENTER = yaml.representer.SafeRepresenter()


def block(data: dict) -> str | None:
    """`data` as libyaml's block mapping (without the --- lines), or None when only
    PyYAML can write it."""
    if not data:
        return None  # libyaml writes "{}"
    lines: list[str] = []
    try:
        _mapping(lines, data, 0, "")
    except _Unsafe:
        return None
    lines.append("")
    return "\n".join(lines)


class _Unsafe(Exception):
    """A value the hand-written emitter does not cover: PyYAML writes the document."""


# Characters libyaml prints as they are (with allow_unicode), less line breaks (U+2028/9):
# anything else makes it escape or fold, which only PyYAML writes.
_UNSAFE_CHAR = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
# What stops a plain scalar in block context, besides ": " or " #" inside and a colon
# or space at the end: an indicator first, "- ", "? ", ": " first, a document marker.
_NOT_PLAIN_START = re.compile(r"[#,\[\]{}&*!|>'\"%@` ]|[?:\-](?: |$)|---|\.\.\.")
_LINE = 4000  # libyaml folds at spaces past column 4096 (width=4096): stay short of it
_KEYS: dict[str, str] = {}
_SEEN: dict[str, str] = {}


def _text(text: str, room: int) -> str:
    """A string scalar as libyaml writes it in block context, or _Unsafe."""
    out = _SEEN.get(text)
    if out is None:
        if not (text.isascii() and text.isprintable()) and _UNSAFE_CHAR.search(text):
            raise _Unsafe  # (printable ASCII is all safe, and cheaper to tell than by the regex)
        if (
            text
            and not _NOT_PLAIN_START.match(text)
            and ": " not in text
            and " #" not in text
            and not text.endswith((":", " "))
            and _implicit_tag(text) == _STR
        ):
            out = text
        else:
            out = "'" + text.replace("'", "''") + "'"
        if len(text) <= 40 and len(_SEEN) < 10000:
            _SEEN[text] = out  # names, units, origins: the same short strings on every page
    if len(out) > room:
        raise _Unsafe
    return out


def _key(key) -> str:
    text = _KEYS.get(key) if type(key) is str else None
    if text is None:
        if type(key) is not str or not key.isascii() or len(key) > 100:
            raise _Unsafe  # libyaml writes keys past 128 bytes as complex "? " keys
        text = _KEYS[key] = _text(key, 100)
    return text


def _scalar(value, room: int) -> str:
    kind = type(value)
    if kind is str:
        return _text(value, room)
    if value is None:
        return "null"
    if kind is int:
        return str(value)
    if kind is date:
        return value.isoformat()
    if kind is float:
        # PyYAML writes a float from its repr() alone (repr(-0.0) differs from repr(0.0); the key
        # does too)
        shown = float.__repr__(value)
        text = _FLOAT_TEXT.get(shown)
        if text is None:
            text = _plain_scalar(value)
            if len(_FLOAT_TEXT) < 10000:
                _FLOAT_TEXT[shown] = text
        return text
    if kind is bool:
        return _plain_scalar(value)
    raise _Unsafe


_FLOAT_TEXT: dict[str, str] = {}


def _plain_scalar(value) -> str:
    """A bool or float as PyYAML represents it, if it is plain in block context; else _Unsafe."""
    node = _REPRESENTER.represent_data(value)
    if _implicit_tag(node.value) == node.tag and not _NOT_PLAIN_START.match(node.value):
        return node.value
    raise _Unsafe


def _implicit_tag(text: str) -> str:
    """The tag PyYAML's resolver gives `text` written plain (Resolver.resolve)."""
    table = _DUMPER.yaml_implicit_resolvers
    first = table.get(text[0])
    if _DUMPER.yaml_path_resolvers or None in table:
        raise _Unsafe
    for tag, pattern in first or ():
        if pattern.match(text):
            return tag
    return _STR


def _mapping(lines: list[str], data: dict, indent: int, lead: str) -> None:
    """A block mapping at `indent`; `lead` replaces the first line's indent ("- " in a list)."""
    pad = " " * indent
    for key, value in data.items():
        prefix = (lead or pad) + (_KEYS.get(key) or _key(key)) + ":"
        lead = ""
        kind = type(value)
        if kind is str:
            text = _SEEN.get(
                value
            )  # _text()'s own first step, without the call for the common short values
            lines.append(
                prefix
                + " "
                + (
                    text
                    if text is not None and len(text) <= _LINE - len(prefix)
                    else _text(value, _LINE - len(prefix))
                )
            )
        elif kind is dict or kind is list:
            _collection(lines, prefix, value, indent)
        else:
            lines.append(prefix + " " + _scalar(value, _LINE - len(prefix)))


def _collection(lines: list[str], prefix: str, value: dict | list, indent: int) -> None:
    if not value:
        lines.append(prefix + (" {}" if type(value) is dict else " []"))
        return
    lines.append(prefix)
    if type(value) is dict:
        _mapping(lines, value, indent + 2, "")
    else:
        _sequence(lines, value, indent)  # libyaml does not indent a list under a key


def _sequence(lines: list[str], items: list, indent: int) -> None:
    dash = " " * indent + "- "
    for item in items:
        kind = type(item)
        if kind is dict and item:
            _mapping(lines, item, indent + 2, dash)
        elif kind is dict or kind is list:
            raise _Unsafe  # nested or empty collections in a list: not in front matter
        else:
            lines.append(dash + _scalar(item, _LINE - len(dash)))
