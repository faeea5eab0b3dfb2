"""What a reader or transform flags reaches the review: as a conversion note in the TEI, or as the
encoding the review already lists (an unresolved name, a surplus bracket, an unanchored note)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum import pipeline
from plenum.cli import main
from plenum.tei import NS

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> Path:
    """Two seeds converted, rendered and reviewed as an edition: seeds/, tei/, site/, review/."""
    root = tmp_path_factory.mktemp("edition")
    (root / "seeds").mkdir()
    for seed in (SEEDS[0], SEEDS[3]):
        shutil.copy(seed, root / "seeds")
    (root / "tei").mkdir()
    shutil.copy(ROOT / "tei" / "persons.xml", root / "tei")
    for args in (["convert", root / "seeds", "-o", root / "tei"], ["render", root / "tei", "-o", root / "site"],
                 ["review", root / "tei", "-o", root / "review", "--site", root / "site"]):
        result = CliRunner().invoke(main, [str(arg) for arg in args])
        assert result.exit_code == 0, result.output
    return root


def interventions(root: Path, seed: Path, kind: str) -> list[dict]:
    data = json.loads((root / "review" / f"{seed.stem}.json").read_text(encoding="utf-8"))
    return [i for i in data["interventions"] if i["kind"] == kind]


def reviewed_lines(root: Path, seed: Path) -> dict[str, str]:
    """The source lines a document's review shows, by number."""
    return json.loads((root / "review" / f"{seed.stem}.json").read_text(encoding="utf-8"))["lines"]


def test_a_finding_with_no_trace_in_the_encoding_is_listed_by_the_review_beside_its_line(reviewed):
    """The reader places note 1 at a superscript marker and asks for a check: the reviewer sees it."""
    notes = [i for i in interventions(reviewed, SEEDS[0], "plenum-note") if "superscript marker" in i["encoded"]]
    assert len(notes) == 1
    assert [line["n"] for line in notes[0]["lines"]] == [185]
    assert "<sup>[1]</sup>" in reviewed_lines(reviewed, SEEDS[0])["185"]


def test_a_name_not_in_persons_xml_is_listed_once_as_an_unresolved_name(reviewed):
    names = [i for i in interventions(reviewed, SEEDS[3], "unresolved-name") if ">Choe<" in i["encoded"]]
    assert len(names) == 1 and names[0]["found"] and [line["n"] for line in names[0]["lines"]] == [384]
    notes = interventions(reviewed, SEEDS[3], "plenum-note")
    assert not [i for i in notes if "Choe" in i["encoded"]]  # not a second time as a note


def test_the_reading_page_leaves_the_findings_to_the_review(reviewed):
    page = (reviewed / "site" / f"{SEEDS[0].stem}.html").read_text(encoding="utf-8")
    assert "Henry Luce Foundation" in page  # the page's own notes are shown
    assert "superscript marker" not in page


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_finding_of_a_conversion_is_in_its_tei(seed, tmp_path):
    shutil.copy(ROOT / "tei" / "persons.xml", tmp_path)
    conv = pipeline.convert(seed, tmp_path)
    notes = {(note.text, note.get("source")) for document in conv.documents
             for note in document.root.iterfind("tei:teiHeader/tei:fileDesc/tei:notesStmt/tei:note[@resp]", NS)}
    assert {(finding.message, finding.source or None) for finding in conv.findings} <= notes
