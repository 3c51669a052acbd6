"""Bytes a reader downloads per search with Pagefind: `make bench-search [N=1000]`.

python bench/search_bytes.py [--n 1000] [--keep DIR] [--query Q ...]

Builds N synthetic articles (bench/make_seeds.py) with NEWS_DIGEST_SEARCH=pagefind,
times Pagefind's indexing on its own (wall, CPU, peak memory; all parts, one Pagefind
run after another, as the build hook runs them), serves the site
from a local HTTP server that counts the bytes it sends, and searches from the
Search page in headless Chromium. Each query runs twice:

  cold   a fresh browser (empty cache) opens the Search page, waits until it is
         idle, then types the query: what the query itself fetched, engine included
  warm   one page kept open, which has already run a query ("agreement") and the
         queries above: only the index chunks and result fragments this query needed

The first row is what opening the Search page fetches from /pagefind/ (Pagefind's UI).

Counting on the server side sees every request, from the page or its workers.
Every part's bundle lives under /pagefind/ (pagefind/part-2/ ...), so all are counted.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from run import make_project, run_step, work_folder  # noqa: E402

from generator.mkdocs.search import PART_VARIABLE, part_count, part_size  # noqa: E402

QUERIES = [
    "Jeju",
    "Hawaii",
    "Honolulu",
    "방위비",
    "round",
]  # the synthetic seeds never say "Hawaii"
WARM_UP = "agreement"
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


@dataclass
class Tally:
    """What the server sent, as (path, bytes), in order."""

    sent: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def mark(self) -> int:
        with self.lock:
            return len(self.sent)

    def since(self, mark: int) -> list:
        with self.lock:
            return self.sent[mark:]


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        with self.server.tally.lock:
            self.server.tally.sent.append((self.path.split("?")[0], len(data)))

    def log_message(self, format, *args):
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_CountingHandler, directory=str(site))
    )
    server.daemon_threads = True
    server.tally = Tally()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def build_site(project: Path) -> tuple:
    env = {"NEWS_DIGEST_SEARCH": "pagefind", "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site"]
    site_step, _ = run_step("site build with Pagefind", cmd, project, env)
    index_step, _ = run_step("Pagefind indexing alone", [sys.executable, "-c", INDEX_ONLY], project)
    return site_step, index_step


# The hook's own indexing (every part) on the built site, in a process of its own.
INDEX_ONLY = (
    "from pathlib import Path; from generator.mkdocs.search import build_index; "
    "build_index(Path('site'))"
)


def chromium() -> str:
    found = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not found:
        raise SystemExit(
            "bench-search: no Chromium found; install Debian's `chromium` or set $CHROMIUM"
        )
    return found


def search(page, query: str) -> int:
    """Type the query into Pagefind's box; returns the number of results it reports."""
    box = page.get_by_role("textbox", name="Search the articles")
    box.fill(query)
    # Not "Searching for ...": the count, or "No results", once the search is done.
    done = re.compile(r"^([\d,]+ results?|No results) for " + re.escape(query) + "$")
    message = page.locator(".pagefind-ui__message").filter(has_text=done)
    message.wait_for(timeout=60_000)
    page.wait_for_load_state("networkidle")
    words = message.inner_text().split()
    count = words[0].replace(",", "")
    return int(count) if count.isdigit() else 0


def _pagefind(sent: list) -> tuple[int, int]:
    hits = [size for path, size in sent if "/pagefind/" in path]
    return len(hits), sum(hits)


def measure(url: str, tally: Tally, queries: list[str]) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium(), headless=True, args=CHROMIUM_ARGS)
        warm_page = browser.new_page()
        start = tally.mark()
        warm_page.goto(url + "search/", wait_until="networkidle")
        rows.append(
            {
                "query": "(opening the Search page)",
                "results": "",
                "page": _pagefind(tally.since(start)),
            }
        )
        search(
            warm_page, WARM_UP
        )  # loads the engine, so warm rows count index chunks and fragments only
        for query in queries:
            cold_page = browser.new_context().new_page()
            cold_page.goto(url + "search/", wait_until="networkidle")
            start = tally.mark()
            found = search(cold_page, query)
            cold = _pagefind(tally.since(start))
            cold_page.context.close()
            start = tally.mark()
            search(warm_page, query)
            warm = _pagefind(tally.since(start))
            rows.append(
                {
                    "query": query,
                    "results": found,
                    "cold_requests": cold[0],
                    "cold_bytes": cold[1],
                    "warm_requests": warm[0],
                    "warm_bytes": warm[1],
                }
            )
        browser.close()
    return rows


def bundle_size(site: Path) -> tuple[int, int]:
    files = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def table(n: int, rows: list[dict], steps: tuple, bundle: tuple[int, int]) -> str:
    site_step, index_step = steps
    lines = [
        f"news-digest bench-search: {n} synthetic articles, Pagefind",
        "",
        "| query | results | cold: requests | cold: KB | warm: requests | warm: KB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if "page" in r:
            lines.append(f"| {r['query']} | | {r['page'][0]} | {r['page'][1] / 1024:.0f} | | |")
            continue
        lines.append(
            f"| {r['query']} | {r['results']} | "
            f"{r['cold_requests']} | {r['cold_bytes'] / 1024:.0f} | "
            f"{r['warm_requests']} | {r['warm_bytes'] / 1024:.0f} |"
        )
    parts = part_count(n, part_size(os.environ.get(PART_VARIABLE)))
    lines += [
        "",
        f"index: {parts} part(s), {bundle[0]} files, "
        f"{bundle[1] / 1e6:.1f} MB on disk; Pagefind alone "
        f"{index_step.seconds:.1f} s wall, {index_step.cpu_seconds:.1f} s CPU, "
        f"peak {index_step.peak_process_mb:.0f} MB largest process; whole site build "
        f"{site_step.seconds:.1f} s (peak {site_step.peak_process_mb:.0f} MB largest process, "
        f"{site_step.peak_tree_mb:.0f} MB all processes)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Bytes fetched per Pagefind search on N synthetic articles."
    )
    ap.add_argument(
        "--n", type=int, default=1000, help="number of synthetic articles (default 1000)"
    )
    ap.add_argument(
        "--keep",
        type=Path,
        help="build the project here and keep it (default: a new folder in .bench/, removed)",
    )
    ap.add_argument(
        "--query", action="append", help=f"a query (repeatable; default {' '.join(QUERIES)})"
    )
    args = ap.parse_args(argv)
    os.environ.pop("NEWS_DIGEST_CACHE", None)
    root = args.keep or Path(tempfile.mkdtemp(prefix="search-", dir=work_folder()))
    try:
        project = make_project(root, args.n)
        steps = build_site(project)
        server, url = serve(project / "site")
        try:
            rows = measure(url, server.tally, args.query or QUERIES)
        finally:
            server.shutdown()
        print(table(args.n, rows, steps, bundle_size(project / "site")))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
