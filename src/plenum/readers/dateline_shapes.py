"""What a dateline's line may hold beside its date, as the sources write it: the place and 'on' before it, where a
telegram went from and to, the bullets or dashes around it, the letter's or cable's number before or after it, the hour
between the place and the date, an office's code, a day left blank, the translator's remark or a column's copy number
after it, a venue and its hour under it (written_dates reads the date itself; datelines writes the parts)."""

from __future__ import annotations

import re

from .citation import MONTHS

# A month's name, in capitals too ('3 AUGUST 1959').
MONTH_EN = rf"(?:{'|'.join(MONTHS)}|{'|'.join(name.upper() for name in MONTHS)})"

# The place and 'on' before the date, as a Czechoslovak ministry's letters date themselves ('In Probegrad on 6th
# September 1963', 'In Probegrad on 5/16/1963').
IN_PLACE_ON = re.compile(r"(?P<place>In\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+on\s+)(?=\d)")
# Where a telegram went from and to, before its date ('From Probegrad to Testgrad, December 11, 1980'): the place the
# first city.
FROM_TO = re.compile(r"(?P<place>From\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+to\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s*)"
                     r"(?=\d|[A-Z][a-z]+\s+\d)")

# A date line between bullets, as a diary's printed entries head them ('• 25 November 1947 •'), or between dashes
# ('- April 5 1972 -').
BULLETED = re.compile(r"^\s*([•–—-])\s*(?P<inner>.+?)\s*\1\s*$")

# An outgoing number after the date, on the date's line of a ministry's letter: after a date in figures
# ('12.05.92 311/2prb', '15.11.91 2559', '3.4.1992 No. 77'), or with its sign, its stop perhaps left out, after a written
# one ('3 June 1971, No. 1235-A', '4 May 1975, No 1103-A', a registry's letters glued to it, '27 April 1986 Nº 382s').
DATE_NUMBER = re.compile(r"^(?P<date>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d)(?=\s+(?:(?:No\.|Nº|№)\s?)?\d)"
                         r"|.{4,40}?\d{4}(?=,?\s+(?:No\.?|Nº|№)\s?\d))"
                         r",?\s+(?P<number>(?:(?:No\.?|Nº|№)\s?)?\d{1,6}(?:[/-][\w.-]{1,10}|[A-Za-zА-Яа-я]{1,3})?)$")

# A place (the hall in parentheses after it), then the hour, then the date: the hour left out when the line is weighed
# ('Testgrad, 11:40 pm, 22 March 1970', 'Probegrad (Harbour Hall), 2 p.m., 7 May 1968').
PLACE_CLOCK = re.compile(r"^(?P<place>(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+\([^()]{2,60}\))?,\s*)"
                          # (the hall after the city: 'Samplejing, The Great Hall of the People, 3-4 p.m., 7 July 1970')
                          r"(?:(?:The\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,5},\s*(?=\d))?)"
                          r"(?:\d{1,2}(?:[:.]\d{2}\s*(?i:[ap]\.?\s?m\b\.?)?|\s*(?i:[ap]\.?\s?m\b\.?))"
                          # (hours from and to: '3-4 p.m.', '3:00-4:30 pm')
                          r"|\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?i:[ap]\.?\s?m\b\.?)),?\s+(?=\d)")

# A security ministry's office by its code before the place and date, as East German papers head themselves ('HA II/10
# Berlin, 9/14/1984', 'Abt. X/2 Berlin, …'), or a ministry's desk by its number ('Referatsleiter 211 Probestadt, den 25.
# Juli 1991'), or an office by its name in the column left of them ('Department of International Relations      Berlin, den
# 14. 3. 1978').
_NAME_WORD = r"[A-Z][\w'’-]*"
_OFFICE_NAMED = (rf"(?:{_NAME_WORD}\s+(?:(?:of|for|and|the|on|in)\s+)*){{0,5}}"
                 r"(?:Department|Ministry|Embassy|Office|Section|Committee|Directorate|Division|Bureau|Secretariat|Mission)"
                 rf"(?:\s+(?:(?:of|for|and|the|on|in)\s+)*{_NAME_WORD}){{0,5}}(?=[ \u00a0]{{3,}}|\t)")
OFFICE_CODE_FIRST = re.compile(r"(?:(?:[A-Z]{1,3}|Abt\.)\s(?:[IVX]{1,5}|\d{1,2})/\d{1,2}|"
                               r"(?:Referat(?:sleiter)?|Ref\.|Abteilung(?:sleiter)?)\s+\d{1,3}(?:-\d{1,3})?|"
                               rf"{_OFFICE_NAMED})\s+(?=[A-ZÄÖÜ][a-zäöüß]+,\s+(?:den\s+)?\d)")
