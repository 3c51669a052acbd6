"""An article comes back from the cache as it went in: every field of it and of the records
it is made of, whether the parent or a worker pickled it."""

import pickle
from dataclasses import MISSING, fields
from datetime import date
from pathlib import Path

from generator.cache import Cache
from generator.model import (
    Article,
    Cleaned,
    Dropped,
    Figure,
    Line,
    Metadata,
    Problem,
    Processed,
    Seed,
)
from generator.process import process
from generator.reader import read_seeds

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def sample(seed: Seed) -> Article:
    """An article with every field set to something other than its default."""
    lines = [
        Line(1, "Talks resume", "title", "header"),
        Line(2, "Share", "share-bar", "header"),
        Line(3, "The talks resumed on Monday in Seoul.", "paragraph", "body"),
    ]
    cleaned = Cleaned(lines, [lines[2].text], [Dropped(3, "(Yonhap)", "wire-credit-tail")], "ko")
    meta = Metadata(
        title="Talks resume",
        date=date(2019, 9, 24),
        author=["Kim"],
        figures=[Figure(5, "billion USD", "$5 billion", "x"), Figure(1.3, "%", "1.3%", "")],
        origins={"date": "stamp"},
    )
    return Article(
        seed,
        cleaned,
        meta,
        slug="talks-resume",
        seed_path="seeds/a.txt",
        pinned=["date"],
        words=6,
        decoding=["read as cp949"],
        recalled=["an event"],
        fingerprint="ab12",
    )


def through_cache(
    tmp_path: Path, seed: Seed, processed: Processed
) -> tuple[Article, list[Problem]]:
    cache = Cache(tmp_path / "cache", tmp_path)
    cache.save(seed, processed)
    cache.finish()
    found = Cache(tmp_path / "cache", tmp_path).lookup(seed, processed.article.seed_path)
    assert found is not None
    return found


def assert_same(back: Article, article: Article) -> None:
    for f in fields(Article):
        assert getattr(back, f.name) == getattr(article, f.name), f.name
    assert back.cleaned.dropped == article.cleaned.dropped
    assert all(type(ln) is Line for ln in back.cleaned.lines)


def test_the_sample_sets_every_field():
    """A field added to Article later must be added to the sample, so the tests below cover it."""
    article = sample(Seed(Path("a.txt"), b"x", {}))
    for f in fields(Article):
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        assert getattr(article, f.name) != default, f.name


def test_every_field_survives_the_cache(tmp_path):
    seed = Seed(Path("a.txt"), b"x", {})
    article = sample(seed)
    problems = [Problem("a.txt", "has no date", "pin it", 7), Problem("a.txt", "is odd")]
    back, back_problems = through_cache(tmp_path, seed, Processed(article, problems))
    assert_same(back, article)
    assert back.seed is seed and back_problems == problems


def test_every_field_survives_when_a_worker_pickled_it(tmp_path):
    seed = Seed(Path("a.txt"), b"x", {})
    article = sample(seed)
    blob = pickle.dumps(sample(None), protocol=pickle.HIGHEST_PROTOCOL)  # as parallel._work does
    back, _ = through_cache(tmp_path, seed, Processed(article, [], blob))
    assert_same(back, article)


def test_processed_articles_survive_the_cache(tmp_path):
    seeds, _ = read_seeds(SEEDS)
    for seed in seeds:
        article, problems = process(seed, f"seeds/{seed.name}")
        back, back_problems = through_cache(tmp_path, seed, Processed(article, problems))
        assert_same(back, article)
        assert back.recalled is not None and back_problems == problems
