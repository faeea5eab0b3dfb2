"""The logical paragraph the readers classify and build: source paragraphs joined across breaks, with its kind
and label (block_kinds.classify sets them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

from .ends import Ends
from .inline import BREAK, Run
from .labels import Label
from .spans import Span


class TextBlock(Protocol):
    """What the turns are read from: a block of a record's text (a BodyBlock), its kind so far."""

    kind: str

    @property
    def text(self) -> str: ...

    @property
    def run(self) -> Run: ...


@dataclass
class BodyBlock:
    """A logical paragraph: one or more source paragraphs joined, with breaks between them.

    While paragraphs are being joined, `joins` holds each further one with the break before it;
    `merge` then makes `run` the run of them all, once.
    """

    run: Run
    spans: list[Span]
    kind: str = "p"
    label: Label | None = None
    ends: Ends | None = None
    joins: list[tuple[list[etree._Element], Run]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)   # its lines' kinds (kinds 'closer-lines', 'opener-lines')
    attached: str = ""     # where an attachment begins: ANNOUNCED (the line saying so) or ENCLOSED_KIND
    classified: bool = False   # a classification line stands right below it (letterheads.mark_classified)

    def merge(self) -> None:
        """Make `run` the run of the block's paragraphs and breaks (each piece copied once)."""
        if not self.joins:
            return
        texts, run = [self.run.text], Run("", list(self.run.starts), list(self.run.sources), list(self.run.breaks))
        length = len(self.run.text)
        for elements, part in self.joins:
            run.breaks.append(elements)
            run.starts.append(length)
            run.sources.append(-1)
            length += 1
            run.starts += [start + length for start in part.starts]
            run.sources += part.sources
            run.breaks += part.breaks
            texts += [BREAK, part.text]
            length += len(part.text)
        run.text = "".join(texts)
        self.run, self.joins = run, []

    @property
    def text(self) -> str:
        return self.run.text.replace(BREAK, " ")

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end
