"""The outlet table (generator/lexicon/outlets.yml): every entry resolves to its own row."""

from __future__ import annotations

import pytest
import yaml

from generator.lexicon import outlets

ROWS = yaml.safe_load(outlets.TABLE_FILE.read_text(encoding="utf-8"))


def test_every_row_has_a_name_aliases_and_domains():
    for row in ROWS:
        name, aliases, domains, *rest = row
        assert isinstance(name, str) and name.strip() == name and name, row
        assert all(isinstance(a, str) and a for a in aliases), row
        assert all("." in d and d == d.lower() and " " not in d for d in domains), row
        assert rest in ([], [{"wire": True}], [{"group": True}]), row
        # a site has a domain; a media group (the owner of several) has none
        assert bool(domains) != (rest == [{"group": True}]), row


def test_names_and_domains_are_unique():
    names = [row[0] for row in ROWS]
    assert len(names) == len(set(names))
    domains = [d for row in ROWS for d in row[2]]
    assert len(domains) == len(set(domains))


@pytest.mark.parametrize("outlet", outlets.OUTLETS, ids=lambda o: o.name)
def test_every_name_alias_and_domain_resolves_to_its_outlet(outlet):
    assert outlets.by_name(outlet.name) is outlet
    for domain in outlet.domains:
        assert outlets.by_domain(domain) is outlet
        assert outlets.by_domain("www." + domain) is outlet
    for alias in outlet.aliases:
        found = outlets.by_name(alias)
        assert found is not None, alias
        # an alias two outlets print ("The Daily Star") belongs to the row listed first
        assert found is outlet or alias in found.aliases or _same_key(alias, found.name)
    assert outlets.name_pattern().search(f"Copyright {outlet.name}. All rights reserved.")


def _same_key(a: str, b: str) -> bool:
    return outlets._key(a) == outlets._key(b)


def test_local_script_names_and_wire_credits():
    assert outlets.by_name("파이낸셜뉴스").name == "The Financial News"
    assert outlets.by_name("헤럴드경제").name == "Herald Business"
    assert outlets.by_name("조선일보").name == "The Chosun Ilbo"
    assert outlets.by_name("NK News").name == "NK News"
    assert outlets.is_wire("Yonhap") and outlets.is_wire("AP")
    assert not outlets.is_wire("The Korea Times") and not outlets.is_wire(None)


def test_a_media_group_is_in_the_table_but_no_outlet():
    group = outlets.by_name("Vox Media")
    assert group is not None and group.group and not group.domains
    assert not outlets.by_name("The Verge").group
