"""plenum's Schematron compiler: severities from @role, flags, what it refuses, and SVRL reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from plenum import schematron, tei
from plenum.cli import main
from plenum.errors import PlenumError
from plenum.svrl import SVRL_NS, location
from plenum.validate import Rules, blocking

from .conftest import ROOT

SCHEMA = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern id="titles">
    <rule context="tei:title">
      <assert id="title-long" role="warning" flag="style" test="string-length(.) gt 10">a short title: <value-of select="."/></assert>
      <report id="title-test" role="info" test="contains(., 'test')">a title about tests</report>
    </rule>
  </pattern>
  <pattern id="paragraphs">
    <rule context="tei:p" role="fatal">
      <assert id="p-text" test="normalize-space()">an empty paragraph</assert>
    </rule>
  </pattern>
  <pattern>
    <rule context="tei:body">
      <assert id="body-div" test="tei:div">a body without div</assert>
    </rule>
  </pattern>
</schema>
"""

DOCUMENT = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A test</title>
</titleStmt></fileDesc></teiHeader><text><body><p>One.</p><p> </p></body></text></TEI>"""


@pytest.fixture
def rules(tmp_path) -> Rules:
    (tmp_path / "rules.sch").write_text(SCHEMA, encoding="utf-8")
    return Rules(path=tmp_path / "rules.sch")


def test_each_finding_has_the_severity_its_role_gives_and_its_flag(rules, tmp_path):
    tree = etree.ElementTree(etree.fromstring(DOCUMENT))
    found = {problem.rule: problem for problem in rules.check(tree, str(tmp_path / "doc.xml"))}
    assert {rule: problem.severity for rule, problem in found.items()} == {
        "plenum.sch:title-long": "warning", "plenum.sch:title-test": "info",
        "plenum.sch:p-text": "error", "plenum.sch:body-div": "error"}
    assert found["plenum.sch:title-long"].message == "a short title: A test (flag style)"
    assert blocking([found["plenum.sch:title-long"], found["plenum.sch:title-test"]]) is False
    assert blocking(list(found.values())) is True


@pytest.mark.parametrize("change, refused", [
    ('<pattern id="titles">', '<pattern id="titles" documents="/tei:TEI//tei:ref/@target">'),
    ('<rule context="tei:title">', '<rule context="tei:title" subject="..">'),
    ('queryBinding="xslt3"', 'queryBinding="xslt3" defaultPhase="all"'),
    ('<assert id="p-text"', '<assert id="p-text" diagnostics="why"'),
    ('<pattern id="paragraphs">', '<pattern id="paragraphs" abstract="true">'),
])
def test_what_the_compiler_cannot_honour_is_refused_by_name(change, refused):
    schema = etree.ElementTree(etree.fromstring(SCHEMA.replace(change, refused)))
    attribute = refused.split(" ")[-1].split("=")[0].strip("<")
    with pytest.raises(PlenumError, match=f"{attribute}=…> is not supported"):
        schematron.compile_schema(schema, "rules.sch")


def test_a_role_that_names_no_severity_is_refused():
    schema = etree.ElementTree(etree.fromstring(SCHEMA.replace('role="info"', 'role="stylistic"')))
    with pytest.raises(PlenumError, match='role="stylistic" names no severity'):
        schematron.compile_schema(schema, "rules.sch")


def test_the_edition_s_rules_are_errors():
    checks = schematron.checks(tei.parse_file(ROOT / "schema" / "plenum.sch"), "plenum.sch")
    assert checks and {check.severity for check in checks.values()} == {"error"}


def test_validate_writes_svrl_whose_locations_find_the_elements(tmp_path):
    invalid = [path for path in sorted((ROOT / "tests" / "invalid").glob("*.xml")) if readable(path)]
    result = CliRunner().invoke(main, ["validate", *map(str, invalid), "--svrl", str(tmp_path / "svrl")])
    assert result.exit_code == 1
    reported = [line for line in result.output.splitlines() if "[plenum.sch:" in line]
    asserts = []
    for path in invalid:
        report = etree.parse(str(tmp_path / "svrl" / f"{path.stem}.svrl")).getroot()
        assert report.tag == f"{{{SVRL_NS}}}schematron-output"
        tree = tei.parse_file(path)
        for finding in report.xpath("svrl:failed-assert | svrl:successful-report", namespaces={"svrl": SVRL_NS}):
            [element] = tree.xpath(finding.get("location"), namespaces={"tei": tei.TEI_NS})
            assert f"{path}:{element.sourceline}:" in result.output and f"[plenum.sch:{finding.get('id')}]" in result.output
            asserts.append(finding)
    assert len(asserts) == len(reported) > 5


def readable(path: Path) -> bool:
    try:
        return bool(tei.parse_file(path) is not None)
    except PlenumError:
        return False


def test_a_location_is_an_xpath_with_positions():
    tree = etree.fromstring(DOCUMENT)
    second = tree.findall(".//{http://www.tei-c.org/ns/1.0}p")[1]
    assert location(second) == "/tei:TEI[1]/tei:text[1]/tei:body[1]/tei:p[2]"


def test_a_rule_whose_context_is_not_a_plain_element_pattern_still_applies(tmp_path):
    """The rules look at elements only where every context is surely an element pattern; a context in
    another form (here in parentheses) is matched against every node, as before."""
    schema = SCHEMA.replace('<pattern>', """<pattern id="blanks">
    <rule context="(tei:p)[not(normalize-space())]">
      <report id="p-blank" test="true()">a blank paragraph</report>
    </rule>
  </pattern>
  <pattern>""")
    (tmp_path / "rules.sch").write_text(schema, encoding="utf-8")
    tree = etree.ElementTree(etree.fromstring(DOCUMENT))
    found = [problem.rule for problem in Rules(path=tmp_path / "rules.sch").check(tree, str(tmp_path / "doc.xml"))]
    assert found.count("plenum.sch:p-blank") == 1 and found.count("plenum.sch:p-text") == 1
