"""What the last build made from what: the content hashes that let a rebuild redo only what changed.

A conversion is redone when its source, the code (Python, stylesheets, schemas) or the curated part
of persons.xml changed, or when a TEI file it wrote is no longer the one it wrote. A document is
checked and rendered again when its TEI file, the code, the curated persons, the schemas asked for or
a file it points to changed, or when one of its pages is missing; it is reviewed again when its TEI
file, the code or the source file it shows changed, or when one of its review pages is missing. Hashes
are of content, never of timestamps: a file's hash is taken again unless its size, inode and times are
those it had when it was last hashed, at least two seconds after its last change (so that a change within
the file system's clock tick is never missed). The state is one JSON file, written atomically at the end
of a build; a missing state, or one of another format, means everything is done again; one that is not
JSON stops the build. What the edition-wide pages and the review's overview are made from (each
document's summary and review listing), and the documents' previous-and-next navs, are kept beside it,
one file per content digest (`parts`), so that the record stays small and no process but the one making
those pages holds them all.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from . import tei
from .errors import InputError
from .digests import digest
from .fileio import file_names, write_atomic
from .paths import SCHEMA, XSLT
from .persons import curated

FORMAT = "plenum-build/2"
# A hash is trusted from the record only when taken this long after the file last changed (nanoseconds).
SETTLED = 2_000_000_000
# The package's code and resources: a change in any of them changes what a build makes.
CODE = (Path(__file__).resolve().parent, XSLT, SCHEMA)


def file_digest(path: Path | str) -> str | None:
    """The SHA-256 of a file's bytes, read in chunks (a source may be large); None when there is no such file."""
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except FileNotFoundError:
        return None


def code_digest(roots: Iterable[Path] = CODE) -> str:
    """One digest of every file of plenum's code, stylesheets and schemas (names and bytes)."""
    parts = []
    for root in roots:
        for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    return digest(*parts)


def curated_digest(path: Path) -> str:
    """The digest of what the editors curate in persons.xml: the file without the parts plenum compiles
    (resp="#plenum"), which every build rewrites and which conversion and document pages do not use,
    and without whitespace-only text (the indentation, which moves with those parts). InputError when it
    cannot be read."""
    if not path.is_file():
        return digest("absent")
    tree = curated(tei.parse_file(path))
    for element in tree.iter():  # the layout around the compiled parts changes with them
        if element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    return digest(etree.tostring(tree, method="c14n"))


