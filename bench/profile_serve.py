"""Where the generator's time goes in `make serve`'s dirty rebuilds, in one process.

python bench/profile_serve.py [--n 1000] [--rounds 5] [--keep DIR [--generator PKG]]
                              [--profile EDIT [--lines N] [--dump FILE]]

Builds a project of N synthetic seeds (bench/run.py's make_project; with --keep an existing
one is reused and its generator refreshed from this checkout), then does what `mkdocs serve
--dirty` does without the server: on_startup("serve", dirty=True), a first dirty build, and
per round the four edits of bench/serve.py (add, change, sidecar, remove), each followed by
one `mkdocs.commands.build.build(config, dirty=True)` with a freshly loaded config.

Timers wrap the stages of the hook's on_pre_build (reading seeds, the cache, the site pages
one by one, the audit, writing) and the whole MkDocs build; the table shows each stage's
median in ms per edit. --profile EDIT runs cProfile around that edit's build in the last
round and prints the generator's top functions. No server, no ports, nothing outside the
project folder is touched.
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from run import make_project, work_folder  # noqa: E402
from serve import EDITS, new_seed  # noqa: E402

# (module, attribute, label): the stages timed. Each is looked up through its module at call
# time by the pipeline, so replacing the attribute times every call.
STAGES = [
    ("generator.pipeline", "build", "generator (all)"),
    ("generator.reader", "read_seeds", "read seeds"),
    ("generator.pipeline", "_process_seeds", "cache lookups + extraction"),
    ("generator.pipeline", "drop_duplicates", "duplicates"),
    ("generator.pipeline", "assign_slugs", "slugs"),
    ("generator.cache.Cache", "page", "article pages"),
    ("generator.pipeline", "raw_copy", "raw copies"),
    ("generator.site.added", "first_seen", "first seen"),
    ("generator.site", "site_pages", "site pages (all)"),
    ("generator.pages", "render_index", "  home"),
    ("generator.site.timeline", "render_timeline_pages", "  timeline"),
    ("generator.site.figures_page", "render_figures_pages", "  figures page"),
    ("generator.site.listing", "browse_pages", "  browse listings"),
    ("generator.site.review", "review_pages", "  review"),
    ("generator.site.feeds", "newest", "  feeds: newest"),
    ("generator.site.feeds", "atom", "  Atom feed"),
    ("generator.site.feeds", "json_feed", "  JSON feed"),
    ("generator.site.dataset", "articles_json", "  articles.json"),
    ("generator.site.dataset", "figures_csv", "  figures.csv"),
    ("generator.report", "audit_pages", "audit"),
    ("generator.write", "write_pages", "write pages"),
    ("generator.cache.Cache", "finish", "cache finish"),
    ("generator.pipeline", "_remember", "snapshot save"),
]

TIMES: dict[str, float] = defaultdict(float)
# CPU time of this thread: on a machine shared with other jobs it moves far less than wall
# time, and a serve rebuild runs in one thread (file system calls count as its kernel time).
CLOCK = time.thread_time


def _owner(dotted: str):
    import importlib

    try:
        return importlib.import_module(dotted)
    except ImportError:
        module, _, cls = dotted.rpartition(".")
        return getattr(importlib.import_module(module), cls)


def _timed(original, label: str):
    def timed(*args, **kwargs):
        started = CLOCK()
        try:
            return original(*args, **kwargs)
        finally:
            TIMES[label] += CLOCK() - started

    timed.__wrapped__ = original
    return timed


def install_timers() -> None:
    for dotted, name, label in STAGES:
        owner = _owner(dotted)
        setattr(owner, name, _timed(getattr(owner, name), label))


def project_for(args) -> Path:
    """A fresh project, or the kept one with this checkout's generator copied in again."""
    if args.keep and (args.keep / "mkdocs.yml").exists():
        shutil.rmtree(args.keep / "generator")
        shutil.copytree(
            args.generator,
            args.keep / "generator",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
        for stale in (args.keep / "seeds").glob("zz_bench_*"):
            stale.unlink()
        return args.keep
    folder = args.keep or Path(tempfile.mkdtemp(prefix="profile-", dir=work_folder()))
    return make_project(folder, args.n)


class Loop:
    """serve's builder: a config loaded per build, the serve URL, dirty builds."""

    def __init__(self, project: Path):
        from mkdocs.config import load_config

        self.load_config = load_config
        self.project = project
        self.site_dir = str(project / "site-serve")  # serve's is a temporary folder; one is kept
        shutil.rmtree(self.site_dir, ignore_errors=True)
        first = self.config()
        first.plugins.on_startup(command="serve", dirty=True)

    def config(self):
        config = self.load_config(
            config_file=str(self.project / "mkdocs.yml"), site_dir=self.site_dir
        )
        config.site_url = "http://127.0.0.1:8000/"
        return config

    def build(self) -> float:
        from mkdocs.commands.build import build

        config = self.config()
        started = CLOCK()
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
        return CLOCK() - started


def edits(project: Path, k: int) -> dict:
    seeds = project / "seeds"
    text, _, token = new_seed(k)
    seed = seeds / f"zz_bench_{k}.txt"
    sidecar = seed.with_suffix(".yml")
    changed = text.replace(f"{token} session", f"{token} session and its {token}x follow-up")
    return {
        "add": lambda: seed.write_text(text, encoding="utf-8"),
        "change": lambda: seed.write_text(changed, encoding="utf-8"),
        "sidecar": lambda: sidecar.write_text(f"source: Bench Wire {k + 1}\n", encoding="utf-8"),
        "remove": lambda: (seed.unlink(), sidecar.unlink()),
    }


def report(rows: dict[str, list[dict]]) -> str:
    labels = ["mkdocs build (all)"] + [label for _, _, label in STAGES]
    lines = [f"{'stage (median ms)':32}" + "".join(f"{e:>9}" for e in EDITS)]
    for label in labels:
        cells = [statistics.median(r.get(label, 0.0) for r in rows[e]) * 1000 for e in EDITS]
        lines.append(f"{label:32}" + "".join(f"{c:9.1f}" for c in cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="make (or reuse) the project here and keep it")
    parser.add_argument("--profile", choices=EDITS, help="cProfile this edit in the last round")
    parser.add_argument("--lines", type=int, default=45, help="functions --profile prints")
    parser.add_argument("--dump", type=Path, help="write --profile's stats to this file")
    parser.add_argument(
        "--generator",
        type=Path,
        default=REPO / "generator",
        help="with --keep, the generator package to profile (another commit's, for an A/B)",
    )
    args = parser.parse_args(argv)
    args.keep = args.keep.resolve() if args.keep else None
    args.dump = args.dump.resolve() if args.dump else None
    args.generator = args.generator.resolve()
    project = project_for(args)
    os.chdir(project)  # as `make serve` runs: seed paths on pages are relative to it
    sys.path.insert(0, str(project))  # the project's generator, as the hook imports it
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    try:
        loop = Loop(project)
        install_timers()
        print(f"first dirty build: {loop.build():.2f} s", flush=True)
        print(f"warm-up rebuild: {loop.build():.2f} s", flush=True)
        # A round of edits not counted: the first extraction imports the cleaner and
        # extractors, and the first build after start has kept nothing yet.
        for action in edits(project, args.rounds).values():
            action()
            loop.build()
        rows: dict[str, list[dict]] = {e: [] for e in EDITS}
        for k in range(args.rounds):
            actions = edits(project, k)
            for name in EDITS:
                actions[name]()
                TIMES.clear()
                profile = args.profile == name and k == args.rounds - 1
                profiler = cProfile.Profile() if profile else None
                if profiler:
                    profiler.enable()
                TIMES["mkdocs build (all)"] = loop.build()
                if profiler:
                    profiler.disable()
                    if args.dump:
                        profiler.dump_stats(args.dump)
                    stats = pstats.Stats(profiler)
                    stats.sort_stats("cumulative").print_stats("generator", args.lines)
                    stats.sort_stats("tottime").print_stats(30)
                rows[name].append(dict(TIMES))
            print(
                f"round {k + 1}: "
                + "  ".join(f"{e} {rows[e][-1]['generator (all)'] * 1000:.0f} ms" for e in EDITS),
                flush=True,
            )
        print()
        print(f"N={args.n}, {args.rounds} rounds")
        print(report(rows))
    finally:
        if args.keep is None:
            shutil.rmtree(project, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
