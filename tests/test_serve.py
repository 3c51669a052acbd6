"""`mkdocs serve` picks up seeds that are added and removed while it runs."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

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


def start_server(project, python, port, *flags: str) -> tuple[subprocess.Popen, object]:
    """`mkdocs serve` in its own process group, its output in serve.log: (process, log path)."""
    log_path = project / "serve.log"
    with open(log_path, "w", encoding="utf-8") as log:
        server = subprocess.Popen(
            [python, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"],
            cwd=project,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    return server, log_path


def test_serve_rebuilds_when_a_seed_comes_and_goes(new_project, project_python, port):
    seeds = new_project / "seeds"
    original = (seeds / "000_add4c825ff46f3cb.txt").read_text(encoding="utf-8")
    headline, rest = original.split("\n", 1)
    assert "1st round" in headline
    new_seed = seeds / "001_0123456789abcdef.txt"

    url = f"http://127.0.0.1:{port}/"
    server, log_path = start_server(new_project, project_python, port)
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


# --- the editor's loop as `make serve` runs it ---------------------------------------------

SERVE_FLAGS = ["--dirty"]  # what `make serve` passes (Makefile: SERVE_FLAGS)
BUILD_STARTED = "Building documentation..."
MIDDLE_HEADLINE = "Allies hold an interim round of defense cost-sharing talks in Seoul"


def _builds(log_path) -> int:
    return log_path.read_text(encoding="utf-8").count(BUILD_STARTED)


def _quiet(log_path, server, seconds: float = 1.5, timeout: float = 30) -> str:
    """The serve log once nothing was added to it for `seconds` (every build done)."""
    last, since = None, time.monotonic()
    deadline = since + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve exited"
        text = log_path.read_text(encoding="utf-8")
        if text != last:
            last, since = text, time.monotonic()
        finished = 1 + text.count("Reloading browsers") + text.count("An error happened")
        if finished >= text.count(BUILD_STARTED) and time.monotonic() - since >= seconds:
            return text
        time.sleep(0.1)
    raise AssertionError("mkdocs serve never went quiet")


def _prevnext(html: str) -> dict[str, str]:
    """rel -> href of an article page's previous/next links."""
    import re

    nav = html.split('class="nd-prevnext"', 1)[-1].split("</nav>", 1)[0]
    return dict(re.findall(r'rel="(prev|next)" href="([^"]+)"', nav))


def _search_pages(base: str) -> set[str]:
    import json

    index = json.loads(_fetch(f"{base}search/search_index.json") or "{}")
    return {entry["location"].split("#")[0] for entry in index.get("docs", [])}


