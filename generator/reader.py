"""Seeds folder -> Seed records (stage 0): raw bytes plus the editor's pinned fields.

Also the kinds of seed file, by suffix: the reader that turns each kind into a
cleaned article, and the files refused as plainly not an article. A new kind
of seed is one more entry in READERS.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator import fields, safepath
from generator.model import Opened, Problem, Seed

SIDECAR_SUFFIXES = (".yml", ".yaml")

# Files operating systems and editors leave in any folder. They are never
# articles, so they are skipped without a warning (README: "Files in seeds/").
_LITTER_NAMES = {
    "thumbs.db",
    "ehthumbs.db",
    "ehthumbs_vista.db",
    "desktop.ini",
    "icon\r",
    ".ds_store",
}
_LITTER_SUFFIXES = (".swp", ".swo", ".swx", ".tmp", ".bak", ".orig", ".part", ".crdownload", "~")

# Files that are plainly not a pasted article, by extension, and what to do instead.
_MOVE_OUT = "move it out of seeds/"
_COPY_TEXT = (
    "open it, copy the article text into a new .txt file in seeds/, then move this file out"
)
_NOT_ARTICLES = {
    ("image", _MOVE_OUT): ".png .jpg .jpeg .gif .webp .heic .heif .bmp .tif .tiff .svg .ico .avif",
    ("media file", _MOVE_OUT): ".mp3 .mp4 .m4a .mov .wav .avi .webm .ogg",
    ("archive", "unpack it elsewhere and " + _COPY_TEXT): ".zip .gz .tgz .bz2 .xz .7z .rar .tar",
    (
        "document",
        _COPY_TEXT,
    ): ".pdf .doc .docx .odt .rtf .pages .xls .xlsx .ods .ppt .pptx .key .epub",
    (
        "Safari web archive",
        "save the page as a web page (.html) or a single file (.mhtml) instead",
    ): ".webarchive",
}
_KIND_BY_SUFFIX = {ext: kind for kind, exts in _NOT_ARTICLES.items() for ext in exts.split()}
PINNABLE = fields.PINNABLE  # key -> type, from the field registry


def is_litter(name: str) -> bool:
    """Hidden files, OS thumbnails and settings, editor swap, lock and backup files."""
    low = name.lower()
    return (
        low.startswith((".", "~$"))
        or (low.startswith("#") and low.endswith("#"))
        or low in _LITTER_NAMES
        or low.endswith(_LITTER_SUFFIXES)
    )


@dataclass(frozen=True)
class Reader:
    """One kind of seed file: the suffixes it takes and how a seed of it becomes a cleaned
    article (an Opened), or the one Problem that says why it cannot."""

    kind: str
    suffixes: tuple[str, ...]  # lower case, with the dot (".txt"), or ANY
    read: Callable[[Seed], Opened | Problem]


ANY = "*"  # the suffix of the reader for every file no other reader takes, if not refused


def read_text(seed: Seed) -> Opened | Problem:
    """A pasted article: its bytes decoded (any encoding, repaired), then cleaned."""
    from generator.clean import clean
    from generator.decode import DecodeError, decode

    try:
        decoded = decode(seed.raw)
    except DecodeError as err:
        return Problem(
            seed.name, f"cannot be read: it {err}", "remove it from seeds/ or save it as UTF-8 text"
        )
    if not decoded.text.strip():
        what = "is empty" if not seed.raw else "is empty (only blank space)"
        return Problem(seed.name, what, "paste the article text into it, or delete it")
    notes = [] if decoded.encoding == "utf-8" else [f"read as {decoded.encoding}"]
    return Opened(clean(decoded.text), notes + decoded.repairs)


def read_page(seed: Seed) -> Opened | Problem:
    """A saved web page: its story and metadata, by trafilatura (generator/htmlpage.py)."""
    from generator.htmlpage import read_page

    return read_page(seed)


READERS = (
    Reader("saved web page", (".html", ".htm", ".xhtml", ".mhtml", ".mht"), read_page),  # ==
    # htmlpage.SUFFIXES (tests/test_html_seeds.py checks; importing it here would cost 1 ms)
    Reader("pasted text", (ANY,), read_text),  # any file not refused above: as seeds always were
)
_READER_BY_SUFFIX = {suffix: reader for reader in READERS for suffix in reader.suffixes}


def reader_for(path: Path) -> Reader:
    """The reader for a seed by its suffix; a suffix no reader names gets the ANY reader."""
    suffix = path.suffix.lower()
    return _READER_BY_SUFFIX.get(suffix) or _READER_BY_SUFFIX[ANY]


def refused(path: Path) -> tuple[str, str] | None:
    """(noun, fix) for a file that is plainly not a pasted article, unless a reader takes it."""
    suffix = path.suffix.lower()
    return None if suffix in _READER_BY_SUFFIX else _KIND_BY_SUFFIX.get(suffix)


def read_seeds(folder: Path) -> tuple[list[Seed], list[Problem]]:
    seeds, problems = [], []
    if problem := safepath.folder_problem(folder):
        return [], [problem]
    with os.scandir(folder) as listing:  # its entries know their type: no stat per file
        entries = sorted((e for e in listing if not is_litter(e.name)), key=lambda e: e.name)
    entries, problems = safepath.split_links(folder, entries)
    problems += [
        Problem(
            e.name + "/",
            "is a folder; only files directly in seeds/ are read",
            "move its articles up into seeds/",
        )
        for e in entries
        if e.is_dir()
    ]
    files = [folder / e.name for e in entries if e.is_file()]
    stems = {p.stem for p in files if p.suffix.lower() not in SIDECAR_SUFFIXES}
    by_name = {p.name.lower(): p for p in files}  # sidecars are found here: no stat per seed
    for path in files:
        if path.suffix.lower() in SIDECAR_SUFFIXES:
            if path.stem not in stems:
                problems.append(
                    Problem(
                        path.name,
                        "sidecar has no seed with the same name",
                        "rename it to match a seed, or delete it",
                    )
                )
            continue
        kind = refused(path)
        if kind:
            problems.append(_not_an_article(path, *kind))
            continue
        seed, seed_problems = _read_seed(path, by_name)
        problems += seed_problems
        if seed:
            seeds.append(seed)
    return seeds, problems


def _not_an_article(path: Path, noun: str, fix: str) -> Problem:
    ext = path.suffix[1:].upper()
    article = (
        "an" if ext[0] in "AEFHILMNORSX" else "a"
    )  # as the letters are said: "an MP3", "a PNG"
    return Problem(path.name, f"is {article} {ext} {noun}, not a pasted article; skipped", fix)


def _read_seed(path: Path, by_name: dict[str, Path]) -> tuple[Seed | None, list[Problem]]:
    """by_name: the folder's files by lower-case name (a sidecar may be spelt NOTE.YML)."""
    sidecar = next(
        (by_name[low] for s in SIDECAR_SUFFIXES if (low := (path.stem + s).lower()) in by_name),
        None,
    )
    pinned, problems = read_sidecar(sidecar) if sidecar else ({}, [])
    try:
        raw = safepath.read_bytes(path)
    except OSError as err:
        return None, [
            Problem(
                path.name,
                f"cannot be opened: {err.strerror or err}",
                "check the file's permissions, or remove it from seeds/",
            )
        ]
    return Seed(path=path, raw=raw, pinned=pinned, sidecar=sidecar), problems


