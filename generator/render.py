"""Article -> Markdown page text (stage 4). Front matter is the fields of generator/fields.py,
in its order, as YAML written by PyYAML (libyaml).

The story's paragraphs are raw HTML paragraphs with an id (p-1, p-2 …) so the
timeline can link to the sentence an event was recalled from; their text is
escaped with html.escape, like every other piece of article text placed in
our own HTML. Previous/next links and the JSON-LD <script> are added by the
theme (docs/overrides) from the front matter, so the page text depends on
this article alone.
"""

from __future__ import annotations

import io
import math
from datetime import date
from urllib.parse import urlsplit

import yaml

from generator import fastyaml
from generator.fields import (  # noqa: F401 (MARKER: for its importers)
    FIELDS,
    MARKER,
    META_LINE,
    web_url,
)
from generator.markdown import escape, html_text
from generator.model import Article, Figure
from generator.site.jsonld import news_article
from generator.site.urls import raw_href

# libyaml's emitter when PyYAML was built with it: the same YAML, several times faster
# (it writes characters beyond U+FFFF as \U escapes, and keeps U+0085, which the pure one loses).
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_TAG = "tag:yaml.org,2002:"


def front_matter(data: dict) -> str:
    """`data` as YAML between --- lines, as PyYAML (libyaml) writes it: keys in order, blocks."""
    text = fastyaml.block(data)  # the common case, several times faster (see fastyaml.py)
    return f"---\n{text}---\n" if text is not None else _front_matter_yaml(data)


def _front_matter_yaml(data: dict) -> str:
    stream = io.StringIO()
    dumper = _DUMPER(
        stream, allow_unicode=True, sort_keys=False, default_flow_style=False, width=4096
    )
    try:
        dumper.open()
        dumper.serialize(_node(data, dumper))
        dumper.close()
    finally:
        dumper.dispose()
    return f"---\n{stream.getvalue()}---\n"


def _node(value, dumper) -> yaml.Node:
    """The node SafeRepresenter makes for `value`, but never an alias: yaml.dump would
    write `date: &id001 2019-01-01` and `updated: *id001` for one date object in both."""
    kind = type(value)
    if kind is str:
        return yaml.ScalarNode(_TAG + "str", value)
    if kind is dict:
        pairs = [(_node(k, dumper), _node(v, dumper)) for k, v in value.items()]
        return yaml.MappingNode(_TAG + "map", pairs, flow_style=False)
    if kind is list:
        return yaml.SequenceNode(_TAG + "seq", [_node(v, dumper) for v in value], flow_style=False)
    if value is None:
        return yaml.ScalarNode(_TAG + "null", "null")
    if kind is int:
        return yaml.ScalarNode(_TAG + "int", str(value))
    if kind is date:
        return yaml.ScalarNode(_TAG + "timestamp", value.isoformat())
    return dumper.represent_data(value)  # bool, float, ...: PyYAML's own rules


# The values of the registry's `rendered` fields, made from the article's other fields
# (filled in below, once page_furniture is defined).
RENDERED = {"jsonld": news_article}


def article_fields(article: Article, jsonld: bool = True) -> dict:
    """The front matter's fields and values, in registry order."""
    return {
        f.name: RENDERED[f.name](article) if f.rendered else f.value(article)
        for f in FIELDS
        if jsonld or not f.rendered  # jsonld=False: the fields read, none made here
    }


def article_front_matter(article: Article) -> str:
    return front_matter(article_fields(article))


def meta_line(article: Article) -> str:
    """The header under the headline: date, updated, source, byline, the talks, place."""
    lang = article.cleaned.language
    parts = (part(article.meta, lang) for part in META_LINE.values())
    return " · ".join(part for part in parts if part is not None)


# The few words an article page adds, in the article's language.
WORDS = {
    "en": {
        "figures": "Amounts in this article",
        "caption": "Photo",
        "source": "Source text",
        "original": "Original at",
    },
    "ko": {
        "figures": "기사 속 금액",
        "caption": "사진",
        "source": "원문 텍스트",
        "original": "원문 기사:",
    },
}
SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
UNIT_WORDS = {"KRW": "won", "USD": "US dollars", "%": "%"}


def _number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6f}".rstrip("0").rstrip(".")


def plain_amount(figure: Figure) -> str:
    """The value in English words: 960200000000 KRW -> "960.2 billion won"."""
    unit = UNIT_WORDS.get(figure.unit, figure.unit)
    if figure.unit == "%":
        return f"{_number(figure.value)}%"
    for size, word in SCALES:
        if abs(figure.value) >= size:
            scaled = round(figure.value / size, 2)
            return f"{_number(int(scaled) if scaled == int(scaled) else scaled)} {word} {unit}"
    return f"{_number(figure.value)} {unit}"


def amounts(figures: list[Figure]) -> list[dict]:
    """Each amount once, as printed; a Korean one with its value in English words."""
    seen: dict[tuple, Figure] = {}
    for figure in figures:
        seen.setdefault((figure.text, repr(figure.value), figure.unit), figure)
    return [
        {"text": f.text, "words": plain_amount(f) if _in_words(f) else None} for f in seen.values()
    ]


def _in_words(figure: Figure) -> bool:
    """A Korean amount ("9천602억원") gets its value in English words beside it."""
    value = figure.value
    return not figure.text.isascii() and isinstance(value, (int, float)) and math.isfinite(value)


def page_furniture(article: Article) -> dict:
    """What the theme prints under the story (docs/overrides/main.html, escaping every value):
    the amounts, the original article's address and the source-text link. Kept out of the
    Markdown so the page's Markdown body is the story alone."""
    words = WORDS.get(article.cleaned.language, WORDS["en"])
    url = web_url(article.meta.url)
    return {
        "amounts_label": words["figures"],
        "amounts": amounts(article.meta.figures),
        "original_label": words["original"],
        "original": url,
        "original_host": urlsplit(url).hostname if url else None,
        "source_label": words["source"],
        "source_href": raw_href(article.slug),
    }


def render_article(article: Article) -> str:
    m = article.meta
    words = WORDS.get(article.cleaned.language, WORDS["en"])
    out = [article_front_matter(article), ""]
    out += [f"# {escape(m.title or article.seed.path.stem)}", ""]
    if m.subtitle:
        out += [f'<p class="nd-dek">{html_text(m.subtitle)}</p>', ""]
    out += [f'<p class="nd-meta">{html_text(meta_line(article))}</p>', ""]
    caption = article.cleaned.caption
    if caption:
        out += [
            # A photo's caption without its photo: a figure holding only its caption.
            f'<figure class="nd-caption"><figcaption><span class="nd-caption__label">'
            f"{words['caption']}</span> {html_text(caption)}</figcaption></figure>",
            "",
        ]
    for number, paragraph in enumerate(article.cleaned.paragraphs, 1):
        out += [f'<p id="p-{number}">{html_text(paragraph)}</p>', ""]
    return "\n".join(out)


RENDERED["furniture"] = page_furniture
