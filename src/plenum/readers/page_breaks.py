"""Page breaks of a record's text: page markers ('-2-', 'Original Scan'), folio stamps and classification
marks, each a paragraph of its own that becomes a pb or fw standing between the paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..tei import E
from . import Conversion
from .inline import InlineParser, lines_run
from .spans import Span

_CLASS_WORD = (r"(?:Top\s+Secret|Secret|Confidential|Priority|Urgent|Immediate|Сов\.\s*секретно|"
               r"Совершенно\s+секретно|Секретно|Вне\s+очереди|Срочно)")
CLASSIFICATION = re.compile(rf"{_CLASS_WORD}(?:[\s,.]+{_CLASS_WORD})*\.?", re.I)
PAGE = re.compile(r"\s*[-–]\s*(\d{1,3})\s*[-–.]\s*")
SCAN = "Original Scan"
FOLIO = re.compile(r"\d{1,3}(?:[\s+<].{0,40})?", re.S)
PAGE_NUMBER = re.compile(r"\d{1,2}\.")


@dataclass
class Unit:
    """A source paragraph, or a page element (pb, fw) that stands between paragraphs."""

    span: Span
    elements: list[etree._Element] = field(default_factory=list)

    @property
    def is_page(self) -> bool:
        return bool(self.elements)



def page_units(conv: Conversion, inline: InlineParser, spans: list[Span], original: bool) -> list[Unit]:
    """A text's paragraphs as units; page markers, folio stamps and classification marks as page units."""
    units: list[Unit] = []
    after_page = original  # a folio stamp is expected at the top of an original's page
    for span in spans:
        text = span.text.strip()
        if text == SCAN:
            conv.consume(span.start, span.end, "scan-label")
            units.append(Unit(span, [E.pb({"type": "scan"})]))
            after_page = True
        elif page := PAGE.fullmatch(text):
            units.append(Unit(span, [E.pb({"n": page.group(1)}), _fw(conv, inline, span, "pageNum")]))
            after_page = True
        elif after_page and (FOLIO.fullmatch(text) or (PAGE_NUMBER.fullmatch(text) and units)):
            kind = "folio" if FOLIO.fullmatch(text) and not PAGE_NUMBER.fullmatch(text) else "pageNum"
            units.append(Unit(span, [_fw(conv, inline, span, kind)]))
        elif CLASSIFICATION.fullmatch(text):
            units.append(Unit(span, [_fw(conv, inline, span, "classification")]))
        else:
            units.append(Unit(span))
            after_page = False
    return units


def _fw(conv: Conversion, inline: InlineParser, span: Span, kind: str) -> etree._Element:
    fw = E.fw({"type": kind, "source": conv.source.pointer_for(span.start, span.end)})
    inline.parse(lines_run(conv, span), fw, mode="forme")
    return fw
