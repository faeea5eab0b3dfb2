"""The conventions table (xslt/lib/conventions.xsl): every element classified, every review kind a row,
and Python and the XSLT reading the same rows."""

from __future__ import annotations

import re

import pytest

from lxml import etree

from plenum import conventions, review
from plenum.errors import PlenumError
from plenum.render import Renderer
from plenum.tei import parse_bytes, parse_file

from .conftest import ROOT

FLOWS = {"inline", "block", "break"}


def _schema_elements() -> set[str]:
    """The TEI elements plenum.rng defines."""
    grammar = etree.parse(str(ROOT / "schema" / "plenum.rng"))
    return {name for name in grammar.xpath("//*[local-name() = 'element']/@name") if ":" not in name}


def _xslt_elements() -> set[str]:
    """The TEI elements the stylesheets name in their match patterns."""
    found = set()
    for path in (ROOT / "xslt").rglob("*.xsl"):
        for pattern in re.findall(r'match="([^"]*)"', path.read_text(encoding="utf-8")):
            found.update(re.findall(r"tei:([A-Za-z]+)", pattern))
    return found


def test_every_element_of_the_schema_and_the_stylesheets_is_classified():
    table = conventions.table().elements
    missing = (_schema_elements() | _xslt_elements()) - set(table)
    assert not missing, f"elements without a row in the conventions table: {sorted(missing)}"
    assert all(row.get("flow") in FLOWS for row in table.values()), "every row has a flow: inline, block or break"


def test_every_review_kind_is_a_row_whose_element_is_classified():
    table = conventions.table()
    assert list(review.KINDS) == [sign.key for sign in table.signs]
    for sign in table.signs:
        assert sign.element in table.elements, f"sign {sign.key}: element {sign.element} has no row"
        assert sign.review, f"sign {sign.key} has no review description"


def test_the_review_finds_each_kind_by_its_row():
    tree = parse_bytes(b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>
        <choice><sic>teh</sic><corr>the</corr></choice> <choice><orig>Mao</orig><reg>Mao</reg></choice>
        <choice><orig>x</orig><reg type="font-decoded">y</reg></choice> <choice><abbr>Cde.</abbr><expan>Comrade</expan></choice>
        <subst><del>a</del><add>b</add></subst> <add>c</add> <lb type="split"/> <lb break="no" rend="hyphen"/> <lb/>
        </p></body></text></TEI>""", "t.xml")
    kinds = [review.kind(element) for element in tree.iter(etree.Element)]
    assert [k for k in kinds if k] == ["corr", "reg", "decoded", "expan", "subst", "add",
                                        "joined-paragraph", "soft-hyphen"]


def test_a_documents_kinds_looked_up_together_are_each_elements_own():
    """The review looks up a document's elements together (each sign's condition once over the elements
    still unclaimed); every element gets the kind it has alone, the first row of its name that fits."""
    seen = set()
    for path in sorted((ROOT / "tests" / "cases").rglob("*.expected.xml")):
        elements = list(parse_file(path).getroot().iter(etree.Element))
        together = {element: sign.key for element, sign in conventions.kinds_of(elements).items()}
        alone = {element: review.kind(element) for element in elements}
        assert together == {element: kind for element, kind in alone.items() if kind}, path.name
        seen.update(together.values())
    assert len(seen) > 8, f"the cases show few kinds: {sorted(seen)}"
    tree = parse_bytes(b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>
        <supplied reason="drop-cap">T</supplied> <supplied>the</supplied> <gap reason="signature"/> <gap/>
        <add cert="low">a</add> <add>b</add> <subst><del cert="low">c</del><add>d</add></subst>
        <subst><del>e</del><add>f</add></subst></p></body></text></TEI>""", "t.xml")
    elements = list(tree.iter(etree.Element))
    found = conventions.kinds_of(elements)   # rows of one element name claim it in the table's order
    assert [found[element].key for element in elements if element in found] == [
        "drop-cap", "supplied", "signature", "gap", "unclosed-insertion", "add", "replacement", "subst"]


def test_whitespace_in_element_only_content_is_layout_for_the_xslt():
    """The table's element-only rows reach the stylesheets: a choice's indentation is not text."""
    renderer = Renderer(("text",))

    def text(choice: bytes) -> str:
        document = parse_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
                               b'</title></titleStmt></fileDesc></teiHeader><text><body><p>a' + choice + b'd</p></body>'
                               b'</text></TEI>', "t.xml")
        return renderer.render(renderer.load_tree(document, ROOT / "t.xml"), "text")

    assert conventions.table().elements["choice"]["content"] == "element-only"
    assert text(b"<choice>\n  <sic>b</sic>\n  <corr>c</corr>\n</choice>") == text(b"<choice><sic>b</sic><corr>c</corr></choice>")


def test_a_sign_whose_condition_asks_where_an_element_stands_is_refused():
    """A sign's condition judges an element alone (the review filters many at once): position() and
    last() would silently change meaning, so the table refuses them with a message naming the sign."""
    row = etree.fromstring('<sign xmlns="https://plenum.invalid/ns" key="first-add" element="add" '
                           'match="position() = 1" review="the first insertion"/>')
    with pytest.raises(PlenumError, match="sign first-add: its match asks for position"):
        conventions._sign(row, "conventions.xsl")
    row.set("match", "(ancestor::tei:div)[last()]/@type = 'minutes'")   # a predicate's own last() is fine
    assert conventions._sign(row, "conventions.xsl").fitting is not None
