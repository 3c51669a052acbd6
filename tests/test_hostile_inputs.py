"""Hostile inputs of issue 16 read back as the exact text a reader sees: a seed swapped for a
link between listing and reading, sidecar values with markup, braces and link schemes in every
file they reach, one 2 MB line, and NUL bytes in seeds and sidecars."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

from test_robust_support import article_text, injected, scan, site_markdown, split_front_matter

from generator import safepath
from generator.pipeline import build

ATOM = "{http://www.w3.org/2005/Atom}"
TITLE = "Allies end talks in Seoul without a deal"


def _warnings(result) -> list[str]:
    return [str(w) for w in result.warnings]


def _page(docs, article) -> tuple[dict, str]:
    md = docs / "articles" / f"{article.slug}.md"
    return split_front_matter(md.read_text(encoding="utf-8"))


def test_seed_swapped_for_an_outside_link_after_listing_is_refused(tmp_path, monkeypatch):
    seeds, secret = tmp_path / "seeds", tmp_path / "secret.txt"
    seeds.mkdir()
    secret.write_text(article_text("Secret file on the build machine leaks out", "Do not publish."))
    (seeds / "a.txt").write_text(article_text(TITLE, "Met."))
    (seeds / "b.txt").write_text(article_text("Second round of talks opens in Washington", "Met."))
    listed = safepath.split_links

    def list_then_swap(folder, entries):
        kept = listed(folder, entries)
        os.remove(seeds / "b.txt")
        os.symlink(secret, seeds / "b.txt")
        return kept

    monkeypatch.setattr(safepath, "split_links", list_then_swap)
    result = build(seeds, tmp_path / "docs", workers=1)
    assert [a.seed.name for a in result.articles] == ["a.txt"]
    assert _warnings(result) == [
        "b.txt: cannot be opened: it is now a symbolic link to a file outside seeds/; not read "
        "(check the file's permissions, or remove it from seeds/)"
    ]
    published = b"".join(p.read_bytes() for p in (tmp_path / "docs").rglob("*") if p.is_file())
    assert b"Do not publish" not in published and b"Secret file" not in published


def test_read_bytes_refuses_a_file_that_became_an_outside_link(tmp_path):
    seeds, secret = tmp_path / "seeds", tmp_path / "secret.txt"
    seeds.mkdir()
    secret.write_text("secret")
    os.symlink(secret, seeds / "a.txt")
    try:
        safepath.read_bytes(seeds / "a.txt")
    except safepath.Outside as err:
        assert err.strerror == "it is now a symbolic link to a file outside seeds/; not read"
    else:
        raise AssertionError("read an outside file")


PINS = {
    "title": "<script>alert(1)</script> {{ config.site_name }} talks",
    "author": ["{% include 'x' %}", "<b>Kim</b>"],
    "source": "[Daily](javascript:alert(2)) {x}",
    "location": "javascript:alert(3)",
    "summary": '<a href="javascript:alert(4)">{{ page }}</a> & {% raw %}',
}


def test_hostile_sidecar_values_are_text_in_page_dataset_and_feeds(tmp_path):
    import yaml

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(article_text(TITLE, "Met."))
    (seeds / "a.yml").write_text(yaml.safe_dump(PINS))
    result = build(seeds, docs, workers=1)
    assert _warnings(result) == []
    meta, body = _page(docs, result.articles[0])
    assert {k: meta[k] for k in PINS} == PINS
    page = scan(site_markdown(body))
    assert injected(page) == []
    assert page.text.split(" Negotiators ")[0] == (
        "<script>alert(1)</script> {{ config.site_name }} talks 26 Sep 2019 · "
        "[Daily](javascript:alert(2)) {x} · By {% include 'x' %}, <b>Kim</b> · javascript:alert(3)"
    )
    assert [tag for tag, _ in page.elements] == ["h1", "p", "p", "p", "p", "p"]
    row = json.loads((docs / "articles.json").read_text(encoding="utf-8"))["articles"][0]
    assert {k: row[k] for k in PINS} == PINS
    entry = ET.parse(docs / "feed.xml").getroot().find(ATOM + "entry")
    assert entry.find(ATOM + "title").text == PINS["title"]
    assert [a.find(ATOM + "name").text for a in entry.findall(ATOM + "author")] == PINS["author"]
    terms = [c.get("term") for c in entry.findall(ATOM + "category")]
    assert terms == [PINS["source"], PINS["location"]]
    assert entry.find(ATOM + "summary").text == PINS["summary"]
    assert entry.find(ATOM + "summary").get("type") == "text"
    item = json.loads((docs / "feed.json").read_text(encoding="utf-8"))["items"][0]
    assert (item["title"], item["summary"]) == (PINS["title"], PINS["summary"])
    assert [a["name"] for a in item["authors"]] == PINS["author"]
    assert item["tags"] == [PINS["source"], PINS["location"]]


def test_a_single_2_mb_line_is_one_whole_paragraph(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    words = "Negotiators met again in Seoul and said the talks on the cost of the troops went on. "
    line = (words * (2_000_000 // len(words) + 1))[:2_000_000].strip()
    assert "\n" not in line and len(line) == 1_999_999
    title = "One paragraph two megabytes long about the talks"
    (seeds / "long.txt").write_text(article_text(title, line))
    result = build(seeds, docs, workers=1)
    assert _warnings(result) == [
        "long.txt: is 2.0 MB, far longer than one news article; published anyway "
        "(check that it holds one article, not several or a whole site)"
    ]
    (article,) = result.articles
    assert article.cleaned.paragraphs[-1] == line
    _, body = _page(docs, article)
    assert f'<p id="p-4">{line}</p>' in body


def test_nul_bytes_in_seed_and_sidecar_are_dropped(tmp_path):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    raw = article_text("Talks go on\x00 despite a NUL byte", "The de\x00legations met\x00 again.")
    (seeds / "a.txt").write_bytes(raw.encode())
    (seeds / "a.yml").write_text('author: "Kim\\0 Min-jun"\nsummary: "Talks\\0 end"\n')
    (seeds / "b.txt").write_text(article_text(TITLE, "Met."))
    (seeds / "b.yml").write_bytes(b"author: Kim\x00 Min-jun\n")
    result = build(seeds, docs, workers=1)
    assert _warnings(result) == [
        "b.yml: sidecar is not valid YAML: unacceptable character #x0000: "
        "special characters are not allowed (fix the YAML; its fields are ignored until then)"
    ]
    a, b = sorted(result.articles, key=lambda x: x.seed.name)
    meta, body = _page(docs, a)
    assert (meta["title"], meta["author"], meta["summary"]) == (
        "Talks go on despite a NUL byte",
        ["Kim Min-jun"],
        "Talks end",
    )
    assert '<p id="p-4">The delegations met again.</p>' in body
    assert "\x00" not in body and (b.meta.author, list(b.pinned)) == ([], [])
    item = json.loads((docs / "feed.json").read_text(encoding="utf-8"))["items"]
    mine = next(i for i in item if i["title"] == "Talks go on despite a NUL byte")
    assert (mine["authors"], mine["summary"]) == ([{"name": "Kim Min-jun"}], "Talks end")
    assert b"\\u0000" not in (docs / "articles.json").read_bytes()
