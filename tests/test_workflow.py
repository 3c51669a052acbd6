"""The GitHub Pages workflow parses and does what the project expects of it."""

from __future__ import annotations

from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "site.yml"


def _load() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _triggers(data: dict) -> dict:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    triggers = data.get("on", data.get(True))
    assert isinstance(triggers, dict), "workflow has no `on:` mapping"
    return triggers


def _uses(job: dict) -> list[str]:
    return [step["uses"] for step in job["steps"] if "uses" in step]


def _runs(job: dict) -> str:
    return "\n".join(step["run"] for step in job["steps"] if "run" in step)


def test_triggers_on_push_to_main_for_site_inputs_and_by_hand():
    triggers = _triggers(_load())
    assert "workflow_dispatch" in triggers
    push = triggers["push"]
    assert push["branches"] == ["main"]
    for path in ("seeds/**", "generator/**", "docs/**", "mkdocs.yml"):
        assert path in push["paths"], path


def test_test_job_installs_chromium_and_runs_make_test():
    job = _load()["jobs"]["test"]
    assert job["runs-on"] == "ubuntu-latest"
    setup = [s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup and str(setup[0]["with"]["python-version"]) == "3.11"
    runs = _runs(job)
    assert "apt-get install -y chromium" in runs
    assert any(step.get("run", "").strip() == "make test" for step in job["steps"])


def test_deploy_job_builds_uploads_and_deploys_after_tests():
    data = _load()
    job = data["jobs"]["deploy"]
    assert job["needs"] == "test"
    assert "make site" in _runs(job)
    uses = [u.split("@")[0] for u in _uses(job)]
    assert "actions/configure-pages" in uses
    assert "actions/upload-pages-artifact" in uses
    assert "actions/deploy-pages" in uses
    assert uses.index("actions/upload-pages-artifact") < uses.index("actions/deploy-pages")
    upload = next(
        s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@")
    )
    assert upload["with"]["path"] == "site"
    assert job["permissions"]["pages"] == "write"
    assert job["permissions"]["id-token"] == "write"
    assert data["concurrency"]["group"]
