"""An opener's dateline: its place or label and its date, or a cipher telegram's line of sending or
receipt (the words, then the date and time), the date with @when where it reads as one of the calendar."""

from __future__ import annotations

import re

from lxml import etree

from ..tei import sub
from .block_patterns import MEMO_DATE
from .routing import TRANSMITTED
from .inline import InlineParser, Run
from .dateline_shapes import (BULLETED, CODED_PLACE, DATE_NUMBER, FROM_TO, IN_PLACE_ON, JOURNAL_DATED, NUMBERED_HOUR,
                              OFFICE_CODE_FIRST, PLACE_CLOCK, REMARK_AFTER, VENUE_HOUR)
from .written_dates import DATE_PLACE, DATELINE, PLACE_DATE, TIME_FIELD, at_clock, hour_first, written_days, written_when


# A place over the date on the line below it, no comma between ('Pyongyang' / '30 August 1951'), its postcode with it
# ('NEW PROBEPUR-110099' / '31st July 1985.').
_PLACE_OVER_DATE = re.compile(r"(?P<place>[A-ZА-Я][\w-]+(?:\s[A-ZА-Я][\w-]+)?(?:\s\d{4,6})?\s+)"
                              r"(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\.?$|"
                              r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\.?$)")


def placed_date(inline: InlineParser, dateline: etree._Element, text: str, run: Run) -> None:
    """A dateline's place or label, when it has one before the date ('Budapest, 1971 May 3.', 'Date:
    May 9th, 1977', 'Pyongyang' / '30 August 1951'), then its date; or its date, then the place ('1973-3-15   Ulaanbaatar')."""
    if bulleted := BULLETED.fullmatch(text):      # between bullets or dashes: '• 25 November 1947 •', '- 5 April 1972 -'
        inline.parse(run.part(0, bulleted.start("inner")), dateline)
        _date(inline, dateline, bulleted["inner"], run.part(bulleted.start("inner"), bulleted.end("inner")))
        inline.parse(run.part(bulleted.end("inner")), dateline)
        return
    if remark := REMARK_AFTER.search(text):   # the translator's remark after it: '… 1971 [place not provided]'
        placed_date(inline, dateline, text[:remark.start()], run.part(0, remark.start()))
        inline.parse(run.part(remark.start()), dateline)
        return
    if text[:1] + text[-1:] == "[]" and "[" not in text[1:-1] and "]" not in text[1:-1] and PLACE_DATE.match(text[1:-1]):
        _supplied_dateline(inline, dateline, text, run)     # '[Testgrad, Testland, 21 May 1963]'
        return
    if text[:1] + text[-1:] == "()":     # the editor's date in parentheses under a title: '(September 29, 1965)'
        inline.parse(run.part(0, 1), dateline)
        placed_date(inline, dateline, text[1:-1], run.part(1, len(text) - 1))
        inline.parse(run.part(len(text) - 1), dateline)
        return
    if numbered := NUMBERED_HOUR.match(text.rstrip("*")):     # a cable's number before it: 'Nº 1258 22 September 1950 2030'
        inline.parse(run.part(0, numbered.start("date")), dateline)
        _date(inline, dateline, numbered["date"], run.part(numbered.start("date"), numbered.end("date")))
        inline.parse(run.part(numbered.end("date")), dateline)
        return
    if numbered := DATE_NUMBER.fullmatch(text):     # the letter's outgoing number after it: '12.05.92 311/2prb'
        _date(inline, dateline, numbered["date"], run.part(0, numbered.end("date")))
        inline.parse(run.part(numbered.end("date"), numbered.start("number")), dateline)
        inline.parse(run.part(numbered.start("number")), sub(dateline, "idno", None, {"type": "outgoing"}))
        return
    if coded := OFFICE_CODE_FIRST.match(text):    # the office's code before the place: 'HA II/10 Berlin, 9/14/1984'
        inline.parse(run.part(0, coded.end()), dateline)
        _coded_place(inline, dateline, text[coded.end():], run.part(coded.end()))
        return
    if venue := VENUE_HOUR.fullmatch(text):     # a venue and its hour under the date: 'Château de Probe 16.00 hours'
        inline.parse(run.part(0, venue.start("hour")), dateline)
        _date(inline, dateline, venue["hour"], run.part(venue.start("hour"), venue.end("hour")))
        inline.parse(run.part(venue.end("hour")), dateline)
        return
    if after := DATE_PLACE.fullmatch(text):
        _date(inline, dateline, text, run.part(0, after.end("date")))
        inline.parse(run.part(after.end("date")), dateline)
        return
    placed = PLACE_DATE.match(text) or IN_PLACE_ON.match(text) or FROM_TO.match(text) or _PLACE_OVER_DATE.match(text) \
        or PLACE_CLOCK.match(text) or JOURNAL_DATED.match(text)
    labelled = MEMO_DATE.match(text)
    timed = TIME_FIELD.fullmatch(text)      # a form's hour under its date: 'Time: 18:00' ('22 hours, 00 minutes' whole)
    start = placed.end("place") if placed else labelled.end() - 1 if labelled else max(timed.start("hour"), 0) if timed else 0
    if start:
        inline.parse(run.part(0, start), dateline)
    _date(inline, dateline, text, run.part(start))


