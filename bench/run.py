"""Measure the generator and the site build on N synthetic seeds: `make bench [N=1000]`.

python bench/run.py [--n 1000] [--jobs W] [--keep DIR] [--json FILE] [--quick]

In a throwaway copy of the project (config, hand-written docs, generator) with
N seeds from bench/make_seeds.py, each step runs as its own process, as an
editor would run it, and is timed from start to exit:

  generator cold        python -m generator --jobs 1, then --jobs W (no cache, no pages yet)
  generator warm        the same again with nothing changed
  generator +1 seed     after adding one seed (and how many seeds were re-extracted)
  site cold / warm      mkdocs build with the hooks (what `make site` runs), from nothing / again,
                        with Material's search (NEWS_DIGEST_SEARCH=material) like the plain build
  plain mkdocs build    the same generated pages with the hooks taken out of mkdocs.yml
  site warm, search auto  the hooks with search as configured: Pagefind from 1,500 articles

Peak memory is the largest resident size of any one process of a step, and the
sum over the step's process tree sampled every 20 ms (extraction workers
included). Sizes are of the built site: search_index.json and the largest page.
Timings on a shared machine are noisy; compare ratios within one run.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from make_seeds import make_seeds  # noqa: E402

GENERATED_MARK = "generator: news-digest"
MANIFEST = ".news-digest.json"


@dataclass
class Step:
    name: str
    seconds: float
    cpu_seconds: (
        float  # user + system, the step's processes and their workers: less noisy than wall time
    )
    peak_process_mb: float
    peak_tree_mb: float
    note: str = ""
    system_seconds: float = 0.0  # the kernel's share of cpu_seconds (creating files is most of it)


# --- a throwaway project -------------------------------------------------------------------


def work_folder() -> Path:
    """Where throwaway projects go: .bench/ in this checkout, on the disk and beside the folders
    an editor's project uses, not /tmp.

    On this VM's ext4 (no journal) a new file costs 0.02 ms of kernel time, but 0.1-0.7 ms in
    a block group where thousands of files were deleted in the last minutes: the kernel steps
    over the recently freed inodes one by one (perf: recently_deleted, find_inode_bit). /tmp
    is such a place (the test suite and every tool churn files there), and so is the folder
    of the bench that ran just before and deleted its project. .bench/ is marked a top
    directory (chattr +T, where the file system has it) so that ext4 spreads each project to
    a block group of its own; elsewhere the mark is refused and nothing changes."""
    folder = REPO / ".bench"
    folder.mkdir(exist_ok=True)
    try:
        subprocess.run(["chattr", "+T", str(folder)], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):  # no chattr here: only the placement differs
        pass
    return folder


def make_project(dest: Path, n: int) -> Path:
    """Config, hand-written docs and generator of this checkout, with N synthetic seeds."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(
        REPO / "generator",
        dest / "generator",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    # Byte-compiled as an install or any earlier run leaves it: with PYTHONDONTWRITEBYTECODE set
    # (as on this machine) every timed step would otherwise compile the generator from source.
    compileall.compile_dir(dest / "generator", quiet=1)
    for src in sorted((REPO / "docs").rglob("*")):
        rel = src.relative_to(REPO / "docs")
        if src.is_file() and not _generated(src, rel.as_posix()):
            target = dest / "docs" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
    make_seeds(dest / "seeds", n)
    plain = _without_hooks((dest / "mkdocs.yml").read_text(encoding="utf-8"))
    (dest / "mkdocs-plain.yml").write_text(plain, encoding="utf-8")
    return dest


def _generated(path: Path, rel: str) -> bool:
    top = rel.split("/", 1)[0]
    if top in ("articles", "raw") or rel in (MANIFEST, "index.md", "timeline.md"):
        return True
    if path.suffix == ".md":
        head = path.read_text(encoding="utf-8", errors="replace")[:400]
        return head.startswith("---") and GENERATED_MARK in head
    return False


def _without_hooks(config: str) -> str:
    """mkdocs.yml with its top-level `hooks:` list removed: MkDocs alone, same pages."""
    out, skipping = [], False
    for line in config.splitlines(keepends=True):
        if re.match(r"^hooks\s*:", line):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "\t", "-")) or not line.strip()):
            continue
        skipping = False
        out.append(line)
    return "".join(out)


ASIDE = ".bench-aside"


def clean_outputs(project: Path) -> None:
    """Back to no generated pages, no cache and no built site. The old ones are moved aside,
    not deleted, until the bench ends: with thousands of files deleted between them, each
    repeat here created its files more slowly than the one before, charging the bench's own
    clean-up to the step; a fresh project has none to pay for."""
    (project / ASIDE).mkdir(exist_ok=True)
    aside = Path(tempfile.mkdtemp(dir=project / ASIDE))
    for rel in ("docs/articles", "docs/raw", ".cache", "site"):
        _move_aside(project, rel, aside)
    for rel in ("docs/index.md", "docs/timeline.md", f"docs/{MANIFEST}"):
        _move_aside(project, rel, aside)
    for page in (project / "docs").rglob("*.md"):
        if _generated(page, page.relative_to(project / "docs").as_posix()):
            _move_aside(project, page.relative_to(project).as_posix(), aside)


