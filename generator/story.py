"""Where the story sits on a pasted page: the densest run of story prose.

A paste of a whole page holds the story among menus, lists of other headlines, footers and
comments. Each line gets a weight (prose counts for its length, a chrome line against it, a
'Related' or 'Comments' heading heavily against it) and the story is the run of lines with the
largest total, so a few stray lines inside the story do not split it while a long menu or a list
of other headlines cuts it off. The cleaner reads the run's ends: above its start it looks for
the headline, past its end everything is chrome.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# How much each kind of line counts for (+) or against (-) being inside the story.
WEIGHTS = {
    "prose_cap": 150,  # a prose line counts its words, up to this: one huge line is not a story
    "sentence": 1,  # a short line that ends like a sentence ("Time will tell."): story-ish
    "short": -3,  # a short line that is not a sentence: a menu entry, another story's headline
    "chrome": -1,  # a line a chrome rule names (share bar, stamp, byline): cheap, dropped anyway
    "list_head": -12,  # 'Related stories', 'Most viewed': the story rarely goes on after one
    "promo_head": -6,  # a bare 'Read more', 'See also': a box of links, the story often goes on
    "comments_head": -60,  # 'Comments', 'Leave a reply': what follows is readers' prose
    "after_comments": 0.0,  # prose after a comments heading counts this share of its words
    # prose in the page's foot under the story (past the site's rights notice, '© 2019 X. All
    # rights reserved', or FOOT_LINKS rows of site links): sign-in dialogs, house rules, the
    # publisher's notices, counts this share of its words
    "after_foot": 0.0,
    "first_header": 25,  # the page's first byline, and its first stamp: the story's header
    "dated_items": 2,  # bylines or stamps past the story's start that make what follows a list
    "in_list": 0.2,  # prose past them counts this share: teasers under other headlines
    "list_header": -3,  # a byline or stamp among such items
    "teaser": -3,  # another story's headline glued to its teaser ('...SteakhouseA party of six')
    "card": 1,  # a short line of a list article's item cards (name, feature, price): story
}
HEADER_REACH = 12  # lines from the run's start in which a byline or stamp still heads the story
LONG = 30  # words of a line that is surely story, not a dek or a headline
DATA_TAIL = 3  # data lines under the story that make a list it ends with
TAIL_REACH = 10  # lines of closing chrome an editor's paragraph typed under the paste may follow
BOX_LINES = 8  # lines of a fact box the story closes with (who, what, venue, address, hours)
BOX_WORDS = 12  # words of one of its lines at most
BOX_DATA = 2  # data lines (an address, figures) a fact box holds at least
FOOT_LINKS = 2  # rows of site links under the story that make the page's foot (one rights notice)
CARD_COPIES = 3  # a short line printed this often, one copy per item, closes a list's item cards
CARD_SIZE = (5, 40)  # lines from one copy to the next: an item card, not a menu or a teaser list
CARD_WORDS = 6  # words of such a line at most: 'Buy now', 'Available from the shop'
CARD_SPREAD = 1.5  # the longest step over the shortest: items of about one size
CARD_OWN = 0.5  # share of the cards' lines printed only once on the page, at least
CARD_LINE_WORDS = 4  # words a card's line holds on average, at least: features, not a menu
BUTTON_WORDS = 2  # words of a share row's button ('Facebook', 'Print'), at most


@dataclass(frozen=True)
class LineFacts:
    """What the cleaner knows about one line before it gives the line a role."""

    words: int  # words, CJK characters counted two to a word
    prose: bool  # reads as a story paragraph
    sentence: bool  # ends like a sentence
    chrome: bool  # a chrome rule, a stamp or a byline claims it
    list_head: bool  # a 'Related stories'-style heading
    comments_head: bool  # a comments-section heading
    header: str = ""  # "byline" or "stamp", else ""
    rights: bool = False  # a rights notice: 'All rights reserved', '무단 전재 금지'
    footer: bool = False  # the site's links ('Privacy Policy', 'Contact us') or the reporter's bio
    twin: bool = False  # the next line is the same text
    data: bool = False  # a short line with figures, commas or code: a table row, a list item
    link: bool = False  # a bare web address: a list item's link ('1) A toy' then its address)
    teaser: bool = False  # a Title Case headline run into its teaser text: a menu's story card
    card: bool = False  # inside a list article's run of item cards (card_lines)
    web: bool = False  # holds a web address: 'Listen: http://x.example/1'
    promo_head: bool = False  # the list heading is a bare 'Read more' or 'See also'


def weight(
    f: LineFacts,
    after_comments: bool,
    first_header: bool = False,
    seen_prose: bool = True,
    in_list: bool = False,
    after_foot: bool = False,
) -> float:
    if first_header:
        return WEIGHTS["first_header"]
    if f.comments_head and seen_prose:  # above the story, 'Comments' is a link in a share bar
        return WEIGHTS["comments_head"]
    if f.list_head:
        return WEIGHTS["promo_head" if f.promo_head else "list_head"]
    if f.header and in_list:
        return WEIGHTS["list_header"]
    if f.chrome:
        return WEIGHTS["chrome"]
    if f.teaser:
        return WEIGHTS["teaser"]
    if f.card and not f.prose:
        return WEIGHTS["card"]
    if f.prose:
        share = (
            WEIGHTS["after_comments"]
            if after_comments
            else WEIGHTS["after_foot"]
            if after_foot
            else WEIGHTS["in_list"]
            if in_list
            else 1
        )
        return min(f.words, WEIGHTS["prose_cap"]) * share
    if f.sentence:
        return WEIGHTS["sentence"]
    return WEIGHTS["short"]


def span(facts: list[LineFacts]) -> tuple[int, int]:
    """(first, last) index of the densest run of story lines; (-1, -1) when no line is prose."""
    best, first, last = 0.0, -1, -1
    run, start = 0.0, 0
    prose_seen = 0  # words of story prose so far: a header under LONG of them is a list item's
    after_comments = False
    footers = 0  # site-link rows in this run past its first LONG words of prose
    run_prose = 0  # words of prose in this run: links above the story are a menu's
    dated = 0  # bylines and stamps seen under the story's first LONG words
    listed = False  # a list heading came after some prose
    listed_dated = 0  # bylines and stamps under that heading
    spent: set[str] = set()  # the header bonuses given: one to a byline, one to a stamp
    for idx, f in enumerate(facts):
        if f.comments_head and _in_button_row(facts, idx):
            f = replace(f, comments_head=False)  # 'Facebook' / 'Comments' / 'Print': a link
        after_comments = after_comments or (prose_seen >= LONG and f.comments_head)
        if run <= 0:
            footers = run_prose = 0  # a new run starts here
        if run_prose >= LONG:
            footers += FOOT_LINKS if f.rights else f.footer
        listed = listed or (prose_seen > 0 and f.list_head)
        bonus = bool(f.header) and prose_seen < LONG and f.header not in spent
        if bonus:
            spent.add(f.header)
        dated += bool(f.header) and prose_seen >= LONG
        listed_dated += bool(f.header) and listed
        # under a 'More from' heading one dated item makes a list; elsewhere it takes two
        in_list = dated >= WEIGHTS["dated_items"] or listed_dated >= 1
        w = weight(f, after_comments, bonus, prose_seen > 0, in_list, footers >= FOOT_LINKS)
        prose_seen += f.words if f.prose and not f.chrome else 0
        run_prose += f.words if f.prose and not f.chrome else 0
        if run <= 0:
            run, start = w, idx
        else:
            run += w
        if run > best:
            best, first, last = run, start, idx
    return first, last


def _in_button_row(facts: list[LineFacts], idx: int) -> bool:
    """A line between two chrome buttons of a word or two: one more button of a share row
    ('Twitter' / 'Comments' / 'Print'), which links to the comments, not their heading."""
    if idx == 0 or idx + 1 >= len(facts):
        return False
    return all(f.chrome and f.words <= BUTTON_WORDS for f in (facts[idx - 1], facts[idx + 1]))


def start(facts: list[LineFacts], first: int, last: int) -> int:
    """The story's first line in the run: past the run's header (headline, dek, byline, stamp)
    when the run opens with one, then at the first prose line."""
    at = first
    for idx in range(first, min(last, first + HEADER_REACH) + 1):
        if facts[idx].words >= LONG and not facts[idx].chrome:
            break
        if facts[idx].header:
            at = idx + 1
        elif idx + 1 <= last and facts[idx].twin:
            at = idx + 1  # printed twice in a row: a headline and its copy, never the story
    while at < last and not _opens_story(facts[at]):
        at += 1
    return at


def _opens_story(f: LineFacts) -> bool:
    """Prose, or a short sentence ('SEOUL -- The talks ended.'), that no chrome rule claims."""
    return not f.chrome and (f.prose or (f.sentence and f.words >= 4))


def typed_after(facts: list[LineFacts], last: int) -> int:
    """The run's end, moved to the paste's last line when that line is prose typed under the
    page's closing chrome (an editor's added paragraph) within TAIL_REACH lines of the run."""
    end = len(facts) - 1
    if last < 0 or end <= last or end - last > TAIL_REACH:
        return last
    f = facts[end]
    return end if f.prose and not f.chrome else last


def data_tail(facts: list[LineFacts], last: int) -> int:
    """The run's end, moved past a list the story closes with (tour dates, a table, an address):
    DATA_TAIL or more data lines right under it, up to the first line that is not one. A bare
    address between them is an item's link, part of the list."""
    end, rows = last, 0
    while end + 1 < len(facts) and (facts[end + 1].data or facts[end + 1].link):
        end += 1
        rows += facts[end].data
    return end if rows >= DATA_TAIL else last


