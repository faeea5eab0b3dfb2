"""Dates of a document's text that give a day and a month but no year ('3 August', a journal's entry; a cable's
closing hour and day, '11:00 p.m., 2 January', the hour kept in @when; a form's date field, its month abbreviated,
'Date: Mar 9th'):
the year is inferred from the header's date, the document's own (the year before when the month comes
after the header's: an entry of late December in a journal sent in January), and given as @when with
@cert='medium', since the edition, not the source, states it."""

from __future__ import annotations

import datetime
import re

from ..readers import Conversion, Document
from ..readers.citation import ABBREVIATED_MONTHS, MONTHS
from ..readers.written_dates import hour_first, time_range
from ..tei import NS, q
from . import Transform

# A month's name, or abbreviated with its stop or without it, as a form's date field gives it ('Date: Mar 9th').
_NAMES = "|".join([*MONTHS, *(rf"{re.escape(name.rstrip('.'))}\.?" for name in ABBREVIATED_MONTHS)])
DATE = q("date")
_ORDINAL = r"(?:st|nd|rd|th)?"
DAY_MONTH = re.compile(rf"(?P<day>\d{{1,2}}){_ORDINAL}\s+(?P<month>{_NAMES})|(?P<month_first>{_NAMES})\s+(?P<day_after>\d{{1,2}}){_ORDINAL}")
# An hour before or after the day and month, as cables close ('11:00 p.m., 2 January', '3 A.M., 4 September',
# '2 January, 23:00 hours'), or the hours a meeting lasted after it ('July 29th 19:30~21:30', 'September 26 17:10 ~
# 18:20', a Japanese record's tilde for the dash).
_CLOCK = r"\d{1,2}(?:[:.]\d{2}\s*(?:(?i:[ap]\.?\s?m\b\.?)|hours|hrs\.?)?|\s*(?i:[ap]\.?\s?m\b\.?))"
_CLOCKED = re.compile(rf"(?:{_CLOCK},?\s+)?(?P<dated>{DAY_MONTH.pattern})"
                      rf"(?:,?\s+(?:at\s+)?{_CLOCK}(?:\s*(?:[-–~〜～]|to|until)\s*{_CLOCK})?)?")


class DateEntries(Transform):
    name = "entry-years"
    priority = 650   # after date-checks: an inferred year is no evidence for or against the source's dates

    def apply(self, document: Document, conv: Conversion) -> None:
        header = document.root.find("tei:teiHeader/tei:profileDesc/tei:creation/tei:date[@when]", NS)
        if header is None or not re.match(r"\d{4}-\d{2}", header.get("when")):
            return
        year, month = int(header.get("when")[:4]), int(header.get("when")[5:7])
        text = document.root.find("tei:text", NS)
        for date in text.iter(DATE) if text is not None else ():
            if not {"when", "from", "to"} & set(date.keys()) \
                    and (when := _inferred(" ".join("".join(date.itertext()).split()), year, month)):
                date.attrib.update(when)
                date.set("cert", "medium")


def _inferred(text: str, year: int, month: int) -> dict[str, str]:
    """The ISO date (@when, or @from and @to for its hours) of a day and month written alone, in the year that puts
    it at or before the header's month; {} when the text is no such date (or no day of the calendar)."""
    found = _CLOCKED.fullmatch(text)
    if not found:
        return {}
    written = found.group("month") or found.group("month_first")
    entry_month = MONTHS.get(written) or ABBREVIATED_MONTHS[written.rstrip(".") + "."]
    day = int(found.group("day") or found.group("day_after"))
    entry_year = year - 1 if entry_month > month else year
    try:
        when = hour_first(text, datetime.date(entry_year, entry_month, day).isoformat())
    except ValueError:
        return {}
    hours = time_range(f"{text[:found.end('dated')]}, {entry_year}{text[found.end('dated'):]}")
    return hours if "from" in hours else {"when": when}
