"""A run where nothing changed stops after comparing file stats; any change runs in full.

Each change below is made after a cached build; the next cached build must leave docs/
exactly as an uncached build from scratch makes it, so a missed change shows as a diff.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest

import generator.reader
from generator.pipeline import build
from generator.snapshot import NAME as SNAPSHOT
from generator.write import STATE

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from make_seeds import make_seeds  # noqa: E402


def contents(docs: Path) -> dict[str, bytes]:
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != STATE
    }


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    make_seeds(seeds, 6)
    # built by each test, not here: pytest's own environment variable moves between the two
    return tmp_path


def rebuild(project: Path):
    return build(project / "seeds", project / "docs", cache_dir=project / "cache", workers=1)


def assert_as_fresh(project: Path) -> None:
    """From a copy of the seeds: raw copies are hard links to the seeds, and another build
    linking them would move their change times, which the next cached run rightly sees."""
    fresh = project / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(project / "seeds", fresh / "seeds")
    os.chdir(fresh)  # the pages name their seed relative to the working folder
    try:
        build(fresh / "seeds", fresh / "docs", workers=1)
    finally:
        os.chdir(project)
    assert contents(project / "docs") == contents(fresh / "docs")


def test_nothing_changed_reads_no_seed(project, monkeypatch):
    assert not rebuild(project).unchanged
    assert rebuild(project).unchanged
    monkeypatch.setattr(
        generator.reader, "read_seeds", lambda folder: pytest.fail("a seed was read")
    )
    warm = rebuild(project)
    assert warm.unchanged and warm.extracted == 0 and warm.written == [] and warm.removed == []
    assert warm.count == 8


def test_articles_after_an_early_stop_are_the_same(project):
    rebuild(project)
    full = build(
        project / "seeds",
        project / "docs",
        cache_dir=project / "cache",
        workers=1,
        early_stop=False,
    )
    warm = rebuild(project)
    assert warm.unchanged and [a.meta for a in warm.articles] == [a.meta for a in full.articles]
    assert [str(w) for w in warm.warnings] == [str(w) for w in full.warnings]


def _edit_same_size_and_mtime(project: Path) -> None:
    """An edit that keeps the size and puts the modification time back (as `touch -d` can):
    only the change time (which cannot be set by hand) shows it."""
    seed = sorted((project / "seeds").glob("0000*_*.txt"))[1]
    st = seed.stat()
    text = seed.read_bytes()
    seed.write_bytes(text.replace(b"talks", b"TALKS", 1))
    os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns))


def _add_seed(project: Path) -> None:
    make_seeds(project / "seeds", 1, start=50)


def _remove_seed(project: Path) -> None:
    sorted((project / "seeds").glob("0000*_*.txt"))[2].unlink()


def _edit_sidecar(project: Path) -> None:
    (project / "seeds" / "002_772cdbd89f3be6c6.yml").write_text(
        "date: 2018-04-12\n", encoding="utf-8"
    )


def _delete_page(project: Path) -> None:
    next((project / "docs" / "articles").glob("*.md")).unlink()


def _edit_page(project: Path) -> None:
    page = project / "docs" / "timeline.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nedited by hand\n", encoding="utf-8")


def _copy_a_page(project: Path) -> None:
    """A generated page copied under another name: a full run removes it as stale."""
    page = next((project / "docs" / "articles").glob("*.md"))
    shutil.copy(page, page.with_name("copy-of-a-page.md"))


def _delete_raw_copy(project: Path) -> None:
    next((project / "docs" / "raw").glob("*.txt")).unlink()


def _delete_manifest(project: Path) -> None:
    (project / "docs" / ".news-digest.json").unlink()


def _corrupt_snapshot(project: Path) -> None:
    (snap,) = (project / "cache").rglob(SNAPSHOT)
    snap.write_bytes(b"\x80\x05 not a snapshot")


CHANGES = [
    _edit_same_size_and_mtime,
    _add_seed,
    _remove_seed,
    _edit_sidecar,
    _delete_page,
    _edit_page,
    _copy_a_page,
    _delete_raw_copy,
    _delete_manifest,
    _corrupt_snapshot,
]


@pytest.mark.parametrize("change", CHANGES, ids=[c.__name__.strip("_") for c in CHANGES])
def test_any_change_runs_in_full(project, change):
    rebuild(project)
    change(project)
    result = rebuild(project)
    assert not result.unchanged
    assert_as_fresh(project)
    assert rebuild(project).unchanged  # and the run after that may stop early again


def test_a_changed_environment_runs_in_full(project, monkeypatch):
    assert not rebuild(project).unchanged and rebuild(project).unchanged
    monkeypatch.setenv("SITE_URL", "https://digest.example.org/sma/")
    assert not rebuild(project).unchanged
    assert "https://digest.example.org/sma/" in (project / "docs" / "feed.xml").read_text(
        encoding="utf-8"
    )


def test_an_unrelated_variable_still_stops_early(project, monkeypatch):
    """Only the settings that shape the pages are in the key, not the whole environment."""
    assert not rebuild(project).unchanged
    monkeypatch.setenv("FOO", "1")
    monkeypatch.setenv("NEWS_DIGEST_JOBS", "2")
    assert rebuild(project).unchanged


def test_another_docs_folder_runs_in_full(project):
    rebuild(project)
    other = build(project / "seeds", project / "other", cache_dir=project / "cache", workers=1)
    assert not other.unchanged and other.count == 8
    assert contents(project / "other") == contents(project / "docs")


def test_a_page_left_in_the_way_is_reported_every_run(project):
    """A hand-written file where a page goes is not followed by the snapshot: never stop early."""
    (project / "docs").mkdir()
    (project / "docs" / "timeline.md").write_text("# My own timeline\n", encoding="utf-8")
    first, second = rebuild(project), rebuild(project)
    assert not second.unchanged
    assert [str(w) for w in second.warnings] == [str(w) for w in first.warnings]
    assert any("was not written by the generator" in str(w) for w in second.warnings)


def test_whole_second_timestamps_are_not_trusted_when_fresh(project):
    """On file systems with one-second times an edit in the same second as the stat cannot
    be seen, so a file stamped (to the whole second) near or after the last run is not trusted."""
    rebuild(project)
    seed = sorted((project / "seeds").glob("0000*_*.txt"))[0]
    soon = (time.time_ns() // 1_000_000_000 + 5) * 1_000_000_000
    os.utime(seed, ns=(soon, soon))
    assert not rebuild(project).unchanged  # changed
    assert not rebuild(project).unchanged  # unchanged, but its stamp cannot be trusted yet
    old = soon - 60_000_000_000
    os.utime(seed, ns=(old, old))
    assert not rebuild(project).unchanged  # changed
    assert rebuild(project).unchanged  # a whole-second stamp well before the last run: trusted


def test_a_run_that_fails_part_way_leaves_no_snapshot(project, monkeypatch):
    """Its outputs may be half written: the next run must not stop early on the last snapshot."""
    rebuild(project)
    import generator.write

    def broken(docs, pages, links=None):
        raise OSError("disk full")

    real = generator.write.write_pages
    monkeypatch.setattr(generator.write, "write_pages", broken)
    with pytest.raises(OSError):
        build(
            project / "seeds",
            project / "docs",
            cache_dir=project / "cache",
            workers=1,
            early_stop=False,
        )
    monkeypatch.setattr(
        generator.write, "write_pages", real
    )  # not undo(): that would also leave the project folder
    assert not rebuild(project).unchanged
    assert_as_fresh(project)
