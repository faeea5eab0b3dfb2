"""The encoding documentation and the schema describe the same TEI: same elements, same attributes."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from .conftest import ROOT

RNG = "{http://relaxng.org/ns/structure/1.0}"
DOC = ROOT / "schema" / "ENCODING.md"


def documented() -> dict[str, set[str]]:
    """Element -> attributes, from the '### `element`' entries of the element reference."""
    text = DOC.read_text(encoding="utf-8")
    reference = text.split("## Element reference", 1)[1].split("\n## ", 1)[0]
    entries = {}
    for name, body in re.findall(r"^### `([^`]+)`\n(.*?)(?=^### |\Z)", reference, re.S | re.M):
        listed = re.search(r"Attributes: (.*?)\.\s*$", body.strip(), re.S)
        assert listed, f"the entry for {name} does not end with 'Attributes: …'"
        entries[name] = set() if listed.group(1) == "none" else set(re.findall(r"`@([\w:]+)`", listed.group(1)))
    return entries


def allowed() -> dict[str, set[str]]:
    """Element -> attributes the schema (plenum.rng) allows it, in any of its definitions."""
    tree = etree.parse(str(ROOT / "schema" / "plenum.rng"))
    defines = {define.get("name"): define for define in tree.iter(RNG + "define")}

    def attributes(node: etree._Element, seen: set[str]) -> set[str]:
        found = set()
        for child in node:
            if not isinstance(child.tag, str) or child.tag == RNG + "element":
                continue
            if child.tag == RNG + "attribute":
                found.add(child.get("name"))
            elif child.tag == RNG + "ref" and child.get("name") not in seen:
                seen.add(child.get("name"))
                if defines[child.get("name")].find(RNG + "element") is None:
                    found |= attributes(defines[child.get("name")], seen)
            else:
                found |= attributes(child, seen)
        return found

    found: dict[str, set[str]] = {}
    for element in tree.iter(RNG + "element"):    # an element defined twice (div, a section's div): all of both
        found.setdefault(element.get("name"), set()).update(attributes(element, set()))
    return found


@pytest.fixture(scope="module")
def pair() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    return documented(), allowed()


def test_every_element_the_schema_allows_is_documented(pair):
    doc, schema = pair
    assert sorted(set(schema) - set(doc)) == []


def test_no_element_is_documented_that_the_schema_forbids(pair):
    doc, schema = pair
    assert sorted(set(doc) - set(schema)) == []


def test_each_element_is_documented_with_exactly_its_attributes(pair):
    doc, schema = pair
    wrong = {name: {"documented": sorted(doc[name]), "schema": sorted(schema[name])}
             for name in sorted(set(doc) & set(schema)) if doc[name] != schema[name]}
    assert wrong == {}


def test_the_schematron_rules_are_all_documented():
    schematron = (ROOT / "schema" / "plenum.sch").read_text(encoding="utf-8")
    rules = set(re.findall(r'<(?:assert|report) id="([\w-]+)"', schematron))
    text = DOC.read_text(encoding="utf-8")
    assert rules and sorted(rule for rule in rules if f"`{rule}`" not in text) == []
