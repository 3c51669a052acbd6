"""Nothing lost: every line of every input is on its article page as text, or the audit
page names the rule that removed it (and a part trimmed off a kept line is named too).

Inputs: the real seeds, the labelled corpus under tests/corpus/ (many outlets, a cp949
file) and a few pastes written here with hostile and Markdown-like lines. Pages are
read as a reader sees them: the generated Markdown rendered by the site's Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_robust_support import REPO, article_text, scan, site_markdown, split_front_matter

from generator.decode import decode
from generator.pipeline import build
from generator.text import sentences

OWN = {
    "900_markdown-lines.txt": article_text(
        "Allies trade offers in a round full of Markdown-like lines",
        "# A line that starts with a hash is a sentence of this story, officials said.",
        "- A dash starts this one, and it stays a sentence of the story as well, they added.",
        "1991. That year the first agreement was signed, and this sentence stays whole.",
        "<script>window.__pwned=1</script> was pasted into this sentence of the story by accident.",
        "Template braces {{ page.title }} and {% raw %} stay in this sentence of the story too.",
    ),
}


def _inputs(folder: Path) -> None:
    sources = [*sorted((REPO / "seeds").iterdir())]
    for corpus in ("dev", "extra"):
        sources += sorted((REPO / "tests" / "corpus" / corpus).glob("*.txt"))
    for path in sources:
        target = folder / (
            path.name if path.parent.name == "seeds" else f"{path.parent.name}-{path.name}"
        )
        target.write_bytes(path.read_bytes())
    for name, text in OWN.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("lost")
    (root / "seeds").mkdir()
    _inputs(root / "seeds")
    result = build(root / "seeds", root / "docs")
    return root / "docs", result


def _page_text(docs: Path, slug: str) -> str:
    _, body = split_front_matter((docs / "articles" / f"{slug}.md").read_text(encoding="utf-8"))
    return scan(site_markdown(body)).text


def _audit_sections(docs: Path) -> dict[str, str]:
    """Seed name -> the text of its section of the audit page, as rendered."""
    sections = {}
    for part in (docs / "audit.md").read_text(encoding="utf-8").split("\n## ")[1:]:
        text = scan(site_markdown("## " + part)).text
        sections[text.split(" ", 1)[0]] = text
    return sections


def _pieces(text: str, trims: list[str]) -> list[str]:
    """What is left of a kept line once the parts trimmed off it are taken out."""
    pieces = [text]
    for trim in trims:
        pieces = [p for piece in pieces for p in piece.split(trim)]
    return [" ".join(p.split()) for p in pieces if p.strip(" .,;:-–—|")]


def test_inputs_cover_many_outlets(built):
    docs, result = built
    assert len(result.articles) >= 20


def test_every_line_is_on_its_page_or_named_in_the_audit(built):
    docs, result = built
    audit = _audit_sections(docs)
    unaccounted = []
    for article in result.articles:
        page = _page_text(docs, article.slug)
        section = audit[article.seed.name]
        lines = [
            (n, " ".join(t.split()))
            for n, t in enumerate(decode(article.seed.raw).text.split("\n"), 1)
        ]
        by_number = {ln.number: ln for ln in article.cleaned.lines}
        for number, text in lines:
            if not text:
                continue
            line = by_number[number]  # every non-empty line has a role
            if not line.kept:
                assert line.role and f"line {number}" in section and line.role in section, (
                    article.seed.name,
                    line,
                )
                assert text in section, (article.seed.name, text)
                continue
            if line.role in article.pinned:  # the editor replaced it; the audit says "pinned"
                continue
            trims = [d for d in article.cleaned.trims if d.line == number]
            for trim in trims:
                assert trim.rule in section and trim.text in section, (article.seed.name, trim)
            for piece in _pieces(text, [d.text for d in trims]):
                if piece not in page:
                    unaccounted.append(f"{article.seed.name}:{number} [{line.role}] {piece}")
    assert unaccounted == []


def test_every_story_sentence_is_on_its_page(built):
    docs, result = built
    for article in result.articles:
        page = _page_text(docs, article.slug)
        for paragraph in article.cleaned.paragraphs:
            for sentence in sentences(paragraph):
                assert sentence in page, (article.seed.name, sentence)
