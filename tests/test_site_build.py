"""Real MkDocs + Material builds of a copy of the project."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

GENERATED = ("index.md", "timeline.md", "articles")


def _pages(site: Path) -> list[Path]:
    return sorted((site / "articles").glob("*/index.html"))


def _seeds(project: Path) -> list[Path]:
    return sorted((project / "seeds").glob("*.txt"))


def _generated_articles(project: Path) -> list[Path]:
    return sorted((project / "docs" / "articles").glob("*.md"))


class _Addresses(HTMLParser):
    """Collects every href/src/srcset/action address in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "srcset", "action", "poster", "data") and value:
                self.found.append((tag, name, value))


def _built(result) -> str:
    return f"exit {result.returncode}\n--- stderr ---\n{result.stderr}"


def test_strict_build_from_seeds_alone(new_project, run_mkdocs):
    docs = new_project / "docs"
    for name in GENERATED:
        assert not (docs / name).exists(), f"{name} should not exist before the build"

    result = run_mkdocs(new_project, strict=True)
    assert result.returncode == 0, _built(result)

    site = new_project / "site"
    assert (site / "index.html").is_file()
    assert (site / "timeline" / "index.html").is_file()
    assert (site / "about" / "index.html").is_file()
    assert len(_pages(site)) == len(_seeds(new_project)) == 2
    assert len(_generated_articles(new_project)) == 2


def test_home_page_loads_nothing_from_outside(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html
    assert "fonts.gstatic" not in html
    parser = _Addresses()
    parser.feed(html)
    assert parser.found, "home page has no links at all"
    outside = [
        found
        for found in parser.found
        if found[2].lstrip().lower().startswith(("http:", "https:", "//"))
    ]
    assert outside == []
    # Every article is linked from the home page.
    hrefs = {value for _, name, value in parser.found if name == "href"}
    for page in _pages(built_site):
        slug = page.parent.name
        assert f"articles/{slug}/" in hrefs, slug


def test_removed_seed_leaves_no_stale_page(new_project, run_mkdocs):
    # A hand-written page among the generated ones must survive the clean-up.
    notes = new_project / "docs" / "articles" / "editors-notes.md"
    notes.parent.mkdir(parents=True, exist_ok=True)
    notes.write_text("# Editor's notes\n\nWritten by hand.\n", encoding="utf-8")

    first = run_mkdocs(new_project, strict=False)
    assert first.returncode == 0, _built(first)
    site = new_project / "site"
    before = {p.parent.name for p in _pages(site)}
    assert len(before) == 3  # two seeds and the notes

    victim = _seeds(new_project)[0]
    victim.unlink()
    sidecar = victim.with_suffix(".yml")
    if sidecar.exists():
        sidecar.unlink()

    second = run_mkdocs(new_project, strict=True)
    assert second.returncode == 0, _built(second)
    after = {p.parent.name for p in _pages(site)}
    assert len(after) == 2
    assert "editors-notes" in after
    gone = before - after
    assert len(gone) == 1
    (slug,) = gone
    assert not (new_project / "docs" / "articles" / f"{slug}.md").exists()
    assert not (site / "articles" / slug).exists()
    assert notes.read_text(encoding="utf-8") == "# Editor's notes\n\nWritten by hand.\n"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f"articles/{slug}/" not in home


def test_hand_written_page_is_never_overwritten(new_project, run_mkdocs):
    docs = new_project / "docs"
    timeline = docs / "timeline.md"
    mine = "# Timeline\n\nKept by hand: nd-hand-written-marker.\n"
    timeline.write_text(mine, encoding="utf-8")
    about_before = (docs / "about.md").read_bytes()

    result = run_mkdocs(new_project, strict=False)
    assert result.returncode == 0, _built(result)

    assert timeline.read_text(encoding="utf-8") == mine
    assert (docs / "about.md").read_bytes() == about_before
    served = (new_project / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "nd-hand-written-marker" in served
    # The generator still wrote everything else.
    assert len(_pages(new_project / "site")) == 2


def test_bad_seed_fails_strict_build_but_not_the_site(new_project, run_mkdocs):
    bad = new_project / "seeds" / "003_00000000deadbeef.txt"
    bad.write_text("", encoding="utf-8")

    strict = run_mkdocs(new_project, strict=True)
    assert strict.returncode != 0, _built(strict)
    assert bad.name in strict.stderr

    relaxed = run_mkdocs(new_project, strict=False)
    assert relaxed.returncode == 0, _built(relaxed)
    assert "WARNING" in relaxed.stderr and bad.name in relaxed.stderr
    assert len(_pages(new_project / "site")) == 2
