"""Where the generator spends its time: cProfile of one cold and one warm run.

python bench/hotspots.py [--n 500] [--top 20]

Makes N synthetic seeds in a temp folder, runs the pipeline once from scratch
(one process, so the profile sees the extraction) and once more with the
cache warm, and prints for each the generator functions with the most time
of their own, then the total per pipeline stage (cumulative).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from make_seeds import make_seeds  # noqa: E402

STAGES = [
    "read_seeds",
    "decode",
    "clean",
    "extract",
    "drop_duplicates",
    "assign_slugs",
    "render_article",
    "site_pages",
    "write_pages",
    "lookup",
    "finish",
]


def profile_run(seeds: Path, docs: Path, cache: Path, top: int, title: str) -> None:
    from generator.pipeline import build

    profiler = cProfile.Profile()
    profiler.enable()
    result = build(seeds, docs, cache_dir=cache, workers=1)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    print(
        f"\n== {title}: {len(result.articles)} articles, {result.extracted} extracted, "
        f"{total:.2f} s under the profiler "
        f"({total * 1000 / max(1, len(result.articles)):.2f} ms/article)"
    )
    rows = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items():
        rows.append((own, cumulative, calls, f"{_short(file)}:{line}({name})"))
    print(f"{'own s':>8} {'cum s':>8} {'calls':>8}  function (top {top} by own time)")
    for own, cumulative, calls, where in sorted(rows, reverse=True)[:top]:
        print(f"{own:8.3f} {cumulative:8.3f} {calls:8d}  {where}")

    def stage_cumulative(stage: str) -> float:
        return max(
            (c for o, c, n, w in rows if w.endswith(f"({stage})") and "generator" in w), default=0
        )

    print(
        "stages (cumulative s): "
        + ", ".join(f"{stage} {stage_cumulative(stage):.2f}" for stage in STAGES)
    )


def _short(file: str) -> str:
    for marker in ("/generator/", "/site-packages/", "/lib/python"):
        if marker in file:
            return marker.strip("/") + "/" + file.split(marker, 1)[1]
    return file


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="news-digest-profile-") as tmp:
        root = Path(tmp)
        make_seeds(root / "seeds", args.n)
        for title in ("cold (1 process, empty cache)", "warm (nothing changed)"):
            profile_run(root / "seeds", root / "docs", root / "cache", args.top, title)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
