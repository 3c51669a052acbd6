"""`mkdocs serve` as an editor's loop: one quick rebuild per change in seeds/ or docs/.

Used by the hook (hook.py); nothing here runs in a plain `mkdocs build`.

- **One build per change.** The generator runs at the start of each build and writes
  into docs/, which serve watches; without a filter those writes schedule a second,
  useless build. Serve's watcher is swapped for one that drops events on files the
  generator owns (its manifest, what it wrote or removed) and events an editor never
  makes: attribute changes (linking a seed as its raw copy changes the seed's ctime),
  opens and closes (the generator reads every seed), and events on the scratch files
  editors keep beside a seed while saving it (swap, backup, lock files: reader.is_litter,
  never read). Events that arrive while the generator runs wait for it, so its writes are
  known by the time they are judged.
- **Quick to start.** MkDocs waits for 0.1 s without file events before it rebuilds;
  here 0.03 s (SETTLE): one save is a burst of events microseconds to milliseconds apart
  (truncate and write, or write a temporary file and rename it over the seed), and the
  scratch files an editor deletes once it has synced the seed (vim's backup) no longer
  count, so the shorter wait still sees one save as one change.
- **Fast.** The platform's native watcher (inotify on Linux) instead of polling every
  0.5 s, MkDocs' polling watcher where that fails; compiled templates kept between
  builds. With `--dirty`, what MkDocs works out per file from its path alone is kept too:
  the File for each path under docs/ (the folder is still walked each build, so added and
  removed files show; each build gets fresh copies), the theme's static files, each page's
  full address; and each file answers "is the source newer than the HTML?" once per build.
- **Dirty builds** (`mkdocs serve --dirty`, what `make serve` runs): MkDocs re-renders
  only the pages whose Markdown is newer than their HTML, and the generator rewrites
  only pages whose text changed, which includes every listing an article appears on.
  What dirty mode leaves wrong is put right here: the HTML of a page that is gone is
  deleted (else its URL keeps answering), and Material's search index, which dirty
  mode would cut down to the rebuilt pages, keeps every page's last entries; a page not
  read in a rebuild gets the front matter it was last read with (the sitemap dates
  articles from it). The previous/next links are neighbours.py's.
"""

from __future__ import annotations

import json
import os
import threading

import jinja2

_STATE: dict = {"serve": False, "dirty": False, "docs": None, "seeds": None, "files": None}
_OWNED: set[str] = set()  # docs-relative paths the generator wrote, removed or lists
_RUNNING = threading.Lock()  # held while the generator runs
_OUTPUTS: dict[str, str] = {}  # src_uri -> the file it became in site_dir, last build
_SEARCH: dict[str, list] = {}  # page URL -> its search entries, as last built
SEARCH_INDEX = os.path.join("search", "search_index.json")


def started(command: str, dirty: bool) -> None:
    _STATE.update(serve=command == "serve", dirty=dirty)
    if _STATE["serve"]:
        _keep_compiled()
    if incremental():
        from generator.cache import keep_in_memory
        from generator.site import memo

        memo.switch_on()
        keep_in_memory()
        _keep_theme_files()
        _keep_docs_files()
        _keep_modified_answers()
        _keep_canonical_urls()


def incremental() -> bool:
    """A serve rebuild that re-renders only what changed."""
    return _STATE["serve"] and _STATE["dirty"]


# --- the generator's own writes ------------------------------------------------------------


def generator_running():
    """Held around a generator run: the watcher judges the run's writes after it ends."""
    return _RUNNING


def generator_ran(docs_dir, result) -> None:
    """Note what the run owns under docs/ (kept across runs: an unchanged run lists none)."""
    from generator.write import MANIFEST, STATE

    docs = os.path.abspath(docs_dir)
    _STATE["docs"] = docs
    paths = [*result.written, *result.removed]
    _OWNED.update(os.path.relpath(os.path.abspath(p), docs).replace(os.sep, "/") for p in paths)
    _OWNED.update(result.files)
    _OWNED.update((MANIFEST, STATE))


def _scratch(path) -> bool:
    """An editor's swap, backup or lock file in seeds/: the generator never reads it."""
    from generator.reader import is_litter

    seeds = _STATE["seeds"]
    folder, name = os.path.split(os.path.abspath(os.fsdecode(path)))
    return seeds is not None and folder == seeds and is_litter(name)


