"""The benchmark tools work end to end on a tiny N (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from make_seeds import make_seeds, seed_text  # noqa: E402
from run import _without_hooks  # noqa: E402

from generator.pipeline import build  # noqa: E402


def test_seeds_are_deterministic_and_independent_of_n(tmp_path):
    small = make_seeds(tmp_path / "a", 5)
    large = make_seeds(tmp_path / "b", 9)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in large[:5]]
    assert len({seed_text(i)[1] for i in range(40)}) == 40  # no two alike


def test_synthetic_seeds_read_like_real_pastes(tmp_path):
    """Varied outlets, chrome that the cleaner must drop, and a clean build."""
    folder = tmp_path / "seeds"
    make_seeds(folder, 60)
    result = build(folder, tmp_path / "docs", workers=1)
    assert result.warnings == []
    assert len(result.articles) == 60
    assert len({a.meta.source for a in result.articles}) >= 6
    assert len({a.meta.date.year for a in result.articles}) >= 10
    assert len({a.meta.round for a in result.articles}) >= 8
    assert any(a.cleaned.language == "ko" for a in result.articles)
    assert any(a.pinned == ["date"] for a in result.articles)  # undated pastes come with a sidecar
    assert all(a.cleaned.dropped for a in result.articles)  # every paste carries some page chrome
    assert sum(a.meta.figures != [] for a in result.articles) >= 50


def _load(text: str) -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor(
        "", lambda loader, tag, node: tag
    )  # !!python/name: etc. stay opaque
    return yaml.load(text, Loader=Loader)


def test_plain_config_drops_only_the_hooks():
    config = _load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    plain = _load(_without_hooks((REPO / "mkdocs.yml").read_text(encoding="utf-8")))
    assert config.pop("hooks")
    assert plain == config


def test_bench_runs_end_to_end(tmp_path):
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--n", "6", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    names = [s["name"] for s in data["steps"]]
    assert names[0] == "generator cold, 1 process" and "plain mkdocs build, same pages" in names
    assert data["added_seed_extracted"] == 1
    assert data["search_index_bytes"] > 0 and data["largest_html_bytes"] > 0
    assert all(s["seconds"] > 0 and s["peak_process_mb"] > 10 for s in data["steps"])
    assert "| generator warm, nothing changed |" in run.stdout
