"""The audit: per seed, how it was read, every line (or part of a line) the cleaner
removed and the rule that removed it, and where each field came from.

`text_report` is what `python -m generator --report` prints; `audit_pages` are the
site's docs/audit.md (and docs/audit/ parts on a large site). Both are built from the same rows,
so they always agree.
"""

from __future__ import annotations

from operator import itemgetter

from generator.fields import FIELDS, Field
from generator.markdown import escape
from generator.mkdocs.material import NOT_SEARCHED
from generator.model import KEPT_ROLES, Article, Problem
from generator.render import MARKER, front_matter
from generator.rules import ROLES
from generator.site import memo

# What each cleaner rule means, in an editor's words (the audit page's legend).
# Today the legend lists the roles it listed before rules.ROLES (see Role.shown_in_audit).
RULES = {role.name: role.legend for role in ROLES if role.shown_in_audit}


# Rules whose lines are never story text, or whose text stays on the page once (repeats).
_NOT_LOST = ("related-list", "copyright", "cookie-banner", "repeated-caption", "repeated-line")


def field_rows(article: Article) -> list[tuple[str, str, str]]:
    """(field, where it came from, value as text) for every front-matter field the audit shows."""
    rows = []
    meta = article.meta
    origins = meta.origins
    for field in (f for f in FIELDS if f.audited):
        name = field.name
        origin = origins.get(name, "missing")
        value = _value_text(field, getattr(meta, name, None))
        if origin == "pinned":
            how = "pinned in sidecar"
        elif origin == "missing" or not value:
            how = "missing"
        else:
            how = f"extracted from {origin}"
        rows.append((name, how, value))
    return rows


