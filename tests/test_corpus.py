"""The labelled corpora as a regression test: run the generator as a user does, read
the pages back, and score every field the way tests/corpus/README.md describes.

dev/ must stay at a mean of at least 0.97 with no field under 0.90; extra/ (synthetic
articles from other outlets and negotiations) checks that the rules generalise; blind/ (twelve
more pages of other outlets, labelled before the generator was first run on them) must stay
at a mean of at least 0.98 with no field under 0.90; holdout/ (six pages written and labelled
after the blind fixes, scored 0.915 on first sight) is held to the same bar, and so is holdout2/
(twelve more pages, labelled before the generator was run on them; 0.902 on first sight), and so is
holdout3/ (ten more, labelled the same way; 0.949 on first sight), and so are holdout4/ (twelve
more; 0.944 on first sight), holdout5/ (twelve more; 0.932 on first sight), holdout6/ (twelve
more; 0.929 on first sight), holdout7/ (twelve more; 0.957 on first sight), holdout8/ (twelve
more; 0.914 on first sight) and holdout9/ (twelve more; 0.900 on first sight).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml
from conftest import REPO, venv_python

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = [
    "title",
    "subtitle",
    "date",
    "updated",
    "source",
    "author",
    "round",
    "agreement",
    "location",
    "figures_recall",
    "figures_precision",
    "boilerplate_removed",
    "body_kept",
    "no_repeats",
]


def loose(text) -> str:
    """Compare text loosely: entities, Markdown escapes, quote and dash styles, spacing, case."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", html.unescape(str(text))).replace("\\", "")
    text = re.sub(r"[‘’‛′`]", "'", text)
    text = re.sub(r"[“”‟″]", '"', text)
    text = re.sub(r"[‐-―−]", "-", text)
    return " ".join(text.split()).casefold()


def listed(value) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def same_figure(got: dict, want: dict) -> bool:
    if str(got.get("unit", "")).upper() != str(want.get("unit", "")).upper():
        return False
    g, w = float(got.get("value", "nan")), float(want["value"])
    return g == w if w == 0 else abs(g - w) / abs(w) <= 0.005


def share(hits: list[bool]) -> float:
    return sum(hits) / len(hits) if hits else 1.0


def score(want: dict, meta: dict, body: str) -> dict[str, float]:
    s = {"title": float(loose(meta.get("title")) == loose(want.get("title")))}
    s["subtitle"] = float(loose(meta.get("subtitle")) == loose(want.get("subtitle")))
    for key in ("date", "updated"):
        s[key] = float(str(meta.get(key) or "")[:10] == str(want.get(key) or "")[:10])
    sources = [loose(x) for x in listed(want.get("source"))]
    s["source"] = (
        float(loose(meta.get("source")) in sources) if sources else float(not meta.get("source"))
    )
    names = " | ".join(loose(a) for a in listed(meta.get("author")))
    wanted = [loose(a) for a in listed(want.get("author"))]
    s["author"] = (
        float(bool(names) and all(a in names for a in wanted)) if wanted else float(not names)
    )
    for key in ("round", "agreement"):
        s[key] = float(meta.get(key) == want.get(key))
    places = [loose(x) for x in listed(want.get("location"))]
    s["location"] = (
        float(loose(meta.get("location")) in places) if places else float(not meta.get("location"))
    )
    got_figs = [
        f
        for f in listed(meta.get("figures"))
        if re.fullmatch(r"[A-Z]{3}|%", str(f.get("unit", "")))
    ]
    want_figs, optional = listed(want.get("figures")), listed(want.get("figures_optional"))
    s["figures_recall"] = share([any(same_figure(g, w) for g in got_figs) for w in want_figs])
    s["figures_precision"] = share(
        [any(same_figure(g, w) for w in want_figs + optional) for g in got_figs]
    )
    text = loose(body)
    s["boilerplate_removed"] = share(
        [loose(b) not in text for b in listed(want.get("boilerplate")) if len(b) >= 3]
    )
    s["body_kept"] = share([loose(k) in text for k in listed(want.get("body_keep"))])
    s["no_repeats"] = share([text.count(loose(k)) <= 1 for k in listed(want.get("at_most_once"))])
    return s


