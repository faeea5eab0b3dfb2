"""Conversion is linear in the length of a source, and a source over the size limit is refused (issue 14.13).

Each shape below made some step of the conversion quadratic (a search over everything before each
paragraph, a text copied whole at each join, a count over every label for each label, a full
turns x turns table...). A source of each shape is converted at one length and at four times it;
the CPU time may grow eightfold at most (linear work grows fourfold, a quadratic step sixteenfold).
These are ratios of the same work at two sizes, not time limits; benchmarks/scaling.py has the figures.
"""

from __future__ import annotations

import gc
import re
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from plenum import pipeline
from plenum.cli import main
from plenum.errors import InputError
from plenum.source import LIMIT, Source

ROOT = Path(__file__).resolve().parents[1]
GROWTH = 8    # the most the CPU time may grow when the source grows fourfold

HEADER = """September 21, 1956 Record of a long meeting

Citation:

"Record of a long meeting", September 21, 1956, Wilson Center Digital Archive, GARF, Fond 5446, Opis 98c, \
Delo 718, Listy 1-2. Translated by Gary Goldberg. https://digitalarchive.wilsoncenter.org/document/900001

Summary:

A record made long for a test.

Original Language:

English

Contents:

Translation - English

"""


def _markdown(original: list[str], translation: list[str]) -> str:
    """A Markdown export of a record with a Russian original and its English translation."""
    return ("\n\n## **September 21, 1956**\n\n### **Record of a long meeting**\n\n#### **Citation:**\n\n"
            '"Record of a long meeting", September 21, 1956, Wilson Center Digital Archive, GARF, Fond 5446. '
            "Translated by Gary Goldberg. <https://digitalarchive.wilsoncenter.org/document/900002>\n\n"
            "#### **Summary:**\n\nA record made long for a test.\n\n#### **Original Language:**\n\nRussian\n\n"
            "#### **Contents:**\n\nOriginal Scan  \nTranslation - English\n\n"
            + "\n\n".join(["Сов. секретно", *original, *translation]) + "\n")


# Each shape: a source of `n` units, in words of its own.
SHAPES = {
    # paragraphs and no turn: the participants were looked for with preceding::sp from every paragraph
    "narrative only": lambda n: HEADER + "\n\n".join(
        f"The delegation met the committee for the {i}th time and discussed the matters of the day." for i in range(n)),
    # one paragraph the export split at every line: each join copied and searched the whole block
    "one paragraph split by blank lines": lambda n: HEADER + "Mikoyan: We began.\n\n" + "\n\n".join(
        "the delegation spoke at length of the matters raised by the comrades and" for _ in range(n)) + " ended.\n",
    # one paragraph of many lines: each line copied the paragraph, each line break counted those before it
    "one paragraph of many lines": lambda n: HEADER + "Mikoyan: We began.\n\n" + "\n".join(
        "the delegation spoke at length of the matters raised by the comrades and" for _ in range(n)) + " ended.\n",
    # a long list of participants: each label walked every piece of the list
    "long participants list": lambda n: HEADER + "Participants: Soviet side: Mikoyan\n" + "".join(
        "Chinese side: Zhou Enlai, Peng Dehuai\n" for _ in range(n)) + "\nMikoyan: We began.\n",
    # a list of names a plural title opens: each name could walk back through the names before it
    "names listed after Comrades": lambda n: HEADER + "Mikoyan: The copies went to Comrades " + ", ".join(
        f"Testov{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}" for i in range(n)) + ".\n",
    # names a line each under a copy note's heading, closing the text: each walked up to the heading
    "names under Recipients": lambda n: HEADER + "Mikoyan: We began.\n\nRecipients:\n\n" + "\n\n".join(
        f"Com. Testowski{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(n)) + "\n",
    # turns under bare labels: each label was counted among all the others
    "turns with bare labels": lambda n: HEADER + "\n\n".join(
        f"{name}: Yes, {i}." for i in range(3 * n) for name in ("Mikoyan", "Ponomarev")),
    # an original with half as many turns as its translation: the alignment table was turns x turns
    "original shorter than its translation": lambda n: _markdown(
        [f"Тов. Микоян - Мы говорили о деле номер {i}." for i in range(n // 2)],
        [f"Cde. Mikoyan - We spoke of matter number {i} at length." for i in range(n)]),
}
UNITS = 1500


def _cpu_seconds(source: Path, out: Path, runs: int) -> float:
    """The least CPU time of `runs` conversions of `source` (converted and written, as `plenum convert`
    does; the garbage collector, whose passes cost what the whole test session holds, paused)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            pipeline.write(pipeline.convert(source, out), out)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_conversion_time_grows_linearly_with_the_source(shape, tmp_path):
    out = tmp_path / "tei"
    out.mkdir()
    shutil.copyfile(ROOT / "tei" / "persons.xml", out / "persons.xml")
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text(SHAPES[shape](UNITS), encoding="utf-8")
    long.write_text(SHAPES[shape](4 * UNITS), encoding="utf-8")
    _cpu_seconds(short, out, 1)                      # imports and caches warmed once
    growth = _cpu_seconds(long, out, 2) / _cpu_seconds(short, out, 3)
    assert growth < GROWTH, f"{shape}: four times the source took {growth:.1f} times the CPU time"


def test_no_xpath_of_the_conversion_searches_before_or_after_each_node():
    """preceding:: and following:: walk the document from every node they start at (the participants
    transform asked preceding::sp of every paragraph)."""
    code = [path for folder in ("readers", "transforms") for path in (ROOT / "src" / "plenum" / folder).glob("*.py")]
    code += [ROOT / "src" / "plenum" / name for name in ("lossless.py", "tei.py", "pipeline.py", "textnodes.py")]
    found = [f"{path.name}:{number}" for path in code
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"""["'][^"']*\b(?:preceding|following)(?:-sibling)?::""", line)]
    assert found == []


# -- the size limit ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def oversized(tmp_path_factory) -> Path:
    """A transcript one paragraph over the limit."""
    folder = tmp_path_factory.mktemp("big")
    path = folder / "long-record.txt"
    paragraph = "The delegation met the committee and discussed the matters of the day at great length.\n\n"
    path.write_text(HEADER + paragraph * (LIMIT // len(paragraph) + 1), encoding="utf-8")
    assert path.stat().st_size > LIMIT
    return path


def test_a_source_over_the_limit_is_refused_naming_the_file_its_size_and_the_limit(oversized):
    with pytest.raises(InputError) as error:
        Source.read(oversized)
    message = str(error.value)
    assert message.startswith(str(oversized))
    assert f"{oversized.stat().st_size:,} bytes" in message
    assert f"{LIMIT:,} bytes" in message


def test_convert_reports_an_oversized_source_on_one_line_and_writes_nothing(oversized, tmp_path):
    out = tmp_path / "tei"
    result = CliRunner().invoke(main, ["convert", str(oversized), "-o", str(out)])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if oversized.name in line]
    assert len(lines) == 1 and f"{LIMIT:,}" in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists() or not list(out.glob("*.xml"))


def test_a_source_at_the_limit_is_read(tmp_path):
    path = tmp_path / "at-the-limit.txt"
    path.write_bytes(b"a" * LIMIT)
    assert len(Source.read(path).text) == LIMIT


@pytest.mark.parametrize("command", ["convert", "build"])
def test_the_limit_is_announced_in_the_help_and_the_readme(command):
    help_text = " ".join(CliRunner().invoke(main, [command, "--help"]).output.split())
    assert f"{LIMIT:,} bytes" in help_text
    assert f"{LIMIT:,} bytes" in (ROOT / "README.md").read_text(encoding="utf-8")
