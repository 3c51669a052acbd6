"""Files kept per user, derived from the installed software rather than from any seeds
(the compiled-regex store, the gazetteer's city table), and writing a file whole.

Below every stage so that text.py and the extractors can keep their tables without
importing the seed cache (cache.py), which sits above them.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path, fill) -> bool:
    """fill(binary file) into a temporary file then moved onto path, so readers (another run,
    racing) see the old file or the new one, never half of one. False, leaving nothing
    behind, when it cannot be written: for a cache that is only slower."""
    import tempfile

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
        os.replace(tmp, path)
        return True
    except Exception:
        if tmp:
            unlink(Path(tmp))
        return False


def user_cache_dir() -> Path | None:
    """Where what is derived from the installed software (not from any seeds) is kept:
    $XDG_CACHE_HOME/news-digest, else ~/.cache/news-digest; None when caching is off."""
    from generator.settings import load

    return load().user_cache_dir  # read where used: deep in extraction, in worker processes


def write_per_user(path: Path, fill) -> None:
    """write_whole() for a file in user_cache_dir() named <kind>-<install>..., then prune its
    kind; an unwritable cache costs only time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    if write_whole(path, fill):
        prune_user_cache(path.parent, path.name.split("-", 1)[0] + "-")


def prune_user_cache(folder: Path, prefix: str, keep: int = 8) -> None:
    """Of the per-user files named prefix* (one per Python build or library install), keep the
    `keep` written last: installs come and go (each virtual environment adds one)."""
    try:
        with os.scandir(folder) as entries:
            found = sorted(
                (
                    (e.stat().st_mtime_ns, e.path)
                    for e in entries
                    if e.name.startswith(prefix) and e.is_file()
                ),
                reverse=True,
            )
    except OSError:
        return
    for _, path in found[keep:]:
        unlink(Path(path))


def unlink(path: Path) -> int:
    try:
        path.unlink()
        return 1
    except OSError:
        return 0
