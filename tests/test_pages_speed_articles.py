"""The per-article shortcuts of the page builders write what the plain way writes,
for articles holding any text (and, now and then, values of unexpected types)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_front_matter import TEXT

from generator import render
from generator.model import Article, Cleaned, Figure, Metadata, Seed

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ODD = st.one_of(st.integers(), st.floats(allow_nan=True), st.booleans(), st.lists(TEXT, max_size=2),
                st.dictionaries(TEXT, TEXT, max_size=2))
MAYBE_TEXT = st.one_of(st.none(), TEXT, TEXT, TEXT, ODD)
DAY = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1)))
NUMBER = st.one_of(st.integers(-10**15, 10**15), st.floats(allow_nan=True))
FIGURE = st.builds(Figure, st.one_of(NUMBER, NUMBER, ODD), TEXT, TEXT, st.one_of(TEXT, TEXT, ODD))
SLUG = st.one_of(st.sampled_from(["talks-a1b2", "index", "a/b", "x y", ""]), TEXT)


@st.composite
def articles(draw) -> Article:
    meta = Metadata(title=draw(MAYBE_TEXT), subtitle=draw(MAYBE_TEXT), date=draw(DAY), updated=draw(DAY),
                    source=draw(MAYBE_TEXT), author=draw(st.lists(st.one_of(TEXT, TEXT, ODD), max_size=3)),
                    round=draw(st.one_of(st.none(), st.integers(0, 20), ODD)),
                    agreement=draw(st.one_of(st.none(), st.integers(0, 12))), location=draw(MAYBE_TEXT),
                    figures=draw(st.lists(FIGURE, max_size=3)), summary=draw(MAYBE_TEXT),
                    origins=draw(st.dictionaries(st.sampled_from(["title", "date", "@x", "a: b"]), TEXT, max_size=3)))
    seed = Seed(path=Path("seeds") / draw(st.sampled_from(["a.txt", "b c.txt", "- x.txt"])), raw=b"", pinned={})
    cleaned = Cleaned(paragraphs=draw(st.lists(TEXT, max_size=3)), language=draw(st.sampled_from(["en", "ko", ""])))
    return Article(seed=seed, cleaned=cleaned, meta=meta, slug=draw(SLUG), seed_path=draw(TEXT),
                   pinned=draw(st.lists(st.sampled_from(["date", "title", "yes"]), max_size=2)),
                   words=draw(st.one_of(st.integers(0, 10**6), ODD)))


@SETTINGS
@given(articles())
def test_article_front_matter_is_the_fields_written_by_pyyaml(article):
    fields = render.article_fields(article)
    assert render.article_front_matter(article) == render.front_matter(fields) == render._front_matter_yaml(fields)


def test_ordinary_articles_take_the_short_way():
    article = Article(seed=Seed(path=Path("seeds/a.txt"), raw=b"", pinned={}), cleaned=Cleaned(paragraphs=["P."]),
                      meta=Metadata(title="Talks: day two", date=date(2019, 9, 24), author=["O'Brien"],
                                    figures=[Figure(13.9, "%", "13.9 percent", "It rose 13.9 percent.")],
                                    origins={"title": "headline"}),
                      slug="talks", seed_path="seeds/a.txt", words=3)
    lines = render._article_lines(article)  # raises when it would hand the article to the plain way
    assert render.front_matter(render.article_fields(article)) == "---\n" + "\n".join(lines) + "\n---\n"
