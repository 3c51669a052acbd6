"""decode asks ftfy's mojibake test only about the stretches around non-ASCII characters:
the answer must be ftfy's own for the whole text, on clean pages and on mojibake alike."""

from pathlib import Path

from ftfy.badness import is_bad

from generator import decode

CORPUS = Path(__file__).parent.parent / "corpus"


def _texts() -> list[str]:
    pages = [p.read_bytes().decode("utf-8", "replace") for p in sorted(CORPUS.glob("*/*.txt"))]
    out = []
    for page in pages:
        raw = page.encode("utf-8")
        out += [
            page,
            raw.decode("latin-1"),
            raw.decode("cp1252", "replace"),
            raw.decode("cp1251", "replace"),
            raw.decode("mac_roman"),
            page[:200],
            "Ã" + page[-300:],
            page.replace("’", "â€™"),
        ]
    return out


def test_the_stretch_search_answers_as_ftfy_does():
    texts = _texts()
    assert decode._badness_reach() is not None  # the fast path is the one under test
    answers = [decode._is_bad(text) for text in texts]
    assert answers == [is_bad(text) for text in texts]
    assert 0 < sum(answers) < len(texts)  # both answers occur
