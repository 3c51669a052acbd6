"""One seed -> its article: read by its kind's reader, then extracted and pinned.

A stage below both pipeline.py (the whole run) and parallel.py (the worker
processes), so neither imports the other. The other stages are imported where
used: importing this module must stay cheap for a run that stops early.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache

from generator.model import Article, Cleaned, Problem, Seed

LARGE_SEED = 1_000_000  # bytes; real articles are under 100 KB
FAILED = "could not be processed"
_WORD = re.compile(r"\w+")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
# Byte -> itself case-folded where it is ASCII and \w, else a space: on UTF-8 text whose other
# characters are all separators (see _separator), split() then gives exactly _WORD's words.
_WORD_BYTES = bytes(
    ord(chr(b).casefold()) if b < 128 and _WORD.match(chr(b)) else 32 for b in range(256)
)


def process(seed: Seed, seed_path: str = "") -> tuple[Article | None, list[Problem]]:
    """One seed through its reader and extract; None when it cannot become a page.
    A generator bug that one odd seed trips is a warning naming it, never a failed build."""
    from generator.extract.recalled import recalled_events

    try:
        article, problems = _process(seed, seed_path)
        if article is not None:
            # Done here so it is cached per seed and runs in the worker processes;
            # it reads only the story and the (pinned) date, both final by now.
            article.recalled = recalled_events(article)
            article.fingerprint = fingerprint(article)
        return article, problems
    except Exception as err:  # one seed must not take the whole site down
        return None, [
            Problem(
                seed.name,
                f"{FAILED} ({type(err).__name__}: {err}); skipped",
                "a bug in the generator: please report it with this file",
            )
        ]


def _process(seed: Seed, seed_path: str) -> tuple[Article | None, list[Problem]]:
    from generator import extract as extractor
    from generator.reader import reader_for
    from generator.text import word_count

    opened = reader_for(seed.path).read(seed)
    if isinstance(opened, Problem):
        return None, [opened]
    cleaned = opened.cleaned
    if not cleaned.paragraphs:
        return None, [_no_story(seed, cleaned)]
    meta, problems = extractor.extract(cleaned, seed.name)
    if opened.page is not None:  # a saved page's own metadata, over the text's
        problems = _with_page(opened.page, meta, problems)
    size = len(seed.raw) if opened.page is None else sum(map(len, cleaned.paragraphs))
    if size > LARGE_SEED:
        problems.append(
            Problem(
                seed.name,
                f"is {size / 1e6:.1f} MB, far longer than one news article; published anyway",
                "check that it holds one article, not several or a whole site",
            )
        )
    article = Article(
        seed=seed,
        cleaned=cleaned,
        meta=meta,
        seed_path=seed_path or seed.name,  # never a local path: it is published
        words=sum(map(word_count, cleaned.paragraphs)),
        decoding=opened.decoding,
    )
    _apply_pins(article)
    if "date" in article.pinned:
        problems = [p for p in problems if "no publication date" not in p.message]
    if not article.meta.title:
        problems.append(
            Problem(
                seed.name,
                "no headline found; the page is titled with the file name",
                "paste the headline above the story, or pin it in a sidecar: title: ...",
            )
        )
    return article, problems


def _with_page(page: dict, meta, problems: list[Problem]) -> list[Problem]:
    from generator.htmlpage import apply

    apply(page, meta)
    return [p for p in problems if not (meta.date and "no publication date" in p.message)]


def _no_story(seed: Seed, cleaned: Cleaned) -> Problem:
    """Why a seed gave no page, in the editor's terms: a lone headline, or chrome only."""
    fix = "paste the whole article (headline and story) into it, or delete it"
    if cleaned.title:
        return Problem(
            seed.name,
            f"has a headline ('{cleaned.title[:80]}') but no story text under it; skipped",
            fix,
        )
    rules = Counter(ln.role for ln in cleaned.lines)
    found = ", ".join(f"{rule} x{n}" if n > 1 else rule for rule, n in sorted(rules.items()))
    return Problem(
        seed.name,
        f"has no story text: all {len(cleaned.lines)} lines are page chrome ({found}); skipped",
        fix,
    )


def _apply_pins(article: Article) -> None:
    for key, value in article.seed.pinned.items():
        setattr(article.meta, key, value)
        article.meta.origins[key] = "pinned"
        article.pinned.append(key)


def fingerprint(article: Article) -> str:
    """The story's words alone, so two pastes of one page match whatever chrome,
    spacing, case or punctuation came along with them."""
    if article.fingerprint:  # made by process(), and cached with the article
        return article.fingerprint
    return hashlib.sha256(_story_words(" ".join(article.cleaned.paragraphs))).hexdigest()


def _story_words(story: str) -> bytes:
    """The words _WORD finds in story.casefold(), space-separated, in UTF-8. Most stories have no
    word character outside ASCII (only quotes and dashes): their words come 3x faster from
    bytes.translate and split(), every non-ASCII byte a space as its character splits words."""
    if story.isascii() or all(map(_separator, set(_ASCII_RUN.sub("", story)))):
        # surrogatepass: a lone surrogate is no word character either, and must not raise
        return b" ".join(story.encode("utf-8", "surrogatepass").translate(_WORD_BYTES).split())
    return " ".join(_WORD.findall(story.casefold())).encode()


@lru_cache(maxsize=4096)
def _separator(char: str) -> bool:
    """Whether the character, case-folded, holds no \\w character (casefold goes character by
    character)."""
    return _WORD.search(char.casefold()) is None
