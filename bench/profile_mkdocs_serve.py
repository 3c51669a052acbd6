"""Where the wall time of one edit goes under `mkdocs serve --dirty` on N synthetic seeds.

python bench/profile_mkdocs_serve.py [--n 1000] [--rounds 2] [--poll 0.02] [--keep DIR]
                                     [--generator DIR] [--verbose]
python bench/profile_mkdocs_serve.py --in-process [--rounds 2] [--top 30] [--keep DIR]

Serve (the default): a real `mkdocs serve --dirty` subprocess whose log lines are written
with their wall-clock time (a file handler on the `mkdocs` logger, set up before MkDocs'
command line runs), MkDocs' steps wrapped to log marks (the steps called per page summed),
and bench/serve.py's four edits (add, change, sidecar, remove) per round. Each edit is
stamped when the file is written and when its article URL answers as expected (polled every
--poll s as bench/serve.py does; --poll 0 waits for "Reloading browsers" and fetches once,
so no request competes with the build). Printed per edit, median over the rounds: when each
step first started ("@", s from the write), its time in all ("s"), the server's CPU seconds.
--verbose adds serve's -v (a DEBUG line per page and per static file: slower builds).

--in-process: the same edits as a loop of `mkdocs.commands.build.build(dirty=True)` in this
process (after the hooks' `on_startup("serve", dirty=True)`, a fresh config per build as
serve loads it), with the CPU seconds and the cyclic collector's time per rebuild, each
rebuild under cProfile unless --top 0.

--keep DIR reuses the project there (same seeds) with the generator package --generator
names copied in again: an A/B of two versions of the hooks (e.g. `git archive` of a commit).
"""

from __future__ import annotations

import argparse
import compileall
import cProfile
import functools
import importlib
import io
import logging
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from run import make_project, work_folder  # noqa: E402
from serve import fetch, new_seed  # noqa: E402

LOG_FORMAT = "%(created).4f %(name)s %(message)s"
QUIET = 1.0  # s without a new log line once the build has reloaded: the edit is over
TIMEOUT = 120.0

# Log lines of serve itself: (stage, what its line contains), in the order serve logs them.
SERVE_LINES = (
    ("event seen", "Event(src_path="),
    ("detected", "Detected file changes"),
    ("build start", "Building documentation..."),
    ("reloaded", "Reloading browsers"),
)

# MkDocs' own DEBUG lines can't mark its steps (its build logger drops any message it
# logged before), so the steps are wrapped to log "mark <label> start" and "... end".
MARKED = (
    ("mkdocs.commands.serve", "load_config", "load_config"),
    ("mkdocs.plugins:PluginCollection", "run_event", None),  # "<event> event", per event
    ("mkdocs.commands.build", "get_files", "get_files"),
    ("mkdocs.structure.files:Files", "add_files_from_theme", "theme files"),
    ("mkdocs.commands.build", "set_exclusions", "set_exclusions"),
    ("mkdocs.commands.build", "get_navigation", "nav"),
    ("mkdocs.structure.files:Files", "copy_static_files", "static files"),
    ("mkdocs.commands.build", "_build_theme_template", "theme template"),
    ("mkdocs.commands.build", "_populate_page", "+read pages"),  # "+": summed, logged once
    ("mkdocs.commands.build", "_build_page", "+build pages"),
    ("mkdocs.structure.files:File", "is_modified", "+is_modified"),
)

WRAPPER = """
import sys
sys.path.insert(0, {here!r})
from profile_mkdocs_serve import stamped_log
stamped_log(sys.argv[1])
sys.argv = ["mkdocs", *sys.argv[2:]]
from mkdocs.__main__ import cli
cli()
"""


