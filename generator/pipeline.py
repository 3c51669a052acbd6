"""The whole run: read seeds -> process each (its reader, extract) -> render -> write."""

from __future__ import annotations

import gc
import hashlib
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator import snapshot
from generator.cache import Cache
from generator.model import Article, Problem, Seed
from generator.process import fingerprint
from generator.settings import Settings, load

# Every other stage is imported where used: a run where nothing changed stops after
# comparing file stats (generator/snapshot.py) and should not pay for loading them.


@dataclass
class Result:
    warnings: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    extracted: int = 0  # seeds processed in this run; the rest came from the cache
    rendered: int = 0  # article pages rendered in this run; the rest were reused from the cache
    unchanged: bool = False  # stopped early: every input and output as the last run left them
    count: int = 0  # articles published, known without loading them
    files: list[str] = field(
        default_factory=list, repr=False
    )  # every file this run keeps under docs/
    blocked: bool = False  # a page could not be written: a hand-written file is in its place
    linked: dict = field(
        default_factory=dict, repr=False
    )  # seed path -> its stat once linked as a raw copy
    stats: dict = field(
        default_factory=dict, repr=False
    )  # docs-relative path -> its stat as the writer left it
    _articles: list[Article] | None = field(default=None, repr=False)
    _load: Callable[[], list[Article]] | None = field(default=None, repr=False)  # noqa: F821 (a string: never evaluated)

    @property
    def articles(self) -> list[Article]:
        """The published articles; after an early stop they are loaded (from the cache) on first
        use."""
        if self._articles is None:
            self._articles = self._load() if self._load else []
        return self._articles

    @articles.setter
    def articles(self, value: list[Article]) -> None:
        self._articles = value


def _first_kept(article: Article) -> tuple[bool, str]:
    """Saved pages first (they carry the page's metadata), then by file name."""
    from generator.htmlpage import is_page

    return not is_page(article), article.seed.name


