"""A decoded font run as TEI: ``choice`` with the printed characters in ``orig`` and the reading in ``reg``.

The reading's guessed punctuation is ``unclear`` (with its certainty), what cannot be recovered ``gap``;
square brackets the run holds whole (``[were]``, ``[M. Suslov]``) are read by the member's bracket
grammar, as in plain text. The reading is not source text, so the grammar consumes nothing there: the
printed brackets stay in ``orig``.
"""

from __future__ import annotations

from lxml import etree

from ..tei import append, append_text, q, sub
from .font_runs import FontRun, Piece
from .inline import BREAK, InlineParser, Run


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
