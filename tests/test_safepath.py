"""Nothing outside seeds/ is read or published, and a few non-UTF-8 lines never garble the rest."""

from __future__ import annotations

import os

from test_robust_support import article_text

from generator.decode import decode
from generator.pipeline import build

TITLE = "Allies end talks in Seoul without a deal"


def _warned(result, name: str) -> str:
    return " ".join(str(w) for w in result.warnings if w.seed == name)


def test_links_inside_are_read_and_links_outside_refused(tmp_path):
    seeds, secret = tmp_path / "seeds", tmp_path / "secret.txt"
    seeds.mkdir()
    secret.write_text(article_text("Secret file on the build machine leaks out", "Do not publish."))
    (seeds / "1_real.txt").write_text(article_text(TITLE, "Met."))
    os.symlink("1_real.txt", seeds / "2_inside.txt")
    os.symlink(secret, seeds / "3_outside.txt")
    os.symlink("missing.txt", seeds / "4_broken.txt")
    os.symlink(secret, seeds / "1_real.yml")
    result = build(seeds, tmp_path / "docs", workers=1)
    assert [a.meta.title for a in result.articles] == [TITLE]
    assert "outside seeds/; not read" in _warned(result, "3_outside.txt")
    assert "does not exist" in _warned(result, "4_broken.txt")
    assert "outside seeds/" in _warned(result, "1_real.yml")
    published = b"".join(p.read_bytes() for p in (tmp_path / "docs").rglob("*") if p.is_file())
    assert b"Do not publish" not in published


def test_symlinked_seeds_folder_is_refused(tmp_path):
    real = tmp_path / "elsewhere"
    real.mkdir()
    (real / "a.txt").write_text(article_text(TITLE, "Met."))
    os.symlink(real, tmp_path / "seeds")
    result = build(tmp_path / "seeds", tmp_path / "docs", workers=1)
    assert not result.articles
    assert "is a symbolic link" in " ".join(map(str, result.warnings))


def test_hard_linked_seed_gets_a_real_copy(tmp_path):
    seeds, other = tmp_path / "seeds", tmp_path / "other.txt"
    seeds.mkdir()
    other.write_text(article_text(TITLE, "Met."))
    os.link(other, seeds / "a.txt")
    build(seeds, tmp_path / "docs", workers=1)
    (copy,) = (tmp_path / "docs" / "raw").iterdir()
    assert copy.read_bytes() == other.read_bytes() and not os.path.samefile(copy, other)


def test_utf8_with_one_latin1_line():
    raw = "Café in Seoul’s old town\n".encode() + "Señor Müller said\n".encode("latin-1")
    decoded = decode(raw)
    assert (decoded.text, decoded.encoding) == (
        "Café in Seoul’s old town\nSeñor Müller said\n",
        "utf-8",
    )
    assert decoded.repairs == ["line 2 not UTF-8: read as cp1252"]


def test_nul_byte_in_text_is_dropped():
    assert decode(b"Talks go\x00 on\n").text == "Talks go on\n"


def test_utf8_line_with_one_stray_cp1252_dash():
    raw = "Café first\n".encode() + b"Stray " + b"\x96" + " dash in “UTF-8” line\n".encode()
    decoded = decode(raw)
    assert decoded.text == "Café first\nStray – dash in “UTF-8” line\n"
    assert decoded.repairs == ["line 2 not UTF-8: read as cp1252"]


def test_utf8_file_with_one_cp949_line():
    korean = "한미 방위비 회의 제주서 개최\n"
    raw = "Café in Seoul’s old town\n".encode() + korean.encode("cp949") + "Señor\n".encode()
    decoded = decode(raw)
    assert decoded.text == "Café in Seoul’s old town\n" + korean + "Señor\n"
    assert decoded.encoding == "utf-8"
    assert decoded.repairs == ["line 2 not UTF-8: read as cp949"]


def test_cp949_file_with_english_lines_is_read_whole_as_cp949():
    korean = (
        "한미 방위비 4차 회의 제주서 개최\n(제주=연합뉴스) "
        "김민준 기자 = 한국과 미국은 18일 회의를 열었다.\n"
    )
    text = korean + "Seoul and Washington met on Nov. 18.\nBy Kim Min-jun\n" + korean
    decoded = decode(text.encode("cp949"))
    assert (decoded.text, decoded.encoding, decoded.repairs) == (text, "cp949", [])
