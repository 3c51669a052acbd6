"""How often the generator names the right outlet (`source`), on real pages with saved HTML.

    .venv/bin/python bench/source_check.py ../shared/corpus/realworld-dev [--only-wrong]
    .venv/bin/python bench/source_check.py ../shared/corpus/dev tests/corpus/holdout ...

A folder of `NNN_*.txt` pastes beside `NNN_*.html.gz` saved pages (the realworld layout): the
truth is the site's own name from the saved page's structured data, in this order: og:site_name,
JSON-LD publisher.name, JSON-LD isPartOf.name, <meta name="application-name">, and last the
address's domain (a weak hint; the column `from` says which). A name the page gives that shares
nothing with its domain ('U.S.' as og:site_name on a news section) gives way to the next one.
A folder of `*.expected.yml` (the written corpora) gives `source` as the accepted names.

The generator runs once over all pastes (as score_realworld.py runs it: python -m generator into
a temporary docs folder) and each written page's front matter gives `source`, its confidence
and its seed. Per page: truth, ours, confidence, right / wrong / none; then totals and the
calibration: of the answers rated high, the share right (the target is 100 %), and the share
rated low.
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- loose names

# Words that differ between two spellings of one outlet's name ('Yonhap News Agency' and
# 'Yonhap', 'The Verge' and 'Verge', 'CBSSports.com' and 'CBS Sports').
_FILLER = re.compile(
    r"\b(?:the|news agency|agency|news|online|international|inc|ltd|co|"
    r"www|com|net|org|info|co uk|ca|in|ru|it|br|kr|uk|de|jp|au)\b"
)


def loose(name) -> str:
    text = unicodedata.normalize("NFKC", str(name or "")).casefold().replace("&", " and ")
    text = " ".join(re.findall(r"\w+", text))
    squeezed = _FILLER.sub(" ", text).replace(" ", "")
    return squeezed or text.replace(" ", "")


def same(ours, accepted: list[str]) -> bool:
    mine = loose(ours)
    return bool(mine) and (
        any(mine == loose(a) for a in accepted if a)
        or _owns(ours, accepted)
        or _leads(ours, accepted)
        or _spells_domain(ours, accepted)
    )


def _spells_domain(ours: str, accepted: list[str]) -> bool:
    """'Vortex Cannon Entertainment' for vortexcannon.org: where the page gives no name but its
    address, a name whose words spell the domain's label, and one word more (the company's
    'Entertainment', 'Media'), is the site's."""
    words = re.findall(r"\w+", str(ours).casefold())
    for host in accepted:
        if not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", host):
            continue
        label = next(x for x in host.casefold().split(".") if x != "www").replace("-", "")
        if len(label) >= 6 and len(words) >= 2 and "".join(words[:-1]) == label:
            return True
    return False


def _leads(ours: str, accepted: list[str]) -> bool:
    """'The Real Deal' for 'The Real Deal New York': our name's words (two or more) open the
    site's name, the rest an edition or a motto."""
    mine = [w for w in re.findall(r"\w+", str(ours).casefold()) if w != "the"]
    for name in accepted:
        theirs = [w for w in re.findall(r"\w+", name.casefold()) if w != "the"]
        if len(mine) >= 2 and theirs[: len(mine)] == mine:
            return True
    return False


def _owns(ours: str, accepted: list[str]) -> bool:
    """Whether the outlets table gives our outlet the site's domain ('The New York Times' for
    nytimes.com): a domain equal to the name."""
    sys.path.insert(0, str(ROOT))
    from generator.lexicon import outlets

    outlet = outlets.by_name(ours)
    hosts = [a.casefold() for a in accepted if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", a)]
    return bool(outlet) and any(outlets.by_domain(h) is outlet for h in hosts)


# ---------------------------------------------------------------- truth from the saved page

_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LD = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)


