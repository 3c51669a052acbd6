"""The editor's loop under `mkdocs serve` on N synthetic seeds: `make bench-serve [N=1000]`.

python bench/serve.py [--n 1000] [--trials 3] [--port 8100] [--flags "--dirty"] [--keep DIR]

In a throwaway copy of the project (bench/run.py's, under .bench/) with N seeds:

1. reference builds, each its own process: `mkdocs build` (generator warm, whole site)
   and, after one seed changed, `mkdocs build --dirty`;
2. `mkdocs serve` with the flags `make serve` passes, started and waited for;
3. per trial, four edits an editor makes, each timed from the moment the file is written:
     add      a new seed, dated after every other (so the home page lists it)
     change   a new sentence in that seed's lede (the home page prints the lede)
     sidecar  a sidecar pinning its source (printed on the article and the home page)
     remove   the seed and its sidecar deleted
   until the article URL answers as expected (200 with the new text, or 404 once removed),
   until the home page shows it, and until the browsers are told to reload (MkDocs'
   live-reload long poll, as an open tab waits on it); then the builds the edit caused,
   counted from the serve log once it is quiet.

Prints one row per edit (median and worst over the trials) and the reference times.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from run import make_project, work_folder  # noqa: E402

EDITS = ("add", "change", "sidecar", "remove")
BUILD_STARTED = "Building documentation..."
BUILD_DONE = re.compile(r"Documentation built in ([0-9.]+) seconds")
RELOADED = "Reloading browsers"
QUIET = 2.0  # s without a new log line: the server is idle again (MkDocs polls every 0.5 s)
TIMEOUT = 180.0  # s for one edit to show; a full build at 1,000 takes 10-30 s here
POLL = 0.02  # s between two requests while waiting


@dataclass
class Timing:
    article: float | None = None
    home: float | None = None
    reload: float | None = None
    builds: int = 0
    cpu: float = 0.0  # CPU seconds the server spent on the edit: its time on an idle machine


@dataclass
class Results:
    rows: dict[str, list[Timing]] = field(default_factory=lambda: {e: [] for e in EDITS})
    build_seconds: list[float] = field(default_factory=list)
    reference: dict[str, float] = field(default_factory=dict)
    first_build: float = 0.0


# --- the seed an editor drops in ---------------------------------------------------------


def new_seed(trial: int) -> tuple[str, str, str]:
    """A seed dated after every synthetic one (they end in 2024), its headline and a word
    of its lede that no other seed has."""
    headline = f"Allies open bench round {trial + 1} of cost-sharing talks in Seoul"
    token = f"benchlede{trial + 1}"
    day = 10 + trial
    text = (
        f"{headline}\n\nPosted on : 2026-11-{day} 09:30 KST\n\n"
        # The token early in the lede: the home page prints only the lede's first words.
        f"South Korea and the United States opened the {token} session of talks on sharing "
        f"the cost of stationing American troops in Korea in Seoul on Tuesday, the Foreign "
        f"Ministry said.\n\n"
        "Negotiators discussed the level of Seoul's contribution for next year and agreed to "
        "meet again within weeks, officials said after the two-day meeting ended.\n"
    )
    return text, headline, token


# --- HTTP ----------------------------------------------------------------------------------


def fetch(url: str, timeout: float = 5) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return 0, ""


def wait_until(check, started: float, deadline: float) -> float | None:
    """Seconds from started until check() is true, or None at the deadline."""
    while time.perf_counter() < deadline:
        if check():
            return time.perf_counter() - started
        time.sleep(POLL)
    return None


class ReloadWatch(threading.Thread):
    """What an open tab does: long-polls /livereload/<epoch>/<id> and notes when the server
    answers with a newer epoch (the tab would then reload)."""

    def __init__(self, base: str, epoch: str, started: float):
        super().__init__(daemon=True)
        self.url = f"{base}livereload/{epoch}/1"
        self.epoch, self.started, self.seconds = float(epoch), started, None

    def run(self) -> None:
        deadline = self.started + TIMEOUT
        while time.perf_counter() < deadline:
            status, body = fetch(self.url, timeout=65)
            try:
                newer = status == 200 and float(body) > self.epoch
            except ValueError:
                newer = False
            if newer:
                self.seconds = time.perf_counter() - self.started
                return
            if status != 200:
                time.sleep(POLL)


def live_epoch(page: str) -> str | None:
    found = re.search(r"livereload\(([0-9.]+),\s*\d+\)", page)
    return found.group(1) if found else None


# --- the server and its log ---------------------------------------------------------------


class Serve:
    def __init__(self, project: Path, port: int, flags: list[str]):
        self.project, self.base = project, f"http://127.0.0.1:{port}/"
        self.log_path = project / "serve.log"
        self.log = open(self.log_path, "w", encoding="utf-8")
        cmd = [sys.executable, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"]
        self.proc = subprocess.Popen(
            cmd,
            cwd=project,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )

    def text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def builds(self) -> int:
        return self.text().count(BUILD_STARTED)

    def settle(self) -> None:
        """Wait until every build started has finished and the log has been quiet a while."""
        last, since = None, time.perf_counter()
        deadline = since + TIMEOUT
        while time.perf_counter() < deadline:
            self.alive()
            text = self.text()
            if text != last:
                last, since = text, time.perf_counter()
            # One "Reloading browsers" or error per rebuild; the first build has neither.
            # (MkDocs drops a log line that repeats the one before, so "built in" can't count.)
            done = 1 + text.count(RELOADED) + text.count("An error happened during")
            if done >= text.count(BUILD_STARTED) and time.perf_counter() - since >= QUIET:
                return
            time.sleep(0.1)
        raise SystemExit("bench-serve: the server never went quiet\n" + self.text()[-3000:])

    def cpu(self) -> float:
        """User + system seconds of the server process so far (Linux /proc)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def alive(self) -> None:
        if self.proc.poll() is not None:
            raise SystemExit(f"bench-serve: mkdocs serve exited:\n{self.text()[-3000:]}")

    def stop(self) -> None:
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
            if self.proc.poll() is not None:
                break
            os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                continue
        self.log.close()


