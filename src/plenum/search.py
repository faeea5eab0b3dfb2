"""The edition's search and its documents' order, made after the pages: each document page's previous
and next document (the order of the home page), the search page, and the search index Pagefind
(the `pagefind[bin]` package) builds over the document pages.

What the index holds is marked in the pages: data-pagefind-body on a document's article,
data-pagefind-filter for person, date, language, kind and archive, data-pagefind-ignore on what a
reader would not search for (the diplomatic view's duplicates, the printed characters of a decoded
run, signs, the legend, citations). Pagefind cannot add one page to an index, so the index is made in
shards (plenum.shards), each a Pagefind bundle of its own in pagefind/<shard>/, which the search page
merges (Pagefind's mergeIndex); a changed page costs the indexing of its shard alone. Each bundle is
written to a new folder, then put in the site file by file, so that only files plenum wrote are ever
replaced or removed. Pagefind is given each page with the identifiers of its headings alone: it
records every element with an identifier as an anchor, and its interface uses only the headings'
(a result's sections); a page's hundreds of turns and paragraphs made half of its fragment files.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import tempfile
from importlib import metadata
from pathlib import Path

from .errors import PlenumError
from .fileio import write_atomic
from .outcomes import EditionPages
from .paths import XSLT, resource
from .timing import stage, take

# The search bundles' folder in the site, the search page and its script.
BUNDLE = "pagefind"
PAGE = "search.html"
SCRIPT = "search.js"
# Pagefind's interface, which the search page loads from pagefind/ (one copy for every shard).
INTERFACE = ("pagefind-ui.js", "pagefind-ui.css")
# What Pagefind writes that the site does not load: its other interfaces.
UNUSED = ("pagefind-component-ui.", "pagefind-modular-ui.", "pagefind-highlight.")
# The (empty) previous-and-next nav of a document page, and its filled form.
PAGER = re.compile(r'<nav class="pager"[^>]*>.*?</nav>', re.S)
# How much of a page is read to find its nav (it comes before the document; the rest is read only
# when the nav is to change).
HEAD = 16_384
# An identifier attribute, what a tag holds before it once its quoted values are taken out, and a
# heading's start tag (the pages are plenum's own HTML: values in double quotes, no '<' in text).
IDENTIFIER = re.compile(r' id="[^"]*"')
QUOTED = re.compile(r'"[^"]*"')
HEADING = re.compile(r"<h[1-6][\s>]")


def publish(renderer, summaries: list, site: Path) -> tuple[list[str], str]:
    """Previous and next into the listed documents' pages, the search page and its script; the files
    written (relative to `site`; the document pages are their documents'), and the navs."""
    pagers = renderer.pagers(summaries)
    link_neighbours(pagers, site)
    write_atomic(site / PAGE, renderer.search_page().encode("utf-8"))
    write_atomic(site / SCRIPT, resource(XSLT / "assets", SCRIPT).read_bytes())
    return [PAGE, SCRIPT], pagers


def link_neighbours(pagers: str, site: Path) -> None:
    """Put each document's nav (template pagers: one per line, data-for its stem) into its page, where
    the page does not hold it already."""
    for line in pagers.replace(' xmlns="http://www.w3.org/1999/xhtml"', "").splitlines():
        stem = re.search(r'data-for="([^"]*)"', line)
        page = site / f"{html.unescape(stem.group(1))}.html" if stem else None
        if page is None or not page.is_file() or _linked(page, line):
            continue
        text = page.read_text(encoding="utf-8")
        linked = PAGER.sub(lambda _: line, text, count=1)
        if linked != text:
            write_atomic(page, linked.encode("utf-8"))


def _linked(page: Path, line: str) -> bool:
    """Whether a page's nav is `line` already (read from its beginning, where the nav is)."""
    with page.open("rb") as file:
        found = PAGER.search(file.read(HEAD).decode("utf-8", errors="replace"))
    return found is not None and found.group(0) == line


def index(site: str, shard: str, pages: list[str]) -> EditionPages:
    """Index the pages (their paths: on a cluster, the worker is sent each file a task names) into the
    bundle pagefind/<shard>/ of the site, and put Pagefind's interface in pagefind/; the files written
    (relative to the site). Pagefind's own CPU time counts in the stage."""
    site = Path(site)
    with stage("search index"), tempfile.TemporaryDirectory(prefix="plenum-search-") as folder:
        pages_dir, bundle = Path(folder, "pages"), Path(folder, "bundle")
        pages_dir.mkdir()
        for page in map(Path, pages):  # Pagefind indexes a folder: one of the shard's pages
            text = page.read_text(encoding="utf-8")
            (pages_dir / page.name).write_text(headings_anchored(text), encoding="utf-8")
        spent = _pagefind(pages_dir, bundle, site)
        written = []
        for path in sorted(path for path in bundle.rglob("*") if path.is_file()):
            name = path.relative_to(bundle).as_posix()
            if name.startswith(UNUSED):
                continue
            written.append(f"{BUNDLE}/{name}" if name in INTERFACE else f"{BUNDLE}/{shard}/{name}")
            write_atomic(site / written[-1], path.read_bytes())
    timings = take()
    timings["search index"] += spent
    return EditionPages(written, timings=timings)


def headings_anchored(page: str) -> str:
    """A page without the identifiers of its elements other than headings: what Pagefind needs of it
    (an identifier in a tag, not one written in the text, which has no tag around it)."""
    kept, last = [], 0
    for found in IDENTIFIER.finditer(page):
        opened = page.rfind("<", 0, found.start())
        if opened < 0 or HEADING.match(page, opened):
            continue
        before = QUOTED.sub("", page[opened:found.start()])
        if ">" in before or '"' in before:
            continue
        kept.append(page[last:found.start()])
        last = found.end()
    kept.append(page[last:])
    return "".join(kept)


def version() -> str:
    """The version of Pagefind that makes the index (a new one makes every shard again)."""
    try:
        return metadata.version("pagefind_bin")
    except metadata.PackageNotFoundError:
        return ""


def _pagefind(pages: Path, bundle: Path, site: Path) -> float:
    """Run Pagefind over the folder `pages` into `bundle`; the CPU seconds it took."""
    before = os.times()
    command = [str(_executable()), "--site", str(pages), "--output-path", str(bundle), "--silent"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        message = (done.stderr or done.stdout).strip().splitlines()
        raise PlenumError(f"{site}: the search index could not be made (Pagefind: "
                          f"{message[-1] if message else f'exit code {done.returncode}'})")
    after = os.times()
    return after.children_user + after.children_system - before.children_user - before.children_system


def _executable() -> Path:
    """Pagefind's program, installed with plenum (the pagefind[bin] package)."""
    try:
        from pagefind_bin import get_executable
        return get_executable()
    except (ImportError, FileNotFoundError) as exc:
        raise PlenumError(f"the search index needs Pagefind, installed with plenum (pip install 'pagefind[bin]'): {exc}") from None
