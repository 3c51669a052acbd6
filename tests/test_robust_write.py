"""Writing docs/: a lost or damaged manifest never leaves stale pages, never loses raw
copies, never touches anything outside docs/, and hand-written pages stay untouched."""
from __future__ import annotations

import json

from generator.pipeline import build
from generator.write import MANIFEST, write_pages
from test_robust_support import article_text

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
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*")
                  if p.is_file() and text.encode() in p.read_bytes())


def test_lost_manifest_still_removes_every_stale_file(tmp_path):
    seeds, docs = _project(tmp_path)
    assert _mentions(docs, GONE)
    (docs / MANIFEST).unlink()
    (seeds / "1_gone.txt").unlink()
    result = build(seeds, docs)
    assert _mentions(docs, GONE) == []
    assert result.warnings == []
    assert [p.name for p in (docs / "raw").iterdir()] == ["allies-close-a-round-of-talks-whose-seed-stays-put.txt"]
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
    names = [str(outside), "../precious.txt", "raw/../../precious.txt", "raw\\..\\..\\precious.txt", ""]
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
