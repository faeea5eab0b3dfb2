"""A decoded font run as TEI: ``choice`` with the printed characters in ``orig`` and the reading in ``reg``.

The reading's guessed punctuation is ``unclear`` (with its certainty), what cannot be recovered ``gap``;
square brackets the run holds whole (``[were]``, ``[M. Suslov]``) are read by the member's bracket
grammar, as in plain text. The reading is not source text, so the grammar consumes nothing there: the
printed brackets stay in ``orig``. A bracket the run opens or closes for text outside it (``restructuring
[`` … ``estroika]``) is split out of the run (`bracket_parts`), so that the grammar reads it with its
partner; its printed character, a shifted bracket, becomes markup of the kind ``font-bracket``. A hand
label that bracket opens (``[Handwritten at the bottom: “To …``) becomes a run of its own, which the
grammar reads as the label (see `Brackets._decoded_label`).
"""

from __future__ import annotations

import re

from lxml import etree

from ..tei import append, append_text, q, sub
from .brackets import opens_label
from .font_runs import FontRun, Piece
from .hands import hand_label
from .inline import BREAK, InlineParser, Run
from .lost_punctuation import LOST

#: The markup kind of a bracket printed in a shifted font: one character below '[' or ']' in ASCII.
FONT_MARKUP = {"font-bracket": r"[!-\\]"}


def decoded_choice(run: FontRun, parser: InlineParser | None, offset: int) -> etree._Element:
    """The choice of a decoded run; `parser` reads its brackets (None: brackets as text); `offset` is
    where the run starts in the source (for what the grammar points to)."""
    choice = etree.Element(q("choice"))
    sub(choice, "orig", run.raw)
    reg = sub(choice, "reg", None, {"type": "font-decoded"})
    if parser is None or not _holds_brackets(run.reading):
        for piece in run.pieces:
            _append_piece(reg, piece)
        return choice
    reading = InlineParser(_Unconsumed(parser.conv), parser.plenum_resp, parser.translation_resp,
                           parser.hand, parser.note)
    reading.parse(_reading_run(run, offset), reg)
    parser.hands_used |= reading.hands_used
    return choice


def bracket_parts(run: FontRun, offset: int) -> list[FontRun | tuple[int, str]]:
    """A run split at the brackets it does not close itself: sub-runs, and (column, bracket) for each such
    bracket. A hand label such a bracket opens ('[Handwritten at the bottom: …') is a sub-run of its own,
    so that the grammar reads it as the label (`Brackets` finds it decoded); a bracket opening another
    label ('[Stamp: …') stays in its run (the grammar cannot take decoded text as its markup)."""
    reading = run.reading
    lone = [index for index in _unpaired(reading)
            if reading[index] == "]" or hand_label(reading[index + 1:]) or not opens_label(reading[index + 1:])]
    if not lone:
        return [run]
    labels = {index + 1 + hand.end(): index for index in lone
              if reading[index] == "[" and (hand := hand_label(reading[index + 1:]))}
    parts: list[FontRun | tuple[int, str]] = []
    pieces: list[Piece] = []
    raw_start, seen, position = 0, {"[": 0, "]": 0}, 0
    for unit in _units(run.pieces):
        if position in labels and unit.kind != "gap":
            words = len(reading[labels.pop(position) + 1:position].split())
            column = _word_start(run.raw, raw_start, words)
            parts.append(_sub_run(run, raw_start, column, pieces))
            pieces, raw_start = [], column
        if unit.kind == "text" and unit.text in "[]" and position in lone:
            column = _nth(run.raw, chr(ord(unit.text) - offset), seen[unit.text])
            parts.append(_sub_run(run, raw_start, column, pieces))
            parts.append((run.start + column, unit.text))
            pieces, raw_start = [], column + 1
        else:
            pieces.append(unit)
        if unit.kind == "text" and unit.text in "[]":
            seen[unit.text] += 1
        position += 0 if unit.kind == "gap" else len(unit.text)
    parts.append(_sub_run(run, raw_start, len(run.raw), pieces))
    return [part for part in parts if not isinstance(part, FontRun) or part.raw]


def _units(pieces: tuple[Piece, ...]) -> list[Piece]:
    """A run's pieces with its certain text one character a piece (where a run may be split)."""
    return [unit for piece in pieces
            for unit in ([Piece("text", char) for char in piece.text] if piece.kind == "text" else [piece])]


def _word_start(raw: str, start: int, count: int) -> int:
    """The column where the printed word after the first `count` words from `start` begins (words: what
    lies between spaces and lost characters), or the raw's end."""
    words = list(re.finditer(rf"[^\s{LOST}]+", raw[start:]))
    return start + words[count].start() if count < len(words) else len(raw)


def _unpaired(text: str) -> set[int]:
    """The indexes of the brackets of `text` that no bracket in it pairs."""
    opened, lone = [], set()
    for match in re.finditer(r"[\[\]]", text):
        if match.group() == "[":
            opened.append(match.start())
        elif opened:
            opened.pop()
        else:
            lone.add(match.start())
    return lone | set(opened)


def _nth(text: str, char: str, count: int) -> int:
    """Where the `count`-th (from 0) `char` stands in `text`."""
    index = -1
    for _ in range(count + 1):
        index = text.index(char, index + 1)
    return index


def _sub_run(run: FontRun, start: int, end: int, pieces: list[Piece]) -> FontRun:
    """The part of a run between raw columns `start` and `end` (relative to the run), with its pieces."""
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].kind == piece.kind and piece.kind == "text":
            merged[-1] = Piece("text", merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return FontRun(run.start + start, run.start + end, run.raw[start:end], tuple(merged))


def _holds_brackets(text: str) -> bool:
    """Whether a reading holds a bracket it opens and closes itself."""
    opened = text.find("[")
    return opened >= 0 and text.find("]", opened) > opened


def _reading_run(run: FontRun, offset: int) -> Run:
    """A run's reading as an inline `Run`: its text, a BREAK for each guess or gap."""
    reading, texts, length = Run(), [], 0
    for piece in run.pieces:
        text = piece.text if piece.kind == "text" else BREAK
        if piece.kind != "text":
            holder = etree.Element("holder")
            _append_piece(holder, piece)
            reading.breaks.append(list(holder))
        reading.starts.append(length)
        reading.sources.append(offset)
        texts.append(text)
        length += len(text)
    reading.text = "".join(texts)
    return reading


def _append_piece(parent: etree._Element, piece: Piece) -> None:
    """A piece of a reading: text, a guess (unclear) or what is lost (gap)."""
    if piece.kind == "text":
        append_text(parent, piece.text)
    elif piece.kind == "unclear":
        append(parent, _element("unclear", piece.text, {"reason": "font-encoding", "cert": piece.cert or "low"}))
    else:
        reason = "font-encoding" if piece.text.strip("\ufffd") == "" else "unknown-glyph"
        append(parent, _element("gap", None, {"reason": reason, "unit": "chars", "quantity": str(len(piece.text))}))


def _element(tag: str, text: str | None, attrs: dict[str, str]) -> etree._Element:
    element = etree.Element(q(tag), attrs)
    element.text = text
    return element


class _Unconsumed:
    """A conversion as the bracket grammar sees it inside a reading: markup there is no source text, so
    nothing is recorded as consumed; everything else is the conversion's."""

    def __init__(self, conv: object) -> None:
        self._conv = conv

    def consume(self, start: int, end: int, kind: str) -> None:
        """Nothing: the reading's brackets are not in the source (the printed ones stay in orig)."""

    def __getattr__(self, name: str) -> object:
        return getattr(self._conv, name)
