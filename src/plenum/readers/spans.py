"""Spans: pieces of source text that remember where they are; blank lines and lines of a source."""

from __future__ import annotations

from typing import NamedTuple

from ..source import Source


class Span(NamedTuple):
    """Source text with its offset: cutting a span keeps its place in the source.

    Immutable, and a tuple: readers make thousands per document, which a frozen dataclass makes slowly.
    """

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def cut(self, start: int, end: int | None = None) -> "Span":
        """The sub-span text[start:end] (offsets relative to this span)."""
        end = len(self.text) if end is None else end
        return Span(self.text[start:end], self.start + start)

    def lines(self) -> list["Span"]:
        """The span's lines, each a span without its newline."""
        found, start = [], 0
        for line in self.text.split("\n"):
            found.append(self.cut(start, start + len(line)))
            start += len(line) + 1
        return found

    def strip(self) -> "Span":
        """The span without leading and trailing whitespace."""
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.cut(left, max(left, right))

    def __bool__(self) -> bool:
        return bool(self.text)

    def __str__(self) -> str:
        return self.text


def is_blank(line: str) -> bool:
    """True for lines that only separate paragraphs: empty, or whitespace (what str.strip takes, the
    characters re's \\s matches) and zero-width spaces, such as the no-break spaces of web pages."""
    return not line.replace("\u200b", " ").strip()


def line_span(source: Source, number: int) -> Span:
    """Line `number` (1-based) as a span, without its newline."""
    return Span(source.lines[number - 1], source.line_starts[number - 1])
