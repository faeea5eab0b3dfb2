"""The inline conventions of transcripts: editorial brackets, hands, note markers, Markdown marks.

A block of text (a paragraph, a heading, a note) is a `Run`: its characters, gathered from one or
more pieces of the source, with a `BREAK` character standing for each line or page break between
them. `InlineParser` parses a run into TEI mixed content, and records every character it turns into
markup (brackets, labels such as ``handwritten: ``) with its source offsets.

The conventions (see schema/ENCODING.md):
  [X], [sic], [handwritten: X], [stamp: X], ...   the brackets: see readers/brackets.py
  [\\[2\\]](#), <sup>[2]</sup>  a note marker                  <note> from the notes section
  [X](https://…)          a Markdown export's link            <ref target="https://…">X</ref>
  \\.  \\*  \\_          a Markdown export's escape          the mark alone, as text
  x/, [1]  a mark in plain text                         <note> from under the text (typed_notes.py)
  ~~X~~  <sup>X</sup>  ~~X~~<sup>Y</sup>  <u>X</u>
                          deletion, insertion above the line, substitution, underlining (readers/markdown_marks.py)
An unmatched bracket is kept as text in <surplus>, unless it opens an insertion (see readers/brackets.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from ..tei import E, append_text, drop_last
from . import Conversion
from .bracket_words import TRANSLATOR_PARENTHESIS, WITHHELD_PARENTHESIS
from .brackets import BRACKET_MARKUP, BRACKET_WORDS, Brackets
from .hand_brackets import BREAK
from .markdown_marks import MarkdownMarks
from .spans import Span
from .typed_notes import FIGURE_STARS, MARK as TYPED_MARK, MARK_TEXT as TYPED_MARK_TEXT


# Where a Markdown export's note marker points: '(#)', or the page's anchor of the note ('(#_ftn1)',
# '(#_ftnref1)', as a word processor's web page names them).
NOTE_LINK = r"\(#[^()\s]{0,60}\)"
# The anchor's name alone, after a note marker's number (its words are the export's, not the text's).
NOTE_ANCHOR = r"(?<=\\\]\]\(#)[^()\s]{1,60}(?=\))"
# A Markdown export's link in the text ('[the record](https://…/document/117839)'): the address in ref/@target.
LINK = re.compile(r"\((?P<target>https?://[^\s()<>\[\]]+|/[^\s()<>\[\]]*)\)")

# Markup vocabulary of the inline conventions, for the readers' `markup` tables.
MARKUP = BRACKET_MARKUP | {
    "bracket": r"\[|\]",
    "note-marker": rf"\[\\\[\d+\\\]\]{NOTE_LINK}\s*|<sup>\[\d+\]</sup>|\s*(?:{TYPED_MARK_TEXT})\s*",
    "md-link": rf"\[|\]{LINK.pattern}",
    "md-image": rf"!\[|\]{LINK.pattern}",
    "markdown": r"~~|</?sup>|</?u>|\*{1,2}|_",
    "md-escape": r"\\",
    "line-join": r"[ \t]*\n",
}

# The fixed words of the inline conventions (the words the markup above may take from a source).
CONVENTION_WORDS = BRACKET_WORDS | frozenset({"sup", "u"})

# What the scanner stops at: note markers, then brackets, Markdown and HTML marks, a redaction in parentheses
# ('(redacted)') and breaks.
_MARKERS = rf"\[\\\[\d+\\\]\]{NOTE_LINK}|<sup>\[\d+\]</sup>"
_MARKS = rf"\[|\]|~~|</?sup>|</?u>|{WITHHELD_PARENTHESIS}|{TRANSLATOR_PARENTHESIS}|" + BREAK
_SPECIAL = re.compile(f"{_MARKERS}|{_MARKS}")
# The same with the plain-text note marks ('x/', '[1]') before the brackets, for a document that has notes
# for them: looking for them costs a check at every x of a text, three times the search without.
_SPECIAL_MARKS = re.compile(f"{_MARKERS}|{TYPED_MARK.pattern}|{_MARKS}")
# A Markdown export's emphasis opening: '*' or '**' or '_' before a word, not inside one, not escaped
# ('*Rodong Sinmun*', '**urgent**'); looked for in that family's texts only (elsewhere an asterisk
# marks a footnote: 'this year.*').
_EMPHASIS = r"(?<![\w*\\])\*{1,2}(?=[^\s*])|(?<![\w_\\])_(?=[^\s_])"
# A Markdown export's escape: a backslash before a punctuation mark it keeps from meaning markup
# ('1956\\. That year', '\\*stars\\*', 'snake\\_case'); the backslash is markup, the mark text.
_ESCAPE = r"\\[!-/:-@\[-`{-~]"
_SPECIAL_EMPHASIS = re.compile(f"{_MARKERS}|{_MARKS}|{_EMPHASIS}|{_ESCAPE}")
_SPECIAL_MARKS_EMPHASIS = re.compile(f"{_MARKERS}|{TYPED_MARK.pattern}|{_MARKS}|{_EMPHASIS}|{_ESCAPE}")
# The scanners that look for plain-text note marks (a '*' the others find is emphasis), and those of a
# Markdown export (its '[text](https://…)' is a link).
_TYPED = (_SPECIAL_MARKS, _SPECIAL_MARKS_EMPHASIS)
_MARKDOWN = (_SPECIAL_EMPHASIS, _SPECIAL_MARKS_EMPHASIS)
_BRACKET = re.compile(r"[\[\]]")
_NOTED = re.compile(TRANSLATOR_PARENTHESIS)
# A line ending in a word and a hyphen (searched for only in lines that end with one).
_HYPHENATED = re.compile(r"\w-$")
# A note marker: the Markdown export's '[\[2\]](#)' ('[\[2\]](#_ftn2)'), or a web page's superscript
# '<sup>[1]</sup>'.
_NOTE_MARKER = re.compile(rf"\[\\\[(\d+)\\\]\]{NOTE_LINK}|<sup>\[(\d+)\]</sup>")


@dataclass
class Run:
    """A block's text with a BREAK for each break, and where each piece lies in the source."""

    text: str = ""
    starts: list[int] = field(default_factory=list)   # where each piece starts in `text`
    sources: list[int] = field(default_factory=list)  # where that piece starts in the source
    breaks: list[list[etree._Element]] = field(default_factory=list)

    @cached_property
    def break_at(self) -> list[int]:
        """Where each BREAK stands in `text`, in order (found once: a run is not changed once read)."""
        return _indexes(BREAK, self.text)

    def line_bounds(self) -> list[tuple[int, int]]:
        """Where each line of the run starts and ends in `text` (a BREAK between two lines)."""
        return list(zip([0, *(index + 1 for index in self.break_at)], [*self.break_at, len(self.text)]))

    def source(self, index: int) -> int:
        """The source offset of character `index` (a BREAK has none)."""
        piece = bisect.bisect_right(self.starts, index) - 1
        return self.sources[piece] + index - self.starts[piece]

    def part(self, start: int, end: int | None = None) -> Run:
        """The part of the run from `start` to `end`, with its source mapping and breaks."""
        end = len(self.text) if end is None else end
        break_at = self.break_at
        breaks = self.breaks[bisect.bisect_left(break_at, start):bisect.bisect_left(break_at, end)]
        # Only the pieces from the one holding `start` to the last starting before `end` are looked at.
        starts = self.starts
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        last = bisect.bisect_left(starts, end, first)
        ends = starts[first + 1:last + 1] + ([len(self.text)] if last == len(starts) else [])
        part_starts, part_sources = [], []
        for piece_start, piece_end, source in zip(starts[first:last], ends, self.sources[first:last]):
            lo, hi = max(piece_start, start), min(piece_end, end)
            if lo < hi:
                part_starts.append(lo - start)
                part_sources.append(-1 if source < 0 else source + lo - piece_start)
        return Run(self.text[start:end], part_starts, part_sources, breaks)


