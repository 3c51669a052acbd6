"""The reader's site, built once per test session: the seeds, the dev corpus
(tests/corpus/dev) and a Korean-language article, with SITE_URL set to the
address the tests serve it from. Shared by tests/test_site_*.py and
tests/test_reader_*.py; also tests of the chart and recalled-event helpers.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO, _QuietHandler, _QuietServer, make_project, mkdocs_build

DEV_CORPUS = REPO / "tests" / "corpus" / "dev"
KOREAN_SEED = """한미 방위비 분담금 협상, 제주서 2차 회의 시작

입력 2019-11-05 10:12 | 수정 2019-11-05 15:40

한국과 미국이 5일 제주에서 제11차 방위비분담특별협정(SMA) 체결을 위한 2차 회의를 시작했다.

이틀 일정으로 열리는 이번 회의에서 양측은 주한미군 주둔 비용을 누가 얼마나 부담할지를 \
놓고 의견을 나눈다.

미국은 올해 분담금 1조389억원보다 크게 늘어난 금액을 요구하는 것으로 알려졌다. \
정부는 합리적이고 공정한 방위비 분담을 추구한다는 입장이다.

외교부 관계자는 "동맹의 신뢰를 바탕으로 협의를 이어가겠다"고 말했다.
"""
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", REPO / "tmp" / "artifacts"))
DESKTOP = {"width": 1280, "height": 900}


def watched_pages(browser, request):
    """Generator behind the page fixtures: yields make(viewport, scheme) -> a fresh page that
    records outside requests, console errors and page errors. At teardown a failed test
    leaves screenshots in ARTIFACTS; a passed one must have recorded no problem."""
    opened = []

    def make(viewport=DESKTOP, scheme="light"):
        context = browser.new_context(viewport=viewport, color_scheme=scheme)
        page = context.new_page()
        problems: list[str] = []
        page.on(
            "request",
            lambda r: (
                None
                if r.url.startswith(("http://127.0.0.1:", "data:", "blob:"))
                else problems.append(f"outside request: {r.url}")
            ),
        )
        page.on(
            "console",
            lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        opened.append((context, page, problems))
        return page

    yield make
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    for i, (context, page, problems) in enumerate(opened):
        if failed:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{i}.png"), full_page=True)
        context.close()
        if not failed:
            assert problems == [], problems


@dataclass
class ReaderSite:
    project: Path
    site: Path
    url: str
    log: str

    def articles(self) -> list[dict]:
        return json.loads((self.site / "articles.json").read_text(encoding="utf-8"))["articles"]

    def html(self, path: str) -> str:
        return (self.site / path / "index.html").read_text(encoding="utf-8")


def add_corpus(seeds: Path) -> None:
    for txt in sorted(DEV_CORPUS.glob("*.txt")):
        if not (seeds / txt.name).exists():
            shutil.copy2(txt, seeds / txt.name)
    (seeds / "900_korean-sma11-r2-jeju.txt").write_text(KOREAN_SEED, encoding="utf-8")


@pytest.fixture(scope="session")
def reader_site(tmp_path_factory) -> ReaderSite:
    project = make_project(tmp_path_factory.mktemp("reader"))
    add_corpus(project / "seeds")
    site = project / "site"
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    done = mkdocs_build(project, strict=False, site=site, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    # The corpus holds one article with no year in its date; nothing else may warn.
    warnings = [ln for ln in done.stderr.splitlines() if ln.startswith("WARNING")]
    assert warnings and all("no publication date" in ln for ln in warnings), warnings
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ReaderSite(project, site, url, done.stderr)
    finally:
        server.shutdown()
        server.server_close()


# ---- helpers' own tests -------------------------------------------------------


def test_chart_is_deterministic_and_described():
    from generator.site.chart import Point, svg

    points = [Point(date(2018, 3, 12), 960e9, "a"), Point(date(2019, 2, 10), 1.0389e12, "b <i>")]
    first, second = svg("KRW", points, "c"), svg("KRW", list(reversed(points)), "c")
    assert first == second
    assert 'role="img"' in first and 'aria-labelledby="c-title c-desc"' in first
    assert '<title id="c-title">KRW figures over time</title>' in first
    assert "2 KRW amounts from 2018-03-12 to 2019-02-10" in first
    assert "b &lt;i&gt;" in first and "<i>" not in first


def test_chart_thins_a_crowded_month_to_its_extremes():
    from generator.site.chart import MAX_POINTS, Point, thin

    points = [
        Point(date(2020, 1 + i % 12, 1 + i % 28), float(i), str(i)) for i in range(MAX_POINTS + 50)
    ]
    shown, thinned = thin(points)
    assert thinned and len(shown) == 24
    january = [p.value for p in points if p.day.month == 1]
    assert {p.value for p in shown if p.day.month == 1} == {min(january), max(january)}