def read_page(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def run_corpus(folder: Path, tmp: Path) -> dict[str, dict[str, float]]:
    seeds, docs = tmp / "seeds", tmp / "docs"
    seeds.mkdir()
    labels = {}
    for label in sorted(folder.glob("*.expected.yml")):
        raw = label.with_name(label.name.replace(".expected.yml", ".txt"))
        shutil.copy(raw, seeds / raw.name)
        labels[raw.name] = yaml.safe_load(label.read_text(encoding="utf-8"))
    proc = subprocess.run(
        [venv_python(), "-m", "generator", "--seeds", str(seeds), "--docs", str(docs)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    pages = {}
    for page in (docs / "articles").glob("*.md"):
        meta, body = read_page(page)
        pages[Path(meta["seed"]).name] = (meta, body)
    assert set(pages) == set(labels), "every labelled article must become a page"
    return {name: score(want, *pages[name]) for name, want in labels.items()}


def field_means(results: dict[str, dict[str, float]]) -> dict[str, float]:
    return {f: sum(r[f] for r in results.values()) / len(results) for f in FIELDS}


def misses(results: dict[str, dict[str, float]]) -> str:
    return "; ".join(
        f"{name}: {', '.join(f for f in FIELDS if r[f] < 1)}"
        for name, r in results.items()
        if min(r.values()) < 1
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """corpus(name) -> per-article scores of tests/corpus/<name>, run once per module."""
    done: dict[str, dict[str, dict[str, float]]] = {}

    def run(name: str) -> dict[str, dict[str, float]]:
        if name not in done:
            done[name] = run_corpus(CORPUS / name, tmp_path_factory.mktemp(name))
        return done[name]

    return run


def test_dev_corpus_mean_and_every_field(corpus):
    dev = corpus("dev")
    means = field_means(dev)
    assert len(dev) == 14
    assert sum(means.values()) / len(means) >= 0.97, misses(dev)
    low = {f: round(v, 3) for f, v in means.items() if v < 0.90}
    assert not low, f"fields under 0.90: {low}; {misses(dev)}"


def test_extra_corpus_from_other_outlets_and_negotiations(corpus):
    extra = corpus("extra")
    means = field_means(extra)
    assert len(extra) >= 4
    assert sum(means.values()) / len(means) >= 0.95, misses(extra)
    low = {f: round(v, 3) for f, v in means.items() if v < 0.80}
    assert not low, f"fields under 0.80: {low}; {misses(extra)}"


@pytest.mark.parametrize(
    "name, size",
    [
        ("blind", 12),
        ("holdout", 6),
        ("holdout2", 12),
        ("holdout3", 10),
        ("holdout4", 12),
        ("holdout5", 12),
        ("holdout6", 12),
        ("holdout7", 12),
        ("holdout8", 12),
        ("holdout9", 12),
        ("holdout10", 12),
    ],
)
def test_corpora_of_unseen_outlets(name, size, corpus):
    results = corpus(name)
    means = field_means(results)
    assert len(results) == size
    assert sum(means.values()) / len(means) >= 0.98, misses(results)
    low = {f: round(v, 3) for f, v in means.items() if v < 0.90}
    assert not low, f"fields under their floor: {low}; {misses(results)}"


def test_scorer_notices_a_wrong_field():
    want = {
        "title": "A",
        "subtitle": None,
        "date": "2019-01-02",
        "updated": None,
        "source": ["Reuters"],
        "author": ["Jane Doe"],
        "round": 2,
        "agreement": None,
        "location": ["Seoul"],
        "figures": [{"value": 5e9, "unit": "USD"}],
    }
    right = {
        "title": "a",
        "date": "2019-01-02",
        "source": "Reuters",
        "author": ["Jane Doe"],
        "round": 2,
        "location": "Seoul",
        "figures": [{"value": 5000000000, "unit": "USD"}],
    }
    assert min(score(want, right, "").values()) == 1.0
    wrong = dict(
        right, round=3, figures=[{"value": 5e9, "unit": "KRW"}, {"value": 2019, "unit": "USD"}]
    )
    got = score(want, wrong, "")
    assert got["round"] == 0 and got["figures_recall"] == 0 and got["figures_precision"] == 0
