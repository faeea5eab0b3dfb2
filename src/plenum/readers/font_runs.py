"""The pieces of a decoded font run, and the text around a run that its punctuation is guessed from.

`fontshift.Decoder` decodes a shifted run into pieces: certain text, lost characters that may have been
punctuation (slots), guesses (`unclear`, with their certainty) and what cannot be recovered (gaps).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lost_punctuation import LOST, Guess


@dataclass(frozen=True)
class Piece:
    """Part of a decoded run: 'text' (certain), 'unclear' (a guess, with its `cert` and the `rule` that
    made it), 'gap' (`text` is the raw) or, before punctuation is guessed, 'slot' (lost characters;
    `fallback` if none is guessed)."""

    kind: str
    text: str
    cert: str = ""
    rule: str = ""
    fallback: tuple["Piece", ...] = ()


@dataclass(frozen=True)
class FontRun:
    """A shifted run at [start, end) of a line, its raw characters and its decoded pieces."""

    start: int
    end: int
    raw: str
    pieces: tuple[Piece, ...]

    @property
    def reading(self) -> str:
        """The decoded text, with guesses and without what is lost."""
        return "".join(piece.text for piece in self.pieces if piece.kind != "gap")


def slot_piece(text: str, fallback: list[Piece]) -> Piece:
    """Lost characters that may hold punctuation, to be guessed with their context; `fallback` if not."""
    return Piece("slot", text, fallback=tuple(fallback))


def pending_text(piece: Piece) -> str:
    """A piece as the context of a guess before it sees it: slots still lost, gaps lost."""
    return piece.text if piece.kind in ("text", "unclear") else LOST * max(1, piece.text.count(LOST))


def guess_pieces(guess: Guess) -> list[Piece]:
    """A guess as pieces: its marks unclear (with its certainty), its spaces text."""
    marks = guess.text.strip(" ")
    head, tail = guess.text[:len(guess.text) - len(guess.text.lstrip(" "))], guess.text[len(guess.text.rstrip(" ")):]
    return [Piece("text", space) for space in (head,) if space] + [Piece("unclear", marks, guess.cert, rule=guess.rule)] \
        + [Piece("text", space) for space in (tail,) if space]


def text_before_run(line: str, runs: list[FontRun], index: int) -> str:
    """The line's text before run `index`, earlier runs read with their fallbacks."""
    return _line_text(line, runs[:index], runs[index].start)


def text_after_run(line: str, runs: list[FontRun], index: int) -> str:
    """The line's text after run `index`, later runs' slots still lost."""
    text, position = "", runs[index].end
    for run in runs[index + 1:]:
        text += line[position:run.start] + "".join(pending_text(p) for p in run.pieces)
        position = run.end
    return text + line[position:]


def _line_text(line: str, runs: list[FontRun], end: int) -> str:
    text, position = "", 0
    for run in runs:
        text += line[position:run.start] + "".join(p.text if p.kind != "slot" else " " for p in run.pieces
                                                   if p.kind != "gap")
        position = run.end
    return text + line[position:end]


def merge_pieces(pieces: list[Piece]) -> list[Piece]:
    """Adjacent pieces of the same kind as one; runs of spaces as one."""
    merged: list[Piece] = []
    for piece in pieces:
        if merged and merged[-1].kind == piece.kind and piece.kind in ("text", "gap"):
            text = merged[-1].text + piece.text
            if piece.kind == "text":
                text = re.sub(r" {2,}", " ", text)
            merged[-1] = Piece(piece.kind, text)
        else:
            merged.append(piece)
    return merged
