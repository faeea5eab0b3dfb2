"""A dossier block's `Run` in the making, as DossierInline builds it: text pieces with their source offsets and a BREAK
for each element the dossier makes itself (a printed page's pb before the running head above it); a run written as it is."""

from __future__ import annotations

from lxml import etree

from ..tei import append_text, q
from .inline import BREAK, Run


def printed_page_break(element: etree._Element, number: str) -> None:
    """A pb for the printed page `number`, before the running head just written above it, if any."""
    pb = etree.Element(q("pb"), {"n": number})
    if len(element) and _is_head(element[-1]) and not (element[-1].tail or "").strip():
        element[-1].addprevious(pb)
    else:
        element.append(pb)


def _is_head(element: etree._Element) -> bool:
    return element.tag == q("fw") and element.get("type") == "header"


class Pieces:
    """A `Run` in the making: text pieces with their source offsets, a BREAK standing for each element."""

    def __init__(self) -> None:
        self.run, self.texts, self.length = Run(), [], 0

    def text(self, text: str, source: int) -> None:
        if text:
            self.run.starts.append(self.length)
            self.run.sources.append(source)
            self.texts.append(text)
            self.length += len(text)

    def elements(self, *elements: etree._Element) -> None:
        self.text(BREAK, -1)
        self.run.breaks.append(list(elements))

    def furniture(self, *elements: etree._Element) -> None:
        """A furniture line's elements; a page's pb goes before the running head just above it."""
        last = self.run.breaks[-1] if self.texts and self.texts[-1] == BREAK else []
        if elements and elements[0].tag == q("pb") and last and _is_head(last[-1]):
            last.insert(len(last) - 1, elements[0])
            elements = elements[1:]
        self.elements(*elements)

    def done(self) -> Run:
        self.run.text = "".join(self.texts)
        return self.run


def emit_plain(element: etree._Element, run: Run) -> None:
    """A run's text and elements as they are, its brackets left as text."""
    for index, part in enumerate(run.text.split(BREAK)):
        if index:
            element.extend(run.breaks[index - 1])
        append_text(element, part)
