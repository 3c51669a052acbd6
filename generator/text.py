"""Small text helpers shared by the cleaner and the extractors."""

from __future__ import annotations

import atexit
import os
import pickle
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path

from generator.markdown import single_spaced

# Compiling the ~200 patterns of the cleaner and the extractors took ~75 ms a run, most of the
# run's fixed cost. What re's compiler makes of a pattern depends only on the pattern, its flags
# and the Python build, so it is kept on disk, beside the gazetteer (extract/location.py), and
# handed straight to the engine next time. Uses CPython's own steps (re._parser, re._compiler,
# _sre.compile, as re.compile does); where they differ or are missing, plain re.compile.
try:
    import _sre
    from re import _compiler, _parser

    _INTERNALS_OK = _sre.CODESIZE == array("I").itemsize and callable(_compiler._code)
except (ImportError, AttributeError):
    _INTERNALS_OK = False


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags), equal (==) to it, from the store when it holds the pattern."""
    flags = int(flags)
    store = _Store.get()
    if store is None or not isinstance(source, str):
        return re.compile(source, flags)
    name = f"{flags}|{source}"
    entry = store.kept.get(name)
    if entry is not None:
        try:
            pattern = _from_entry(source, entry)
            store.used[name] = entry
            return pattern
        except (ValueError, TypeError, RuntimeError, IndexError, AttributeError):
            pass  # a store damaged or from elsewhere: made again below
    try:
        tree = _parser.parse(source, flags)
        code = array("I", _compiler._code(tree, flags)).tobytes()
        entry = (int(flags | tree.state.flags), tree.state.groups, dict(tree.state.groupdict), code)
        pattern = _from_entry(source, entry)
    except re.error:
        raise  # a bad pattern is the code's bug, reported as re.compile would
    except Exception:  # internals unlike 3.11's: plain re from now on
        _Store._one[:] = [None]
        return re.compile(source, flags)
    store.add(name, entry)
    return pattern


def _from_entry(source: str, entry: tuple) -> re.Pattern:
    """What re._compiler.compile hands the engine, from a stored entry."""
    all_flags, groups, groupindex, code = entry
    indexgroup = [None] * groups
    for group, i in groupindex.items():
        indexgroup[i] = group
    return _sre.compile(
        source, all_flags, array("I", code).tolist(), groups - 1, groupindex, tuple(indexgroup)
    )


class _Store:
    """The compiled patterns of one Python build:
    $XDG_CACHE_HOME/news-digest/patterns-<build>.pickle (else ~/.cache/...), read once; written
    whole at exit when this run compiled a pattern it lacked. It keeps the patterns it had, since
    forked workers (parallel.py) use some the parent never asks for, until those outnumber the ones
    this run used: then patterns gone from the code go too. A pickle (read 15x faster than JSON):
    like the seed cache, the folder must be as trusted as the code."""

    _one: list = []  # [store or None] once looked for

    def __init__(self, path: Path, key: str):
        self.path, self.key = path, key
        self.kept: dict[str, tuple] = {}
        self.used: dict[str, tuple] = {}
        self.made: list[str] = []  # compiled by this run: not in the store, or not usable there
        try:
            with open(path, "rb") as fh:
                stored = pickle.load(fh)
            if stored.get("key") == key and isinstance(stored.get("patterns"), dict):
                self.kept = stored["patterns"]
        except Exception:  # missing, unreadable or corrupt (unpickling can raise anything)
            pass  # the patterns are compiled and kept again

    @classmethod
    def get(cls) -> _Store | None:
        """The store, or None when caching is off (NEWS_DIGEST_CACHE=off) or re works otherwise."""
        if not cls._one:
            try:
                cls._one.append(cls._open())
            except (OSError, ValueError, AttributeError, ImportError):
                cls._one.append(None)
        return cls._one[0]

    @classmethod
    def _open(cls) -> _Store | None:
        import hashlib

        from generator.usercache import user_cache_dir

        folder = user_cache_dir() if _INTERNALS_OK else None
        if folder is None:
            return None
        parts = [sys.version, str(_sre.MAGIC), str(_sre.CODESIZE)]
        for module in (_compiler, _parser):
            st = os.stat(module.__file__)
            parts.append(f"{module.__file__}|{st.st_size}|{st.st_mtime_ns}")
        key = "\n".join(parts)
        build = hashlib.blake2b(key.encode(), digest_size=6).hexdigest()
        return cls(folder / f"patterns-{build}.pickle", key)

    def add(self, name: str, entry: tuple) -> None:
        self.used[name] = entry
        self.made.append(name)
        if len(self.made) == 1:
            atexit.register(self.write)

    def write(self) -> None:
        """Write whole (several runs may race), if this run compiled a pattern the store lacked;
        an unwritable store costs only time."""
        from generator.usercache import write_per_user

        if not self.made:
            return
        self.made = []
        patterns = {**self.kept, **self.used}
        if len(patterns) > 2 * len(self.used):
            patterns = self.used
        stored = {"key": self.key, "patterns": patterns}
        write_per_user(
            self.path, lambda fh: pickle.dump(stored, fh, protocol=pickle.HIGHEST_PROTOCOL)
        )


def keep_compiled() -> None:
    """Store the patterns compiled so far now: the CLI ends with os._exit, which runs no atexit
    hook."""
    if _Store._one and _Store._one[0] is not None:
        _Store._one[0].write()


_HANGUL = compiled(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_NOT_LETTER = compiled(r"[\W\d_]+")
_ASCII_DIGIT = compiled(r"[0-9]")
_DIGIT = compiled(r"\d")
_ASCII_RUN = compiled(r"[\x00-\x7f]+")
_NOT_ASCII_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "rep",
    "sen",
    "gov",
    "pres",
    "st",
    "mt",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "s",
    "n",
    "a.m",
    "p.m",
    "inc",
    "co",
    "corp",
    "ltd",
    "jr",
    "sr",
    "etc",
    "approx",
    "dept",
    "est",
    "fig",
    "d.c",
    "ft",
    "govt",
}
_SENTENCE_END = compiled(r"([.!?。]+[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9가-힣])")
_INITIALS = compiled(r"(?:[a-z]\.)+[a-z]?")
_CLOSERS = "'\"”’)]"
_FINAL = ".!?。다"


def word_count(text: str) -> int:
    """len(text.split()), without building the list when the words are single-spaced (as the
    cleaner's lines are)."""
    if len(text) < 80:
        return len(text.split())  # a short line: split() is the cheaper
    if single_spaced(text):
        return text.count(" ") + 1 if text else 0
    return len(text.split())


def hangul_share(text: str) -> float:
    # Hangul and any letter outside ASCII are looked for among the few characters that are not
    # ASCII, ASCII letters counted by bytes.translate: the Unicode classes are slow on long text.
    wide = _ASCII_RUN.sub("", text)
    if not _HANGUL.search(wide):
        return 0.0  # most articles: no need to count every letter
    letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER)) + len(
        _NOT_LETTER.sub("", wide)
    )
    return len(_HANGUL.findall(wide)) / letters if letters else 0.0


