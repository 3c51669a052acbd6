"""The field registry (generator/fields.py) is the one list of fields: Metadata, sidecar
pins, extraction, front matter, articles.json and the audit follow it, so a field added
there (a throwaway `people` here) shows up in all of them."""

from __future__ import annotations

import json
from dataclasses import fields as dataclass_fields

import pytest
from test_robust_support import article_text

from generator import extract, fields, reader, render, report
from generator.fields import FIELDS, Field
from generator.model import Metadata
from generator.process import process
from generator.site import dataset


def test_metadata_holds_the_registry_s_story_fields_in_order():
    assert [f.name for f in dataclass_fields(Metadata)] == [f.name for f in FIELDS if f.in_meta]


def test_every_step_is_an_extractor_and_every_shown_field_is_registered():
    assert all(callable(getattr(extract, step, None)) for step in fields.steps())
    names = {f.name for f in FIELDS}
    assert set(fields.META_LINE) <= names and set(fields.JSONLD) <= names


def test_sidecar_keys_are_the_pinnable_fields():
    assert reader.PINNABLE is fields.PINNABLE
    assert fields.PINNABLE == {f.name: f.pin for f in FIELDS if f.pin}


def find_people(cleaned, meta, seed_name):
    meta.people = ["Moon Jae-in"] if "Moon" in " ".join(cleaned.paragraphs) else []
    meta.origins["people"] = "story" if meta.people else "missing"
    return []


@pytest.fixture
def people(monkeypatch):
    """A `people` field (list of names, pinnable, audited): its row and its extractor."""
    monkeypatch.setattr(extract, "find_people", find_people, raising=False)
    fields.add(Field("people", list, "find_people", audited=True, plain=list))
    yield
    fields.remove("people")


def _article(tmp_path, sidecar: str | None = None):
    (tmp_path / "a.txt").write_text(article_text("Talks go on in Seoul", "Moon Jae-in met them."))
    if sidecar is not None:
        (tmp_path / "a.yml").write_text(sidecar)
    seeds, problems = reader.read_seeds(tmp_path)
    article, _ = process(seeds[0])
    article.slug = "a"
    return article, problems


def _front_matter(article) -> str:
    return render.render_article(article).split("\n---\n", 1)[0]


def test_a_registered_field_is_extracted_and_in_front_matter_json_and_audit(people, tmp_path):
    article, problems = _article(tmp_path)
    assert not problems
    assert "\nsummary: " in _front_matter(article)
    assert "\npeople:\n- Moon Jae-in\nwords: " in _front_matter(article)
    row = json.loads(dataset.articles_json([article]))["articles"][0]
    assert row["people"] == ["Moon Jae-in"]
    assert list(row).index("people") == list(row).index("words") - 1
    assert ("people", "extracted from story", "Moon Jae-in") in report.field_rows(article)


def test_a_registered_field_can_be_pinned(people, tmp_path):
    article, problems = _article(tmp_path, "people: [Donald Trump, Kim Jong-un]\n")
    assert not problems and article.pinned == ["people"]
    assert "\npeople:\n- Donald Trump\n- Kim Jong-un\n" in _front_matter(article)
    row = json.loads(dataset.articles_json([article]))["articles"][0]
    assert row["people"] == ["Donald Trump", "Kim Jong-un"]


def test_a_registered_field_pinned_as_the_wrong_type_is_refused(people, tmp_path):
    article, problems = _article(tmp_path, "people: {Moon: 1}\n")
    assert [p.message for p in problems] == ["'people' must be a name or a list of names"]
    assert "people" in problems[0].hint and article.pinned == []


def test_a_removed_field_is_gone_everywhere(tmp_path):
    fields.add(Field("people", list, "find_people"))
    fields.remove("people")
    assert "people" not in fields.PINNABLE and "people" not in [f.name for f in FIELDS]
    _, problems = _article(tmp_path, "people: [Kim]\n")
    assert [p.message for p in problems] == ["unknown field 'people'"]
