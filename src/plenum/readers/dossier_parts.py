"""A dossier's documents as runs of source lines, a part the text layer printed out of place put back.

A text layer may hand over a page's blocks out of reading order, so that the middle of one document
comes out after another. Such a part has no opening block of its own: it was found as a run of text
that stops naming one document's interlocutor. It is taken for a displaced part, not a document, when
- it begins in the middle of a sentence (a lower-case word) after text that ended one, so it goes on
  from somewhere else (no printed document begins in mid-sentence);
- it quotes the person an earlier document was held with; and
- that document's text breaks off in mid-sentence at the end of a text-layer fragment, and the fragment
  after it does not go on with that sentence.
It is placed after the first such break of the nearest such document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from string import ascii_lowercase
from typing import Callable

from .dossier_bounds import Boundary
from .dossier_layout import SENTENCE_END, Layout

MID_SENTENCE = re.compile(r"[a-z,;\-]$")   # a line that stops on a word, a comma or a hyphen


@dataclass
class Moved:
    """A displaced part placed in its document: its lines, the line it follows, and why."""

    first: int
    last: int
    after: int
    printed_after: Member
    cue: str


@dataclass
class Member:
    """One document of the dossier: where it begins, its runs of lines in reading order, its name."""

    boundary: Boundary
    parts: list[tuple[int, int]]
    name: str = ""
    moved: list[Moved] = field(default_factory=list)

    def label(self) -> str:
        """How a finding names the document: by its printed number, else by its file's name."""
        number = self.boundary.number
        return f"Document No. {number}" if number is not None else f"the document without its heading ({self.name})"


class Assembly:
    """The members of a dossier from its boundaries: each to the next, displaced parts put back."""

    def __init__(self, layout: Layout, reading: Callable[[int], str]) -> None:
        self.layout = layout
        self.reading = reading

    def members(self, boundaries: list[Boundary]) -> list[Member]:
        """The dossier's documents in printed order, named; displaced parts inside their documents."""
        ends = [b.line - 1 for b in boundaries[1:]] + [len(self.layout.lines)]
        found: list[Member] = []
        for boundary, end in zip(boundaries, ends):
            placed = self._place(boundary, end, found) if self._displaced(boundary) else None
            if placed is None:
                found.append(Member(boundary, [(boundary.line, end)]))
        for member, name in zip(found, member_names([m.boundary for m in found])):
            member.name = name
        return found

    def _displaced(self, boundary: Boundary) -> bool:
        """Whether a run without an opening begins in mid-sentence after a finished sentence."""
        line = self._text_line(boundary.line, 1)
        before = self._text_line(boundary.line - 1, -1)
        return (not boundary.certain and boundary.number is None and boundary.person is not None
                and line is not None and self.reading(line).strip()[:1].islower()
                and (before is None or self.reading(before).rstrip().endswith(SENTENCE_END)))

    def _place(self, boundary: Boundary, end: int, found: list[Member]) -> Member | None:
        """Put a displaced part after the break of the nearest earlier document held with its person."""
        for host in reversed(found):
            if host.boundary.person != boundary.person:
                continue
            after = self._break(host)
            if after is None:
                continue
            index = next(i for i, (first, last) in enumerate(host.parts) if first <= after <= last)
            first, last = host.parts[index]
            host.parts[index:index + 1] = [(first, after), (boundary.line, end)] + (
                [(after + 1, last)] if after < last else [])
            host.moved.append(Moved(boundary.line, end, after, found[-1], boundary.cue))
            return host
        return None

    def _break(self, member: Member) -> int | None:
        """The first line where the document's text breaks off in mid-sentence at a fragment's end and the
        next fragment does not go on with it (or the document ends there)."""
        fragments = [span for first, last in member.parts for span in self.layout.fragments(first, last)]
        for index, (first, last) in enumerate(fragments):
            end = self._text_line(last, -1, first)
            if end is None or not MID_SENTENCE.search(self.reading(end).rstrip()):
                continue
            following = self._text_line(fragments[index + 1][0], 1) if index + 1 < len(fragments) else None
            if following is None or not self.reading(following).strip()[:1].islower():
                return last
        return None

    def _text_line(self, line: int, step: int, stop: int | None = None) -> int | None:
        """The nearest line from `line` (going by `step`) that holds text, not a running head or page number."""
        stop = stop if stop is not None else (1 if step < 0 else len(self.layout.lines))
        while (line - stop) * step <= 0:
            if self.layout.lines[line - 1].strip() and line not in self.layout.furniture:
                return line
            line += step
        return None


def member_names(boundaries: list[Boundary]) -> list[str]:
    """Each document's name in the dossier: docNN by its printed number, else the number before it and
    a letter (doc07a, doc07b, …: the documents after No. 7 whose headings were lost)."""
    names, last, letter = [], "doc00", 0
    for boundary in boundaries:
        if boundary.number is not None:
            last, letter = f"doc{boundary.number:02d}", 0
            names.append(last)
        else:
            names.append(last + ascii_lowercase[letter % 26] * (letter // 26 + 1))
            letter += 1
    return names


def owner(members: list[Member], line: int) -> Member | None:
    """The member whose text holds a line."""
    return next((m for m in members if any(first <= line <= last for first, last in m.parts)), None)
