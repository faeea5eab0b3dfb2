"""A meeting's agenda as its minutes set it out: the word alone on its line ('Agenda', 'AGENDA:', 'Order of the
day'), over its points one under the other ('1. The harbour question' / '2. The spring fair'), a list it heads;
over the first of the points the minutes are divided into (sections.py), their heading."""

from __future__ import annotations

import re

from .inline import BREAK

# The agenda's word alone on its line ('Agenda', 'AGENDA:', 'Agenda of the meeting:', 'Order of the day').
AGENDA = re.compile(r"(?:Agenda|Order of the day)(?: of the (?:meeting|session))?:?", re.I)
# A point of the agenda a line each: its number, then a few words ('1. The harbour question', '2) Miscellaneous').
AGENDA_POINT = re.compile(r"(?P<number>\d{1,2})[.)]\s+\S[^\n]{0,150}")
# The kinds the agenda's word and its points were read as: a heading at the top, a paragraph below it.
_AGENDA_READ_AS = frozenset({"head", "narrative", "p"})


def mark_agenda(blocks: list) -> None:
    """Give the kind 'agenda' to the agenda's word alone over two or more points numbered from 1 one under the
    other ('agenda-item' each: a list), or 'head' where the first point under it heads a section."""
    for index, block in enumerate(blocks[:-1]):
        if block.kind not in _AGENDA_READ_AS or not AGENDA.fullmatch(block.text.strip()):
            continue
        points = _points_under(blocks, index + 1)
        if len(points) > 1:
            block.kind = "agenda"
            for point in points:
                point.kind = "agenda-item"
        elif blocks[index + 1].kind == "section":
            block.kind = "head"


def _points_under(blocks: list, start: int) -> list:
    """The agenda's points from `start` on, a block each numbered 1, 2, 3 … one under the other."""
    points = []
    for block in blocks[start:]:
        match = AGENDA_POINT.fullmatch(block.text.strip())
        if block.kind not in _AGENDA_READ_AS or BREAK in block.run.text or not match \
                or int(match.group("number")) != len(points) + 1:
            break
        points.append(block)
    return points


def point_number(text: str) -> str:
    """The number of an agenda's point as written ('1' of '1. The harbour question')."""
    match = AGENDA_POINT.fullmatch(text.strip())
    return match.group("number") if match else ""
