"""A Markdown export's blocks beyond paragraphs, lists and headings: block quotations ('> …' on every line)
and pipe tables ('| Year | Coal |' / '| --- | --- |' / '| 1981 | 12,000 |').

A quotation is a quote of paragraphs, each line's '>' markup. A table is a TEI table, a row a line, a
cell between two pipes, the rows above the rule under the header its labels (row role="label"); the
pipes and the rule are markup (body.BODY_MARKUP); a pipe escaped by a backslash ('\\|') is a cell's text,
as Markdown reads it.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from ..tei import E, sub
from . import Conversion
from .block_patterns import QUOTE_LINE
from .inline import InlineParser, Run

# A line of a pipe table: it begins and ends with a pipe (its indent and trailing spaces aside).
TABLE_ROW = re.compile(r"[ \t]{0,3}\|.*\|[^\S\n]*")
# The rule under a table's header: a run of dashes (a colon at either end aligns the column) a cell
# (spaces of any kind around them: a browser may save no-break ones).
TABLE_RULE = re.compile(r"[ \t]{0,3}\|(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+[^\S\n]*")
# A pipe that parts two cells: not one a backslash escapes.
_PIPE = re.compile(r"(?<!\\)\|")


def markdown_kind(lines: list[str]) -> str | None:
    """The kind of a block whose lines are a quotation ('quote': '>' on every line) or a pipe table
    ('table': every line a row, the second the rule under the header); None for any other block."""
    if all(QUOTE_LINE.match(line) for line in lines):
        return "quote"
    if len(lines) >= 2 and TABLE_RULE.fullmatch(lines[1]) and all(TABLE_ROW.fullmatch(line) for line in lines):
        return "table"
    return None


def write_table(conv: Conversion, inline: InlineParser, run: Run, pointer: str) -> etree._Element:
    """The table of a block markdown_kind calls one (`run` its text, `pointer` its lines)."""
    table = E.table({"source": pointer})
    header = True
    for start, end in run.line_bounds():
        if TABLE_RULE.fullmatch(run.text, start, end):
            conv.consume(run.source(start), run.source(end - 1) + 1, "md-table-rule")
            header = False
            continue
        row = sub(table, "row", None, {"role": "label"} if header else None)
        pipes = [match.start() for match in _PIPE.finditer(run.text, start, end)]
        for pipe in pipes:
            conv.consume(run.source(pipe), run.source(pipe) + 1, "md-table-pipe")
        if run.text[pipes[-1] + 1:end].strip():
            pipes.append(end)           # the last pipe escaped ('| a | b \\|'): the text after it a cell too
        for left, right in zip(pipes, pipes[1:]):
            cell = sub(row, "cell")
            inline.parse(run.part(*_trimmed(run.text, left + 1, right)), cell)
    return table


def write_quote(conv: Conversion, inline: InlineParser, run: Run, pointer: str) -> etree._Element:
    """The quote of a block whose every line is a quotation's ('> Moscow agrees …', its paragraphs
    parted by a '>' alone; `run` its text, `pointer` its lines)."""
    quote, paragraph = E.quote({"source": pointer}), None
    for number, (start, end) in enumerate(run.line_bounds()):
        mark = QUOTE_LINE.match(run.text, start, end)
        conv.consume(run.source(start), run.source(mark.end() - 1) + 1, "md-quote")
        if mark.end() == end:
            paragraph = None            # a '>' alone parts two paragraphs
            continue
        if paragraph is None:
            paragraph = sub(quote, "p")
        else:                           # a line break inside a paragraph of the quotation
            paragraph.extend(copy.deepcopy(element) for element in run.breaks[number - 1])
        inline.parse(run.part(mark.end(), end), paragraph)
    return quote


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of text[start:end] without the spaces at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
