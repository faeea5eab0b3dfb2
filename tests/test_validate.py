"""Validation: the edition passes every engine; each rule rejects the document made to break it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum.cli import main
from plenum.validate import Validator, XsdValidator

from .conftest import ROOT

INVALID = Path(__file__).parent / "invalid"
CASES = sorted(path for path in INVALID.glob("*.xml") if path.name not in ("persons.xml", "valid.xml"))
EDITION = sorted((ROOT / "tei").glob("*.xml"))


def expectation(path: Path) -> dict[str, str]:
    """The <?expect rule=… line=… message=…?> a broken document states about itself (read as text:
    some of these documents are not even well-formed)."""
    instruction = re.search(r"<\?expect (.*?)\?>", path.read_text(encoding="utf-8"))
    assert instruction, f"{path.name} states no expectation"
    values = dict(re.findall(r'(\w+)="([^"]*)"', instruction.group(1)))
    values["message"] = values.get("message", "").replace("&quot;", '"')
    return values


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.mark.parametrize("path", EDITION, ids=lambda p: p.name)
def test_the_edition_passes_the_grammar_and_the_rules(path, validator):
    assert validator.check(path) == []


@pytest.mark.parametrize("path", EDITION, ids=lambda p: p.name)
def test_the_edition_passes_the_xml_schema(path):
    assert XsdValidator().check(path) == []


def test_the_document_the_broken_ones_start_from_is_valid(validator):
    assert validator.check(INVALID / "valid.xml") == []
    assert XsdValidator().check(INVALID / "valid.xml") == []


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_each_broken_document_is_rejected_with_its_rule_line_and_message(path, validator):
    expected = expectation(path)
    problems = validator.check(path)
    assert problems, f"{path.name} passed validation"
    assert any(p.rule == expected["rule"] and p.line == int(expected["line"]) and expected["message"] in p.message
               for p in problems), "\n".join(map(str, problems))


@pytest.mark.parametrize("name", ["wrong-element", "bad-date-format"])
def test_the_xml_schema_rejects_grammar_errors_too(name):
    problems = XsdValidator().check(INVALID / f"{name}.xml")
    assert problems and all(p.rule == "plenum.xsd" for p in problems)


def test_validate_a_folder_prints_file_line_column_severity_message_rule(tmp_path):
    for path in [INVALID / "who-dangling.xml", INVALID / "valid.xml", INVALID / "persons.xml"]:
        shutil.copy(path, tmp_path / path.name)
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{tmp_path / 'who-dangling.xml'}:32:0: error: @who=\"#d1-stalin-joseph\" names no person" in lines[0]
    assert lines[0].endswith("[plenum.sch:who-resolves]")
    assert "2 valid, 1 invalid" in result.stderr


def test_validate_as_json_gives_the_same_problems(tmp_path):
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(INVALID / "hand-dangling.xml")])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["invalid"] == 1 and report["valid"] == 0
    assert report["problems"] == [{"file": str(INVALID / "hand-dangling.xml"), "line": 34, "column": 0,
                                   "severity": "error", "rule": "plenum.sch:hand-resolves",
                                   "message": '@hand="#d1-hand2" names no handNote: declare the hand in '
                                              'profileDesc/handNotes.'}]


def test_a_file_without_persons_xml_beside_it_is_reported_not_a_crash(tmp_path, validator):
    """Checked on its own, a document's pointers into persons.xml are findings that say why."""
    lone = tmp_path / "lone.xml"
    shutil.copyfile(INVALID / "valid.xml", lone)
    problems = validator.check(lone)
    assert problems and all(p.rule == "plenum.sch:same-as-resolves" for p in problems)
    assert all("no readable persons.xml beside this file" in p.message for p in problems)
