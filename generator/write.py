"""Page texts -> files under docs/ (stage 5).

Only files whose content changed are written, so `mkdocs serve` reloads only
what moved and file times stay put. Generated files are listed in a manifest;
anything the last run generated that this run did not is removed. A file in
the way that the generator did not write (a hand-written page) is never
overwritten.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from generator.model import Problem
from generator.render import MARKER

MANIFEST = ".news-digest.json"


@dataclass
class WriteResult:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _ours(path: Path, previous: set[str], rel: str) -> bool:
    if rel in previous:
        return True
    if path.suffix == ".md":
        try:
            with path.open(encoding="utf-8") as fh:
                head = fh.read(200)
        except (OSError, UnicodeDecodeError):
            return False
        return head.startswith("---\n") and f"generator: {MARKER}" in head
    return False


def write_pages(docs: Path, pages: dict[str, bytes]) -> WriteResult:
    result = WriteResult()
    docs.mkdir(parents=True, exist_ok=True)
    manifest = docs / MANIFEST
    previous = _read_manifest(manifest)
    kept: set[str] = set()
    for rel, content in sorted(pages.items()):
        path = docs / rel
        if path.exists():
            if not _ours(path, previous, rel):
                result.problems.append(Problem(rel, f"docs/{rel} exists and was not written by the generator; left as is",
                                               "rename the hand-written page or the seed"))
                continue
            if path.read_bytes() == content:
                kept.add(rel)
                continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(content)
        os.replace(tmp, path)
        result.written.append(path)
        kept.add(rel)
    stale = (previous | _marked(docs / "articles", docs)) - kept
    for rel in sorted(stale):
        path = docs / rel
        if path.exists() and _ours(path, previous, rel):
            path.unlink()
            result.removed.append(path)
    _write_manifest(manifest, kept)
    return result


def _marked(folder: Path, docs: Path) -> set[str]:
    """Generated pages a lost manifest no longer lists."""
    if not folder.is_dir():
        return set()
    return {p.relative_to(docs).as_posix() for p in folder.glob("*.md") if _ours(p, set(), "")}


def _read_manifest(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(p) for p in data.get("files", []) if ".." not in str(p)}
    except (OSError, ValueError, AttributeError):
        return set()


def _write_manifest(path: Path, files: set[str]) -> None:
    text = json.dumps({"generator": MARKER, "files": sorted(files)}, indent=1) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8", errors="replace") != text:
        path.write_text(text, encoding="utf-8")
