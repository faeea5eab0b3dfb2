"""A record's meeting details: 'Time: …', 'Date and Time: …', 'Location: …' paragraphs, their labels and
the date or place each gives (which the header's settingDesc copies), and who interpreted or kept the record
('Interpreter: …', 'Minutes Prepared: …'), their labels."""

from __future__ import annotations

import re
from typing import Protocol

from lxml import etree

from ..tei import E, sub
from .inline import BREAK, InlineParser, Run
from .meeting_patterns import HOURS_SENTENCE, SETTING, STAFF_LABEL
from .written_dates import time_range

# The labels whose value is a date or a time; the others' is a place.
_DATED = ("time", "date", "date and time", "date & time", "time and date", "time & date", "beginning", "begin", "end", "время", "начало")
# Labels of when a talk began or ended: 'Start of the conversation:', 'End of the meeting:'.
_WHEN_OF = ("start of", "beginning of", "end of")


class SettingInfo(Protocol):
    """Where the details go for the header (block_elements.TextInfo)."""

    setting_date: dict[str, str]
    setting_place: str


def setting_paragraph(inline: InlineParser, info: SettingInfo, run: Run, pointer: str) -> etree._Element:
    """The paragraph of meeting details, a line each; a label alone on its line takes the next line as its
    value ('Date and Time:' / 'Evening of May 9, 1966')."""
    p = E.p({"source": pointer})
    lines: list[tuple[int, int]] = []
    for start, end in run.line_bounds():
        if lines and SETTING.fullmatch(run.text, *lines[-1]):
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((start, end))
    for start, end in lines:
        if start:
            inline.parse(run.part(start - 1, start), p)     # the line break
        _setting_line(inline, info, p, run.part(start, end))
    return p


def _setting_line(inline: InlineParser, info: SettingInfo, p: etree._Element, run: Run) -> None:
    """One line of meeting details: its label, then the date or the place it gives (or, after a staff's
    label, the names as they are)."""
    if indent := len(run.text) - len(run.text.lstrip(" \t")):    # (a line set in: ' Time:  March 2, 1964 …')
        inline.parse(run.part(0, indent), p)
        run = run.part(indent)
    match = SETTING.match(run.text)
    if match is None and (hours := HOURS_SENTENCE.fullmatch(run.text.rstrip())):
        dated_hours(inline, p, run, hours)
        return
    if match is None:
        staff = STAFF_LABEL.match(run.text)
        if staff is None:
            inline.parse(run, p)
            return
        inline.parse(run.part(0, staff.end()), sub(p, "label"))
        inline.parse(run.part(staff.end()), p)
        return
    inline.parse(run.part(0, len(match.group("label")) + 1), sub(p, "label"))
    p[-1].tail = run.text[len(match.group("label")) + 1:match.end()]
    value = run.part(match.end())
    if value.text.startswith(BREAK):    # the value on the next line: the break before it
        inline.parse(value.part(0, 1), p)
        value = value.part(1)
    if match.group("label").lower() in _DATED or match.group("label").lower().startswith(_WHEN_OF):
        element = E.date(time_range(value.text))
        info.setting_date = dict(element.attrib)
    else:
        element = E.placeName()
        info.setting_place = value.text.strip()
    inline.parse(value, element)
    p.append(element)


def dated_hours(inline: InlineParser, parent: etree._Element, run: Run, hours: re.Match[str]) -> None:
    """A line whose hours (the match's groups) are each a date with no day: a sentence on when the talk began and
    ended ('The conversation started at <date>16:15</date> and ended at <date>16:55</date>'), a sitting's heading
    ('Morning meeting (<date>11:30-13:40</date>)'), as the hours of 'Beginning: 10:00 Hours' are."""
    done = 0
    for group, value in hours.groupdict().items():
        if value:
            inline.parse(run.part(done, hours.start(group)), parent)
            inline.parse(run.part(hours.start(group), hours.end(group)), sub(parent, "date"))
            done = hours.end(group)
    inline.parse(run.part(done), parent)
