"""The timeline: every article as an event on its publication date, plus the
earlier events articles recall, oldest first and grouped by year.

It is raw HTML (an ordered list per year) so it reads as a vertical timeline
with CSS alone, no JavaScript. All article text in it goes through
html.escape; links are computed relative to the page they are on.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from urllib.parse import quote

from generator.extract.recalled import Recalled, When, events_of
from generator.markdown import escape, html_text
from generator.model import Article, Problem
from generator.site import memo
from generator.site.facts import event_facts, headline, undated, undated_reason
from generator.site.listing import counted, head, pager, parts
from generator.site.urls import article_href, md_link

INLINE_EVENTS = 300  # up to this many events the whole timeline is one page


@dataclass(frozen=True)
class Event:
    when: When
    article: Article
    recalled: Recalled | None = None
    number: int = 0  # which of its article's recalled events (1, 2 ...), 0 for its own date

    @property
    def order(self) -> tuple:
        m, w = self.article.meta, self.when  # When's fields, not When: tuples compare in C
        return (
            (w.year, w.month, w.day),
            1 if self.recalled else 0,
            m.date.isoformat() if m.date else "",
            self.article.slug,
            self.recalled.paragraph if self.recalled else 0,
        )


def events(articles: list[Article]) -> list[Event]:
    out = []
    for article in articles:
        out += memo.part("timeline events", article, _ordered_events)
    out.sort(key=itemgetter(0))  # stable: ties keep the articles' order, as before
    return [event for _, event in out]


def _ordered_events(article: Article) -> list[tuple[tuple, Event]]:
    """The article's events, each with its place in the timeline's order."""
    d = article.meta.date
    found = [Event(When(d.year, d.month, d.day), article)] if d else []
    found += [Event(r.when, article, r, n) for n, r in enumerate(events_of(article), 1)]
    return [(e.order, e) for e in found]


def text_fragment(sentence: str) -> str:
    """A #:~:text= directive that highlights the sentence where browsers support it."""
    words = sentence.split()
    enc = lambda s: quote(s, safe="").replace("-", "%2D")  # noqa: E731 - '-' and ',' are syntax there
    if len(words) <= 8:
        return ":~:text=" + enc(" ".join(words))
    return ":~:text=" + enc(" ".join(words[:4])) + "," + enc(" ".join(words[-3:]))


def _time(when: When) -> str:
    return f'<time datetime="{when.iso}">{html_text(when.label)}</time>'


def _own(event: Event, page: str) -> str:
    m = event.article.meta
    facts = ([m.source] if m.source else []) + event_facts(m.round, m.agreement, m.location)
    link = article_href(page, event.article.slug)
    return (
        f'<li class="nd-event"><p class="nd-when">{_time(event.when)}</p>'
        f'<p class="nd-headline"><a href="{link}">{html_text(headline(event.article))}</a></p>'
        f'<p class="nd-facts">{html_text(" · ".join(facts))}</p></li>'
    )


def _recalled(event: Event, page: str) -> str:
    r, m = event.recalled, event.article.meta
    facts = event_facts(r.round, r.agreement, r.location)
    link = f"{article_href(page, event.article.slug)}#p-{r.paragraph}{text_fragment(r.sentence)}"
    origin = ", ".join(x for x in (m.source, m.date.isoformat() if m.date else None) if x)
    return (
        f'<li class="nd-event nd-recalled"><p class="nd-when">{_time(event.when)} '
        f'<span class="nd-badge">Recalled</span></p>'
        f'<blockquote class="nd-quote"><p>{html_text(r.sentence)}</p></blockquote>'
        f'<p class="nd-facts">{html_text(" · ".join(facts)) + " · " if facts else ""}recalled in '
        f'<a href="{link}">{html_text(headline(event.article))}</a>'
        f"{' (' + html_text(origin) + ')' if origin else ''}</p></li>"
    )


def year_block(year_events: list[Event], page: str) -> list[str]:
    items = [(_recalled if e.recalled else _own)(e, page) for e in year_events]
    return ['<ol class="nd-timeline">' + "".join(items) + "</ol>", ""]


INTRO = (
    "The story in order, oldest first. Each article is an event on the day it was published. "
    "Events marked **Recalled** are earlier moments an article mentions "
    '("the agreement signed in 2014"), '
    "dated as precisely as its words allow, with a link to the sentence."
)


def _undated(articles: list[Article], warnings: list[Problem], page: str) -> list[str]:
    rest = undated(articles)
    if not rest:
        return []
    items = "".join(
        f'<li><a href="{article_href(page, a.slug)}">{html_text(headline(a))}</a>'
        f"{' (' + html_text(a.meta.source) + ')' if a.meta.source else ''}: "
        f'<span class="nd-reason">{html_text(undated_reason(a, warnings))}</span></li>'
        for a in rest
    )
    return [
        "## Undated articles",
        "",
        "These articles are not on the timeline: no publication date could be "
        "read from them. An editor can pin one in a sidecar file (`date: YYYY-MM-DD`).",
        "",
        f'<ul class="nd-undated">{items}</ul>',
        "",
    ]


def _by_year(all_events: list[Event]) -> list[tuple[int, list[Event]]]:
    return [(year, list(group)) for year, group in groupby(all_events, key=lambda e: e.when.year)]


def render_timeline_pages(articles: list[Article], warnings: list[Problem]) -> dict[str, str]:
    """timeline.md, and a page per year when the whole story is too long for one."""
    all_events = events(articles)
    years = _by_year(all_events)
    inline = len(all_events) <= INLINE_EVENTS
    out: dict[str, str] = {}
    lines = head("Timeline") + ["# Timeline", "", INTRO, ""]
    if inline:
        if len(years) > 1:
            lines += ["Years: " + " · ".join(f"[{y}](#{y})" for y, _ in years), ""]
        for year, group in years:
            lines += [f"## {year}", ""] + year_block(group, "timeline.md")
    else:
        lines += ["## Years", ""]
        for year, group in years:
            split = parts(f"timeline/{year}", group)
            link = md_link("timeline.md", split[0][0])
            lines.append(f"- [{year}]({link}) ({counted(len(group), 'event')})")
            # Under serve, a year none of whose events changed is the last build's page.
            out.update(
                memo.page(
                    "timeline year",
                    [e.article for e in group],
                    (year, tuple(e.number for e in group)),  # with the digests: the events
                    _year_pages,
                    year,
                    split,
                )
            )
        lines.append("")
    lines += _undated(articles, warnings, "timeline.md")
    out["timeline.md"] = "\n".join(lines)
    return out


def _year_pages(year: int, split: list[tuple[str, list[Event]]]) -> dict[str, str]:
    names = [name for name, _ in split]
    out = {}
    for name, group in split:
        lines = head(f"Timeline {year}") + [
            f"# Timeline: {year}",
            "",
            escape(f"Events of {year}, oldest first."),
            f"[All years]({md_link(name, 'timeline.md')})",
            "",
        ]
        lines += pager(names, name) + year_block(group, name) + pager(names, name)
        out[name] = "\n".join(lines)
    return out
