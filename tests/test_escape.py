"""Story text is escaped so CommonMark (markdown-it-py) sees only text: no HTML, no links."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from generator.markdown import escape

CASES = [
    "# not a heading",
    "1991. The year it began",
    "- not a list",
    "* nor this",
    "+ nor this",
    "> not a quote",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](http://evil.example/x.png)",
    "<http://evil.example>",
    "**bold** and _em_ and `code`",
    "{{ config.site_name }} {% include 'x' %}",
    "back\\slash at end\\",
    "3) third",
    "!!! warning",
    "---",
    "***",
    "AT&T &amp; &copy; &#60;",
    "| a | b |",
    "[^1] [TOC]",
    "trailing two spaces  ",
    "    indented code?",
    "www.example.com and https://example.com",
]


def inline_tokens(text: str):
    tokens = MarkdownIt("commonmark").parse(text)
    for token in tokens:
        yield token
        yield from token.children or []


@pytest.mark.parametrize("text", CASES)
def test_escaped_text_is_plain_text(text):
    tokens = list(inline_tokens(escape(text)))
    kinds = {t.type for t in tokens}
    assert kinds <= {"paragraph_open", "paragraph_close", "inline", "text", "softbreak"}, kinds
    assert "".join(t.content for t in tokens if t.type == "text") == " ".join(text.split())
