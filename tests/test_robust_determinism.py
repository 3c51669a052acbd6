"""The same seeds give byte-identical generated files whatever the order the files were
created in, their file times, the time zone (and so the local date and time of day),
the locale, Python's hash seed, the number of worker processes and the cache.

Each run is the real CLI in its own process, in its own copy of the project whose
seed files were written in a different order with different modification times.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from test_robust_support import REPO, article_text, korean_article_text

from generator.write import STATE

RUNS = [
    {
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "order": "sorted",
        "args": ["--no-cache", "--jobs", "1"],
    },
    {
        "TZ": "Pacific/Kiritimati",
        "LC_ALL": "ko_KR.UTF-8",
        "PYTHONHASHSEED": "4242",
        "order": "reversed",
        "args": ["--jobs", "2"],
    },
    {
        "TZ": "Etc/GMT+12",
        "LC_ALL": "POSIX",
        "LANG": "tr_TR.UTF-8",
        "PYTHONHASHSEED": "random",
        "order": "shuffled",
        "args": [],
        "warm": True,
    },
]


def _seeds() -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in sorted((REPO / "seeds").iterdir())}
    corpus = sorted((REPO / "tests" / "corpus" / "dev").glob("*.txt"))
    files.update({f"c{p.name}": p.read_bytes() for p in corpus})
    headline = "Allies wrap up a round of cost-sharing talks in Seoul"
    files.update(
        {
            "300_same-headline.txt": article_text(
                headline, "One outlet's own last paragraph."
            ).encode(),
            "301_Same-Headline.txt": article_text(
                headline, "Another outlet's own last paragraph."
            ).encode(),
            "302_dup.txt": article_text("A story saved twice by two editors on one day").encode(),
            "302_dup (1).txt": article_text(
                "A story saved twice by two editors on one day"
            ).encode(),
            "303_한국어 기사.txt": korean_article_text().encode("cp949"),
            "304_Äpfel é.txt": article_text(
                "Talks saved as UTF-16 under an accented file name",
                "A paragraph only this copy has.",
            ).encode("utf-16"),
            "305_undated.txt": article_text(
                "Talks reported with no date at all", "Undated, this one.", stamp=""
            ).encode(),
            "306_empty.txt": b"",
            ".DS_Store": b"\x00\x00\x00\x01Bud1",
        }
    )
    return files


def _project(root: Path, files: dict[str, bytes], order: str, stamp: int) -> Path:
    names = sorted(files)
    if order == "reversed":
        names.reverse()
    elif order == "shuffled":
        random.Random(11).shuffle(names)
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    for name in names:
        # Times in name order whatever the order of writing: the feeds list the seeds added
        # last first, so which came after which is an input; the clock it is read on is not.
        i = sorted(files).index(name)
        (seeds / name).write_bytes(files[name])
        os.utime(seeds / name, ns=(stamp + i * 10**9, stamp + i * 10**9))
    return root


def _generate(project: Path, run: dict) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(project)}
    env.update({k: v for k, v in run.items() if k.isupper()})
    return subprocess.run(
        [sys.executable, "-m", "generator", *run["args"]],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _files(docs: Path) -> dict[str, bytes]:
    # The state file holds the files' stat (times, inode): machine state, not output.
    return {
        p.relative_to(docs).as_posix(): p.read_bytes()
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name != STATE
    }


def test_generated_files_are_byte_identical_across_environments(tmp_path):
    files = _seeds()
    outputs, warnings = [], []
    for n, run in enumerate(RUNS):
        stamp = [10**18, 1_300_000_000 * 10**9, 1_700_000_000 * 10**9][n]
        project = _project(tmp_path / f"run{n}", files, run["order"], stamp)
        proc = _generate(project, run)
        if run.get("warm"):
            proc = _generate(project, run)  # the second run reads the first one's cache
        assert proc.returncode == 0, proc.stderr
        outputs.append(_files(project / "docs"))
        warnings.append([line for line in proc.stderr.splitlines() if line.startswith("warning:")])
    first = outputs[0]
    assert (
        len([p for p in first if p.startswith("articles/")]) == len(files) - 6
    )  # not pages: 3 duplicates, the empty file, litter, a sidecar
    for n, other in enumerate(outputs[1:], 1):
        assert sorted(other) == sorted(first), f"run {n}: different files"
        differ = [p for p in first if other[p] != first[p]]
        assert differ == [], f"run {n} ({RUNS[n]}): these files differ: {differ}"
        assert warnings[n] == warnings[0]
