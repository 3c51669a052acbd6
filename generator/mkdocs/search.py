"""MkDocs hook (named in mkdocs.yml): search that stays light at thousands of articles.

Material's search ships one index with every page's full text, and each reader
downloads all of it on the first page view (27 MB at 5,000 articles). Above
THRESHOLD articles, or with NEWS_DIGEST_SEARCH=pagefind, this hook switches
Material's search off and runs Pagefind over the built article pages instead:
the index is split into small chunks and a query fetches only the ones it needs.
Readers search from a Search page (template docs/overrides/search.html) that
runs Pagefind's search script from the site itself, so nothing leaves the site.

Pagefind holds every indexed word of every page in memory at once (about 0.25 MB
per article: 1.3 GB at 5,000), so the articles are indexed in parts of at most
PART_PAGES, one Pagefind run after another, each into its own bundle
(pagefind/, pagefind/part-2/, ...). The Search page merges the parts at query
time (Pagefind's mergeIndex): the engine loads once, and each part adds its
small page list and one index chunk per query (and its best result's snippet,
which the page checks for Pagefind's stand-in matches).
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

# Imported here, while _ROOT is on sys.path (MkDocs restores sys.path after loading a hook).
from generator import settings as _settings  # noqa: E402 - after the sys.path insert
from generator.mkdocs.config import settings_for  # noqa: E402 - after the sys.path insert
from generator.mkdocs.material import SEARCH_TEMPLATE  # noqa: E402 - after the sys.path insert

log = logging.getLogger("mkdocs.plugins.news_digest.search")

MODE_VARIABLE = _settings.field("search").variable
MODES = _settings.SEARCH_MODES
THRESHOLD = 1500  # articles; Material's index passes ~10 MB near 1,900 (bench/README.md)
SEARCH_PAGE = "search.md"
SEARCH_PAGE_TEXT = f"---\ntitle: Search\ntemplate: {SEARCH_TEMPLATE}\n---\n"
# Pagefind reads only the article pages, and only their text (not header, nav, footer or
# the previous/next links, which would make every article match its neighbours' headlines).
ARTICLE_GLOB = "articles/*/index.html"
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTORS = (".nd-prevnext", ".headerlink")
# One index for both languages: every page is lang="en", and pinning it keeps Korean
# articles searchable from the same box if a page ever declares lang="ko".
LANGUAGE = "en"
# Articles per Pagefind run: ~120 MB of Pagefind next to the ~350 MB MkDocs process at
# 5,000 articles keeps the build under 500 MB (bench/README.md). NEWS_DIGEST_SEARCH_PART
# overrides it (tests use tiny parts to exercise the merging).
PART_PAGES = _settings.field("search_part").default
PART_VARIABLE = _settings.field("search_part").variable
BUNDLE = "pagefind"
# The Search page template reads the extra parts' folders from here.
PARTS_KEY = "news_digest_search_parts"
# Pagefind's allocator (jemalloc) otherwise keeps freed pages for ten seconds: returning
# them at once lowers its peak by about 15 % (measured). A binary without jemalloc ignores it.
ALLOCATOR_VARIABLE = "_RJEM_MALLOC_CONF"
ALLOCATOR_SETTING = "dirty_decay_ms:0,muzzy_decay_ms:0"

_STATE: dict = {"mode": "material", "material_was_enabled": None, "parts": 1}


def choose_mode(articles: int, setting: str | None) -> str:
    """'pagefind' or 'material' for a site of `articles` articles and the variable's value."""
    value = _parsed("search", setting)
    if value == "auto":
        return "pagefind" if articles >= THRESHOLD else "material"
    return value


def part_size(setting: str | None) -> int:
    """Articles per Pagefind run, from the variable's value (PART_PAGES when unset)."""
    return _parsed("search_part", setting)


def _parsed(name: str, setting: str | None):
    """The settings' reading of one variable's value, its error a PluginError."""
    try:
        return getattr(_settings.load({_settings.field(name).variable: setting or ""}), name)
    except _settings.SettingsError as err:
        raise PluginError(str(err)) from err


def part_count(articles: int, size: int) -> int:
    return max(1, math.ceil(articles / size))


def part_folders(count: int) -> list[str]:
    """Bundle folders, relative to the site: the first holds the UI, the rest only indexes."""
    return [f"{BUNDLE}/"] + [f"{BUNDLE}/part-{n}/" for n in range(2, count + 1)]


