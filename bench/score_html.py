"""Score saved pages against pastes of the same pages, with the realworld scorer's metric.

Usage: score_html.py CORPUS_DIR [CORPUS_DIR ...] [--tools DIR] [--python PY] [--worst N]

CORPUS_DIR holds <stem>.txt (the paste), <stem>.html.gz (the saved page) and
<stem>.expected.json. Each path is seeded on its own into a temporary folder (the
pastes as .txt, the pages gunzipped as .html) and run through `PY -m generator`
from this project; the pages are read back and scored by score_realworld.py
(--tools, the folder of it and metric.py): body F1 (shingles), title, date and
author, printed side by side. Nothing is copied from the scorer: it is imported.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PATHS = {"paste (.txt)": ".txt", "saved page (.html)": ".html"}


def seed(pages: dict, corpus: dict[str, Path], suffix: str, folder: Path) -> None:
    folder.mkdir()
    for stem in pages:
        if suffix == ".txt":
            shutil.copyfile(pages[stem]["txt"], folder / f"{stem}.txt")
        else:
            page = corpus[stem] / f"{stem}.html.gz"
            (folder / f"{stem}.html").write_bytes(gzip.decompress(page.read_bytes()))


def run(python: str, seeds: Path, docs: Path, tmp: Path) -> str:
    env = dict(
        os.environ,
        NEWS_DIGEST_CACHE="off",
        XDG_CACHE_HOME=str(tmp / "xdg"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    cmd = [python, "-m", "generator", "--seeds", str(seeds), "--docs", str(docs), "--no-cache"]
    done = subprocess.run(cmd, cwd=PROJECT, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"generator exited {done.returncode}:\n{done.stderr[-3000:]}")
    return done.stderr


def score(sr, metric, pages: dict, preds: dict) -> dict:
    """Body F1 and the field tallies, as score_realworld.py counts them."""
    counts, tallies = [], {"title": [0, 0], "date": [0, 0, 0, 0], "author": [0, 0, 0, 0, 0]}
    for stem, p in pages.items():
        truth, page = p["truth"], preds.get(stem)
        front = page["front"] if page else {}
        counts.append(
            metric.page_counts(truth["body"], "\n\n".join(page["paragraphs"]) if page else "")
        )
        if truth.get("title"):
            tallies["title"][0] += sr.title_ok(front.get("title"), truth["title"])
            tallies["title"][1] += 1
        if truth.get("date"):
            kind = sr.date_class(front.get("date"), truth["date"])
            tallies["date"][("right", "null", "wrong").index(kind)] += 1
            tallies["date"][3] += 1
        if truth.get("author"):
            kind = sr.author_class(front.get("author"), truth["author"])
            tallies["author"][("right", "partial", "null", "wrong").index(kind)] += 1
            tallies["author"][4] += 1
    return {"body": metric.corpus_scores(counts), "per_page": counts, **tallies}


def line(name: str, r: dict) -> str:
    b, (t, tn), d, a = r["body"], r["title"], r["date"], r["author"]
    dates = f"{d[0]:3d}/{d[1]:3d}/{d[2]:3d} ({d[3]:3d})"
    authors = f"{a[0]:3d}/{a[1]:3d}/{a[2]:3d}/{a[3]:3d} ({a[4]:3d})"
    return (
        f"{name:20} {b['f1']:7.3f} {b['precision']:6.3f} {b['recall']:6.3f}  "
        f"{t / max(1, tn):5.3f} ({tn:3d})  {d[0] / max(1, d[3]):5.3f} {dates}  "
        f"{a[0] / max(1, a[4]):5.3f} {authors}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="+", type=Path)
    ap.add_argument("--tools", type=Path, default=PROJECT.parent / "shared" / "tools")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--worst", type=int, default=8)
    args = ap.parse_args()
    sys.path.insert(0, str(args.tools.resolve()))
    import metric
    import score_realworld as sr

    pages = sr.load_corpus(args.corpus)
    corpus = {stem: Path(p["txt"]).parent for stem, p in pages.items()}
    pages = {s: p for s, p in pages.items() if (corpus[s] / f"{s}.html.gz").exists()}
    results, logs = {}, {}
    with tempfile.TemporaryDirectory(prefix="score-html-") as name:
        tmp = Path(name)
        for label, suffix in PATHS.items():
            where = tmp / suffix[1:]
            where.mkdir()
            seed(pages, corpus, suffix, where / "seeds")
            logs[label] = run(args.python, where / "seeds", where / "docs", where)
            results[label] = score(sr, metric, pages, sr.digest_predictions(pages, where / "docs"))
    print(f"{len(pages)} pages from {', '.join(map(str, args.corpus))}, each as paste and page")
    print(
        f"{'':20} {'body F1':>7} {'P':>6} {'R':>6}  {'title':>11}  {'date right r/null/w':>25}"
        f"  {'author right r/part/null/w':>31}"
    )
    for label, r in results.items():
        print(line(label, r))
    page = results["saved page (.html)"]
    ranked = sorted(zip(pages, page["per_page"]), key=lambda sc: metric.page_f1(*sc[1]))
    print(f"\n{args.worst} worst saved pages by body F1:")
    for stem, c in ranked[: args.worst]:
        print(f"  {stem:34} F1 {metric.page_f1(*c):.3f}")
    warned = [ln for ln in logs["saved page (.html)"].splitlines() if ln.startswith("warning")]
    print(f"\nsaved-page warnings: {len(warned)}")
    for ln in warned[:20]:
        print("  " + ln[:160])
    return 0


if __name__ == "__main__":
    sys.exit(main())
