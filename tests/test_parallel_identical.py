"""Extraction across processes gives the very site a single process gives."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator.parallel import MIN_PARALLEL, process_all
from generator.pipeline import build
from generator.process import process
from generator.reader import read_seeds

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from conftest import docs_output  # noqa: E402
from make_seeds import make_seeds  # noqa: E402


def test_parallel_and_serial_builds_are_byte_identical(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    make_seeds(seeds, MIN_PARALLEL + 8)
    (seeds / "zz-empty.txt").write_bytes(b"")  # a warning, no page
    (seeds / "zz-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))  # a warning, no page
    shutil.copy(next(seeds.glob("00001_*.txt")), seeds / "zz-copy.txt")  # a duplicate

    serial = build(seeds, tmp_path / "serial", workers=1)
    parallel = build(seeds, tmp_path / "parallel", workers=2)
    assert serial.extracted == parallel.extracted == MIN_PARALLEL + 8 + 2 + 3
    assert docs_output(tmp_path / "parallel") == docs_output(tmp_path / "serial")
    assert [str(w) for w in parallel.warnings] == [str(w) for w in serial.warnings]
    assert any("zz-image.txt" in str(w) for w in serial.warnings)
    assert any("zz-copy.txt" in str(w) for w in serial.warnings)


def test_process_all_keeps_seed_order_and_reattaches_seeds(tmp_path):
    make_seeds(tmp_path / "seeds", MIN_PARALLEL + 4)
    seeds, _ = read_seeds(tmp_path / "seeds")
    jobs = [(seed, seed.path.as_posix()) for seed in seeds]
    outcomes = process_all(jobs, workers=2)
    assert [o.article.seed for o in outcomes] == seeds  # same objects back, same order
    expected = [process(seed, path)[0] for seed, path in jobs[:6]]
    assert [o.article.meta for o in outcomes[:6]] == [a.meta for a in expected]
    assert [o.article.cleaned for o in outcomes[:6]] == [a.cleaned for a in expected]
