"""Writing docs/: a lost or damaged manifest never leaves stale pages, never loses raw
copies, never touches anything outside docs/, and hand-written pages stay untouched."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from test_robust_support import article_text

from generator.pipeline import build
from generator.write import MANIFEST, STATE, write_pages

GONE = "Allies open a round of talks whose seed is deleted"
KEPT = "Allies close a round of talks whose seed stays put"


def _project(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "1_gone.txt").write_text(article_text(GONE, "Only the deleted seed says this."))
    (seeds / "2_kept.txt").write_text(article_text(KEPT, "Only the kept seed says this."))
    build(seeds, docs)
    return seeds, docs


def _mentions(docs, text):
    return sorted(
        p.relative_to(docs).as_posix()
        for p in docs.rglob("*")
        if p.is_file() and text.encode() in p.read_bytes()
    )


def test_lost_manifest_still_removes_every_stale_file(tmp_path):
    seeds, docs = _project(tmp_path)
    assert _mentions(docs, GONE)
    (docs / MANIFEST).unlink()
    (seeds / "1_gone.txt").unlink()
    result = build(seeds, docs)
    assert _mentions(docs, GONE) == []
    assert result.warnings == []
    assert [p.name for p in (docs / "raw").iterdir()] == [
        "allies-close-a-round-of-talks-whose-seed-stays-put.txt"
    ]
    assert json.loads((docs / MANIFEST).read_text())["files"]


def test_damaged_manifest_is_treated_as_lost(tmp_path):
    seeds, docs = _project(tmp_path)
    for damage in ("{not json", '{"files": "articles"}', "[]", '{"files": [1, null, {}]}'):
        (docs / MANIFEST).write_text(damage)
        assert build(seeds, docs).warnings == [], damage
        assert _mentions(docs, KEPT)


def test_manifest_can_name_nothing_outside_docs(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    names = [
        str(outside),
        "../precious.txt",
        "raw/../../precious.txt",
        "raw\\..\\..\\precious.txt",
        "",
        ".",
        "//precious.txt",
        "./.news-digest.json",
    ]
    (docs / MANIFEST).write_text(json.dumps({"files": names}))
    write_pages(docs, {"index.md": b"---\ngenerator: news-digest\n---\n"})
    assert outside.read_text() == "keep me"


def test_hand_written_page_in_the_way_is_kept_and_named(tmp_path):
    seeds, docs = _project(tmp_path)
    page = docs / "articles" / "allies-close-a-round-of-talks-whose-seed-stays-put.md"
    page.write_text("# My own notes on the talks\n")
    (docs / MANIFEST).unlink()
    result = build(seeds, docs)
    assert page.read_text() == "# My own notes on the talks\n"
    assert any("was not written by the generator" in w.message for w in result.warnings)


def test_emptied_folders_are_removed(tmp_path):
    docs = tmp_path / "docs"
    mark = b"---\ngenerator: news-digest\n---\n"
    write_pages(docs, {"years/2019/index.md": mark, "index.md": mark})
    write_pages(docs, {"index.md": mark})
    assert not (docs / "years").exists()


MARK = b"---\ngenerator: news-digest\n---\n"
PAGES = {
    "index.md": MARK + b"Home\n",
    "articles/talks.md": MARK + b"Talks resume\n",
    "raw/talks.txt": b"Talks resume\n",
}


def _reads(monkeypatch) -> list[str]:
    """Names of the files read whole from now on (write.py compares bytes with read_bytes)."""
    seen, real = [], Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: seen.append(self.name) or real(self))
    return seen


def _times(docs) -> dict[str, int]:
    return {rel: (docs / rel).stat().st_mtime_ns for rel in PAGES}


def test_unchanged_files_are_neither_read_nor_rewritten(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write_pages(docs, PAGES)
    before = _times(docs)
    reads = _reads(monkeypatch)
    assert write_pages(docs, PAGES).written == []
    assert reads == [] and _times(docs) == before


def test_same_size_hand_edit_is_rewritten(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, PAGES)
    page, raw = docs / "articles/talks.md", docs / "raw/talks.txt"
    old = page.stat().st_mtime_ns
    page.write_bytes(PAGES["articles/talks.md"].replace(b"resume", b"RESUME"))
    os.utime(page, ns=(old, old))  # the time put back: the change of ctime still shows the edit
    raw.write_bytes(b"Talks RESUME\n")
    os.utime(raw, ns=(old + 5 * 10**9, old + 5 * 10**9))  # the time moved forward
    written = write_pages(docs, PAGES).written
    assert sorted(p.name for p in written) == ["talks.md", "talks.txt"]
    assert (
        page.read_bytes() == PAGES["articles/talks.md"]
        and raw.read_bytes() == PAGES["raw/talks.txt"]
    )


def test_deleted_file_is_written_again(tmp_path):
    docs = tmp_path / "docs"
    write_pages(docs, PAGES)
    (docs / "raw/talks.txt").unlink()
    assert [p.name for p in write_pages(docs, PAGES).written] == ["talks.txt"]
    assert (docs / "raw/talks.txt").read_bytes() == PAGES["raw/talks.txt"]


def test_old_or_damaged_state_only_costs_a_read(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write_pages(docs, PAGES)
    before = _times(docs)
    reads = _reads(monkeypatch)
    (docs / STATE).unlink()  # a manifest from before the state file existed
    (docs / MANIFEST).write_text(
        json.dumps({"generator": "news-digest", "files": sorted(PAGES)}, indent=1) + "\n"
    )
    assert write_pages(docs, PAGES).written == []
    assert sorted(reads) == ["index.md", "talks.md", "talks.txt"] and _times(docs) == before
    for damage in (
        "{not json",
        "[]",
        '{"checked": "x", "stats": []}',
        '{"checked": 1, "stats": {"index.md": 7}}',
        '{"checked": 1, "stats": {"index.md": [1, 2]}}',
    ):
        (docs / STATE).write_text(damage)
        assert write_pages(docs, PAGES).written == [], damage
    reads.clear()
    assert write_pages(docs, PAGES).written == [] and reads == []  # the state is whole again
    assert _times(docs) == before


def test_whole_second_times_are_trusted_only_when_old(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    write_pages(docs, PAGES)
    now = time.time_ns() // 10**9 * 10**9
    os.utime(docs / "index.md", ns=(now, now))  # as a file system with 1 s timestamps stamps it
    os.utime(docs / "raw/talks.txt", ns=(now - 60 * 10**9,) * 2)
    write_pages(docs, PAGES)  # records both as they are now
    reads = _reads(monkeypatch)
    write_pages(docs, PAGES)
    assert reads == ["index.md"]  # too recent to rule out an edit within the same second


def test_a_new_file_is_written_whole_when_the_system_takes_it_in_pieces(tmp_path, monkeypatch):
    """os.write may take part of the bytes (a signal, a nearly full disk): the rest still goes."""
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    content = b"---\ngenerator: news-digest\n---\n" + "방위비 분담금 ".encode() * 50
    result = write_pages(tmp_path / "docs", {"articles/a.md": content})
    assert (tmp_path / "docs" / "articles" / "a.md").read_bytes() == content
    assert result.kept == ["articles/a.md"]


def test_a_failed_write_leaves_no_half_page(tmp_path, monkeypatch):
    """Disk full half way through a new page: the error is raised and no truncated page stays."""
    real_write = os.write

    def full(fd, data):
        if len(data) > 10:
            real_write(fd, bytes(data[:10]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    docs = tmp_path / "docs"
    try:
        write_pages(docs, {"articles/a.md": b"x" * 100})
    except OSError as err:
        assert err.errno == 28
    else:
        raise AssertionError("a full disk went unnoticed")
    assert not (docs / "articles" / "a.md").exists()


def _leftovers_plainly(docs, skip):
    """What write._leftovers finds, the plain pathlib way."""
    from generator.write import RAW, _ours

    marked = {
        p.relative_to(docs).as_posix()
        for p in docs.glob("**/*.md")
        if p.relative_to(docs).as_posix() not in skip and p.is_file() and _ours(p, set(), "")
    }
    raw = {p.relative_to(docs).as_posix() for p in (docs / RAW).glob("*") if p.is_file()}
    return (marked | raw) - skip


def test_leftovers_are_found_as_a_pathlib_walk_finds_them(tmp_path):
    from generator.write import _leftovers

    docs, elsewhere = tmp_path / "docs", tmp_path / "elsewhere"
    mark = b"---\ngenerator: news-digest\n---\n"
    files = {
        "index.md": mark,
        "notes.md": b"# hand-written\n",
        "articles/a.md": mark,
        "articles/b.md": mark,
        "articles/UPPER.MD": mark,
        ".hidden/c.md": mark,
        "years/2019/d.md": mark,
        "raw/a.txt": b"x",
        "raw/odd.md": b"no mark",
        "raw/sub/e.md": mark,
        "raw/sub/f.txt": b"x",
        "data.json": b"{}",
    }
    for rel, content in files.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_bytes(content)
    (docs / "folder.md").mkdir()
    (elsewhere / "g.md").parent.mkdir()
    (elsewhere / "g.md").write_bytes(mark)
    (docs / "linked").symlink_to(elsewhere, target_is_directory=True)  # never walked into
    (docs / "articles" / "link.md").symlink_to(docs / "articles" / "a.md")
    (docs / "articles" / "broken.md").symlink_to(docs / "gone.md")
    for skip in (set(), {"articles/a.md", "raw/a.txt", "index.md"}):
        assert _leftovers(docs, skip) == _leftovers_plainly(docs, skip)
    assert "raw/odd.md" in _leftovers(docs, set()) and "notes.md" not in _leftovers(docs, set())
