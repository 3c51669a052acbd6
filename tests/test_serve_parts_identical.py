"""Under `make serve`, whole pages and per-article parts are kept between rebuilds by the
digests of their articles and the plain values they are made from (site/memo.py). After
each kind of edit an editor makes, the pages must be byte for byte those of a build from
scratch; and a memo that keeps a page by the wrong key (without its values, or by seed name
instead of digest) must be caught by the same edits."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cache as cache_module
from generator import report
from generator import write as write_module
from generator.pipeline import build
from generator.site import figures_page, jsontext, listing, memo, review, timeline
from generator.write import STATE

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from make_seeds import make_seeds  # noqa: E402
from serve import new_seed  # noqa: E402

SEEDS = 60


@pytest.fixture
def small_parts(monkeypatch):
    """Every paged page split at a few entries, so 60 seeds reach the paths 1,000 take."""
    monkeypatch.setattr(listing, "BROWSE_SIZE", 5)
    monkeypatch.setattr(timeline, "INLINE_EVENTS", 20)
    monkeypatch.setattr(figures_page, "INLINE_ROWS", 20)
    monkeypatch.setattr(figures_page, "PART_ROWS", 5)
    monkeypatch.setattr(review, "REVIEW_PART", 5)
    monkeypatch.setattr(report.audit_pages, "__defaults__", (10,))


@pytest.fixture
def serving(monkeypatch, small_parts):
    monkeypatch.setitem(memo._STATE, "on", True)
    monkeypatch.setitem(cache_module._KEEPING, "on", True)
    yield
    memo._KEPT.clear()
    memo._ENCODED.clear()
    memo._USED.clear()
    cache_module._MEMORY.clear()
    cache_module._WHOLE.clear()
    cache_module._DIGESTS.clear()
    write_module._MEMORY.clear()


def pages(docs: Path) -> dict[str, bytes]:
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != STATE  # the files' stat: machine state, not output
    }


def from_scratch(seeds: Path, cache: Path, work: Path) -> dict[str, bytes]:
    """The same seeds with nothing kept: memo and memory off, no cache entries or stored
    pages, a new docs folder (only the record of when each seed was first seen is copied)."""
    copy = work / "cache-copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(cache, copy)
    for stored in [*copy.rglob("*.whole"), *copy.rglob(cache_module.DATABASE)]:
        stored.unlink()
    docs = work / "docs-reference"
    shutil.rmtree(docs, ignore_errors=True)
    on = memo._STATE["on"], cache_module._KEEPING["on"]
    memo._STATE["on"] = cache_module._KEEPING["on"] = False
    try:
        build(seeds, docs, cache_dir=copy, workers=1)
    finally:
        memo._STATE["on"], cache_module._KEEPING["on"] = on
    return pages(docs)


def _with_figures(paths: list[Path]) -> Path:
    return next(p for p in paths if "billion" in p.read_text(encoding="utf-8"))


AMOUNTS = """Allies table five cost figures in Seoul

Posted on : {year}-12-31 09:30 KST

South Korea and the United States met in Seoul on Tuesday. The US asked Seoul to pay $1.1
billion. Seoul offered $1.2 billion, officials said. A third plan put the cost at $1.3 billion.
Another draft named $1.4 billion. The last offer was $1.5 billion.

