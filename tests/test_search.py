"""The edition's search, over HTTP in headless Chromium: the site is served from 127.0.0.1 by a small
server that stops with the module; Pagefind's index, in shards of five documents here, answers a
query across them, a filter narrows it, and what a reader would not search for (the diplomatic view's
deletions, the printed characters of a decoded run) is not in the index. Skipped, saying so, without
Chromium. A rebuild after one source changed indexes again the shard of its page alone."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from lxml import html

from plenum import runner, search as site_search
from plenum.edition import Edition, tei_files
from plenum.render import FORMATS
from plenum.shards import ENTRY, SHARD_BYTES, plan, shard_count, shard_of
from plenum.summary import Summary
from tests.conftest import ROOT, cases_project
from tests.test_browser import BROWSERS, Chromium, chromium_path

# Documents per shard of the index in these tests' editions (plenum.toml, [search] shard).
SHARD = "[search]\nshard = 5\n"


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request."""

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The edition's committed TEI rendered with its search index in shards of five documents."""
    folder = tmp_path_factory.mktemp("sharded")
    shutil.copytree(ROOT / "tei", folder / "tei")
    (folder / "plenum.toml").write_text(SHARD, encoding="utf-8")
    summary = Summary()
    runner.render(tei_files([folder / "tei"]), folder / "site", tuple(FORMATS), summary)
    assert not summary.errors, summary.errors
    return folder / "site"


def shards(site: Path) -> list[str]:
    """The shards' folders the search page merges (pagefind/shards.json)."""
    return json.loads((site / "pagefind" / "shards.json").read_bytes())


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
    """The value of an async expression over Pagefind's API (`pf`) in the open page, every shard of
    the index merged into the first, as the search page does (search.js)."""
    script = ("(async () => { if (!window.pf) { const path = (p) => new URL(p, document.baseURI).pathname;"
              " const shards = await (await fetch('pagefind/shards.json')).json();"
              " const pf = await import(path(`pagefind/${shards[0]}pagefind.js`));"
              " for (const other of shards.slice(1)) { await pf.mergeIndex(path(`pagefind/${other}`)); }"
              f" window.pf = pf; }} const pf = window.pf; return {expression}; }})()")
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
    while not browser.evaluate("document.querySelectorAll('.pagefind-ui__result-link').length"):
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


def documents(site: Path) -> list[str]:
    """The site's document pages (those with a body for the index), by name."""
    return sorted(page.name for page in site.glob("*.html") if html.parse(str(page)).xpath("//*[@data-pagefind-body]"))


def shard(site: Path, name: str) -> str:
    """The folder of the shard a page is in (plenum.shards), for a site of one build."""
    return shard_of(name, shard_count(len(documents(site)), 0, 5)) + "/"


def pages_kept(bundle: Path) -> dict[str, dict]:
    """What Pagefind keeps of each page of a bundle (its fragment, gzipped JSON), by page name."""
    found = {}
    for path in (bundle / "fragment").iterdir():
        data = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        found[data["url"].rsplit("/", 1)[-1]] = data
    return found


def fragments(bundle: Path) -> dict[str, str]:
    """The text Pagefind keeps of each page of a bundle, by page name."""
    return {name: data["content"] for name, data in pages_kept(bundle).items()}


def anchors(bundle: Path) -> dict[str, list[dict]]:
    """The anchors (elements with an identifier) Pagefind recorded of each page of a bundle, by page name."""
    return {name: data["anchors"] for name, data in pages_kept(bundle).items()}


def test_the_index_anchors_every_heading_of_a_page_and_nothing_else(site):
    """A result's sections are its headings (Pagefind's interface shows no other anchor): the index
    keeps each heading with an identifier, and none of the turns' and paragraphs' identifiers."""
    recorded = {name: found for folder in shards(site) for name, found in anchors(site / "pagefind" / folder).items()}
    assert recorded.keys() == set(documents(site))
    for name, found in recorded.items():
        page = html.parse(str(site / name))
        body = page.xpath("//*[@data-pagefind-body]")[0]
        headings = [heading.get("id") for heading in body.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4 "
                    "or self::h5 or self::h6][@id][not(ancestor-or-self::*[@data-pagefind-ignore])]")]
        assert headings and [anchor["id"] for anchor in found] == headings, name
        assert len(body.xpath(".//*[@id]")) > 2 * len(headings), name  # the page itself keeps every identifier