# --- one edit -----------------------------------------------------------------------------


def timed_edit(server: Serve, write, article_ok, home_ok) -> Timing:
    """Make the edit, then wait for the article URL, the home page and the reload."""
    server.settle()
    _, page = fetch(server.base)
    epoch = live_epoch(page)
    before, cpu = server.builds(), server.cpu()
    started = time.perf_counter()
    watch = ReloadWatch(server.base, epoch, started) if epoch else None
    if watch:
        watch.start()
    write()
    deadline = started + TIMEOUT
    timing = Timing()
    timing.article = wait_until(article_ok, started, deadline)
    timing.home = wait_until(home_ok, started, deadline)
    if watch:
        watch.join(max(0.0, deadline - time.perf_counter()))
        timing.reload = watch.seconds
    server.settle()
    timing.builds, timing.cpu = server.builds() - before, server.cpu() - cpu
    return timing


def new_article(docs: Path, known: set[str], headline: str, base: str):
    """The URL of the article page that appears in docs/articles/, once it does."""
    found: list[str] = []

    def url() -> str | None:
        if not found:
            fresh = sorted(set(os.listdir(docs / "articles")) - known)
            if fresh:
                found.append(f"{base}articles/{fresh[0][:-3]}/")
        return found[0] if found else None

    return url


def trial(server: Serve, k: int, results: Results) -> None:
    seeds, docs, base = server.project / "seeds", server.project / "docs", server.base
    text, headline, token = new_seed(k)
    seed = seeds / f"zz_bench_{k}.txt"
    sidecar = seed.with_suffix(".yml")
    known = set(os.listdir(docs / "articles"))
    url = new_article(docs, known, headline, base)
    outlet = f"Bench Wire {k + 1}"

    def shows(where, words):
        def check():
            address = url() if where == "article" else base
            if address is None:
                return False
            status, page = fetch(address)
            return status == 200 and all(w in page for w in words)

        return check

    def gone_from_article():
        return url() is not None and fetch(url())[0] == 404

    def gone_from_home():
        status, page = fetch(base)
        return status == 200 and headline not in page

    changed = text.replace(f"{token} session", f"{token} session and its {token}x follow-up")
    edits = {
        "add": (
            lambda: seed.write_text(text, encoding="utf-8"),
            shows("article", [headline]),
            shows("home", [headline]),
        ),
        "change": (
            lambda: seed.write_text(changed, encoding="utf-8"),
            shows("article", [f"{token}x"]),
            shows("home", [f"{token}x"]),
        ),
        "sidecar": (
            lambda: sidecar.write_text(f"source: {outlet}\n", encoding="utf-8"),
            shows("article", [outlet]),
            shows("home", [outlet]),
        ),
        "remove": (
            lambda: (seed.unlink(), sidecar.unlink()),
            gone_from_article,
            gone_from_home,
        ),
    }
    for name in EDITS:
        timing = timed_edit(server, *edits[name])
        results.rows[name].append(timing)
        print(f"  trial {k + 1} {name:8} {describe(timing)}", flush=True)