Negotiators agreed to meet again within weeks, officials said.
"""


def busiest_year(articles) -> int:
    """The year with the most figures: five more on its last day add a part to its table and
    leave the rows of its other parts as they were (only their pager changes)."""
    counts: dict[int, int] = {}
    for a in articles:
        if a.meta.date:
            counts[a.meta.date.year] = counts.get(a.meta.date.year, 0) + len(a.meta.figures)
    return max(sorted(counts), key=counts.get)


def editor_edits(seeds: Path, made: list[Path], year: int) -> list[tuple[str, object]]:
    """What an editor does to a seeds folder, one kind of change at a time."""
    text, _, _ = new_seed(0)
    amounts = seeds / "zz_amounts.txt"
    newest, undated, twin = seeds / "zz_new.txt", seeds / "zz_undated.txt", seeds / "zz_twin.txt"
    figures = _with_figures(made[10:])
    moved, placed, stated, warned = made[4], made[5], made[6], made[8]

    def append(path: Path, line: str) -> None:
        path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")

    def pin(path: Path, line: str) -> None:
        path.with_suffix(".yml").write_text(line + "\n", encoding="utf-8")

    undated_text = "\n".join(ln for ln in text.splitlines() if "Posted on" not in ln)
    return [
        ("add the newest", lambda: newest.write_text(text, encoding="utf-8")),
        ("a new figures part", lambda: amounts.write_text(AMOUNTS.format(year=year), "utf-8")),
        (
            "a new amount",
            lambda: append(figures, "The US asked Seoul to pay $7.1 billion a year, he said."),
        ),
        ("retitle", lambda: made[9].write_text("Talks renamed\n\n" + made[9].read_text())),
        ("pin another year", lambda: pin(moved, "date: 2011-03-04")),
        ("pin a city", lambda: pin(placed, "location: Honolulu")),
        ("pin a state", lambda: pin(stated, "location: Hawaii")),
        ("a warning only", lambda: pin(warned, "colour: blue")),
        ("an orphan sidecar", lambda: pin(seeds / "nobody.txt", "source: Nobody")),
        ("add an undated one", lambda: undated.write_text(undated_text, encoding="utf-8")),
        ("a duplicate", lambda: twin.write_bytes(made[12].read_bytes())),
        (
            "unpin",
            lambda: (moved.with_suffix(".yml").unlink(), warned.with_suffix(".yml").unlink()),
        ),
        ("remove", lambda: (newest.unlink(), made[13].unlink(), figures.unlink())),
        ("remove the part", amounts.unlink),
    ]


def mismatches(tmp_path: Path) -> list[str]:
    """The edits after which a serve rebuild's pages differ from a build from scratch."""
    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(REPO / "seeds", seeds)
    made = make_seeds(seeds, SEEDS)
    first = build(seeds, docs, cache_dir=cache, workers=1)
    wrong = []
    for name, edit in editor_edits(seeds, made, busiest_year(first.articles)):
        edit()
        result = build(seeds, docs, cache_dir=cache, workers=1)
        assert not result.unchanged, name
        if pages(docs) != from_scratch(seeds, cache, tmp_path):
            wrong.append(name)
    return wrong


def test_paged_site_built_under_serve_matches_a_build_from_scratch(tmp_path, serving):
    built = build(REPO / "seeds", tmp_path / "probe", workers=1)  # the small parts are in use
    assert built.articles
    assert mismatches(tmp_path / "run") == []
    paged = [key for key in memo._KEPT if key[0] in ("figures part", "audit part", "listing")]
    assert paged  # whole pages were kept, not only per-article parts


def _page_without_values(kind, articles, values, make, *args):
    return _ORIGINAL_PAGE(kind, articles, (), make, *args)


def _page_by_seed_name(kind, articles, values, make, *args):
    if memo._STATE["key_of"] is None:  # off, as in the build from scratch
        return make(*args)
    key = (kind, values, tuple(a.seed.name for a in articles))
    memo._USED.add(key)
    if key not in memo._KEPT:
        memo._KEPT[key] = make(*args)
    return memo._KEPT[key]


_ORIGINAL_PAGE = memo.page


@pytest.mark.parametrize("wrong_key", [_page_without_values, _page_by_seed_name])
def test_a_page_kept_by_the_wrong_key_is_caught(tmp_path, serving, monkeypatch, wrong_key):
    monkeypatch.setattr(memo, "page", wrong_key)
    assert mismatches(tmp_path) != []


_VALUES = st.one_of(st.none(), st.integers(), st.text(), st.lists(st.text(), max_size=2))


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(st.text(), _VALUES), max_size=6), head=st.text())
def test_rows_kept_as_utf8_give_the_text_encoded(rows, head):
    """articles.json is written from each row's kept UTF-8 bytes: the same bytes as its text
    encoded, the first time and from what was kept."""
    kept = [{} for _ in rows]
    doc = {"head": head, "articles": jsontext.Rows(("title", "value"), rows, kept)}
    for _ in range(2):
        try:
            expected = jsontext.dumps(doc).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: neither can be written
            with pytest.raises(UnicodeEncodeError):
                jsontext.dumps_utf8(doc)
            continue
        assert jsontext.dumps_utf8(doc) == expected
