"""Nothing outside seeds/ is ever read or published.

Git stores symbolic links, and CI builds every push: a link in seeds/ to a file on the build
machine would put that file on the site. So seeds and sidecars are read only when they
resolve inside seeds/, checked when the folder is listed and again when each file is opened
(it may have been swapped for a link in between), and a raw copy is hard-linked only to a
seed file no other name shares.
"""

from __future__ import annotations

import os
from pathlib import Path

from generator.model import Problem

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has none: there every open is checked after
_READ = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_FIX = "replace the link with a copy of the file, or remove it from seeds/"


class Outside(OSError):
    """A file in seeds/ that leads out of it; strerror says how, as for any file not opened."""


def folder_problem(folder: Path) -> Problem | None:
    """The seeds folder itself, or a folder between the working folder and it, is a link: all
    of it may be outside the project (a repository can commit `seeds` as a link to /)."""
    here, path = Path.cwd(), Path(os.path.abspath(folder))
    steps = [path] + [p for p in path.parents if here in p.parents]
    link = next((p for p in steps if p.is_symlink()), None)
    if link is None:
        return None
    shown = link.relative_to(here) if here in link.parents else link.name
    return Problem(
        f"{folder}/",
        f"{shown} is a symbolic link; nothing in {folder}/ is read",
        "if the folder it points to is meant, pass that folder with --seeds",
    )


def split_links(folder: Path, entries: list) -> tuple[list, list[Problem]]:
    """The folder's entries but for links that lead outside it or nowhere, and a warning for
    each of those. A link to another file in seeds/ is kept: it is read as that file."""
    root = os.path.realpath(folder)
    kept, problems = [], []
    for entry in entries:
        why = _link_problem(root, entry) if entry.is_symlink() else None
        if why:
            problems.append(Problem(entry.name, why, _FIX))
        else:
            kept.append(entry)
    return kept, problems


def _link_problem(root: str, entry) -> str | None:
    target = os.path.realpath(entry.path)
    shown = _link_text(entry.path)
    if not _inside(root, target):
        return f"is a symbolic link to {shown}, outside seeds/; not read"
    if not os.path.exists(target):
        return f"is a symbolic link to {shown}, which does not exist; not read"
    return None


def _link_text(path: str) -> str:
    """What the link says (the text committed with it), not where it resolves on this
    machine: the warning is published on the audit page."""
    try:
        return repr(os.readlink(path))
    except OSError:
        return "a file that cannot be found"


def _inside(root: str, target: str) -> bool:
    return target != root and os.path.commonpath([root, target]) == root


def read_bytes(path: Path) -> bytes:
    """The bytes of a file in seeds/, refused (Outside) if it leads out of the folder now."""
    try:
        fd = os.open(path, _READ | NOFOLLOW)
    except OSError:
        if not os.path.islink(path):
            raise
        fd = _open_link(path)
    else:
        if not NOFOLLOW:
            fd = _recheck(path, fd)
    try:
        return _read_all(fd)
    finally:
        os.close(fd)


def _open_link(path: Path) -> int:
    """A link in seeds/, opened if it resolves to a file in the same folder."""
    root, target = os.path.realpath(path.parent), os.path.realpath(path)
    if not _inside(root, target):
        raise Outside(0, "it is now a symbolic link to a file outside seeds/; not read")
    return _recheck(path, os.open(target, _READ | NOFOLLOW))


def _recheck(path: Path, fd: int) -> int:
    """fd, if the file it opened is the one path resolves to inside seeds/ now (a link
    swapped between resolving and opening points at another file)."""
    root, target = os.path.realpath(path.parent), os.path.realpath(path)
    try:
        same = _inside(root, target) and os.path.samestat(os.fstat(fd), os.stat(target))
    except OSError:
        same = False
    if not same:
        os.close(fd)
        raise Outside(0, "it changed into a link to a file outside seeds/ while being read")
    return fd


def _read_all(fd: int) -> bytes:
    parts = []
    while part := os.read(fd, 1 << 20):
        parts.append(part)
    return b"".join(parts)


def link_source(source: str) -> tuple[str, os.stat_result] | None:
    """The file a raw copy may be hard-linked to, and its stat: source's own file when it
    lies in source's folder and no other name shares it. A seed hard-linked from elsewhere
    would put that outside file in docs/: any later write to either name changes both,
    unseen by the next run. None: write a copy instead."""
    folder = os.path.realpath(os.path.dirname(source))
    target = os.path.realpath(source)
    try:
        st = os.stat(target, follow_symlinks=False)
    except OSError:
        return None
    if not _inside(folder, target) or st.st_nlink != 1 or not os.path.isfile(target):
        return None
    return target, st
