"""Odd files in seeds/: each becomes a correct page or a warning naming the file and the fix,
OS litter is skipped silently, the rest of the site builds, and the exit codes hold.

One seeds folder holds every case next to the two real seeds; the generator runs on it
once in-process and once per exit-code check as the CLI, and MkDocs builds it once.
"""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_robust_support import (
    REPO,
    STORY,
    article_text,
    korean_article_text,
    mkdocs_meta,
    scan,
    site_markdown,
    split_front_matter,
)

from generator.pipeline import build


@dataclass(frozen=True)
class Case:
    name: str
    raw: bytes
    outcome: str  # "page", "warning" or "ignored"
    says: tuple[str, ...] = ()  # for a warning: what it must say, besides the file name
    title: str | None = None  # for a page: its headline
    story: tuple[str, ...] = ()  # for a page: paragraphs it must show


def _extra(label: str) -> str:
    return (
        f"This copy of the report was filed for the {label} "
        f"check on the same afternoon, editors said."
    )


def _page(name: str, title: str, raw_of, label: str, *, story=None) -> Case:
    extra = _extra(label)
    return Case(
        name,
        raw_of(article_text(title, extra)),
        "page",
        title=title,
        story=tuple(story or (*STORY, extra)),
    )


def _korean(name: str, title: str, encoding: str, label: str) -> Case:
    extra = f"이 기사는 {label} 점검을 위해 따로 저장했다."
    text = korean_article_text(title).rstrip("\n") + "\n" + extra + "\n"
    return Case(name, text.encode(encoding), "page", title=title)


def _big_article() -> Case:
    rng = random.Random(2019)
    words = (
        "delegation ministry troops alliance burden share "
        "costs talks meeting officials Seoul Washington"
    ).split()
    paragraphs = [
        f"Session {i} of the long record covered {' '.join(rng.choice(words) for _ in range(40))}, "
        f"and negotiators noted item {i * 7} for the minutes."
        for i in range(5000)
    ]
    text = "\n\n".join(
        [
            "Full record of every cost-sharing session released by the ministry",
            "Posted on : 2019-09-26 17:10 KST",
            *paragraphs,
        ]
    )
    assert 2_000_000 < len(text.encode()) < 2_500_000
    return Case(
        "big-record.txt",
        text.encode(),
        "page",
        ("MB", "published anyway"),
        title="Full record of every cost-sharing session released by the ministry",
        story=(paragraphs[0], paragraphs[2500], paragraphs[-1]),
    )


def _with_nbsp(text: str) -> bytes:
    # NBSP between words, a zero-width space inside a word and a soft hyphen: all invisible in a
    # browser
    return (
        text.replace("two days", "two\u00a0days")
        .replace("Foreign Ministry", "Foreign\u200b Ministry")
        .replace("upkeep", "up\u200bkeep")
        .replace("channels", "chan\u00adnels")
    ).encode()