class State:
    """The record of the last build: per source and per TEI file, the key it was made with and what
    it gave; per reviewed document, its review's; per edition page set, its key; per file read, its
    hash. A record without a path (the standalone commands') starts empty and is not kept; its parts
    go to a folder the runner gives it (`parts`) for the run."""

    def __init__(self, path: Path | None, data: dict | None = None) -> None:
        self.path = path
        data = data if isinstance(data, dict) and data.get("format") == FORMAT else {}
        self.sources: dict[str, dict] = data.get("sources", {})
        self.documents: dict[str, dict] = data.get("documents", {})
        self.reviews: dict[str, dict] = data.get("reviews", {})
        self.pages: dict[str, dict] = data.get("pages", {})
        self._hashes: dict[str, list] = data.get("hashes", {})
        self._hashed: dict[str, list] = {}  # the hashes of this build's files: only they are kept
        self.parts: Path | None = path.with_suffix(".parts") if path else None
        self._kept: set[str] | None = None  # the parts in the parts folder, listed once (plenum builds them alone)

    def file_digest(self, path: Path | str) -> str | None:
        """file_digest(path), taken from the record when the file is as it was when last hashed, long
        enough after its last change; None when there is no such file."""
        name = os.fspath(path)
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return None
        seen = [info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns]
        entry = self._hashed.get(name) or self._hashes.get(name)  # this build's hash first
        if entry and entry[:4] == seen and max(seen[2:]) + SETTLED <= entry[4]:
            self._hashed[name] = entry
            return entry[5]
        taken = time.time_ns()
        value = file_digest(path)
        self._hashed[name] = [*seen, taken, value]
        return value

    def intact(self, files: dict[str, str | None]) -> bool:
        """Whether the TEI files a conversion wrote still hold the bytes it left."""
        return all(self.file_digest(name) == value for name, value in files.items())

    def shared_records(self) -> dict[str, list[str]]:
        """The document identifiers (an archive record's number) that more than one source's conversion
        gave, with those sources: one record converted twice, from two exports of its page."""
        sources: dict[str, list[str]] = {}
        for source, entry in sorted(self.sources.items()):
            for identifier in entry.get("ids", []):
                sources.setdefault(identifier, []).append(source)
        return {identifier: found for identifier, found in sources.items() if len(found) > 1}

    def tei_digest(self, path: str) -> str | None:
        """A TEI file's digest; None when it cannot be read (the check reports it as the file's error)."""
        try:
            return self.file_digest(path)
        except OSError:
            return None

    def source_key(self, base: str, source: str | None) -> str:
        """A review's key: its base key and the bytes of the source file whose lines it shows."""
        return digest(base, self.file_digest(source) or "" if source else "")

    def persons_key(self, path: Path, code: str) -> str:
        """persons.xml's key: the code, its bytes and the names of the files beside it (its rules' inputs)."""
        return digest(code, self.file_digest(path) or "", *sorted(other.name for other in path.parent.glob("*.xml")))

    def curated_digest(self, path: Path) -> str:
        """curated_digest(path), kept in the record for as long as the file's bytes are the same."""
        value = self.file_digest(path) or ""
        entry = self.pages.get("curated persons")
        if not (entry and entry["file"] == value):
            entry = self.pages["curated persons"] = {"file": value, "curated": curated_digest(path)}
        return entry["curated"]

    def rewrote_persons(self, path: Path) -> None:
        """persons.xml as the build rewrote it (its compiled parts alone): read without error, with the
        curated part it had, so that the next build parses it for neither."""
        value = self.file_digest(path)
        self.pages["persons read"] = value
        if "curated persons" in self.pages:
            self.pages["curated persons"] = {**self.pages["curated persons"], "file": value}

    def keep(self, text: str) -> str:
        """Keep a part (a summary, a review listing) in the parts folder; its name there, its digest."""
        data = text.encode("utf-8")
        name = hashlib.sha256(data).hexdigest()
        if name not in self._listed():
            write_atomic(self.parts / name, data)
            self._kept.add(name)
        return name

    def part(self, name: str) -> Path:
        """The file holding the part `name`."""
        return self.parts / name

    def has_parts(self, names: Iterable[str | None]) -> bool:
        """Whether every part named (None: no part) is in the parts folder."""
        kept = self._listed()
        return all(name in kept for name in names if name)

    def _listed(self) -> set[str]:
        """The parts in the parts folder: listed the first time they are asked for (one listing, not
        one look-up per part), then as this process keeps them."""
        if self._kept is None:
            self._kept = file_names(self.parts)
        return self._kept

    @classmethod
    def load(cls, path: Path) -> "State":
        """The state at `path`; an empty one when it is missing or of another format. InputError when it
        is not JSON (a build never leaves it so: it was changed by hand); OSError when it cannot be read."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls(path)
        try:
            return cls(path, json.loads(data))
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not a build record ({exc.msg}); remove it, or build with --full",
                             exc.lineno, exc.colno) from exc
        except ValueError as exc:
            raise InputError(path, f"not a build record ({exc}); remove it, or build with --full") from exc

    def save(self) -> None:
        """Write the record, with the hashes of the files this build read, and remove the parts it no
        longer names."""
        data = {"format": FORMAT, "sources": self.sources, "documents": self.documents, "reviews": self.reviews,
                "pages": self.pages, "hashes": self._hashed}
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        if file_digest(self.path) != hashlib.sha256(text).hexdigest():  # not read whole: a second copy
            write_atomic(self.path, text)
        named = {entry.get(part) for entry in self.documents.values() for part in ("summary", "attested")} \
            | {entry.get("listing") for entry in self.reviews.values()} | {self.pages.get("search", {}).get("navs")}
        for path in self.parts.glob("*") if self.parts.is_dir() else ():
            if path.name not in named and len(path.name) == 64:  # a part this build no longer names
                path.unlink(missing_ok=True)
