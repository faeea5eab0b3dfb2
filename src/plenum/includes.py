"""XInclude for validation: a document's local includes put in place, within budgets, each included
part remembering the file it came from.

Validators expect a teiCorpus that includes its documents to be checked with them in it (tei_all,
`plenum import`). plenum follows only relative links to whole XML files in the including file's
folder (or below), without xpointer or parse="text", never in a cycle; any other include stays in
place for validation to report. Included files are read by plenum's safe parser, each once, and
keep their own line numbers. The budgets, all checked before anything is put in place: at most
MAX_INCLUDES inclusions; at most tei.MAX_XML_BYTES of included files, a file counting each time it
is included (three small files including each other a hundred times each would otherwise expand
to gigabytes); no included part starting more than limits.MAX_DEPTH levels deep.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import limits, tei
from .errors import InputError

# Most files one document may pull in with XInclude (counting repeats).
MAX_INCLUDES = 10_000
XINCLUDE = f"{{{tei.XI_NS}}}include"


@dataclass(frozen=True)
class Expanded:
    """A document with its includes in place, and the file each included part was read from."""

    tree: etree._ElementTree
    name: str                                  # the document's path, as given
    origins: dict[etree._Element, str]         # the root of each included part -> its file

    def origin(self, element: etree._Element) -> str:
        """The file an element was read from: that of the innermost included part holding it."""
        return next((self.origins[e] for e in (element, *element.iterancestors()) if e in self.origins), self.name)


def expand(tree: etree._ElementTree, path: Path | str) -> Expanded:
    """`tree` (read from `path`) with each local XInclude replaced by the root of the file it names."""
    reading = _Reading(Path(path))
    reading.measure(tree.getroot(), reading.top, (reading.top,), 0)
    origins: dict[etree._Element, str] = {}
    reading.put_in_place(tree.getroot(), reading.top, (reading.top,), origins)
    return Expanded(tree, str(path), origins)


class _Reading:
    """The files one document includes, each read once, and how much of the budgets its includes use."""

    def __init__(self, path: Path) -> None:
        self.name, self.top = path, path.resolve()
        self.files: dict[Path, tuple[etree._ElementTree, int]] = {}
        self.included = 0
        self.size = 0

    def measure(self, element: etree._Element, path: Path, chain: tuple[Path, ...], offset: int) -> None:
        """Count what the includes under `element` (of the file `path`, whose elements lie `offset`
        levels deeper in the document) would put in place; InputError beyond a budget."""
        for include, target in self._followed(element, path, chain):
            self.included += 1
            if self.included > MAX_INCLUDES:
                raise InputError(self.name, f"includes more than {MAX_INCLUDES} files with XInclude; "
                                            f"plenum stops there")
            depth = offset + sum(1 for _ in include.iterancestors()) + 1
            if depth > limits.MAX_DEPTH:
                raise InputError(self.shown(path), f"this XInclude of {self.shown(target)} would put it {depth} "
                                                   f"levels deep in {self.name}; plenum reads at most "
                                                   f"{limits.MAX_DEPTH} levels", include.sourceline)
            tree, size = self._read(target)
            self.size += size
            if self.size > tei.MAX_XML_BYTES:
                raise InputError(self.name, f"its XIncludes pull in more than {tei.MAX_XML_BYTES / 2**20:.0f} MiB "
                                            f"(each file counted as often as it is included); plenum reads at most "
                                            f"that much, as for one file")
            self.measure(tree.getroot(), target, chain + (target,), depth - 1)

    def put_in_place(self, element: etree._Element, path: Path, chain: tuple[Path, ...],
                     origins: dict[etree._Element, str]) -> None:
        """Replace the includes under `element` (of the file `path`) by copies of their files' roots, as measured."""
        for include, target in self._followed(element, path, chain):
            if target not in self.files:  # appeared since it was measured
                continue
            part = copy.deepcopy(self.files[target][0].getroot())
            self.put_in_place(part, target, chain + (target,), origins)
            origins[part] = self.shown(target)
            part.tail = include.tail
            include.getparent().replace(include, part)

    def shown(self, target: Path) -> str:
        """An included file's path as the document's was given (relative when it was)."""
        return str(self.name.parent / target.relative_to(self.top.parent))

    def _followed(self, element: etree._Element, path: Path,
                  chain: tuple[Path, ...]) -> Iterator[tuple[etree._Element, Path]]:
        """The includes under `element` plenum follows, with the files they name."""
        for include in list(element.iter(XINCLUDE)):
            target = _target(include, path.parent, self.top.parent)
            if target is not None and target not in chain and include.getparent() is not None:
                yield include, target

    def _read(self, target: Path) -> tuple[etree._ElementTree, int]:
        """An included file, parsed safely once, and its size in bytes; when it cannot be read, the
        error says which document includes it (the file may also be reported on its own)."""
        if target not in self.files:
            try:
                data = tei.read_file(self.shown(target))
                self.files[target] = (tei.parse_bytes(data, self.shown(target)), len(data))
            except InputError as exc:
                raise InputError(exc.path, f"{exc.message} (XIncluded by {self.name})", exc.line, exc.column) from exc
        return self.files[target]


def _target(include: etree._Element, folder: Path, within: Path) -> Path | None:
    """The file an XInclude may pull in, or None when plenum does not follow it."""
    href = include.get("href") or ""
    if include.get("parse", "xml") != "xml" or include.get("xpointer") is not None or not href:
        return None
    if href.startswith(("/", "\\")) or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", href):
        return None
    target = (folder / href).resolve()
    return target if target.is_relative_to(within) and target.is_file() else None
