"""Text nodes of a TEI tree: finding them and wrapping matches inside them in new elements."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from .tei import local

# Where names and regularisations are never looked for: labels, alternatives, forme work, gaps.
SKIP = frozenset({"speaker", "persName", "choice", "orig", "reg", "sic", "corr", "fw", "gap", "desc",
                  "date", "placeName", "label", "idno", "ref", "pb", "lb", "metamark"})


def text_nodes(element: etree._Element, skip: frozenset[str] = SKIP) -> Iterator[tuple[etree._Element, bool]]:
    """(node, is_tail) for every text node under `element` outside skipped elements, in document order.

    `is_tail` False means node.text, True means node.tail (whose parent is outside the node).
    """
    if local(element) in skip:
        return
    yield element, False
    for child in element:
        if isinstance(child.tag, str):
            yield from text_nodes(child, skip)
        yield child, True


def wrap(node: etree._Element, is_tail: bool, pattern: re.Pattern[str],
         make: Callable[[re.Match[str]], etree._Element | None], group: int | str = 0) -> int:
    """Wrap each match of `pattern` (or its `group`) in one text node in the element `make` returns.

    `make` may return None to leave a match as text. Returns the number of elements made.
    """
    text = node.tail if is_tail else node.text
    if not text:
        return 0
    pieces: list[str | etree._Element] = []
    position = 0
    for match in pattern.finditer(text):
        element = make(match)
        if element is None:
            continue
        pieces += [text[position:match.start(group)], element]
        position = match.end(group)
    if not pieces:
        return 0
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
            if anchor is None and isinstance(piece, str):
                node.text += piece
            elif anchor is None:
                node.insert(0, piece)
                anchor = piece
            else:
                anchor = _place_after(anchor, piece)
    return sum(1 for piece in pieces if not isinstance(piece, str))


def _place_after(anchor: etree._Element, piece: str | etree._Element) -> etree._Element:
    """Put a string into anchor's tail, or an element right after anchor; return the new anchor."""
    if isinstance(piece, str):
        anchor.tail = (anchor.tail or "") + piece
        return anchor
    piece.tail = None
    anchor.addnext(piece)
    return piece
