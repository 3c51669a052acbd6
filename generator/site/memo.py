"""What the listing pages make of each article, kept between builds under `make serve`.

The pages made from all articles (figures, articles.json) are remade whenever any article
changed; most of that work is per article (its figure rows, its JSON record) and the same
as last build for every article but the changed one. A long-running `mkdocs serve` keeps
those parts here, keyed by the article's digest (its cached entry, slug and seed path,
generator/cache.py), so only the changed article's parts are made again.

Whole pages are kept the same way (`page`): a listing part, a timeline year, a figures
table, an audit part is a pure function of the articles on it and a few plain values, so
it is kept by their digests in order and those values, and only the pages an edit touches
are made again.

Off unless switched on (the hook does, for serve's dirty rebuilds): `make site` and CI make
everything from scratch. Parts not used in a build are dropped at its end.
"""

from __future__ import annotations

from collections.abc import Callable

_KEPT: dict[
    tuple, object
] = {}  # (kind, article digest) -> its part; pages: (kind, values, digests)
_USED: set[tuple] = set()
_ENCODED: dict[int, tuple[str, bytes]] = {}  # id of a page's text -> (the text, its UTF-8)
_ENCODED_NOW: dict[int, tuple[str, bytes]] = {}  # the same, this build
_STATE: dict = {"on": False, "key_of": None, "environment": None}


def switch_on() -> None:
    _STATE["on"] = True


def begin(key_of: Callable[[object], bytes | None], environment: str) -> None:
    """A build starts: key_of(article) is its digest (None: not to be kept); parts made
    under other settings (SITE_URL...) are forgotten."""
    if not _STATE["on"]:
        return
    if environment != _STATE["environment"]:
        _KEPT.clear()
    _STATE.update(key_of=key_of, environment=environment)


def digest(article) -> bytes | None:
    """The article's digest in this build, None when nothing is kept."""
    key_of = _STATE["key_of"]
    return key_of(article) if key_of is not None else None


def page(kind: str, articles, values: tuple, make: Callable, *args):
    """make(*args), or what it made in the last build of the same articles (each by digest,
    in this order) and the same values (plain data: text, numbers, tuples of them). make
    must read nothing else: no other article, no warning, no setting outside `values`."""
    key_of = _STATE["key_of"]
    if key_of is None:
        return make(*args)
    digests = tuple(key_of(a) for a in articles)
    if None in digests:
        return make(*args)
    key = (kind, values, digests)
    _USED.add(key)
    found = _KEPT.get(key)  # a tuple's hash is not kept: one lookup, not two
    if found is None:
        found = _KEPT[key] = make(*args)
    return found


def encoded(text: str) -> bytes:
    """text.encode("utf-8"); under serve the last build's bytes when text is the very string
    it encoded then (a kept page), so neither the encoding nor the writer's comparison of
    the bytes is done again."""
    if _STATE["key_of"] is None:
        return text.encode("utf-8")
    found = _ENCODED.get(id(text))
    if found is None or found[0] is not text:  # the string is held, so its id is its own
        found = text, text.encode("utf-8")
    _ENCODED_NOW[id(text)] = found
    return found[1]


def part(kind: str, article, make: Callable[[object], object]):
    """make(article), or what it made of the same article in the last build."""
    key_of = _STATE["key_of"]
    digest = key_of(article) if key_of is not None else None
    if digest is None:
        return make(article)
    key = (kind, digest)
    _USED.add(key)
    if key not in _KEPT:
        _KEPT[key] = make(article)
    return _KEPT[key]


def finish() -> None:
    """The build is over: drop the parts of articles that are gone or changed."""
    if _STATE["key_of"] is None:
        return
    for key in _KEPT.keys() - _USED:
        del _KEPT[key]
    _USED.clear()
    _ENCODED.clear()
    _ENCODED.update(_ENCODED_NOW)
    _ENCODED_NOW.clear()
    _STATE["key_of"] = None
