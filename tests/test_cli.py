"""The command line as a user runs it: pages, warnings naming the seed, --strict, exit codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )


def project(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


def test_defaults_write_pages_index_and_timeline(tmp_path):
    proj = project(tmp_path)
    proc = run(cwd=proj)
    assert proc.returncode == 0, proc.stderr
    assert len(list((proj / "docs" / "articles").glob("*.md"))) == 2
    index = (proj / "docs" / "index.md").read_text(encoding="utf-8")
    timeline = (proj / "docs" / "timeline.md").read_text(encoding="utf-8")
    assert "26 Sep 2019" in index and "11 Apr 2018" in index
    assert index.index("26 Sep 2019") < index.index("11 Apr 2018")  # newest first
    assert timeline.index("2018") < timeline.index("2019")  # oldest first


def test_missing_date_warns_with_file_name_and_fix(tmp_path):
    proj = project(tmp_path)
    (proj / "seeds" / "002_772cdbd89f3be6c6.yml").unlink()
    proc = run(cwd=proj)
    assert proc.returncode == 0
    assert "002_772cdbd89f3be6c6.txt" in proc.stderr
    assert "no publication date" in proc.stderr and "sidecar" in proc.stderr
    index = (proj / "docs" / "index.md").read_text(encoding="utf-8")
    assert "Undated" in index
    assert index.index("26 Sep 2019") < index.index("kick off 2nd round")  # undated last


def test_strict_makes_warnings_fatal(tmp_path):
    proj = project(tmp_path)
    (proj / "seeds" / "002_772cdbd89f3be6c6.yml").unlink()
    proc = run("--strict", cwd=proj)
    assert proc.returncode == 1
    assert "002_772cdbd89f3be6c6.txt" in proc.stderr


def test_undecodable_seed_is_skipped_and_named(tmp_path):
    proj = project(tmp_path)
    (proj / "seeds" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    proc = run("--seeds", "seeds", "--docs", "out", cwd=proj)
    assert proc.returncode == 0
    assert "photo.png" in proc.stderr and "PNG image" in proc.stderr
    assert len(list((proj / "out" / "articles").glob("*.md"))) == 2


def test_bad_sidecar_names_file_and_line(tmp_path):
    proj = project(tmp_path)
    (proj / "seeds" / "000_add4c825ff46f3cb.yml").write_text(
        "round: 3\ndate: [unclosed\n", encoding="utf-8"
    )
    proc = run(cwd=proj)
    assert "000_add4c825ff46f3cb.yml" in proc.stderr and "not valid YAML" in proc.stderr


def test_sidecar_pins_win_and_are_marked(tmp_path):
    proj = project(tmp_path)
    (proj / "seeds" / "000_add4c825ff46f3cb.yml").write_text(
        "location: Busan\nround: 7\n", encoding="utf-8"
    )
    assert run(cwd=proj).returncode == 0
    page = next(p for p in (proj / "docs" / "articles").glob("*.md") if "1st-round" in p.name)
    text = page.read_text(encoding="utf-8")
    assert "location: Busan" in text and "round: 7" in text
    assert "pinned:\n- round\n- location" in text or "pinned:\n- location\n- round" in text


def test_missing_seeds_folder_is_a_usage_error(tmp_path):
    proc = run("--seeds", "nope", cwd=tmp_path)
    assert proc.returncode == 2 and "nope" in proc.stderr


def test_removed_seed_removes_its_page(tmp_path):
    proj = project(tmp_path)
    run(cwd=proj)
    (proj / "seeds" / "000_add4c825ff46f3cb.txt").unlink()
    proc = run(cwd=proj)
    assert proc.returncode == 0
    names = [p.name for p in (proj / "docs" / "articles").glob("*.md")]
    assert names == ["korea-us-kick-off-2nd-round-of-military-cost-sharing-talks.md"]


def test_whole_report_reaches_a_file_despite_the_quick_exit(tmp_path):
    """The CLI skips interpreter teardown (os._exit): buffered output must still be flushed."""
    proj = project(tmp_path)
    with open(tmp_path / "report.txt", "w", encoding="utf-8") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "generator", "--report"],
            cwd=proj,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        )
    assert proc.returncode == 0, proc.stderr
    report = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert (
        report.count("\n== ") + report.startswith("== ") == 2
    )  # one section per seed, the last one whole
    assert report.endswith("\n") and "2 articles, 0 warnings" in proc.stderr


def test_output_piped_into_head_ends_quietly(tmp_path):
    sys.path.insert(0, str(REPO / "bench"))
    from make_seeds import make_seeds

    proj = project(tmp_path)
    make_seeds(proj / "seeds", 60)  # a report far larger than a pipe's buffer
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "--report"],
        cwd=proj,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.readline()
    proc.stdout.close()  # the reader stops after one line, as `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err