def stamped_log(path: str) -> logging.Handler:
    """MkDocs' log lines with their wall-clock time into `path`, and the steps marked."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger("mkdocs").addHandler(handler)
    mark = logging.getLogger("mkdocs.profile")
    # DEBUG for these two alone: serve's -v would log a line per page and per static file.
    mark.setLevel(logging.DEBUG)
    logging.getLogger("mkdocs.livereload").setLevel(logging.DEBUG)
    for where, name, label in MARKED:
        module, _, cls = where.partition(":")
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        setattr(owner, name, _marked(getattr(owner, name), mark, label))
    return handler


_SUMS: dict[str, list] = {}  # label -> [seconds, calls] since the last event


def _marked(original, mark: logging.Logger, label: str | None):
    """Steps called per page are summed (a log line per call would cost more than they do)
    and the sums logged when the next plugin event starts."""
    if label and label.startswith("+"):
        total = _SUMS.setdefault(label[1:], [0.0, 0])

        @functools.wraps(original)
        def summed(*args, **kwargs):
            began = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                total[0] += time.perf_counter() - began
                total[1] += 1

        return summed

    @functools.wraps(original)
    def run(*args, **kwargs):
        what = label or f"{args[1]} event"
        if label is None:
            _log_sums(mark)
        mark.debug("mark %s start", what)
        try:
            return original(*args, **kwargs)
        finally:
            mark.debug("mark %s end", what)

    return run


def _log_sums(mark: logging.Logger) -> None:
    for name, total in _SUMS.items():
        if total[1]:
            mark.debug("sum %s %.6f %d", name, total[0], total[1])
            total[:] = [0.0, 0]


# --- the edits (bench/serve.py's four) -------------------------------------------------


def edits(project: Path, k: int) -> list[tuple[str, object, object]]:
    """(name, write, check) per edit of round k; check(url) is true once the article shows."""
    seeds = project / "seeds"
    text, headline, token = new_seed(k)
    seed, sidecar = seeds / f"zz_prof_{k}.txt", seeds / f"zz_prof_{k}.yml"
    changed = text.replace(f"{token} session", f"{token} session and its {token}x follow-up")
    outlet = f"Profile Wire {k + 1}"

    def shows(word):
        def check(url):
            status, page = fetch(url)
            return status == 200 and word in page

        return check

    def gone(url):
        return fetch(url)[0] == 404

    return [
        ("add", lambda: seed.write_text(text, encoding="utf-8"), shows(headline)),
        ("change", lambda: seed.write_text(changed, encoding="utf-8"), shows(f"{token}x")),
        (
            "sidecar",
            lambda: sidecar.write_text(f"source: {outlet}\n", encoding="utf-8"),
            shows(outlet),
        ),
        ("remove", lambda: (seed.unlink(), sidecar.unlink()), gone),
    ]


def article_url(docs: Path, known: set[str], base: str) -> str | None:
    fresh = sorted(set(os.listdir(docs / "articles")) - known)
    return f"{base}articles/{fresh[0][:-3]}/" if fresh else None


# --- the serve log ---------------------------------------------------------------------


def read_log(path: Path) -> list[tuple[float, str]]:
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stamp, _, rest = line.partition(" ")
        try:
            out.append((float(stamp), rest))
        except ValueError:
            continue  # a continuation line (a traceback)
    return out


def stages_after(lines: list[tuple[float, str]], written: float) -> dict[str, float]:
    """From the write: when serve's own lines came (s), and for each marked step when it
    first started ("<label> @") and its time in all ("<label> s", summed over its calls)."""
    found: dict[str, float] = {}
    opened: dict[str, float] = {}
    for stamp, text in lines:
        if stamp < written:
            continue
        for name, line in SERVE_LINES:
            if name not in found and line in text:
                found[name] = stamp - written
        if text.startswith("mkdocs.profile sum "):
            label, seconds, calls = text.split(" sum ", 1)[1].rsplit(" ", 2)
            found[f"{label} s"] = found.get(f"{label} s", 0.0) + float(seconds)
            found[f"{label} calls"] = found.get(f"{label} calls", 0) + int(calls)
            continue
        if " mark " not in f" {text}":
            continue
        label, _, edge = text.split(" mark ", 1)[1].rpartition(" ")
        label = label.strip()
        if edge == "start":
            opened[label] = stamp
            found.setdefault(f"{label} @", stamp - written)
        elif label in opened:
            found[f"{label} s"] = found.get(f"{label} s", 0.0) + stamp - opened.pop(label)
    return found


def quiet(path: Path, reloads: int) -> None:
    """Until the log has `reloads` reload lines and nothing new for QUIET seconds."""
    last, since, deadline = None, time.time(), time.time() + TIMEOUT
    while time.time() < deadline:
        text = path.read_text(encoding="utf-8", errors="replace")
        if text != last:
            last, since = text, time.time()
        if text.count("Reloading browsers") >= reloads and time.time() - since >= QUIET:
            return
        time.sleep(0.05)
    raise SystemExit("profile: the server never went quiet")


def serve_profile(project: Path, rounds: int, poll: float, port: int, flags: list[str]) -> dict:
    log_path = project / "serve-stamped.log"
    log_path.write_text("", encoding="utf-8")
    wrapper = WRAPPER.format(here=str(HERE))
    cmd = [sys.executable, "-c", wrapper, str(log_path), "serve", "--dirty", *flags]
    cmd += ["-a", f"127.0.0.1:{port}"]
    out = open(project / "serve-stdout.log", "w", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen(
        cmd, cwd=project, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
    )
    base, rows = f"http://127.0.0.1:{port}/", {}
    try:
        deadline = time.time() + 600
        while fetch(base)[0] != 200:
            if proc.poll() is not None or time.time() > deadline:
                raise SystemExit("profile: serve did not start\n" + log_path.read_text()[-2000:])
            time.sleep(0.2)
        reloads = 0
        quiet(log_path, reloads)
        for k in range(rounds):
            known, url = set(os.listdir(project / "docs" / "articles")), None
            for name, write, check in edits(project, k):
                cpu = cpu_seconds(proc.pid)
                written = time.time()
                write()
                reloads += 1
                answered = None
                while time.time() < written + TIMEOUT:
                    if poll <= 0:
                        quiet_until_reload(log_path, reloads)
                    url = url or article_url(project / "docs", known, base)
                    if url and check(url):
                        answered = time.time() - written
                        break
                    time.sleep(max(poll, 0.005))
                quiet(log_path, reloads)
                found = stages_after(read_log(log_path), written)
                found["article answers"] = answered if answered is not None else float("nan")
                found["server CPU s"] = cpu_seconds(proc.pid) - cpu
                found["builds"] = log_path.read_text().count("Building documentation...")
                rows.setdefault(name, []).append(found)
                print(f"  round {k + 1} {name:8} article {answered}", flush=True)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 2)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
        out.close()
    return rows


def cpu_seconds(pid: int) -> float:
    """User + system seconds of the process so far (Linux /proc), as bench/serve.py reads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def quiet_until_reload(path: Path, reloads: int) -> None:
    while path.read_text(encoding="utf-8", errors="replace").count("Reloading browsers") < reloads:
        time.sleep(0.005)


