"""The last run's inputs and outputs by file stat, so a run where nothing changed stops early.

After a build, the cache folder keeps a snapshot: the stat of every entry in the
seeds folder (taken before any seed was read), the stat of every file the run
left in docs/ and of the folders holding them, the run's warnings, and a key for
everything else a page may depend on (settings, working folder, where seeds
and docs are). The generator's own code and libraries are covered by the cache
folder itself, which is named by their fingerprint.

The next run stats the same files. If every one matches, a full run could only
write the same bytes again, so it returns the stored warnings without reading a
seed or a cache entry. Any difference, a missing or unreadable snapshot, or a
timestamp too coarse to trust means the normal run, which then saves a new one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import environment, write_whole
from generator.model import Problem
from generator.settings import Settings

NAME = "last-run.snapshot"
_COARSE = 2_000_000_000  # ns: how fresh a whole-second timestamp may be and still be trusted

Stat = tuple  # (kind and permission bits, size, mtime_ns, ctime_ns, inode)


@dataclass
class Snapshot:
    key: str
    seeds: dict[str, Stat]  # every entry of the seeds folder
    outputs: dict[str, Stat]  # docs-relative path -> stat, files and their folders
    warnings: list[Problem] = field(default_factory=list)
    articles: int = 0
    started: int = 0  # ns: when the run that took it began


def run_key(seeds_dir: Path, docs_dir: Path, settings: Settings) -> str:
    """What shapes the pages besides the files: the settings that shape output (SITE_URL...),
    the working folder (seed paths on pages are relative to it) and both folders."""
    folders = str(Path(seeds_dir).resolve()), str(Path(docs_dir).resolve())
    text = repr((environment(settings), os.getcwd(), *folders))
    return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


def _stat(path: str) -> Stat | None:
    try:
        return stat_of(os.stat(path))
    except OSError:
        return None


def stat_of(st: os.stat_result) -> Stat:
    return st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def seed_stats(seeds_dir: Path) -> dict[str, Stat] | None:
    """Every entry of the seeds folder (litter too: cheaper than telling it apart), or None."""
    try:
        with os.scandir(seeds_dir) as listing:
            names = [entry.name for entry in listing]
    except OSError:
        return None
    stats = {name: _stat(os.path.join(seeds_dir, name)) for name in names}
    return None if None in stats.values() else stats


def output_stats(
    docs_dir: Path, files: list[str], known: dict[str, os.stat_result] | None = None
) -> dict[str, Stat] | None:
    """The files and every folder holding one: a file added to or removed from any of
    them (a page dropped into docs/articles/, a deleted raw copy) moves the folder's times.
    known: stats the writer took of files as it left them (a file changed since then
    differs from the snapshot, so the next run runs fully)."""
    known = known or {}
    rels = set(files)
    for rel in files:
        while "/" in rel:
            rel = rel.rsplit("/", 1)[0]
            rels.add(rel)
    rels.add(".")
    stats = {
        rel: stat_of(known[rel]) if rel in known else _stat(os.path.join(docs_dir, rel))
        for rel in sorted(rels)
    }
    return None if None in stats.values() else stats


def trusted_time(mtime_ns: int, started: int) -> bool:
    """Whole-second timestamps (FAT, some network mounts) cannot show an edit made within the
    same second as the stat, so such a file must be older than the run by a safe margin."""
    return mtime_ns % 1_000_000_000 != 0 or mtime_ns < started - _COARSE


def _trusted(stats: dict[str, Stat], started: int) -> bool:
    return all(trusted_time(st[2], started) for st in stats.values())


def load(folder: Path, key: str, seeds: dict[str, Stat], docs_dir: Path) -> Snapshot | None:
    """The stored snapshot if this run would repeat it exactly, else None."""
    try:
        with open(folder / NAME, "rb") as fh:
            last = pickle.load(fh)
    except Exception:  # missing, truncated, foreign: just run
        return None
    if not isinstance(last, Snapshot) or last.key != key or last.seeds != seeds:
        return None
    if not _trusted(seeds, last.started):
        return None
    outputs = {rel: _stat(os.path.join(docs_dir, rel)) for rel in last.outputs}
    if outputs != last.outputs or not _trusted(outputs, last.started):
        return None
    return last


def save(folder: Path, snapshot: Snapshot) -> None:
    """Written whole (cache.write_whole); failing is only slower."""
    if not write_whole(
        folder / NAME, lambda fh: pickle.dump(snapshot, fh, protocol=pickle.HIGHEST_PROTOCOL)
    ):
        forget(folder)


def forget(folder: Path | None) -> None:
    """Drop the snapshot: the next run does the full work."""
    try:
        os.unlink(folder / NAME)
    except (OSError, TypeError):
        pass
