"""Where an element of a TEI block stands in the source lines the block came from.

A block (an element with ``@source``) is read as the nothing-lost check reads it: its source view
(`sourceview`; ``orig`` and ``sic`` count, ``reg`` and ``corr`` do not unless printed in the source,
plenum's own additions not at all). That text is aligned word by word with the block's source lines,
so an element's words find their place in the lines; the markup the source wraps them in (``[…]``,
``~~…~~``, ``<sup>…</sup>``) can be marked with them.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from lxml import etree

from .source import parse_pointer
from .sourceview import BREAK, CLOSE, LEFT_OUT, OPEN, ViewPiece, view_pieces
from .tei import NS, local

# Words: runs of letters and digits, also cut where an element begins or ends (the source has markup
# or a space where the TEI has an element boundary: [, ~~, <sup>, a line end).
_WORD_SPLIT = re.compile(r"(\w+)")   # the words, and what lies between them
_WORD_INSIDE = re.compile(r"\w\w")   # two word characters: the place between them is inside a word
_OPENING = re.compile(r"(?:~~|<sup>|\*\*)\s*$")
_CLOSING = re.compile(r"\s*(?:~~|</sup>|\*\*)")


@dataclass
class Line:
    """A source line, with the part of it an element came from (character offsets, end exclusive)."""

    n: int
    text: str
    mark: tuple[int, int] | None = None

    def placed(self) -> dict:
        """The line's number and mark (its text is held once per report: plenum.review)."""
        return {"n": self.n, "mark": list(self.mark) if self.mark else None}


class MarkedBlock:
    """An element with @source, its text aligned word by word with the source lines it points to."""

    def __init__(self, element: etree._Element, lines: list[str], plenum: frozenset[str] | None = None) -> None:
        """`plenum`: plenum's @resp values in the element's document (found when not given)."""
        first, last = parse_pointer(element.get("source", ""))
        self.numbers = range(first, min(last, len(lines)) + 1)
        self.text = "\n".join(lines[n - 1] for n in self.numbers)
        pieces = view_pieces(element, plenum)
        self.view = "".join([text for text, _, _ in pieces])
        self.spans = _spans(pieces)
        # Where the view's words begin and end, in order (both rising: words do not overlap), for bisect.
        self.starts, self.ends, view = _word_offsets(self.view)
        if inside := _inside_words(self.view, {offset for span in self.spans.values() for offset in span}):
            self.starts, self.ends = _words_cut(self.starts, self.ends, inside)
            view = [self.view[a:b] for a, b in zip(self.starts, self.ends)]
        # Where the source's words begin and end (apart: a few are looked up per block, not all paired).
        self.source_starts, self.source_ends, source = _word_offsets(self.text)
        # aligned[k]: the source word the view's word k is, or None.
        if view == source:  # the usual case, aligned word for word without a diff
            self.aligned: list[int | None] = list(range(len(view)))
        else:
            self.aligned = [None] * len(view)
            for i, j, size in difflib.SequenceMatcher(None, view, source, autojunk=False).get_matching_blocks():
                self.aligned[i:i + size] = range(j, j + size)

    def lines(self, mark: tuple[int, int] | None) -> list[Line]:
        """The block's source lines, with `mark` (offsets in the lines joined by newlines) cut per line,
        without the spaces at either end of each piece."""
        lines, offset = [], 0
        for n, text in zip(self.numbers, self.text.split("\n")):
            cut = None
            if mark:
                start, end = max(mark[0], offset) - offset, min(mark[1], offset + len(text)) - offset
                piece = text[start:end] if end > start else ""
                if piece.strip():
                    start += len(piece) - len(piece.lstrip())
                    cut = (start, start + len(piece.strip()))
            lines.append(Line(n, text, cut))
            offset += len(text) + 1
        return lines

    def mark(self, element: etree._Element, widen: bool = False, joins: bool = False) -> tuple[int, int] | None:
        """Where `element` is in the block's source text (start, end), or None when it cannot be found.

        `widen`: include the markup around it ([brackets], ~~, <sup>). `joins`: the element joins two
        words (a line break); mark them.
        """
        if element not in self.spans:
            # Inside an alternative the source does not have (reg, corr): its place in a decoded run, or the run.
            if decoded := self._decoded(element):
                return decoded
            element = next((a for a in element.iterancestors() if a in self.spans and self._words(a)), None)
            if element is None:
                return None
        words = self._words(element)
        if not words:
            return self._between(*self.spans[element], widen, joins)
        matched = [j for j in self.aligned[words.start:words.stop] if j is not None]
        if not matched:
            return None
        first, last = self.source_starts[min(matched)], self.source_ends[max(matched)]
        # The element's own characters before its first and after its last word, where the source has them.
        start, end = self.spans[element]
        lead = self.view[start:self.starts[words[0]]].lstrip()
        trail = self.view[self.ends[words[-1]]:end].rstrip()
        first -= len(lead) if lead and self.text.endswith(lead, 0, first) else 0
        last += len(trail) if trail and self.text.startswith(trail, last) else 0
        if not widen:
            return first, last
        before, after = self._aligned_before(words.start), self._aligned_from(words.stop)
        return self._widen(first, last, self.source_ends[self.aligned[before]] if before is not None else 0,
                           self.source_starts[self.aligned[after]] if after is not None else len(self.text))

    def _words(self, element: etree._Element) -> range:
        """The indexes of the words of an element's text (words lie in order: a bisect of their starts and ends)."""
        start, end = self.spans[element]
        first = bisect_left(self.starts, start)
        return range(first, max(first, bisect_right(self.ends, end)))

    def _source_word(self, k: int) -> tuple[int, int]:
        """Where the source's word `k` begins and ends."""
        return self.source_starts[k], self.source_ends[k]

    def _aligned_before(self, k: int) -> int | None:
        """The last word before word `k` that the source has, or None."""
        k -= 1
        while k >= 0 and self.aligned[k] is None:
            k -= 1
        return k if k >= 0 else None

    def _aligned_from(self, k: int) -> int | None:
        """The first word from word `k` on that the source has, or None."""
        while k < len(self.aligned) and self.aligned[k] is None:
            k += 1
        return k if k < len(self.aligned) else None

    def _decoded(self, element: etree._Element) -> tuple[int, int] | None:
        """Where in a decoded font run (orig, one character per decoded one) an element of its reg stands."""
        reg = next((a for a in element.iterancestors() if local(a) == "reg"), None)
        orig = reg.getparent().find("tei:orig", NS) if reg is not None and reg.get("type") == "font-decoded" else None
        if orig is None or orig not in self.spans or not self._words(orig):
            return None
        places: dict[etree._Element, tuple[int, int]] = {}
        total = _measure(reg, 0, places)
        start, end = self.spans[orig]
        word = self._words(orig)[0]
        if self.aligned[word] is None:
            return None
        begin = self.source_starts[self.aligned[word]] - (self.starts[word] - start)
        if self.text[begin:begin + end - start] != self.view[start:end] or total != end - start:
            return None
        offset, width = places[element]
        return begin + offset, begin + offset + max(width, 1)

    def _between(self, start: int, end: int, widen: bool, joins: bool) -> tuple[int, int] | None:
        """An element without words (a line break, a bracket, a gap): its place between its neighbours.

        A line break marks the words it joins. Anything else: its characters where the source has them
        after the preceding word (or anywhere between the two words, if only once), else all between them.
        """
        before = self._aligned_before(bisect_right(self.ends, start))
        after = self._aligned_from(bisect_left(self.starts, end))
        left = self._source_word(self.aligned[before]) if before is not None else (0, 0)
        right = self._source_word(self.aligned[after]) if after is not None else (len(self.text), len(self.text))
        if joins:
            return (left[0], right[1]) if before is not None and after is not None else None
        view_left = self.ends[before] if before is not None else 0
        between, own = self.text[left[1]:right[0]], self.view[start:end].strip()
        if end > start and between.startswith(self.view[view_left:end]):
            first, last = left[1] + start - view_left, left[1] + end - view_left
        elif own and between.count(own) == 1:
            first = left[1] + between.index(own)
            last = first + len(own)
        elif between.strip():
            return left[1] + len(between) - len(between.lstrip()), right[0] - len(between) + len(between.rstrip())
        else:
            return None
        return self._widen(first, last, left[1], right[0]) if widen else (first, last)

    def _widen(self, first: int, last: int, floor: int, ceiling: int) -> tuple[int, int]:
        """Extend a mark over the markup around it, within floor..ceiling: its [brackets], ~~ or <sup> tags."""
        if "[" in self.text[floor:first]:
            first = self.text.rindex("[", floor, first)
        if opening := _OPENING.search(self.text, floor, first):
            first = opening.start()
        if "]" in self.text[last:ceiling]:
            last = self.text.index("]", last, ceiling) + 1
        if closing := _CLOSING.match(self.text, last, ceiling):
            last = closing.end()
        return first, last


