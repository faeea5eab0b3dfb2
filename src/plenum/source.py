"""A source file as readers see it: its text, its lines, and pointers back to line ranges.

Every TEI block made from a source records its line range as ``@source="src:L12-L14"``; the
``src`` prefix is declared once per TEI file (``prefixDef``) and resolves to the source file.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import InputError

# Characters XML 1.0 cannot hold (C0 controls except tab/newline/CR, surrogates, U+FFFE/U+FFFF).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The largest source plenum converts: 8 MiB converts in under a minute and under 500 MB of memory
# (benchmarks/scaling.py), at least 60 times the largest seed; a longer transcript is split into files.
LIMIT = 8 * 1024 * 1024
POINTER = re.compile(r"src:L(\d+)(?:-L(\d+))?")
PREFIX = "src"


@dataclass(frozen=True)
class Source:
    """The decoded text of one source file (line endings normalised to ``\\n``, no BOM)."""

    path: Path
    text: str
    sha256: str
    #: How TEI files refer to this source (relative to where they are written); set by the pipeline.
    href: str = ""

    @classmethod
    def read(cls, path: Path | str) -> "Source":
        """Read and decode a UTF-8 file; raise InputError naming the line of any undecodable byte, or
        the size of a file over LIMIT (read no further than that)."""
        path = Path(path)
        try:
            with path.open("rb") as file:
                data = file.read(LIMIT + 1)
                size = os.fstat(file.fileno()).st_size
        except OSError as exc:
            raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
        if len(data) > LIMIT:
            what = f"{size:,} bytes" if size > LIMIT else f"more than {LIMIT:,} bytes"   # (a pipe has no size)
            raise InputError(path, f"the source is {what}, over the limit of {LIMIT:,} bytes ({LIMIT // 2**20} MiB) "
                             "that plenum converts; split it into smaller files")
        return cls.from_bytes(path, data)

    @classmethod
    def from_bytes(cls, path: Path | str, data: bytes) -> "Source":
        """Decode bytes as a source; the checks are those of `read`."""
        path = Path(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            raise InputError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded)",
                             line, column) from exc
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        bad = NOT_XML.search(text)
        if bad:
            line = text.count("\n", 0, bad.start()) + 1
            column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
            raise InputError(path, f"control character U+{ord(bad.group()):04X} cannot be stored in XML",
                             line, column)
        return cls(path, text, hashlib.sha256(data).hexdigest(), path.name)

    @property
    def name(self) -> str:
        return self.path.name

    def linked_from(self, folder: Path | str) -> "Source":
        """This source with `href` relative to `folder`, where its TEI documents are written."""
        href = os.path.relpath(self.path.resolve(), Path(folder).resolve())
        return dataclasses.replace(self, href=Path(href).as_posix())

    @cached_property
    def lines(self) -> list[str]:
        """The lines of the text without their newlines; ``lines[0]`` is line 1."""
        return self.text.split("\n")

    @cached_property
    def line_starts(self) -> list[int]:
        """Offset of the first character of each line."""
        starts = [0]
        for line in self.lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        return starts

    def line_of(self, offset: int) -> int:
        """The 1-based line holding the character at `offset`."""
        return bisect.bisect_right(self.line_starts, offset)

    def offset(self, line: int, column: int = 0) -> int:
        """The offset of 0-based `column` in 1-based `line`."""
        return self.line_starts[line - 1] + column

    def pointer(self, first: int, last: int | None = None) -> str:
        """The ``@source`` value for lines `first`..`last` (1-based, inclusive)."""
        if last is None or last == first:
            return f"{PREFIX}:L{first}"
        return f"{PREFIX}:L{first}-L{last}"

    def pointer_for(self, start: int, end: int) -> str:
        """The ``@source`` value for the lines spanned by offsets `start`..`end` (end exclusive)."""
        return self.pointer(self.line_of(start), self.line_of(max(start, end - 1)))


@lru_cache(maxsize=65536)
def parse_pointer(value: str) -> tuple[int, int] | None:
    """The (first, last) lines of a ``src:L…`` pointer, or None for any other value. Memoised: the
    source view and the transforms read every block's pointer several times, and documents share them."""
    match = POINTER.fullmatch(value.strip())
    if not match:
        return None
    first = int(match.group(1))
    return first, int(match.group(2) or first)
