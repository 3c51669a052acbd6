"""When each seed first appeared, so the feeds can list the newest *added* articles first:
an older story pasted today still reaches subscribers.

The first time a build sees a seed it records a stamp (Unix seconds) in a small
state file beside the cache (<cache root>/first-seen-<seeds folder id>.json),
and every later build reads that stamp back, so the order is stable across
builds. The stamp is the commit time of the git commit that added the file when
git knows it (so a clean clone in CI, which has no cache and whose files all
carry the checkout time, gets the same order every time), else the file's
modification time. Without a cache folder nothing is recorded and the same
fallbacks are worked out on every build.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from generator.model import Article

STATE_PREFIX = "first-seen-"  # + the cache's id of the seeds folder + ".json"


def first_seen(articles: list[Article], state: Path | None) -> dict[str, int]:
    """seed name -> when it first appeared (Unix seconds), recording new ones in `state`."""
    known = _load(state)
    missing = [a for a in articles if a.seed.name not in known]
    if missing:
        committed = _git_added(missing[0].seed.path.parent)
        for article in missing:
            name = article.seed.name
            known[name] = committed.get(name) or _mtime(article.seed.path)
        _save(state, known)
    return {a.seed.name: known[a.seed.name] for a in articles}


def _load(state: Path | None) -> dict[str, int]:
    try:
        data = json.loads(state.read_text(encoding="utf-8")) if state else {}
    except (OSError, ValueError):
        return {}  # missing or damaged: start again from git and the files
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and type(v) is int}


def _save(state: Path | None, known: dict[str, int]) -> None:
    if state is None:
        return
    try:
        state.parent.mkdir(parents=True, exist_ok=True)
        partial = state.with_suffix(".tmp")
        partial.write_text(json.dumps(known, sort_keys=True, indent=0), encoding="utf-8")
        os.replace(partial, state)
    except OSError:
        pass  # a read-only cache: the same fallbacks are worked out next time


def _mtime(path: Path) -> int:
    try:
        return int(path.stat().st_mtime)  # whole seconds: copies made together tie, then by date
    except OSError:
        return 0


def _git_added(folder: Path) -> dict[str, int]:
    """File name -> commit time of the commit that added it, for files git tracks in folder;
    {} when git or a repository is missing."""
    try:
        done = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%x00%ct", "--name-only", "--relative", "."],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    if done.returncode != 0:
        return {}
    out: dict[str, int] = {}
    when = 0
    for line in done.stdout.splitlines():
        if line.startswith("\x00"):
            when = int(line[1:]) if line[1:].isdigit() else 0
        elif line and when:
            out[Path(line).name] = when  # newest commit first: the oldest add is kept last
    return out
