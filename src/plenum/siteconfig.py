"""The edition's settings for citing it: the address its site is published at, read from
`plenum.toml` beside the TEI folder (`[site] base = "https://example.org/plenum/"`). Canonical
links, the citations on the pages, the citation_* meta tags and the CSL-JSON files name a page by
it; without it they name the page's file alone."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError

CONFIG = "plenum.toml"


def config_file(tei_dir: Path | None) -> Path | None:
    """The edition's plenum.toml (beside its TEI folder); None without a TEI folder."""
    return Path(tei_dir).parent / CONFIG if tei_dir else None


def base_url(tei_dir: Path | None) -> str:
    """The site's base address from plenum.toml, ending in '/'; '' when none is configured."""
    path = config_file(tei_dir)
    if path is None or not path.is_file():
        return ""
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(path, f"is not valid TOML: {exc}") from None
    base = settings.get("site", {}).get("base", "")
    parts = urlsplit(base) if isinstance(base, str) else None
    if base and (parts is None or parts.scheme not in ("http", "https") or not parts.netloc
                 or parts.query or parts.fragment or any(char.isspace() for char in base)):
        raise InputError(path, f"[site] base must be the http(s) address the site is published at, "
                               f"such as \"https://example.org/plenum/\", not {base!r}")
    return base if not base or base.endswith("/") else base + "/"
