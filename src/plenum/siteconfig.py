"""The edition's settings, read from `plenum.toml` beside the TEI folder:

    [site]
    base = "https://example.org/plenum/"   # the address the site is published at
    [search]
    shard = 40                             # documents per shard of the search index

Canonical links, the citations on the pages, the citation_* meta tags and the CSL-JSON files name a
page by the base address; without it they name the page's file alone. The search index is made in
shards of about `shard` documents (plenum.shards): a changed document costs the indexing of its shard,
and the search page loads one small bundle per shard."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError

CONFIG = "plenum.toml"
# Documents per shard of the search index, unless plenum.toml says otherwise.
SHARD = 40


def config_file(tei_dir: Path | None) -> Path | None:
    """The edition's plenum.toml (beside its TEI folder); None without a TEI folder."""
    return Path(tei_dir).parent / CONFIG if tei_dir else None


def settings(tei_dir: Path | None) -> dict:
    """The settings of plenum.toml; none when there is no such file."""
    path = config_file(tei_dir)
    if path is None or not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(path, f"is not valid TOML: {exc}") from None


def base_url(tei_dir: Path | None) -> str:
    """The site's base address from plenum.toml, ending in '/'; '' when none is configured."""
    base = settings(tei_dir).get("site", {}).get("base", "")
    parts = urlsplit(base) if isinstance(base, str) else None
    if base and (parts is None or parts.scheme not in ("http", "https") or not parts.netloc
                 or parts.query or parts.fragment or any(char.isspace() for char in base)):
        raise InputError(config_file(tei_dir), f"[site] base must be the http(s) address the site is published at, "
                                               f"such as \"https://example.org/plenum/\", not {base!r}")
    return base if not base or base.endswith("/") else base + "/"


def shard_size(tei_dir: Path | None) -> int:
    """Documents per shard of the search index, from plenum.toml ([search] shard), by default SHARD."""
    size = settings(tei_dir).get("search", {}).get("shard", SHARD)
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise InputError(config_file(tei_dir), f"[search] shard must be a whole number of documents "
                                               f"(such as 40), not {size!r}")
    return size
