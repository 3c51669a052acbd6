"""MkDocs hook (named in mkdocs.yml): search that stays light at thousands of articles.

Material's search ships one index with every page's full text, and each reader
downloads all of it on the first page view (27 MB at 5,000 articles). Above
THRESHOLD articles, or with NEWS_DIGEST_SEARCH=pagefind, this hook switches
Material's search off and runs Pagefind over the built article pages instead:
the index is split into small chunks and a query fetches only the ones it needs.
Readers search from a Search page (template docs/overrides/search.html) that
loads Pagefind's own UI from the site itself, so nothing leaves the site.
"""
from __future__ import annotations

import logging
import os
import subprocess
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.plugins.news_digest.search")

MODE_VARIABLE = "NEWS_DIGEST_SEARCH"
MODES = ("auto", "pagefind", "material")
THRESHOLD = 1500  # articles; Material's index passes ~10 MB near 1,900 (bench/README.md)
SEARCH_PAGE = "search.md"
SEARCH_PAGE_TEXT = "---\ntitle: Search\ntemplate: search.html\n---\n"
# Pagefind reads only the article pages, and only their text (not header, nav, footer or
# the previous/next links, which would make every article match its neighbours' headlines).
ARTICLE_GLOB = "articles/*/index.html"
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTORS = (".nd-prevnext", ".headerlink")
# One index for both languages: every page is lang="en", and pinning it keeps Korean
# articles searchable from the same box if a page ever declares lang="ko".
LANGUAGE = "en"

_STATE: dict = {"mode": "material", "material_was_enabled": None}


def choose_mode(articles: int, setting: str | None) -> str:
    """'pagefind' or 'material' for a site of `articles` articles and the variable's value."""
    value = (setting or "auto").strip().lower()
    if value not in MODES:
        raise PluginError(f"{MODE_VARIABLE}={setting!r} is not one of {', '.join(MODES)}")
    if value == "auto":
        return "pagefind" if articles >= THRESHOLD else "material"
    return value


def _material_search(config):
    plugins = config.plugins
    return plugins.get("material/search") or plugins.get("search")


def on_config(config):
    plugin = _material_search(config)
    _STATE["material_was_enabled"] = bool(plugin and plugin.config.enabled)
    return config


def on_files(files, config):
    articles = sum(1 for f in files.documentation_pages() if _is_article(f.src_uri))
    mode = choose_mode(articles, os.environ.get(MODE_VARIABLE))
    _STATE["mode"] = mode
    plugin = _material_search(config)
    if plugin is not None:
        # Material hides its header search button and writes no index when disabled.
        plugin.config.enabled = bool(_STATE["material_was_enabled"]) and mode == "material"
    if mode == "pagefind":
        log.info("search: Pagefind for %d articles (%s=%s)", articles, MODE_VARIABLE,
                 os.environ.get(MODE_VARIABLE, "auto"))
        _add_search_page(files, config)
    return files


def _is_article(src_uri: str) -> bool:
    return src_uri.startswith("articles/") and src_uri.count("/") == 1 and src_uri != "articles/index.md"


def _add_search_page(files, config) -> None:
    if files.get_file_from_path(SEARCH_PAGE) is None:
        files.append(File.generated(config, SEARCH_PAGE, content=SEARCH_PAGE_TEXT))
    nav = config.nav
    listed = isinstance(nav, list) and any(
        isinstance(item, dict) and SEARCH_PAGE in item.values() for item in nav)
    if isinstance(nav, list) and not listed:
        nav.append({"Search": SEARCH_PAGE})


def on_post_build(config):
    if _STATE["mode"] == "pagefind":
        seconds = build_index(Path(config.site_dir))
        log.info("search: Pagefind indexed the articles in %.1f s", seconds)


def pagefind_command(site: Path) -> list[str]:
    """The Pagefind command line that indexes the built site's article pages."""
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise PluginError("search: Pagefind is not installed; run `make venv` "
                          f"(or set {MODE_VARIABLE}=material)")
    return [str(binary), "--site", str(site), "--glob", ARTICLE_GLOB,
            "--root-selector", ROOT_SELECTOR, "--exclude-selectors", ",".join(EXCLUDE_SELECTORS),
            "--force-language", LANGUAGE, "--quiet"]


def build_index(site: Path) -> float:
    """Write site/pagefind/ (index and UI); returns the seconds it took."""
    start = time.perf_counter()
    try:
        done = subprocess.run(pagefind_command(site), capture_output=True, text=True, timeout=900)
    except ImportError as exc:
        raise PluginError(f"search: Pagefind is not installed ({exc}); run `make venv`") from exc
    if done.returncode != 0:
        raise PluginError(f"search: Pagefind failed on {site}:\n{(done.stderr or done.stdout)[-2000:]}")
    if not (site / "pagefind" / "pagefind-ui.js").is_file():
        raise PluginError(f"search: Pagefind wrote no index into {site / 'pagefind'}")
    return time.perf_counter() - start