NOISE = random.Random(7).randbytes(3000)
CASES = [
    Case("empty.txt", b"", "warning", ("is empty",)),
    Case("blank.txt", b"  \n\t\n \r\n   ", "warning", ("is empty", "blank")),
    Case("noise.bin", NOISE, "warning", ("cannot be read",)),
    Case("noise-without-nul.dat", bytes(b for b in NOISE if b), "warning", ("cannot be read",)),
    Case(
        "photo.png", b"\x89PNG\r\n\x1a\n" + NOISE, "warning", ("PNG image", "move it out of seeds/")
    ),
    Case("scan.pdf", b"%PDF-1.7\n" + NOISE, "warning", ("PDF document", "copy the article text")),
    Case("pasted-clipping", b"\xff\xd8\xff\xe0" + NOISE, "warning", ("JPEG image",)),
    Case(
        "saved page.html",
        b"<html><body><h1>Talks</h1></body></html>",
        "warning",
        ("saved web page", "not an article"),
    ),
    Case(
        "chrome-only.txt",
        "\n".join(
            [
                "Home | World | Politics",
                "Share",
                "Print",
                "Back To Top",
                "Advertisement",
                "Copyright © 2019 Example Daily. All rights reserved.",
            ]
        ).encode(),
        "warning",
        ("no story text", "page chrome", "share-bar"),
    ),
    Case(
        "one-line-headline.txt",
        b"Allies end cost-sharing talks without a deal\n",
        "warning",
        ("headline", "no story text"),
    ),
    Case(".DS_Store", b"\x00\x00\x00\x01Bud1" + NOISE, "ignored"),
    Case("Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + NOISE, "ignored"),
    Case("desktop.ini", b"[.ShellClassInfo]\r\nIconResource=C:\\x.ico,0\r\n", "ignored"),
    Case("~$draft-notes.docx", b"\x05Kim  " + NOISE[:100], "ignored"),
    Case(".talks.txt.swp", b"b0VIM 9.0" + NOISE, "ignored"),
    Case(
        "talks.txt~",
        article_text("Backup copy an editor left behind by accident").encode(),
        "ignored",
    ),
    Case(
        "#talks.txt#",
        article_text("Autosave copy an editor left behind by accident").encode(),
        "ignored",
    ),
    _page(
        "utf16-bom.txt",
        "Allies hold talks saved by Notepad as UTF-16",
        lambda t: t.encode("utf-16"),
        "UTF-16",
    ),
    _page(
        "utf16le-no-bom.txt",
        "Allies hold talks saved as UTF-16 with no mark",
        lambda t: t.encode("utf-16-le"),
        "UTF-16 LE",
    ),
    _korean(
        "cp949-korean.txt",
        "한미 방위비 분담금 협상 1차 회의 마무리 (완성형 인코딩)",
        "cp949",
        "cp949",
    ),
    _korean(
        "utf16-korean.txt",
        "한미 방위비 분담금 협상 1차 회의 마무리 (UTF-16 저장)",
        "utf-16-le",
        "UTF-16",
    ),
    _page(
        "bom.txt",
        "Allies hold talks saved with a byte-order mark",
        lambda t: t.encode("utf-8-sig"),
        "BOM",
    ),
    _page(
        "crlf.txt",
        "Allies hold talks saved with Windows line ends",
        lambda t: t.replace("\n", "\r\n").encode(),
        "CRLF",
    ),
    _page(
        "old-mac-cr.txt",
        "Allies hold talks saved with old Mac line ends",
        lambda t: t.replace("\n", "\r").encode(),
        "CR",
    ),
    _page("nbsp.txt", "Allies hold talks pasted with invisible characters", _with_nbsp, "NBSP"),
    Case(
        "one-line-story.txt",
        (
            b"Negotiators from Seoul and Washington ended a second day of talks on Thursday "
            b"without agreeing how much South Korea should pay toward the upkeep of the American "
            b"troops, the Foreign Ministry said in a short statement.\n"
        ),
        "page",
        ("no headline",),
        title=None,
    ),
    _page(
        "file with spaces ü 한국 (2).txt",
        "Allies hold talks from a file with an unusual name",
        lambda t: t.encode(),
        "file-name",
    ),
    _big_article(),
]
PAGES = [c for c in CASES if c.outcome == "page"]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("project") / "seeds"
    folder.mkdir()
    for source in (REPO / "seeds").iterdir():
        (folder / source.name).write_bytes(source.read_bytes())
    for case in CASES:
        (folder / case.name).write_bytes(case.raw)
    return folder


@pytest.fixture(scope="module")
def result(seeds):
    return build(seeds, seeds.parent / "docs")


def _page_of(result, name: str):
    found = [a for a in result.articles if a.seed.name == name]
    assert len(found) == 1, f"{name}: no page; warnings: {[str(w) for w in result.warnings]}"
    return found[0]


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "warning"], ids=lambda c: c.name)
def test_bad_file_gives_a_warning_naming_it_and_no_page(result, case):
    warnings = [str(w) for w in result.warnings if w.seed == case.name]
    assert len(warnings) == 1, [str(w) for w in result.warnings]
    for phrase in case.says:
        assert phrase in warnings[0], warnings[0]
    assert warnings[0].startswith(case.name + ": ")
    assert all(a.seed.name != case.name for a in result.articles)


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "ignored"], ids=lambda c: c.name)
def test_os_litter_is_skipped_silently(result, case):
    assert not [str(w) for w in result.warnings if case.name in str(w)]
    assert all(a.seed.name != case.name for a in result.articles)


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c.name)
def test_odd_file_becomes_a_correct_page(result, seeds, case):
    article = _page_of(result, case.name)
    page = (seeds.parent / "docs" / "articles" / f"{article.slug}.md").read_text(encoding="utf-8")
    meta, body = split_front_matter(page)
    assert meta["title"] == case.title
    assert mkdocs_meta(page)["title"] == case.title
    assert meta["seed"].endswith("seeds/" + case.name)
    text = scan(site_markdown(body)).text
    if case.title:
        assert text.startswith(case.title), text[:200]
    for paragraph in case.story:
        assert paragraph in text
    for paragraph in article.cleaned.paragraphs:
        assert paragraph in text
        assert not set(paragraph) & {"\ufeff", "\u200b", "\u00ad", "\u00a0", "\r"}, repr(paragraph)
    warnings = [str(w) for w in result.warnings if w.seed == case.name]
    assert all(any(phrase in w for w in warnings) for phrase in case.says), warnings
    if not case.says:
        assert warnings == []


