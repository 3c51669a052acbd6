"""Duplicates and headline clashes.

The same article saved twice (byte for byte, or pasted again with other chrome, line
ends, spacing or encoding) is published once, with a warning naming both files. Two
different articles with one headline get two pages whose URLs do not depend on file
order or on unrelated seeds, and do not move when another article with that headline
arrives later.
"""

from __future__ import annotations

from pathlib import Path

from test_robust_support import STORY, article_text

from generator.pipeline import build

HEADLINE = "Allies wrap up a round of cost-sharing talks in Seoul"


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, raw in files.items():
        (folder / name).write_bytes(raw)
    return folder


def _run(tmp: Path, files: dict[str, bytes]):
    seeds = _write(tmp / "seeds", files)
    result = build(seeds, tmp / "docs")
    pages = sorted(p.name for p in (tmp / "docs" / "articles").glob("*.md"))
    return result, pages


def _repasted() -> bytes:
    """The same story pasted again from another page: other menus, related list, CRLF, NBSP,
    UTF-16."""
    lines = [
        "Skip to content",
        "News | Diplomacy | North Korea",
        "",
        HEADLINE,
        "Posted on : 2019-09-26 17:10 KST",
        "Share  Print  Email",
        "",
        *[p.replace(" the ", " the\u00a0", 1) for p in STORY],
        "",
        "Related stories",
        "Seoul names new envoy for the talks",
        "Troop costs rise again",
        "",
        "Advertisement",
    ]
    return "\r\n".join(lines).encode("utf-16")


def test_same_file_twice_is_published_once_naming_both(tmp_path):
    raw = article_text(HEADLINE).encode()
    result, pages = _run(tmp_path, {"010_talks.txt": raw, "010_talks (copy).txt": raw})
    assert len(pages) == 1
    assert [a.seed.name for a in result.articles] == ["010_talks (copy).txt"]  # first by name wins
    warning = [str(w) for w in result.warnings if "same article" in w.message]
    assert len(warning) == 1
    assert "010_talks.txt" in warning[0] and "010_talks (copy).txt" in warning[0]


def test_same_story_with_other_chrome_is_a_duplicate(tmp_path):
    result, pages = _run(
        tmp_path, {"020_first.txt": article_text(HEADLINE).encode(), "021_again.txt": _repasted()}
    )
    assert len(pages) == 1, [str(w) for w in result.warnings]
    assert [a.seed.name for a in result.articles] == ["020_first.txt"]
    assert any("021_again.txt" in str(w) and "020_first.txt" in str(w) for w in result.warnings)


def test_a_story_with_one_more_paragraph_is_not_a_duplicate(tmp_path):
    longer = article_text(
        HEADLINE, "A fourth paragraph makes this a different, longer version of the report."
    )
    result, pages = _run(
        tmp_path, {"030_a.txt": article_text(HEADLINE).encode(), "031_b.txt": longer.encode()}
    )
    assert len(pages) == 2
    assert not [w for w in result.warnings if "same article" in w.message]


def _clashing() -> dict[str, bytes]:
    return {
        "040_hankyoreh.txt": article_text(
            HEADLINE, "The Hankyoreh's own paragraph about the talks ends here."
        ).encode(),
        "041_yonhap.txt": article_text(
            HEADLINE,
            "Yonhap's paragraph, with a different ending, is here.",
            stamp="Posted on : 2019-09-27 09:00 KST",
        ).encode(),
    }


def _slugs(result) -> dict[str, str]:
    return {a.seed.name: a.slug for a in result.articles}


def test_same_headline_gives_two_pages_with_stable_urls(tmp_path):
    result, pages = _run(tmp_path / "pair", _clashing())
    slugs = _slugs(result)
    assert len(set(slugs.values())) == 2 and len(pages) == 2
    assert slugs["040_hankyoreh.txt"] == "allies-wrap-up-a-round-of-cost-sharing-talks-in-seoul"

    # unrelated seeds around them, files created in the opposite order
    others = {
        "001_other.txt": article_text(
            "Defense ministers meet in Washington on troop costs"
        ).encode(),
        "099_other.txt": article_text("Parliament debates the new cost-sharing agreement").encode(),
    }
    reordered = dict(reversed(list({**_clashing(), **others}.items())))
    again, _ = _run(tmp_path / "crowd", reordered)
    assert {k: v for k, v in _slugs(again).items() if k in slugs} == slugs

    # a third article with that headline, added later, leaves both URLs where they were
    third = {
        "050_later.txt": article_text(HEADLINE, "A third outlet's version of the story.").encode()
    }
    later, pages = _run(tmp_path / "later", {**_clashing(), **third})
    assert len(pages) == 3 and len(set(_slugs(later).values())) == 3
    assert {k: v for k, v in _slugs(later).items() if k in slugs} == slugs


def test_clash_suffix_never_takes_another_articles_slug(tmp_path):
    first, _ = _run(tmp_path / "probe", _clashing())
    suffixed = _slugs(first)["041_yonhap.txt"]
    # an article whose own headline slugs to exactly that suffixed slug
    squatter = suffixed.replace("-", " ").capitalize()
    files = {**_clashing(), "000_squatter.txt": article_text(squatter).encode()}
    result, pages = _run(tmp_path / "all", files)
    assert len(pages) == 3 and len(set(_slugs(result).values())) == 3


def test_headline_that_slugs_to_index_does_not_replace_the_folder_page(tmp_path):
    files = {
        "060.txt": article_text("Talks held on a headline an editor pins").encode(),
        "060.yml": b"title: Index\n",
    }
    result, pages = _run(tmp_path, files)
    assert [a.meta.title for a in result.articles] == ["Index"]
    assert pages and "index.md" not in pages