def _spans(pieces: list[ViewPiece]) -> dict[etree._Element, tuple[int, int]]:
    """Where each element the source view reads is in its text (start, end); a break or a left-out
    alternative is a place without text."""
    spans: dict[etree._Element, tuple[int, int]] = {}
    opened: dict[etree._Element, int] = {}
    offset = 0
    for text, element, role in pieces:
        if role == OPEN:
            opened[element] = offset
        elif role == CLOSE:
            spans[element] = (opened[element], offset + len(text))
        elif role in (BREAK, LEFT_OUT):
            spans[element] = (offset, offset)
        offset += len(text)
    return spans


def _measure(element: etree._Element, start: int, places: dict) -> int:
    """Record where each element of a decoded run begins and how many characters it stands for (a gap its
    @quantity); return where the element ends."""
    end = start + (int(element.get("quantity") or 0) if local(element) == "gap" else len(element.text or ""))
    for child in element:
        end = _measure(child, end, places) + len(child.tail or "")
    places[element] = (start, end - start)
    return end


def _word_offsets(text: str) -> tuple[list[int], list[int], list[str]]:
    """Where the words of `text` begin and end, and the words (from one split: the words and what lies
    between them alternate, so the offsets are the running sums of their lengths)."""
    parts = _WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    return offsets[1:-1:2], offsets[2::2], parts[1::2]


def _inside_words(text: str, cuts: set[int]) -> list[int]:
    """The element boundaries (`cuts`) that fall inside a word of `text` (a word character on either
    side), sorted: most lie at a space or a bracket and cut no word."""
    return sorted(cut for cut in cuts if cut > 0 and _WORD_INSIDE.match(text, cut - 1))


def _words_cut(starts: list[int], ends: list[int], inside: list[int]) -> tuple[list[int], list[int]]:
    """The words (`starts`, `ends`) cut at the element boundaries inside them (`inside`, sorted): the
    words of each stretch between two boundaries."""
    cut_starts, cut_ends, k = [], [], 0
    for start, end in zip(starts, ends):
        while k < len(inside) and inside[k] < end:   # each lies inside a word: after its start
            cut_starts.append(start)
            cut_ends.append(inside[k])
            start = inside[k]
            k += 1
        cut_starts.append(start)
        cut_ends.append(end)
    return cut_starts, cut_ends