def _value_text(field: Field, value) -> str:
    kind = type(value)
    if kind is str:  # most fields: the text itself (str() of a str, and "" for "")
        return value
    if kind is int:
        return str(value)
    if value in (None, "", []):
        return ""
    if field.text:
        return field.text(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def decode_notes(article: Article) -> list[str]:
    """How the seed's bytes were read: the encoding when not plain UTF-8, and each repair
    (recorded by `process.process`; worked out again for an article made some other way)."""
    if article.decoding is not None:
        return list(article.decoding)
    from generator.decode import DecodeError, decode  # here: a warm run never loads the decoder

    raw = getattr(article.seed, "raw", None)
    if not raw:
        return []
    try:
        decoded = decode(raw)
    except DecodeError:
        return []
    notes = [] if decoded.encoding == "utf-8" else [f"read as {decoded.encoding}"]
    return notes + decoded.repairs


def removed_rows(article: Article) -> list[tuple[int, str, str, bool, bool]]:
    """Each removed line or part of one, in line order (as Cleaned.dropped lists them): its
    line number, text and rule, whether only part of a line was trimmed, and whether it reads
    like story prose. Made from the cleaned lines as tuples, not a Dropped for each removed
    line: the audit lists thousands of them."""
    from generator.clean import is_prose  # here: a warm run never loads the cleaner

    cleaned = article.cleaned
    cut = {(t.line, t.text, t.rule) for t in cleaned.trims}
    rows = [(ln.number, ln.text, ln.role) for ln in cleaned.lines if ln.role not in KEPT_ROLES]
    if cut:
        rows += [(t.line, t.text, t.rule) for t in cleaned.trims]
    rows.sort(
        key=itemgetter(0)
    )  # stable, as Cleaned.dropped's sorted(): lines before trims of the same number
    return [
        (line, text, rule, (line, text, rule) in cut, rule not in _NOT_LOST and is_prose(text))
        for line, text, rule in rows
    ]


def _warnings_for(name: str, warnings: list[Problem]) -> list[Problem]:
    return [w for w in warnings if w.seed == name]


def text_report(articles: list[Article], warnings: list[Problem] | None = None) -> str:
    out = []
    for article in sorted(articles, key=lambda a: a.seed.name):
        out.append(f"== {article.seed.name} -> articles/{article.slug}.md")
        for note in decode_notes(article):
            out.append(f"  decode: {note}")
        for name, how, value in field_rows(article):
            out.append(f"  {name:10} {how:32} {value}".rstrip())
        rows = removed_rows(article)
        out.append(f"  removed {len(rows)} line(s) or part(s) of lines:")
        for line, text, rule, trimmed, prose in rows:
            mark = "!" if prose else " "
            where = f"part of line {line}" if trimmed else f"line {line}"
            out.append(f"   {mark}{where:>17}  [{rule}]  {text}")
        for problem in _warnings_for(article.seed.name, warnings or []):
            out.append(f"  warning: {problem.message}")
    if any(row[4] for a in articles for row in removed_rows(a)):
        out.append(
            "\n'!' marks a removed line that reads like story prose: check it was not real text."
        )
    return "\n".join(out)


AUDIT_PART = (
    100  # seeds per audit page: about 300 KB of HTML, so no page nears 1 MB at thousands of seeds
)
_HEAD = {"generator": MARKER, "title": "Audit", **NOT_SEARCHED}  # search finds the articles
_INTRO = [
    "What the generator did with each seed: where every field came from, and every line "
    "it removed from the pasted text with the rule that removed it. Lines marked "
    "**check** read like story prose; make sure they were not part of the article.",
    "Fields the generator is unsure of are listed on the [Review](review/index.md) page.",
    "",
]


class _Seeds:
    """Each seed's removed rows and warnings, found once (a page shows them twice); under
    serve, an article's rows are kept for the next build (site/memo.py)."""

    def __init__(self, articles: list[Article], warnings: list[Problem]):
        self.names = {
            id(a): a.seed.name for a in articles
        }  # Seed.name is a Path's: worked out each time
        self.rows = {self.names[id(a)]: memo.part("audit rows", a, removed_rows) for a in articles}
        self.checks = {
            seed: sum(row[4] for row in rows) for seed, rows in self.rows.items()
        }  # prose rows
        self.fields = {
            self.names[id(a)]: memo.part("audit fields", a, field_rows) for a in articles
        }
        self.warnings: dict[str, list[Problem]] = {}
        for w in warnings:
            self.warnings.setdefault(w.seed, []).append(w)

    def name(self, article: Article) -> str:
        return self.names.get(id(article)) or article.seed.name

    def warned(self, article: Article) -> list[Problem]:
        return self.warnings.get(self.name(article), [])


def render_audit(articles: list[Article], warnings: list[Problem]) -> str:
    """docs/audit.md for up to AUDIT_PART seeds: a summary table, then per seed its fields,
    repairs and removed lines. Past that, audit_pages() splits it."""
    seeds = _Seeds(articles, warnings)
    ordered = sorted(articles, key=seeds.name)
    out = [front_matter(_HEAD), "", "# Audit", ""] + _INTRO
    out += _summary(ordered, seeds, "")
    for article in ordered:
        out += _seed_section(article, seeds, "")
    out += _skipped(ordered, warnings)
    return "\n".join(out + _rules())


def audit_pages(
    articles: list[Article], warnings: list[Problem], size: int = AUDIT_PART
) -> dict[str, bytes]:
    """The audit as files under docs/: audit.md alone for a small site; else audit.md as an
    index of parts and audit/seeds-NNN.md with `size` seeds each (in file-name order)."""
    if len(articles) <= size:
        return {"audit.md": render_audit(articles, warnings).encode("utf-8")}
    seeds = _Seeds(articles, warnings)
    ordered = sorted(articles, key=seeds.name)
    parts = [ordered[i : i + size] for i in range(0, len(ordered), size)]
    names = [f"seeds-{n:03d}" for n in range(1, len(parts) + 1)]
    pages = {
        f"audit/{name}.md": _kept_part(part, seeds, n)
        for n, (name, part) in enumerate(zip(names, parts), 1)
    }
    pages["audit.md"] = _audit_index(parts, names, ordered, warnings, seeds, size).encode("utf-8")
    return pages


def _audit_index(
    parts: list[list[Article]],
    names: list[str],
    ordered: list[Article],
    warnings: list[Problem],
    seeds: _Seeds,
    size: int,
) -> str:
    out = [front_matter(_HEAD), "", "# Audit", ""] + _INTRO
    out += [
        f"{len(ordered)} seeds, {size} to a page, in file-name order.",
        "",
        "| Seeds | Removed | Check | Warnings |",
        "|---|---:|---:|---:|",
    ]
    for name, part in zip(names, parts):
        removed = sum(len(seeds.rows[seeds.name(a)]) for a in part)
        checks = sum(seeds.checks[seeds.name(a)] for a in part)
        count = sum(len(seeds.warned(a)) for a in part)
        span = f"{part[0].seed.name} – {part[-1].seed.name}"
        out.append(f"| [{_cell(span)}](audit/{name}.md) | {removed} | {checks} | {count} |")
    out += [""] + _skipped(ordered, warnings)
    return "\n".join(out + _rules())


def _kept_part(part: list[Article], seeds: _Seeds, number: int) -> bytes:
    """A part is made from its seeds' articles and warnings alone: under serve, one whose
    articles and warnings are as last build is the last build's bytes."""
    warned = tuple(tuple(seeds.warned(a)) for a in part)
    return memo.page("audit part", part, (number, warned), _part_bytes, part, seeds, number)


def _part_bytes(part: list[Article], seeds: _Seeds, number: int) -> bytes:
    return _part_page(part, seeds, number).encode("utf-8")


def _part_page(part: list[Article], seeds: _Seeds, number: int) -> str:
    # Nothing here depends on how many parts there are: a seed added or removed at the end
    # changes its own part and the index, and MkDocs' dirty serve re-renders only those.
    title = f"Audit part {number}"
    out = [front_matter({**_HEAD, "title": title}), "", f"# {escape(title)}", ""]
    out += [
        f"Seeds {escape(part[0].seed.name)} to {escape(part[-1].seed.name)}. "
        "[All parts](../audit.md)",
        "",
    ]
    out += _summary(part, seeds, "../")
    for article in part:
        out += _seed_section(article, seeds, "../")
    return "\n".join(out + _rules())


def _rules() -> list[str]:
    return ["## Rules", ""] + [f"- `{rule}`: {escape(text)}" for rule, text in RULES.items()] + [""]


def _cell(text: str) -> str:
    return escape(text).replace("|", "\\|")


def _summary(articles: list[Article], seeds: _Seeds, up: str) -> list[str]:
    out = [
        "| Seed | Removed | Check | Missing | Pinned | Warnings |",
        "|---|---:|---:|---|---|---:|",
    ]
    for a in articles:
        seed = seeds.name(a)
        rows = seeds.rows[seed]
        missing = [name for name, how, _ in seeds.fields[seed] if how == "missing"]
        out.append(
            f"| [{_cell(seed)}]({up}articles/{a.slug}.md) | {len(rows)} | "
            f"{seeds.checks[seed]} | {_cell(', '.join(missing)) or '–'} | "
            f"{_cell(', '.join(a.pinned)) or '–'} | {len(seeds.warnings.get(seed, ()))} |"
        )
    return out + [""]


def _seed_section(article: Article, seeds: _Seeds, up: str) -> list[str]:
    seed = seeds.name(article)
    out = [f"## {escape(seed)}", "", f"[Article page]({up}articles/{article.slug}.md)", ""]
    notes = [f"- Decoding: {escape(note)}" for note in decode_notes(article)]
    notes += [f"- Warning: {escape(p.message)}" for p in seeds.warnings.get(seed, ())]
    out += notes + ([""] if notes else [])
    # The rest is the article's alone (no warnings, no links): kept between serve builds.
    return out + memo.part("audit fields and rows", article, lambda a: _seed_body(a, seeds))


def _seed_body(article: Article, seeds: _Seeds) -> list[str]:
    seed = seeds.name(article)
    out = ["| Field | From | Value |", "|---|---|---|"]
    out += [
        f"| {name} | {how} | {_cell(value) or '–'} |" for name, how, value in seeds.fields[seed]
    ]
    rows = seeds.rows[seed]
    out += ["", f"Removed: {len(rows)}", ""]
    for line, text, rule, trimmed, prose in rows:
        where = f"part of line {line}" if trimmed else f"line {line}"
        flag = " **check**" if prose else ""
        out.append(f"- {where} `{rule}`{flag}: {escape(text)}")
    return out + [""]


def _skipped(articles: list[Article], warnings: list[Problem]) -> list[str]:
    published = {a.seed.name for a in articles}
    others = [w for w in warnings if w.seed not in published]
    if not others:
        return []
    return ["## Seeds without a page", ""] + [f"- {escape(str(w))}" for w in others] + [""]
