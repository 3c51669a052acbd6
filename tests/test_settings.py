"""The settings (generator/settings.py): read once, checked with a message naming the
variable or file, documented in README.md, and only the ones that shape the pages in
the cache and early-stop keys: an unrelated variable (FOO=1) still stops early."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.mkdocs.config import site_name
from generator.settings import FIELDS, Settings, SettingsError, load

REPO = Path(__file__).resolve().parent.parent
UNCHANGED = "nothing changed since the last run"


def run(cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """The command line with a cache of its own and only the variables given."""
    base = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    cmd = [sys.executable, "-m", "generator", "--cache", str(cwd / "cache")]
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, env={**base, **env}, check=False
    )


@pytest.fixture
def project(tmp_path):
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


def test_an_unrelated_variable_keeps_the_early_stop(project):
    first = run(project)
    assert first.returncode == 0, first.stderr
    assert UNCHANGED not in first.stderr
    again = run(project, FOO="1")
    assert again.returncode == 0, again.stderr
    assert UNCHANGED in again.stderr


def test_a_changed_site_url_rebuilds(project):
    assert run(project).returncode == 0
    moved = run(project, SITE_URL="https://digest.example.org/sma/")
    assert moved.returncode == 0, moved.stderr
    assert UNCHANGED not in moved.stderr
    feed = (project / "docs" / "feed.xml").read_text(encoding="utf-8")
    assert "https://digest.example.org/sma/" in feed
    assert UNCHANGED in run(project, SITE_URL="https://digest.example.org/sma/").stderr


@pytest.mark.parametrize(
    "variable, value, message",
    [
        ("NEWS_DIGEST_JOBS", "zero", "NEWS_DIGEST_JOBS='zero' is not a positive whole number"),
        ("NEWS_DIGEST_JOBS", "0", "NEWS_DIGEST_JOBS='0' is not a positive whole number"),
        ("SITE_URL", "example.org", "SITE_URL='example.org' is not an http:// or https:// address"),
        ("NEWS_DIGEST_SEARCH", "lunr", "NEWS_DIGEST_SEARCH='lunr' is not one of auto, pagefind"),
        ("NEWS_DIGEST_SEARCH_PART", "-1", "NEWS_DIGEST_SEARCH_PART='-1' is not a positive whole"),
    ],
)
def test_a_bad_value_names_its_variable(project, variable, value, message):
    with pytest.raises(SettingsError, match=re.escape(message)):
        load({variable: value})
    proc = run(project, **{variable: value})
    assert proc.returncode == 2 and message in proc.stderr
    assert not (project / "docs").exists()


def test_values_come_from_the_environment_blank_ones_are_unset():
    got = load(
        {
            "NEWS_DIGEST_JOBS": "3",
            "SITE_URL": " https://x.org/ ",
            "NEWS_DIGEST_SEARCH": " ",
            "NEWS_DIGEST_CACHE": "off",
            "FOO": "1",
        }
    )
    assert got == Settings(jobs=3, site_url="https://x.org/", cache="off")
    assert got.cache_dir(Path("/p")) is None and got.user_cache_dir is None
    assert load({}).cache_dir(Path("/p")) == Path("/p/.cache/news-digest")
    assert load({"XDG_CACHE_HOME": "/c"}).user_cache_dir == Path("/c/news-digest")
    assert load({}, where="mkdocs.yml", site_name="Other").site_name == "Other"


def test_the_table_matches_the_object_and_the_readme():
    assert [f.name for f in FIELDS] == [f.name for f in dataclasses.fields(Settings)]
    assert {f.name: f.default for f in FIELDS} == dataclasses.asdict(Settings())
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for f in FIELDS:
        assert f.variable is None or f"`{f.variable}`" in readme, f.variable


def test_only_settings_that_shape_pages_are_in_the_key():
    key = Settings().output_key()
    assert Settings(jobs=4, cache="off", search="pagefind", search_part=2).output_key() == key
    assert Settings(site_url="https://x.org/").output_key() != key
    assert Settings(site_name="Other").output_key() != key


def test_site_name_is_read_from_mkdocs_yml(tmp_path):
    assert site_name(tmp_path) is None
    (tmp_path / "mkdocs.yml").write_text(
        "site_url: !ENV [SITE_URL, null]\nsite_name: My Digest\n", encoding="utf-8"
    )
    assert site_name(tmp_path) == "My Digest"
    quoted = "site_name: 'Talks: a digest' # a comment\n"
    (tmp_path / "mkdocs.yml").write_text(quoted, encoding="utf-8")
    assert site_name(tmp_path) == "Talks: a digest"
    assert site_name(REPO) == Settings().site_name  # the pages' default is this project's name


def test_a_bad_site_name_names_the_file(project):
    (project / "mkdocs.yml").write_text("site_name: ''\n", encoding="utf-8")
    proc = run(project)
    assert proc.returncode == 2 and "mkdocs.yml: site_name='' is not a name" in proc.stderr
