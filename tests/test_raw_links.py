"""Raw copies of UTF-8 seeds are hard links to the seeds (no new inode on a cold run); a seed
that is not UTF-8, a file system without links, or a seed edited while the run reads it
gets a written copy holding exactly the bytes the article was made from."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from test_robust_support import article_text

import generator.write
from generator.pipeline import build

TITLE = "Allies end a round of talks in Seoul without a deal"


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "1_utf8.txt").write_text(
        article_text(TITLE, "Negotiators met for two days."), encoding="utf-8"
    )
    korean = article_text(
        "Allies resume talks on the cost of troops in Korea", "방위비 분담금 협상이 재개됐다."
    )
    (seeds / "2_utf16.txt").write_bytes(korean.encode("utf-16"))
    return seeds


def _raw(docs: Path) -> dict[str, Path]:
    return {p.name: p for p in (docs / "raw").iterdir()}


def _same_file(a: Path, b: Path) -> bool:
    return os.path.samestat(a.stat(), b.stat())


def test_utf8_seed_is_linked_and_other_encodings_are_written(tmp_path):
    seeds = _seeds(tmp_path)
    docs = tmp_path / "docs"
    build(seeds, docs, cache_dir=tmp_path / "cache")
    raw = _raw(docs)
    utf8 = next(p for name, p in raw.items() if name.startswith("allies-end"))
    utf16 = next(p for name, p in raw.items() if name.startswith("allies-resume"))
    assert _same_file(utf8, seeds / "1_utf8.txt")
    assert not _same_file(utf16, seeds / "2_utf16.txt")
    assert utf16.read_text(encoding="utf-8") == (seeds / "2_utf16.txt").read_bytes().decode(
        "utf-16"
    )
    # The link moved the seed's change time; the run accounted for it, so the next one stops early.
    assert build(seeds, docs, cache_dir=tmp_path / "cache").unchanged


def test_without_hard_links_the_copy_is_written(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", refuse)  # as when seeds/ and docs/ are on different disks
    seeds = _seeds(tmp_path)
    docs = tmp_path / "docs"
    build(seeds, docs, cache_dir=tmp_path / "cache")
    utf8 = next(p for name, p in _raw(docs).items() if name.startswith("allies-end"))
    assert not _same_file(utf8, seeds / "1_utf8.txt")
    assert utf8.read_bytes() == (seeds / "1_utf8.txt").read_bytes()
    assert build(seeds, docs, cache_dir=tmp_path / "cache").unchanged


def test_seed_edited_during_the_run_is_not_linked(tmp_path, monkeypatch):
    """The edit lands after the seed was read and before its copy is made: the copy must
    hold what the page was made from, and the next run must see the edit."""
    seeds = _seeds(tmp_path)
    seed = seeds / "1_utf8.txt"
    before = seed.read_bytes()
    real = generator.write.write_pages

    def edit_then_write(docs, pages, links=None):
        seed.write_bytes(before.replace(b"two days", b"six days"))  # in place, same inode
        return real(docs, pages, links)

    monkeypatch.setattr(generator.write, "write_pages", edit_then_write)
    docs = tmp_path / "docs"
    build(seeds, docs, cache_dir=tmp_path / "cache")
    utf8 = next(p for name, p in _raw(docs).items() if name.startswith("allies-end"))
    assert utf8.read_bytes() == before and not _same_file(utf8, seed)
    page = next((docs / "articles").glob("allies-end*.md")).read_text(encoding="utf-8")
    assert "two days" in page and "six days" not in page

    monkeypatch.setattr(generator.write, "write_pages", real)
    later = build(seeds, docs, cache_dir=tmp_path / "cache")
    assert not later.unchanged and later.extracted == 1
    assert "six days" in next((docs / "articles").glob("allies-end*.md")).read_text(
        encoding="utf-8"
    )
    assert utf8.read_bytes() == seed.read_bytes()


def test_editing_a_linked_seed_updates_page_and_copy(tmp_path):
    seeds = _seeds(tmp_path)
    docs = tmp_path / "docs"
    build(seeds, docs, cache_dir=tmp_path / "cache")
    seed = seeds / "1_utf8.txt"
    seed.write_bytes(
        seed.read_bytes().replace(b"two days", b"six days")
    )  # in place: the copy shows it at once
    result = build(seeds, docs, cache_dir=tmp_path / "cache")
    assert not result.unchanged and result.extracted == 1
    assert "six days" in next((docs / "articles").glob("allies-end*.md")).read_text(
        encoding="utf-8"
    )
    assert build(seeds, docs, cache_dir=tmp_path / "cache").unchanged


def test_the_link_is_read_back_whole_when_reads_come_in_pieces(tmp_path, monkeypatch):
    """os.read may return fewer bytes than asked: the check reads on, and still trusts the link."""
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, size: real_read(fd, min(size, 5)))
    seeds = _seeds(tmp_path)
    docs = tmp_path / "docs"
    build(seeds, docs, cache_dir=tmp_path / "cache")
    utf8 = next(p for name, p in _raw(docs).items() if name.startswith("allies-end"))
    assert _same_file(utf8, seeds / "1_utf8.txt")
