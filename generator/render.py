"""Article -> Markdown page text (stage 4). Front matter is emitted by PyYAML, never by formatting."""
from __future__ import annotations

import yaml

from generator.markdown import escape, html_text
from generator.model import Article

MARKER = "news-digest"


def front_matter(data: dict) -> str:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=4096)
    return f"---\n{text}---\n"


def article_fields(article: Article) -> dict:
    m = article.meta
    return {
        "generator": MARKER,
        "title": m.title,
        "subtitle": m.subtitle,
        "date": m.date,
        "updated": m.updated,
        "source": m.source,
        "author": list(m.author),
        "round": m.round,
        "agreement": m.agreement,
        "location": m.location,
        "figures": [f.as_dict() for f in m.figures],
        "summary": m.summary,
        "words": article.words,
        "slug": article.slug,
        "seed": article.seed_path,
        "pinned": list(article.pinned),
        "origins": dict(m.origins),
    }


def meta_line(article: Article) -> str:
    m = article.meta
    parts = [m.date.isoformat() if m.date else "Undated"]
    if m.updated and m.updated != m.date:
        parts.append(f"updated {m.updated.isoformat()}")
    if m.source:
        parts.append(m.source)
    if m.author:
        parts.append("By " + ", ".join(m.author))
    if m.round:
        parts.append(f"Round {m.round}")
    if m.location:
        parts.append(m.location)
    return " · ".join(parts)


def render_article(article: Article) -> str:
    m = article.meta
    out = [front_matter(article_fields(article)), ""]
    out += [f"# {escape(m.title or article.seed.path.stem)}", ""]
    if m.subtitle:
        out += [f'<p class="nd-dek">{html_text(m.subtitle)}</p>', ""]
    out += [f'<p class="nd-meta">{html_text(meta_line(article))}</p>', ""]
    caption = article.cleaned.caption
    if caption:
        out += [f'<figure class="nd-caption"><figcaption>{html_text(caption)}</figcaption></figure>', ""]
    for paragraph in article.cleaned.paragraphs:
        out += [escape(paragraph), ""]
    out += [f"[Raw seed text: {escape(article.seed.name)}](../raw/{article.slug}.txt)", ""]
    return "\n".join(out)
