"""The audit: what the cleaner removed from each seed and where each field came from."""
from __future__ import annotations

from generator.model import Article

FIELDS = ("title", "subtitle", "date", "updated", "source", "author", "round", "agreement", "location", "figures")


def text_report(articles: list[Article]) -> str:
    out = []
    for article in sorted(articles, key=lambda a: a.seed.name):
        out.append(f"== {article.seed.name} -> articles/{article.slug}.md")
        for field in FIELDS:
            origin = article.meta.origins.get(field, "missing")
            value = getattr(article.meta, field)
            if field == "figures":
                value = ", ".join(f"{f.text} ({f.unit})" for f in value) or None
            kind = "pinned" if origin == "pinned" else "missing" if origin == "missing" else f"extracted from {origin}"
            out.append(f"  {field:10} {kind:28} {value!r}" if value not in (None, [], "") else f"  {field:10} {kind}")
        dropped = article.cleaned.dropped
        out.append(f"  removed {len(dropped)} line(s):")
        for d in dropped:
            out.append(f"    line {d.line:>4}  [{d.rule}]  {d.text}")
    return "\n".join(out)
