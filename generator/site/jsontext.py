"""json.dumps(data, ensure_ascii=False, indent=1) for the site's data files, faster.

With an indent, the standard library encodes in pure Python, one generator per
list and mapping: most of the time articles.json took. This writes the same
bytes for the plain values the files hold (dicts with string keys, lists,
strings, numbers, booleans, None, dates through `default`), leaving each
string to json's own C escaper; any other value sends the whole document to
json.dumps itself.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from json.encoder import encode_basestring  # what json.dumps uses with ensure_ascii=False

_FLOATS = {float("inf"): "Infinity", float("-inf"): "-Infinity"}
_NO_KEYS = itertools.repeat(None)  # list items, walked like a mapping's with no key


class _Other(Exception):
    """A value outside the plain types: json.dumps writes the document."""


class Rows:
    """A list of mappings with the same keys in the same order, kept as tuples of values:
    dumps() writes it as that list of dicts, without making them or looking up each key."""

    def __init__(self, keys: tuple[str, ...], rows: list[tuple], written: list[dict] | None = None):
        # written: per row, a dict (indent -> the row as written) that dumps() reads and fills,
        # so a caller that keeps it for an unchanged row writes that row only once
        self.keys, self.rows, self.written = keys, rows, written

    def dicts(self) -> list[dict]:
        return [dict(zip(self.keys, row)) for row in self.rows]


def dumps(data, default=None) -> str:
    """json.dumps(data, ensure_ascii=False, indent=1, default=default), byte for byte
    (with each Rows in `data` written as its list of dicts)."""
    out: list[str] = []
    try:
        _value(data, "\n", out, default)
    except _Other:
        return json.dumps(data, ensure_ascii=False, indent=1, default=lambda v: _plain(v, default))
    return "".join(out)


def dumps_utf8(data, default=None) -> bytes:
    """dumps(data, default).encode("utf-8"), with each kept row of a Rows (its `written`)
    encoded once: a document of thousands of rows in Korean and English took longer to
    encode whole than to write."""
    out: list = _Utf8()
    try:
        _value(data, "\n", out, default)
    except _Other:
        return dumps(data, default).encode("utf-8")
    return b"".join(p if type(p) is bytes else p.encode("utf-8") for p in out)


class _Utf8(list):
    """The pieces of a document, a row of Rows as its UTF-8 bytes (str.encode of pieces is
    the encoding of the whole: a piece never ends inside a character)."""


def _plain(value, default):
    if type(value) is Rows:
        return value.dicts()
    if default is None:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return default(value)


def _rows(rows: Rows, newline: str, out: list[str], default) -> None:
    """_value() of rows.dicts() at `newline`."""
    keys = rows.keys
    if (
        not rows.rows
        or not keys
        or len(set(keys)) < len(keys)
        or any(type(k) is not str for k in keys)
    ):
        _value(rows.dicts(), newline, out, default)  # [] and {} rows, or keys a dict would merge
        return
    inner = newline + " "
    field = inner + " "
    seps = ("{" + field + encode_basestring(keys[0]) + ": ",) + tuple(
        "," + field + encode_basestring(k) + ": " for k in keys[1:]
    )
    close = inner + "}"
    lead = "[" + inner
    written = rows.written or itertools.repeat(None)
    for row, kept in zip(rows.rows, written):
        if len(row) != len(keys):
            # zip() in dicts() would drop values: json.dumps writes what it makes of them
            raise _Other
        text = kept.get(newline) if kept is not None else None
        if text is None:
            part = []
            for sep, item in zip(seps, row):
                _item(sep, item, field, part, default)
            text = "".join(part) + close
            if kept is not None:
                kept[newline] = text
        if type(out) is _Utf8:
            out.append(lead)
            out.append(_encoded(text, kept, newline))
        else:
            out.append(lead + text)
        lead = "," + inner
    out.append(newline + "]")


def _encoded(text: str, kept: dict | None, newline: str) -> bytes:
    """The row's text in UTF-8, kept beside it."""
    if kept is None:
        return text.encode("utf-8")
    found = kept.get((newline, "utf-8"))
    if found is None:
        found = kept[newline, "utf-8"] = text.encode("utf-8")
    return found


def _item(sep: str, item, newline: str, out: list[str], default) -> None:
    """Append sep (the separator and any key before it) and item at the indent of newline."""
    kind = type(item)
    if kind is str:
        out.append(sep + encode_basestring(item))
    elif kind is dict or kind is list or kind is Rows:
        out.append(sep)
        _value(item, newline, out, default)
    else:
        out.append(sep + _scalar(item, kind, default))


def _value(value, newline: str, out: list[str], default) -> None:
    """Append `value` written at the indent that `newline` ("\\n" plus spaces) carries."""
    kind = type(value)
    if kind is dict or kind is list:
        if not value:
            out.append("{}" if kind is dict else "[]")
            return
        inner = newline + " "
        sep = ("{" if kind is dict else "[") + inner
        for key, item in value.items() if kind is dict else zip(_NO_KEYS, value):
            if key is not None:
                written = _KEYS.get(key) if type(key) is str else None
                if written is None:
                    written = _key(key)
                sep += written
            _item(sep, item, inner, out, default)
            sep = "," + inner
        out.append(newline + ("}" if kind is dict else "]"))
    elif kind is str:
        out.append(encode_basestring(value))
    elif kind is Rows:
        _rows(value, newline, out, default)
    else:
        out.append(_scalar(value, kind, default))


_KEYS: dict[str, str] = {}  # a key as written, with its ": " (the same few keys on every article)


def _key(key) -> str:
    if type(key) is not str:
        raise _Other
    written = encode_basestring(key) + ": "
    if len(_KEYS) < 1000:
        _KEYS[key] = written
    return written


def _scalar(value, kind, default) -> str:
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value:
            return "NaN"
        return _FLOATS.get(value) or float.__repr__(value)
    if kind is date and default is not None:
        plain = default(value)
        if type(plain) is str:
            return encode_basestring(plain)
    raise _Other