def test_encodings_give_the_same_story_as_utf8(result):
    """The UTF-16, BOM, CRLF, CR and NBSP copies read back to the very paragraphs of the UTF-8
    text."""
    for name in (
        "utf16-bom.txt",
        "utf16le-no-bom.txt",
        "bom.txt",
        "crlf.txt",
        "old-mac-cr.txt",
        "nbsp.txt",
    ):
        case = next(c for c in CASES if c.name == name)
        assert tuple(_page_of(result, name).cleaned.paragraphs) == case.story, name
    korean = [
        _page_of(result, n).cleaned.paragraphs for n in ("cp949-korean.txt", "utf16-korean.txt")
    ]
    for paragraphs in korean:
        assert paragraphs[:3] == [
            " ".join(p.split()) for p in korean_article_text().splitlines()[3:6]
        ]


def test_every_good_seed_still_published(result):
    names = {a.seed.name for a in result.articles}
    assert {"000_add4c825ff46f3cb.txt", "002_772cdbd89f3be6c6.txt"} <= names
    assert names == {
        "000_add4c825ff46f3cb.txt",
        "002_772cdbd89f3be6c6.txt",
        *(c.name for c in PAGES),
    }


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
        timeout=120,
    )


def test_exit_codes(seeds, tmp_path):
    project = seeds.parent
    plain = _cli("--docs", str(tmp_path / "a"), cwd=project)
    assert plain.returncode == 0, plain.stderr
    warned = {
        line.split(":", 2)[1].strip()
        for line in plain.stderr.splitlines()
        if line.startswith("warning: ")
    }
    assert warned >= {c.name for c in CASES if c.outcome == "warning"}
    assert not warned & {c.name for c in CASES if c.outcome == "ignored"}

    strict = _cli("--strict", "--docs", str(tmp_path / "b"), cwd=project)
    assert strict.returncode == 1 and "--strict" in strict.stderr
    assert (
        len(list((tmp_path / "b" / "articles").glob("*.md"))) == len(PAGES) + 2
    )  # pages written all the same

    (tmp_path / "clean").mkdir()
    for name in (
        "000_add4c825ff46f3cb.txt",
        "002_772cdbd89f3be6c6.txt",
        "002_772cdbd89f3be6c6.yml",
        ".DS_Store",
    ):
        (tmp_path / "clean" / name).write_bytes((seeds / name).read_bytes())
    clean = _cli(
        "--strict", "--seeds", str(tmp_path / "clean"), "--docs", str(tmp_path / "c"), cwd=project
    )
    assert clean.returncode == 0, clean.stderr  # litter alone does not fail --strict

    for usage in (
        ["--no-such-option"],
        ["--seeds", str(tmp_path / "missing")],
        ["--seeds", str(seeds / "bom.txt")],
        ["--docs", str(seeds / "bom.txt")],
    ):
        proc = _cli("--docs", str(tmp_path / "d"), *usage, cwd=project)
        assert proc.returncode == 2, (usage, proc.stderr)
        assert proc.stderr.strip()


def test_mkdocs_builds_the_rest_of_the_site(seeds, tmp_path, run_mkdocs):
    from conftest import make_project

    project = make_project(tmp_path / "site-project")
    for path in seeds.iterdir():
        (project / "seeds" / path.name).write_bytes(path.read_bytes())
    built = run_mkdocs(project, strict=False)
    assert built.returncode == 0, built.stderr
    for case in (c for c in CASES if c.outcome == "warning"):
        assert case.name in built.stderr
    pages = list((project / "site" / "articles").glob("*/index.html"))
    assert len(pages) == len(PAGES) + 2


def test_a_generator_bug_on_one_seed_is_a_warning_not_a_failed_build(tmp_path, monkeypatch):
    """Should one odd seed trip a bug in an extractor, that seed is named and skipped; the rest
    publish."""
    import generator.extract as extractor

    real = extractor.extract

    def extract(cleaned, seed_name):
        if seed_name == "trips-a-bug.txt":
            raise IndexError("list index out of range")
        return real(cleaned, seed_name)

    monkeypatch.setattr(extractor, "extract", extract)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "trips-a-bug.txt").write_text(
        article_text("A story the extractor stumbles over", "Its own line.")
    )
    (seeds / "fine.txt").write_text(
        article_text("A story the extractor reads well", "Another line.")
    )
    result = build(seeds, tmp_path / "docs", workers=1)
    assert [a.seed.name for a in result.articles] == ["fine.txt"]
    assert [str(w) for w in result.warnings] == [
        "trips-a-bug.txt: could not be processed (IndexError: list index out of range); skipped "
        "(a bug in the generator: please report it with this file)"
    ]
