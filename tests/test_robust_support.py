"""Helpers shared by the robustness, hostile-input and property tests, and tests of the
helpers themselves (a checker that cannot see an injected script would prove nothing).

- `site_markdown` renders Markdown the way the site does: Python-Markdown with the
  extensions MkDocs loads from mkdocs.yml (its built-ins included).
- `commonmark` renders with markdown-it-py, raw HTML allowed, so escaping that
  only works by accident in one renderer still shows up.
- `scan` parses HTML into elements and the text a reader sees; `injected` lists
  anything in it that would run or act as markup a seed put there.
"""

from __future__ import annotations

import functools
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from markdown_it import MarkdownIt

REPO = Path(__file__).resolve().parent.parent
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}
MARK = "__pwned"  # every hostile script in these tests sets window.__pwned


@functools.lru_cache(maxsize=1)
def _site_extensions() -> tuple[list, dict]:
    from mkdocs.config import load_config

    config = load_config(str(REPO / "mkdocs.yml"))
    return list(config["markdown_extensions"]), dict(config["mdx_configs"])


def site_markdown(text: str) -> str:
    extensions, configs = _site_extensions()
    return markdown.Markdown(extensions=extensions, extension_configs=configs).convert(text)


def commonmark(text: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).render(text)


class Scan(HTMLParser):
    """Elements with their attributes, the visible text, and script bodies of one HTML text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []  # bodies of <script> elements
        self.script_types: list[str] = []
        self._text: list[str] = []
        self._in_script = False
        self.paragraphs: list[str] = []  # the text of each <p> element, whitespace collapsed
        self._paragraph: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag in ("script", "style")
        if tag == "script":
            self.scripts.append("")
            self.script_types.append(dict(attrs).get("type") or "")
        if tag in ("p", "li", "h1", "h2", "h3", "br", "figcaption", "div", "td", "title"):
            self._text.append(" ")
        if tag == "p":
            self._paragraph = []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._in_script = False
        if tag == "p" and self._paragraph is not None:
            self.paragraphs.append(" ".join("".join(self._paragraph).split()))
            self._paragraph = None
        self._text.append(" ")

    def handle_data(self, data):
        if self._in_script:
            if self.scripts:
                self.scripts[-1] += data
        else:
            self._text.append(data)
            if self._paragraph is not None:
                self._paragraph.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self._text).split())

    def tags(self) -> list[str]:
        return [tag for tag, _ in self.elements]


def scan(html: str) -> Scan:
    parser = Scan()
    parser.feed(html)
    parser.close()
    return parser


def _scheme(url: str) -> str:
    url = re.sub(r"[\x00-\x20]", "", url).lower()
    return url.split(":", 1)[0] if ":" in url else ""


DATA_SCRIPTS = ("application/ld+json", "application/json")


def injected(page: Scan) -> list[str]:
    """Everything in a page that a seed could only have put there by becoming markup:
    event-handler attributes, script URLs, scripts carrying the hostile code, and data
    scripts (JSON-LD) whose text no longer parses, the sign of an early </script>."""
    import json

    found = []
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}=...>: event handler")
            elif (
                name in URL_ATTRS
                and _scheme(value) in ("javascript", "vbscript", "data")
                and tag != "link"
            ):
                found.append(f"<{tag} {name}={value!r}>: script URL")
    for kind, body in zip(page.script_types, page.scripts):
        if kind in DATA_SCRIPTS:
            try:
                json.loads(body)
            except ValueError:
                found.append(f"<script type={kind}>{body[:60]}</script>: data script cut short")
        elif MARK + "=" in body:
            found.append(f"<script>{body[:60]}</script>: injected script")
    return found


def split_front_matter(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n"), text[:80]
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def mkdocs_meta(text: str) -> dict:
    """The front matter as MkDocs itself reads it."""
    from mkdocs.utils.meta import get_data

    return get_data(text)[1]


def new_seeds(tmp: Path, *, with_real: bool = True) -> Path:
    seeds = tmp / "seeds"
    if with_real:
        shutil.copytree(REPO / "seeds", seeds)
    else:
        seeds.mkdir(parents=True)
    return seeds


# --- the checkers catch what they are meant to catch -------------------------------------------


def test_scan_finds_injected_markup():
    html = (
        '<p>ok</p><img src=x onerror="window.__pwned=1"><a href=" JaVa\tscript:alert(1)">x</a>'
        '<script>window.__pwned=2</script><div title="window.__pwned=3">t</div>'
        '<script type="application/ld+json">{"headline": '
        '"</script><script>window.__pwned=4</script>'
    )
    problems = injected(scan(html))
    assert len(problems) == 5, problems


def test_scan_passes_escaped_text():
    html = "<p>&lt;script&gt;window.__pwned=1&lt;/script&gt; and &lt;img onerror=x&gt;</p>"
    page = scan(html)
    assert injected(page) == []
    assert page.text == "<script>window.__pwned=1</script> and <img onerror=x>"


def test_both_renderers_show_raw_html_as_elements():
    source = "A <b onclick='window.__pwned=1'>bold</b> word\n\n<script>window.__pwned=2</script>\n"
    for render in (site_markdown, commonmark):
        assert len(injected(scan(render(source)))) == 2, render.__name__


# --- articles written for these tests ------------------------------------------------------------

STORY = [
    "Negotiators from Seoul and Washington met for two "
    "days this week to discuss how much South Korea "
    "should pay toward the upkeep of American troops stationed on the peninsula.",
    "The delegations exchanged their positions on the size of the contribution and agreed to keep "
    "talking, according to the Foreign Ministry.",
    "No date has been set for the next meeting, which officials said would be arranged through "
    "diplomatic channels in the coming weeks.",
]
CHROME = [
    "Home | World | Politics | Defense",
    "Share",
    "Print",
    "Back To Top",
    "Copyright © 2019 Example Daily. All rights reserved.",
]


def article_text(
    headline: str, *extra: str, stamp: str = "Posted on : 2019-09-26 17:10 KST"
) -> str:
    """A pasted article: menu, headline, stamp, story (with any extra paragraphs) and trailing
    chrome."""
    lines = [CHROME[0], headline, stamp, "", *STORY, *extra, "", *CHROME[1:]]
    return "\n".join(lines) + "\n"


KOREAN_STORY = [
    "한국과 미국이 방위비 분담금 협상 첫 회의를 서울에서 이틀 동안 열고 마무리했다.",
    (
        "외교부는 양국 대표단이 분담금 규모에 대한 입장을 "
        "주고받고 앞으로도 협의를 이어가기로 했다고 밝혔다."
    ),
    "다음 회의 날짜는 아직 정해지지 않았으며 외교 경로를 통해 정하기로 했다.",
]


def korean_article_text(headline: str = "한미 방위비 분담금 협상 첫 회의 서울에서 마무리") -> str:
    return "\n".join([headline, "입력 2019-09-26 17:10", "", *KOREAN_STORY, ""]) + "\n"


# --- the same article with every seed-given character replaced by plain letters ----------------


def neutral(text: str) -> str:
    """Each character -> 'x' + 6 hex digits (whitespace kept): no character left that any
    markup gives a meaning to, while equal texts stay equal and a text found inside
    another is still found there (the codes cannot match out of step)."""
    return "".join(c if c.isspace() else f"x{ord(c):06x}" for c in text)


def neutral_copy(article):
    """A copy of an article whose seed-given texts are neutral(): rendering it shows the
    page structure the templates alone make, to compare the real page against."""
    import copy
    import dataclasses

    from generator.model import Dropped, Figure, Line

    twin = copy.deepcopy(article)
    meta, cleaned = twin.meta, twin.cleaned
    for key in ("title", "subtitle", "source", "location", "summary"):
        if getattr(meta, key):
            setattr(meta, key, neutral(getattr(meta, key)))
    meta.author = [neutral(a) for a in meta.author]
    meta.figures = [
        Figure(f.value, f.unit, neutral(f.text), neutral(f.context)) for f in meta.figures
    ]
    cleaned.lines = [Line(ln.number, neutral(ln.text), ln.role, ln.zone) for ln in cleaned.lines]
    cleaned.paragraphs = [neutral(p) for p in cleaned.paragraphs]
    cleaned.trims = [Dropped(d.line, neutral(d.text), d.rule) for d in cleaned.trims]
    path = twin.seed.path
    twin.seed = dataclasses.replace(
        twin.seed, path=path.with_name(neutral(path.stem) + path.suffix)
    )
    return twin


def structure(html: str) -> list[tuple[str, tuple[str, ...]]]:
    """The elements of a page and their attribute names, in order; attribute values and text
    left out."""
    return [(tag, tuple(sorted(attrs))) for tag, attrs in scan(html).elements]
