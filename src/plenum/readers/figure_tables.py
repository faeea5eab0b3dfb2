"""A list of figures a line each, as a report sets out a plan or a count ('rice 450' / 'barley 120' / 'wheat 85' /
'Total 655'), in paragraphs of a line or in one paragraph of lines: a table, a row a line, its words one cell and
its figure another."""

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
# The kinds the lines were read as: paragraphs of the text.
_FIGURES_READ_AS = frozenset({"narrative", "p"})


def mark_figures(blocks: list) -> None:
    """Give the kind 'figures' to a block, 'figures-continued' to the next ones, where three lines or more one
    under the other, in one block or in blocks of a line one after the other, are each words then a figure, no two
    the same words ('Part 1' / 'Part 2' / 'Part 3' are a numbering's)."""
    run: list = []
    for block in [*blocks, None]:
        lines = block.run.text.split(BREAK) if block is not None and block.kind in _FIGURES_READ_AS else []
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


def figure_rows(table: etree._Element, inline: InlineParser, run: Run) -> None:
    """A row of `table` for each line of `run`, its words a cell and its figure another."""
    for start, end in run.line_bounds():
        line = FIGURE_LINE.search(run.text, start, end)
        row = sub(table, "row")
        for group in ("words", "figure"):
            inline.parse(run.part(line.start(group), line.end(group)), sub(row, "cell"))

