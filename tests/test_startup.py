"""The compiled patterns kept on disk between runs (text.compiled): each equal to what
re.compile makes, the same articles with or without them, never an error. Every run is a
fresh interpreter, as a real run is: the store is read at import and written at exit."""

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Processes the seeds, then reports what the store held, what this run had to compile, whether
# every pattern it handed out equals re.compile's (== compares the engine's code), and a digest
# of the articles.
_RUN = r"""
import hashlib, json, re, sys
from pathlib import Path
from generator.process import process
from generator.reader import read_seeds
from generator import text

seeds, _ = read_seeds(Path(sys.argv[1]))
digest = hashlib.sha256()
for seed in seeds:
    article, problems = process(seed)
    digest.update(repr((article.meta, article.cleaned, article.recalled, problems)).encode())
store = text._Store.get()
report = {"digest": digest.hexdigest(), "store": store is not None}
if store is not None:
    same = []
    for name, entry in store.used.items():
        flags, source = name.split("|", 1)
        same.append(text._from_entry(source, entry) == re.compile(source, int(flags)))
    report.update(kept=len(store.kept), used=len(store.used), same=all(same),
                  compiled=store.made)
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    for path in sorted((REPO / "tests" / "corpus" / "dev").glob("*.txt"))[:12]:
        shutil.copy(path, folder / path.name)
    return folder


def _run(seeds: Path, home: Path, hash_seed: str, **env: str) -> dict:
    environ = {k: v for k, v in os.environ.items() if k != "NEWS_DIGEST_CACHE"}
    environ.update(XDG_CACHE_HOME=str(home), PYTHONHASHSEED=hash_seed, PYTHONPATH=str(REPO), **env)
    out = subprocess.run(
        [sys.executable, "-c", _RUN, str(seeds)],
        cwd=home.parent,
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def _stored(home: Path) -> list[Path]:
    return sorted((home / "news-digest").glob("patterns-*.pickle"))


def test_patterns_come_back_equal_and_make_the_same_articles(seeds, tmp_path):
    home = tmp_path / "cache"
    first = _run(seeds, home, "1")
    assert first["kept"] == 0 and len(first["compiled"]) > 100 and first["same"]
    (store,) = _stored(home)
    # A different hash seed: a pattern built from a set in set order would come out
    # different and be compiled again.
    second = _run(seeds, home, "2")
    assert second["compiled"] == [] and second["kept"] >= second["used"] > 100 and second["same"]
    plain = _run(seeds, home, "3", NEWS_DIGEST_CACHE="off")  # no store: re.compile throughout
    assert plain["store"] is False
    assert first["digest"] == second["digest"] == plain["digest"]
    assert (
        store.stat().st_mtime_ns == _stored(home)[0].stat().st_mtime_ns
    )  # nothing new: not written


@pytest.mark.parametrize("damage", [b"", b"not a pickle", "wrong key", "bad code"])
def test_a_damaged_store_is_made_again(seeds, tmp_path, damage):
    home = tmp_path / "cache"
    made = _run(seeds, home, "0")
    (store,) = _stored(home)
    if damage == "wrong key":  # another Python's store under this name
        kept = pickle.loads(store.read_bytes())
        store.write_bytes(pickle.dumps({**kept, "key": "another build"}))
    elif damage == "bad code":  # entries the engine refuses
        kept = pickle.loads(store.read_bytes())
        broken = {
            name: (flags, groups, index, b"\xff\xff\xff\xff" * 3)
            for name, (flags, groups, index, code) in kept["patterns"].items()
        }
        store.write_bytes(pickle.dumps({**kept, "patterns": broken}))
    else:
        store.write_bytes(damage)
    again = _run(seeds, home, "0")
    assert again["same"] and again["digest"] == made["digest"] and len(again["compiled"]) > 100
    assert _run(seeds, home, "0")["compiled"] == []  # written afresh


def test_no_store_when_caching_is_off(seeds, tmp_path):
    home = tmp_path / "cache"
    assert _run(seeds, home, "0", NEWS_DIGEST_CACHE="off")["store"] is False
    assert _stored(home) == []


def test_the_command_line_keeps_its_patterns(seeds, tmp_path):
    """The CLI leaves with os._exit (no atexit hook runs): the store is written before that."""
    home = tmp_path / "cache"
    environ = {k: v for k, v in os.environ.items() if k != "NEWS_DIGEST_CACHE"}
    environ.update(XDG_CACHE_HOME=str(home), PYTHONPATH=str(REPO))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--seeds",
            str(seeds),
            "--docs",
            str(tmp_path / "docs"),
            "--cache",
            str(tmp_path / "runs"),
        ],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        check=True,
    )
    (store,) = _stored(home)
    assert len(pickle.loads(store.read_bytes())["patterns"]) > 100
    assert _run(seeds, home, "0")["compiled"] == []


def test_per_user_files_of_old_installs_are_pruned(tmp_path):
    from generator.usercache import prune_user_cache

    for i in range(12):
        for name in (f"gazetteer-{i:02d}.json", f"patterns-{i:02d}.pickle"):
            (tmp_path / name).write_text("x")
            os.utime(tmp_path / name, ns=(i * 10**9, i * 10**9))
    (tmp_path / "other.txt").write_text("kept")
    prune_user_cache(tmp_path, "gazetteer-")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in left if n.startswith("gazetteer-")] == [
        f"gazetteer-{i:02d}.json" for i in range(4, 12)
    ]
    assert len([n for n in left if n.startswith("patterns-")]) == 12 and "other.txt" in left
