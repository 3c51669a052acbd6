"""Seeds folder -> Seed records (stage 0): raw bytes plus the editor's pinned fields."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from generator.model import Problem, Seed

SIDECAR_SUFFIXES = (".yml", ".yaml")
PINNABLE = {
    "title": str, "subtitle": str, "date": dt.date, "updated": dt.date, "source": str,
    "author": list, "round": int, "agreement": int, "location": str, "summary": str,
}


def read_seeds(folder: Path) -> tuple[list[Seed], list[Problem]]:
    seeds, problems = [], []
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    stems = {p.stem for p in files if p.suffix.lower() not in SIDECAR_SUFFIXES}
    for path in files:
        if path.suffix.lower() in SIDECAR_SUFFIXES:
            if path.stem not in stems:
                problems.append(Problem(path.name, "sidecar has no seed with the same name",
                                        f"rename it to match a seed, or delete it"))
            continue
        sidecar = next((path.with_suffix(s) for s in SIDECAR_SUFFIXES if path.with_suffix(s).is_file()), None)
        pinned, sidecar_problems = read_sidecar(sidecar) if sidecar else ({}, [])
        problems += sidecar_problems
        seeds.append(Seed(path=path, raw=path.read_bytes(), pinned=pinned, sidecar=sidecar))
    return seeds, problems


def read_sidecar(path: Path) -> tuple[dict, list[Problem]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        return {}, [Problem(path.name, f"sidecar is not valid YAML: {str(err).splitlines()[0]}",
                            "fix the YAML; its fields are ignored until then",
                            line + 1 if line is not None else None)]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [Problem(path.name, "sidecar must be a mapping of field: value", "e.g. date: 2018-04-11")]
    pinned, problems = {}, []
    for key, value in data.items():
        clean, error = _coerce(str(key), value)
        if error:
            problems.append(Problem(path.name, error, f"pinnable fields: {', '.join(sorted(PINNABLE))}"))
        else:
            pinned[str(key)] = clean
    return pinned, problems


def _coerce(key: str, value):
    kind = PINNABLE.get(key)
    if kind is None:
        return None, f"unknown field '{key}'"
    if value is None:
        return None, None
    if kind is dt.date:
        if isinstance(value, dt.datetime):
            return value.date(), None
        if isinstance(value, dt.date):
            return value, None
        try:
            return dt.date.fromisoformat(str(value)), None
        except ValueError:
            return None, f"'{key}: {value}' is not a date (use YYYY-MM-DD)"
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return None, f"'{key}: {value}' is not a whole number"
        return value, None
    if kind is list:
        if isinstance(value, str):
            return [value], None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value, None
        return None, f"'{key}' must be a name or a list of names"
    return str(value), None
