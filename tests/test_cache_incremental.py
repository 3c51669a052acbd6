"""The extraction cache: a rerun redoes only what changed, and a broken cache only costs time."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cache import DATABASE, generator_fingerprint
from generator.pipeline import build
from generator.snapshot import NAME as SNAPSHOT

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from conftest import docs_output  # noqa: E402
from make_seeds import make_seeds  # noqa: E402


def stored(cache: Path) -> list[str]:
    """The keys of every cache entry under a cache root."""
    keys = []
    for path in cache.rglob(DATABASE):
        db = sqlite3.connect(path)
        keys += [key for (key,) in db.execute("SELECT key FROM entry")]
        db.close()
    return keys


def mtimes(docs: Path) -> dict[str, int]:
    return {
        p.relative_to(docs).as_posix(): p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()
    }


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", folder)
    make_seeds(folder, 12)
    return folder


def test_warm_run_extracts_nothing_and_rewrites_nothing(seeds, tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    cold = build(seeds, docs, cache_dir=cache, workers=1)
    assert cold.extracted == len(cold.articles) == 14
    before, times = docs_output(docs), mtimes(docs)

    warm = build(seeds, docs, cache_dir=cache, workers=1)
    assert warm.extracted == 0
    assert warm.rendered == 0  # every article page came from the cache, from the first warm run on
    assert warm.written == [] and warm.removed == []
    assert docs_output(docs) == before and mtimes(docs) == times
    assert [str(w) for w in warm.warnings] == [str(w) for w in cold.warnings]
    assert [a.meta for a in warm.articles] == [a.meta for a in cold.articles]


def test_pages_from_a_parallel_cold_run_are_reused(seeds, tmp_path):
    make_seeds(seeds, 60, start=100)
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    cold = build(seeds, docs, cache_dir=cache, workers=2)
    assert cold.rendered == len(cold.articles) == 74
    warm = build(seeds, docs, cache_dir=cache, workers=2)
    assert (warm.extracted, warm.rendered, warm.written) == (0, 0, [])


def test_a_changed_slug_renders_that_page_again(seeds, tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(seeds, docs, cache_dir=cache, workers=1)
    # A second paste with the same headline takes the slug's plain form (its name sorts first).
    first = next(seeds.glob("00000_*.txt"))
    text = (
        first.read_text(encoding="utf-8")
        + "\nA closing paragraph that only this second copy carries.\n"
    )
    (seeds / ("000" + first.name)).write_text(text, encoding="utf-8")
    result = build(seeds, docs, cache_dir=cache, workers=1)
    assert result.extracted == 1
    assert result.rendered == 2  # the new seed's page and the one whose slug moved
    moved = next(a for a in result.articles if a.seed.name == first.name)
    assert f"slug: {moved.slug}" in (docs / "articles" / f"{moved.slug}.md").read_text(
        encoding="utf-8"
    )


def test_cached_site_is_identical_to_an_uncached_one(seeds, tmp_path):
    build(seeds, tmp_path / "cold", cache_dir=tmp_path / "cache", workers=1)
    build(seeds, tmp_path / "warm", cache_dir=tmp_path / "cache", workers=1)
    build(seeds, tmp_path / "plain", workers=1)
    assert (
        docs_output(tmp_path / "warm")
        == docs_output(tmp_path / "cold")
        == docs_output(tmp_path / "plain")
    )


def test_adding_editing_and_removing_a_seed_touches_that_seed_only(seeds, tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(seeds, docs, cache_dir=cache, workers=1)
    added = make_seeds(seeds, 1, start=500)[0]
    assert build(seeds, docs, cache_dir=cache, workers=1).extracted == 1

    edited = sorted(seeds.glob("0000[0-9]_*.txt"))[3]
    edited.write_text(
        edited.read_text(encoding="utf-8")
        + "\nOne more closing sentence was added by the editor.\n",
        encoding="utf-8",
    )
    result = build(seeds, docs, cache_dir=cache, workers=1)
    assert result.extracted == 1
    assert any(
        "closing sentence was added" in " ".join(a.cleaned.paragraphs) for a in result.articles
    )

    added.unlink()
    result = build(seeds, docs, cache_dir=cache, workers=1)
    assert result.extracted == 0 and result.removed  # its page went, nothing was redone
    assert len(stored(cache)) == len(list(seeds.glob("*.txt")))  # the stale entries were pruned


def test_a_sidecar_change_invalidates_its_seed_only_when_a_pin_changes(seeds, tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(seeds, docs, cache_dir=cache, workers=1)
    sidecar = seeds / "002_772cdbd89f3be6c6.yml"
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8") + "# a comment changes no field\n", encoding="utf-8"
    )
    assert build(seeds, docs, cache_dir=cache, workers=1).extracted == 0

    sidecar.write_text("date: 2018-04-12\nround: 2\n", encoding="utf-8")
    result = build(seeds, docs, cache_dir=cache, workers=1)
    assert result.extracted == 1
    pinned = next(a for a in result.articles if a.seed.name == "002_772cdbd89f3be6c6.txt")
    assert str(pinned.meta.date) == "2018-04-12" and pinned.meta.round == 2
    assert "date: 2018-04-12" in (docs / "articles" / f"{pinned.slug}.md").read_text(
        encoding="utf-8"
    )


def test_a_corrupt_cache_is_only_slower(seeds, tmp_path):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(seeds, docs, cache_dir=cache, workers=1)
    expected = docs_output(docs)
    (database,) = cache.rglob(DATABASE)
    db = sqlite3.connect(database)
    keys = sorted(key for (key,) in db.execute("SELECT key FROM entry"))
    with db:
        db.execute("UPDATE entry SET value = ? WHERE key = ?", (b"not a pickle at all", keys[0]))
        value = db.execute("SELECT value FROM entry WHERE key = ?", (keys[1],)).fetchone()[0]
        db.execute("UPDATE entry SET value = ? WHERE key = ?", (value[:40], keys[1]))  # truncated
        db.execute("DELETE FROM entry WHERE key = ?", (keys[2],))
    db.close()
    (snap,) = cache.rglob(SNAPSHOT)
    snap.write_bytes(snap.read_bytes()[:100])  # so the run cannot stop early on an unchanged folder
    result = build(seeds, docs, cache_dir=cache, workers=1)
    assert result.extracted == 3 and not result.unchanged
    assert not [w for w in result.warnings if "cache" in str(w).lower()]
    assert docs_output(docs) == expected
    assert build(seeds, docs, cache_dir=cache, workers=1, early_stop=False).extracted == 0  # healed


@pytest.mark.parametrize("damage", ["garbage", "truncated", "folder"])
def test_a_damaged_cache_database_is_made_anew(seeds, tmp_path, damage):
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(seeds, docs, cache_dir=cache, workers=1)
    expected = docs_output(docs)
    (database,) = cache.rglob(DATABASE)
    if damage == "garbage":
        database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    elif damage == "truncated":
        database.write_bytes(database.read_bytes()[:3000])
    else:
        database.unlink()
        database.mkdir()  # something odd in the way
    result = build(seeds, docs, cache_dir=cache, workers=1, early_stop=False)
    assert result.extracted == 14
    assert not [w for w in result.warnings if "cache" in str(w).lower()]
    assert docs_output(docs) == expected
    healed = build(seeds, docs, cache_dir=cache, workers=1, early_stop=False).extracted
    assert healed == (
        14 if damage == "folder" else 0
    )  # a folder in the way is left alone: no cache, no error


def test_an_unusable_cache_location_is_not_an_error(seeds, tmp_path):
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("in the way\n", encoding="utf-8")
    result = build(seeds, tmp_path / "docs", cache_dir=blocker, workers=1)
    assert result.extracted == len(result.articles) == 14
    assert blocker.read_text(encoding="utf-8") == "in the way\n"


def test_a_generator_change_invalidates_every_entry(seeds, tmp_path):
    """A real edit to a copy of the generator: its fingerprint moves and every seed is redone."""
    project = tmp_path / "project"
    shutil.copytree(
        REPO / "generator", project / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(seeds, project / "seeds")
    code = (
        "import sys; from pathlib import Path; from generator.pipeline import build; "
        "from generator.cache import generator_fingerprint as f; "
        "r = build(Path('seeds'), Path('docs'), cache_dir=Path('.cache/nd'), workers=1); "
        "print(r.extracted, f())"
    )

    def run() -> tuple[int, str]:
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=project, capture_output=True, text=True, timeout=120
        )
        assert out.returncode == 0, out.stderr
        extracted, fingerprint = out.stdout.split()
        return int(extracted), fingerprint

    first = run()
    assert first[0] == 14 and first[1] == generator_fingerprint()
    assert run()[0] == 0
    with (project / "generator" / "extract" / "rounds.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# an edit that changes no behaviour still counts as a new generator\n")
    extracted, fingerprint = run()
    assert extracted == 14 and fingerprint != first[1]
    generations = [p.name for p in (project / ".cache" / "nd").iterdir() if p.is_dir()]
    assert generations == [fingerprint]  # the old generation was dropped


def test_cli_cache_options(seeds, tmp_path):
    cmd = [
        sys.executable,
        "-m",
        "generator",
        "--seeds",
        str(seeds),
        "--docs",
        str(tmp_path / "docs"),
    ]
    env = {k: v for k, v in os.environ.items() if k != "NEWS_DIGEST_CACHE"}
    work = tmp_path / "cwd"
    work.mkdir()
    env["PYTHONPATH"] = str(REPO)
    run = subprocess.run(
        cmd + ["--no-cache"], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert not (work / ".cache").exists()
    run = subprocess.run(
        cmd + ["--cache", str(tmp_path / "mine")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert len(stored(tmp_path / "mine")) == 14
    run = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert len(stored(work / ".cache" / "news-digest")) == 14  # the default, under the cwd


def test_the_mkdocs_hook_keeps_its_cache_in_the_project(built_site):
    assert len(stored(built_site.parent / ".cache" / "news-digest")) >= 2  # one per seed
    assert not list(built_site.parent.joinpath("docs").rglob(DATABASE))  # never inside docs/


def test_pages_from_all_articles_are_reused_until_an_input_changes(seeds, tmp_path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(seeds, docs, cache_dir=cache, workers=1)
    stored = {p.name: p.stat().st_mtime_ns for p in cache.rglob("*.whole")}
    assert set(stored) == {"site.whole", "audit.whole"}
    build(seeds, docs, cache_dir=cache, workers=1)
    assert {
        p.name: p.stat().st_mtime_ns for p in cache.rglob("*.whole")
    } == stored  # reused, not made again

    monkeypatch.setenv("SITE_URL", "https://digest.example.org/sma/")  # feeds read it: made again
    build(seeds, docs, cache_dir=cache, workers=1)
    assert "https://digest.example.org/sma/" in (docs / "feed.xml").read_text(encoding="utf-8")
    assert build(
        seeds, tmp_path / "fresh", workers=1
    ).articles  # an uncached build, same environment
    assert docs_output(docs) == docs_output(tmp_path / "fresh")

    edited = next(seeds.glob("00002_*.txt"))
    times = edited.stat()
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nOne more closing line for the record here.\n",
        encoding="utf-8",
    )
    # The cached build remembers when the seed first appeared (the feeds' order); a build
    # with no cache reads it from the file's time: kept, so both know the same history.
    os.utime(edited, ns=(times.st_atime_ns, times.st_mtime_ns))
    build(seeds, docs, cache_dir=cache, workers=1)
    build(seeds, tmp_path / "fresh", workers=1)
    assert docs_output(docs) == docs_output(tmp_path / "fresh")


def test_runs_from_the_cli_and_from_the_hook_share_the_cache(seeds, tmp_path, monkeypatch):
    """The CLI reads seeds/ relative to the project, the hook by absolute path: same entries,
    same pages."""
    monkeypatch.chdir(tmp_path)
    build(Path("seeds"), Path("docs"), cache_dir=Path("cache"), workers=1)
    again = build(
        seeds.resolve(),
        (tmp_path / "docs").resolve(),
        cache_dir=(tmp_path / "cache").resolve(),
        workers=1,
    )
    assert (again.extracted, again.rendered, again.written) == (0, 0, [])
