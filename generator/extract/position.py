"""Where the story starts among a page's lines: the anchor the field choosers measure from.

The cleaner's roles on a real page can be wrong (a menu item taken for the headline, a cookie
notice for the lead), so the anchor is found from the lines' shape: the first run of story-length
lines, which a cookie notice or a lone caption does not make.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Cleaned
from generator.text import word_count

_STORY_WORDS = 15  # a story paragraph has this many words at least
_STORY_CHARS = 60  # ... or characters, in scripts written without spaces
_SHORTEST = 40  # characters: no shorter line has _STORY_WORDS words or _STORY_CHARS characters
_RUN = 3  # story lines among the next _WINDOW lines that start the story
_WINDOW = 5


# A story paragraph ends a sentence; a headline or a teaser cut with "…" in a list does not.
_SENTENCE_END = '.!?。！？"”’):»'


def is_story_line(text: str) -> bool:
    if len(text) < _SHORTEST or text.rstrip()[-1] not in _SENTENCE_END:
        return False
    if word_count(text) >= _STORY_WORDS:
        return True
    return len(text) >= _STORY_CHARS and text.count(" ") < len(text) // 12


_LAST: list = [None, 0, 0]  # the lines last asked about (kept alive: no id reuse), count, lead


def lead_index(cleaned: Cleaned) -> int:
    """Index in cleaned.lines of the story's first paragraph (each chooser asks: found once)."""
    lines = cleaned.lines
    if _LAST[0] is not lines or _LAST[1] != len(lines):
        _LAST[:] = [lines, len(lines), _lead(lines)]
    return _LAST[2]


def _lead(lines) -> int:
    long: list[bool] = []  # is_story_line of each line, worked out as far as needed

    def story(j: int) -> bool:
        while len(long) <= j < len(lines):
            long.append(is_story_line(lines[len(long)].text))
        return j < len(lines) and long[j]

    for i in range(len(lines)):
        if story(i) and sum(story(j) for j in range(i, i + _WINDOW)) >= _RUN:
            return i
    return next((i for i, ln in enumerate(lines) if ln.role == "paragraph"), 0)


def title_index(cleaned: Cleaned) -> int | None:
    return next((i for i, ln in enumerate(cleaned.lines) if ln.role == "title"), None)


@dataclass(frozen=True)
class Choice:
    """A chooser's pick for a field, whether it is sure of it, and the runner-up."""

    value: object
    sure: bool
    runner_up: object = None
    origin: str = "missing"