def _owned(path) -> bool:
    docs = _STATE["docs"]
    if not path or docs is None:
        return False
    rel = os.path.relpath(os.path.abspath(os.fsdecode(path)), docs).replace(os.sep, "/")
    if rel.startswith("../"):
        return False
    return rel in _OWNED or (rel.endswith(".tmp") and rel[: -len(".tmp")] in _OWNED)


def editors_event(event) -> bool:
    """True unless every path the event names is the generator's or an editor's scratch file."""
    paths = [event.src_path, getattr(event, "dest_path", "")]
    with _RUNNING:
        return not all(_owned(p) or _scratch(p) for p in paths if p)


class _Filtered:
    """An event handler that passes on only the editor's events."""

    def __init__(self, handler):
        self.handler = handler

    def dispatch(self, event) -> None:
        if editors_event(event):
            self.handler.dispatch(event)


def _events() -> list:
    from watchdog import events

    return [
        events.FileCreatedEvent,
        events.FileDeletedEvent,
        events.FileModifiedEvent,
        events.FileMovedEvent,
    ]


def _observer(kind: type):
    class Quiet(kind):
        def schedule(self, handler, path, *, recursive=False, **kwargs):
            return super().schedule(
                _Filtered(handler), path, recursive=recursive, event_filter=_events()
            )

    return Quiet


SETTLE = 0.03  # s without file events before a rebuild starts (MkDocs: 0.1 s)


def quiet_watcher(server, log, seeds_dir: str) -> None:
    """Serve's watcher swapped for the filtered one, native where the platform allows."""
    _STATE["seeds"] = os.path.abspath(seeds_dir)
    server.build_delay = SETTLE
    # What serve watches so far (docs_dir, mkdocs.yml, theme folders with --watch-theme):
    # MkDocs keeps no public list of it, and 1.6 is the last 1.x release.
    paths = sorted(server._watched_paths)
    observer = _working_observer(paths, log)
    for path in paths:
        server.unwatch(path)
    server.observer = observer
    for path in paths:
        server.watch(path)


def _working_observer(paths: list[str], log):
    """The native watcher if it can watch every path (inotify has limits), else polling."""
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    native = _observer(Observer)()
    try:
        for path in paths:
            native.unschedule(native.schedule(FileSystemEventHandler(), path, recursive=True))
        return native
    except OSError as exc:
        log.info("news-digest: no native file watcher (%s); polling every 0.5 s", exc)
        return _observer(PollingObserver)(timeout=0.5)


# --- compiled templates --------------------------------------------------------------------


class _Compiled(jinja2.BytecodeCache):
    """Compiled templates in memory: each rebuild makes new Jinja environments (the build's,
    and one in Material's search plugin to read its language strings), and compiling
    Material's templates again cost 0.4 s of a one-page rebuild. A template whose source
    changed misses (the bucket checks a hash of the source)."""

    def __init__(self):
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _Compiled()


def _patch_once(owner: type, name: str, wrap) -> None:
    """owner.name replaced by wrap(the original), once: serve may start again in this process
    (the tests do), and a second wrap would stack on the first."""
    original = getattr(owner, name)
    if getattr(original, "news_digest_patched", False):
        return
    patched = wrap(original)
    patched.news_digest_patched = True
    setattr(owner, name, patched)


def _keep_compiled() -> None:
    """Every Jinja environment the theme makes under serve shares the compiled templates."""
    from mkdocs.theme import Theme

    def wrap(made):
        def get_env(self) -> jinja2.Environment:
            env = made(self)
            env.bytecode_cache = _COMPILED
            return env

        return get_env

    _patch_once(Theme, "get_env", wrap)


# --- the theme's static files ---------------------------------------------------------------


_THEME_FILES: dict[tuple, list] = {}  # the theme as last seen -> its static files (never built)


def _keep_theme_files() -> None:
    """Each build lists the theme's files (Material's thousand) to copy its static ones, 0.05-0.1 s
    of a one-page rebuild. Under serve the list is kept while the theme folders outside the
    project (the installed theme) are the same and those inside it (custom_dir) have the same
    folders, so added, removed and renamed files still show."""
    from mkdocs.structure.files import Files

    def wrap(listed):
        def add_files_from_theme(self, env, config) -> None:
            key = _theme_key(config)
            if key not in _THEME_FILES:
                found = Files([])
                listed(found, env, config)
                _THEME_FILES.clear()
                _THEME_FILES[key] = [_ready(f) for f in found]
            for file in _THEME_FILES[key]:
                if self.get_file_from_path(file.src_uri) is None:  # as MkDocs: docs files win
                    self.append(_fresh(file))

        return add_files_from_theme

    _patch_once(Files, "add_files_from_theme", wrap)


