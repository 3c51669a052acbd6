"""MkDocs hook (named in mkdocs.yml): the previous and next article in time
for each article page, handed to the theme override as `nd_neighbours`.

Computed at build time from the pages' front matter rather than written into
each article page, so adding one article never changes its neighbours' files.
"""

from __future__ import annotations

_NEIGHBOURS: dict[str, dict] = {}


def _is_article(page) -> bool:
    meta = page.meta if page else {}
    return (
        meta.get("generator") == "news-digest" and bool(meta.get("slug")) and bool(meta.get("date"))
    )


def _link(file) -> dict | None:
    if file is None:
        return None
    meta = file.page.meta
    # The plain headline: the other hook escapes `title` for Material while pages render.
    title = (meta.get("jsonld") or {}).get("headline") or meta.get("slug")
    return {"url": file.url, "title": str(title), "date": str(meta.get("date"))}


def on_env(env, config, files):
    found = [f for f in files.documentation_pages() if _is_article(f.page)]
    found.sort(key=lambda f: (str(f.page.meta["date"]), str(f.page.meta["slug"])))
    _NEIGHBOURS.clear()
    for i, file in enumerate(found):
        _NEIGHBOURS[file.src_uri] = {
            "previous": _link(found[i - 1] if i else None),
            "next": _link(found[i + 1] if i + 1 < len(found) else None),
        }
    return env


def on_page_context(context, page, config, nav):
    context["nd_neighbours"] = _NEIGHBOURS.get(page.file.src_uri)
    return context