def read_sidecar(path: Path) -> tuple[dict, list[Problem]]:
    try:
        data = yaml.safe_load(safepath.read_bytes(path).decode("utf-8-sig"))
    except OSError as err:
        return {}, [
            Problem(
                path.name,
                f"sidecar cannot be opened: {err.strerror or err}",
                "check its permissions",
            )
        ]
    except (
        yaml.YAMLError,
        UnicodeDecodeError,
        ValueError,
        RecursionError,
    ) as err:  # ValueError: date: 2019-02-30
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        return {}, [
            Problem(
                path.name,
                f"sidecar is not valid YAML: {str(err).splitlines()[0]}",
                "fix the YAML; its fields are ignored until then",
                line + 1 if line is not None else None,
            )
        ]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [
            Problem(path.name, "sidecar must be a mapping of field: value", "e.g. date: 2018-04-11")
        ]
    pinned, problems = {}, []
    for key, value in data.items():
        clean, error = _coerce(_short(key), value)
        if error:
            problems.append(
                Problem(path.name, error, f"pinnable fields: {', '.join(sorted(PINNABLE))}")
            )
        else:
            pinned[str(key)] = clean
    return pinned, problems


_SCALARS = (str, int, float, dt.date)


def _short(value) -> str:
    """A value for a message: scalars as text, cut short; never a nested structure
    (a YAML alias bomb would take minutes to turn into text)."""
    return str(value)[:80] if isinstance(value, _SCALARS) else f"<a {type(value).__name__}>"


def _coerce(key: str, value):
    kind = PINNABLE.get(key)
    if kind is None:
        return None, f"unknown field '{key}'"
    if value is None:
        return None, None
    if kind is not list and not isinstance(value, _SCALARS):
        return None, f"'{key}' must be a single value, not {_short(value)}"
    if kind is dt.date:
        return _coerce_date(key, value)
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return None, f"'{key}: {_short(value)}' is not a whole number"
        return value, None
    if kind is list:
        if isinstance(value, str):
            return [_text(value)], None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [_text(v) for v in value], None
        return None, f"'{key}' must be a name or a list of names"
    return _text(str(value)), None


def _coerce_date(key: str, value):
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    try:
        return dt.date.fromisoformat(str(value)), None
    except ValueError:
        return None, f"'{key}: {_short(value)}' is not a date (use YYYY-MM-DD)"


def _text(value: str) -> str:
    """A pinned value without control characters (a YAML "\\0"), as seed text is decoded."""
    from generator.decode import _CONTROL

    return _CONTROL.sub("", value)