# The place after that code, and the comma before its date (and the German 'den'): the code no part of the place
# ('Berlin' of 'HA II/10 Berlin, 9/14/1984').
CODED_PLACE = re.compile(r"(?P<place>[A-ZÄÖÜ][a-zäöüß]+),\s+(?:den\s+)?")

# A telegram's number before its date and place, the figures perhaps grouped by thousands ('No. 41 207 11 May 1968,
# Testgrad'), or that office's code.
NUMBER_FIRST = re.compile(rf"^(?:(?:No\.|Nº|№) ?\d{{1,6}}(?: \d{{3}})* +(?=\d{{1,2}} +{MONTH_EN} +\d{{4}}, +[A-Z])"
                           rf"|{OFFICE_CODE_FIRST.pattern})")

# A cable's number, its date and the hour in four figures on one line ('Nº 1258 22 September 1950 2030', 'Nº 1211-1220 3 July
# 1953 2340').
NUMBERED_HOUR = re.compile(rf"^(?:No\.|Nº|№) ?\d{{1,6}}(?:-\d{{1,6}})? +(?P<date>\d{{1,2}} +{MONTH_EN} +\d{{4}}) +[0-2]\d[0-5]\d$")

# A day left blank in a form's date, to be filled in by hand ('____ April 1958', 'Probegrad, ____ November 1962'),
# or the translator's word for it in its place ('[day of month left blank] February 1946').
BLANK_DAY = re.compile(rf"(^|,\s*)(?:_{{2,}}|\[[^\[\]]{{0,40}}\b(?:day|date|blank)\b[^\[\]]{{0,40}}\])"
                        rf"\s+(?={MONTH_EN}\s+\d{{4}})")

# The translator's remark after a date on what the line leaves out: '7 September 1971 [place not provided]', in
# parentheses too, 'Date: 2/4/1981 (partially illegible)'; a copy's number or a classification the next column ran
# on to the date, or both: '“15” January 1963 Copy No. 1', '"1" June 1960 TOP SECRET Copy No. 3', '12 March 1955,
# Top Secret'.
_COPY_AFTER = r"Copy\s*(?:No\.?|Nº|№|#)\s*\d{1,3}"
_NOT_GIVEN = r"\b(?:not\s+(?:given|provided|indicated|stated|legible)|illegible|blank)\b"
REMARK_AFTER = re.compile(rf"\s+(?:\[[^\[\]]{{0,30}}{_NOT_GIVEN}[^\[\]]{{0,20}}\]|\([^()]{{0,30}}{_NOT_GIVEN}[^()]{{0,20}}\))$"
                          rf"|(?<=\d),?\s+(?:{_COPY_AFTER}|(?:(?:TOP\s+)?SECRET|(?:Top\s+)?Secret)!?"
                          rf"(?:,?\s+{_COPY_AFTER})?)!?$")
# Whose journal a docket's one line names before its date, between commas, its classification after it ('From the
# Journal of P. F. Testin, 12 March 1955, Top Secret'): the dateline's label, as a place is.
JOURNAL_DATED = re.compile(r"(?P<place>(?:(?:Excerpt|Extract)\s+)?(?i:from\s+the\s+(?:journal|diary)\s+of)\s+[A-Z][^,\d]{2,60},\s+)"
                           r"(?=\d{1,2}\s|[A-Z][a-z]+\.?\s+\d)")
# A venue and its hour on the line under the date ('20th January 1986' / 'Château de Probe 16.00 hours', 'Hotel
# Testhof, 10:30 a.m.'): the place, a particle in lower case among its words, then the hour (its suffix, or its colon).
VENUE_HOUR = re.compile(r"(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-Ý][\w'’.-]*){0,5},?\s+(?:at\s+)?)"
                        r"(?P<hour>\d{1,2}(?:[.:]\d{2}\s*(?:hours|hrs\.?|h\b|[ap]\.?\s?m\b\.?)|:\d{2}(?!\d)|\s*[ap]\.?\s?m\b\.?))\.?")
# A building named with its article, alone on its line over who were present: 'The Kremlin', 'The Castle'.
VENUE_NAMED = re.compile(r"The [A-Z][a-z]{2,}")
# A building or room the meeting was held in, alone on the line under its date and hours ('September 26 17:10 ~ 18:20'
# / 'Reception Hall 18', 'Guest House No. 5', 'Great Hall of the People'): the place of the dateline.
VENUE_ROOM = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Hall|Room|Guest\s+House|Palace|Residence|Villa|Pavilion)"
                        r"(?:\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s+(?:No\.\s?)?\d{1,3})?")
