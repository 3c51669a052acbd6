"""How often a field the generator marks high-confidence is right, on labelled real pages.

    .venv/bin/python bench/calibrate.py ../shared/corpus/realworld-dev [--misses]
    .venv/bin/python bench/calibrate.py tests/corpus/holdout tests/corpus/holdout2 ...

Each `NNN_*.txt` beside an `NNN_*.expected.json` (the realworld corpus layout: title, date,
author and `sources.date_printed`) or an `NNN_*.expected.yml` (the written corpora's layout:
source and location as lists of accepted names too) goes through the generator's own reader
and extractors (no site is built). Per field: how many pages it is judged on, the share marked
low, and the
precision of "high" (right / marked high). The target is >= 0.98 for every field. The last
column is the share marked low on every page read, judged or not (an editor reviews each low
one, judged or not).

Judged: title where the truth has one (same words, case ignored); subtitle (the dek) where the
truth labels it, null meaning the page has none, and on a real page where its meta description
is printed under the headline (dek_check.py); date on every page with a
truth date, where a date the paste does not print is right only as no date; author where the
truth names people (all of them, and no one else).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import dek_check  # noqa: E402

from generator.model import Seed  # noqa: E402
from generator.process import process  # noqa: E402

FIELDS = ("title", "subtitle", "date", "author", "source", "location", "round", "agreement")


def loose(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    return " ".join(re.findall(r"\w+", text.casefold()))


def judged(field: str, meta, truth: dict) -> bool | None:
    """Whether the extracted value is right; None when the page does not judge the field."""
    if field == "title":
        return None if not truth.get("title") else loose(meta.title) == loose(truth["title"])
    if field == "date":
        if not truth.get("date"):
            return None
        printed = str(truth.get("sources", {}).get("date_printed", "yes")).startswith("yes")
        expected = str(truth["date"]) if printed else None
        return (meta.date.isoformat() if meta.date else None) == expected
    if field == "subtitle":
        if field not in truth:
            return None  # a real page whose header prints no meta description
        return loose(meta.subtitle) == loose(truth[field])  # no dek is right only as none
    if field in ("round", "agreement"):
        return None if field not in truth else getattr(meta, field) == truth[field]
    if field in ("source", "location"):
        if field not in truth:
            return None  # the realworld pages do not label these
        accepted = truth[field] if isinstance(truth[field], list) else [truth[field]]
        value = getattr(meta, field)
        return loose(value) in {loose(a) for a in accepted} if accepted else value is None
    if not truth.get("author"):
        return None
    return {loose(n) for n in meta.author} == {loose(n) for n in truth["author"]}


def _truth(path: Path) -> dict | None:
    for suffix, load in ((".expected.json", json.loads), (".expected.yml", yaml.safe_load)):
        expected = path.with_suffix(suffix)
        if expected.exists():
            truth = load(expected.read_text(encoding="utf-8"))
            if suffix == ".expected.json" and path.with_suffix(".html.gz").exists():
                _printed_dek(path, truth)
            return truth
    return None


def _printed_dek(path: Path, truth: dict) -> None:
    """A real page's dek, when its meta description is printed under the headline (see
    dek_check.py); the pages whose header prints none are not judged on the dek."""
    page = gzip.decompress(path.with_suffix(".html.gz").read_bytes()).decode("utf-8", "replace")
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    _, dek = dek_check.printed_dek(lines, loose(truth.get("title")), truth.get("body") or "", page)
    if dek is not None:
        truth["subtitle"] = dek


def calibrate(folders: list[Path], every_miss: bool = False) -> tuple[dict, list[str]]:
    counts = {f: {"judged": 0, "low": 0, "high": 0, "high_right": 0, "read": 0, "read_low": 0}
              for f in FIELDS}  # fmt: skip
    misses = []
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        truth = _truth(path)
        if truth is None:
            continue
        article, _ = process(Seed(path, path.read_bytes(), {}))
        if article is None:
            continue
        for field in FIELDS:
            c = counts[field]
            level = article.meta.confidence.get(field)
            c["read"] += 1
            c["read_low"] += level != "high"
            right = judged(field, article.meta, truth)
            if right is None:
                continue
            c["judged"] += 1
            if every_miss and not right:
                value = getattr(article.meta, field)
                misses.append(f"{path.stem}: {field} {level} {value!r} not {truth[field]!r}")
            if level == "high":
                c["high"] += 1
                c["high_right"] += right
                if not right and not every_miss:
                    value = getattr(article.meta, field)
                    misses.append(f"{path.stem}: {field} high but wrong: {value!r}")
            else:
                c["low"] += 1
    return counts, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--misses", action="store_true", help="list high-but-wrong fields")
    parser.add_argument("--wrong", action="store_true", help="list every wrong field, low too")
    args = parser.parse_args()
    counts, misses = calibrate(args.corpus, args.wrong)
    head = f"{'field':8} {'judged':>6} {'low':>5} {'share low':>9} {'high':>5} {'precision':>9}"
    print(head + f" {'low of all':>10}")
    for field, c in counts.items():
        share = c["low"] / c["judged"] if c["judged"] else 0
        precision = c["high_right"] / c["high"] if c["high"] else float("nan")
        every = c["read_low"] / c["read"] if c["read"] else 0
        print(
            f"{field:8} {c['judged']:6} {c['low']:5} {share:9.2f} {c['high']:5} {precision:9.3f}"
            f" {every:10.2f}"
        )
    if args.misses or args.wrong:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
