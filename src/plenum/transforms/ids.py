"""Stable identifiers for everything a reader may want to cite: turns, paragraphs, notes, pages."""

from __future__ import annotations

from collections import Counter

from lxml import etree

from ..readers import Conversion, Document
from ..tei import XML_ID, local
from . import Transform

# Element -> the letters of its identifier: {document id}-{letters}{number}, e.g. wda121800-sp12.
KINDS = {"sp": "sp", "p": "p", "ab": "ab", "note": "n", "pb": "pb", "div": "div", "stage": "st",
         "head": "h", "list": "list", "item": "i", "opener": "op", "closer": "cl", "text": "t", "quote": "q",
         "postscript": "ps", "table": "tab"}
# The citable elements of any namespace, as lxml's iter() matches them in C: {*}sp, {*}p, ...
CITABLE = tuple(f"{{*}}{name}" for name in KINDS)
# Every xml:id of a document, as plain strings (lxml's smart strings, which know their element, cost more).
TAKEN = etree.XPath("//@xml:id", smart_strings=False)


class AssignIds(Transform):
    """Give each citable element of the text an xml:id; existing ids are kept."""

    name = "ids"
    priority = 100

    def apply(self, document: Document, conv: Conversion) -> None:
        assign_ids(document.root, document.root.get(XML_ID) or document.name)


def assign_ids(root: etree._Element, prefix: str) -> None:
    """Give each citable element of the text without an xml:id the next free one of its kind (a transform that
    makes a citable element after this one calls it again)."""
    taken = set(TAKEN(root))
    counts: Counter[str] = Counter()
    text = root.find("{*}text")
    if text is None:
        return
    kinds: dict[str, str] = {}   # tag -> letters, worked out once per tag
    for element in text.iter(*CITABLE):
        tag = element.tag
        if tag not in kinds:
            kinds[tag] = KINDS[local(element)]
        kind = kinds[tag]
        counts[kind] += 1
        if element.get(XML_ID):
            continue
        candidate = f"{prefix}-{kind}{counts[kind]}"
        while candidate in taken:
            counts[kind] += 1
            candidate = f"{prefix}-{kind}{counts[kind]}"
        element.set(XML_ID, candidate)
        taken.add(candidate)
