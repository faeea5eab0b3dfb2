"""The page layout of a journal dossier's text layer: fragments, running heads, headings, paragraphs.

A text layer hands over the page in pieces: each piece (a column, a block the extractor cut out)
begins with a line indented by one space, and pieces may come out of reading order. Running heads
(``Cold War International History Project Bulletin, Issue 16``) and page numbers sit between them.
A blank line separates paragraphs unless the text plainly goes on (a hyphen at the line's end, a
lower-case letter after the blank), because the extractor also leaves blanks inside paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from ..source import Source
from .spans import is_blank

FRAGMENT_START = re.compile(r" \S")
HEADING = re.compile(r"\s*DOCUMENT\s+No\.\s*(\d+)\s*", re.I)
SOURCE_OPEN = re.compile(r"\s*\[Source:")
NOTE_START = re.compile(r"\s*(\d{1,3})\.\s+\S")
RUNNING_HEAD = re.compile(r"\s*(?P<journal>\S.*?),\s*Issue\s+(?P<issue>\d+)\s*")
GLUED_HEAD = re.compile(r"\s*(?:(?P<journal>\S.*?),\s*)?Issue\s+(?P<digits>\d+)\s*")
PAGE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
SENTENCE_END = (".", "?", "!", "\u201d", ":", "]", ";")


@dataclass(frozen=True)
class Item:
    """One line of a block: 'text', or furniture: 'header' (running head), 'pageNum', 'glued'."""

    line: int
    kind: str = "text"


@dataclass
class PrintedBlock:
    """A paragraph (or a run of furniture): its lines in order, and whether a fragment starts it."""

    items: list[Item] = field(default_factory=list)
    fragment: bool = False
    #: Lines whose end is a blank line the block was joined across (a bracket spanning paragraphs).
    splits: frozenset[int] = frozenset()

    @property
    def first(self) -> int:
        return self.items[0].line

    @property
    def last(self) -> int:
        return self.items[-1].line

    @property
    def text_lines(self) -> list[int]:
        return [item.line for item in self.items if item.kind == "text"]


class Layout:
    """Where the furniture, headings and fragments of one source are."""

    def __init__(self, source: Source, starts_lower: Callable[[int], bool]) -> None:
        self.source = source
        self.lines = source.lines
        self._starts_lower = starts_lower
        heads = Counter((m.group("journal").strip(), m.group("issue"))
                        for line in self.lines if (m := RUNNING_HEAD.fullmatch(line)))
        self.journal, self.issue = heads.most_common(1)[0][0] if heads else ("", "")
        self.furniture = self._furniture()

    # --- furniture ----------------------------------------------------------------------------

    def _furniture(self) -> dict[int, str]:
        """Line -> kind for running heads and page numbers."""
        found: dict[int, str] = {}
        for number, line in enumerate(self.lines, 1):
            if self._is_head(number):
                found[number] = "header"
            elif self._is_glued(line):
                found[number] = "glued"
        for number, line in enumerate(self.lines, 1):
            if PAGE_NUMBER.fullmatch(line) and any(found.get(number - k) == "header" for k in (1, 2)) \
                    and self._blank(number + 1):
                found[number] = "pageNum"
        return found

    def _is_head(self, number: int) -> bool:
        """A running head: the journal line, or a short title line set apart above a page number."""
        line = self.lines[number - 1]
        if self.journal and (m := RUNNING_HEAD.fullmatch(line)) and m.group("journal").strip() == self.journal:
            return True
        return (self._blank(number - 1) and self._blank(number - 2) and self._blank(number + 1)
                and number + 2 <= len(self.lines) and PAGE_NUMBER.fullmatch(self.lines[number + 1]) is not None
                and 0 < len(line.split()) <= 8 and not line.rstrip().endswith((".", ",", ";", ":")))

    def _is_glued(self, line: str) -> bool:
        """A running head whose page number the extractor glued to the issue number."""
        match = GLUED_HEAD.fullmatch(line)
        return bool(match and self.issue and match.group("digits").startswith(self.issue)
                    and 1 <= len(match.group("digits")) - len(self.issue) <= 4)

    def _blank(self, number: int) -> bool:
        return not (1 <= number <= len(self.lines)) or is_blank(self.lines[number - 1])

    # --- structure ----------------------------------------------------------------------------

    def headings(self) -> list[tuple[int, int]]:
        """(line, document number) of each document heading."""
        return [(number, int(m.group(1))) for number, line in enumerate(self.lines, 1)
                if (m := HEADING.fullmatch(line))]

    def starts_fragment(self, number: int) -> bool:
        return FRAGMENT_START.match(self.lines[number - 1]) is not None

    def fragments(self, first: int, last: int) -> list[tuple[int, int]]:
        """The fragments between two lines: (first, last) line ranges, blank lines at their ends dropped."""
        starts = [first] + [n for n in range(first + 1, last + 1) if self.starts_fragment(n)]
        ranges = []
        for index, start in enumerate(starts):
            end = starts[index + 1] - 1 if index + 1 < len(starts) else last
            while end > start and self._blank(end):
                end -= 1
            ranges.append((start, end))
        return ranges

    def blocks(self, first: int, last: int) -> list[PrintedBlock]:
        """The paragraphs between two lines; furniture inside a paragraph stays in it."""
        blocks: list[PrintedBlock] = []
        current: PrintedBlock | None = None
        waiting: list[Item] = []
        blank = False
        previous = ""
        for number in range(first, last + 1):
            line = self.lines[number - 1]
            if number in self.furniture:
                waiting.append(Item(number, self.furniture[number]))
                continue
            if is_blank(line):
                blank = True
                continue
            fragment = number == first or self.starts_fragment(number)
            goes_on = not blank or previous.rstrip().endswith("-") or self._starts_lower(number)
            if current is not None and not fragment and goes_on:
                current.items.extend(waiting)
            else:
                if current is not None:
                    blocks.append(current)
                if waiting:
                    blocks.append(PrintedBlock(waiting))
                current = PrintedBlock(fragment=fragment)
            current.items.append(Item(number))
            waiting, blank, previous = [], False, line
        if current is not None:
            blocks.append(current)
        if waiting:
            blocks.append(PrintedBlock(waiting))
        return blocks

    def bracketed(self, first: int, last: int) -> int:
        """The last line of a bracketed block opening at `first` (its ']' line, or where it breaks off)."""
        depth = 0
        for number in range(first, last + 1):
            line = self.lines[number - 1]
            if number > first and (is_blank(line) or self.starts_fragment(number)):
                return number - 1
            depth += line.count("[") - line.count("]")
            if depth <= 0:
                return number
        return last

    def paragraph_end(self, first: int, last: int) -> int:
        """The last line of the run of non-blank lines from `first` (not past `last` or a fragment)."""
        number = first
        while number < last and not self._blank(number + 1) and not self.starts_fragment(number + 1):
            number += 1
        return number


def split_glued(line: str, issue: str) -> tuple[int, int]:
    """Columns where the page number of a running head glued to its issue number starts and ends."""
    match = GLUED_HEAD.fullmatch(line)
    return match.start("digits") + len(issue), match.end("digits")
