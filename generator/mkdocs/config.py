"""The generator's settings for a MkDocs build, and mkdocs.yml's site_name for the CLI.

No MkDocs import: the command line reads site_name from here too, so the
pages it writes match the ones a MkDocs build writes.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.settings import Settings, load

CONFIG_FILE = "mkdocs.yml"
_SITE_NAME = re.compile(r"^site_name:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_PLAIN = re.compile(r"\w[^#:'\"]*")  # a value YAML reads as it is written
_built: list = []  # [(MkDocs config, its settings)]: each hook asks, the first one builds


def settings_for(config) -> Settings:
    """mkdocs.yml's site_name and site_url (mkdocs.yml reads SITE_URL), the rest from the
    environment; built once per config (each `mkdocs serve` rebuild loads a new one)."""
    if _built and _built[0][0] is config:
        return _built[0][1]
    where = Path(config.config_file_path).name
    made = load(where=where, site_name=config["site_name"], site_url=config["site_url"])
    _built[:] = [(config, made)]
    return made


def site_name(project: Path) -> str | None:
    """The site_name line of <project>/mkdocs.yml, or None without one (read as YAML:
    quotes and all; the whole file is not, as its !ENV tags need MkDocs)."""
    try:
        text = (Path(project) / CONFIG_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = _SITE_NAME.search(text)
    if found is None:
        return None
    if _PLAIN.fullmatch(found.group(1)):
        return found.group(1)  # no need to load PyYAML on a run that may stop early
    import yaml

    try:
        return yaml.safe_load(f"site_name: {found.group(1)}")["site_name"]
    except yaml.YAMLError:
        return found.group(1)  # the settings say what is wrong with it
