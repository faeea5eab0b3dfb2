"""A dossier's translator brackets are read by the archive pages' grammar, and a line-end hyphen in a
compound the document writes hyphenated elsewhere stays: a small look-alike dossier."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from plenum import tei
from plenum.validate import validators

from .dossiers import converted_dossier

NS = {"t": tei.TEI_NS}
DOSSIER = "\n".join([
    "Our essay quotes the party records of the year in full.1 ",
    "",
    "1. Record, RGANI, Fond 5, Opis 28, Delo 410, l. 3.",
    "",
    "Cold Times Bulletin, Issue 9",
    "",
    "DOCUMENT No. 1",
    "",
    "Memorandum of a Talk with the Counsellor, 3 April 1957",
    "",
    "[Source: RGANI, Fond 5, Opis 28, Delo 410, Listy 12-13. ",
    "Obtained for CWIHP by Ann Reader and translated for ",
    "CWIHP by Paul Writer.]",
    "",
    "12 April 1957 [illegible initials]",
    "[Stamp: ",
    "",
    "Second Department",
    "10443",
    "",
    "[date too faded to read]",
    "to be returned]",
    "",
    "Stamp:",
    "[Registry",
    "",
    "51]",
    "",
    "[handwritten in the right margin: to the file]",
    "",
    "The counsellor told the Bureau [SIC] that the [Foreign] Ministry ",
    "had no left-wing members and that the right-",
    "wing group was small. The date is [too faded to read]. Seen by ",
    "the minister on 5 May [SIC, a caret marks an insertion here]. [two ",
    "illegible signatures].",
    "",
])


@pytest.fixture
def converted(tmp_path) -> tuple[Path, etree._Element]:
    out, _ = converted_dossier(tmp_path, DOSSIER)
    return out, tei.parse_file(out / "dossier-doc01.xml").getroot()


def test_translator_brackets_are_encoded_not_text(converted):
    _, root = converted
    body = root.find(".//t:body", NS)
    gaps = [(gap.get("reason"), gap.findtext("t:desc", namespaces=NS)) for gap in body.iter(tei.q("gap"))]
    assert [(reason, " ".join(desc.split())) for reason, desc in gaps] == [
        ("illegible", "illegible initials"), ("faded", "date too faded to read"), ("faded", "too faded to read"),
        ("illegible", "two illegible signatures")]
    [remark] = [note for note in body.iter(tei.q("note")) if "".join(note.itertext()).startswith("SIC,")]
    assert remark.get("type") == "translator" and remark.getparent().tag == tei.q("p")
    stamp, registry = body.iter(tei.q("stamp"))   # each one stamp across the print's blank lines
    assert stamp.findtext("t:note", namespaces=NS) == "Stamp" and "".join(stamp.itertext()).endswith("to be returned")
    assert len(stamp.findall("t:lb[@type='split']", NS)) == 2 and stamp.find("t:gap", NS).get("reason") == "faded"
    assert " ".join("".join(registry.itertext()).split()) == "Registry 51"   # 'Stamp:' before it stays text
    assert registry.getparent().text.startswith("Stamp:") and registry.find("t:note", NS) is None
    [add] = body.iter(tei.q("add"))
    assert add.get("place") == "margin-right" and add.get("hand") == f"#{root.get(tei.XML_ID)}-hw"
    assert root.find(".//t:handNotes/t:handNote", NS).get(tei.XML_ID) == f"{root.get(tei.XML_ID)}-hw"
    assert [sic.text for sic in body.iter(tei.q("sic"))] == ["Bureau"]
    [supplied] = body.iter(tei.q("supplied"))
    assert supplied.text == "Foreign"
    translation = root.find(".//t:titleStmt/t:respStmt[t:resp='Translated by']", NS)
    assert supplied.get("resp") == "#" + translation.get(tei.XML_ID)
    assert "[" not in "".join(body.itertext()) and "]" not in "".join(body.itertext())


def test_source_note_keeps_its_framing_brackets(converted):
    _, root = converted
    note = root.find(".//t:front/t:note[@type='source']", NS)
    assert "".join(note.itertext()).startswith("[Source: RGANI")


def test_compound_hyphen_at_a_line_end_is_kept(converted):
    _, root = converted
    text = "".join(root.find(".//t:body", NS).xpath(".//text()"))
    assert "the right-\nwing group" in text
    hyphen = [lb for lb in root.iter(tei.q("lb")) if lb.get("rend") == "hyphen"]
    assert not hyphen


def test_the_documents_are_valid(converted, tei_all):
    out, _ = converted
    checks = validators("project") + validators("xsd") + [tei_all]   # the project's schema and rules, and tei_all
    for path in sorted(out.glob("*.xml")):
        assert not [problem for check in checks for problem in check.check(path)], path.name
