"""The audit: `--report` and docs/audit.md list every removed line with its rule, where each
field came from (extracted / pinned / missing) and how the bytes were decoded."""

from __future__ import annotations

import subprocess
from pathlib import Path

import markdown
import pytest
import yaml
from conftest import REPO, venv_python

ENGLISH = "\n".join(
    [
        "Menu | World | Asia | Business",
        "Japan, U.S. end third round of trade talks in Tokyo",
        "<script>alert(1)</script> | Home | Login",
        "Published : Jul 26, 2024 - 16:37",
        "",
        "TOKYO – Japan&#8217;s negotiators and U.S. "
        "officials wrapped up the third round of trade talks "
        "in Tokyo on Friday without a deal on tariffs, officials said.",
        "The two sides did not say when they would meet again, and tariffs of 2.5% on cars remain.",
        (
            "Kim Tong-hyung in Seoul contributed to this report, "
            "which also drew on Japanese government statements."
        ),
        "© 2024 Example Times. All rights reserved.",
    ]
)
KOREAN = "\n".join(
    [
        "한미, 방위비분담 4차 회의 제주서 개최…간극 못 좁혀",
        "송고시간2019-12-18 17:05",
        (
            "(제주=연합뉴스) 김민준 기자 = 한국과 미국은 18일 제주에서 "
            "4차 회의를 열었으나 이견을 좁히지 못했다고 외교부가 밝혔다."
        ),
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
    ]
)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit")
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / "tokyo.txt").write_text(ENGLISH, encoding="utf-8")
    (seeds / "tokyo.yml").write_text("author: [Pinned Editor]\n", encoding="utf-8")
    (seeds / "jeju.txt").write_bytes(KOREAN.encode("cp949"))
    proc = subprocess.run(
        [
            venv_python(),
            "-m",
            "generator",
            "--seeds",
            str(seeds),
            "--docs",
            str(root / "docs"),
            "--report",
            "--no-cache",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, (root / "docs" / "audit.md").read_text(encoding="utf-8")


def section(report: str, seed: str) -> str:
    return report.split(f"== {seed}", 1)[1].split("\n== ", 1)[0]


def test_report_lists_every_removed_line_with_its_rule(run):
    tokyo = section(run[0], "tokyo.txt")
    assert "line 1  [menu]  Menu | World | Asia | Business" in tokyo
    assert "line 3  [menu]  <script>alert(1)</script> | Home | Login" in tokyo
    assert "line 4  [stamp]  Published : Jul 26, 2024 - 16:37" in tokyo
    assert "[copyright]  © 2024 Example Times. All rights reserved." in tokyo
    assert "removed 5 line(s)" in tokyo


def test_report_flags_removed_lines_that_read_like_prose(run):
    line = [
        ln for ln in section(run[0], "tokyo.txt").splitlines() if "contributed to this report" in ln
    ][0]
    assert line.lstrip().startswith("!") and "[credit]" in line


def test_report_says_where_each_field_came_from(run):
    tokyo = section(run[0], "tokyo.txt")
    assert "title      extracted from headline" in tokyo
    assert "date       extracted from stamp" in tokyo and "2024-07-26" in tokyo
    assert "author     pinned in sidecar" in tokyo and "Pinned Editor" in tokyo
    assert "subtitle   missing" in tokyo
    assert "2.5% = 2.5 %" in tokyo


def test_report_names_decode_repairs_and_encoding(run):
    assert "decode: HTML entities decoded" in section(run[0], "tokyo.txt")
    jeju = section(run[0], "jeju.txt")
    assert "decode: read as cp949" in jeju or "decode: read as euc_kr" in jeju
    assert "location   extracted from title" in jeju and "Jeju" in jeju
    assert "[copyright]  <저작권자(c) 연합뉴스, 무단 전재-재배포 금지>" in jeju


def test_audit_page_is_generated_and_escaped(run):
    page = run[1]
    head = yaml.safe_load(page.split("---\n")[1])
    assert head == {"generator": "news-digest", "title": "Audit", "search": {"exclude": True}}
    assert "<script>" not in page and "&lt;script&gt;" in page
    html = markdown.markdown(page.split("---\n", 2)[2], extensions=["tables"])
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="articles/' in html
    assert "pinned in sidecar" in html and "<strong>check</strong>" in html
    assert (
        html.count("<li>line ") + html.count("<li>part of line ") >= 7
    )  # 5 + 2 removed lines listed


def test_audit_is_built_but_the_about_page_does_not_link_it(built_site: Path):
    assert (built_site / "audit" / "index.html").is_file()  # editors reach it by its address
    about = (built_site / "about" / "index.html").read_text(encoding="utf-8")
    assert "audit/" not in about


def test_audit_splits_into_parts_that_together_hold_every_seed(tmp_path):
    from generator.pipeline import build
    from generator.report import audit_pages

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n, place in enumerate(["Tokyo", "Osaka", "Kobe"]):
        (seeds / f"s{n}.txt").write_text(ENGLISH.replace("Tokyo", place), encoding="utf-8")
    result = build(seeds, tmp_path / "docs", cache_dir=None, workers=1)
    pages = {
        k: v.decode("utf-8")
        for k, v in audit_pages(result.articles, result.warnings, size=2).items()
    }
    assert sorted(pages) == ["audit.md", "audit/seeds-001.md", "audit/seeds-002.md"]
    index = pages["audit.md"]
    assert (
        "(audit/seeds-001.md)" in index
        and "(audit/seeds-002.md)" in index
        and "## s0.txt" not in index
    )
    assert [n for n in ("s0", "s1", "s2") if f"## {n}.txt" in pages["audit/seeds-001.md"]] == [
        "s0",
        "s1",
    ]
    part = pages["audit/seeds-002.md"]
    assert "## s2.txt" in part and "(../articles/" in part and "(../audit.md)" in part
    for text in pages.values():
        assert yaml.safe_load(text.split("---\n")[1])["search"] == {"exclude": True}
        assert "<script>" not in text


def test_a_seed_added_after_the_last_part_leaves_the_full_parts_unchanged(tmp_path):
    # Under `make serve --dirty` MkDocs re-renders every part whose Markdown changed, so a
    # part's text must not depend on how many parts there are (once "Audit 1 of N").
    from generator.pipeline import build
    from generator.report import audit_pages

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n, place in enumerate(["Tokyo", "Osaka"]):
        (seeds / f"s{n}.txt").write_text(ENGLISH.replace("Tokyo", place), encoding="utf-8")
    before = build(seeds, tmp_path / "docs", cache_dir=None, workers=1)
    two = audit_pages(before.articles, before.warnings, size=1)
    (seeds / "s2.txt").write_text(ENGLISH.replace("Tokyo", "Kobe"), encoding="utf-8")
    after = build(seeds, tmp_path / "docs", cache_dir=None, workers=1)
    three = audit_pages(after.articles, after.warnings, size=1)
    assert sorted(three) == sorted(two) + ["audit/seeds-003.md"]
    assert [name for name in two if two[name] != three[name]] == ["audit.md"]
    assert "# Audit part 3" in three["audit/seeds-003.md"].decode("utf-8")