def _coded_place(inline: InlineParser, dateline: etree._Element, text: str, run: Run) -> None:
    """The place and date after an office's code ('Berlin, 9/14/1984' of 'HA II/10 Berlin, 9/14/1984'): the place a
    placeName, so the code before it is no part of it, then the date."""
    place = CODED_PLACE.match(text)
    inline.parse(run.part(0, place.end("place")), sub(dateline, "placeName"))
    inline.parse(run.part(place.end("place"), place.end()), dateline)
    _date(inline, dateline, text[place.end():], run.part(place.end()))


def _supplied_dateline(inline: InlineParser, dateline: etree._Element, text: str, run: Run) -> None:
    """A place and date the translator supplied in one bracket ('[Testgrad, Testland, 21 May 1963]'): the words
    supplied, the place and date read inside them, the brackets the markup."""
    supplied = sub(dateline, "supplied", None, {"reason": "omitted-in-original"})
    if inline.translation_resp:
        supplied.set("resp", inline.translation_resp)
    for at in (0, len(text) - 1):
        inline.conv.consume(run.source(at), run.source(at) + 1, "bracket")
    placed_date(inline, supplied, text[1:-1], run.part(1, len(text) - 1))


def transmitted_date(inline: InlineParser, dateline: etree._Element, text: str, run: Run) -> None:
    """'Dispatched from Moscow on 24.10.1962 at 16:00', 'Received on 4:10 am, 14 May 1950': the words, then
    the date and time, @when the moment (the time when it is given, in the afternoon after 'p.m.')."""
    found = TRANSMITTED.match(text, len(text) - len(text.lstrip()))   # spaces around it too
    clock = "time" if found.group("time") else "early"
    start = found.start("early") if found.group("early") else found.start("date")
    end = max(found.end(group) for group in ("date", "time", "meridiem") if found.group(group))
    inline.parse(run.part(0, start), dateline)
    date = sub(dateline, "date")
    if when := written_when(found.group("date")):
        written = _WORDED_HOUR.sub(r"\1:\2", (found.group(clock) or "").replace(" ", ""))   # ('3 : 00 pm' of a Czech
                                                                                       # form, '19 hours 35 minutes')
        hours = f"{written[:2]}:{written[2:]}" if written.isdigit() else written.replace(".", ":")   # ('1700' hours)
        hour, _, minute = hours.partition(":")
        half = found.group("meridiem" if clock == "time" else "early_meridiem") or ""    # '6:30 p.m.'
        date.set("when", at_clock(when, hour, minute, half) if hour else when)
    inline.parse(run.part(start, end), date)
    inline.parse(run.part(end), dateline)


# An hour and its minutes in words, their spaces gone ('19hours35minutes').
_WORDED_HOUR = re.compile(r"(\d{1,2})hours?(\d{1,2})minutes?")


def _date(inline: InlineParser, dateline: etree._Element, text: str, run: Run) -> None:
    """The date of a dateline (`run`, of the block whose text is `text`), with @when when it reads as a
    date of the calendar (and its hour when the hour stands before it)."""
    date = sub(dateline, "date")
    if days := written_days(text):
        date.attrib.update(days)
    elif when := written_when(text):
        date.set("when", hour_first(run.text, when))      # (the hour after the place: 'Testgrad, 10:50 pm, 2 May 1971')
    inline.parse(run, date)


def dated_forme(fw: etree._Element) -> None:
    """A letterhead's or docket's line that is a date alone ('04.10.91' under the letter's number '2044', '14 June
    1951' over the journal's name): its date tagged as a dateline's is, @when where it reads as a day of the calendar
    (figures that could be read either way round are read by the header's day in transforms/date_checks)."""
    text = fw.text or ""
    if fw.get("type") != "header" or len(fw) or not DATELINE.fullmatch(text.strip()):
        return
    start = len(text) - len(text.lstrip())
    date = sub(fw, "date", text.strip())
    fw.text, date.tail = text[:start] or None, text[start + len(date.text):] or None
    if days := written_days(date.text):
        date.attrib.update(days)
    elif when := written_when(date.text):
        date.set("when", when)
