"""The citation structure of a document (`refsDecl`/`citeStructure` in its encodingDesc), so that a DTS
server or a citation tool can address its parts, turns, paragraphs, notes and pages.

Three trees, each declared only where the document has what it cites: the default one (the text's
parts, original and translation, where it has both; in each, its front, its turns, paragraphs and
other blocks, its back), `notes` and `pages`. References are the elements' xml:ids (the reading
edition's anchors), a part's its @type; plenum.sch checks every declaration against the text.
"""

from __future__ import annotations

from lxml import etree

from ..readers import Conversion, Document
from ..tei import NS, q, sub
from . import Transform

# The units a part's (or the document's) body is cited by: citeType and what its match selects.
BLOCKS = (
    ("turn", "sp"),
    ("paragraph", "*[self::p or self::ab]"),
    ("block", "*[self::head or self::opener or self::list or self::stage or self::closer]"),
    ("quotation", "quote"),
    ("table", "table"),
    ("postscript", "postscript"),
)
# The trees besides the default one: identifier, citeType and what their match selects.
SIDE_TREES = (("notes", "note", "/TEI/text//note"), ("pages", "page", "/TEI/text//pb"))


class DeclareCitation(Transform):
    """Write the refsDecl of every tree the document's text supports (replacing plenum's earlier ones)."""

    name = "citation"
    priority = 950

    def apply(self, document: Document, conv: Conversion) -> None:
        root = document.root
        encoding = root.find(f"{q('teiHeader')}/{q('encodingDesc')}")
        text = root.find(q("text"))
        if encoding is None or text is None or root.tag != q("TEI"):
            return
        for old in encoding.findall(q("refsDecl")):
            encoding.remove(old)
        place = encoding.index(encoding.find(q("editorialDecl"))) + 1
        for decl in reversed(declarations(text)):
            encoding.insert(place, decl)


def declarations(text: etree._Element) -> list[etree._Element]:
    """The refsDecl elements of a document whose outermost text is `text`: the default tree first."""
    default = etree.Element(q("refsDecl"))
    parts = text.findall(f"{q('group')}/{q('text')}")
    if parts:
        part = sub(default, "citeStructure", None,
                   {"unit": "part", "match": "/TEI/text/group/text", "use": "@type"})
        found = {unit_match for each in parts for unit_match in _units(each)}
        for unit, match in _ORDER:
            if (unit, match) in found:
                _sections(_declare(part, unit, match, "."), parts)
    for unit, match in _units(text):   # a group's text has no body: only its front and back
        _sections(_declare(default, unit, "/TEI/text/" + match, ""), [text])
    decls = [default] if len(default) else []
    for name, unit, match in SIDE_TREES:
        if text.find(f".//{q(match.rpartition('/')[2])}") is not None:
            decl = etree.Element(q("refsDecl"), {"n": name})
            sub(decl, "citeStructure", None, {"unit": unit, "match": match, "use": "@xml:id"})
            decls.append(decl)
    return decls


# Every unit of a text with its match relative to the text: the body's first, so that a client reading
# only a tree's first citeStructure (dapytains 1.0.0rc4) still finds the main text; then front and back.
_ORDER = (*((unit, f"body/div/{step}") for unit, step in BLOCKS), ("section", "body/div/div"),
          ("front", "front"), ("back", "back"))
# The blocks of a numbered section (div type section, readers/sections.py) and its subsections ('1. a) …' in
# '1.'), relative to the section, by the depth of sections it is at: first the sections of the text's division.
_IN_SECTION = {(depth, step): "body/div" + "/div" * depth + f"/{step}"
               for depth in (1, 2) for step in (*(step for _, step in BLOCKS), "div")}


def _units(text: etree._Element) -> list[tuple[str, str]]:
    """The units `text` itself has (its front, the blocks of its body's divisions, its back)."""
    return [(unit, match) for unit, match in _ORDER if _HAS[match](text)]


def _lxml(match: str) -> str:
    """A match of ours, written for TEI as the default namespace, as lxml's XPath 1.0 needs it."""
    return "tei:" + match.replace("/", "/tei:").replace("/tei:*", "/*").replace("self::", "self::tei:")


# Whether a text has elements a match finds: compiled once, and asked as a boolean (no list of the
# hundreds of turns a match finds is made).
_HAS = {match: etree.XPath(f"boolean({_lxml(match)})", namespaces=NS)
        for match in (*(match for _, match in _ORDER), *_IN_SECTION.values())}


def _sections(structure: etree._Element, texts: list[etree._Element], depth: int = 1) -> None:
    """Under a citeStructure of sections, one for each kind of block the sections of `texts` hold, and one of
    their subsections, with theirs."""
    if structure.get("unit") == "section":
        for unit, step in BLOCKS:
            if any(_HAS[_IN_SECTION[depth, step]](text) for text in texts):
                _declare(structure, unit, step, ".")
        if depth < 2 and any(_HAS[_IN_SECTION[depth, "div"]](text) for text in texts):
            _sections(_declare(structure, "section", "div", "."), texts, depth + 1)


def _declare(parent: etree._Element, unit: str, match: str, delim: str) -> etree._Element:
    """One citeStructure: elements cited by xml:id, a front or back by its name."""
    use = f"'{unit}'" if unit in ("front", "back") else "@xml:id"
    attrs = {"unit": unit, "match": match, "use": use}
    return sub(parent, "citeStructure", None, {**attrs, "delim": delim} if delim else attrs)

