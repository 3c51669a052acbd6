"""Bytes of a seed -> normalised text (stage 1 of the pipeline)."""

from __future__ import annotations

import codecs
import html
import re
from functools import lru_cache

from generator.model import Decoded
from generator.text import compiled

# ftfy and charset_normalizer are imported where used (90 ms): most text is UTF-8 and needs neither.

# Magic numbers of files people drop into folders by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x00\x00\x00\x01Bud1": "a macOS .DS_Store file",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "a program",
    b"{\\rtf": "an RTF document",
}
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_ENTITY = compiled(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = compiled(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = compiled(r"[\u200b-\u200d\u2060\ufeff\u00ad\u180e]")
# UTF-8 read as a one-byte code page always leaves Latin-1 letters or C1 controls (NBSP aside);
# text without any cannot be mojibake, and the full check is slow.
_MOJIBAKE_HINT = compiled(r"[\u0080-\u009f\u00a1-\u00ff\u0192\u201a\u201e\u2020\u2021\u2030]")
_CONTROL = compiled(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NOT_ASCII = compiled(r"[^\x00-\x7f]+")
# A character one of the repairs below starts from: text with none needs none of them.
_ANY_REPAIR = compiled(
    "|".join(p.pattern for p in (_MOJIBAKE_HINT, _INVISIBLE, _SPACES, _CONTROL)) + "|&"
)


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says what they look like."""


def decode(raw: bytes) -> Decoded:
    text, encoding, notes = _to_text(raw)
    decoded = normalise(text, encoding)
    decoded.repairs[:0] = notes
    return decoded


def normalise(text: str, encoding: str = "utf-8") -> Decoded:
    repairs: list[str] = []
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
    if not _ANY_REPAIR.search(text):
        return Decoded(text=text, encoding=encoding, repairs=repairs)  # one scan instead of five
    if _MOJIBAKE_HINT.search(text) and _is_bad(text):
        import ftfy

        fixed = ftfy.fix_text(
            text,
            unescape_html=False,
            uncurl_quotes=False,
            fix_line_breaks=False,
            normalization=None,
        )
        if fixed != text:
            repairs.append("mojibake repaired (ftfy)")
            text = fixed
    if _ENTITY.search(text):
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        repairs.append("HTML entities decoded")
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
        repairs.append("zero-width characters removed")
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    return Decoded(text=text, encoding=encoding, repairs=repairs)


def _to_text(raw: bytes) -> tuple[str, str, list[str]]:
    """The text, its encoding and a note for each part read otherwise."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name, []
            except UnicodeDecodeError as err:
                raise DecodeError(
                    f"starts with a {name} byte-order mark but is not valid {name}: {err}"
                ) from err
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise DecodeError(f"is {what}, not a text article")
    # NULs are valid UTF-8, so UTF-16 without a BOM must be ruled out first.
    guess = _utf16_without_bom(raw) if b"\x00" in raw else None
    if guess:
        return raw.decode(guess), guess, []
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        raise DecodeError("contains NUL bytes: it looks like a binary file, not a text article")
    mixed = _mostly_utf8(raw)
    if mixed:
        return mixed
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise DecodeError("is not in any text encoding we can recognise")
    return str(best), best.encoding, []


def _mostly_utf8(raw: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-8 with a few lines in another encoding (text pasted from two places): those lines
    read in that one, the rest as UTF-8. "A few": no more bad lines than lines holding
    characters outside ASCII that are valid UTF-8. Legacy text almost never is (its high
    bytes would have to fall in UTF-8's exact patterns), so such lines prove the file is
    UTF-8, and a cp949 or Latin-1 file, all of whose lines with such bytes are bad, is
    still read whole in its own encoding."""
    lines = raw.splitlines(keepends=True)
    bad, proof = [], 0
    for number, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            continue
        proof += not line.isascii()
    if not bad or proof < len(bad):
        return None
    fallback = _fallback([lines[n] for n in bad])
    errors = _CP1252_BYTES if fallback == "cp1252" else "strict"
    bad_set = set(bad)
    text = "".join(
        line.decode(fallback if n in bad_set and errors == "strict" else "utf-8", errors)
        for n, line in enumerate(lines)
    )
    return text, "utf-8", [_lines_note([n + 1 for n in bad], fallback)]


# Multi-byte legacy encodings charset_normalizer tells apart even on a line or two; on short
# Western text it guesses among one-byte code pages at random (cp1250 for Latin-1 "señor").
_MULTI_BYTE = {
    "cp949",
    "euc_kr",
    "johab",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "big5hkscs",
    "shift_jis",
    "cp932",
    "euc_jp",
    "euc_jis_2004",
    "shift_jis_2004",
}


def _fallback(bad: list[bytes]) -> str:
    """The encoding of a UTF-8 file's bad lines: a multi-byte one if charset_normalizer
    finds one that reads each of them, else cp1252, for just the bytes that are not UTF-8
    (one stray byte in a line leaves the line's UTF-8 characters whole)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(b"".join(bad)).best()
    name = codecs.lookup(best.encoding).name.replace("-", "_") if best and best.encoding else ""
    if name in _MULTI_BYTE:
        try:
            for line in bad:
                line.decode(name)
            return name
        except UnicodeDecodeError:
            pass
    return "cp1252"


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    """A decode error handler: the bytes that are not UTF-8 read as cp1252 (Latin-1 for the
    five it leaves undefined)."""
    part = err.object[err.start : err.end]
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in part), err.end


_CP1252_BYTES = "news-digest-cp1252"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)


def _lines_note(numbers: list[int], encoding: str) -> str:
    shown = ", ".join(map(str, numbers[:10])) + (
        f" and {len(numbers) - 10} more" if len(numbers) > 10 else ""
    )
    return f"line{'s' if len(numbers) > 1 else ''} {shown} not UTF-8: read as {encoding}"


def _is_bad(text: str) -> bool:
    """ftfy's is_bad(text), asked only about the stretches around characters outside ASCII: when
    every match of its pattern holds one and is short (checked once, else the whole text is
    searched), no match lies elsewhere. On a real page that is 7x faster."""
    from ftfy.badness import BADNESS_RE, is_bad

    reach = _badness_reach()
    if reach is None:
        return is_bad(text)
    start = end = -1
    for run in _NOT_ASCII.finditer(text):
        if run.start() - reach > end:  # a new stretch: search the one before
            if end >= 0 and BADNESS_RE.search(text, start, end):
                return True
            start = max(0, run.start() - reach)
        end = run.end() + reach
    return end >= 0 and bool(BADNESS_RE.search(text, start, end))


@lru_cache(maxsize=1)
def _badness_reach() -> int | None:
    """How far a match of ftfy's BADNESS_RE reaches from the non-ASCII character it must hold;
    None if its pattern is not of that kind (case-blind, a lookaround or an end anchor, a match
    without such a character, a long one)."""
    from ftfy.badness import BADNESS_RE

    try:
        from re import (
            _constants as sre,
        )  # how the pattern is built: CPython 3.11+
        from re import (
            _parser as parser,
        )

        tree = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        widest = tree.getwidth()[1]
        ok = (
            not BADNESS_RE.flags & re.IGNORECASE
            and _plain(tree.data, sre)
            and _wide(tree.data, sre)
        )
        return widest - 1 if ok and widest <= 20 else None
    except Exception:  # another Python or ftfy: search the whole text
        return None


def _plain(items, sre) -> bool:
    """Every part of a parsed pattern takes characters where it stands (no lookaround, no end
    anchor: a search of a stretch finds what a search of the whole text finds there)."""
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner = [av[2]]
        elif op is sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return False
            inner = [av[-1]]
        elif op is sre.BRANCH:
            inner = av[1]
        elif op in (sre.LITERAL, sre.IN, sre.ANY) or (op is sre.AT and av is sre.AT_BEGINNING):
            continue
        else:
            return False
        if not all(_plain(part, sre) for part in inner):
            return False
    return True


def _wide(items, sre) -> bool:
    """Every match of a parsed sequence takes a character outside ASCII."""
    for op, av in items:
        if op is sre.LITERAL and av >= 128:
            return True
        if op is sre.IN and all(
            (o is sre.LITERAL and a >= 128) or (o is sre.RANGE and a[0] >= 128) for o, a in av
        ):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and _wide(av[2], sre):
            return True
        if op is sre.SUBPATTERN and _wide(av[-1], sre):
            return True
        if op is sre.BRANCH and all(_wide(alt, sre) for alt in av[1]):
            return True
    return False


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs on one side of the byte pairs: the high
    byte of every ASCII space, digit and letter (in Korean text only those)."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0) / (len(raw) // 2), raw[1::2].count(0) / (len(raw) // 2)
    for name, mine, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if mine > 0.05 and other < mine / 4:
            try:
                text = raw.decode(name)
            except UnicodeDecodeError:
                return None
            return None if _CONTROL.search(text) else name
    return None
