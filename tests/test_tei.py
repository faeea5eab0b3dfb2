"""The TEI tree helpers: serialisation never changes text, parsing refuses what is unsafe."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from plenum import tei
from plenum.errors import InputError

TAGS = ["div", "p", "sp", "speaker", "hi", "add", "del", "subst", "note", "pb", "list", "item", "choice", "orig", "reg"]


@st.composite
def trees(draw, depth=0):
    element = etree.Element(tei.q(draw(st.sampled_from(TAGS))))
    element.text = draw(st.one_of(st.none(), st.sampled_from(["", " ", "\n", "a", "word ", " x y"])))
    if depth < 3:
        for child in draw(st.lists(trees(depth=depth + 1), max_size=3)):
            child.tail = draw(st.one_of(st.none(), st.sampled_from(["", " ", "b", " c "])))
            element.append(child)
    return element


def mixed_content(tree):
    """For each element that may hold mixed content, in order: its text and its children's tails."""
    return [(e.text or "", [c.tail or "" for c in e]) for e in tree.iter() if tei.local(e) not in tei.STRUCTURAL]


@settings(max_examples=300, deadline=None)
@given(trees())
def test_indenting_changes_no_text_in_mixed_content(tree):
    expected = mixed_content(tree)
    parsed = etree.fromstring(tei.serialize(tree))
    assert mixed_content(parsed) == expected


def test_serialisation_is_stable_and_declares_utf8():
    root = tei.E.TEI(tei.E.text(tei.E.body(tei.E.div(tei.E.p("Ким Ир Сен")))))
    first = tei.serialize(root)
    assert first.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    assert "Ким Ир Сен".encode() in first
    assert tei.serialize(etree.fromstring(first)) == first


def test_entities_are_refused(tmp_path):
    bomb = b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><TEI>&b;</TEI>'
    with pytest.raises(InputError, match="declares entities"):
        tei.parse_bytes(bomb, "bomb.xml")


def test_external_entities_are_not_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    xxe = f'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]><TEI>&x;</TEI>'.encode()
    with pytest.raises(InputError):
        tei.parse_bytes(xxe, "xxe.xml")


def test_not_well_formed_xml_names_line_and_column():
    with pytest.raises(InputError) as error:
        tei.parse_bytes(b"<TEI>\n  <p>\n</TEI>", "broken.xml")
    assert str(error.value).startswith("broken.xml:3:")
