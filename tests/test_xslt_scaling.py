"""The stylesheets hold no lookup whose cost grows with the document (issue 10).

A whole-document axis (`preceding::`, `following::`, a `//` path) or `xsl:number level="any"` is
evaluated per node, so a long transcript would render in quadratic time; keys, accumulators and
tunnel parameters do the same work once. The check reads every XPath in every stylesheet; a match
pattern may use `//`, since a pattern is tested against the node's ancestors, not the document.
"""

import re
from pathlib import Path

import pytest
from lxml import etree

XSLT = Path(__file__).resolve().parent.parent / "xslt"
XSL = "http://www.w3.org/1999/XSL/Transform"
XPATH_ATTRIBUTES = {"select", "test", "match", "use", "group-by", "group-adjacent", "value", "initial-value"}
LITERAL = re.compile(r'"[^"]*"|\'[^\']*\'')
GROWING = re.compile(r"\bpreceding::|\bfollowing::|//")
AVT = re.compile(r"\{([^{}]*)\}")


def stylesheets():
    return sorted(XSLT.rglob("*.xsl"))


def expressions(element):
    """The XPath expressions an XSLT element holds: its XPath attributes and its attribute value templates."""
    for name, value in element.attrib.items():
        if element.tag.startswith("{" + XSL + "}") and name in XPATH_ATTRIBUTES:
            yield name, value
        else:
            yield from ((name, avt) for avt in AVT.findall(value))


def findings(path):
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    for element in tree.iter(etree.Element):
        if element.tag == "{%s}number" % XSL and element.get("level") == "any":
            yield f"{path.name}:{element.sourceline}: xsl:number level=\"any\""
        for name, expression in expressions(element):
            pattern = LITERAL.sub("''", expression)
            if name == "match":
                pattern = pattern.replace("//", "/")
            if GROWING.search(pattern):
                yield f"{path.name}:{element.sourceline}: @{name} {expression!r}"


def test_the_stylesheets_are_found():
    assert len(stylesheets()) >= 5


@pytest.mark.parametrize("path", stylesheets(), ids=lambda p: str(p.relative_to(XSLT)))
def test_no_lookup_grows_with_the_document(path):
    assert list(findings(path)) == []


def test_the_check_sees_a_growing_lookup(tmp_path):
    """The check fires on each pattern it forbids, and ignores '//' in a string literal or a match pattern."""
    bad = tmp_path / "bad.xsl"
    bad.write_text(
        f'<xsl:stylesheet xmlns:xsl="{XSL}" version="3.0">'
        '<xsl:template match="p"><xsl:number level="any"/>'
        '<xsl:value-of select="count(preceding::p)"/><a href="{//p[1]/@n}"/>'
        '<xsl:value-of select="\'https://example.org\'"/></xsl:template>'
        '<xsl:template match="div//p"/></xsl:stylesheet>'
    )
    assert len(list(findings(bad))) == 3
