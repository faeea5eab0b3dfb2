"""plenum diff stays fast and readable on hostile files (issue 14.14, 14.16): work linear in the
attributes, one short line per difference, and no character that breaks or reorders a line."""

from __future__ import annotations

import gc
import time

from click.testing import CliRunner
from lxml import etree

from plenum import teidiff
from plenum.cli import main

TEI = "http://www.tei-c.org/ns/1.0"


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def document(path, attributes: str = "", text: str = "a short paragraph") -> None:
    path.write_text(f'<TEI xmlns="{TEI}"><text><body><p xml:id="p1" {attributes}>{text}</p></body></text></TEI>',
                    encoding="utf-8")


def paragraph(count: int, value: str) -> etree._Element:
    """A TEI tree whose one paragraph has `count` attributes, each holding `value` and its number."""
    root = etree.Element(f"{{{TEI}}}TEI")
    p = etree.SubElement(etree.SubElement(root, f"{{{TEI}}}text"), f"{{{TEI}}}p")
    for number in range(count):
        p.set(f"n{number}", f"{value}{number}")
    return root


def cpu_seconds(count: int) -> float:
    """The least CPU time of comparing two paragraphs whose `count` attributes all changed (the garbage
    collector, whose passes cost what the whole test session holds, paused while it is measured)."""
    before, after = paragraph(count, "old"), paragraph(count, "new")
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            start = time.process_time()
            lines = [str(difference) for difference in teidiff.differences(before, after, "old.xml", "new.xml")]
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    assert len(lines) == 1
    return best


def test_diff_time_grows_linearly_with_the_attributes():
    """Four times the attributes take at most eight times the CPU (linear: four; quadratic: sixteen)."""
    cpu_seconds(500)
    growth = cpu_seconds(8_000) / cpu_seconds(2_000)
    assert growth < 8, f"four times the attributes took {growth:.1f} times the CPU time"


def test_a_huge_attribute_value_is_cut_with_its_length(tmp_path):
    old, new = tmp_path / "old.xml", tmp_path / "new.xml"
    document(old, 'n="short"')
    document(new, 'n="' + "x" * 100_000 + '"', text="a short paragraph " + "y" * 50_000)
    result = run("diff", old, new)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(len(line) < 1000 for line in lines), [len(line) for line in lines]
    assert "… (100000 characters)" in result.stdout
    assert "… (50000 characters)" in result.stdout


def test_a_start_tag_with_many_attributes_is_cut_and_counted(tmp_path):
    old, new = tmp_path / "old.xml", tmp_path / "new.xml"
    many = " ".join(f'n{number}="{number:060d}"' for number in range(150))
    document(old, many)
    document(new, many.replace('n0="', 'n0="changed '))
    (line,) = run("diff", old, new).stdout.splitlines()
    assert len(line) < 1000
    assert "more attributes)>" in line
    assert "n0" in line


def test_control_and_bidi_override_characters_are_shown_escaped(tmp_path):
    old, new = tmp_path / "old.xml", tmp_path / "new.xml"
    document(old, 'n="plain"')
    # U+202E reverses what follows on a terminal, U+0085 and a newline break the line, U+2067 isolates.
    document(new, 'n="evil&#x202E;txt.exe&#x85;next&#10;line"', text="a \u2067short\u2069 paragraph\u0085")
    result = run("diff", old, new)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, lines
    for char in "\u202e\u0085\u2067\u2069\n\x9b":
        assert char not in lines[0]
    for marker in ("⟨U+202E⟩", "⟨U+0085⟩", "⟨U+000A⟩", "⟨U+2067⟩", "⟨U+2069⟩"):
        assert marker in lines[0]
