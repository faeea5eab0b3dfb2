"""A turn of a record's text, as BlockElements writes it: its sp, the speaker's label as written (a doubled title
surplus, a Markdown export's emphasis markup), a stage direction opening its words, the words a paragraph."""

from __future__ import annotations

import re

from lxml import etree

from ..tei import E, sub
from . import Conversion
from .body_blocks import BodyBlock
from .inline import InlineParser, Run
from .labels import EMPHASIS, Label
from .stages import LEADING_STAGE, stages

# The titles a label opens with, perhaps doubled ('Cde. Cde. Testov:', 'т. т. Тестов:').
_LEADING_TITLES = re.compile(r"(\W*\s*)((?:(?:Cdes?\.|Comrades?|[Тт]ов\.|т\.\s?т\.|т\.)\s*)+)")


class TurnBlocks:
    """The turn-making part of BlockElements, which gives it the conversion, the inline parser and the
    builder of source pointers (_pointer)."""

    conv: Conversion
    inline: InlineParser
    _turns_in: etree._Element | None      # the division the last turn was written in

    def _turn(self, div: etree._Element, block: BodyBlock) -> etree._Element:
        label = block.label
        sp = sub(div, "sp", None, {"source": self._pointer(block.start, block.end)})
        self._turns_in = div
        if label.to:
            sp.set("toWhom", label.to)  # a name for now; the persons transform makes it a pointer
        run = block.run
        if indent := label.label.start:    # the spaces a capture indents the label with, before the speaker
            self.inline.parse(run.part(0, indent), sp)
        speaker = sub(sp, "speaker")
        self._speaker(speaker, run.part(indent, label.label.end), label)
        rest_start = label.rest.start
        if rest_start < len(run.text):
            rest = run.part(rest_start)
            if stage := LEADING_STAGE.match(rest.text):
                whole = not rest.text[stage.end():].strip()      # the turn is what he did: the room's business
                element = sub(sp, "stage", None, {"type": "business" if whole else "delivery"})
                self.inline.parse(rest.part(0, len(stage.group().rstrip())), element)
                rest = rest.part(stage.end())
            if rest.text.strip():
                p = sub(sp, "p")
                self.inline.parse(rest, p)
                stages(p, True)
        return sp

    def _speaker(self, speaker: etree._Element, run: Run, label: Label) -> None:
        """The label as written; a doubled title ('Cde. Cde.') marks its second title as surplus; a
        Markdown export's bold or italics ('**Mikoyan:**', '*Mikoyan*:') is markup around it."""
        if emphasis := EMPHASIS.match(run.text):
            opened, close, size = emphasis.start("inner"), emphasis.end("inner"), len(emphasis.group("mark"))
            self.conv.consume(run.source(0), run.source(opened - 1) + 1, "md-emphasis")
            self.conv.consume(run.source(close), run.source(close + size - 1) + 1, "md-emphasis")
            self.inline.parse(run.part(opened, close), speaker)
            self.inline.parse(run.part(close + size), speaker)    # a colon after the marks
            return
        titles = _LEADING_TITLES.match(run.text) if label.titles > 1 else None
        words = re.findall(r"\S+\s*", titles.group(2)) if titles else []
        if len(words) > 1:      # (titles run together, 'Cde.Cde.', are one word: the label as written)
            first = len(titles.group(1)) + len(words[0])
            second = first + len(words[1].rstrip())
            self.inline.parse(run.part(0, first), speaker)
            speaker.append(E.surplus({"reason": "repeated"}, run.text[first:second]))
            self.inline.parse(run.part(second), speaker)
            return
        self.inline.parse(run, speaker)
