"""The small records an article is made of are pickled as their field values (model._as_fields):
they must come back equal, whatever their fields hold, and a field added later must not be lost."""
import pickle
from dataclasses import fields
from datetime import date

import pytest

from generator.model import Article, Cleaned, Dropped, Figure, Line, Metadata, Problem

SAMPLES = [
    Problem("a.txt", "has no date", "pin it", 7),
    Problem("b.txt", "is empty"),
    Dropped(3, "Share this article", "share-bar"),
    Line(12, "Seoul and Washington resumed talks.", "paragraph", "body"),
    Figure(1.3, "trillion won", "1.3 trillion won", "It asked for 1.3 trillion won."),
    Figure(5_000_000_000, "USD", "$5 billion", ""),
]


@pytest.mark.parametrize("record", SAMPLES, ids=lambda r: type(r).__name__)
def test_record_round_trip(record):
    back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == record and type(back) is type(record)
    assert [getattr(back, f.name) for f in fields(back)] == [getattr(record, f.name) for f in fields(record)]


@pytest.mark.parametrize("cls", [Problem, Dropped, Line, Figure])
def test_every_field_is_pickled(cls):
    """Each field set to a value of its own: a reduce that skipped or swapped one would show."""
    values = [f"value of {f.name}" for f in fields(cls)]
    record = cls(*values)
    back = pickle.loads(pickle.dumps(record))
    assert [getattr(back, f.name) for f in fields(cls)] == values


def test_article_round_trip():
    lines = [Line(1, "Talks resume", "title", "header"), Line(2, "Share", "share-bar", "header"),
             Line(3, "The talks resumed on Monday in Seoul.", "paragraph", "body")]
    cleaned = Cleaned(lines, [lines[2].text], [Dropped(3, "(Yonhap)", "wire-credit-tail")], "en")
    meta = Metadata(title="Talks resume", date=date(2019, 9, 24), figures=[Figure(5, "billion USD", "$5 billion", "x")],
                    origins={"date": "stamp"})
    article = Article(None, cleaned, meta, slug="talks-resume", problems=[Problem("a.txt", "odd")], words=6)
    back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == article
    assert back.cleaned.dropped == cleaned.dropped


def test_cleaned_round_trip_keeps_every_field():
    """Cleaned pickles its lines as tuples: every field of Cleaned and of each line comes back."""
    values = {f.name: f"value of {f.name}" for f in fields(Cleaned)}
    values["lines"] = [Line(1, "Talks resume", "title", "header"), Line(4, "Share", "share-bar", "trailer")]
    values["paragraphs"] = ["The talks resumed."]
    values["trims"] = [Dropped(3, "(Yonhap)", "wire-credit-tail")]
    cleaned = Cleaned(**values)
    back = pickle.loads(pickle.dumps(cleaned, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == cleaned and all(type(ln) is Line for ln in back.lines)