def _metas(page: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _META.findall(page):
        attrs = {k.lower(): (a if a is not None else b) for k, a, b in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key and attrs.get("content", "").strip():
            found.setdefault(key, html_lib.unescape(attrs["content"]).strip())
    return found


def _ld_names(page: str, key: str) -> list[str]:
    names = []
    for block in _LD.findall(page):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                value = node.get(key)
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, dict) and isinstance(item.get("name"), str):
                        names.append(item["name"].strip())
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return [n for n in names if n]


def _domain(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _related(name: str, domain: str) -> bool:
    """Whether a name shares a word (or its letters run together) with the domain's labels."""
    stem = re.sub(
        r"[^a-z0-9]",
        "",
        domain.rsplit(".", 2)[0] if domain.count(".") > 1 else domain.split(".")[0],
    )
    words = [
        w
        for w in re.findall(r"\w+", unicodedata.normalize("NFKC", name).casefold())
        if len(w) > 2 and w not in ("the", "news", "com")
    ]
    squeezed = "".join(re.findall(r"\w+", name.casefold()))
    return any(w in stem for w in words) or bool(squeezed) and squeezed in stem


def truth_from_html(page: str, url: str) -> tuple[str, str, list[str]]:
    """(the outlet, where it came from, every name the page gives itself)."""
    metas = _metas(page)
    domain = _domain(url)
    given = [("og:site_name", metas.get("og:site_name"))]
    given += [("publisher", n) for n in _ld_names(page, "publisher")]
    given += [("isPartOf", n) for n in _ld_names(page, "isPartOf")]
    given += [("application-name", metas.get("application-name"))]
    given = [(k, v) for k, v in given if v and not v.startswith(("http", "@"))]
    # 'The Jerusalem Post | JPost.com': two names of the site
    given = [(k, part.strip()) for k, v in given for part in v.split(" | ") if part.strip()]
    related = [(k, v) for k, v in given if _related(v, domain)]
    best = related[0] if related else (given[0] if given else ("domain", domain))
    accepted = [v for _, v in related] + [best[1], domain]
    return best[1], best[0], accepted


# ---------------------------------------------------------------- corpus


def load(folder: Path) -> list[dict]:
    pages = []
    for txt in sorted(folder.glob("*.txt")):
        html_gz, exp_json = txt.with_suffix(".html.gz"), txt.with_suffix(".expected.json")
        exp_yml = txt.with_suffix(".expected.yml")
        if html_gz.exists() and exp_json.exists():
            url = json.loads(exp_json.read_text(encoding="utf-8")).get("url") or ""
            page = gzip.decompress(html_gz.read_bytes()).decode("utf-8", "replace")
            name, origin, accepted = truth_from_html(page, url)
        elif exp_yml.exists():
            labels = yaml.safe_load(exp_yml.read_text(encoding="utf-8")) or {}
            if "source" not in labels:
                continue
            accepted = (
                labels["source"] if isinstance(labels["source"], list) else [labels["source"]]
            )
            accepted = [a for a in accepted if a]
            name, origin = (accepted[0] if accepted else None), "label"
        else:
            continue
        pages.append(
            {
                "stem": f"{folder.name}/{txt.stem}",
                "txt": txt,
                "truth": name,
                "from": origin,
                "accepted": accepted,
            }
        )
    return pages


# ---------------------------------------------------------------- the generator's answers


def run_generator(pages: list[dict], python: str, tmp: Path) -> dict[str, dict]:
    seeds = tmp / "seeds"
    seeds.mkdir()
    for i, p in enumerate(pages):
        p["seed"] = f"{i:04d}_{p['txt'].stem}"
        shutil.copyfile(p["txt"], seeds / f"{p['seed']}.txt")
    env = dict(
        os.environ,
        NEWS_DIGEST_CACHE="off",
        XDG_CACHE_HOME=str(tmp / "xdg"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    cmd = [
        python,
        "-m",
        "generator",
        "--seeds",
        str(seeds),
        "--docs",
        str(tmp / "docs"),
        "--no-cache",
    ]
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.stderr.write(r.stdout + r.stderr)
    answers = {}
    for md in (tmp / "docs" / "articles").glob("*.md"):
        text = md.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        front = yaml.safe_load(text[4 : text.index("\n---\n", 4)]) or {}
        answers[Path(str(front.get("seed", ""))).stem] = front
    return answers


def verdict(ours, accepted: list[str]) -> str:
    if not ours:
        return "none"
    return "right" if same(ours, accepted) else "wrong"


def report(pages: list[dict], answers: dict, only_wrong: bool) -> dict:
    counts = {"right": 0, "none": 0, "wrong": 0, "high": 0, "high_right": 0, "low": 0}
    print(f"{'page':44} {'truth':28} {'from':14} {'ours':28} conf  verdict")
    for p in pages:
        front = answers.get(p["seed"], {})
        ours = front.get("source")
        conf = (front.get("confidence") or {}).get("source", "-")
        if not p["accepted"]:  # a written page labelled with no outlet: right only as none
            v = "right" if not ours else "wrong"
        else:
            v = verdict(ours, p["accepted"])
        counts[v] += 1
        if conf == "high":
            counts["high"] += 1
            counts["high_right"] += v == "right"
        else:
            counts["low"] += 1
        if not only_wrong or v == "wrong" or (conf == "high" and v != "right"):
            print(
                f"{p['stem'][:44]:44} {str(p['truth'])[:28]:28} {p['from'][:14]:14} "
                f"{str(ours)[:28]:28} {conf:5} {v}"
            )
    return counts


def summary(counts: dict, n: int) -> None:
    high = counts["high"]
    print(
        f"\npages {n}: right {counts['right']}, none {counts['none']}, wrong {counts['wrong']}"
        f" (right share {counts['right'] / max(n, 1):.3f})"
    )
    print(
        f"rated high {high}: right {counts['high_right']} "
        f"({counts['high_right'] / high if high else 1:.3f}); "
        f"rated low {counts['low']} (share low {counts['low'] / max(n, 1):.3f})"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    ap.add_argument("--only-wrong", action="store_true", help="list only wrong answers")
    args = ap.parse_args(argv)
    pages, seen = [], set()
    for page in (p for folder in args.folders for p in load(folder)):
        text = page["txt"].read_bytes()
        if text not in seen:  # the generator writes one page for two identical seeds
            seen.add(text)
            pages.append(page)
    if not pages:
        raise SystemExit("no labelled pages found")
    with tempfile.TemporaryDirectory() as tmp:
        answers = run_generator(pages, args.python, Path(tmp))
    counts = report(pages, answers, args.only_wrong)
    summary(counts, len(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