def _move_aside(project: Path, rel: str, aside: Path) -> None:
    if (project / rel).exists():
        (aside / rel).parent.mkdir(parents=True, exist_ok=True)
        os.replace(project / rel, aside / rel)


# --- running and measuring one step --------------------------------------------------------


def run_step(
    name: str, cmd: list[str], cwd: Path, env: dict | None = None, note: str = ""
) -> tuple[Step, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    sampler = _TreeSampler(proc.pid)
    sampler.start()
    output = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    sampler.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench: step '{name}' failed ({' '.join(cmd)}):\n{output[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Step(
        name, seconds, cpu, usage.ru_maxrss / 1024, sampler.peak / 1024 / 1024, note, usage.ru_stime
    ), output


class _TreeSampler(threading.Thread):
    """Peak of the summed resident memory of a process and its descendants (Linux /proc)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.02):
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


# --- the benchmark -------------------------------------------------------------------------

GEN_CHILD = """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
from generator.pipeline import build
loaded = time.perf_counter()
r = build(Path("seeds"), Path("docs"), cache_dir=Path(sys.argv[1]), workers=int(sys.argv[2]))
done = time.perf_counter()
print("BENCH " + json.dumps({"articles": r.count, "warnings": len(r.warnings),
      "extracted": r.extracted, "written": len(r.written), "unchanged": r.unchanged,
      "import_s": loaded - start, "build_s": done - loaded}))
from generator.cli import leave
leave(0)  # as `python -m generator` ends
"""


def generate(project: Path, name: str, jobs: int) -> tuple[Step, dict]:
    cmd = [sys.executable, "-c", GEN_CHILD, ".cache/news-digest", str(jobs)]
    step, output = run_step(name, cmd, project)
    line = next(ln for ln in output.splitlines() if ln.startswith("BENCH "))
    info = json.loads(line[6:])
    stopped = "stopped early (nothing changed); " if info["unchanged"] else ""
    step.note = (
        f"{stopped}{info['extracted']} extracted, {info['written']} files written; in-process "
        f"{info['build_s'] * 1000:.0f} ms + {info['import_s'] * 1000:.0f} ms imports"
    )
    return step, info


# The site steps compare the generator's cost with the plain build, so both use Material's
# search; the last step shows what Pagefind (chosen automatically on large sites) adds.
SAME_SEARCH = {"NEWS_DIGEST_SEARCH": "material"}


def mkdocs(project: Path, name: str, config: str = "mkdocs.yml", env: dict | None = None) -> Step:
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "-d", "site"]
    return run_step(name, cmd, project, env=env)[0]


def site_sizes(site: Path) -> dict:
    index = site / "search" / "search_index.json"
    pages = sorted(
        ((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")),
        reverse=True,
    )
    largest = pages[0] if pages else (0, "")
    raw = index.read_bytes() if index.exists() else b""
    return {
        "search_index_bytes": len(raw),
        "search_index_gzip_bytes": len(gzip.compress(raw, 6)) if raw else 0,
        "largest_html_bytes": largest[0],
        "largest_html": largest[1],
        "html_pages": len(pages),
        "largest_pages": [[size, name] for size, name in pages[:5]],
        "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()),
    }


def new_file_ms(project: Path, count: int = 1000) -> float:
    """What creating one empty file costs on this disk right now, in ms (see work_folder: 0.02
    to 0.7 ms on this VM); a cold run creates one file per article, so this puts its time in
    context. The files stay (moved aside with the outputs): the bench deletes nothing until
    it ends."""
    (project / ASIDE).mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=project / ASIDE, prefix="probe-"))
    start = time.perf_counter()
    for i in range(count):
        os.close(os.open(folder / str(i), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    return (time.perf_counter() - start) * 1000 / count


def fastest(runs: list[Step]) -> Step:
    """The quickest of repeated runs (other jobs on the machine only ever add time), with
    the highest memory peak seen in any of them."""
    best = min(runs, key=lambda step: step.seconds)
    best.peak_process_mb = max(step.peak_process_mb for step in runs)
    best.peak_tree_mb = max(step.peak_tree_mb for step in runs)
    if len(runs) > 1:
        best.note = (
            best.note + "; " if best.note else ""
        ) + f"best of {len(runs)} (wall {', '.join(f'{step.seconds:.2f}' for step in runs)})"
    return best


def bench(
    project: Path, n: int, jobs: int, quick: bool, repeat: int = 1
) -> tuple[list[Step], dict]:
    # A cold generator run takes seconds where a site build takes a minute, and this VM's speed
    # swings by a third from minute to minute: one run more than asked costs little.
    generator_repeat = repeat + 1 if repeat > 1 else repeat

    def cold(name: str, workers: int) -> Step:
        runs = []
        for _ in range(generator_repeat):
            clean_outputs(project)
            probe = new_file_ms(project)
            step = generate(project, name, workers)[0]
            step.note += (
                f"; kernel {step.system_seconds:.2f} s; a new "
                f"empty file took {probe:.3f} ms just before"
            )
            runs.append(step)
        return fastest(runs)

    steps: list[Step] = [cold("generator cold, 1 process", 1)]
    if jobs > 1:
        steps.append(cold(f"generator cold, {jobs} processes", jobs))
    steps.append(
        fastest(
            [generate(project, "generator warm, nothing changed", jobs)[0] for _ in range(repeat)]
        )
    )
    make_seeds(project / "seeds", 1, start=n)
    more, info = generate(project, "generator warm, 1 seed added", jobs)
    steps.append(more)
    for extra in (project / "seeds").glob(f"{n:05d}_*"):
        extra.unlink()
    sizes = {}
    if not quick:
        site_cold = []
        for _ in range(repeat):
            clean_outputs(project)
            site_cold.append(mkdocs(project, "site cold (mkdocs build + hook)", env=SAME_SEARCH))
        warm, plain = [], []
        for _ in range(repeat):  # interleaved, so a busy spell on the machine hits both alike
            warm.append(mkdocs(project, "site warm (mkdocs build + hook)", env=SAME_SEARCH))
            plain.append(mkdocs(project, "plain mkdocs build, same pages", "mkdocs-plain.yml"))
        steps += [fastest(site_cold), fastest(warm), fastest(plain)]
        sizes = site_sizes(project / "site")
        auto = {"NEWS_DIGEST_SEARCH": "auto"}
        steps.append(
            mkdocs(project, "site warm, search auto (Pagefind from 1500 articles)", env=auto)
        )
    sizes["added_seed_extracted"] = info["extracted"]
    return steps, sizes


def table(steps: list[Step], n: int, sizes: dict) -> str:
    by = {s.name: s for s in steps}
    lines = [
        (
            f"news-digest bench: {n} synthetic articles, "
            f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
        ),
        "",
        (
            "| step | wall s | ms/article | vs (wall) | cpu "
            "s | vs (cpu) | peak MB (1 proc / tree) | note |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    plain = by.get("plain mkdocs build, same pages")
    for s in steps:
        base = plain if plain and s.name.startswith("site") else by["generator cold, 1 process"]
        label = "x plain" if base is plain else "x cold"
        shown = (
            s is not base
            and s.name != "generator cold, 1 process"
            and not s.name.startswith("plain")
        )
        ratio = f"{s.seconds / base.seconds:.3f} {label}" if shown else ""
        cpu_ratio = f"{s.cpu_seconds / base.cpu_seconds:.3f} {label}" if shown else ""
        lines.append(
            f"| {s.name} | {s.seconds:.2f} | {s.seconds * 1000 / n:.2f} | {ratio} | "
            f"{s.cpu_seconds:.2f} | {cpu_ratio} | "
            f"{s.peak_process_mb:.0f} / {s.peak_tree_mb:.0f} | {s.note} |"
        )
    if "search_index_bytes" in sizes:
        lines += [
            "",
            f"search_index.json: {sizes['search_index_bytes'] / 1e6:.2f} MB "
            f"({sizes['search_index_gzip_bytes'] / 1e6:.2f} MB gzipped); "
            f"largest page: {sizes['largest_html']} {sizes['largest_html_bytes'] / 1e6:.2f} MB; "
            f"{sizes['html_pages']} HTML pages, site {sizes['site_bytes'] / 1e6:.1f} MB",
            "largest pages: "
            + ", ".join(f"{name} {size / 1e6:.2f} MB" for size, name in sizes["largest_pages"]),
        ]
    lines.append(f"seeds re-extracted after adding one: {sizes['added_seed_extracted']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Benchmark the generator and the site build on synthetic seeds."
    )
    ap.add_argument(
        "--n", type=int, default=1000, help="number of synthetic articles (default 1000)"
    )
    ap.add_argument(
        "--jobs",
        type=int,
        default=0,
        help="worker processes for the parallel runs (default: all cores)",
    )
    ap.add_argument(
        "--keep",
        type=Path,
        help="build the project here and keep it (default: a new folder in .bench/, removed)",
    )
    ap.add_argument("--json", type=Path, help="also write the measurements here as JSON")
    ap.add_argument("--quick", action="store_true", help="generator steps only, no mkdocs builds")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each timed step this many times and keep the fastest (default 1; "
        "cold generator runs one time more when above 1)",
    )
    args = ap.parse_args(argv)
    os.environ.pop("NEWS_DIGEST_CACHE", None)  # every step uses the project's own .cache/
    jobs = args.jobs or len(os.sched_getaffinity(0))
    root = args.keep or Path(tempfile.mkdtemp(prefix="run-", dir=work_folder()))
    try:
        project = make_project(root, args.n)
        steps, sizes = bench(project, args.n, jobs, args.quick, max(1, args.repeat))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(table(steps, args.n, sizes))
    if args.json:
        args.json.write_text(
            json.dumps({"n": args.n, "steps": [asdict(s) for s in steps], **sizes}, indent=1)
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
