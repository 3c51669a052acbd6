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

import json
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.model import Problem
from generator.render import MARKER

MANIFEST = ".news-digest.json"
RAW = "raw/"  # copies of the seeds; the generator owns this folder


@dataclass
class WriteResult:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


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


def write_pages(docs: Path, pages: dict[str, bytes]) -> WriteResult:
    result = WriteResult()
    docs.mkdir(parents=True, exist_ok=True)
    manifest = docs / MANIFEST
    previous = _read_manifest(manifest)
    lost = previous is None  # no readable manifest: find earlier output by its marks instead
    previous = previous or set()
    kept: set[str] = set()
    for rel, content in sorted(pages.items()):
        path = docs / rel
        if path.exists():
            same = path.is_file() and path.read_bytes() == content
            # With the manifest gone (`make clean`), data files such as feed.xml cannot show
            # a mark, so they are taken back; a page (.md) still needs its front-matter mark.
            adopt = lost and path.suffix != ".md" and path.is_file()
            if not (same or adopt or _ours(path, previous, rel)):
                result.problems.append(Problem(rel, f"docs/{rel} exists and was not written by the generator; left as is",
                                               "rename the hand-written page or the seed"))
                continue
            if same:
                kept.add(rel)
                continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(content)
        os.replace(tmp, path)
        result.written.append(path)
        kept.add(rel)
    stale = (previous | _marked(docs, "articles/*.md") | (_leftovers(docs) if lost else set())) - kept
    for rel in sorted(stale):
        path = docs / rel
        if path.is_file() and _ours(path, previous, rel):
            path.unlink()
            result.removed.append(path)
            _prune_empty(path.parent, docs)
    _write_manifest(manifest, kept)
    return result


def _marked(docs: Path, pattern: str) -> set[str]:
    """Pages under docs matching pattern that carry the generator's mark."""
    return {p.relative_to(docs).as_posix() for p in docs.glob(pattern) if p.is_file() and _ours(p, set(), "")}


def _leftovers(docs: Path) -> set[str]:
    """Everything an earlier run may have written when its manifest is gone: marked pages
    anywhere, and the raw copies (docs/raw/ holds nothing else)."""
    raw = {p.relative_to(docs).as_posix() for p in (docs / RAW).glob("*") if p.is_file()}
    return _marked(docs, "**/*.md") | raw


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
    parts = PurePosixPath(rel).parts
    return not PurePosixPath(rel).is_absolute() and ".." not in parts and parts[0] != MANIFEST


def _read_manifest(path: Path) -> set[str] | None:
    try:
        files = json.loads(path.read_text(encoding="utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        return None
    return {p for p in files if _safe(p)} if isinstance(files, list) else None


def _write_manifest(path: Path, files: set[str]) -> None:
    text = json.dumps({"generator": MARKER, "files": sorted(files)}, indent=1) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8", errors="replace") != text:
        path.write_text(text, encoding="utf-8")