def test_each_seed_change_is_one_quick_build_that_reaches_the_open_tab(
    new_project, project_python, port, browser
):
    """Add, edit and remove a seed under `mkdocs serve --dirty`: each is one build; the
    open tab reloads by itself; previous/next links and search follow."""
    seeds = new_project / "seeds"
    original = (seeds / "000_add4c825ff46f3cb.txt").read_text(encoding="utf-8")
    assert original.count("2019-09-26") == 1 and "Posted on" in original
    headline, rest = original.split("\n", 1)
    # Dated between the two articles (2018-04-11 and 2019-09-26): both gain a neighbour.
    rest = rest.replace("2019-09-26", "2019-01-15").replace("2019-10-19", "2019-01-15")
    body = rest.replace("\nTeams of negotiators", f"\n{NEW_PARAGRAPH}\n\nTeams of negotiators", 1)
    new_seed = seeds / "001_0123456789abcdef.txt"
    base = f"http://127.0.0.1:{port}/"
    server, log_path = start_server(new_project, project_python, port, *SERVE_FLAGS)
    context = browser.new_context()
    try:
        _wait_for(lambda: _fetch(base), "the server to answer", server, 30)
        _quiet(log_path, server)
        tab = context.new_page()
        tab.goto(base)
        before = _builds(log_path)
        pages_before = _search_pages(base)

        new_seed.write_text(f"{MIDDLE_HEADLINE}\n{body}", encoding="utf-8")
        link = tab.get_by_role("link", name=MIDDLE_HEADLINE)
        link.wait_for(timeout=20_000)  # the tab was never reloaded by hand
        _quiet(log_path, server)
        assert _builds(log_path) == before + 1
        href = link.get_attribute("href")
        article = base + href.lstrip("./")
        around = _prevnext(_fetch(article))
        assert set(around) == {"prev", "next"}
        own_path = "/" + article.removeprefix(base)
        for rel, back in (("prev", "next"), ("next", "prev")):
            neighbour = urllib.parse.urljoin(article, around[rel])
            # The neighbour's own Markdown did not change, yet its link now points here.
            back_link = urllib.parse.urljoin(neighbour, _prevnext(_fetch(neighbour))[back])
            assert urllib.parse.urlsplit(back_link).path == own_path
        pages_after = _search_pages(base)
        assert pages_after == pages_before | {article.removeprefix(base)}

        before = _builds(log_path)
        new_seed.write_text(
            f"{MIDDLE_HEADLINE}\n{body.replace('short extra session', 'brief extra sitting')}",
            encoding="utf-8",
        )
        _wait_for(
            lambda: (p := _fetch(article)) and "brief extra sitting" in p and p,
            "the edit on the article page",
            server,
            20,
        )
        _quiet(log_path, server)
        assert _builds(log_path) == before + 1
        assert _search_pages(base) == pages_after

        before = _builds(log_path)
        new_seed.unlink()
        tab.get_by_role("link", name=MIDDLE_HEADLINE).wait_for(state="detached", timeout=20_000)
        _quiet(log_path, server)
        assert _builds(log_path) == before + 1
        with pytest.raises(urllib.error.HTTPError) as gone:
            urllib.request.urlopen(article, timeout=5)
        assert gone.value.code == 404
        for rel in ("prev", "next"):
            neighbour = urllib.parse.urljoin(article, around[rel])
            links = _prevnext(_fetch(neighbour)).values()
            paths = {urllib.parse.urlsplit(urllib.parse.urljoin(neighbour, h)).path for h in links}
            assert own_path not in paths
        assert _search_pages(base) == pages_before
    except AssertionError as exc:
        stop_server(server)
        raise AssertionError(f"{exc}\n--- mkdocs serve log ---\n{log_path.read_text()}") from None
    finally:
        context.close()
        stop_server(server)


def test_an_editors_save_with_a_backup_file_is_one_build(new_project, project_python, port):
    """A save as vim makes it: the seed renamed to a backup, the new text written, a pause
    while the file is synced (longer than serve's wait for events to settle), the backup
    deleted. The backup is an editor's scratch file, so the whole save is one build."""
    seeds = new_project / "seeds"
    seed = seeds / "000_add4c825ff46f3cb.txt"
    backup = seeds / "000_add4c825ff46f3cb.txt~"
    base = f"http://127.0.0.1:{port}/"
    server, log_path = start_server(new_project, project_python, port, *SERVE_FLAGS)
    try:
        _wait_for(lambda: _fetch(base), "the server to answer", server, 30)
        _quiet(log_path, server)
        before = _builds(log_path)
        text = seed.read_text(encoding="utf-8")
        assert "\nTeams of negotiators" in text
        os.rename(seed, backup)
        seed.write_text(
            text.replace("\nTeams of negotiators", f"\n{NEW_PARAGRAPH}\n\nTeams of negotiators", 1),
            encoding="utf-8",
        )
        time.sleep(0.3)  # fsync on a slow disk
        backup.unlink()
        _wait_for(
            lambda: (p := _fetch(base)) and "short extra session" in p and p,
            "the edit on the home page",
            server,
            20,
        )
        _quiet(log_path, server)
        assert _builds(log_path) == before + 1
    except AssertionError as exc:
        stop_server(server)
        raise AssertionError(f"{exc}\n--- mkdocs serve log ---\n{log_path.read_text()}") from None
    finally:
        stop_server(server)