def has_digit(text: str) -> bool:
    """Whether text has a digit as \\d means it (any script): ASCII digits are looked for first,
    by a range test, twice as fast as the Unicode class."""
    return bool(_ASCII_DIGIT.search(text) or (not text.isascii() and _DIGIT.search(text)))


def first_digit(text: str) -> int:
    """Where the first digit (as \\d means it) is in text, or -1; found as has_digit() finds one."""
    ascii_digit = _ASCII_DIGIT.search(text)
    end = ascii_digit.start() if ascii_digit else len(text)
    other = (
        None if text.isascii() else _DIGIT.search(text, 0, end)
    )  # one in another script before it
    return other.start() if other else end if ascii_digit else -1


def case_odd(text: str) -> bool:
    """Whether text holds 'ſ', 'ı' or 'İ'. re.I matches them to s and i and lower() does not, so
    a quick word test on text.lower() before a re.I pattern is only safe without them."""
    return not text.isascii() and ("\u017f" in text or "\u0131" in text or "\u0130" in text)


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, sparing abbreviations like 'U.S.' and 'Sept.'."""
    return list(_sentences(paragraph))


@lru_cache(maxsize=4096)  # each extractor and the recalled events split the same paragraphs again
def _sentences(paragraph: str) -> tuple[str, ...]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        head = paragraph[start : m.start() + 1]
        words = head.rstrip(".!?").rsplit(
            None, 1
        )  # empty when the head is only punctuation ("!!!")
        last = words[-1].lower() if words else ""
        last = last.lstrip("(\"'“‘")
        if m.group(1).startswith(".") and (last in _ABBREV or _INITIALS.fullmatch(last)):
            continue
        out.append(paragraph[start : m.end(1)].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return tuple(out)


def ends_sentence(text: str) -> bool:
    """Ends like a sentence: a full stop (or ?, !, 。, Korean 다) before any closing quotes or
    brackets."""
    core = text.rstrip("\n").rstrip(_CLOSERS)
    return bool(core) and core[-1] in _FINAL
