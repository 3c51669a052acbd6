"""Article -> Markdown page text (stage 4). Front matter is YAML byte-identical to PyYAML's (libyaml's)
output: the common one-line values are written here by libyaml's own rules, anything else by PyYAML.

The story's paragraphs are raw HTML paragraphs with an id (p-1, p-2 …) so the
timeline can link to the sentence an event was recalled from; their text is
escaped with html.escape, like every other piece of article text placed in
our own HTML. Previous/next links and the JSON-LD <script> are added by the
theme (docs/overrides) from the front matter, so the page text depends on
this article alone.
"""
from __future__ import annotations

import io
import re
from datetime import date

import yaml

from generator.lexicon.ordinals import ordinal
from generator.markdown import escape, html_text
from generator.model import Article, Figure
from generator.site.jsonld import news_article
from generator.site.urls import raw_txt

MARKER = "news-digest"


# libyaml's emitter when PyYAML was built with it: the same YAML, several times faster
# (it writes characters beyond U+FFFF as \U escapes, and keeps U+0085, which the pure one loses).
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_REPRESENTER = yaml.representer.SafeRepresenter()


def front_matter(data: dict) -> str:
    """`data` as YAML between --- lines, exactly as PyYAML (libyaml) writes it.

    Front matter is mostly short one-line strings, for which libyaml's choice of
    style is simple: plain when no indicator, resolver or edge space forbids it,
    else single quotes. Those are written here, at a fraction of the cost of
    PyYAML resolving every scalar in Python; any value outside that safe subset
    (line breaks, characters needing escapes, long lines, other types) sends
    the whole document through PyYAML itself.
    """
    lines: list[str] = []
    try:
        _mapping(lines, data, 0, "")
    except _Unsafe:
        return _front_matter_yaml(data)
    lines.append("---\n")
    return "---\n" + "\n".join(lines)


def _front_matter_yaml(data: dict) -> str:
    stream = io.StringIO()
    dumper = _DUMPER(stream, allow_unicode=True, sort_keys=False, default_flow_style=False, width=4096)
    try:
        dumper.open()
        dumper.serialize(_node(data, dumper))
        dumper.close()
    finally:
        dumper.dispose()
    return f"---\n{stream.getvalue()}---\n"


def _node(value, dumper) -> yaml.Node:
    """The node SafeRepresenter makes for `value` (block style, keys in order), built
    directly for the plain types front matter holds; anything else goes through it."""
    kind = type(value)
    if kind is str:
        return yaml.ScalarNode(_STR, value)
    if kind is dict:
        return yaml.MappingNode(_TAG + "map", [(_node(k, dumper), _node(v, dumper)) for k, v in value.items()],
                                flow_style=False)
    if kind is list:
        return yaml.SequenceNode(_TAG + "seq", [_node(v, dumper) for v in value], flow_style=False)
    if value is None:
        return yaml.ScalarNode(_TAG + "null", "null")
    if kind is int:
        return yaml.ScalarNode(_TAG + "int", str(value))
    if kind is date:
        return yaml.ScalarNode(_TAG + "timestamp", value.isoformat())
    return dumper.represent_data(value)  # bool, float, ...: PyYAML's own rules


class _Unsafe(Exception):
    """A value the hand-written emitter does not cover: PyYAML writes the document."""


# Characters libyaml prints as they are (with allow_unicode), less line breaks (U+2028/9):
# anything else makes it escape or fold, which only PyYAML writes.
_UNSAFE_CHAR = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
# What stops a plain scalar in block context, besides ": " or " #" inside and a colon
# or space at the end: an indicator first, "- ", "? ", ": " first, a document marker.
_NOT_PLAIN_START = re.compile(r"[#,\[\]{}&*!|>'\"%@` ]|[?:\-](?: |$)|---|\.\.\.")
_LINE = 4000  # libyaml folds at spaces past column 4096 (width=4096): stay short of it
_KEYS: dict[str, str] = {}
_SEEN: dict[str, str] = {}


def _text(text: str, room: int) -> str:
    """A string scalar as libyaml writes it in block context, or _Unsafe."""
    out = _SEEN.get(text)
    if out is None:
        if not (text.isascii() and text.isprintable()) and _UNSAFE_CHAR.search(text):
            raise _Unsafe  # (printable ASCII is all safe, and cheaper to tell than by the regex)
        if (text and not _NOT_PLAIN_START.match(text) and ": " not in text and " #" not in text
                and not text.endswith((":", " ")) and _implicit_tag(text) == _STR):
            out = text
        else:
            out = "'" + text.replace("'", "''") + "'"
        if len(text) <= 40 and len(_SEEN) < 10000:
            _SEEN[text] = out  # names, units, origins: the same short strings on every page
    if len(out) > room:
        raise _Unsafe
    return out


