"""A document's citation trees as DTS sees them: every citable unit its refsDecl declares, read by Saxon.

Each `citeStructure` is evaluated as TEI says (its @match from the document or from each unit of the
structure around it, its @use giving the reference after the outer unit's and @delim), the same reading
as plenum.sch's rules. The units come out in document order, each with where its element stands among
the document's elements, so the server finds it again in its own (lxml) copy of the document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..engines import Engine

UNITS_XSL = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map" xmlns:cite="https://plenum.invalid/ns/cite"
    exclude-result-prefixes="#all">
  <xsl:output method="json"/>
  <xsl:template match="/">
    <xsl:sequence select="array { /*/tei:teiHeader/tei:encodingDesc/tei:refsDecl[tei:citeStructure] ! map {
        'tree': string(@n),
        'structure': array { tei:citeStructure ! cite:shape(.) },
        'units': array { cite:units(tei:citeStructure, root(.), '', (), 1) } } }"/>
  </xsl:template>
  <xsl:function name="cite:shape" as="map(*)">
    <xsl:param name="structure" as="element()"/>
    <xsl:sequence select="map:merge((map { 'citeType': string($structure/@unit) },
        $structure[tei:citeStructure] ! map { 'citeStructure': array { tei:citeStructure ! cite:shape(.) } }))"/>
  </xsl:function>
  <xsl:function name="cite:units" as="map(*)*">
    <xsl:param name="structures" as="element()*"/>
    <xsl:param name="context" as="node()"/>
    <xsl:param name="prefix" as="xs:string"/>
    <xsl:param name="parent" as="xs:string?"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="found" as="map(*)*">
      <xsl:for-each select="$structures">
        <xsl:variable name="structure" select="."/>
        <xsl:variable name="nodes" as="node()*">
          <xsl:evaluate xpath="string(@match)" context-item="$context"
                        xpath-default-namespace="http://www.tei-c.org/ns/1.0"/>
        </xsl:variable>
        <xsl:for-each select="$nodes">
          <xsl:variable name="use" as="xs:string">
            <xsl:evaluate xpath="'string-join((' || $structure/@use || ') ! string(.))'" context-item="."
                          xpath-default-namespace="http://www.tei-c.org/ns/1.0"/>
          </xsl:variable>
          <xsl:sequence select="map { 'ref': $prefix || string($structure/@delim) || $use, 'node': .,
              'structure': $structure, 'position': count(preceding::*) + count(ancestor::*) }"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="sort($found, (), function($unit) { $unit?position })">
      <xsl:sequence select="map { 'ref': ?ref, 'parent': $parent, 'level': $level,
          'citeType': string(?structure/@unit), 'position': ?position,
          'milestone': empty(?node/node()) }"/>
      <xsl:sequence select="cite:units(?structure/tei:citeStructure, ?node, ?ref, ?ref, $level + 1)"/>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>"""


@dataclass(frozen=True)
class CitableUnit:
    """One citable unit: its reference, its parent's (None at the top), depth, type, and its element's
    position among the document's elements (document order, from 0); a milestone is an empty element
    (a page break) whose passage runs to the next unit of its tree."""

    ref: str
    parent: str | None
    level: int
    cite_type: str
    position: int
    milestone: bool

    def json(self) -> dict:
        """The CitableUnit of the DTS Navigation endpoint."""
        return {"identifier": self.ref, "@type": "CitableUnit", "level": self.level, "parent": self.parent,
                "citeType": self.cite_type}


@dataclass
class Tree:
    """A citation tree: its identifier (None for the default tree), its shape, its units in document order."""

    identifier: str | None
    structure: list[dict]
    units: list[CitableUnit]
    by_ref: dict[str, CitableUnit] = field(init=False)

    def __post_init__(self) -> None:
        self.by_ref = {unit.ref: unit for unit in self.units}

    def json(self) -> dict:
        """The CitationTree of a Resource."""
        tree = {"@type": "CitationTree", "citeStructure": self.structure}
        return {"identifier": self.identifier, **tree} if self.identifier else tree


class CitationReader:
    """Reads citation trees with one Saxon engine (made once; use it from one thread)."""

    def __init__(self) -> None:
        self._engine = Engine()
        self._units = self._engine.compile_text(UNITS_XSL, "the DTS citation reader does not compile")

    def trees(self, root: etree._Element, path: Path) -> list[Tree]:
        """The citation trees of the document `root` (read from `path`), the default one first."""
        node = self._engine.document(root, path)
        declared = json.loads(self._units.transform_to_string(xdm_node=node))
        trees = []
        for number, tree in enumerate(declared):
            units = [CitableUnit(u["ref"], u["parent"], u["level"], u["citeType"], u["position"], u["milestone"])
                     for u in tree["units"]]
            identifier = (tree["tree"] or f"tree{number + 1}") if number else None
            trees.append(Tree(identifier, tree["structure"], units))
        return trees