def test_a_page_given_to_the_index_loses_the_identifiers_of_its_other_elements_only():
    page = ('<h2 id="pl-text" class="x">Text</h2><div class="sp" id="t1"><a title="a &gt; b" id="l1" href="#t1">1</a>'
            '<p id="p1">He wrote id="kept" and <b>x</b> id="too".</p><input id="v" checked=""><h3 id="h">Part</h3></div>')
    assert site_search.headings_anchored(page) == (
        '<h2 id="pl-text" class="x">Text</h2><div class="sp"><a title="a &gt; b" href="#t1">1</a>'
        '<p>He wrote id="kept" and <b>x</b> id="too".</p><input checked=""><h3 id="h">Part</h3></div>')
    assert site_search.headings_anchored('<a title="x>y" id="z">') == '<a title="x>y">'


def test_each_document_page_is_in_the_one_shard_its_name_falls_in(site):
    pages = documents(site)
    assert len(shards(site)) > 2
    assert shards(site) == sorted({shard(site, page) for page in pages}, key=lambda name: int(name[6:-1]))
    for folder in shards(site):
        assert set(fragments(site / "pagefind" / folder)) == {page for page in pages if shard(site, page) == folder}


def test_a_person_filter_finds_every_document_that_names_them_and_a_filter_narrows(site, served, browser):
    browser.open(served + "search.html")
    named = filtered(site, "person:Anastas Mikoyan")
    assert len(named) > 3
    assert len({shard(site, name) for name in named}) > 1
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


def test_a_rebuild_after_one_change_indexes_the_shard_of_its_page_alone(tmp_path):
    cases_project(tmp_path)
    (tmp_path / "plenum.toml").write_text("[search]\nshard = 1\n", encoding="utf-8")
    edition = Edition.of(tmp_path / "tei", [tmp_path / "seeds"], tmp_path / "site")
    assert not runner.build(edition, jobs=1).errors
    before = json.loads(edition.state.read_bytes())["pages"][ENTRY]
    assert len(before["shards"]) > 1
    stamps = {name: (tmp_path / "site" / name).stat().st_mtime_ns
              for entry in before["shards"].values() for name in entry["files"]}
    source = tmp_path / "seeds" / "archive-web-minutes.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("I have just arrived from China.", "I have just arrived from Beijing.", 1),
                      encoding="utf-8")
    assert not runner.build(edition, jobs=1).errors
    after = json.loads(edition.state.read_bytes())["pages"][ENTRY]
    changed = shard_of("archive-web-minutes.html", after["count"])
    assert after["count"] == before["count"] and set(after["shards"]) == set(before["shards"])
    assert [folder for folder in after["shards"] if after["shards"][folder] != before["shards"][folder]] == [changed]
    assert {name: (tmp_path / "site" / name).stat().st_mtime_ns for folder in before["shards"]
            if folder != changed for name in before["shards"][folder]["files"]} == \
        {name: stamp for name, stamp in stamps.items() if not name.startswith(f"pagefind/{changed}/")}
    assert "from Beijing" in fragments(tmp_path / "site" / "pagefind" / changed)["archive-web-minutes.html"]


def test_a_document_added_or_removed_moves_no_other_page_to_another_shard():
    pages = {f"{number:05d}_text.html": "its key" for number in range(1000)}
    count = shard_count(len(pages), 0, 40)
    shards = plan(pages, count)
    assert len(shards) == count and max(map(len, shards.values())) <= 2 * 40
    for edition in ({**pages, "01000_web.html": "its key"}, dict(list(pages.items())[1:])):
        again = plan(edition, shard_count(len(edition), count, 40))
        assert {page: shard for shard, members in again.items() for page in members if page in pages} == \
            {page: shard for shard, members in shards.items() for page in members if page in edition}


def test_long_documents_make_smaller_shards_and_short_ones_shards_by_count():
    short, long = 1000 * 40_000, 1000 * 300_000   # the archive's usual pages; pages of 50 KB sources
    assert shard_count(1000, 0, 40, short) == shard_count(1000, 0, 40)
    count = shard_count(1000, 0, 40, long)
    assert long / count <= SHARD_BYTES < long / shard_count(1000, 0, 40)
    assert shard_count(1001, count, 40, long + 300_000) == count   # one more page: no shard made again
