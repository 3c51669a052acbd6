"""MkDocs hook (named in mkdocs.yml): the previous and next article in time
for each article page, handed to the theme override as `nd_neighbours`.

Computed at build time from the pages' front matter rather than written into
each article page, so adding one article never changes its neighbours' files.

In a dirty build (`make serve` runs `mkdocs serve --dirty`) MkDocs reads only
the pages whose Markdown changed, so each article's date, slug and headline are
kept from the build before; and an article whose previous or next article
changes (one was added, removed or re-dated beside it) must be rendered again
although its own Markdown did not change: its HTML is dated back so that
MkDocs' dirty check picks it.
"""

from __future__ import annotations

_NEIGHBOURS: dict[str, dict] = {}
_ARTICLES: dict[str, dict] = {}  # src_uri -> the article's link, kept between builds
_STATE = {"dirty": False}


def _link_of(meta: dict, url: str) -> dict | None:
    """An article page's link for its neighbours, None for any other page."""
    if meta.get("generator") != "news-digest" or not meta.get("slug") or not meta.get("date"):
        return None
    # The plain headline: the other hook escapes `title` for Material while pages render.
    title = (meta.get("jsonld") or {}).get("headline") or meta.get("slug")
    return {"url": url, "title": str(title), "date": str(meta["date"]), "slug": str(meta["slug"])}


def _shown(link: dict | None) -> dict | None:
    return None if link is None else {k: link[k] for k in ("url", "title", "date")}


def _neighbours(articles: dict[str, dict]) -> dict[str, dict]:
    found = sorted(articles.items(), key=lambda item: (item[1]["date"], item[1]["slug"]))
    return {
        uri: {
            "previous": _shown(found[i - 1][1] if i else None),
            "next": _shown(found[i + 1][1] if i + 1 < len(found) else None),
        }
        for i, (uri, _) in enumerate(found)
    }


def on_startup(command, dirty):
    _STATE["dirty"] = dirty


def on_files(files, config):
    """Dirty builds: the articles as they will be once MkDocs has read the changed pages;
    the unchanged ones whose neighbours move are marked for rendering."""
    if not (_STATE["dirty"] and _ARTICLES):  # a first build renders every page anyway
        return files
    from mkdocs.utils import meta

    from generator.mkdocs.live import render_again  # loaded by hook.py, named first

    pages = {f.src_uri: f for f in files.documentation_pages()}
    changed = {uri for uri, f in pages.items() if f.is_modified()}
    articles = {uri: link for uri, link in _ARTICLES.items() if uri in pages}
    for uri in changed:
        articles.pop(uri, None)
        link = _link_of(meta.get_data(pages[uri].content_string)[1], pages[uri].url)
        if link is not None:
            articles[uri] = link
    for uri, around in _neighbours(articles).items():
        if uri not in changed and around != _NEIGHBOURS.get(uri):
            render_again(pages[uri])
    return files


def on_env(env, config, files):
    pages = {f.src_uri: f.page for f in files.documentation_pages() if f.page is not None}
    for uri in _ARTICLES.keys() - pages.keys():
        del _ARTICLES[uri]
    for uri, page in pages.items():
        if page.markdown is None:  # not read in this dirty build: as it was
            continue
        link = _link_of(page.meta, page.file.url)
        if link is None:
            _ARTICLES.pop(uri, None)
        else:
            _ARTICLES[uri] = link
    _NEIGHBOURS.clear()
    _NEIGHBOURS.update(_neighbours(_ARTICLES))
    return env


def on_page_context(context, page, config, nav):
    context["nd_neighbours"] = _NEIGHBOURS.get(page.file.src_uri)
    return context
