"""live.py keeps a dirty build's answer to "is this page's Markdown newer than its HTML?"
for the rest of that build: the answer must be MkDocs' own, asked again in the next build,
and asked again once neighbours.py has made a page's HTML older on purpose."""

from __future__ import annotations

import os

import pytest
from mkdocs.structure.files import File

from generator.mkdocs import live

ORIGINAL = File.is_modified


@pytest.fixture
def kept(monkeypatch):
    monkeypatch.setattr(File, "is_modified", ORIGINAL)  # put back after the test
    live._keep_modified_answers()
    live.new_build()


def _page(tmp_path) -> File:
    docs, site = tmp_path / "docs", tmp_path / "site"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n", encoding="utf-8")
    return File("a.md", str(docs), str(site), use_directory_urls=True)


def _stamp(path: str, seconds: int) -> None:
    os.utime(path, ns=(seconds * 10**9, seconds * 10**9))


def _built(page: File, seconds: int) -> None:
    os.makedirs(os.path.dirname(page.abs_dest_path), exist_ok=True)
    with open(page.abs_dest_path, "w", encoding="utf-8") as fh:
        fh.write("<p>A</p>")
    _stamp(page.abs_dest_path, seconds)


@pytest.mark.parametrize(
    "dest",
    ["missing", "older", "newer", "same", "folder"],
)
def test_the_answer_is_mkdocs_own(kept, tmp_path, dest):
    page = _page(tmp_path)
    _stamp(page.abs_src_path, 1000)
    if dest == "folder":
        os.makedirs(page.abs_dest_path)
    elif dest != "missing":
        _built(page, {"older": 500, "newer": 2000, "same": 1000}[dest])
    assert File.is_modified is not ORIGINAL
    assert page.is_modified() == ORIGINAL(page)


def test_kept_within_a_build_and_asked_again_in_the_next(kept, tmp_path):
    page = _page(tmp_path)
    _stamp(page.abs_src_path, 1000)
    _built(page, 2000)
    assert page.is_modified() is False
    _stamp(page.abs_src_path, 3000)  # not seen until the next build
    assert page.is_modified() is False
    live.new_build()
    assert page.is_modified() is True


def test_forgotten_when_the_html_is_made_older(kept, tmp_path):
    page = _page(tmp_path)
    _stamp(page.abs_src_path, 1000)
    _built(page, 2000)
    assert page.is_modified() is False
    os.utime(page.abs_dest_path, ns=(0, 0))  # what neighbours.py does to re-render a page
    live.forget_modified(page)
    assert page.is_modified() is True


def test_content_given_in_memory_is_always_modified(kept, tmp_path):
    page = _page(tmp_path)
    _stamp(page.abs_src_path, 1000)
    _built(page, 2000)
    page.content_string = "# B\n"
    assert page.is_modified() is True