def split(pages: list, count: int) -> list[list]:
    """`pages` in `count` runs of consecutive items whose sizes differ by at most one."""
    return [pages[i * len(pages) // count : (i + 1) * len(pages) // count] for i in range(count)]


def _material_search(config):
    plugins = config.plugins
    return plugins.get("material/search") or plugins.get("search")


def on_config(config):
    plugin = _material_search(config)
    _STATE["material_was_enabled"] = bool(plugin and plugin.config.enabled)
    return config


def on_files(files, config):
    articles = sum(1 for f in files.documentation_pages() if _is_article(f.src_uri))
    chosen = _settings_of(config)
    mode = choose_mode(articles, chosen.search)
    _STATE["mode"] = mode
    plugin = _material_search(config)
    if plugin is not None:
        # Material hides its header search button and writes no index when disabled.
        plugin.config.enabled = bool(_STATE["material_was_enabled"]) and mode == "material"
    parts = part_count(articles, chosen.search_part) if mode == "pagefind" else 1
    _STATE["parts"] = parts
    config.extra[PARTS_KEY] = part_folders(parts)[1:]
    if mode == "pagefind":
        log.info(
            "search: Pagefind for %d articles in %d part(s) (%s=%s)",
            articles,
            parts,
            MODE_VARIABLE,
            chosen.search,
        )
        _add_search_page(files, config)
    return files


def _settings_of(config) -> _settings.Settings:
    try:
        return settings_for(config)
    except _settings.SettingsError as err:
        raise PluginError(f"news-digest: {err}") from err


def _is_article(src_uri: str) -> bool:
    return (
        src_uri.startswith("articles/")
        and src_uri.count("/") == 1
        and src_uri != "articles/index.md"
    )


def _add_search_page(files, config) -> None:
    if files.get_file_from_path(SEARCH_PAGE) is None:
        files.append(File.generated(config, SEARCH_PAGE, content=SEARCH_PAGE_TEXT))
    nav = config.nav
    listed = isinstance(nav, list) and any(
        isinstance(item, dict) and SEARCH_PAGE in item.values() for item in nav
    )
    if isinstance(nav, list) and not listed:
        nav.append({"Search": SEARCH_PAGE})


def on_post_build(config):
    if _STATE["mode"] == "pagefind":
        seconds = build_index(Path(config.site_dir), _STATE["parts"])
        log.info("search: Pagefind indexed the articles in %.1f s", seconds)


def pagefind_command(site: Path, output: Path) -> list[str]:
    """The Pagefind command line that indexes the article pages under `site` into `output`."""
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise PluginError(
            f"search: Pagefind is not installed; run `make venv` (or set {MODE_VARIABLE}=material)"
        )
    return [
        str(binary),
        "--site",
        str(site),
        "--glob",
        ARTICLE_GLOB,
        "--output-path",
        str(output),
        "--root-selector",
        ROOT_SELECTOR,
        "--exclude-selectors",
        ",".join(EXCLUDE_SELECTORS),
        "--force-language",
        LANGUAGE,
        "--quiet",
    ]


def build_index(site: Path, parts: int | None = None) -> float:
    """Write the Pagefind bundles (site/pagefind/, then part-2/ ...); returns the seconds it took.

    `parts` is the count the Search page was rendered with; by default it follows
    the number of article pages and the part size."""
    start = time.perf_counter()
    pages = sorted(site.glob(ARTICLE_GLOB))
    if parts is None:
        parts = part_count(len(pages), _settings.load().search_part)
    if len(pages) < parts:
        raise PluginError(
            f"search: {len(pages)} article pages in {site / 'articles'}, fewer than "
            f"the {parts} Pagefind part(s) the Search page was built for"
        )
    shutil.rmtree(site / BUNDLE, ignore_errors=True)  # parts of an earlier, larger build
    for folder, part in zip(part_folders(parts), split(pages, parts)):
        _index_part(site, part, site / folder)
    if not (site / BUNDLE / "pagefind-ui.js").is_file():
        raise PluginError(f"search: Pagefind wrote no index into {site / BUNDLE}")
    return time.perf_counter() - start


def _index_part(site: Path, pages: list[Path], output: Path) -> None:
    """One Pagefind run over `pages`, seen through a folder of links laid out like the site
    (so result URLs stay /articles/<slug>/)."""
    env = {**os.environ}
    env.setdefault(ALLOCATOR_VARIABLE, ALLOCATOR_SETTING)
    with tempfile.TemporaryDirectory(prefix="news-digest-pagefind-") as tmp:
        for page in pages:
            link = Path(tmp) / page.relative_to(site)
            link.parent.mkdir(parents=True)
            link.symlink_to(page.resolve())
        try:
            done = subprocess.run(
                pagefind_command(Path(tmp), output.resolve()),
                capture_output=True,
                text=True,
                timeout=900,
                env=env,
            )
        except ImportError as exc:
            raise PluginError(
                f"search: Pagefind is not installed ({exc}); run `make venv`"
            ) from exc
    if done.returncode != 0:
        raise PluginError(
            f"search: Pagefind failed on {site} ({len(pages)} pages into {output}):\n"
            f"{(done.stderr or done.stdout)[-2000:]}"
        )
