"""The edition's conventions table (xslt/lib/conventions.xsl), as Python reads it: each TEI element's
class (how the source view, the serialiser and the transforms treat it) and each editorial sign's
review kind. The XSLT reads the same rows; see the table's own header for what each column means."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lxml import etree

from .errors import PlenumError
from .paths import XSLT, resource
from .xpaths import without_predicates

TABLE = "lib/conventions.xsl"
_PL = "https://plenum.invalid/ns"
_TEI = "http://www.tei-c.org/ns/1.0"


@dataclass(frozen=True)
class Sign:
    """A review kind: the TEI element it is, the condition it meets, what the review says of it."""

    key: str
    element: str
    fitting: etree.XPath | None      # of the elements given as $nodes, those that meet the condition
    review: str
    bracketed: bool
    joins: bool
    uncertain: bool

    def fits(self, elements: list[etree._Element]) -> list[etree._Element]:
        """Those of `elements` (whose name is this sign's) that are of this kind, in one evaluation."""
        return elements if self.fitting is None else self.fitting(elements[0], nodes=elements)


@dataclass(frozen=True)
class Table:
    """The rows of the table: element name -> its columns; the review kinds in the table's order."""

    elements: dict[str, dict[str, str]]
    signs: tuple[Sign, ...]

    def names(self, column: str, value: str) -> frozenset[str]:
        """The elements whose `column` has `value` (e.g. flow inline)."""
        return frozenset(name for name, row in self.elements.items() if row.get(column) == value)


@functools.cache
def table() -> Table:
    """The conventions table, read once per process; a clear error when it is broken."""
    path = resource(XSLT, TABLE)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as error:
        raise PlenumError(f"{path}: the conventions table is not well-formed XML ({error})") from None
    elements = {row.get("name"): dict(row.attrib) for row in root.iter(f"{{{_PL}}}element")}
    signs = tuple(_sign(row, path) for row in root.iter(f"{{{_PL}}}sign") if row.get("review"))
    return Table(elements, signs)


# What a sign's condition may not ask outside a predicate (a predicate's are its own steps'): where an
# element stands among those judged with it.
_CONTEXT_BOUND = re.compile(r"\b(?:position|last)\s*\(")


def _sign(row: etree._Element, path) -> Sign:
    """A review kind from its row; its condition compiled as XPath 1.0 over TEI, as a filter of the
    elements given (so it may not ask for position() or last(): each element is judged alone)."""
    match = row.get("match")
    if match and _CONTEXT_BOUND.search(without_predicates(match)):
        raise PlenumError(f"{path}: sign {row.get('key')}: its match asks for position() or last(), which "
                          f"the review cannot answer (it judges an element alone)")
    try:
        fitting = etree.XPath(f"$nodes[boolean({match})]", namespaces={"tei": _TEI}) if match else None
    except etree.XPathSyntaxError as error:
        raise PlenumError(f"{path}: sign {row.get('key')}: its match is not XPath 1.0 ({error})") from None
    return Sign(row.get("key"), row.get("element"), fitting, row.get("review"),
                row.get("bracketed") == "yes", row.get("joins") == "yes", row.get("uncertain") == "yes")


def names(column: str, value: str) -> frozenset[str]:
    """The TEI elements whose `column` in the table has `value`."""
    return table().names(column, value)


@functools.cache
def _signs_of(name: str) -> tuple[Sign, ...]:
    """The review kinds an element called `name` may be, in table order."""
    return tuple(sign for sign in table().signs if sign.element == name)


@functools.cache
def review_kinds() -> dict[str, Sign]:
    """Every review kind, in the table's (and the review's) order (made once: the review looks a
    kind up for every intervention)."""
    return {sign.key: sign for sign in table().signs}


def kinds_of(elements: list[etree._Element]) -> dict[etree._Element, Sign]:
    """The review kind of each of `elements` that has one: the first sign of its name (its local name)
    that fits. Each sign's condition is evaluated once over all the elements of its name still
    unclaimed, not once per element (a document has hundreds)."""
    by_name: dict[str, list[etree._Element]] = {}
    for element in elements:
        by_name.setdefault(element.tag.rpartition("}")[2], []).append(element)
    found: dict[etree._Element, Sign] = {}
    for name, unclaimed in by_name.items():
        for sign in _signs_of(name):
            fitting = sign.fits(unclaimed)
            found.update(dict.fromkeys(fitting, sign))
            if len(fitting) == len(unclaimed):
                break
            claimed = set(fitting)
            unclaimed = [element for element in unclaimed if element not in claimed]
    return found