def _theme_key(config) -> tuple:
    project = os.path.dirname(os.path.abspath(config.config_file_path or "."))
    folders = []
    for folder in config.theme.dirs:
        inside = os.path.abspath(folder).startswith(project + os.sep)
        folders.append((folder, _tree_stamp(folder) if inside else None))
    extra = (
        tuple(sorted(config.theme.static_templates)),
        config.site_dir,
        config.use_directory_urls,
    )
    return (tuple(folders), extra)


def _tree_stamp(folder: str) -> tuple:
    """Every folder under `folder` with its mtime: a file added, removed or renamed moves one."""
    out = []
    for path, _, _ in os.walk(folder):
        try:
            out.append((path, os.stat(path).st_mtime_ns))
        except OSError:
            out.append((path, None))
    return tuple(out)


# --- the docs folder's files -----------------------------------------------------------------


_DOCS_FILES: dict = {"key": None, "known": {}}  # the config's say, (folder, name) -> File


def _keep_docs_files() -> None:
    """Each build makes a File for each of the ~2,200 files under docs/ (paths through pathlib,
    the exclusion patterns matched, URLs worked out): 0.06-0.08 s of a one-page rebuild at
    1,000 seeds. Under serve the folder is still walked each build, in MkDocs' order, but a
    path seen before gets a copy of the File made for it then: a File holds only its path and
    what follows from the path and the config, so added and removed files show and a changed
    file is read afresh. Each build gets new copies (a build sets `page` on them)."""
    from mkdocs.commands import build

    def wrap(scan):
        def get_files(config):
            if not incremental():
                return scan(config)
            return _docs_files(config, scan)

        return get_files

    _patch_once(build, "get_files", wrap)


def _docs_files(config, scan):
    from mkdocs.structure.files import File, Files, _file_sort_key, set_exclusions

    key = _files_key(config)
    known = _DOCS_FILES["known"] if _DOCS_FILES["key"] == key else {}
    docs, listed, now = config["docs_dir"], [], {}
    for folder, dirnames, filenames in os.walk(docs, followlinks=True):
        relative = os.path.relpath(folder, docs)
        dirnames.sort()
        filenames.sort(key=_file_sort_key)
        for name in filenames:
            file = known.get((relative, name))
            if file is None:
                file = File(os.path.join(relative, name), docs, config["site_dir"], key[2])
                set_exclusions([file], config)
                _ready(file)
            now[(relative, name)] = file
            listed.append(file)
    if len({f.dest_uri for f in listed}) < len(listed):  # README.md beside index.md: MkDocs'
        return scan(config)
    _DOCS_FILES.update(key=key, known=now)
    return Files([_fresh(f) for f in listed])


def _files_key(config) -> tuple:
    """What a File made from a docs path depends on besides the path."""

    def patterns(name):
        spec = config.get(name)
        return None if spec is None else tuple(str(p.pattern) for p in spec.patterns)

    where = (os.path.abspath(config["docs_dir"]), config["site_dir"], config["use_directory_urls"])
    return (*where, patterns("exclude_docs"), patterns("draft_docs"), patterns("not_in_nav"))


def _ready(file):
    """A File with everything it works out from its path already worked out, kept as a model."""
    for name in ("dest_uri", "url", "abs_src_path", "abs_dest_path", "name"):
        getattr(file, name)
    return file


def _fresh(file):
    """A copy of a model File for one build: its path, inclusion and URLs, no page yet."""
    copy = object.__new__(type(file))
    copy.__dict__.update(file.__dict__)
    return copy


# --- is the built page older than its source? ------------------------------------------------


_ANSWER = "news_digest_modified"  # the attribute a File keeps its answer in, for one build


def _keep_modified_answers() -> None:
    """A dirty build asks each page whether its source is newer than its HTML three times (our
    neighbours hook, MkDocs before reading, before rendering), three stat calls each, and
    each static file once. Under serve a File answers once per build: its File is new each
    build (above), and a page whose HTML is dated back to be rendered again forgets its
    answer (render_again)."""
    from mkdocs.structure.files import File

    def wrap(asked):
        def is_modified(self) -> bool:
            if not incremental():
                return asked(self)
            known = self.__dict__.get(_ANSWER)
            if known is None:
                known = self.__dict__[_ANSWER] = asked(self)
            return known

        return is_modified

    _patch_once(File, "is_modified", wrap)


