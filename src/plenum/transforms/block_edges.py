"""Spaces at a block's ends: a source line's leading or trailing spaces ('Document No. 318 (General)   ', a
Markdown list line '  1. I have just met …') are layout, no text; they are left out of the block, as the
whitespace between elements is the layout of the TEI (the nothing-lost check reads every run of them as one
space, none at a block's ends)."""

from __future__ import annotations

from lxml import etree

from ..readers import Conversion, Document
from ..tei import STRUCTURAL, local
from . import Transform


class TrimBlockEdges(Transform):
    """Strip the whitespace at the start and end of every block of the text that holds text (a paragraph,
    a heading, forme work, a dateline, a speaker, an item: an element directly under a structural one)."""

    name = "block-edges"
    priority = 10

    def apply(self, document: Document, conv: Conversion) -> None:
        for text in document.root.iter("{*}text"):
            for element in text.iter(etree.Element):
                if local(element) not in STRUCTURAL and _under_structure(element):
                    part = element.get("part")        # (a part of a paragraph a page cut keeps its space at the cut)
                    if part not in ("M", "F"):
                        _trim_start(element)
                    if part not in ("I", "M"):
                        _trim_end(element)


def _under_structure(element: etree._Element) -> bool:
    """True when the element's parent is structural (a div, an sp, an opener, a list): the element is a block."""
    parent = element.getparent()
    return parent is not None and local(parent) in STRUCTURAL


def _trim_start(element: etree._Element) -> bool:
    """Strip the whitespace before the element's first character, inside its first inline elements too
    ('<date> 9:30 am …'); True once a character is reached. A milestone first ('<lb/>') stops it."""
    if element.text and element.text.strip():
        element.text = element.text.lstrip()
        return True
    if element.text:
        element.text = None
    if not len(element):
        return False
    if isinstance(element[0].tag, str):
        _trim_start(element[0])     # (an empty element first, a break or a gap: what follows it stays as it is)
    return True


def _trim_end(element: etree._Element) -> bool:
    """Strip the whitespace after the element's last character, inside its last inline elements too
    ('… April 24th 1962 </date>'); True once a character is reached. A milestone last stops it."""
    children = list(element)
    if not children:
        if element.text and element.text.strip():
            element.text = element.text.rstrip()
            return True
        if element.text:
            element.text = None
        return False
    last = children[-1]
    if last.tail and last.tail.strip():
        last.tail = last.tail.rstrip()
        return True
    if last.tail:
        last.tail = None
    if isinstance(last.tag, str):
        _trim_end(last)
    return True