# --- in process ------------------------------------------------------------------------


def in_process_profile(project: Path, rounds: int, top: int) -> dict[str, list[dict]]:
    """top 0: no cProfile, so the times and the CPU seconds per build are undisturbed."""
    os.chdir(project)
    sys.path.insert(0, str(project))
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    log_path = project / "in-process.log"
    log_path.write_text("", encoding="utf-8")
    handler = stamped_log(str(log_path))
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    site = tempfile.mkdtemp(prefix="mkdocs_prof_", dir=work_folder())

    def config():
        logger.debug("mark load_config start")
        made = load_config(config_file=str(project / "mkdocs.yml"), site_dir=site)
        made.site_url = "http://127.0.0.1:8000/"
        logger.debug("mark load_config end")
        return made

    collecting = _time_collections()
    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, serve_url=first.site_url, dirty=True)
    rows: dict[str, list[dict]] = {}
    profile = cProfile.Profile()
    for k in range(rounds):
        for name, write, _ in edits(project, k):
            written = time.time()
            write()
            logger.info("Building documentation...")
            cpu = time.process_time()
            collecting[:] = [0.0, 0.0, 0]
            if top:
                profile.enable()
            build(config(), serve_url="http://127.0.0.1:8000/", dirty=True)
            profile.disable()
            cpu = time.process_time() - cpu
            logger.info("Reloading browsers")
            handler.flush()
            found = stages_after(read_log(log_path), written)
            found["build CPU s"] = cpu
            found["cyclic GC s"] = collecting[1]
            rows.setdefault(name, []).append(found)
            print(f"  round {k + 1} {name:8} built {found.get('reloaded', 0):.3f} s", flush=True)
    shutil.rmtree(site, ignore_errors=True)
    if not top:
        return rows
    stream = io.StringIO()
    stats = pstats.Stats(profile, stream=stream)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    print(stream.getvalue())
    return rows


