"""MkDocs hook: regenerate the digest pages from seeds/ before every build.

Named in mkdocs.yml under `hooks:`. Each generator warning is logged through
MkDocs, so `mkdocs build --strict` fails on a bad seed while a plain build
still publishes the good ones. Under `mkdocs serve` the seeds folder is
watched too, so adding, changing or removing a seed rebuilds the site, once
and (with `--dirty`, as `make serve` runs it) only where it changed: live.py.
"""

from __future__ import annotations

import html
import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

# Imported here, while _ROOT is on sys.path (MkDocs restores sys.path after loading a hook).
from generator.mkdocs import live  # noqa: E402 - after the sys.path insert
from generator.mkdocs.config import settings_for  # noqa: E402 - after the sys.path insert
from generator.mkdocs.material import PLAIN_TEXT_META  # noqa: E402 - after the sys.path insert
from generator.settings import SettingsError  # noqa: E402 - after the sys.path insert
from generator.site.jsonld import with_absolute_links  # noqa: E402 - after the sys.path insert

log = logging.getLogger("mkdocs.plugins.news_digest")


def _seeds_dir(config) -> Path:
    return Path(config.config_file_path).resolve().parent / "seeds"


def on_startup(command, dirty) -> None:
    live.started(command, dirty)


def on_pre_build(config) -> None:
    from generator.cache import configured_dir
    from generator.pipeline import build

    project = Path(config.config_file_path).resolve().parent
    try:
        chosen = settings_for(config)
    except SettingsError as exc:
        raise PluginError(f"news-digest: {exc}") from exc
    try:
        with live.generator_running():
            result = build(
                seeds_dir=_seeds_dir(config),
                docs_dir=Path(config["docs_dir"]),
                cache_dir=configured_dir(project, chosen),
                settings=chosen,
            )
            live.generator_ran(config["docs_dir"], result)
    except Exception as exc:  # a fatal generator error stops the build cleanly
        raise PluginError(f"news-digest generator failed: {exc}") from exc
    for warning in result.warnings:
        log.warning("%s", warning)
    live.forget_search_merge(config)


def on_files(files, config):
    live.drop_gone_outputs(files, config)
    return files


def on_env(env, config, files):
    live.remember_files(files)
    live.keep_meta(files)
    return env


# MkDocs and Material treat a page's title (and Material its subtitle and
# description) as HTML and print it unescaped in <title>, the header and nav;
# the generator writes them as plain text. Escape them for the templates and
# give the plain text back once the page is rendered.


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("generator") == "news-digest":
        plain = {k: v for k, v in page.meta.items() if k in PLAIN_TEXT_META and isinstance(v, str)}
        page.meta.update({k: html.escape(v) for k, v in plain.items()})
        page.meta["_news_digest_plain"] = plain
        if page.canonical_url and isinstance(page.meta.get("jsonld"), dict):
            page.meta["jsonld"] = with_absolute_links(page.meta["jsonld"], page.canonical_url)
    return markdown


def on_post_page(output, page, config):
    page.meta.update(page.meta.pop("_news_digest_plain", {}))
    return output


def on_post_build(config) -> None:
    live.merge_search(config)


def on_serve(server, config, builder):
    seeds = str(_seeds_dir(config))
    server.watch(seeds)
    live.quiet_watcher(server, log, seeds)
    return server