def _key(key) -> str:
    text = _KEYS.get(key) if type(key) is str else None
    if text is None:
        if type(key) is not str or not key.isascii() or len(key) > 100:
            raise _Unsafe  # libyaml writes keys past 128 bytes as complex "? " keys
        text = _KEYS[key] = _text(key, 100)
    return text


def _scalar(value, room: int) -> str:
    kind = type(value)
    if kind is str:
        return _text(value, room)
    if value is None:
        return "null"
    if kind is int:
        return str(value)
    if kind is date:
        return value.isoformat()
    if kind is float:
        # PyYAML writes a float from its repr() alone (repr(-0.0) differs from repr(0.0); the key does too)
        shown = float.__repr__(value)
        text = _FLOAT_TEXT.get(shown)
        if text is None:
            text = _plain_scalar(value)
            if len(_FLOAT_TEXT) < 10000:
                _FLOAT_TEXT[shown] = text
        return text
    if kind is bool:
        return _plain_scalar(value)
    raise _Unsafe


_FLOAT_TEXT: dict[str, str] = {}


def _plain_scalar(value) -> str:
    """A bool or float as PyYAML represents it, if it is plain in block context; else _Unsafe."""
    node = _REPRESENTER.represent_data(value)
    if _implicit_tag(node.value) == node.tag and not _NOT_PLAIN_START.match(node.value):
        return node.value
    raise _Unsafe


def _implicit_tag(text: str) -> str:
    """The tag PyYAML's resolver gives `text` written plain (Resolver.resolve)."""
    table = _DUMPER.yaml_implicit_resolvers
    first = table.get(text[0])
    if _DUMPER.yaml_path_resolvers or None in table:
        raise _Unsafe
    for tag, pattern in first or ():
        if pattern.match(text):
            return tag
    return _STR


def _mapping(lines: list[str], data: dict, indent: int, lead: str) -> None:
    """A block mapping at `indent`; `lead` replaces the first line's indent ("- " in a list)."""
    pad = " " * indent
    for key, value in data.items():
        prefix = (lead or pad) + (_KEYS.get(key) or _key(key)) + ":"
        lead = ""
        kind = type(value)
        if kind is str:
            text = _SEEN.get(value)  # _text()'s own first step, without the call for the common short values
            lines.append(prefix + " " + (text if text is not None and len(text) <= _LINE - len(prefix)
                                         else _text(value, _LINE - len(prefix))))
        elif kind is dict or kind is list:
            _collection(lines, prefix, value, indent)
        else:
            lines.append(prefix + " " + _scalar(value, _LINE - len(prefix)))


def _collection(lines: list[str], prefix: str, value: dict | list, indent: int) -> None:
    if not value:
        lines.append(prefix + (" {}" if type(value) is dict else " []"))
        return
    lines.append(prefix)
    if type(value) is dict:
        _mapping(lines, value, indent + 2, "")
    else:
        _sequence(lines, value, indent)  # libyaml does not indent a list under a key


def _sequence(lines: list[str], items: list, indent: int) -> None:
    dash = " " * indent + "- "
    for item in items:
        kind = type(item)
        if kind is dict and item:
            _mapping(lines, item, indent + 2, dash)
        elif kind is dict or kind is list:
            raise _Unsafe  # nested or empty collections in a list: not in front matter
        else:
            lines.append(dash + _scalar(item, _LINE - len(dash)))


FIELDS = ("generator", "title", "subtitle", "date", "updated", "source", "author", "round", "agreement", "location",
          "figures", "summary", "words", "slug", "seed", "pinned", "origins")


def field_values(article: Article) -> tuple:
    """The values of article_fields() but the jsonld, in FIELDS order (articles.json writes them as they are)."""
    m = article.meta
    return (MARKER, m.title, m.subtitle, m.date, m.updated, m.source, list(m.author), m.round, m.agreement,
            m.location, [f.as_dict() for f in m.figures], m.summary, article.words, article.slug,
            article.seed_path, list(article.pinned), dict(m.origins))


def article_fields(article: Article, jsonld: bool = True) -> dict:
    fields = dict(zip(FIELDS, field_values(article)))
    if jsonld:
        fields["jsonld"] = news_article(article)
    return fields


def article_front_matter(article: Article) -> str:
    """front_matter(article_fields(article)), written straight from the article: the same
    lines in the same order, without making the dict and walking it key by key."""
    try:
        lines = _article_lines(article)
    except _Unsafe:
        return front_matter(article_fields(article))
    lines.append("---\n")
    return "---\n" + "\n".join(lines)


