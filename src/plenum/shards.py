"""The search index in shards: which shard a document page is indexed in, how many shards there are,
and the build's step that indexes again only the shards whose pages changed.

Pagefind makes an index of a whole folder at once and cannot add one page to it; so the document
pages are indexed in shards, each a bundle of its own (plenum.search), which the search page merges.
A page's shard is the hash of its name modulo the number of shards: adding or removing a page moves
no other page. A shard is full at the shard size (plenum.toml, [search] shard) in documents or at
SHARD_BYTES of pages, whichever comes first: Pagefind's time and a bundle's size grow with the text
indexed, so an edition of long documents gets smaller shards and a change in it costs no more. The
number of shards stays what it was while they are between a third full and full on average, and is
otherwise made such that they are three quarters full: the edition can grow by a third or shrink by
half before every shard is made again. A shard's key is the code, Pagefind's version and each of its pages with its document's key
(a page's pager is outside what is indexed); a shard is indexed again when its key changed or one of
its files is missing. pagefind/shards.json lists the shards' folders for the search page (search.js).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from pathlib import Path

from .edition import remove_written
from .fileio import all_present, total_size, write_atomic
from .search import BUNDLE, version
from .siteconfig import shard_size
from .render import Renderer
from .state import State, digest
from .tasks import Settings

# The record's entry for the shards, and the list of their folders in pagefind/.
ENTRY = "search shards"
MANIFEST = "shards.json"


# The bytes of pages a shard holds when full (whatever its documents): about a quarter of a second of
# Pagefind's time on one core, and twice the pages of 40 documents of the archive's usual length.
SHARD_BYTES = 4_000_000


def shard_count(pages: int, previous: int, size: int, size_bytes: int = 0) -> int:
    """How many shards `pages` pages of `size_bytes` bytes in all are indexed in, `previous` before
    (0: none), at most `size` pages and SHARD_BYTES bytes each."""
    full = max(pages / size, size_bytes / SHARD_BYTES)   # shards' worth, each filled to the brim
    if previous and full <= previous <= 3 * full:
        return previous
    return max(1, math.ceil(full * 4 / 3))


def shard_of(page: str, count: int) -> str:
    """The folder (in pagefind/) of the shard a page's name falls in, of `count` shards."""
    return f"shard-{int.from_bytes(hashlib.sha256(page.encode('utf-8')).digest()[:8], 'big') % count}"


def plan(pages: dict[str, str], count: int) -> dict[str, dict[str, str]]:
    """The pages (name: its document's key) of each shard that holds any, in their shard's order."""
    shards: dict[str, dict[str, str]] = {}
    for page in sorted(pages):
        shards.setdefault(shard_of(page, count), {})[page] = pages[page]
    return dict(sorted(shards.items(), key=lambda item: int(item[0].rpartition("-")[2])))


def indexed(record: State) -> dict[str, str]:
    """The pages the index holds, each with its key: the documents' pages, with their documents' keys,
    and the dossiers' pages (made with the edition's pages), with the dossier's key and the edition's."""
    edition = record.pages.get("edition") or {"key": "", "files": []}
    pages = {}
    for path, entry in sorted(record.documents.items()):
        if entry.get("pages", {}).get("html"):
            pages[entry["pages"]["html"]] = entry["key"]
        elif entry.get("corpus") and (name := Renderer.output_name(Path(path), "html")) in edition["files"]:
            pages[name] = digest(entry["key"], edition["key"])
    return pages


def index_shards(state: State, settings: Settings, tasks: Callable[[str, list[tuple]], list], code: str) -> None:
    """Index the shards whose pages (plenum.shards.indexed) changed or whose files are missing, with
    `tasks` (the runner's), remove what the build wrote of shards gone or made again, list the shards."""
    site, record, pages = settings.site_dir, state.pages, indexed(state)
    before = record.get(ENTRY) or {"count": 0, "shards": {}, "files": []}
    count = shard_count(len(pages), before["count"], shard_size(settings.tei_dir), total_size(site, pages))
    planned = plan(pages, count)
    pagefind = version()
    keys = {shard: digest(code, pagefind, *(f"{page}={key}" for page, key in members.items()))
            for shard, members in planned.items()}
    shards = {shard: entry for shard, entry in before["shards"].items()
              if keys.get(shard) == entry["key"] and all_present(site, entry["files"])}
    interface = {name for name in before["files"] if name != f"{BUNDLE}/{MANIFEST}"} if planned else set()
    todo = [shard for shard in planned if shard not in shards]
    if planned and not todo and not all_present(site, interface):  # any shard's indexing writes it again
        todo = [next(iter(planned))]
    work = [(str(site), shard, [str(site / page) for page in planned[shard]]) for shard in todo]
    for shard, done in zip(todo, tasks("index", work)):
        own = [name for name in done.files if name.startswith(f"{BUNDLE}/{shard}/")]
        shards[shard] = {"key": keys[shard], "files": own}
        interface |= set(done.files) - set(own)
    for shard, entry in before["shards"].items():
        remove_written(site, set(entry["files"]) - set(shards.get(shard, {}).get("files", [])))
    files = sorted(interface) + [f"{BUNDLE}/{MANIFEST}"]
    write_atomic(site / BUNDLE / MANIFEST, json.dumps([f"{shard}/" for shard in planned]).encode("utf-8"))
    remove_written(site, set(before["files"]) - set(files))
    record[ENTRY] = {"count": count, "shards": {shard: shards[shard] for shard in planned}, "files": files}
