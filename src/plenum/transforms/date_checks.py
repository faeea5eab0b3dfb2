"""Dates a document contradicts itself on: kept as written, marked uncertain and flagged, never silently taken.

A document's dates are those of its datelines (``dateline/date[@when]``), of its headings (a date
written in a ``head``) and of its header (``creation/date``). A dateline whose year no other date of
the document shares (``16 сентября 1957г.`` where the heading says 16 September 1956) gets
``@cert='low'``; a header date the texts agree against (the archive page's 17 September where both
texts say 16) gets ``@cert='low'`` too, unless it falls in a period a heading gives (a journal's entry of 14 August
under 'for the period 1 through 15 August 1957'). Each is flagged with the evidence, for the review.

A dateline in figures whose day and month could be either way round (``9. 4. 1963``), read day first, is read
month first, ``@cert='medium'`` and flagged, where so it gives the header's date and day first it does not (a
translator kept an American order: the title's and the page's 4 September 1963). One with a year of two figures
or with slashes, that the readers leave undated for the doubt (``10.04.63 at 11:10 hours``, ``Date: 2/4/1981``), takes
the reading that is the header's day, month first or day first, ``@cert='medium'`` and flagged.

The header date states its evidence (``@evidence``): ``internal`` when a dateline or heading of the
document's text gives the same day, ``external`` when only the archive's or the journal's heading
does (the page's heading date, a dossier document's title).
"""

from __future__ import annotations

import re

from lxml import etree

from ..readers import Conversion, Document
from ..readers.citation import MONTHS, calendar_date, iso_date, iso_dates
from ..readers.written_dates import hour_first, written_days
from ..tei import NS, q
from . import Transform

MONTH_NAMES = {number: name for name, number in MONTHS.items()}


class CheckDates(Transform):
    name = "date-checks"
    priority = 600

    def apply(self, document: Document, conv: Conversion) -> None:
        root = document.root
        header = root.find("tei:teiHeader/tei:profileDesc/tei:creation/tei:date[@when]", NS)
        if header is not None:
            for undated in _undated(root):
                if _as_header(undated, header.get("when")):
                    conv.flag(document.name, "date", f"'{_written(undated)}' could be read day or month first: read "
                              f"{undated.get('when')[:10]}, as the header dates the document", _source(undated))
        # the datelines' dates, found once (XPath, not iterfind: each element once though texts nest)
        dated = root.xpath(".//tei:text//tei:dateline//tei:date[@when]", namespaces=NS)
        for date in dated:
            if header is not None and _month_first(date, header.get("when")):
                conv.flag(document.name, "date", f"'{_written(date)}' read month first, {date.get('when')}, as the "
                          "header dates the document (day first it would be another day)", _source(date))
        datelines = [(date.get("when"), date) for date in dated]     # (their @when after the month-first reading)
        # a heading's date: its first, or the first whose year a dateline or the header has ('… per the 19
        # September 1953 Agreement … as of 1 January 1956' in a memo of 1956)
        years = {when[:4] for when, _ in datelines} | ({header.get("when")[:4]} if header is not None else set())
        heads = [(next((when for when in whens if when[:4] in years), whens[0]), head)
                 for head in root.xpath(".//tei:text//tei:head", namespaces=NS)
                 if (whens := iso_dates(" ".join("".join(head.itertext()).split())))]
        if header is not None:
            header.set("evidence", "internal" if _in_text(root, header.get("when"))
                       or _docket_day(root, header.get("when")) else "external")
        dates = datelines + heads + ([(header.get("when"), header)] if header is not None else [])
        agreed = []
        for when, date in datelines + heads:
            others = [other for other, element in dates if element is not date]
            if others and when[:4] not in {other[:4] for other in others}:
                date.set("cert", "low")
                conv.flag(document.name, "date", f"'{_written(date)}' gives the year {when[:4]}, which no other "
                          f"date of the document has ({', '.join(sorted(set(others)))}): kept as written",
                          _source(date))
            else:
                agreed.append(when)
        if header is not None and agreed and len(set(agreed)) == 1 \
                and not agreed[0].startswith(header.get("when")) \
                and not _in_period(root, header.get("when")) \
                and not _docket_day(root, header.get("when")):   # (the day at an hour of it agrees: '10:00, 2 …';
                                                                 # a journal's docket gives the header's day)
            header.set("cert", "low")
            conv.flag(document.name, "date", f"the header dates the document {header.get('when')} as its source's "
                      f"heading does, but its texts date it {agreed[0]} "
                      f"({'; '.join(sorted({repr(_written(e)) for w, e in datelines + heads if w == agreed[0]}))})",
                      _source(_heading_date(root, header)))


