"""A dossier's decoded font runs as TEI, on a small look-alike dossier (own words): their brackets read by
the bracket grammar like plain text's, their guessed punctuation unclear with a certainty, and a drop cap
that only the sentence decides supplied with a note saying why."""

from __future__ import annotations

import pytest

from plenum import tei

from .dossiers import OPENING, converted_dossier, shifted

NS = {"t": tei.TEI_NS}


PLAIN = "the ferry carried the new boats and a few old ones to the quay and the mill "
DOSSIER = "\n".join([
    " ew boats on the river have carried such heavy loads as the old ferry.1 The mill ",
    "sent its grain twice a year.2 " + PLAIN,
    shifted("In the spring, the boatmen [were] paid in grain. Then ") + shifted("the miller sent ["),
    "more sacks] to the quay and " + PLAIN,
    PLAIN,
    PLAIN,
    "",
    " 1. Minutes, Fond 2, Opis 1, Delo 7, l. 2.",
    "",
    "2. Ibid., l. 3.",
    "3. Ibid., l. 4.",
    "",
    *OPENING,
    "This note was read by the new committee and a few others.",
    "",
])


@pytest.fixture
def essay(tmp_path):
    out, _ = converted_dossier(tmp_path, DOSSIER)
    return tei.parse_file(out / "dossier-essay1.xml").getroot()


def test_a_bracket_inside_a_decoded_run_is_read_by_the_grammar(essay):
    regs = essay.findall(".//t:reg[@type='font-decoded']", NS)
    supplied = [element for reg in regs for element in reg.iter(tei.q("supplied"))]
    assert "were" in ["".join(element.itertext()) for element in supplied]
    assert not any("[" in "".join(reg.itertext()) or "]" in "".join(reg.itertext()) for reg in regs)


def test_a_bracket_a_run_leaves_open_closes_with_the_plain_text(essay):
    body = essay.find(".//t:body", NS)
    texts = ["".join(element.itertext()) for element in body.iter(tei.q("supplied"))]
    assert "more sacks" in [text.strip() for text in texts]
    assert body.find(".//t:surplus", NS) is None


def test_guessed_punctuation_is_unclear_with_a_certainty(essay):
    guesses = essay.findall(".//t:reg//t:unclear", NS)
    assert guesses and all(g.get("reason") == "font-encoding" and g.get("cert") in ("high", "medium", "low")
                           for g in guesses)
    assert [g.text for g in guesses][:2] == [",", "."]


def test_a_drop_cap_the_sentence_decides_is_supplied_with_its_reason(essay):
    supplied = essay.find(".//t:body//t:p/t:supplied[@reason='drop-cap']", NS)
    assert supplied is not None and supplied.text == "F" and supplied.get("cert") == "medium"
    notes = [note.text for note in essay.iterfind(".//t:notesStmt/t:note[@type='conversion']", NS)]
    assert any("drop cap" in note and "such" in note for note in notes)
    assert "beginning “Few boats" in essay.findtext(".//t:titleStmt/t:title", namespaces=NS)
