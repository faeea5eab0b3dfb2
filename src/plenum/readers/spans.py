"""Spans: pieces of source text that remember where they are; blank lines and lines of a source."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..source import Source

# A line that only separates paragraphs: empty, or whitespace such as the no-break spaces of web pages.
_BLANK = re.compile(r"[\s\u00a0\u200b]*")


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
    """True for lines that hold no text (empty, spaces, no-break spaces)."""
    return _BLANK.fullmatch(line) is not None


def line_span(source: Source, number: int) -> Span:
    """Line `number` (1-based) as a span, without its newline."""
    return Span(source.lines[number - 1], source.line_starts[number - 1])
