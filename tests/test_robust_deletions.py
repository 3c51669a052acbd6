"""Deleting, renaming or retitling a seed leaves no stale page anywhere (docs/, site/,
`mkdocs serve`), and nothing ever rewrites a seed."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from conftest import make_project
from test_robust_support import REPO, article_text
from test_serve import stop_server

from generator.pipeline import build

GONE = "Allies open a round of talks that will later be deleted"
KEPT = "Allies close a round of talks whose seed is renamed"
RETITLED = "Allies close a round of talks under a corrected headline"


def _mentions(folder: Path, text: str) -> list[str]:
    """Files under folder whose bytes hold text (as UTF-8, or JSON-escaped)."""
    needles = [text.encode(), text.encode("unicode_escape")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix != ".gz" and any(n in path.read_bytes() for n in needles):
            found.append(path.relative_to(folder).as_posix())
    return sorted(found)


def _seed_files(seeds: Path) -> None:
    (seeds / "200_gone.txt").write_text(
        article_text(GONE, "This paragraph exists only in the seed that goes.")
    )
    (seeds / "201_kept.txt").write_text(
        article_text(KEPT, "This paragraph exists only in the renamed seed.")
    )


def test_docs_keep_no_page_of_a_deleted_renamed_or_retitled_seed(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    _seed_files(seeds)
    build(seeds, docs)
    assert _mentions(docs, GONE) and _mentions(docs, KEPT)

    (seeds / "200_gone.txt").unlink()
    (seeds / "201_kept.txt").rename(seeds / "301 kept, renamed.txt")
    build(seeds, docs)
    assert _mentions(docs, GONE) == []
    pages = list((docs / "articles").glob("*.md"))
    assert len(pages) == 1 and "seeds/301 kept, renamed.txt" in pages[0].read_text(encoding="utf-8")

    path = seeds / "301 kept, renamed.txt"
    path.write_text(path.read_text().replace(KEPT, RETITLED))
    build(seeds, docs)
    assert _mentions(docs, KEPT) == [] and _mentions(docs, RETITLED)
    slug = "allies-close-a-round-of-talks-under-a-corrected-headline"
    published = {
        p.relative_to(docs).as_posix()
        for folder in ("articles", "raw")
        for p in (docs / folder).iterdir()
    }
    assert published == {f"articles/{slug}.md", f"raw/{slug}.txt"}


def test_site_keeps_no_page_of_a_deleted_seed(tmp_path, run_mkdocs):
    project = make_project(tmp_path / "project")
    _seed_files(project / "seeds")
    assert run_mkdocs(project, strict=True).returncode == 0
    site = project / "site"
    assert _mentions(site, GONE)
    (project / "seeds" / "200_gone.txt").unlink()
    built = run_mkdocs(project, strict=True)
    assert built.returncode == 0, built.stderr
    assert _mentions(site, GONE) == []
    assert _mentions(project / "docs", GONE) == []


def _checksums(folder: Path) -> dict[str, tuple[str, int, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_seeds_are_never_rewritten(tmp_path, run_mkdocs):
    project = make_project(tmp_path / "project")
    seeds = project / "seeds"
    extra = {
        "210 odd name ü.txt": article_text(KEPT).replace("\n", "\r\n").encode("utf-16"),
        "211_empty.txt": b"",
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
        "212_pinned.yml": b"round: [broken\n",
        "212_pinned.txt": "\ufeff".encode() + article_text(GONE).encode(),
    }
    for name, raw in extra.items():
        (seeds / name).write_bytes(raw)
    before = _checksums(seeds)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cli = subprocess.run(
        [sys.executable, "-m", "generator"], cwd=project, env=env, capture_output=True, timeout=120
    )
    assert cli.returncode == 0, cli.stderr
    for _ in range(2):  # cold, then warm
        assert run_mkdocs(project, strict=False).returncode == 0
    assert _checksums(seeds) == before
    # The published raw copies are the seeds' bytes, or for a seed that is not UTF-8 (the
    # UTF-16 one here) its text re-encoded as UTF-8, so browsers show it readably.
    # 212 tells the same story as 210, so it is published once, from 210.
    published = {p.read_bytes() for p in (project / "docs" / "raw").iterdir()}
    utf16 = (seeds / "210 odd name ü.txt").read_bytes()
    as_utf8 = utf16.decode("utf-16").replace("\r\n", "\n").encode("utf-8")
    originals = {
        (seeds / n).read_bytes() for n in ("000_add4c825ff46f3cb.txt", "002_772cdbd89f3be6c6.txt")
    }
    assert published == originals | {as_utf8}


# --- mkdocs serve ------------------------------------------------------------------------------


def _status(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as err:
        return err.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return 0, ""


def _until(check, what: str, server: subprocess.Popen, log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, (
            f"mkdocs serve exited while waiting for {what}:\n{log.read_text()}"
        )
        if check():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}\n--- serve log ---\n{log.read_text()}")


def test_serve_drops_pages_of_deleted_and_retitled_seeds(tmp_path, project_python, port):
    project = make_project(tmp_path / "project")
    seeds = project / "seeds"
    _seed_files(seeds)
    base = f"http://127.0.0.1:{port}/"
    gone_url = base + "articles/allies-open-a-round-of-talks-that-will-later-be-deleted/"
    kept_url = base + "articles/allies-close-a-round-of-talks-whose-seed-is-renamed/"
    new_url = base + "articles/allies-close-a-round-of-talks-under-a-corrected-headline/"
    log = project / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen(
            [project_python, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        _until(
            lambda: _status(gone_url)[0] == 200 and _status(kept_url)[0] == 200,
            "both pages",
            server,
            log,
            60,
        )

        (seeds / "200_gone.txt").unlink()
        _until(
            lambda: _status(gone_url)[0] == 404 and GONE not in _status(base)[1],
            "the deleted page to go",
            server,
            log,
        )
        path = seeds / "201_kept.txt"
        path.write_text(path.read_text().replace(KEPT, RETITLED))
        _until(
            lambda: _status(new_url)[0] == 200 and _status(kept_url)[0] == 404,
            "the retitled page to move",
            server,
            log,
        )
        assert KEPT not in _status(base)[1] and GONE not in _status(base + "timeline/")[1]
    finally:
        stop_server(server)
