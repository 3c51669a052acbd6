"""How often the generator finds the dek (`subtitle`) of real pages with saved HTML.

    .venv/bin/python bench/dek_check.py ../shared/corpus/realworld-dev [--all]

The truth is what the page printed: its meta description (og:description, description or
twitter:description) when that text is a line of the paste between the headline (the
benchmark's `title`) and the story's first words (its `body`). Pages whose header prints no such
line are not judged (their dek, if any, is not the description), but a dek chosen there is
listed with `--all` for a look. Per judged page: right / missed / wrong; then the totals.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from source_check import _metas, run_generator  # noqa: E402

DESCRIPTIONS = ("og:description", "description", "twitter:description")
LEAD_CHARS = 40  # characters of the story's first line that find it in the paste


def loose(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return " ".join(re.findall(r"\w+", text))


def printed_dek(lines: list[str], title: str, body: str, page: str) -> tuple[bool, str | None]:
    """(whether the headline was found, the description line printed under it or None)."""
    lead = loose(body.split("\n")[0])[:LEAD_CHARS]
    start = next((i for i, ln in enumerate(lines) if lead and loose(ln).startswith(lead)), None)
    end = len(lines) if start is None else start
    top = next((i for i, ln in enumerate(lines[:end]) if title and loose(ln) == title), None)
    if top is None:
        return False, None
    metas = _metas(page)
    wanted = {loose(metas[k]) for k in DESCRIPTIONS if len(loose(metas.get(k))) > 20}
    return True, next((ln for ln in lines[top + 1 : end] if loose(ln) in wanted), None)


def load(folder: Path) -> list[dict]:
    pages = []
    for txt in sorted(folder.glob("*.txt")):
        exp = txt.with_suffix(".expected.json")
        if not exp.exists():
            continue
        truth = json.loads(exp.read_text(encoding="utf-8"))
        page = gzip.decompress(txt.with_suffix(".html.gz").read_bytes()).decode("utf-8", "replace")
        lines = [ln.strip() for ln in txt.read_text(encoding="utf-8").splitlines() if ln.strip()]
        found, dek = printed_dek(lines, loose(truth.get("title")), truth.get("body") or "", page)
        pages.append({"stem": txt.stem, "txt": txt, "found": found, "dek": dek})
    return pages


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--all", action="store_true", help="also list deks chosen on unjudged pages")
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args(argv)
    pages = load(args.folder)
    with tempfile.TemporaryDirectory() as tmp:
        answers = run_generator(pages, args.python, Path(tmp))
    counts = {"right": 0, "missed": 0, "wrong": 0}
    for p in pages:
        ours = (answers.get(p["seed"]) or {}).get("subtitle")
        if p["dek"] is None:
            if args.all and p["found"] and ours:
                print(f"  ?       {p['stem']:34} ours: {ours[:70]!r}")
            continue
        kind = "right" if loose(ours) == loose(p["dek"]) else "wrong" if ours else "missed"
        counts[kind] += 1
        if kind != "right":
            print(f"  {kind:7} {p['stem']:34} want: {p['dek'][:70]!r}")
            if ours:
                print(f"  {'':7} {'':34} ours: {ours[:70]!r}")
    judged = sum(counts.values())
    print(
        f"dek judged on {judged} of {len(pages)} pages: "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