def _month_first(date: etree._Element, header: str) -> bool:
    """Give a date in figures read day first its month-first reading, @cert medium, where that reading is the
    header's day and the other is not; whether it did."""
    when = date.get("when")
    figures = _FIGURES.fullmatch(_written(date))
    if not figures or len(when) != 10 or when == header[:10]:
        return False
    first, second = int(figures["first"]), int(figures["second"])
    swapped = f"{when[:4]}-{first:02d}-{second:02d}"
    if first > 12 or second > 12 or first == second or swapped != header[:10] or when[5:] != f"{second:02d}-{first:02d}":
        return False
    date.set("when", swapped)
    date.set("cert", "medium")
    return True


def _undated(root: etree._Element) -> list[etree._Element]:
    """The dates without @when in the text of a dateline, or of a docket's line ('04.10.91'), in document order: read
    by walking up from each date (an XPath of both, a union or a path with a predicate, cost libxml2 time growing
    with the square of the text)."""
    found = []
    for date in root.iter(q("date")):
        if date.get("when") is not None:
            continue
        parent = date.getparent()
        chain = list(date.iterancestors())
        if any(e.tag == q("text") for e in chain) and (any(e.tag == q("dateline") for e in chain)
                                                       or parent.tag == q("fw") and parent.get("type") == "header"):
            found.append(date)
    return found


def _as_header(date: etree._Element, header: str) -> bool:
    """Date figures the readers left undated, both of them twelve or less and the year of two figures ('10.04.63 at
    11:10') or slashes between them ('2/4/1981'), by the reading that gives the header's day (with the hour after
    them), @cert medium; whether so."""
    figures = _SHORT_FIGURES.match(_written(date))
    if not figures or len(header or "") < 10 or not header[:4].endswith(figures["year"]):
        return False
    first, second = int(figures["first"]), int(figures["second"] or figures["slashed"])
    day = (int(header[8:10]), int(header[5:7]))
    if first > 12 or second > 12 or first == second or day not in ((first, second), (second, first)):
        return False
    date.set("when", hour_first(_written(date), header[:10]))
    date.set("cert", "medium")
    return True


# Figures of a day and month divided by stops and a year of two figures, or by slashes and a year of two or four,
# what follows them aside ('10.04.63 at 11:10', '2/4/1981 (partially illegible)').
_SHORT_FIGURES = re.compile(r"(?P<first>\d{1,2})(?:\.(?P<second>\d{1,2})\.(?=\d{2}(?!\d))|/(?P<slashed>\d{1,2})/)"
                            r"(?P<year>\d{4}|\d{2})(?![\d.])")
# A date in figures, its day and month divided by stops or slashes ('9. 4. 1963', '11.12.1962', '9/4/1963').
_FIGURES = re.compile(r"(?P<first>\d{1,2})\s?[./]\s?(?P<second>\d{1,2})\s?[./]\s?\d{2,4}\.?")