def render_again(file) -> None:
    """Date the file's HTML back so that this dirty build renders it again."""
    os.utime(file.abs_dest_path, ns=(0, 0))  # older than any source
    file.__dict__.pop(_ANSWER, None)


# --- page addresses --------------------------------------------------------------------------


_CANONICAL: dict[tuple, tuple] = {}  # (site_url, page URL) -> (canonical_url, abs_url)


def _keep_canonical_urls() -> None:
    """Each build makes a Page for every page (1,200 at 1,000 seeds), and its full address
    (urljoin and urlsplit of the site's address and the page's) was 70 % of that: 0.04-0.05 s
    of a one-page rebuild. Under serve each address is worked out once; it depends on those
    two strings alone."""
    from mkdocs.structure.pages import Page

    def wrap(work_out):
        def set_canonical_url(self, base) -> None:
            if not incremental():
                return work_out(self, base)
            key = (base, self.url)
            if key not in _CANONICAL:
                work_out(self, base)
                _CANONICAL[key] = (self.canonical_url, self.abs_url)
            self.canonical_url, self.abs_url = _CANONICAL[key]

        return set_canonical_url

    _patch_once(Page, "_set_canonical_url", wrap)


# --- what dirty builds leave wrong ----------------------------------------------------------


def drop_gone_outputs(files, config) -> None:
    """Delete the built files of the sources that are gone since the last build."""
    now = {f.src_uri: f.abs_dest_path for f in files}
    if incremental():
        for uri in _OUTPUTS.keys() - now.keys():
            _remove(_OUTPUTS[uri], config["site_dir"])
    _OUTPUTS.clear()
    _OUTPUTS.update(now)


def _remove(path: str, site_dir: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        return
    folder, top = os.path.dirname(path), os.path.abspath(site_dir)
    while os.path.abspath(folder).startswith(top + os.sep):
        try:
            os.rmdir(folder)  # only once empty
        except OSError:
            return
        folder = os.path.dirname(folder)


def _material_search(config):
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    return plugin if plugin is not None and getattr(plugin, "search_index", None) else None


def forget_search_merge(config) -> None:
    """Material's own merge of a dirty build's index keeps one page's entries at most
    (and none when the home page is rebuilt): it is left to merge_search below."""
    plugin = _material_search(config)
    if incremental() and plugin is not None:
        plugin.search_index_prev = None


def remember_files(files) -> None:
    _STATE["files"] = files


_META: dict[str, dict] = {}  # src_uri -> the page's front matter as last read


def keep_meta(files) -> None:
    """A dirty build reads only the changed pages: the others' front matter is empty, and
    templates built from every page (our sitemap.xml dates articles from it) would lose it.
    Those pages get the front matter they had when last read (their Markdown is the same)."""
    if not incremental():
        return
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    for page in pages:
        if page.markdown is not None:  # read in this build
            _META[page.file.src_uri] = dict(page.meta)
        elif page.file.src_uri in _META:
            page.meta = dict(_META[page.file.src_uri])
    for uri in _META.keys() - {page.file.src_uri for page in pages}:
        del _META[uri]


def merge_search(config) -> None:
    """The search index of every page: this build's entries for the pages it rendered,
    the last ones for the others, none for pages that are gone."""
    plugin, files = _material_search(config), _STATE["files"]
    if not incremental() or plugin is None or files is None or not plugin.config.enabled:
        return
    path = os.path.join(config["site_dir"], SEARCH_INDEX)
    try:
        with open(path, encoding="utf-8") as fh:
            built = json.load(fh)
    except (OSError, ValueError):
        return
    fresh: dict[str, list] = {}
    for entry in built.get("docs", []):
        fresh.setdefault(str(entry.get("location", "")).split("#")[0], []).append(entry)
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    for page in pages:
        if page.content is not None:  # rendered in this build
            _SEARCH[page.url] = fresh.get(page.url, [])
    urls = {page.url for page in pages}
    for url in _SEARCH.keys() - urls:
        del _SEARCH[url]
    built["docs"] = [entry for page in pages for entry in _SEARCH.get(page.url, [])]
    text = json.dumps(built, separators=(",", ":"), default=str)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
