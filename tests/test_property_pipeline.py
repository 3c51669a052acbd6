"""Property tests: any text through decode -> clean -> extract -> render.

For every generated input: the seed gives a page or a warning (never an
exception); the page's front matter parses back, with PyYAML and with MkDocs'
own reader, to exactly the values the generator meant; every kept line is on
the page as text in both Markdown renderers; and nothing in the input becomes
an element, attribute, link or script. Example counts stay modest so the suite
stays fast.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_robust_support import (
    commonmark,
    injected,
    mkdocs_meta,
    neutral_copy,
    scan,
    site_markdown,
    split_front_matter,
    structure,
)

from generator.decode import normalise
from generator.markdown import escape
from generator.model import Seed
from generator.pages import render_index, render_timeline
from generator.pipeline import assign_slugs
from generator.process import FAILED, process
from generator.render import article_fields, render_article
from generator.site.listing import short

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RENDERERS = (site_markdown, commonmark)

WORDS = st.sampled_from(
    "talks Seoul Washington negotiators agreed cost "
    "sharing troops billion won dollars round the of and "
    "ministry said on Tuesday 2019 방위비 협상 회의 했다".split()
)
HOSTILE = st.sampled_from(
    [
        "<script>window.__pwned=1</script>",
        "<img src=x onerror=window.__pwned=1>",
        '<a href="javascript:window.__pwned=1">x</a>',
        "[x](javascript:window.__pwned=1)",
        "<b>",
        "</p>",
        "#",
        "##",
        "*",
        "**",
        "-",
        "+",
        ">",
        "1991.",
        "3)",
        "{{ page.title }}",
        "{% if x %}",
        "{#",
        "---",
        "===",
        "~~~",
        "```",
        "!!!",
        "???",
        "|",
        "|---|",
        "&amp;",
        "&lt;",
        "&#60;",
        "&quot;",
        "\\",
        "_",
        "`",
        "[TOC]",
        "<!--",
        "-->",
        "[^1]",
        "]:",
        "'",
        '"',
        ":",
        "&",
        "<",
        ">",
        "%",
        "!",
        "[",
        "]",
        "(",
        ")",
        "@",
        "~",
        "javascript:alert(1)",
        "http://x.example",
        "<x@y.example>",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "\t",
    ]
)
FREE = st.text(st.characters(blacklist_categories=("Cs",)), max_size=10)
FRAGMENT = st.one_of(WORDS, WORDS, WORDS, HOSTILE, FREE)
LINE = st.builds(
    lambda parts, end: " ".join(parts) + end,
    st.lists(FRAGMENT, min_size=1, max_size=24),
    st.sampled_from(["", ".", ".", "?", ":", " #"]),
)
TEXT = st.lists(LINE, min_size=1, max_size=10).map("\n".join)


def page_of(text: str, name: str = "seed.txt"):
    seed = Seed(path=Path("seeds") / name, raw=text.encode("utf-8"), pinned={})
    article, problems = process(seed, f"seeds/{name}")
    assert not [p for p in problems if FAILED in p.message], (
        problems
    )  # no generator bug was tripped
    if article is None:
        assert problems and all(p.seed == name for p in problems)
        return None, None
    assign_slugs([article])
    return article, render_article(article)


def kept_texts(article) -> list[str]:
    cleaned = article.cleaned
    texts = [article.meta.title or article.seed.path.stem, *cleaned.paragraphs]
    texts += [t for t in (article.meta.subtitle, cleaned.caption) if t]
    return [" ".join(t.split()) for t in texts if t.strip()]


def check_rendered(html: str, twin_html: str, texts: list[str], where: str) -> None:
    """No injected code, the same elements as the neutral twin's page, and every text shown."""
    page = scan(html)
    assert injected(page) == [], (where, html)
    assert structure(html) == structure(twin_html), (where, html, twin_html)
    for text in texts:
        assert text in page.text, (where, text, page.text)


def body(page: str) -> str:
    return split_front_matter(page)[1]


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_give_a_page_or_a_named_warning(raw):
    seed = Seed(path=Path("seeds/x.txt"), raw=raw, pinned={})
    article, problems = process(seed, "seeds/x.txt")
    assert article is not None or [p for p in problems if p.seed == "x.txt"]
    assert not [p for p in problems if FAILED in p.message], problems


