"""A list of figures a line each, as a report sets out a plan or a count ('rice 450' / 'barley 120' / 'wheat 85' /
'Total 655'), in paragraphs of a line or in one paragraph of lines: a table, a row a line, its words one cell and
its figure another. So is a table a text export flattened into columns parted by runs of spaces, one paragraph of
lines aligned on the same column starts ('No.   Date         Yield (kt)' / '1     10.09.1961   40'): a row a line, a
cell a column, the header its label row."""

from __future__ import annotations

import re

from lxml import etree

from ..tei import sub
from .inline import BREAK, InlineParser, Run

# A line of a few words then a figure: 'rice 450', 'Total 655', 'steel plates 1,200', 'cotton 12.5'.
FIGURE_LINE = re.compile(r"(?P<words>[^\W\d][\w'’.()-]*(?:\s+[^\W\d][\w'’.()-]*){0,4})\s+"
                         r"(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
# The fewest lines a list of figures has: two figures may be a sentence's parts.
_LEAST_LINES = 3
# A cell of a table set out in columns of spaces: a few words parted by single spaces ('Yield (kt)', '10.09.1961',
# '[not legible]'); two spaces or more part two cells.
_COLUMN_CELL = re.compile(r"\S+(?:[ \u00a0]\S+){0,4}")
# The fewest columns such a table has: two columns of a few lines are a letterhead's or a docket's (forme work).
_LEAST_COLUMNS = 3
# The longest cell of such a table: longer text is prose's.
_LONGEST_CELL = 40
# A figure: every row of such a table under its header holds one; the header none but years.
_DIGIT = re.compile(r"\d")
# A year a column is named by in a table's header ('Item   1970   1971').
_HEADER_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,])")
# The kinds the lines were read as: paragraphs of the text.
_FIGURES_READ_AS = frozenset({"narrative", "p"})


def mark_figures(blocks: list) -> None:
    """Give the kind 'figures' to a block, 'figures-continued' to the next ones, where three lines or more one
    under the other, in one block or in blocks of a line one after the other, are each words then a figure, no two
    the same words ('Part 1' / 'Part 2' / 'Part 3' are a numbering's)."""
    run: list = []
    for block in [*blocks, None]:
        lines = block.run.text.split(BREAK) if block is not None and block.kind in _FIGURES_READ_AS else []
        if set_in_columns(lines):
            block.kind, lines = "columns", []
        if lines and all(FIGURE_LINE.fullmatch(line.strip()) for line in lines):
            if len(lines) == 1:
                run.append(block)
                continue
            _figures_run([block])
        _figures_run(run)
        run = []


def _figures_run(run: list) -> None:
    """Mark the blocks of `run`, each of lines of figures, as one table's, when its lines are three or more and
    their words all differ."""
    words = [FIGURE_LINE.fullmatch(line.strip()).group("words").lower()
             for block in run for line in block.run.text.split(BREAK)]
    if len(words) >= _LEAST_LINES and len(set(words)) == len(words):
        for position, block in enumerate(run):
            block.kind = "figures-continued" if position else "figures"


def set_in_columns(lines: list[str]) -> bool:
    """Whether `lines` are a table set out in columns of spaces: three lines or more, each of the same three cells
    or more starting at the same columns, each cell short, a figure in every line under the first."""
    if len(lines) < _LEAST_LINES or any("\t" in line for line in lines):
        return False        # (a tab's width is unknown: its columns cannot be told)
    cells = [list(_COLUMN_CELL.finditer(line)) for line in lines]
    starts = [cell.start() for cell in cells[0]]
    return len(starts) >= _LEAST_COLUMNS and all(
        [cell.start() for cell in row] == starts and all(_whole_cell(cell, line) for cell in row)
        for row, line in zip(cells, lines)) and all(_DIGIT.search(line) for line in lines[1:])


def _whole_cell(cell: re.Match, line: str) -> bool:
    """Whether a match of _COLUMN_CELL in `line` is a whole cell: short, two spaces or the line's end after it."""
    return len(cell[0]) <= _LONGEST_CELL and not line[cell.end():cell.end() + 2].strip()


def column_rows(table: etree._Element, inline: InlineParser, run: Run) -> None:
    """A row of `table` for each line of `run`, a table set out in columns of spaces, a cell a column; the first
    row the columns' names (role="label") where it holds no figure but years ('Item   1970   1971')."""
    for number, (start, end) in enumerate(run.line_bounds()):
        label = number == 0 and not _DIGIT.search(_HEADER_YEAR.sub("", run.text[start:end]))
        row = sub(table, "row", None, {"role": "label"} if label else None)
        for cell in _COLUMN_CELL.finditer(run.text, start, end):
            inline.parse(run.part(cell.start(), cell.end()), sub(row, "cell"))


def figure_rows(table: etree._Element, inline: InlineParser, run: Run) -> None:
    """A row of `table` for each line of `run`, its words a cell and its figure another."""
    for start, end in run.line_bounds():
        line = FIGURE_LINE.search(run.text, start, end)
        row = sub(table, "row")
        for group in ("words", "figure"):
            inline.parse(run.part(line.start(group), line.end(group)), sub(row, "cell"))

