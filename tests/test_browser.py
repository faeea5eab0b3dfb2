"""The site in a real browser: headless Chromium opens the home page and document pages, which render
with their headings, switch views without script, and log no console error.

Chromium is driven through its DevTools protocol over a pipe (--remote-debugging-pipe: JSON messages
ended by a NUL byte on file descriptors 3 and 4), so no websocket library is needed. The test is
skipped, saying so, when no Chromium is installed (.ci/run installs Debian's `chromium`).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-pipe")


def chromium_path() -> str | None:
    return next((path for path in map(shutil.which, BROWSERS) if path), None)


class Chromium:
    """A headless Chromium and one page in it, driven over the DevTools pipe."""

    def __init__(self, width: int = 1280, height: int = 900) -> None:
        self._profile = tempfile.TemporaryDirectory()
        commands, self._to_browser = os.pipe()
        self._from_browser, replies = os.pipe()

        def descriptors() -> None:  # the pipe's ends become the browser's descriptors 3 and 4
            high = (os.dup(commands), os.dup(replies))
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self._process = subprocess.Popen(
            [chromium_path(), *FLAGS, f"--user-data-dir={self._profile.name}", f"--window-size={width},{height}"],
            close_fds=False, preexec_fn=descriptors,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands)
        os.close(replies)
        self._buffer = b""
        self._next = 0
        self.events: list[dict] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=True)
        self.send("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 600)

    def send(self, method: str, session: bool = False, **params) -> dict:
        """Send a command and wait for its answer, keeping the events that arrive meanwhile."""
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def open(self, url: str) -> None:
        """Load a page and wait for its load event."""
        self.events.clear()
        self.send("Page.navigate", session=True, url=url)
        deadline = time.monotonic() + 30
        while not any(event.get("method") == "Page.loadEventFired" for event in self.events):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not load")
            self.events.append(self._read())

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page (the test's probe; the site has no script)."""
        result = self.send("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """The console errors, uncaught exceptions and failed loads logged since the page was opened."""
        self.evaluate("1")  # flush pending events
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(" ".join(str(arg.get("value", arg.get("description"))) for arg in params["args"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"{params['entry']['text']} {params['entry'].get('url', '')}")
        return found

    def screenshot(self, path: Path, selector: str | None = None) -> None:
        """A PNG of the viewport, scrolled to `selector` first when given."""
        if selector:
            self.evaluate(f"document.querySelector({json.dumps(selector)}).scrollIntoView()")
        data = self.send("Page.captureScreenshot", session=True, format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        self._process.wait(timeout=10)
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()


@pytest.fixture(scope="module")
def browser():
    if chromium_path() is None:
        pytest.skip(f"no Chromium found (looked for {', '.join(BROWSERS)} on PATH); .ci/run installs Debian's chromium")
    chromium = Chromium()
    yield chromium
    chromium.close()


HEADINGS = "[...document.querySelectorAll('h1, h2')].map(h => h.textContent.trim())"
VISIBLE = "(sel) => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length > 0).length"


def test_the_home_page_renders_with_its_headings_and_no_console_error(site, browser):
    browser.open((site / "index.html").as_uri())
    headings = browser.evaluate(HEADINGS)
    assert headings[0] == "The 1956 August Plenum documents"
    assert "Documents" in headings and "Persons" in headings
    assert browser.evaluate("getComputedStyle(document.body).backgroundColor") != "rgba(0, 0, 0, 0)"
    rows = browser.evaluate(f"({VISIBLE})('table.documents tbody tr')")
    assert rows == len([path for path in (site).glob("*.html")]) - 4  # not home, persons, search, dossier page
    assert browser.errors() == []


def test_a_document_page_renders_and_switches_views_without_script(site, browser):
    browser.open((site / "003_b5736df9e90b2d57.html").as_uri())
    headings = browser.evaluate(HEADINGS)
    assert headings[:3] == ["Conversation with the Delegation of the Korean Worker's Party at the 8th CCP Congress",
                            "About this document", "Text"]
    deleted = "document.getElementById('wda121800-p29').innerText"
    assert browser.evaluate("document.getElementById('wda121800-p29').getClientRects().length") == 0
    browser.evaluate("document.getElementById('pl-view-diplomatic').click()")
    assert "Это ведь разные вещи" in browser.evaluate(deleted)
    columns = browser.evaluate("[...document.querySelectorAll('.parallel .row')[1].children].map(c => c.getBoundingClientRect().left)")
    assert len(columns) == 2 and columns[0] < columns[1]
    assert browser.errors() == []


def test_the_person_index_and_a_person_s_page_render(site, browser):
    browser.open((site / "persons.html").as_uri())
    assert browser.evaluate(HEADINGS)[0] == "Persons"
    assert browser.evaluate("document.querySelectorAll('section.person').length") > 50
    assert browser.errors() == []
    browser.open((site / "persons" / "mikoyan-anastas.html").as_uri())
    assert browser.evaluate(HEADINGS)[0] == "Anastas Mikoyan"
    assert browser.evaluate("document.querySelectorAll('.occurrences a').length") > 10
    assert browser.errors() == []  # its style sheet and icon, one folder up, loaded
