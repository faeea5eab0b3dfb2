"""The edition's search, over HTTP in headless Chromium: the site is served from 127.0.0.1 by a small
server that stops with the module; Pagefind's index answers a query, a filter narrows it, and what
a reader would not search for (the diplomatic view's deletions, the printed characters of a decoded
run) is not in the index. Skipped, saying so, without Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import time
from pathlib import Path

import pytest
from lxml import html

from tests.test_browser import BROWSERS, Chromium, chromium_path


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request."""

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def served(site):
    """The site at http://127.0.0.1:PORT/, for as long as the module's tests run."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="module")
def browser():
    if chromium_path() is None:
        pytest.skip(f"no Chromium found (looked for {', '.join(BROWSERS)} on PATH)")
    chromium = Chromium()
    yield chromium
    chromium.close()


def pagefind(browser: Chromium, expression: str):
    """The value of an async expression over Pagefind's API (`pf`) in the open page."""
    script = f"(async () => {{ const pf = await import('./pagefind/pagefind.js'); return {expression}; }})()"
    result = browser.send("Runtime.evaluate", session=True, expression=script, awaitPromise=True, returnByValue=True)
    assert "exceptionDetails" not in result, result
    return result["result"].get("value")


def pages(browser: Chromium, query: str | None, filters: dict | None = None) -> set[str]:
    """The page names a search finds."""
    found = pagefind(browser, f"(await Promise.all((await pf.search({json.dumps(query)}, "
                              f"{{filters: {json.dumps(filters or {})}}})).results.map(r => r.data()))).map(d => d.url)")
    return {url.rsplit("/", 1)[-1] for url in found}


def filtered(site: Path, facet: str) -> set[str]:
    """The document pages that carry a search filter (data-pagefind-filter="key:value")."""
    return {page.name for page in site.glob("*.html")
            if html.parse(str(page)).xpath("//*[@data-pagefind-filter=$facet]", facet=facet)}


def test_the_search_page_finds_a_document_and_shows_its_filters(site, served, browser):
    browser.open(served + "search.html?q=Mikoyan")
    deadline = time.monotonic() + 30
    while not browser.evaluate("document.querySelectorAll('.pagefind-ui__result').length"):
        assert time.monotonic() < deadline, "the search page showed no result"
        time.sleep(0.2)
    links = browser.evaluate("[...document.querySelectorAll('.pagefind-ui__result-link')].map(a => a.getAttribute('href'))")
    assert links and all((site / link.split("#")[0].rsplit("/", 1)[-1]).is_file() for link in links)
    first = html.parse(str(site / links[0].split("#")[0].rsplit("/", 1)[-1])).getroot()
    assert "Mikoyan" in first.text_content()
    filters = browser.evaluate("document.querySelector('.pagefind-ui__filter-panel').innerText")
    for name in ("person", "date", "language", "kind", "archive"):
        assert name in filters.lower()
    assert browser.errors() == []


def test_a_person_filter_finds_every_document_that_names_them_and_a_filter_narrows(site, served, browser):
    browser.open(served + "search.html")
    named = filtered(site, "person:Anastas Mikoyan")
    assert len(named) > 3
    assert pages(browser, None, {"person": "Anastas Mikoyan"}) == named
    everywhere = pages(browser, "delegation")
    telegrams = pages(browser, "delegation", {"kind": "Telegram"})
    assert telegrams and telegrams < everywhere
    assert telegrams <= filtered(site, "kind:Telegram")


def test_the_index_leaves_out_deletions_and_the_printed_form_of_decoded_runs(site, served, browser):
    browser.open(served + "search.html")
    page = html.parse(str(site / "003_b5736df9e90b2d57.html"))
    deleted = " ".join(page.xpath("string(//del[contains(@class, 'ed')][string-length(normalize-space()) > 8][1])").split())
    content = pagefind(browser, "(await Promise.all((await pf.search(null)).results.map(r => r.data())))"
                                ".map(d => [d.url, d.content])")
    text = dict((url.rsplit("/", 1)[-1], body) for url, body in content)
    assert "003_b5736df9e90b2d57.html" in text
    assert deleted and deleted not in text["003_b5736df9e90b2d57.html"]
    garbled = [(name, " ".join(element.text_content().split())) for name in text
               for element in html.parse(str(site / name)).xpath("//span[contains(@class, 'decoded')]/span[@class='dpl']")]
    assert garbled
    assert not [name for name, printed in garbled if len(printed) > 6 and printed in text[name]]
