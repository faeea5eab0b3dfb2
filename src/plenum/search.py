"""The edition's search and its documents' order, made after the pages: each document page's previous
and next document (the order of the home page), the search page, and the search index Pagefind
(the `pagefind[bin]` package) builds over the document pages.

What the index holds is marked in the pages: data-pagefind-body on a document's article,
data-pagefind-filter for person, date, language, kind and archive, data-pagefind-ignore on what a
reader would not search for (the diplomatic view's duplicates, the printed characters of a decoded
run, signs, the legend, citations). The bundle is written to a new folder, then put in the site's
pagefind/ file by file, so that only files plenum wrote are ever replaced or removed.
"""

from __future__ import annotations

import html
import re
import subprocess
import tempfile
from pathlib import Path

from .errors import PlenumError
from .fileio import write_atomic
from .paths import XSLT, resource

# The search bundle's folder in the site, the search page and its script.
BUNDLE = "pagefind"
PAGE = "search.html"
SCRIPT = "search.js"
# The (empty) previous-and-next nav of a document page, and its filled form.
PAGER = re.compile(r'<nav class="pager"[^>]*>.*?</nav>', re.S)


def publish(renderer, summaries: list, site: Path) -> list[str]:
    """Previous and next into the listed documents' pages, the search page and the index; the files
    written (relative to `site`; the document pages are their documents')."""
    link_neighbours(renderer.pagers(summaries), site)
    write_atomic(site / PAGE, renderer.search_page().encode("utf-8"))
    write_atomic(site / SCRIPT, resource(XSLT / "assets", SCRIPT).read_bytes())
    return [PAGE, SCRIPT, *index(site)]


def link_neighbours(pagers: str, site: Path) -> None:
    """Put each document's nav (template pagers: one per line, data-for its stem) into its page."""
    for line in pagers.replace(' xmlns="http://www.w3.org/1999/xhtml"', "").splitlines():
        stem = re.search(r'data-for="([^"]*)"', line)
        page = site / f"{html.unescape(stem.group(1))}.html" if stem else None
        if page is None or not page.is_file():
            continue
        text = page.read_text(encoding="utf-8")
        linked = PAGER.sub(lambda _: line, text, count=1)
        if linked != text:
            write_atomic(page, linked.encode("utf-8"))


def index(site: Path) -> list[str]:
    """Build the search index of the site's document pages into site/pagefind/; the files written."""
    with tempfile.TemporaryDirectory(prefix="plenum-search-") as folder:
        command = [str(_executable()), "--site", str(Path(site).resolve()), "--output-path", folder, "--silent"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            message = (done.stderr or done.stdout).strip().splitlines()
            raise PlenumError(f"{site}: the search index could not be made (Pagefind: "
                              f"{message[-1] if message else f'exit code {done.returncode}'})")
        written = sorted(path for path in Path(folder).rglob("*") if path.is_file())
        for path in written:
            write_atomic(site / BUNDLE / path.relative_to(folder), path.read_bytes())
        return [f"{BUNDLE}/{path.relative_to(folder).as_posix()}" for path in written]


def _executable() -> Path:
    """Pagefind's program, installed with plenum (the pagefind[bin] package)."""
    try:
        from pagefind_bin import get_executable
        return get_executable()
    except (ImportError, FileNotFoundError) as exc:
        raise PlenumError(f"the search index needs Pagefind, installed with plenum (pip install 'pagefind[bin]'): {exc}") from None
