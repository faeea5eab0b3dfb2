"""Text a command prints from documents shows characters that would act unseen as markers (⟨U+202E⟩).

Before, `plenum persons` printed a name holding a right-to-left override or a C1 control as it was:
the terminal reordered what followed it, or took the control as a command.
"""

from __future__ import annotations

import re
import shutil

from click.testing import CliRunner
from lxml import etree

from plenum.cli import main
from plenum.paths import XSLT
from plenum.visible import CONTROLS, marked

from .conftest import ROOT
from .test_controls import HIDDEN


def test_the_characters_are_those_of_the_pages_character_map():
    stylesheet = etree.parse(str(ROOT / XSLT / "lib" / "controls.xsl"))
    mapped = {item.get("character"): item.get("string")
              for item in stylesheet.iter("{http://www.w3.org/1999/XSL/Transform}output-character")}
    assert {chr(code): marked(chr(code)) for code in CONTROLS} == mapped


def test_persons_prints_a_name_with_an_override_or_a_c1_control_as_markers(tmp_path):
    shutil.copytree(ROOT / "tei", tmp_path / "tei", ignore=shutil.ignore_patterns("imported"))
    persons = tmp_path / "tei" / "persons.xml"
    text = persons.read_text(encoding="utf-8")
    name = re.search(r'<persName[^>]*type="main"[^>]*>([^<]+)</persName>', text).group(1)
    spoofed = text.replace(f">{name}</persName>", f">{name}\u202e evil\u0080 </persName>", 1)
    persons.write_text(spoofed, encoding="utf-8")
    result = CliRunner().invoke(main, ["persons", "--tei", str(tmp_path / "tei")])
    assert result.exit_code == 0, result.output
    assert not HIDDEN.search(result.output)
    assert f"{name}⟨U+202E⟩ evil⟨U+0080⟩" in result.output


def test_a_finding_quoting_a_document_shows_the_markers(tmp_path):
    (tmp_path / "x\u202egnp.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\u202e</TEI>", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert not HIDDEN.search(result.output) and "x⟨U+202E⟩gnp.xml" in result.output
