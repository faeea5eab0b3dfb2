"""XInclude for validation: budgets on what the includes put in place, and findings in the file they are in.

Before, the budget counted included files only: three files of about a megabyte, including each
other a hundred times, ended `validate --schema tei_all` in a MemoryError at several GB; and a
departure from tei_all inside an included file was reported under the including file's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum import includes, limits, tei
from plenum.cli import main
from plenum.errors import InputError

from .test_exchange import document

INCLUDE = '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{}"/>'
CORPUS = """<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>A corpus</title></titleStmt>
      <publicationStmt><p>Made for a test.</p></publicationStmt>
      <sourceDesc><p>Written by hand.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  {}
</teiCorpus>
"""


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def reads(monkeypatch) -> list[str]:
    """The names of the files plenum's parser reads from now on."""
    names: list[str] = []
    parse = tei.parse_bytes

    def counted(data, name):
        names.append(str(name))
        return parse(data, name)
    monkeypatch.setattr(tei, "parse_bytes", counted)
    return names


def test_small_files_including_each_other_many_times_are_refused_before_expanding(tmp_path, monkeypatch):
    """a.xml includes b.xml 99 times, b.xml includes c.xml 99 times: 9,801 copies of a 12 kB file
    would be 118 MB of TEI in memory; refused after reading each file once."""
    (tmp_path / "c.xml").write_text(document("c", "Filler " * 800, "1956-09-18"), encoding="utf-8")
    (tmp_path / "b.xml").write_text(f"<div xmlns='{tei.TEI_NS}'>{INCLUDE.format('c.xml') * 99}</div>")
    (tmp_path / "a.xml").write_text(CORPUS.format(INCLUDE.format("b.xml") * 99), encoding="utf-8")
    assert 99 * 99 * (tmp_path / "c.xml").stat().st_size > tei.MAX_XML_BYTES
    read = reads(monkeypatch)
    with pytest.raises(InputError) as refusal:
        includes.expand(tei.parse_file(tmp_path / "a.xml"), tmp_path / "a.xml")
    assert refusal.value.path == str(tmp_path / "a.xml") and "pull in more than 100 MiB" in refusal.value.message
    assert sorted(Path(name).name for name in read) == ["a.xml", "b.xml", "c.xml"]


def test_validate_reports_the_amplification_in_one_line_and_goes_on(tmp_path, monkeypatch, tei_all):
    monkeypatch.setattr(tei, "MAX_XML_BYTES", 2**20)
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "c.xml").write_text(document("c", "Filler " * 100, "1956-09-18"), encoding="utf-8")
    (tmp_path / "parts" / "b.xml").write_text(f"<div xmlns='{tei.TEI_NS}'>{INCLUDE.format('c.xml') * 40}</div>")
    (tmp_path / "bomb.xml").write_text(CORPUS.format(INCLUDE.format("parts/b.xml") * 40), encoding="utf-8")
    (tmp_path / "fine.xml").write_text(CORPUS.format(INCLUDE.format("parts/c.xml")), encoding="utf-8")
    result = run("validate", "--schema", "tei_all", tmp_path)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("plenum: ")]
    assert errors == [f"plenum: {tmp_path / 'bomb.xml'}: its XIncludes pull in more than 1 MiB (each file counted "
                      f"as often as it is included); plenum reads at most that much, as for one file"]
    assert "1 valid, 0 invalid, 1 errors" in result.stderr


def test_a_long_chain_of_includes_is_refused_in_one_line(tmp_path):
    """Each file including the next, a thousand deep: no RecursionError, no validator crash."""
    for number in range(1000):
        (tmp_path / f"{number}.xml").write_text(f"<div xmlns='http://www.tei-c.org/ns/1.0'>"
                                                f"{INCLUDE.format(f'{number + 1}.xml')}</div>")
    (tmp_path / "1000.xml").write_text("<div xmlns='http://www.tei-c.org/ns/1.0'/>")
    with pytest.raises(InputError) as refusal:
        includes.expand(tei.parse_file(tmp_path / "0.xml"), tmp_path / "0.xml")
    assert refusal.value.path == str(tmp_path / "99.xml") and refusal.value.line == 1
    assert f"{tmp_path / '100.xml'} would put it {limits.MAX_DEPTH + 1} levels deep in {tmp_path / '0.xml'}" \
        in refusal.value.message


def test_a_departure_inside_an_included_file_is_reported_in_that_file(tmp_path, tei_all):
    member = document("member", "A member", "1956-09-18").replace("<p>A member: the plenum met.</p>",
                                                                  "<p>A member:\n<wrongElement/> the plenum met.</p>")
    (tmp_path / "members").mkdir()
    (tmp_path / "members" / "member.xml").write_text(member, encoding="utf-8")
    line = member.splitlines().index("<wrongElement/> the plenum met.</p></div></body></text>") + 1
    (tmp_path / "corpus.xml").write_text(CORPUS.format(INCLUDE.format("members/member.xml") + "\n  <wrongToo/>"),
                                         encoding="utf-8")
    result = run("validate", "--schema", "tei_all", tmp_path / "corpus.xml")
    assert result.exit_code == 1
    findings = result.stdout.splitlines()
    assert any(finding.startswith(f"{tmp_path / 'members' / 'member.xml'}:{line}:") and "wrongElement" in finding
               for finding in findings), findings
    assert any(finding.startswith(f"{tmp_path / 'corpus.xml'}:11:") and "wrongToo" in finding for finding in findings)


def test_build_with_schema_all_checks_tei_all_with_the_includes_in_place_as_validate_does(tmp_path, tei_all):
    """Before, `build --schema all` ran tei_all on the including file as written: its xi:include elements
    were departures, and a departure inside the included file was not found in it."""
    folder = tmp_path / "tei"
    folder.mkdir()
    member = document("member", "A member", "1956-09-18").replace("<p>A member: the plenum met.</p>",
                                                                  "<p>A member:\n<wrongElement/> the plenum met.</p>")
    (folder / "member.xml").write_text(member, encoding="utf-8")
    (folder / "corpus.xml").write_text(CORPUS.format(INCLUDE.format("member.xml")), encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    built = run("build", "--schema", "all", "-j", "1", "--seeds", tmp_path / "seeds", "--tei", folder,
                "--site", tmp_path / "site")
    validated = run("validate", "--schema", "tei_all", folder)
    assert built.exit_code == validated.exit_code == 1, built.output
    findings = {line for line in validated.stdout.splitlines() if line.endswith("[tei_all]")}
    assert findings and all(line.startswith(str(folder / "member.xml")) for line in findings)
    assert {line for line in built.stdout.splitlines() if line.endswith("[tei_all]")} == findings


def test_an_included_file_that_cannot_be_read_is_named_with_the_document_including_it(tmp_path):
    """Before, the error named only the included file: the same line as that file's own error, and
    nothing said that the dossier including it could not be checked either."""
    (tmp_path / "member.xml").write_text(f"<TEI xmlns='{tei.TEI_NS}'>\n<text>", encoding="utf-8")
    (tmp_path / "corpus.xml").write_text(CORPUS.format(INCLUDE.format("member.xml")), encoding="utf-8")
    with pytest.raises(InputError) as refusal:
        includes.expand(tei.parse_file(tmp_path / "corpus.xml"), tmp_path / "corpus.xml")
    assert (refusal.value.path, refusal.value.line) == (str(tmp_path / "member.xml"), 2)
    assert f"XIncluded by {tmp_path / 'corpus.xml'}" in str(refusal.value)
