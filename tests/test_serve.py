"""`mkdocs serve` picks up seeds that are added and removed while it runs."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

NEW_HEADLINE = "S. Korea, US hold live-preview round of defense cost-sharing talks"
NEW_PARAGRAPH = (
    "Negotiators met once more in Seoul on Sept. 26 for a short extra session "
    "that the Foreign Ministry described as a review of the first round."
)


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def _wait_for(predicate, what: str, server: subprocess.Popen, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(
                f"mkdocs serve exited ({server.returncode}) while waiting for {what}"
            )
        page = predicate()
        if page is not None:
            return page
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


def stop_server(server: subprocess.Popen) -> None:
    """Stop a `mkdocs serve` process group as an editor does (Ctrl-C: MkDocs then removes
    its temporary site folder), then for good if it hangs."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        if server.poll() is not None:
            return
        os.killpg(server.pid, sig)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            continue


def test_serve_rebuilds_when_a_seed_comes_and_goes(new_project, project_python, port):
    seeds = new_project / "seeds"
    original = (seeds / "000_add4c825ff46f3cb.txt").read_text(encoding="utf-8")
    headline, rest = original.split("\n", 1)
    assert "1st round" in headline
    new_seed = seeds / "001_0123456789abcdef.txt"

    url = f"http://127.0.0.1:{port}/"
    log_path = new_project / "serve.log"
    with open(log_path, "w", encoding="utf-8") as log:
        server = subprocess.Popen(
            [project_python, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=new_project,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        home = _wait_for(lambda: _fetch(url), "the server to answer", server, 30)
        assert "1st round" in home
        assert "live-preview round" not in home

        # A different story, not a copy: the generator publishes a duplicate once.
        assert "\nTeams of negotiators" in rest
        body = rest.replace(
            "\nTeams of negotiators", f"\n{NEW_PARAGRAPH}\n\nTeams of negotiators", 1
        )
        new_seed.write_text(f"{NEW_HEADLINE}\n{body}", encoding="utf-8")

        def _has_new():
            page = _fetch(url)
            return page if page and "live-preview round" in page else None

        home = _wait_for(_has_new, "the new seed's article on the home page", server, 20)
        assert "1st round" in home

        new_seed.unlink()

        def _lost_new():
            page = _fetch(url)
            return page if page and "live-preview round" not in page else None

        home = _wait_for(_lost_new, "the removed seed's article to go", server, 20)
        assert "1st round" in home
    except AssertionError as exc:
        stop_server(server)
        raise AssertionError(f"{exc}\n--- mkdocs serve log ---\n{log_path.read_text()}") from None
    finally:
        stop_server(server)
