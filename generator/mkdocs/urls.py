"""The MkDocs URL scheme: where a page written as docs/<path>.md is served.

MkDocs with use_directory_urls (its default) serves `a/b.md` at `a/b/` and
`index.md` at the folder's root. Another builder with another scheme replaces
this function; generator/site/urls.py builds every link on it.
"""

from __future__ import annotations


def page_url(md: str) -> str:
    """'articles/x.md' -> 'articles/x/'; 'index.md' -> ''; 'feed.xml' -> 'feed.xml'."""
    if not md.endswith(".md"):
        return md
    stem = md[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"
