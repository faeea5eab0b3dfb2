"""What the Navigation and Document endpoints answer for a resource: the units a query asks for (`ref`,
`start`/`end`, `down`, `tree`, as the DTS 1.0 table of combinations says) and the passage they name."""

from __future__ import annotations

from lxml import etree

from . import passages
from .catalog import Resource
from .citations import CitableUnit, Tree


class DtsError(Exception):
    """A request the API answers with an HTTP error: its status and a message saying what to ask instead."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def navigate(resource: Resource, ref: str | None, start: str | None, end: str | None, tree: str | None,
             down: int | None) -> dict:
    """The `ref`, `start`, `end` and `member` of a Navigation response."""
    _check_combination(ref, start, end)
    if not resource.trees:
        return {"member": []}
    found = _tree(resource, tree)
    if down is not None and down < -1:
        raise DtsError(400, f"down={down}: down is -1 (the whole depth), 0 (the siblings of ref) or more")
    if down is None:
        if ref:
            return {"ref": _unit(resource, found, ref).json()}
        if start:
            return {"start": _unit(resource, found, start).json(), "end": _unit(resource, found, end).json()}
        raise DtsError(400, "give ref, start and end, or down (down=1: the top of the tree, -1: all of it)")
    if down == 0:
        if not ref:
            raise DtsError(400, "down=0 asks for the siblings of a unit: give ref (not start and end)")
        unit = _unit(resource, found, ref)
        return {"ref": unit.json(), "member": [u.json() for u in found.units if u.parent == unit.parent]}
    if ref:
        unit = _unit(resource, found, ref)
        members = [unit] + _below(found, unit, down)
        return {"ref": unit.json(), "member": [u.json() for u in members]}
    if start:
        first, last = _range(resource, found, start, end)
        deepest = max(first.level, last.level)
        lowest = min(first.level, last.level)
        units = found.units[found.units.index(first):_after(found, last)]
        members = [u for u in units if lowest <= u.level and (down == -1 or u.level <= deepest + down)]
        return {"start": first.json(), "end": last.json(), "member": [u.json() for u in members]}
    return {"member": [u.json() for u in found.units if down == -1 or u.level <= down]}


def passage(resource: Resource, ref: str | None, start: str | None, end: str | None,
            tree: str | None) -> etree._Element:
    """The passage `ref` (or `start` to `end`) of `resource`, in <TEI><dts:wrapper>."""
    _check_combination(ref, start, end)
    found = _tree(resource, tree)
    if not resource.trees:
        raise DtsError(404, f"{resource.identifier} declares no citation tree: ask for the whole document")
    if ref:
        unit = _unit(resource, found, ref)
        first = last = unit
    else:
        first, last = _range(resource, found, start, end)
    first_element = resource.element(first.position)
    bound = _text_of(first_element)
    if not any(a is bound for a in resource.element(last.position).iterancestors()):
        bound = resource.root
    if last.milestone:
        stop = _next_milestone(resource, found, last, bound)
        return passages.wrapped(passages.span(first_element, None, stop, bound))
    last_element = resource.element(last.position)
    if first is last:
        return passages.wrapped(passages.unit(first_element))
    return passages.wrapped(passages.span(first_element, last_element, None, resource.root))


def _check_combination(ref: str | None, start: str | None, end: str | None) -> None:
    """400 for what the specification forbids: ref with start or end, start without end or end without start."""
    if ref and (start or end):
        raise DtsError(400, "give either ref or start and end, not both")
    if bool(start) != bool(end):
        raise DtsError(400, "a range needs both start and end (both included)")


def _tree(resource: Resource, identifier: str | None) -> Tree:
    """The tree a request names (the default one without `tree`); 404 for a tree the resource lacks."""
    found = resource.tree(identifier)
    if found is None and resource.trees:
        names = ", ".join(repr(t.identifier) for t in resource.trees if t.identifier) or "none besides the default"
        raise DtsError(404, f"tree={identifier!r}: {resource.identifier} has no such citation tree "
                       f"(its other trees: {names})")
    return found


def _unit(resource: Resource, tree: Tree, ref: str) -> CitableUnit:
    """The unit `ref` of `tree`; 404 naming where the references are listed."""
    unit = tree.by_ref.get(ref)
    if unit is None:
        where = f"&tree={tree.identifier}" if tree.identifier else ""
        raise DtsError(404, f"{ref!r}: no such reference in the {tree.identifier or 'default'} citation tree of "
                       f"{resource.identifier}; /api/dts/navigation/?resource={resource.identifier}&down=-1"
                       f"{where} lists them")
    return unit


def _range(resource: Resource, tree: Tree, start: str, end: str) -> tuple[CitableUnit, CitableUnit]:
    """The units `start` and `end`; 400 when end comes before start."""
    first, last = _unit(resource, tree, start), _unit(resource, tree, end)
    if tree.units.index(last) < tree.units.index(first):
        raise DtsError(400, f"end={end!r} comes before start={start!r} in the document: swap them")
    return first, last


def _below(tree: Tree, unit: CitableUnit, down: int) -> list[CitableUnit]:
    """The units under `unit`, at most `down` levels deeper (-1: all)."""
    return [u for u in tree.units[tree.units.index(unit) + 1:_after(tree, unit)]
            if down == -1 or u.level <= unit.level + down]


def _after(tree: Tree, unit: CitableUnit) -> int:
    """The index in `tree.units` just past `unit` and its descendants."""
    index = tree.units.index(unit) + 1
    while index < len(tree.units) and tree.units[index].level > unit.level:
        index += 1
    return index


def _text_of(element: etree._Element) -> etree._Element:
    """The innermost <text> holding `element` (a part, or the document's text)."""
    for ancestor in element.iterancestors():
        if etree.QName(ancestor).localname == "text":
            return ancestor
    return element.getroottree().getroot()


def _next_milestone(resource: Resource, tree: Tree, unit: CitableUnit, bound: etree._Element) -> etree._Element | None:
    """The element of the unit after `unit` in its tree, when it lies within `bound` (else None: to its end)."""
    index = tree.units.index(unit) + 1
    if index == len(tree.units):
        return None
    following = resource.element(tree.units[index].position)
    return following if any(a is bound for a in following.iterancestors()) else None