def describe(t: Timing) -> str:
    return (
        f"article {seconds(t.article)}  home {seconds(t.home)}  "
        f"reload {seconds(t.reload)}  builds {t.builds}  server CPU {t.cpu:.2f} s"
    )


def seconds(value: float | None) -> str:
    return "timeout" if value is None else f"{value:.2f} s"


# --- reference builds ---------------------------------------------------------------------


def reference(project: Path) -> dict[str, float]:
    """`mkdocs build` of the whole site, then `mkdocs build --dirty` after one seed changed:
    wall seconds of each process and what MkDocs says the build took."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = [sys.executable, "-m", "generator"]
    subprocess.run(run, cwd=project, env=env, capture_output=True, check=True)
    times = {}
    for name, flags in (("mkdocs build", []), ("mkdocs build --dirty", ["--dirty"])):
        if flags:
            txt = sorted((project / "seeds").glob("*.txt"))
            seed = txt[len(txt) // 2]
            seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", "utf-8")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", *flags, "-d", "site"],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"bench-serve: {name} failed:\n{done.stderr[-3000:]}")
        said = BUILD_DONE.search(done.stderr)
        times[name] = wall
        times[f"{name} (MkDocs' own count)"] = float(said.group(1)) if said else float("nan")
    shutil.rmtree(project / "site", ignore_errors=True)
    return times


# --- the table ----------------------------------------------------------------------------


def table(results: Results, n: int, flags: list[str]) -> str:
    def stats(values: list[float | None]) -> str:
        if any(v is None for v in values):
            return "timeout"
        return f"{statistics.median(values):.2f} / {max(values):.2f}"

    trials = len(results.rows["add"])
    lines = [
        f"mkdocs serve {' '.join(flags)} at N={n}, {trials} trials, median / worst seconds "
        "from the file write",
        "",
        "| edit | article URL | home page | tab told to reload | server CPU | builds per edit |",
        "|---|---|---|---|---|---|",
    ]
    for name in EDITS:
        rows = results.rows[name]
        builds = sorted({t.builds for t in rows})
        lines.append(
            f"| {name} | {stats([t.article for t in rows])} | {stats([t.home for t in rows])} "
            f"| {stats([t.reload for t in rows])} | {stats([t.cpu for t in rows])} "
            f"| {', '.join(map(str, builds))} |"
        )
    lines.append("")
    if results.build_seconds:
        median = statistics.median(results.build_seconds)
        lines.append(
            f"MkDocs' own count per rebuild (where logged): median {median:.2f} s; "
            f"first build {results.first_build:.2f} s"
        )
    for name, value in results.reference.items():
        lines.append(f"reference: {name}: {value:.2f} s")
    lines.append(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--flags", default="", help="mkdocs serve flags (make serve's)")
    parser.add_argument("--keep", type=Path, help="build the project here and keep it")
    parser.add_argument("--no-reference", action="store_true", help="skip the reference builds")
    args = parser.parse_args(argv)
    flags = shlex.split(args.flags)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="serve-", dir=work_folder()))
    project = make_project(folder, args.n)
    results = Results()
    try:
        if not args.no_reference:
            print("reference builds ...", flush=True)
            results.reference = reference(project)
        print(f"mkdocs serve {' '.join(flags)} on {args.n} seeds ...", flush=True)
        server = Serve(project, args.port, flags)
        try:
            started = time.perf_counter()
            if wait_until(lambda: fetch(server.base)[0] == 200, started, started + 600) is None:
                raise SystemExit("bench-serve: the server never answered\n" + server.text())
            server.settle()
            for k in range(args.trials):
                trial(server, k, results)
            built = [float(s) for s in BUILD_DONE.findall(server.text())]
            results.first_build, results.build_seconds = built[0], built[1:]
        finally:
            server.stop()
        print()
        print(table(results, args.n, flags))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