def _time_collections() -> list:
    """[start of the running collection, seconds in collections, generation-2 runs]."""
    import gc

    spent = [0.0, 0.0, 0]

    def note(phase, info):
        if phase == "start":
            spent[0] = time.perf_counter()
        else:
            spent[1] += time.perf_counter() - spent[0]
            spent[2] += info["generation"] == 2

    gc.callbacks.append(note)
    return spent


# --- the table -------------------------------------------------------------------------


def table(rows: dict[str, list[dict]]) -> str:
    edits_done = list(rows)
    stages: list[str] = []
    for found in (f for r in rows.values() for f in r):
        stages += [
            k
            for k in sorted(found, key=lambda k: found[k] if k.endswith("@") else 0)
            if k not in stages and k != "builds" and not k.endswith(" calls")
        ]
    timeline = sorted(
        (k for k in stages if not k.endswith(" s")),
        key=lambda k: statistics.median(f[k] for r in rows.values() for f in r if k in f),
    )
    lines = ["| from the write (median s) | " + " | ".join(edits_done) + " |"]
    lines.append("|---" * (len(edits_done) + 1) + "|")
    for stage in timeline + sorted(k for k in stages if k.endswith(" s")):
        cells = []
        for edit in edits_done:
            values = [r[stage] for r in rows[edit] if stage in r]
            cells.append(f"{statistics.median(values):.3f}" if values else "-")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    builds = sorted({r.get("builds", 0) for rs in rows.values() for r in rs})
    lines.append(f"builds logged in all at the end of each edit: {builds}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--poll", type=float, default=0.02, help="s between requests; 0: none")
    parser.add_argument("--port", type=int, default=8101)
    parser.add_argument("--keep", type=Path, help="the project here (reused if it exists)")
    parser.add_argument(
        "--generator",
        type=Path,
        default=REPO / "generator",
        help="the generator package to profile (with --keep: A/B of two versions)",
    )
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="serve -v (every DEBUG line)")
    parser.add_argument("--top", type=int, default=30, help="profile rows to print; 0: no cProfile")
    args = parser.parse_args(argv)
    folder = (args.keep or Path(tempfile.mkdtemp(prefix="prof-", dir=work_folder()))).resolve()
    if (folder / "mkdocs.yml").exists():
        project = folder  # the generator and hooks asked for again, the same seeds
        shutil.rmtree(project / "generator")
        shutil.copytree(args.generator, project / "generator")
        compileall.compile_dir(project / "generator", quiet=1)
    else:
        project = make_project(folder, args.n)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([sys.executable, "-m", "generator"], cwd=project, env=env, check=True)
    if args.in_process:
        rows = in_process_profile(project, args.rounds, args.top)
    else:
        flags = ["-v"] if args.verbose else []
        rows = serve_profile(project, args.rounds, args.poll, args.port, flags)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
