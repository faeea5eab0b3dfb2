"""The command line: exit codes, one-line errors naming file and line, no output for bad input."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from plenum.cli import main

from .conftest import SEEDS


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A working folder with a copy of the seeds, as a user's checkout has them."""
    shutil.copytree(SEEDS[0].parent, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("command", ["build", "convert", "validate", "render"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Exit codes" in result.output


def test_build_writes_the_edition_and_a_summary(project):
    result = run("build")
    tei = sorted(p.name for p in (project / "tei").glob("*.xml"))
    assert len(tei) >= len(SEEDS)
    for seed in SEEDS:
        assert any(name.startswith(seed.stem) for name in tei)
    site = project / "site"
    assert (site / "index.html").is_file()
    for name in tei:
        if (site / name.replace(".xml", ".html")).exists():
            assert (site / name.replace(".xml", ".txt")).is_file()
    assert "documents converted" in result.output and "rendered" in result.output
    assert result.exit_code in (0, 1), result.output


def test_a_file_no_reader_recognises_is_reported_and_nothing_is_written(project):
    stray = project / "notes.txt"
    stray.write_text("Some notes of mine.\n\nNothing like an archive page.\n", encoding="utf-8")
    result = run("convert", str(stray), "-o", "out")
    assert result.exit_code == 2
    assert "notes.txt: no reader recognises this layout" in result.output
    assert "archive-markdown:" in result.output and "dossier:" in result.output
    assert not (project / "out").exists() or not any((project / "out").iterdir())


def test_invalid_utf8_is_reported_with_its_line(project):
    bad = project / "bad.txt"
    bad.write_bytes(b"Skip to content\n\nSeptember 1, 1956\n\nTitle \xff here\n")
    result = run("convert", str(bad), "-o", "out")
    assert result.exit_code == 2
    assert "bad.txt:5:7: not UTF-8 text" in result.output


def test_a_missing_input_is_bad_usage(project):
    result = run("convert", "nowhere.txt")
    assert result.exit_code == 2
    assert "nowhere.txt: no such file or directory" in result.output


def test_an_unknown_option_is_bad_usage():
    assert run("build", "--colour").exit_code == 2


def test_validate_reports_file_line_column_and_exits_1(project, tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader/>\n  <wrong/>\n</TEI>\n',
                      encoding="utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{broken}:2:")
    assert ": error: " in first and "[plenum.rng]" in first


def test_validate_reports_xml_that_is_not_well_formed(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>unclosed\n</TEI>\n', encoding="utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 2
    assert f"{broken}:3:" in result.output and "not well-formed XML" in result.output


def test_render_text_only(project):
    run("convert", "seeds", "-o", "tei")
    tei_file = sorted((project / "tei").glob("000*.xml"))[0]
    result = run("render", str(tei_file), "-o", "out", "--format", "text")
    assert result.exit_code == 0, result.output
    assert (project / "out" / tei_file.with_suffix(".txt").name).is_file()
    assert not list((project / "out").glob("*.html"))
