"""Shared fixtures: a throwaway copy of the project, real MkDocs builds,
a local HTTP server for a built site, and the Chromium the browser tests drive."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from playwright.sync_api import expect

# `make test` (and so CI) replays the same property examples every run, so a red
# build always names a reproducible input; `make fuzz` explores new ones.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# Search runs lunr (English + Korean) in a web worker: on a loaded 2-core machine the
# first results can take several seconds, so browser assertions wait up to 20 s.
expect.set_options(timeout=20_000)

REPO = Path(__file__).resolve().parent.parent
GENERATED_MARK = "generator: news-digest"
MANIFEST = ".news-digest.json"  # the generator's list of the files it wrote

# Flags for a headless Chromium on a machine with no outside network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def venv_python() -> str:
    """The project's .venv interpreter, or the one running the tests."""
    candidate = REPO / ".venv" / "bin" / "python"
    return str(candidate) if candidate.exists() else sys.executable


def docs_output(docs: Path) -> dict[str, bytes]:
    """Every file the generator left in docs/, by relative path. The state file holds the
    files' stat (times, inode): machine state, not output."""
    from generator.write import STATE

    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != STATE
    }


# A short story of the talks, for tests about what stands above it (headline, byline, masthead).
TALKS_HEADLINE = "Allies fail to close cost-sharing deal in tenth round"
TALKS_STORY = [
    "Negotiators from the two allies ended three days of talks in Seoul on Thursday without "
    "settling how much Seoul should pay toward the upkeep of American troops, officials said.",
    "The delegations narrowed their differences on the length of the agreement but remained far "
    "apart on the total, according to a statement from the foreign ministry.",
    "The next round will be held in Washington next month, the ministry said, without giving a "
    "date, and both sides said they hoped to reach a deal before the end of the year.",
]

# The same talks told with a dateless lead of their own, for tests of what sits between the
# headline and the lead (deks, captions, credits).
TENTH_ROUND_LEAD = (
    "South Korea and the United States ended a tenth round of talks on sharing the cost of "
    "American troops without a deal, leaving Seoul's payment for next year unsettled."
)
TENTH_ROUND_STORY = [TENTH_ROUND_LEAD, *TALKS_STORY[1:]]

# A local story with no talks in it, for tests of the confidence of dates and titles.
COUNCIL_STORY = [
    "The city council voted on Monday to extend the late-night bus service through the "
    "winter, after months of complaints from shift workers who said the last buses left "
    "them stranded far from home.",
    "Council members said the extension would cost about two million dollars a year and "
    "would be paid for out of the transit reserve, which has grown faster than expected "
    "since the fare change last spring.",
    "Riders' groups welcomed the vote but said they would keep pressing for buses that run "
    "every fifteen minutes on the busiest routes, not every half hour as the plan allows.",
]

# A trade-talks story (round, venue, no money), for the blind sets' rule tests.
TRADE_HEADLINE = "Allies end fourth round of trade talks in Lisbon with car tariffs unsettled"
TRADE_STORY = [
    "Negotiators from the two countries ended a fourth round of talks on a trade deal in Lisbon "
    "on Friday without settling the tariff schedule for cars, officials said.",
    "The delegations agreed on chapters covering customs procedures and small businesses, "
    "according to a statement released by the trade ministry after the meeting.",
    "The fifth round will be held in the autumn, the ministry said, without giving a date.",
]


def page_fields(*parts: list[str]):
    """The metadata extracted from a page made of these groups of lines."""
    from generator.clean import clean
    from generator.extract import extract

    text = "\n".join(line for part in parts for line in part)
    meta, _ = extract(clean(text), "page.txt")
    return meta


def is_generated(path: Path) -> bool:
    """True for a page the generator wrote (its front matter carries the mark)."""
    if path.suffix != ".md":
        return False
    text = path.read_text(encoding="utf-8", errors="replace")
    if not text.startswith("---"):
        return False
    front = text.split("\n---", 1)[0]
    return any(line.strip() == GENERATED_MARK for line in front.splitlines())