@SETTINGS
@example(
    "Talks end with no deal on cost-sharing ##\nSeoul and "
    "Washington failed to agree on the cost of troops, "
    "officials said on Tuesday.\n==="
)
@example("Round #\n~~~ the talks went on and on in Seoul for the whole week, officials said.\n~~~")
@given(TEXT)
def test_front_matter_parses_back_to_the_same_values(text):
    article, page = page_of(text)
    if article is None:
        return
    expected = article_fields(article)
    meta, _ = split_front_matter(page)
    assert meta == expected
    assert mkdocs_meta(page) == expected


@SETTINGS
@example(
    "Talks ## \nNegotiators from Seoul and Washington met again on Tuesday to talk about costs.\n"
    "<script>window.__pwned=1</script> was pasted into the middle of the story by someone.\n"
    "1991. The year the first cost-sharing agreement was signed by the two allies in Seoul."
)
@given(TEXT)
def test_article_page_shows_every_kept_line_as_text_and_nothing_as_markup(text):
    article, page = page_of(text)
    if article is None:
        return
    twin = body(render_article(neutral_copy(article)))
    for render in RENDERERS:
        html = render(body(page))
        check_rendered(html, render(twin), kept_texts(article), render.__name__)
        assert scan(html).tags().count("h1") == 1, (render.__name__, html)
        # The story carries no link at all; the theme links the raw copy from the front matter.
        assert "a" not in scan(html).tags(), (render.__name__, html)
    assert f"  source_href: ../../raw/{article.slug}.txt\n" in page


@SETTINGS
@example("talks", "talks " * 17 + "<script>window.__pwned=1</script> " * 3 + "and more.")
@given(TEXT, TEXT)
def test_index_and_timeline_show_titles_and_summaries_as_text(first, second):
    articles = [a for a, _ in (page_of(first, "a.txt"), page_of(second, "b.txt")) if a]
    if not articles:
        return
    assign_slugs(articles)
    titles = [" ".join((a.meta.title or a.seed.path.stem).split()) for a in articles]
    # The home page shows each summary cut to about one line.
    summaries = [" ".join(short(a.meta.summary).split()) for a in articles if a.meta.summary]
    twins = [neutral_copy(a) for a in articles]
    for render in RENDERERS:
        index = render(body(render_index(articles)))
        check_rendered(
            index, render(body(render_index(twins))), titles + summaries, f"index/{render.__name__}"
        )
        timeline = render(body(render_timeline(articles)))
        check_rendered(
            timeline, render(body(render_timeline(twins))), titles, f"timeline/{render.__name__}"
        )
        hrefs = {a.get("href") for t, a in scan(index).elements if t == "a"}
        assert {f"articles/{a.slug}.md" for a in articles} <= hrefs


@SETTINGS
@example("=")
@example("~~~")
@example("Round ##")
@example("1) one")
@example("x 0")  # the list item's own "x " comes first only in the list case
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_escaped_line_renders_as_exactly_its_text(text):
    line = " ".join(normalise(text).text.split())
    if not line:
        return
    for render in RENDERERS:
        for markdown, shown in (
            (escape(line), line),
            (f"# {escape(line)}", line),
            (f"- x  \n  {escape(line)}", f"x {line}"),
        ):
            page = scan(render(markdown))
            assert injected(page) == []
            assert page.text == shown, (render.__name__, markdown, page.text)
            assert not set(page.tags()) - {"p", "h1", "ul", "li", "br"}, (markdown, page.tags())


def test_markdown_like_story_line_stays_a_paragraph():
    """A worked case of the property above, with a line that looks like a Markdown heading."""
    text = (
        "Talks resume in Seoul after a pause\nNegotiators "
        "met in Seoul on Tuesday and wrote <b>bold</b> "
        "on the board, officials said.\n# A line that starts "
        "with a hash is still story text, officials said."
    )
    article, page = page_of(text)
    assert article is not None
    for render in RENDERERS:
        html = scan(render(split_front_matter(page)[1]))
        assert html.tags().count("h1") == 1 and "b" not in html.tags()
        assert "# A line that starts with a hash" in html.text
        assert "wrote <b>bold</b> on the board" in html.text
