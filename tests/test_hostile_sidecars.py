"""Hostile or broken sidecars: nothing in them runs, nothing hangs, each problem is a warning
naming the sidecar, and the seed is still published with the fields that were valid."""

from __future__ import annotations

import time

from test_robust_support import article_text

from generator.pipeline import build

BOMB = "".join(
    f"{k}: &{k} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['x'] * 9)}]\n"
    for p, k in zip(["", "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi")
)

SIDECARS = {
    "python-tag": ("!!python/object/apply:os.system ['touch {canary}']\n", "not valid YAML"),
    "alias-bomb": (BOMB + "title: *i\nauthor: *i\ndate: *i\n", "must be a single value"),
    "not-a-mapping": ("- just\n- a list\n", "must be a mapping"),
    "complex-key": ("? [1, 2]\n: x\n", "not valid YAML"),
    "odd-keys": ("42: y\nround: [3]\nagreement: 'eleven'\n", "unknown field '42'"),
    "deep": ("title: " + "[" * 5000 + "]" * 5000 + "\n", "not valid YAML"),
    "impossible-date": ("date: 2019-02-30\n", "day is out of range"),
    "bad-values": ("updated: yesterday\nround: 2.5\nauthor: {a: b}\n", "is not a date"),
    "binary": ("\x00\x01\x02", "not valid YAML"),
    "self-reference": (
        "title: &x [*x]\nauthor: &y [*y]\n",
        "'title' must be a single value, not <a list>",
    ),
}


def test_hostile_sidecars_are_warnings_and_their_seeds_still_publish(tmp_path):
    seeds, canary = tmp_path / "seeds", tmp_path / "canary"
    seeds.mkdir()
    for n, (name, (sidecar, _)) in enumerate(SIDECARS.items()):
        (seeds / f"{name}.txt").write_text(
            article_text(f"Talks go on despite the {name} sidecar", f"Line {n}.")
        )
        (seeds / f"{name}.yml").write_bytes(sidecar.replace("{canary}", str(canary)).encode())
    (seeds / "pinned-ok.txt").write_text(
        article_text("Talks with a sound sidecar next to them", "Fine.")
    )
    (seeds / "pinned-ok.yml").write_text('title: "Pinned: [a] #title"\nround: 4\nauthor: Kim\n')
    started = time.monotonic()
    result = build(seeds, tmp_path / "docs", workers=1)
    assert time.monotonic() - started < 30
    assert not canary.exists()
    assert len(result.articles) == len(SIDECARS) + 1
    for name, (_, says) in SIDECARS.items():
        found = [str(w) for w in result.warnings if w.seed == f"{name}.yml"]
        assert found and any(says in w for w in found), (name, [str(w) for w in result.warnings])
    ok = next(a for a in result.articles if a.seed.name == "pinned-ok.txt")
    assert (ok.meta.title, ok.meta.round, ok.meta.author) == ("Pinned: [a] #title", 4, ["Kim"])


FIELDS = "agreement, author, date, location, round, source, subtitle, summary, title, updated, url"


def test_self_referential_anchor_is_a_warning_and_the_seed_publishes_unpinned(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    title = "Talks go on next to a sidecar that holds itself"
    (seeds / "loop.txt").write_text(article_text(title, "Met."))
    (seeds / "loop.yml").write_text("title: &x [*x]\nauthor: &y [*y]\n")
    result = build(seeds, tmp_path / "docs", workers=1)
    assert [str(w) for w in result.warnings] == [
        "loop.yml: 'title' must be a single value, not <a list> (pinnable fields: " + FIELDS + ")",
        "loop.yml: 'author' must be a name or a list of names (pinnable fields: " + FIELDS + ")",
    ]
    (article,) = result.articles
    assert (article.meta.title, article.meta.author, list(article.pinned)) == (title, [], [])