def generated_files(docs: Path) -> set[str]:
    """Paths under docs/ that the generator's last run wrote, and its manifest."""
    manifest = docs / MANIFEST
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        listed = []
    return {MANIFEST, *(str(rel) for rel in listed)}


def make_project(dest: Path) -> Path:
    """Copy what a build needs into dest: config, hand-written docs, seeds, generator."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(REPO / "seeds", dest / "seeds")
    shutil.copytree(
        REPO / "generator",
        dest / "generator",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    docs = REPO / "docs"
    generated = generated_files(docs)
    for src in sorted(docs.rglob("*")):
        rel = src.relative_to(docs).as_posix()
        if not src.is_file() or rel in generated or is_generated(src):
            continue
        target = dest / "docs" / src.relative_to(docs)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    return dest


def mkdocs_build(
    project: Path,
    *,
    strict: bool = True,
    site: Path | None = None,
    env: dict | None = None,
    timeout: int = 120,
) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build` in project, into `site` (project/site by default)."""
    cmd = [venv_python(), "-m", "mkdocs", "build", "-d", str(site or project / "site")]
    if strict:
        cmd.append("--strict")
    return subprocess.run(
        cmd,
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """A Chromium to drive: $CHROMIUM, then one on PATH, then Playwright's own."""
    tried = []
    env = os.environ.get("CHROMIUM")
    if env:
        if Path(env).is_file() and os.access(env, os.X_OK):
            return env
        tried.append(f"$CHROMIUM={env} (not an executable file)")
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
        tried.append(f"{name} on PATH")
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            bundled = pw.chromium.executable_path
        if bundled and Path(bundled).is_file():
            return bundled
        tried.append(f"Playwright's bundled browser ({bundled})")
    except Exception as exc:  # no driver, or no browser registered
        tried.append(f"Playwright's bundled browser ({exc})")
    pytest.fail(
        "No Chromium found for the browser tests. Tried: "
        + "; ".join(tried)
        + ". Install Debian's package with `apt-get install -y chromium`, "
        "or point $CHROMIUM at a Chromium executable.",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def browser(chromium_path):
    """Headless Chromium driven by Playwright; Playwright downloads no browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=chromium_path,
            headless=True,
            args=CHROMIUM_ARGS,
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def new_project(tmp_path) -> Path:
    """A fresh copy of the project with no generated page in it."""
    return make_project(tmp_path / "project")


@pytest.fixture(scope="session")
def project_python() -> str:
    """The interpreter that has MkDocs and the project's requirements."""
    return venv_python()


@pytest.fixture
def port() -> int:
    """A loopback TCP port that was free a moment ago."""
    return free_port()


@pytest.fixture(scope="session")
def run_mkdocs():
    """The build function, for tests that build more than once."""
    return mkdocs_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """A strict MkDocs build of a fresh copy of the project; returns the site dir."""
    project = make_project(tmp_path_factory.mktemp("project"))
    result = mkdocs_build(project, strict=True)
    assert result.returncode == 0, (
        f"mkdocs build --strict failed ({result.returncode}):\n{result.stderr}"
    )
    return project / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output clean
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that navigates away mid-download drops its connection.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[str]:
    """folder served over HTTP on a random loopback port while the block runs: its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The built site served over HTTP on a random loopback port."""
    with serving(built_site) as url:
        yield url


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can tell a failure
    (the browser tests save a screenshot then)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def material_search(page, query: str, patience: float = 60.0):
    """Type a query into Material's header search and return the result items once some show.

    Material's search worker downloads and indexes the whole site first; on a loaded
    machine a query typed meanwhile can take long or be dropped, so it is typed again
    every few seconds until results appear (or `patience` seconds pass)."""
    import time

    box = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item")
    deadline = time.monotonic() + patience
    box.fill(query)
    while True:
        try:
            results.first.wait_for(timeout=5_000)
            return results
        except Exception:
            if time.monotonic() > deadline:
                raise
        box.press("End")  # type the last letter again: a fresh input event re-runs the query
        box.press("Backspace")
        box.type(query[-1])
