"""Names a line end splits between a run decoded from a shifted font and the text beside it.

'… regularly prompt Kim' ends a decoded run (choice/reg) and 'Il Sung to quickly …' opens the next
line in plain text: no one element can hold the name without holding the rest of the run's original
glyphs, so the name becomes two persName parts with the same @ref, chained by @next and @prev
(their xml:id '{document}-pn{n}'), and the longer form wins over the shorter one a part holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lxml import etree

from ..tei import E, XML_ID, q
from ..textnodes import wrap_spans

REG, CHOICE = q("reg"), q("choice")
Find = Callable[[str], list[tuple[int, int, dict[str, str]]]]


def split_names(part: etree._Element, find: Find, root: etree._Element) -> None:
    """Tag each name a line end splits at the edge of a decoded run in `part` as two chained parts."""
    ids = _new_ids(root)
    for lb in list(part.iter(q("lb"))):
        if lb.get("break") == "no":
            continue
        sides = _sides(lb)
        if sides is None:
            continue
        (left_node, left_tail), (right_node, right_tail) = sides
        before = (left_node.tail if left_tail else left_node.text) or ""
        after = (right_node.tail if right_tail else right_node.text) or ""
        left, right = before.rstrip(), after.lstrip()
        joint = len(left)
        for start, end, attributes in find(f"{left} {right}"):
            if start < joint < end - 1:
                first, second = next(ids), next(ids)
                skip = len(after) - len(right)
                wrap_spans(right_node, right_tail, [(skip, skip + end - joint - 1, E.persName(
                    {**attributes, XML_ID: second, "prev": "#" + first}, right[:end - joint - 1]))])
                wrap_spans(left_node, left_tail, [(start, joint, E.persName(
                    {**attributes, XML_ID: first, "next": "#" + second}, left[start:]))])
                break


def _sides(lb: etree._Element) -> tuple[tuple[etree._Element, bool], tuple[etree._Element, bool]] | None:
    """The text nodes on either side of a line end when one of them is the edge of a decoded run:
    ((node, is_tail) before, (node, is_tail) after), or None."""
    previous, following = lb.getprevious(), lb.getnext()
    if _decoded(previous) is not None and not (previous.tail or "").strip() and (lb.tail or "").strip():
        reg = _decoded(previous)
        last = (reg[-1], True) if len(reg) else (reg, False)
        return last, (lb, True)
    if _decoded(following) is not None and not (lb.tail or "").strip() and following.find(REG).text:
        before = (previous, True) if previous is not None else (lb.getparent(), False)
        return before, (_decoded(following), False)
    return None


def _decoded(element: etree._Element | None) -> etree._Element | None:
    """The reg of a choice holding a run decoded from a shifted font, or None."""
    if element is None or element.tag != CHOICE:
        return None
    reg = element.find(REG)
    return reg if reg is not None and reg.get("type") == "font-decoded" else None


def _new_ids(root: etree._Element) -> Iterator[str]:
    """Fresh xml:ids for name parts, '{document}-pn{n}', none the document already has."""
    taken = set(root.xpath("//@xml:id"))
    prefix, number = root.get(XML_ID) or "doc", 0
    while True:
        number += 1
        if f"{prefix}-pn{number}" not in taken:
            yield f"{prefix}-pn{number}"
