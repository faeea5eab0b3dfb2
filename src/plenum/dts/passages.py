"""Passages of a document for the DTS Document endpoint: a unit, a range of units, or a page (the text
between two page breaks), each inside `<TEI><dts:wrapper>` as the specification asks.

A unit is its element, copied. A range, or a page, is the part of the smallest element holding it that
lies between its ends: elements it crosses are kept, clipped, so the passage stays well-formed TEI.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from ..tei import TEI_NS

DTS_NS = "https://w3id.org/api/dts#"


@dataclass
class _Clip:
    """Where a clipped copy stands: inside the passage or not, and whether it has ended."""

    first: etree._Element
    last: etree._Element | None     # the passage ends after this element ...
    stop: etree._Element | None     # ... or before this one (the next page break)
    inside: bool = False
    done: bool = False


def wrapped(*content: etree._Element) -> etree._Element:
    """`<TEI>` holding `<dts:wrapper>` holding the passage."""
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS, "dts": DTS_NS})
    wrapper = etree.SubElement(root, f"{{{DTS_NS}}}wrapper")
    for element in content:
        wrapper.append(element)
    return root


def unit(element: etree._Element) -> etree._Element:
    """One unit: its element, without what follows it."""
    passage = copy.deepcopy(element)
    passage.tail = None
    return passage


def span(first: etree._Element, last: etree._Element | None, stop: etree._Element | None,
         bound: etree._Element) -> etree._Element:
    """What lies from the start of `first` to the end of `last` (or up to `stop`, or the end of `bound`),
    as a clipped copy of the smallest element holding both ends (within `bound`)."""
    end = last if last is not None else stop
    holder = _common_ancestor([first, end], bound) if end is not None else bound
    if holder is first and last is first:
        return unit(first)
    clipped = _clip(holder, _Clip(first, last, stop))
    clipped.tail = None
    return clipped


def _common_ancestor(elements: list[etree._Element], bound: etree._Element) -> etree._Element:
    """The deepest element holding all `elements` (an element holds itself), never above `bound`."""
    chains = [[element, *element.iterancestors()] for element in elements]
    common = set(chains[0]).intersection(*map(set, chains[1:]))
    for candidate in chains[0]:
        if candidate in common:
            return candidate
        if candidate is bound:
            break
    return bound


def _clip(element: etree._Element, state: _Clip) -> etree._Element | None:
    """A copy of `element` keeping only what lies inside the passage; None when nothing of it does."""
    if element is state.stop:
        state.inside, state.done = False, True
        return None
    if element is state.first:
        state.inside = True
    entered_inside = state.inside
    copied = etree.Element(element.tag, element.attrib, nsmap=element.nsmap)
    copied.text = element.text if state.inside else None
    kept = False
    for child in element:
        if state.done:
            break
        part = _clip(child, state) if isinstance(child.tag, str) else (copy.copy(child) if state.inside else None)
        if part is not None:
            part.tail = None
            copied.append(part)
            kept = True
        if state.inside and child.tail:
            _append_text(copied, child.tail)
    if element is state.last:
        state.inside, state.done = False, True
    return copied if entered_inside or kept else None


def _append_text(parent: etree._Element, text: str) -> None:
    """Add text after the last child of `parent` (or as its text when it has none)."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text
