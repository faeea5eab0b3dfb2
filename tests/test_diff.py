"""plenum diff: the encoding differences a reviewer cares about, and nothing for formatting."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from lxml import etree

from plenum import pipeline
from plenum.cli import main

from .conftest import SEEDS

SEED = next(seed for seed in SEEDS if seed.name.startswith("001_"))


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    """The TEI of one seed, as plenum writes it."""
    out = tmp_path_factory.mktemp("tei")
    conv = pipeline.convert(SEED, out)
    pipeline.write(conv, out)
    return out / f"{SEED.stem}.xml"


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def reformat(data: bytes) -> bytes:
    """The same encoding written differently: attributes reversed and single-quoted, deeper indentation,
    character references, empty elements with end tags, a comment, no schema processing instructions."""
    tree = etree.fromstring(data)
    for element in tree.iter():
        if isinstance(element.tag, str) and len(element.attrib) > 1:
            items = list(element.attrib.items())[::-1]
            element.attrib.clear()
            element.attrib.update(items)
    text = etree.tostring(tree, encoding="unicode")
    text = re.sub(r'(\w+)="([^"\']*)"', r"\1='\2'", text)
    text = text.replace("\n  ", "\n\t\t").replace('<lb type=\'split\'/>', "<lb type='split'></lb>")
    text = text.replace("Mikoyan", "Mik&#x6F;yan").replace("<body>", "<body><!-- checked by an editor -->")
    return text.encode("utf-8")


def test_a_reformatted_but_equal_file_reports_nothing(original, tmp_path):
    reformatted = tmp_path / "reformatted.xml"
    reformatted.write_bytes(reformat(original.read_bytes()))
    assert reformatted.read_bytes() != original.read_bytes()
    result = run("diff", original, reformatted)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "no encoding differences" in result.stderr


def test_added_removed_and_changed_elements_with_their_text_and_source_lines(original, tmp_path):
    text = original.read_text(encoding="utf-8")
    edited = tmp_path / "edited.xml"
    edited.write_text(
        text.replace('<supplied reason="omitted-in-original" resp="#wda120194-translation">we</supplied>', "we")
            .replace("Two copies were printed.", "Two copies were typed.")
            .replace('<ab type="ocr-noise" source="src:L35" xml:id="wda120194-ab3">',
                     '<ab type="ocr-noise" source="src:L35" xml:id="wda120194-ab3" n="x">')
            .replace("MFA 22 September", "<persName>MFA</persName> 22 September"),
        encoding="utf-8")
    result = run("diff", original, edited)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    line_of = {needle: n for n, line in enumerate(text.splitlines(), 1)
               for needle in ("wda120194-ab3", ">we</supplied>", "Two copies were", "MFA 22")
               if needle in line}
    assert lines == [
        f'{edited}:{line_of["wda120194-ab3"]}: changed <ab type="ocr-noise" source="src:L35" xml:id="wda120194-ab3" '
        f'n="x"> in #wda120194-div2, source line 35: @n \'x\' added',
        f'{original}:{line_of[">we</supplied>"]}: removed <supplied reason="omitted-in-original" '
        f'resp="#wda120194-translation"> in #wda120194-p24, source line 119: \'we\'',
        f'{edited}:{line_of["Two copies were"]}: changed <closer source="src:L129-L141" xml:id="wda120194-cl2"> '
        f"in #wda120194-div3, source lines 129-141: text '…Two copies were printed. [ Authenticated: V.…' → "
        f"'…Two copies were typed. [ Authenticated: V.…'",
        f'{edited}:{line_of["MFA 22"]}: added <persName> in #wda120194-cl2, source lines 129-141: \'MFA\'',
    ]
    assert "4 differences: 1 added, 1 removed, 2 changed" in result.stderr


def test_elements_are_aligned_by_xml_id(original, tmp_path):
    """A paragraph inserted before others is one addition, not a change of every paragraph after it."""
    text = original.read_text(encoding="utf-8")
    edited = tmp_path / "edited.xml"
    edited.write_text(text.replace('<p source="src:L105"', '<p xml:id="added-p">New.</p><p source="src:L105"', 1),
                      encoding="utf-8")
    result = run("diff", original, edited)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert ": added <p xml:id=\"added-p\"> in #wda120194-div3: 'New.'" in result.stdout


def test_unreadable_input_is_one_line_and_exit_2(original, tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>unclosed\n</TEI>\n', encoding="utf-8")
    result = run("diff", original, broken)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert f"{broken}:3:" in result.output and "not well-formed XML" in result.output


def test_diff_has_help_with_its_exit_codes():
    result = run("diff", "--help")
    assert result.exit_code == 0
    assert "Exit codes: 0 no encoding differences, 1 differences found" in result.output


def test_the_parsers_refuse_entities_in_either_file(original, tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<!DOCTYPE TEI [<!ENTITY a "aaaa">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">&a;</TEI>\n',
                    encoding="utf-8")
    result = run("diff", bomb, original)
    assert result.exit_code == 2
    assert "plenum does not expand entities" in result.output
