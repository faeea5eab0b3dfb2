"""The source view of a TEI document: which of its text is the source's, piece by piece, in order.

One rule, read by the nothing-lost check (`lossless`), the review's source marks (`sourcemarks`)
and the person attestations (`persons`):

* Only text inside *blocks*, elements whose ``@source`` points to source lines (``src:L…``), is the
  source's; header boilerplate and values derived from the source (an ISO date) are not.
* Editorial alternatives (``reg``, ``corr``, ``expan`` in a ``choice``) are left out unless they carry
  their own ``@source`` (a translator's correction printed in the source); ``orig``, ``sic`` and
  ``abbr`` count. The converter's own additions (``@resp`` pointing at plenum's ``respStmt``) are
  left out with everything inside them.
* ``lb``/``pb``/``cb`` read as a space, or as nothing with ``@break="no"``; ``@rend="hyphen"`` adds
  the hyphen the break replaced. The boundaries of an element that is not inline read as spaces.
* A child whose ``@source`` lies outside its parent's lines (a note placed at its marker, a turn's
  paragraph from further on) is a block of its own, not text of its parent.
* Comments and processing instructions are editors' asides: left out, the text after them kept.
"""

from __future__ import annotations

import functools

from lxml import etree

from . import conventions
from .source import parse_pointer
from .tei import plenum_pointers

# From the conventions table: elements whose boundaries do not separate words (every other element's
# do), breaks, and the editorial alternatives of a choice.
INLINE = conventions.names("flow", "inline")
BREAKS = conventions.names("flow", "break")
EDITORIAL = conventions.names("alternative", "yes")

# The roles of a piece: an element's start (its edge and text), its end (its edge), the text after a
# child, a break's space or nothing, the hyphen a break replaced; and two places without text: an
# editorial alternative the source lacks, a child that is a block of its own.
OPEN, CLOSE, TAIL, BREAK, HYPHEN, LEFT_OUT, DETACHED = (
    "open", "close", "tail", "break", "hyphen", "left-out", "detached")


# A piece of the source view: (text, the element it belongs to (for a tail: the child it follows),
# role). Plain tuples: a document has tens of thousands of pieces.
ViewPiece = tuple[str, etree._Element, str]


def view_pieces(element: etree._Element, plenum: frozenset[str] | None = None) -> list[ViewPiece]:
    """The pieces of an element's source view, in document order; its children that are blocks of
    their own stand as DETACHED pieces. `plenum`: plenum's @resp values (found when not given)."""
    plenum = plenum_pointers(element) if plenum is None else plenum
    span = next(filter(None, map(source_lines, (element, *element.iterancestors()))), None)
    pieces: list[ViewPiece] = []
    _walk(element, span, plenum, pieces)
    return pieces


def view_text(element: etree._Element, plenum: frozenset[str] | None = None) -> str:
    """An element's text as the source has it."""
    return "".join([text for text, _, _ in view_pieces(element, plenum)])


def view_blocks(root: etree._Element) -> list[tuple[etree._Element, list[ViewPiece]]]:
    """Every block of a document with its pieces, in source order: by the first line of its
    ``@source``, then in document order (notes placed at their markers, header fields taken from the
    end of a page, stand where the source has them)."""
    found: list[tuple[int, int, etree._Element, list[ViewPiece]]] = []
    _outside(root, plenum_pointers(root), found)
    found.sort(key=lambda block: (block[0], block[1]))
    return [(block, pieces) for _, _, block, pieces in found]


# The two walks of view_blocks are functions of the module, not closures calling themselves: such a
# closure is a reference cycle that keeps a document's pieces alive until the garbage collector runs.
def _gather(block: etree._Element, span: tuple[int, int], plenum: frozenset[str], found: list) -> None:
    """Add a block and its pieces to `found`, then the blocks detached from it."""
    pieces: list[ViewPiece] = []
    found.append((span[0], len(found), block, pieces))
    _walk(block, span, plenum, pieces)
    for _, element, role in pieces:
        if role == DETACHED:
            _gather(element, source_lines(element), plenum, found)


def _outside(element: etree._Element, plenum: frozenset[str], found: list) -> None:
    """Add the blocks below an element that is not one (the first descendants with @source)."""
    for child in element.iterchildren(etree.Element):
        span = source_lines(child)
        if span:
            _gather(child, span, plenum, found)
        else:
            _outside(child, plenum, found)


def source_lines(element: etree._Element) -> tuple[int, int] | None:
    """The source lines an element's @source points to (None without a src:L… pointer)."""
    pointer = element.get("source")
    return parse_pointer(pointer) if pointer is not None else None


def _walk(element: etree._Element, span: tuple[int, int] | None, plenum: frozenset[str],
          pieces: list[ViewPiece]) -> None:
    """Append the pieces of an element read within the source lines `span` of its block."""
    name = _local(element.tag)
    if element.get("resp") in plenum:
        return
    if name in EDITORIAL and "source" not in element.attrib and _in_choice(element):
        pieces.append(("", element, LEFT_OUT))
        return
    if name in BREAKS:
        pieces.append(("" if element.get("break") == "no" else " ", element, BREAK))
        if element.get("rend") == "hyphen":
            pieces.append(("-", element, HYPHEN))
        return
    edge = "" if name in INLINE else " "
    pieces.append((edge + (element.text or ""), element, OPEN))
    for child in element:
        if isinstance(child.tag, str):
            inner = source_lines(child)
            if inner and not (span and span[0] <= inner[0] and inner[1] <= span[1]):
                pieces.append(("", child, DETACHED))
            else:
                _walk(child, inner or span, plenum, pieces)
        if child.tail:
            pieces.append((child.tail, child, TAIL))
    pieces.append((edge, element, CLOSE))


def _in_choice(element: etree._Element) -> bool:
    parent = element.getparent()
    return parent is not None and _local(parent.tag) == "choice"


@functools.lru_cache(maxsize=None)
def _local(tag: str) -> str:
    """The local name of an element's tag (the few tags of a TEI tree, looked up once each)."""
    return tag.rpartition("}")[2]