def data_head(facts: list[LineFacts], at: int, floor: int) -> int:
    """The story's first line, moved up over a list or table the story opens with: DATA_TAIL or
    more data lines right above it (short sentences among them, as code and figures print),
    never to floor (the headline) or above."""
    top, rows = at, 0
    while top - 1 > floor and (facts[top - 1].data or _short_sentence(facts[top - 1])):
        top -= 1
        rows += facts[top].data
    while top < at and not facts[top].data:
        top += 1  # the list starts at its first row
    return top if rows >= DATA_TAIL else at


def _short_sentence(f: LineFacts) -> bool:
    return f.sentence and not f.chrome and not f.prose


def card_lines(texts: list[str], facts: list[LineFacts]) -> set[int]:
    """Indexes of a list article's item cards: from a short line printed once per item (a
    'Buy now' button, a shop's name) at CARD_SIZE steps, CARD_COPIES times or more, back one
    card from its first copy. Other stories' cards carry a byline or a stamp, a list heading
    or a comments heading stops a list: no such line may sit among the copies."""
    at: dict[str, list[int]] = {}
    for idx, (t, f) in enumerate(zip(texts, facts)):
        if f.words <= CARD_WORDS and not f.prose and not f.chrome:
            at.setdefault(t, []).append(idx)
    counts = {t: len(spots) for t, spots in at.items()}
    out: set[int] = set()
    for spots in at.values():
        steps = [b - a for a, b in zip(spots, spots[1:])]
        if len(spots) < CARD_COPIES or not _even(steps):
            continue
        lo, hi = max(spots[0] - min(steps) + 1, 0), spots[-1]
        if any(f.header or f.list_head or f.comments_head for f in facts[lo : hi + 1]):
            continue
        # a menu printed three times repeats every line; items differ in name and price
        size = hi + 1 - lo
        once = sum(counts.get(t, 1) == 1 for t in texts[lo : hi + 1])
        words = sum(f.words for f in facts[lo : hi + 1])  # a menu's entries are a word or two
        if once >= CARD_OWN * size and words >= CARD_LINE_WORDS * size:
            out.update(range(lo, hi + 1))
    return out


def _even(steps: list[int]) -> bool:
    """Copies one card apart: every step within CARD_SIZE and the longest under CARD_SPREAD
    times the shortest."""
    return all(CARD_SIZE[0] <= s <= CARD_SIZE[1] for s in steps) and max(
        steps
    ) <= CARD_SPREAD * min(steps)


def fact_box(facts: list[LineFacts], last: int) -> int:
    """The run's end, moved past a fact box the story closes with (an event's venue, address
    and hours): up to BOX_LINES short lines right under it that no rule claims, BOX_DATA of
    them data, and a list heading ('You may also like') right after them, which shows where
    the story's own text ends."""
    end = last + 1
    while end < len(facts) and end - last <= BOX_LINES and not facts[end].list_head:
        f = facts[end]
        if f.chrome or f.prose or f.web or f.words > BOX_WORDS:
            return last  # a box of links is the outlet's promotion, not the story's facts
        end += 1
    if end == last + 1 or end >= len(facts) or not facts[end].list_head:
        return last
    data = sum(f.data for f in facts[last + 1 : end])
    return end - 1 if data >= BOX_DATA else last