def drop_duplicates(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """The same story saved twice is published once, from the first file by name."""
    first: dict[str, Article] = {}
    problems = []
    for article in sorted(articles, key=_first_kept):
        key = fingerprint(article)
        if key in first:
            problems.append(
                Problem(
                    article.seed.name,
                    f"is the same article as {first[key].seed.name}; published once",
                    "delete one of the two files",
                )
            )
            continue
        first[key] = article
    kept = {id(a) for a in first.values()}  # by identity: comparing articles field by field is slow
    from generator.htmlpage import pasted_twins  # a saved page and a paste of it: one article

    articles, twins = pasted_twins([a for a in articles if id(a) in kept])
    return articles, problems + twins


def assign_slugs(articles: list[Article]) -> None:
    """Slugs from headlines. On a clash the first seed by name keeps the plain slug and
    the others add a hash of their own file name, so a URL never depends on file order."""
    taken: set[str] = {"index"}  # articles/index.md would become the folder's page
    for article in sorted(articles, key=lambda a: a.seed.name):
        base = _slug_base(article.meta.title or "", article.seed.path.stem)
        slug, digest = base, hashlib.sha1(article.seed.name.encode()).hexdigest()
        for size in (8, 16, 40):
            if slug not in taken:
                break
            slug = f"{base}-{digest[:size]}"
        taken.add(slug)
        article.slug = slug


@lru_cache(maxsize=8192)
def _slug_base(title: str, stem: str) -> str:
    """Kept per title: a serve rebuild slugs every headline again (0.02-0.04 s at 1,000)."""
    from slugify import slugify

    return (
        slugify(title, max_length=80, word_boundary=True)
        or slugify(stem, max_length=80)
        or "article"
    )


def _relative(path: Path) -> str:
    """The seeds folder as the site may show it: relative to the project (where the generator
    runs), else its own name alone, so no editor's local path is ever published."""
    try:
        rel = Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.name
    return path.name if rel.startswith("..") or Path(rel).is_absolute() else rel


def build(
    seeds_dir: Path,
    docs_dir: Path,
    strict: bool = False,
    cache_dir: Path | None = None,
    workers: int | None = None,
    early_stop: bool = True,
    settings: Settings | None = None,
) -> Result:
    """cache_dir: where to keep per-seed results between runs (None: no cache);
    workers: processes for extraction (None: settings.jobs, else one per core once there are
    enough seeds); early_stop: return the last run's outcome when no input or output changed
    since; settings: None reads them from the environment (generator/settings.py)."""
    settings = load() if settings is None else settings
    workers = settings.jobs if workers is None else workers
    # A run builds thousands of long-lived objects (articles unpickled from the cache or
    # sent back by workers) and few reference cycles; the cyclic collector re-scanning
    # them all as they pile up cost 40 % of a warm run at 5000 seeds.
    paused = gc.isenabled()
    gc.disable()
    try:
        seeds_dir, docs_dir = Path(seeds_dir), Path(docs_dir)
        cache = Cache(cache_dir, seeds_dir)
        if cache.folder is None:
            return _build(seeds_dir, docs_dir, cache, workers, settings)
        started, key = time.time_ns(), snapshot.run_key(seeds_dir, docs_dir, settings)
        seeds = snapshot.seed_stats(
            seeds_dir
        )  # before any seed is read: an edit during the run shows next time
        last = snapshot.load(cache.folder, key, seeds, docs_dir) if early_stop and seeds else None
        if last is not None:
            return Result(
                warnings=list(last.warnings),
                unchanged=True,
                count=last.articles,
                _load=lambda: (
                    build(seeds_dir, docs_dir, strict, cache_dir, workers, False, settings).articles
                ),
            )
        snapshot.forget(
            cache.folder
        )  # a run that fails part way must not leave the last one standing
        result = _build(seeds_dir, docs_dir, cache, workers, settings)
        _remember(
            cache.folder, docs_dir, result, snapshot.Snapshot(key, seeds or {}, {}, started=started)
        )
        return result
    finally:
        if paused:
            gc.enable()


def _remember(folder: Path, docs_dir: Path, result: Result, taken: snapshot.Snapshot) -> None:
    """Keep what this run saw, unless a page was left in the way (a hand-written file the
    snapshot does not follow) or a file could not be stat-ed: then the next run runs fully."""
    from generator.write import MANIFEST, STATE

    outputs = snapshot.output_stats(docs_dir, result.files + [MANIFEST, STATE], result.stats)
    if not taken.seeds or outputs is None or result.blocked:
        snapshot.forget(folder)
        return
    taken.outputs, taken.warnings, taken.articles = (
        outputs,
        list(result.warnings),
        len(result.articles),
    )
    # Linking a seed as its raw copy moves the seed's ctime. write.py read the seed back
    # through the link and found the bytes this run used, so that stat stands for them.
    for path, st in result.linked.items():
        name = os.path.basename(path)
        if name in taken.seeds:
            taken.seeds[name] = snapshot.stat_of(st)
    snapshot.save(folder, taken)


def _build(
    seeds_dir: Path, docs_dir: Path, cache: Cache, workers: int | None, settings: Settings
) -> Result:
    from generator.reader import read_seeds
    from generator.report import audit_pages
    from generator.site.added import STATE_PREFIX, first_seen
    from generator.site.urls import raw_txt
    from generator.write import keep_in_memory as keep_writes
    from generator.write import write_pages

    result = Result()
    seeds, result.warnings = read_seeds(seeds_dir)
    for article, problems in _process_seeds(seeds, cache, workers, result):
        result.warnings += problems
        if article:
            result.articles.append(article)
    result.articles, dupes = drop_duplicates(result.articles)
    result.warnings += dupes
    assign_slugs(result.articles)
    pages: dict[str, bytes] = {}
    links: dict[str, str] = {}  # raw copies that are the seed's own bytes: linked, not written
    for article in result.articles:
        pages[f"articles/{article.slug}.md"] = cache.page(article, _render_bytes)
        pages[raw_txt(article.slug)] = copy = raw_copy(article)
        if copy is article.seed.raw:
            links[raw_txt(article.slug)] = str(article.seed.path)
    # Beside the cache's generations (<root>/<fingerprint>/<folder id>), so a new generator
    # version keeps it.
    state = (
        cache.folder.parents[1] / f"{STATE_PREFIX}{cache.folder.name}.json"
        if cache.folder
        else None
    )
    # Pages made from all articles at once: reused from the cache while no article or warning
    # changed; under serve, what they make of each article is kept for the next build.
    with _parts_kept(cache, settings, result.articles):
        pages.update(
            cache.whole(
                "site",
                result.articles,
                result.warnings,
                lambda: _site_pages(result, settings, first_seen(result.articles, state)),
                settings,
            )
        )  # home, timeline, figures, browse, feeds, data
        pages.update(
            cache.whole(
                "audit",
                result.articles,
                result.warnings,
                lambda: audit_pages(result.articles, result.warnings),
                settings,
            )
        )
    if settings.builder == "zensical":  # no hooks there: the pages carry what the hook does
        from generator.zensical import adapt

        pages = adapt(pages)
    keep_writes(cache.in_memory)
    written = write_pages(docs_dir, pages, links)
    result.linked, result.stats = written.linked, written.stats
    result.written, result.removed = written.written, written.removed
    result.files, result.blocked = written.kept, bool(written.problems)
    result.warnings += written.problems
    result.count = len(result.articles)
    cache.finish()
    result.rendered = cache.rendered
    return result


def _site_pages(result: Result, settings: Settings, added: dict) -> dict:
    from generator.site import site_pages

    return site_pages(result.articles, result.warnings, settings, added)


@contextmanager
def _parts_kept(cache: Cache, settings: Settings, articles: list[Article]):
    """Around the pages made from all articles: site/memo.py keeps each article's parts of
    them for the next build (under serve only), keyed by the article's digest."""
    from generator.cache import environment
    from generator.site import memo

    # By identity, the article kept beside its digest so that id stays its own: the pages
    # ask for digests thousands of times, and Seed.name makes a Path's name each time.
    known = {id(a): (a, cache.digests.get(a.seed.name)) for a in articles}

    def key_of(article: Article) -> bytes | None:
        found = known.get(id(article))
        return found[1] if found is not None and found[0] is article else None

    memo.begin(key_of, environment(settings))
    try:
        yield
    finally:
        memo.finish()


def _process_seeds(seeds: list[Seed], cache: Cache, workers: int | None, result: Result) -> list:
    """process() for every seed, from the cache where it can; the rest across cores."""
    folder = _relative(seeds[0].path.parent) if seeds else ""  # once, not per seed: relpath is slow
    jobs = [(seed, seed.name if folder in (".", "") else f"{folder}/{seed.name}") for seed in seeds]
    outcomes = [cache.lookup(seed, path) for seed, path in jobs]
    todo = [i for i, found in enumerate(outcomes) if found is None]
    cache.close()  # no database connection may cross into forked workers
    from generator.parallel import process_all

    for i, processed in zip(todo, process_all([jobs[i] for i in todo], workers)):
        outcomes[i] = cache.save(jobs[i][0], processed)
    result.extracted = len(todo)
    if todo:
        from generator.text import keep_compiled

        keep_compiled()
    return outcomes


def raw_copy(article: Article) -> bytes:
    """The seed as readers can open it: its own bytes when UTF-8 (as web servers label
    .txt files), else its decoded text re-encoded as UTF-8 (UTF-16, cp949 ...); a saved
    page's text, never its HTML."""
    from generator.htmlpage import is_page, text_copy

    raw = article.seed.raw
    if is_page(article):
        return text_copy(article)
    try:
        raw.decode("utf-8")
        return raw
    except UnicodeDecodeError:
        from generator.decode import decode

        return decode(raw).text.encode("utf-8")


def _render_bytes(article: Article) -> bytes:
    from generator.render import render_article

    return render_article(article).encode("utf-8")
