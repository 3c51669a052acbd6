"""Front-matter keys that Material for MkDocs reads, named once for every page writer."""

from __future__ import annotations

# Keeps a page out of Material's search index (listings and the audit repeat article text).
NOT_SEARCHED = {"search": {"exclude": True}}

# Hides the table of contents: on the home page it would list every headline.
NO_TOC = {"hide": ["toc"]}

# Pages that hold Material's own search UI: the template under docs/overrides.
SEARCH_TEMPLATE = "search.html"

# Keys Material prints unescaped (as HTML) in <title>, the header and nav; the hook
# escapes them while the templates render (generator/mkdocs/hook.py).
PLAIN_TEXT_META = ("title", "subtitle", "description")
