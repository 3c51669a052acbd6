"""Under `make serve` (serve --dirty) live.py keeps, between rebuilds, the File made for each
path under docs/, each page's full address, and within one build each file's answer to "is
the source newer than the HTML?". A rebuild must still see every added, changed and removed
file: the kept file list must be MkDocs' own after each change, and the served site the
site a full build makes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from conftest import free_port, venv_python
from mkdocs.commands import build as build_module
from mkdocs.config import load_config
from mkdocs.structure import files as files_module
from test_serve import SERVE_FLAGS, _fetch, _quiet, _wait_for, start_server, stop_server

from generator.mkdocs import live

CONFIG = """\
site_name: Files kept
use_directory_urls: {urls}
site_url: http://127.0.0.1:8000/
nav:
  - index.md
not_in_nav: |
  /notes/
exclude_docs: |
  /drafts/
"""


@pytest.fixture
def serving(monkeypatch):
    """The serve-only patches switched on as the hook does under `serve --dirty`, and off
    (their memory emptied) afterwards; the patches stay installed but answer as MkDocs."""
    monkeypatch.setitem(live._STATE, "serve", True)
    monkeypatch.setitem(live._STATE, "dirty", True)
    live._keep_docs_files()
    live._keep_modified_answers()
    live._keep_canonical_urls()
    yield
    live._DOCS_FILES.update(key=None, known={})
    live._CANONICAL.clear()


def small_project(root: Path, urls: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(CONFIG.format(urls=str(urls).lower()), encoding="utf-8")
    for rel in ("index.md", "about.md", "notes/a.md", "notes/b.md", "drafts/d.md", ".hidden.md"):
        write(root / "docs" / rel, f"# {rel}\n")
    (root / "docs" / "img").mkdir()
    (root / "docs" / "img" / "x.png").write_bytes(b"\x89PNG")
    return root


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def config_of(root: Path):
    return load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(root / "site"))


def described(files) -> list[tuple]:
    return [
        (f.src_uri, f.dest_uri, f.url, f.abs_src_path, f.abs_dest_path, f.inclusion, f.page)
        for f in files
    ]


def test_the_kept_file_list_is_mkdocs_own_after_each_change(tmp_path, serving):
    root = small_project(tmp_path)
    docs = root / "docs"
    edits = [
        ("nothing", lambda: None),
        ("add", lambda: (write(docs / "notes" / "c.md", "# c\n"), write(docs / "img/y.png", "y"))),
        ("remove", lambda: (docs / "about.md").unlink()),
        ("rename", lambda: (docs / "notes" / "a.md").rename(docs / "notes" / "z.md")),
        ("change", lambda: write(docs / "notes" / "b.md", "# b, changed\n")),
        ("new folder", lambda: write(docs / "sub" / "deep" / "e.md", "# e\n")),
        (
            "README beside index",
            lambda: (write(docs / "sub/index.md", "i"), write(docs / "sub/README.md", "r")),
        ),
        ("README gone", lambda: (docs / "sub" / "README.md").unlink()),
    ]
    config, before = config_of(root), []
    for name, edit in edits:
        edit()
        kept = build_module.get_files(config)  # live.py's, as a serve rebuild calls it
        assert described(kept) == described(files_module.get_files(config)), name
        for file in kept.documentation_pages():
            assert file.content_string == Path(file.abs_src_path).read_text("utf-8"), name
        assert not {id(f) for f in kept} & {id(f) for f in before}, name  # new each build
        before = list(kept)
    # A config whose URLs differ: the files kept for the old one are not used.
    config = config_of(small_project(tmp_path / "other", urls=False))
    assert described(build_module.get_files(config)) == described(files_module.get_files(config))


def test_a_file_answers_once_per_build_and_afresh_in_the_next(tmp_path, serving):
    root = small_project(tmp_path)
    config = config_of(root)
    build_module.build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
    files = build_module.get_files(config)
    about = files.get_file_from_path("about.md")
    assert not any(f.is_modified() for f in files.documentation_pages())
    source = Path(about.abs_src_path)
    later = time.time() + 10  # newer than its HTML whatever the file system's clock step
    os.utime(source, (later, later))
    assert not about.is_modified()  # this build's answer, asked before the change
    files = build_module.get_files(config)  # the next build asks afresh
    modified = {f.src_uri for f in files.documentation_pages() if f.is_modified()}
    assert modified == {"about.md"}
    index = files.get_file_from_path("index.md")
    assert not index.is_modified()
    live.render_again(index)  # as neighbours.py does for a page whose neighbours moved
    assert index.is_modified()


def test_page_addresses_are_mkdocs_own(tmp_path, serving):
    from mkdocs.structure.pages import Page

    config = config_of(small_project(tmp_path))
    for base in ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/sub", None):
        config.site_url = base
        for file in build_module.get_files(config).documentation_pages():
            kept = Page(None, file, config)
            live._STATE["serve"] = False
            plain = Page(None, file, config)
            live._STATE["serve"] = True
            assert (kept.canonical_url, kept.abs_url) == (plain.canonical_url, plain.abs_url)


# --- the served site against a full build --------------------------------------------------

LIVE_SCRIPT = re.compile(rb"<script>\s*var livereload = function.*?</script>", re.S)


def served_matches_full_build(project: Path, base: str, after: str) -> None:
    """Every page of a full build (same site_url as serve's) is served with the same bytes,
    and nothing the full build lacks is served among the pages serve built."""
    site = project / "site-reference"
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [venv_python(), "-m", "mkdocs", "build", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        url = base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        with_script = _fetch_bytes(url)
        assert with_script is not None, (after, rel)
        assert LIVE_SCRIPT.sub(b"", with_script) == page.read_bytes(), (after, rel)
    assert _fetch_bytes(base + "sitemap.xml") == (site / "sitemap.xml").read_bytes(), after
    index = "search/search_index.json"
    served_index = json.loads(_fetch_bytes(base + index) or b"{}")
    assert served_index == json.loads((site / index).read_bytes()), after


def _fetch_bytes(url: str) -> bytes | None:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read()
    except OSError:
        return None


def test_each_serve_rebuild_serves_the_site_a_full_build_makes(new_project):
    """Hand-written pages added, changed and removed and a seed added under `serve --dirty`:
    after each, every page a full build makes is served as that build makes it, and the
    removed page is gone."""
    docs, port = new_project / "docs", free_port()
    base = f"http://127.0.0.1:{port}/"
    extra = docs / "extra-page.md"
    seed = new_project / "seeds" / "001_0123456789abcdef.txt"
    original = (new_project / "seeds" / "000_add4c825ff46f3cb.txt").read_text("utf-8")
    seed_text = original.replace("\n", "\nA second seed, told apart by this line.\n", 1)
    server, log_path = start_server(new_project, venv_python(), port, *SERVE_FLAGS)
    try:
        _wait_for(lambda: _fetch(base), "the server to answer", server, 60)
        _quiet(log_path, server)
        edits = [
            ("add a page", lambda: extra.write_text("# Extra\n\nA hand-written page.\n")),
            ("change it", lambda: extra.write_text("# Extra\n\nIts text, changed.\n")),
            ("change about", lambda: (docs / "about.md").write_text("# About\n\nNew.\n")),
            ("add a seed", lambda: seed.write_text(seed_text, encoding="utf-8")),
            ("remove the page", lambda: extra.unlink()),
        ]
        for name, edit in edits:
            edit()
            time.sleep(0.5)  # past the settle wait: the build has started
            _quiet(log_path, server)
            served_matches_full_build(new_project, base, name)
        assert _fetch(base + "extra-page/") is None  # 404 once removed
    except AssertionError as exc:
        stop_server(server)
        raise AssertionError(f"{exc}\n--- mkdocs serve log ---\n{log_path.read_text()}") from None
    finally:
        stop_server(server)