def _in_period(root: etree._Element, when: str) -> bool:
    """True when a heading gives a period from one day to another that holds the day `when` ('for the period 1 through
    15 August 1957' for a journal's entry of 14 August): the texts date the document no other day."""
    for head in root.xpath(".//tei:text//tei:head", namespaces=NS):
        for found in _PERIOD.finditer(" ".join("".join(head.itertext()).split())):
            first, month, year, last, last_month, last_year = found.groups()
            months = MONTHS.get(month or last_month), MONTHS.get(last_month)
            if not all(months):
                continue
            start, end = calendar_date(year or last_year, months[0], first), calendar_date(last_year, months[1], last)
            if start and end and start <= (when or "")[:10] <= end:
                return True
    return False


# A period a heading gives, from one day to another ('1 through 15 August 1957', '14 to 30 June 1958', '1 July
# through 20 July 1961', a conference's days with a dash, '(Testapest, 11-12 July 1967)'), or its days one by one
# ('on 19, 20 and 21 October 1956').
_PERIOD = re.compile(r"\b(\d{1,2})(?:\s+([A-Z][a-z]+))?(?:,?\s+(\d{4}))?(?:\s+(?:to|through|till|until)\s+|\s*[-–]\s*|"
                     r"(?:,\s*\d{1,2})*,?\s+and\s+)(\d{1,2})\s+([A-Z][a-z]+),?\s+(\d{4})")


def _in_text(root: etree._Element, when: str) -> bool:
    """True when a dateline or heading of the document's text gives the day `when` (its year may be
    left out: '21 September'; the first or last of its days, '11-12 July 1967'), as written or as the readers dated it."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", when or ""):
        return False
    month, day = MONTH_NAMES[int(when[5:7])], int(when[8:])
    for element in root.xpath(".//tei:text//tei:dateline | .//tei:text//tei:head", namespaces=NS):
        text = _written(element)
        # as written, or as read there ('28.8.62', '9 January 1980' / 'No. 2611-A'), never read month first to agree
        if iso_date(text) == when or re.search(rf"\b(?:{day} {month}|{month} {day})\b(?!,? \d)", text) \
                or when in written_days(text).values() \
                or any(dated[:10] == when for dated in element.xpath(".//tei:date[not(@cert)]/@when", namespaces=NS)):
            return True
    return False


def _docket_day(root: etree._Element, when: str) -> bool:
    """True when a docket's line of the text is the day `when` alone, as a journal's docket gives the day the record
    was entered ('14 June 1951' over 'No. 77/AT', its day in quotes too, '“3” March 1961'; the conversation's day
    under the title is the dateline's)."""
    return bool(when) and any(_DAY_ALONE.fullmatch(day := _QUOTES.sub("", _written(fw))) and iso_date(day) == when[:10]
                              for fw in root.iterfind(".//tei:text//tei:fw[@type='header']", NS) if _over_title(fw))


def _over_title(fw: etree._Element) -> bool:
    """True when a docket's line stands over the record's title and its dateline (siblings after it; no XPath axis
    that walks the document from each line)."""
    after = list(fw.itersiblings())
    return any(e.tag == q("head") for e in after) and any(e.tag == q("opener") and e.find("tei:dateline", NS) is not None
                                                         for e in after)

# A day alone, its month in letters ('14 June 1951', 'June 14, 1951').
_DAY_ALONE = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}")
# The quotes around a docket's day ('“3” March 1961', '"11" August 1977').
_QUOTES = re.compile(r"[\"“”«»]")


def _written(element: etree._Element) -> str:
    """An element's words, its notes left out ('Samplegrad, 29 June 1968' of the date with a note's mark after it)."""
    return " ".join("".join(element.xpath(".//text()[not(ancestor::tei:note)]", namespaces=NS)).split())


def _heading_date(root: etree._Element, header: etree._Element) -> etree._Element:
    """Where the header's date comes from: the source's heading date, if the header records it."""
    heading = root.find(".//tei:bibl[@type='heading']/tei:date", NS)
    return heading if heading is not None else header


def _source(element: etree._Element) -> str:
    """The @source of the element or of its nearest ancestor that has one."""
    return next((e.get("source") for e in (element, *element.iterancestors()) if e.get("source")), "")
