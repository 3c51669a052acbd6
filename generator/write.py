"""Page texts -> files under docs/ (stage 5).

Only files whose content changed are written, so `mkdocs serve` reloads only
what moved and file times stay put. Generated files are listed in a manifest;
anything the last run generated that this run did not is removed. A file in
the way that the generator did not write (a hand-written page) is never
overwritten. Without a readable manifest, earlier output is found by its mark
(pages' front matter) and by place (docs/raw/), and a damaged manifest can
name nothing outside docs/.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Problem
from generator.render import MARKER
from generator.safepath import NOFOLLOW, link_source
from generator.site.urls import RAW_DIR
from generator.snapshot import trusted_time

MANIFEST = ".news-digest.json"
# Each generated file's stat and content hash, so a warm run need not read it back. Kept apart
# from the manifest because it is machine state: the manifest stays the same on any machine.
STATE = ".news-digest.state.json"
RAW = RAW_DIR  # copies of the seeds; the generator owns this folder


@dataclass
class WriteResult:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    kept: list[str] = field(
        default_factory=list
    )  # docs-relative paths of every file the run stands behind
    linked: dict[str, os.stat_result] = field(
        default_factory=dict
    )  # source -> its stat once linked
    stats: dict[str, os.stat_result] = field(
        default_factory=dict, repr=False
    )  # each kept file's stat as this run left it (snapshot.py need not stat it again)


class _Memory:
    """What a long-running process (`make serve`) keeps between runs for one docs folder:
    the manifest and state files as last read, parsed, and each file's content and hash as
    last written. Only ever compared against what is on disk or about to be written."""

    def __init__(self):
        self.texts: dict[str, tuple[str, object]] = {}  # file name -> (its text, parsed)
        self.digests: dict[str, tuple[bytes, str]] = {}  # rel -> (content, its sha256)
        self.manifest: tuple[frozenset, str] | None = None  # files -> the manifest's text


_MEMORY: dict[str, _Memory] = {}


def _ours(path: Path, previous: set[str], rel: str) -> bool:
    """Written by the generator: listed in the manifest, a raw copy, or carrying its mark
    (a page's front matter says `generator: news-digest`; data files name it near the top)."""
    if rel in previous or rel.startswith(RAW):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    if path.suffix == ".md":
        return head.startswith(b"---\n") and f"generator: {MARKER}".encode() in head
    return MARKER.encode() in head


def keep_in_memory(on: bool) -> None:
    """Whether the next runs keep what they read and hashed for the run after (the pipeline
    says so when the cache keeps its entries in memory: under serve)."""
    _KEEP["on"] = on


_KEEP = {"on": False}


def write_pages(
    docs: Path, pages: dict[str, bytes], links: dict[str, str] | None = None
) -> WriteResult:
    """links: for some new files, a file already holding their content (a seed for its raw
    copy), to be hard-linked rather than written when the file system allows it."""
    result = WriteResult()
    links = links or {}
    docs.mkdir(parents=True, exist_ok=True)
    keep = _KEEP["on"]
    memory = _MEMORY.setdefault(str(docs), _Memory()) if keep else _Memory()
    manifest = docs / MANIFEST
    started = time.time_ns()  # before any stat: see _trusted
    previous = _parsed(manifest, _files, memory)
    lost = previous is None  # no readable manifest: find earlier output by its marks instead
    previous = previous or set()
    known, checked = _parsed(docs / STATE, _stats, memory)
    records: dict[str, list] = {}
    hashed = memory.digests
    for rel, content in sorted(pages.items()):
        last = hashed.get(rel)
        # Under serve most pages are the bytes written last time: their hash is known.
        if last is not None and (last[0] is content or last[0] == content):
            digest = last[1]
        else:
            digest = hashlib.sha256(content).hexdigest()
            if keep:
                hashed[rel] = content, digest
        record = _put(
            docs, rel, content, digest, known, checked, previous, lost, result, links.get(rel)
        )
        if record:
            records[rel] = record
    kept = set(records)
    result.kept = sorted(kept)
    stale = (
        previous | _marked_articles(docs, kept) | (_leftovers(docs, kept) if lost else set())
    ) - kept
    for rel in sorted(stale):
        path = docs / rel
        if path.is_file() and _ours(path, previous, rel):
            path.unlink()
            result.removed.append(path)
            _prune_empty(path.parent, docs)
    for rel in hashed.keys() - pages.keys():
        del hashed[rel]
    _write_manifest(manifest, kept, memory)
    if records != known:
        text = _write_state(docs / STATE, records, started)
        if text is not None:  # what reading it back would give: the next run need not parse it
            memory.texts[STATE] = text, (records, started)
    return result


def _put(
    docs: Path,
    rel: str,
    content: bytes,
    digest: str,
    known: dict,
    checked: int,
    previous: set[str],
    lost: bool,
    result: WriteResult,
    source: str | None = None,
) -> list | None:
    """Leave the file alone if it already holds content, else write it unless it is
    hand-written; the file's record for the state file, or None if it was left in the way.
    digest: content's sha256."""
    st = _stat(f"{docs}{os.sep}{rel}")  # a plain string: no Path made for a file left alone
    if (
        st is not None
        and stat.S_ISREG(st.st_mode)
        and _trusted(known.get(rel), st, digest, checked)
    ):
        result.stats[rel] = st
        return known[rel]
    if st is None and source is not None:
        linked = _link(source, os.path.join(docs, rel), content)
        if linked is not None:
            result.written.append(docs / rel)
            result.linked[source] = result.stats[rel] = linked
            return _record(linked, digest)
    if st is None:
        made = _create(os.path.join(docs, rel), content)
        if made:
            result.written.append(docs / rel)
            result.stats[rel] = made
            return _record(made, digest)
    path = docs / rel
    if st is not None:
        regular = stat.S_ISREG(st.st_mode)
        same = regular and path.read_bytes() == content
        # With the manifest gone (`make clean`), data files such as feed.xml cannot show
        # a mark, so they are taken back; a page (.md) still needs its front-matter mark.
        adopt = lost and path.suffix != ".md" and regular
        if not (same or adopt or _ours(path, previous, rel)):
            result.problems.append(
                Problem(
                    rel,
                    f"docs/{rel} exists and was not written by the generator; left as is",
                    "rename the hand-written page or the seed",
                )
            )
            return None
        if same:
            result.stats[rel] = st
            return _record(st, digest)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(content)
    os.replace(tmp, path)
    result.written.append(path)
    result.stats[rel] = path.stat()
    return _record(result.stats[rel], digest)


def _create(path: str, content: bytes) -> os.stat_result | None:
    """A new file, written in place: with nothing there before, no reader can see a mix of
    old and new, and it costs half the file-system calls of a write and rename (on a cold
    run of thousands of pages that is most of the writing time). None if the file turned up
    meanwhile: then it takes the careful way. Plain descriptors, not open(): a buffered file
    object costs two more system calls and a third of the time of creating the file."""
    try:
        fd = os.open(path, _NEW_FILE, 0o666)
    except FileNotFoundError:  # its folder is new too
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(path, _NEW_FILE, 0o666)
    except FileExistsError:
        return None
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
        st = os.fstat(fd)
    except BaseException:
        os.close(fd)
        os.unlink(path)  # never leave half a page behind
        raise
    os.close(fd)
    return st


_PLAIN = getattr(os, "O_CLOEXEC", 0) | getattr(
    os, "O_BINARY", 0
)  # not inherited, no newline translation
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _PLAIN


def _link(source: str, path: str, content: bytes) -> os.stat_result | None:
    """A hard link to source, if it still holds content: the file's stat, else None.

    On a cold run a new raw copy is most of the cost of writing its article (allocating an
    inode costs up to a millisecond on a busy ext4 group; a link allocates none). None when
    the file system has no hard links, source is on another one, access is refused, or the
    seed changed since it was read (the link is then taken back and the copy written)."""
    found = link_source(source)  # never a link to a file outside seeds/ (safepath.py)
    if found is None:
        return None
    source, checked = found
    try:
        os.link(source, path, follow_symlinks=False)
    except FileNotFoundError:  # the raw/ folder is new (or the seed has gone)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.link(source, path, follow_symlinks=False)
        except OSError:
            return None
    except OSError:  # FileExistsError included: the careful way handles it
        return None
    try:
        fd = os.open(path, os.O_RDONLY | _PLAIN | NOFOLLOW)
        try:
            before = os.fstat(fd)
            same = _read_up_to(fd, len(content) + 1) == content
            after = os.fstat(fd)
        finally:
            os.close(fd)
    except OSError:
        same = False
    same = same and os.path.samestat(after, checked) and after.st_nlink == 2  # seed and copy only
    if same and _record(before, "") == _record(after, ""):  # nothing wrote to it while it was read
        return after
    try:
        os.unlink(path)
    except OSError:
        pass
    return None


def _read_up_to(fd: int, size: int) -> bytes:
    """size bytes from fd, or all there are (one read may return fewer)."""
    parts, left = [], size
    while left > 0:
        part = os.read(fd, left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:  # missing (deleted by hand), or a broken link
        return None


def _record(st: os.stat_result, digest: str) -> list:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, digest]


def _trusted(record, st: os.stat_result, digest: str, checked: int) -> bool:
    """The file still holds what the last run recorded, known without reading it.

    Any write to a file moves its mtime and ctime (ctime cannot be set back by hand), and an
    editor that saves by renaming changes the inode, so an edited file fails the stat match
    and is compared byte by byte. The gap: a same-size edit stamped within the same clock
    tick as the stat was taken. With nanosecond timestamps that tick is a few milliseconds
    after the generator's own write (no hand edit is that quick); with whole-second
    timestamps (FAT, HFS+, some network mounts) a record is trusted only if the file was
    already 2 s old when the run that recorded it began, else the bytes are compared.
    """
    return record == _record(st, digest) and trusted_time(st.st_mtime_ns, checked)


def _marked_articles(docs: Path, skip: set[str]) -> set[str]:
    """Marked pages in docs/articles/ but for those in skip, listed with scandir: 5000 Path
    objects cost 80 ms."""
    try:
        with os.scandir(docs / "articles") as entries:
            rels = [f"articles/{e.name}" for e in entries if e.name.endswith(".md")]
    except OSError:
        return set()
    return {
        rel
        for rel in rels
        if rel not in skip and (docs / rel).is_file() and _ours(docs / rel, set(), "")
    }


def _leftovers(docs: Path, skip: set[str]) -> set[str]:
    """Everything an earlier run may have written when its manifest is gone: marked pages
    anywhere, and the raw copies (docs/raw/ holds nothing else); files in skip (this run's
    own) are passed over unread. Walked as strings: on a cold run, where every page is new
    and the manifest missing, a Path per listed file cost 120 ms at 5000 articles (now 10)."""
    found = set()
    for folder, _, names in os.walk(docs):
        prefix = os.path.relpath(folder, docs).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for name in names:
            rel = prefix + name
            if rel in skip or not (prefix == RAW or name.endswith(".md")):
                continue
            path = docs / rel
            if path.is_file() and (prefix == RAW or _ours(path, set(), "")):
                found.add(rel)
    return found


def _prune_empty(folder: Path, docs: Path) -> None:
    """Remove folders a removal left empty (years/2019/ with no page left), up to docs/."""
    while folder != docs and docs in folder.parents and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _safe(rel) -> bool:
    """A manifest entry is a plain relative path inside docs/ (a damaged or hand-edited
    manifest must never make the generator delete anything outside it)."""
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        return False
    parts = [
        part for part in rel.split("/") if part not in ("", ".")
    ]  # as PurePosixPath splits it, faster
    return (
        not rel.startswith("/")
        and bool(parts)
        and ".." not in parts
        and parts[0] not in (MANIFEST, STATE)
    )


def _decoded(text: str) -> dict | None:
    data = json.loads(text)
    return data if isinstance(data, dict) else None


def _parsed(path: Path, reading, memory: _Memory):
    """reading(the file's JSON data, None when unreadable), from memory while the file holds
    the text it held last time (reading it is cheap; parsing and checking 2,000 entries not).
    The value is shared with the next run: callers only read it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return reading(None)
    last = memory.texts.get(path.name)
    if last is not None and last[0] == text:
        return last[1]
    try:
        value = reading(_decoded(text))
    except ValueError:
        value = reading(None)
    memory.texts[path.name] = text, value
    return value


def _files(data: dict | None) -> set[str] | None:
    files = data.get("files") if data else None
    return {p for p in files if _safe(p)} if isinstance(files, list) else None


def _stats(data: dict | None) -> tuple[dict, int]:
    """Each file's record from the last run and when that run began; without them (first
    run, older generator, damaged file) every file is compared byte by byte."""
    stats, checked = (data or {}).get("stats"), (data or {}).get("checked")
    if not isinstance(stats, dict) or not isinstance(checked, int):
        return {}, 0
    return stats, checked


def _write_manifest(path: Path, files: set[str], memory: _Memory) -> None:
    same = memory.manifest is not None and memory.manifest[0] == files
    text = memory.manifest[1] if same else _manifest_text(files)
    memory.manifest = frozenset(files), text
    if not path.exists() or path.read_text(encoding="utf-8", errors="replace") != text:
        path.write_text(text, encoding="utf-8")


def _manifest_text(files: set[str]) -> str:
    return json.dumps({"generator": MARKER, "files": sorted(files)}, indent=1) + "\n"


def _write_state(path: Path, records: dict[str, list], started: int) -> str | None:
    """The text written, None if it could not be."""
    text = (
        json.dumps(
            {"generator": MARKER, "checked": started, "stats": records}, separators=(",", ":")
        )
        + "\n"
    )
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # only a speed-up: without it the next run compares bytes
        return None
    return text
