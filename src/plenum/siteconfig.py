"""The edition's settings, read from `plenum.toml` beside the TEI folder, and its identity, from
`CITATION.cff` there (its `title`, `version` and `date-released`: the title heads the site and is the
authority of every TEI file; the package's corpus header gives all three):

    [site]
    base = "https://example.org/plenum/"   # the address the site is published at
    [search]
    shard = 40                             # documents per shard of the search index, at most

Canonical links, the citations on the pages, the citation_* meta tags and the CSL-JSON files name a
page by the base address; without it they name the page's file alone. The search index is made in
shards of about `shard` documents, fewer when they are long (plenum.shards): a changed document costs
the indexing of its shard, and the search page loads one small bundle per shard."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError
from .source import NOT_XML

CONFIG = "plenum.toml"
CITATION = "CITATION.cff"
# The title of an edition whose CITATION.cff gives none.
UNTITLED = "An edition made with plenum"
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


@dataclass(frozen=True)
class Identity:
    """What CITATION.cff says of the edition: its title, version and release date (ISO)."""

    title: str = UNTITLED
    version: str | None = None
    released: str | None = None


def identity(folder: Path) -> Identity:
    """The edition's identity from `folder`/CITATION.cff (its top-level `title`, `version` and
    `date-released`); plenum's defaults when there is none."""
    try:
        text = (Path(folder) / CITATION).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return Identity()
    fields = {match.group(1): _scalar(match.group(2))
              for match in re.finditer(r"^([a-z-]+):[ \t]*(\S.*?)[ \t]*$", text, re.M)}
    released, title = fields.get("date-released"), " ".join(fields.get("title", "").split())
    if bad := NOT_XML.search(title):   # the title is written into every TEI file and page
        raise InputError(Path(folder) / CITATION, f"the title holds a character XML cannot carry "
                                                  f"(U+{ord(bad.group()):04X}): remove it")
    return Identity(title or UNTITLED, fields.get("version"),
                    released if released and re.fullmatch(r"\d{4}-\d{2}-\d{2}", released) else None)


def _scalar(value: str) -> str:
    """A one-line YAML value as written in CITATION.cff: double-quoted (with its escapes), single-quoted
    ('' a quote) or plain."""
    if len(value) > 1 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:
            return value[1:-1]
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def edition_title(tei_dir: Path | None) -> str:
    """The title of the edition whose TEI folder is `tei_dir` (from CITATION.cff beside it)."""
    return identity(Path(tei_dir).parent).title if tei_dir else UNTITLED
