"""Text nodes of a TEI tree: finding them, wrapping matches inside them in new elements, and setting
comments and processing instructions (editors' asides, never text) aside."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable

from lxml import etree

from . import conventions
from .tei import q

# Where names and regularisations are never looked for (the conventions table's find="no"): labels,
# alternatives, forme work, gaps.
SKIP = conventions.names("find", "no")


def text_nodes(element: etree._Element, skip: frozenset[str] = SKIP) -> list[tuple[etree._Element, bool]]:
    """(node, is_tail) for every non-empty text node under `element` outside skipped elements,
    in document order. `is_tail` False means node.text, True means node.tail.

    lxml's iterwalk does the walk in C (a skipped element's subtree is passed over whole): a
    recursive walk in Python cost twice as much, and transforms read the text nodes many times."""
    skipped = _clark(skip)
    if element.tag in skipped:
        return []
    found: list[tuple[etree._Element, bool]] = []
    add = found.append
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            tag = node.tag
            if tag in skipped:
                walker.skip_subtree()
            elif node.text and isinstance(tag, str):   # a comment's or instruction's text is no text
                add((node, False))
        elif node.tail and node is not element:
            add((node, True))
    return found


def text_nodes_holding(element: etree._Element, marks: tuple[str, ...],
                       skip: frozenset[str] = SKIP) -> list[tuple[etree._Element, bool]]:
    """The text nodes of `text_nodes` that hold one of `marks`: libxml2 picks them out (XPath
    contains()), and only those are checked for a skipped element around them, not every node walked;
    only the marks the element's whole text holds are looked for (each costs a pass over its nodes),
    none when it holds none (most documents, for most marks)."""
    whole = etree.tostring(element, method="text", encoding=str, with_tail=False)
    marks = tuple(mark for mark in marks if mark in whole)
    if not marks:
        return []
    skipped = _clark(skip)
    texts = _holding(marks)(element)
    found = []
    for text in texts:
        node = text.getparent()
        walked = node.getparent() if text.is_tail else node   # the element whose children the walk reads
        ancestor = walked
        while ancestor is not None and ancestor.tag not in skipped and ancestor is not element:
            ancestor = ancestor.getparent()
        if ancestor is element and element.tag not in skipped:
            found.append((node, text.is_tail))
    if len({(text.getparent(), text.is_tail) for text in texts}) < len(texts):   # a text in pieces: read it whole
        return [(node, is_tail) for node, is_tail in text_nodes(element, skip)
                if any(mark in (node.tail if is_tail else node.text) for mark in marks)]
    return found


@functools.lru_cache(maxsize=None)
def _holding(marks: tuple[str, ...]) -> etree.XPath:
    """The descendant text nodes holding one of the marks, in document order."""
    names = [f"m{index}" for index in range(len(marks))]
    test = " or ".join(f"contains(., ${name})" for name in names)
    return functools.partial(etree.XPath(f"descendant::text()[{test}]"), **dict(zip(names, marks)))


@functools.lru_cache(maxsize=None)
def _clark(skip: frozenset[str]) -> frozenset[str]:
    """The Clark names of the skipped TEI elements."""
    return frozenset(q(name) for name in skip)


def wrap(node: etree._Element, is_tail: bool, pattern: re.Pattern[str],
         make: Callable[[re.Match[str]], etree._Element | None], group: int | str = 0) -> int:
    """Wrap each match of `pattern` (or its `group`) in one text node in the element `make` returns.

    `make` may return None to leave a match as text. Returns the number of elements made.
    """
    text = node.tail if is_tail else node.text
    if not text:
        return 0
    spans = []
    for match in pattern.finditer(text):
        element = make(match)
        if element is not None:
            spans.append((match.start(group), match.end(group), element))
    return wrap_spans(node, is_tail, spans)


def wrap_spans(node: etree._Element, is_tail: bool, spans: list[tuple[int, int, etree._Element]]) -> int:
    """Replace the (start, end) spans of one text node by their elements (spans in order, disjoint)."""
    if not spans:
        return 0
    text = node.tail if is_tail else node.text
    pieces: list[str | etree._Element] = []
    position = 0
    for start, end, element in spans:
        pieces += [text[position:start], element]
        position = end
    pieces.append(text[position:])
    if is_tail:
        node.tail = pieces[0]
        anchor = node
        for piece in pieces[1:]:
            anchor = _place_after(anchor, piece)
    else:
        node.text = pieces[0]
        anchor = None
        for piece in pieces[1:]:
            if anchor is None:
                node.insert(0, piece)
                anchor = piece
            else:
                anchor = _place_after(anchor, piece)
    return len(spans)


def _place_after(anchor: etree._Element, piece: str | etree._Element) -> etree._Element:
    """Put a string into anchor's tail, or an element right after anchor; return the new anchor."""
    if isinstance(piece, str):
        anchor.tail = (anchor.tail or "") + piece
        return anchor
    piece.tail = None
    anchor.addnext(piece)
    return piece


def without_asides(element: etree._Element) -> etree._Element:
    """The element without the comments and processing instructions inside it (a copy when it has
    any): editors' asides, which no page, summary or review shows or reads as text."""
    if not element.xpath("boolean(.//comment() | .//processing-instruction())"):
        return element
    element = copy.deepcopy(element)
    etree.strip_elements(element, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return element
