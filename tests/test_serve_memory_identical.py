"""Under `make serve` each rebuild reuses what the last one made (cache entries and their
articles kept in memory, site/memo.py's per-article parts): after every kind of edit its
pages must be byte for byte those of a build from scratch."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator import write as write_module
from generator.pipeline import build
from generator.site import memo
from generator.write import STATE

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from make_seeds import make_seeds  # noqa: E402

SEEDS = 110  # past one audit part (100) and past a listing's own page (40)


def pages(docs: Path) -> dict[str, bytes]:
    # The state file holds the files' stat (times, inode): machine state, not output.
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != STATE
    }


@pytest.fixture
def serving(monkeypatch):
    """memo and the in-memory entries switched on as the hook does under serve, and off
    (and emptied) again afterwards."""
    monkeypatch.setitem(memo._STATE, "on", True)
    monkeypatch.setitem(cache_module._KEEPING, "on", True)
    yield
    memo._KEPT.clear()
    memo._ENCODED.clear()
    cache_module._MEMORY.clear()
    cache_module._WHOLE.clear()
    cache_module._DIGESTS.clear()
    write_module._MEMORY.clear()


def from_scratch(seeds: Path, cache: Path, work: Path) -> dict[str, bytes]:
    """The same seeds built from scratch (memo and memory off, no cache entries, no stored
    whole-site pages) in a fresh docs folder; only the cache's record of when each seed was
    first seen (the feeds' order) is copied over."""
    copy = work / "cache-copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(cache, copy)
    for stored in [*copy.rglob("*.whole"), *copy.rglob(cache_module.DATABASE)]:
        stored.unlink()
    docs = work / "docs-reference"
    shutil.rmtree(docs, ignore_errors=True)
    on = memo._STATE["on"], cache_module._KEEPING["on"]
    memo._STATE["on"] = cache_module._KEEPING["on"] = False
    try:
        build(seeds, docs, cache_dir=copy, workers=1)
    finally:
        memo._STATE["on"], cache_module._KEEPING["on"] = on
    return pages(docs)


def test_each_serve_rebuild_matches_a_build_from_scratch(tmp_path, serving):
    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(REPO / "seeds", seeds)
    made = make_seeds(seeds, SEEDS)
    first = build(seeds, docs, cache_dir=cache, workers=1)
    assert len(first.articles) > SEEDS and cache_module._MEMORY  # the memory is in use
    newest = seeds / "zz_new.txt"
    text = made[7].read_text(encoding="utf-8")
    edits = [
        ("add", lambda: newest.write_text(text.replace("\n\n", "\n\nA new lede line.\n\n", 1))),
        ("change", lambda: made[3].write_text(made[3].read_text() + "\nOne more line.\n")),
        ("sidecar", lambda: made[5].with_suffix(".yml").write_text("source: Memo Wire\n")),
        ("retitle", lambda: made[9].write_text("Talks renamed\n" + made[9].read_text())),
        ("remove", lambda: (newest.unlink(), made[11].unlink())),
    ]
    for name, edit in edits:
        edit()
        result = build(seeds, docs, cache_dir=cache, workers=1)
        assert not result.unchanged, name
        assert pages(docs) == from_scratch(seeds, cache, tmp_path), name