def block_lines(text: str) -> list[str]:
    """A block's lines (its run text split at its breaks), stripped."""
    return [line.strip() for line in text.split(BREAK)]


def lines_run(conv: Conversion, span: Span, hard_breaks: bool = True) -> Run:
    """The run of one source paragraph; its line ends become <lb/> (soft hyphens joined)."""
    run, texts, length = Run(), [], 0

    def piece(text: str, source: int) -> None:     # the text is joined once, at the end
        nonlocal length
        if text:
            run.starts.append(length)
            run.sources.append(source)
            texts.append(text)
            length += len(text)

    lines = span.text.split("\n")
    position = span.start
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        text = line if last else line.rstrip(" \t")
        if not last and hard_breaks:
            following = lines[index + 1].lstrip()
            if text.endswith("-") and _HYPHENATED.search(text) and following[:1].islower():
                piece(text[:-1], position)
                conv.consume(position + len(text), position + len(line) + 1, "line-join")
                run.breaks.append([E.lb({"break": "no", "rend": "hyphen"})])
            else:
                piece(text, position)
                run.breaks.append([E.lb()])
            piece(BREAK, -1)
        else:
            piece(line if last else text, position)
        position += len(line) + 1
    run.text = "".join(texts)
    return run


class InlineParser(Brackets, MarkdownMarks):
    """Parses runs into TEI mixed content for one document."""

    def __init__(self, conv: Conversion, plenum_resp: str, translation_resp: str | None = None,
                 hand: str | None = None, note: Callable[[int | str], etree._Element | None] | None = None) -> None:
        self.conv = conv
        self.translation_resp = translation_resp
        self.plenum_resp = plenum_resp
        self.hand = hand
        self.note = note or (lambda number: None)
        self.hands_used: set[str] = set()
        self._special = _SPECIAL
        self._figure_marks: dict[int, str] = {}     # a printed collection's figures that are marks, by source offset

    def expect_plain_marks(self) -> None:
        """Look for the plain-text note marks ('x/', '[1]') too: the document has notes for some."""
        self._special = _SPECIAL_MARKS_EMPHASIS if self._special is _SPECIAL_EMPHASIS else _SPECIAL_MARKS

    def expect_figure_marks(self, marks: dict[int, str]) -> None:
        """Read the bare figures at these source offsets as the marks of the notes they name ('Testev,16',
        'Samplev 18': typed_notes.figure_notes), and no other bare figure."""
        self._figure_marks = marks
        self.expect_plain_marks()

    def expect_emphasis(self) -> None:
        """Read a Markdown export's emphasis ('*Rodong Sinmun*', '**urgent**') as italics and bold."""
        self._special = _SPECIAL_MARKS_EMPHASIS if self._special is _SPECIAL_MARKS else _SPECIAL_EMPHASIS

    # -- entry point ------------------------------------------------------------------------

    def parse(self, run: Run, parent: etree._Element, mode: str = "text") -> etree._Element:
        """Append the run's content to `parent`; mode 'forme' reads <sup> as superscript."""
        self._run, self._mode = run, mode
        self._pairs = _pairs(run.text)
        self._emit(parent, 0, len(run.text))
        return parent

    # -- the scanner ------------------------------------------------------------------------

    def _emit(self, parent: etree._Element, start: int, end: int) -> None:
        text = self._run.text
        i = start
        while i < end:
            match = self._special.search(text, i, end)
            if not match:
                append_text(parent, text[i:end])
                return
            append_text(parent, text[i:match.start()])
            token = match.group()
            if _NOTE_MARKER.fullmatch(token):
                i = self._note_marker(parent, match, end)
            elif self._special in _TYPED and TYPED_MARK.fullmatch(text, match.start(), match.end()) \
                    and (after := self._typed_mark(parent, match)):
                i = after
            elif token.startswith("["):   # '[', or a '[1]' that is no note's mark: a bracket
                close = self._matching(match.start(), end)
                if close is None:
                    i = self._unclosed(parent, match.start(), end) or self._surplus(parent, match.start())
                elif self._special in _MARKDOWN and (link := LINK.match(text, close + 1, end)):
                    image = match.start() > i and text[match.start() - 1] == "!"
                    i = (self._image if image else self._link)(parent, match.start(), close, link)
                else:
                    self._bracket(parent, match.start(), close)
                    i = close + 1
            elif token == "]":
                i = self._surplus(parent, match.start())
            elif token.startswith("("):     # '(redacted)': the copy's redaction; '(translator's note: …)'
                (self._translator_parenthesis if _NOTED.match(token) else self._withheld)(parent, match.start(), match.end())
                i = match.end()
            elif token == BREAK:
                parent.extend(self._break(match.start()))
                i = match.end()
            elif token.startswith("\\"):     # a Markdown escape: the mark after the backslash is text
                self._consume(match.start(), match.start() + 1, "md-escape")
                append_text(parent, token[1:])
                i = match.end()
            else:
                i = self._markdown(parent, match, end)

    def _matching(self, start: int, end: int) -> int | None:
        """The index of the ']' closing the '[' at `start`, counting nested brackets."""
        close = self._pairs.get(start)
        return close if close is not None and close < end else None

    def _consume(self, start: int, end: int, kind: str) -> None:
        """Record run[start:end] (one piece of the source) as markup."""
        if end > start:
            source = self._run.source(start)
            self.conv.consume(source, source + end - start, kind)

    def _break(self, index: int) -> list[etree._Element]:
        number = bisect.bisect_left(self._run.break_at, index)
        return [_copy(element) for element in self._run.breaks[number]]

    def _surplus(self, parent: etree._Element, index: int) -> int:
        """An unmatched bracket: kept as text, marked as superfluous (the review lists every surplus)."""
        parent.append(E.surplus({"reason": "unbalanced"}, self._run.text[index]))
        return index + 1

    # -- note markers -----------------------------------------------------------------------

    def _note_marker(self, parent: etree._Element, match: re.Match[str], end: int) -> int:
        marker = _NOTE_MARKER.fullmatch(match.group())
        number = int(marker.group(1) or marker.group(2))
        self._consume(match.start(), match.end(), "note-marker")
        note = self.note(number)
        if note is not None and marker.group(2):
            self.conv.flag("", "note", f"note {number} placed at a superscript marker [{number}], a style the "
                           "other markers do not use: check its place",
                           self.conv.source.pointer_for(self._run.source(match.start()),
                                                        self._run.source(match.end() - 1) + 1))
        if note is None:
            self._noteless_mark(parent, number)
        else:
            parent.append(note)
        return match.end()

    def _noteless_mark(self, parent: etree._Element, number: int | str) -> None:
        """A note marker whose note the page does not give (a capture cut before its notes too: '…with
        care.[1]'): plenum's note says so where it stands (the review lists it)."""
        parent.append(E.note({"type": "editorial", "resp": self.plenum_resp, "n": str(number)},
                             f"The source marks note {number} here but gives no note text."))

    def _typed_mark(self, parent: etree._Element, match: re.Match[str]) -> int | None:
        """A mark in plain text ('x/', '[1]'): the note taken for it (typed_notes.py) stands here; where it
        ends. None for a '[1]' without one (a bracket); a typist's mark without one is text."""
        note = self._figure_note(match) if match.group().isdigit() else self.note(match.group())
        if note is None:
            if match.group().startswith("["):
                return None
            append_text(parent, match.group())
            return match.end()
        start, end = match.span()
        self._consume(start, end, "note-marker")
        if match.group().startswith("["):      # its superscript's asterisks around it ('Testyun*[2]*,')
            if start and FIGURE_STARS.match(self._run.text, start - 1) and drop_last(parent, "*"):
                self._consume(start - 1, start, "note-marker")
            if stars := FIGURE_STARS.match(self._run.text, end):
                self._consume(end, end := stars.end(), "note-marker")
        parent.append(note)
        return end

    def _figure_note(self, match: re.Match[str]) -> etree._Element | None:
        """The note of a bare figure after a word: a printed collection's where its notes found it a mark, else
        a figure run on to the word (a web capture's 'SAMPLOWSKI1', a printed volume's); none after a space."""
        if self._figure_marks:
            key = self._figure_marks.get(self._run.source(match.start()))
            return self.note(key) if key else None
        return None if self._run.text[match.start() - 1] == " " else self.note(match.group())


def _copy(element: etree._Element) -> etree._Element:
    """A fresh copy of a break element (the same break may be emitted once per parse), its tail kept."""
    copy = etree.fromstring(etree.tostring(element, with_tail=False))
    copy.tail = element.tail
    return copy



def _indexes(char: str, text: str) -> list[int]:
    """Where `char` occurs in `text`, in order."""
    found, index = [], text.find(char)
    while index >= 0:
        found.append(index)
        index = text.find(char, index + 1)
    return found


def _pairs(text: str) -> dict[int, int]:
    """Each '[' of `text` that a later ']' closes -> that ']' (nested brackets counted; of a doubled opening
    where no closing is doubled, the second): one pass, so that finding a bracket's end does not rescan
    the text."""
    pairs, opened, doubled = {}, [], "]]" not in text
    for bracket in _BRACKET.finditer(text):
        if bracket.group() == "[":
            if doubled and opened and opened[-1] == bracket.start() - 1:
                opened.pop()       # a doubled opening one bracket closes ('Fond [[too faded to read]'): the first
            opened.append(bracket.start())                                             # is surplus
        elif opened:
            pairs[opened.pop()] = bracket.start()
    return pairs
