"""The pages as Zensical needs them (`python -m generator --for zensical`).

Zensical reads the same mkdocs.yml and docs/ but runs no hooks, and two of its
rules differ from MkDocs' where our pages rely on them:

- Its templates print a page's title (and subtitle, description) from the
  front matter unescaped, in <title>, the header and the search index's path;
  MkDocs gets them escaped from generator/mkdocs/hook.py while the templates
  render. Here the front matter holds them escaped instead: HTML shows the text.
- It reads every relative link in raw HTML (the figures and timeline tables)
  from the Markdown file's folder, where MkDocs leaves it as written (from the
  page's URL). Here those links are rewritten to start from the file's folder.

Everything else in a page stays byte for byte what the MkDocs build gets.
"""

from __future__ import annotations

import html
import posixpath
import re

import yaml

from generator.mkdocs.material import PLAIN_TEXT_META
from generator.mkdocs.urls import page_url
from generator.render import front_matter

# Where Zensical prints each of those keys: as element text only (<title>, the header, the
# search results' path, whose script decodes &amp; &lt; &gt; alone, so quotes stay as they
# are), or also inside an attribute (our <meta name="description">: quotes escaped too).
IN_ATTRIBUTE = {"title": False, "subtitle": False, "description": True}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = re.compile(r"<[A-Za-z][^<>]*>")  # article text reaches the body escaped: no "<" of its own
_LINK = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_OUTSIDE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|/|#|\?|$)")  # scheme, root, fragment, query


def adapt(pages: dict[str, bytes]) -> dict[str, bytes]:
    """Every Markdown page with front matter adapted; other files as they are."""
    return {
        name: _page(name, data.decode("utf-8")).encode("utf-8")
        if name.endswith(".md") and data.startswith(b"---\n")
        else data
        for name, data in pages.items()
    }


def _page(name: str, text: str) -> str:
    head, sep, body = text[4:].partition("\n---\n")
    if not sep:
        return text
    return "---\n" + escaped_meta(head) + sep + file_relative_links(name, body)


def escaped_meta(head: str) -> str:
    """The front matter (between the --- lines) with the top-level plain-text keys escaped;
    every other line as it was."""
    lines = head.split("\n")
    out, start = [], 0
    while start < len(lines):
        end = start + 1
        while end < len(lines) and lines[end].startswith(" "):  # a value continued
            end += 1
        chunk = "\n".join(lines[start:end])
        key = lines[start].partition(":")[0]
        if key in PLAIN_TEXT_META:
            value = yaml.load(chunk, Loader=_LOADER)[key]
            if isinstance(value, str):
                value = html.escape(value, quote=IN_ATTRIBUTE[key])
                chunk = front_matter({key: value})[4:-5]  # inside the --- lines
        out.append(chunk)
        start = end
    return "\n".join(out)


def file_relative_links(name: str, body: str) -> str:
    """Relative href/src values in the raw HTML of the page docs/<name>, rewritten from the
    page's URL to the file's folder (Zensical's reading); the rest of the body as it was."""
    url, folder = page_url(name), posixpath.dirname(name)
    if url.rstrip("/") == folder:  # an index page: its URL is its folder
        return body

    def link(match: re.Match) -> str:
        return _LINK.sub(lambda m: m[1] + _from_folder(m[2], url, folder) + m[3], match[0])

    return _TAG.sub(link, body)


def _from_folder(value: str, url: str, folder: str) -> str:
    if _OUTSIDE.match(value):
        return value
    cut = min((i for i in (value.find("#"), value.find("?")) if i >= 0), default=len(value))
    path, rest = value[:cut], value[cut:]
    target = posixpath.normpath(posixpath.join(url, path))
    if target == ".." or target.startswith("../"):  # above the site: not ours to move
        return value
    moved = posixpath.relpath(target, folder or ".")
    return moved + ("/" if path.endswith("/") else "") + rest
