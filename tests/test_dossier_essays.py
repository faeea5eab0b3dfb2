"""A dossier essay's drop cap and endnotes, on a small look-alike dossier: the lost initial supplied where
its word makes it certain, a marker after a decoded run that lost its period, a note whose beginning the
text layer lost linked from its marker."""

from __future__ import annotations

import pytest

from plenum import tei

from .dossiers import OPENING, converted_dossier, shifted

NS = {"t": tei.TEI_NS}


PLAIN = "the ministry sent the papers to the committee and the committee read them with care "
DOSSIER = "\n".join([
    " his essay follows the papers of the ministry through the year.1 The committee ",
    "read them twice.2 Then " + shifted("the ministry sent the papers to the committee.") + "3",
    "Later the papers went back to the ministry.4 " + PLAIN,
    PLAIN,
    PLAIN,
    "",
    " 1. Minutes, Fond 2, Opis 1, Delo 7, l. 2.",
    "",
    "2. Ibid., l. 3.",
    " Delo 9, l. 14.",
    "4. Minutes, Fond 2, Opis 1, Delo 8, l. 5.",
    "",
    *OPENING,
    "This note was read by this committee.",
    "",
])


@pytest.fixture
def essay(tmp_path):
    out, conv = converted_dossier(tmp_path, DOSSIER)
    return tei.parse_file(out / "dossier-essay1.xml").getroot(), conv


def test_a_certain_drop_cap_is_supplied_and_titles_the_essay(essay):
    root, _ = essay
    first = root.find(".//t:body//t:p", NS)
    [supplied] = first.findall("t:supplied", NS)
    assert (supplied.get("reason"), supplied.text) == ("drop-cap", "T") and supplied.tail.startswith("his essay")
    assert supplied.get("resp") == f"#{root.get(tei.XML_ID)}-plenum"   # plenum's, not the source's
    assert "beginning “This essay follows" in root.findtext(".//t:titleStmt/t:title", namespaces=NS)


def test_a_marker_after_a_run_that_lost_its_period_links_its_note(essay):
    root, _ = essay
    markers = {ref.text: ref.get("target") for ref in root.iter(tei.q("ref")) if ref.get("type") == "noteref"}
    assert set(markers) == {"1", "2", "3", "4"}


def test_a_note_whose_beginning_is_lost_is_linked_and_marked(essay):
    root, conv = essay
    markers = {ref.text: ref.get("target") for ref in root.iter(tei.q("ref")) if ref.get("type") == "noteref"}
    note = root.find(".//t:note[@n='3']", NS)
    assert markers["3"] == f"#{note.get(tei.XML_ID)}" and note.get("subtype") == "fragment"
    assert "".join(note.itertext()).strip() == "Delo 9, l. 14."
    assert root.find(".//t:div[@type='unplaced']", NS) is None
    assert any(f.kind == "note-fragment" and "note 3" in f.message for f in conv.findings)