def _prefixes(*keys: str) -> tuple[tuple[str, int], ...]:
    """Each top-level key as _mapping() starts its line, with the room left for the value."""
    return tuple((_key(k) + ":", _LINE - len(_key(k)) - 1) for k in keys)


_GENERATOR = _key("generator") + ": " + _text(MARKER, _LINE)
_FIRST = _prefixes("title", "subtitle", "date", "updated", "source")
_MIDDLE = _prefixes("round", "agreement", "location")
_LAST = _prefixes("summary", "words", "slug", "seed")
# A figure as _mapping() writes its dict in a list: "- " before the first key, two spaces before the others.
_FIGURE = tuple((lead + _key(k) + ":", _LINE - len(lead + _key(k)) - 1)
                for lead, k in (("- ", "value"), ("  ", "unit"), ("  ", "text"), ("  ", "context")))


def _article_lines(article: Article) -> list[str]:
    """article_fields() as _mapping() writes it, or _Unsafe for what only the walk (or PyYAML) writes."""
    m = article.meta
    lines = [_GENERATOR]
    _scalars(lines, _FIRST, (m.title, m.subtitle, m.date, m.updated, m.source))
    _collection(lines, "author:", list(m.author), 0)
    _scalars(lines, _MIDDLE, (m.round, m.agreement, m.location))
    _figures(lines, m.figures)
    _scalars(lines, _LAST, (m.summary, article.words, article.slug, article.seed_path))
    _collection(lines, "pinned:", list(article.pinned), 0)
    _collection(lines, "origins:", dict(m.origins), 0)
    _collection(lines, "jsonld:", news_article(article), 0)
    return lines


def _scalars(lines: list[str], keys: tuple[tuple[str, int], ...], values: tuple) -> None:
    for (prefix, room), value in zip(keys, values):
        lines.append(prefix + " " + _scalar(value, room))  # _Unsafe for a list or dict: the walk writes those


def _figures(lines: list[str], figures: list[Figure]) -> None:
    if not figures:
        lines.append("figures: []")
        return
    lines.append("figures:")
    for f in figures:
        if type(f) is not Figure:
            raise _Unsafe  # as_dict() of a subclass may hold other keys
        for (prefix, room), value in zip(_FIGURE, (f.value, f.unit, f.text, f.context)):
            lines.append(prefix + " " + _scalar(value, room))


def meta_line(article: Article) -> str:
    """The header under the headline: date, updated, source, byline, round, place, agreement."""
    m = article.meta
    parts = [m.date.isoformat() if m.date else "Undated"]
    if m.updated and m.updated != m.date:
        parts.append(f"updated {m.updated.isoformat()}")
    if m.source:
        parts.append(m.source)
    if m.author:
        parts.append("By " + ", ".join(m.author))
    if m.round:
        parts.append(f"Round {m.round}")
    if m.location:
        parts.append(m.location)
    if m.agreement:
        parts.append(f"{ordinal(m.agreement)} agreement")
    return " · ".join(parts)


def _number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6f}".rstrip("0").rstrip(".")


def figures_table(figures: list[Figure]) -> list[str]:
    rows = "".join(f"<tr><td>{html_text(_number(f.value))}</td><td>{html_text(f.unit)}</td>"
                   f"<td>{html_text(f.text)}</td></tr>" for f in figures)
    return ['<table class="nd-figtable"><caption>Money amounts and percentages in this article</caption>'
            '<thead><tr><th scope="col">Value</th><th scope="col">Unit</th><th scope="col">As printed</th></tr>'
            f"</thead><tbody>{rows}</tbody></table>", ""]


def render_article(article: Article) -> str:
    m = article.meta
    out = [article_front_matter(article), ""]
    out += [f"# {escape(m.title or article.seed.path.stem)}", ""]
    if m.subtitle:
        out += [f'<p class="nd-dek">{html_text(m.subtitle)}</p>', ""]
    out += [f'<p class="nd-meta">{html_text(meta_line(article))}</p>', ""]
    caption = article.cleaned.caption
    if caption:
        out += [f'<figure class="nd-caption"><figcaption>{html_text(caption)}</figcaption></figure>', ""]
    for number, paragraph in enumerate(article.cleaned.paragraphs, 1):
        out += [f'<p id="p-{number}">{html_text(paragraph)}</p>', ""]
    if m.figures:
        out += ["## Figures in this article", ""] + figures_table(m.figures)
    out += [f"[Raw seed text: {escape(article.seed.name)}](../{raw_txt(article.slug)})", ""]
    return "\n".join(out)
