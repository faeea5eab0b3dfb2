"""Dates as a record's text writes them: the patterns of a dateline, with its place before or after it (what
else its line may hold: dateline_shapes), and of a journal's entry; and the dates read into ISO 8601 for @when,
@from and @to (English, year-first, day.month.year, a month in Roman numerals, year-month-day, Russian, Chinese
and Korean dates, the times of day a meeting's details give)."""

from __future__ import annotations

import datetime
import re

from .citation import ABBREVIATED_MONTHS, MONTHS, calendar_date, days_between, iso_date
from .dateline_shapes import (BLANK_DAY, BULLETED, DATE_NUMBER, FROM_TO, IN_PLACE_ON, MONTH_EN, NUMBER_FIRST, NUMBERED_HOUR,
                              PLACE_CLOCK, REMARK_AFTER)

# (a month abbreviated with its stop or without it: 'Nov. 21, 1945', '21 Nov 1945')
_MONTH_SHORT = rf"(?:{'|'.join(re.escape(name.rstrip('.')) for name in ABBREVIATED_MONTHS)})\.?"
# An English day and month, the year perhaps: '2 July 1955', 'July 2, 1955', '3 August', '29 th September, 1955',
# 'March 3rd 1974'; the month abbreviated with the year given: 'Jan. 10, 1945', '10 Jan. 1945'.
_DATE_EN = (rf"\d{{1,2}}(?:\s?(?:st|nd|rd|th))?\s+{MONTH_EN}(?:,?\s+\d{{4}})?"
            rf"|{MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:(?:,\s*|\s+)\d{{4}})?"
            rf"|{_MONTH_SHORT}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_SHORT}\s+\d{{4}}")
# A date in figures with slashes, or with stops and a year of two figures ('10/14/50', '8/23/1983', '2.24.72'):
# which figure is the month only a day past the twelfth says; and a day and month before a year of two
# figures ('14 March 74'), an apostrophe for the century left out as a diarist writes it ('21 December '89'). A year of
# two figures is of the twentieth century, the archive's.
_FIGURES = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)|(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
_SHORT_YEAR = re.compile(rf"(\d{{1,2}})\s+({MONTH_EN})\s+['’]?(\d{{2}})(?!\d)")
# The year first in figures, a space after each stop, as Hungarian telegrams date themselves ('80. 10. 02.',
# '1980. 10. 02.'; a two-digit year of the 1940s to the 1980s), the last stop perhaps left out ('1976. 10. 4', a
# Korean form's), or a year of four figures without the spaces, as Japanese and Korean papers do ('1971.05.05').
_YEAR_FIRST_FIGURES = re.compile(r"\b(19\d{2}|[4-8]\d)\.\s(\d{1,2})\.\s(\d{1,2})(?:\.|\b(?![.,]\d))"
                                 r"|\b(19\d{2})\.(\d{1,2})\.(\d{1,2})\b\.?")
# The same shape with a year no archive's telegram has, mistyped ('18. 09. 11.' for '80. 09. 11.'): a date whose
# day no one can say.
_MISTYPED_FIGURES = re.compile(r"\d{2}\.\s\d{2}\.\s\d{2}\.")
# A day, the month in Roman numerals and the year, as Soviet and East European papers date themselves:
# '23.VII.1960', '5/III-53'.
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_DATE = re.compile(r"(\d{1,2})\s?[./]\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\s?[./-]\s?|\s)(\d{4}|\d{2})(?!\d)")
# Days of one month, a meeting's over two days, a letter's over a night: '30-31 August 1956', '16/17 August 1957'.
_DAYS = re.compile(rf"(\d{{1,2}})\s*[-–/]\s*(\d{{1,2}})\s+({MONTH_EN}),?\s+(\d{{4}})")
# The same with the month first, as American usage writes it: 'March 5-6, 1966'.
_MONTH_DAYS = re.compile(rf"({MONTH_EN})\s+(\d{{1,2}})\s*[-–]\s*(\d{{1,2}}),?\s+(\d{{4}})")
# A German date, its day with a stop and perhaps 'den' before it ('den 22. Februar 1991', '3. Juni 1992').
_MONTHS_DE = {"Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "April": 4, "Mai": 5, "Juni": 6, "Juli": 7, "August": 8,
              "September": 9, "Oktober": 10, "November": 11, "Dezember": 12}
_DATE_DE = re.compile(rf"(?:den\s+)?(\d{{1,2}})\.\s*({'|'.join(_MONTHS_DE)})\s+(\d{{4}})")
# A date alone on its line (perhaps after its place), in any of the ways the sources write one: in words, German, a
# range of days, Roman months, figures, the year first as ISO 8601 writes it ('1985-08-01').
DATELINE = re.compile(rf"(?:{_DATE_EN}|{_DATE_DE.pattern}|{_DAYS.pattern}|{_MONTH_DAYS.pattern}|{_ROMAN_DATE.pattern}|\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}|"
                      rf"(?:1[89]|20)\d\d-[01]?\d-[0-3]?\d|"
                      rf"\d{{1,2}}\.\s+{MONTH_EN}\s+\d{{4}}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s+of\s+{MONTH_EN},?\s+\d{{4}}|"
                      rf"{_FIGURES.pattern}|{_SHORT_YEAR.pattern}|{_YEAR_FIRST_FIGURES.pattern}|{_MISTYPED_FIGURES.pattern})\.?|[\"«“]?\s*\d{{1,2}}\s*[\"»”]?\s*[а-я]+\s+\d{{4}}\s*(?:г\.?|года)?\.?"
                      rf"|[\"«“]?\s*\d{{1,2}}\s*[\"»”]\s*{MONTH_EN},?\s+\d{{4}}\.?")
# A journal's entry opening with its date, alone or before the entry's text ('2 July 1955', '1 May. I
# visited …'), a date with its year perhaps with its weekday and no stop ('March 9, 1972 (Thursday) In the
# morning …'), alone between bullets too ('• 25 November 1947 •'); its weekday before it ('Tuesday, 5 March'),
# and alone on its line all in bold, as a Markdown export heads an entry ('**Monday, 4 March**': group `bold`);
# `date` is the date without its full stop.
_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY = rf"\({_WEEKDAYS}\)"
ENTRY = re.compile(rf"\s*(?:•\s*(?P<bulleted>{_DATE_EN})\s*•\s*$|(?P<bold>\*\*)?(?:{_WEEKDAYS},?\s+)?(?P<date>{_DATE_EN})"
                   rf"(?(bold)\.?\*\*\s*$|(?:\.?\s*$|\.\s+(?=\S)|(?<=\d{{4}})(?:\s+{_WEEKDAY})?\s+(?=[A-Z][a-z]))))")
# A place and date closing a report: 'Budapest, 1971 May 3.', 'Pyongyang, 3 March 1961', 'Berlin, 12.3.1968', a
# city and its country or province 'Probea, Probegrad 3 September 1952', 'Probegrad, D. F., 9 April 1963', a building
# 'In the Kremlin, 27 May 1945.', the German 'den' before the date ('Berlin, den 14. 3. 1978').
PLACE_DATE = re.compile(rf"(?P<place>(?:(?:In|At)\s+the\s+)?\[?[A-ZА-Я][\w-]+(?:\s+[A-ZА-Я][\w-]+)?\]?(?:\s+\([^()]{{2,40}}\))?"
                        rf"(?:,\s+[A-ZА-Я][\w-]+,?\s+|,\s+(?:[A-Z]\.\s?){{1,3}},?\s+|\s?,\s+|\s+(?=\[))(?:den\s+)?)\[?(?:\d{{4}}\.?\s+{MONTH_EN}\s+\d{{1,2}}|"
                        rf"\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{4}}|(?:{DATELINE.pattern}))\.?\]?")     # (the date in brackets: 'Probegrad [30 June 1963]')
# After a single space, one word alone to the line's end, no kind of document: 'April 12, 1979 Moscow'.
_ONE_PLACE = (r"(?=(?!(?:Record|Memorandum|Minutes|Report|Note|Telegram|Protocol|Conversation|Information|Letter|Cable|"
              r"Secret|Confidential|Draft|Copy)\b)[A-ZА-Я][a-zа-я][\w-]*\.?$)")
# A dateline with its date first, then the place ('1973-3-15      Ulaanbaatar', 'May 3, 1972, Budapest'), a record's
# with the hall it was held in ('31 July 1958 in Testov Hall', 'August 1, 1958, in the Probe Hall [in Probegrad]'), the
# place after a single space ('April 12, 1979 Moscow').
DATE_PLACE = re.compile(rf"(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|{_DATE_EN})(?:,\s+|\s{{2,}}|,?\s+in\s+(?:the\s+)?|\s{_ONE_PLACE})"
                        rf"(?P<place>[A-ZА-Я][\w-]+(?:\s+[A-ZА-Я][\w-]+){{0,2}})(?:\s*\[[^\[\]]{{1,80}}\])?\.?")
_MONTHS_RU = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
              "сен": 9, "окт": 10, "ноя": 11, "дек": 12}
# A time of day, with 'a.m.'/'p.m.' when the source gives one ('3:00 p.m.' is 15:00; a stop before its minutes with it,
# '4.10pm' 16:10, never '10pm'; a space after the colon as OCR leaves it, '2: 10 p. m.' 14:10, never '10 p. m.'), the hour
# alone only with it ('10 p.m.').
_CLOCK = re.compile(r"\b(\d{1,2})(?:(?::\s?|\.(?=\d{2}\s*[ap]\.?\s?m\b))(\d{2})(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?"
                    r"|\s*([ap])\.?\s?m\b\.?)", re.I)
_RU_DATE = re.compile(r"(\d{1,2})\s*[\"»”]?\s*([а-я]+)\s+(\d{4})")
_YEAR_FIRST = re.compile(rf"\b(\d{{4}})\.?\s+({'|'.join(MONTHS)})\s+(\d{{1,2}})\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_DASHED_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# A Chinese, Japanese or Korean date, year, month and day in Arabic or Chinese numerals, as an original
# dates itself: '1962年3月14日', '一九六二年三月十四日', '1956년 10월 5일'; a month and day alone, '八月三日'.
_CJK_DATE = re.compile(r"(?:([0-9〇零○一二三四五六七八九]{4})\s*[年년]\s*)?([0-9一二三四五六七八九十]{1,3})\s*[月월]\s*"
                       r"([0-9一二三四五六七八九十]{1,3})\s*[日일][.。]?")
_CJK_DIGITS = {**{char: str(value) for value, char in enumerate("〇一二三四五六七八九")}, "零": "0", "○": "0"}


def time_range(text: str) -> dict[str, str]:
    """'September 18, 1956, 18:00 - 21:10' -> {'from': '1956-09-18T18:00:00', 'to': …}; a 'p.m.' after the
    second time only is the first's too when the first is earlier in the afternoon ('5:30 - 7:10 p.m.',
    '2:50-3:55pm'); an end earlier than the start is the next day's; a year the translator supplied counts
    ('11:00 A.M, 5 August [1961]')."""
    text = _SUPPLIED_YEAR.sub(r"\1", text)
    day = iso_date(text)
    clocks = [(clock[1], clock[2] or "00", clock[3] or clock[4] or "") for clock in _CLOCK.finditer(text)]
    times = [(str(int(hour) + 12 if half.lower().startswith("p") and int(hour) < 12 else hour), minute)
             for hour, minute, half in clocks]
    if not day:
        return {}
    if len(times) >= 2:
        (h1, m1), (h2, m2) = times[:2]
        halves = [half.lower()[:1] for _, _, half in clocks[:2]]
        if halves == ["", "p"] and int(h1) + 12 <= int(h2):   # '5:30 - 7:10 p.m.': both in the afternoon
            h1 = str(int(h1) + 12)
        if halves == ["", ""] and int(h2) < 12 < int(h2) + 12 and (int(h2), m2) < (int(h1), m1) < (int(h2) + 12, m2):
            h2 = str(int(h2) + 12)     # '10:00 - 1:00' on a clock of twelve hours: one in the afternoon
        # a meeting past midnight ('11:30 p.m. … 1:20 a.m.', '23:00 - 0:30') ends the next day
        end = _next_day(day) if (int(h2), m2) < (int(h1), m1) else day
        return {"from": f"{day}T{int(h1):02d}:{m1}:00", "to": f"{end}T{int(h2):02d}:{m2}:00"}
    if times:
        hour, minute = times[0]
        return {"when": f"{day}T{int(hour):02d}:{minute}:00"}
    return {"when": day}


def _next_day(day: str) -> str:
    """The ISO date after `day` ('1973-02-17' -> '1973-02-18')."""
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


# A tilde between figures, a range's dash as Japanese papers set it ('19:30~21:30', '25th ~ 28th').
_TILDE = re.compile(r"(?<=\d)\s*[~〜～]\s*(?=\d)|(?<=\d(?:st|nd|rd|th))\s*[~〜～]\s*(?=\d)")


def is_dateline(text: str) -> bool:
    """Whether a block is a dateline: a date, the place before it or after it, perhaps the time of day in
    parentheses after it ('16 April 1969 (in the afternoon)')."""
    text = _TILDE.sub("-", text)      # a range of hours or days with a tilde, as Japanese records write it ('19:30~21:30')
    text = IN_PLACE_ON.sub(r"\g<name>, ", text)    # 'In Probegrad on 6th September 1963', as Czechoslovak letters date
    text = FROM_TO.sub(r"\g<name>, ", text)      # 'From Probegrad to Testgrad, December 11, 1980', a Polish telegram's
    text = _CLOCK_FIRST.sub("", _TIME_OF_DAY.sub("", _NOTE_MARK_AFTER.sub("", text.rstrip())), count=1)
    if text[:1] + text[-1:] in ("[]", "()") and text[0] not in text[1:]:
        text = text[1:-1]       # a date the translator supplied, alone in brackets: '[3 March 1974]', or the
                                # editor's in parentheses under a title: '(September 29, 1965)'
    text = _completed(text)                    # its year or day supplied, its day run into the month
    text = _NOTE_MARK_AFTER.sub("", text)     # a note's mark after it: '3 January 1961*', '15 June 1961[1]',
                                              # after its hours too: '27 May 1951 at 23:00 hours[1]'
    text = BULLETED.sub(r"\g<inner>", text)   # between bullets or dashes: '• 25 November 1947 •', '- April 5 1972 -'
    text = PLACE_CLOCK.sub(r"\g<city> ", text)    # the hour between the place and the date: 'Probegrad, 11:40 pm, 22 March 1970'
    text = NUMBER_FIRST.sub("", text)         # a telegram's number before it: 'No. 41 207 11 May 1968, Probegrad'
    text = NUMBERED_HOUR.sub(r"\g<date>", text)  # and before it with the hour after it: 'Nº 1258 22 September 1950 2030'
    text = DATE_NUMBER.sub(r"\g<date>", text)  # a letter's outgoing number after it: '12.05.92 311/2prb'
    text = BLANK_DAY.sub(r"\g<1>1 ", text)   # a day left blank to be filled in: '____ April 1958', 'Probegrad, ____ May 1962'
    text = REMARK_AFTER.sub("", text)          # what the line leaves out: '7 September 1971 [place not provided]'
    text = _SITTING_AFTER.sub("", text)        # the weekday, hours and place of a sitting after it: 'February 7
                                               # (Wednesday), 9:10 to 9:45, at the Prime Minister's Official Residence'
    return bool(DATELINE.fullmatch(text) or PLACE_DATE.fullmatch(text) or DATE_PLACE.fullmatch(text)
                or _CJK_DATE.fullmatch(text) or _ERA_DATE.fullmatch(text))


# A sitting's weekday, its hours from and to and where it was held, after its date.
_SITTING_AFTER = re.compile(rf"\s*{_WEEKDAY}(?:,\s*\d{{1,2}}[:.]\d{{2}}\s*(?:to|[-–])\s*\d{{1,2}}[:.]\d{{2}}"
                            r"(?:,\s*(?:at|in)\s+[^,]{3,80})?)?\.?$")
# A note's mark closing a date line: an asterisk or more, a number in brackets ('3 January 1961*', '15 June 1961[1]').
_NOTE_MARK_AFTER = re.compile(r"(?<=[\d\w.])(?:\*{1,3}|\[\d{1,3}\])$")


# A Japanese document's date by the emperor's era ('Showa 47 May 23': the era's 47th year; the Western year
# in parentheses after it, 'Showa 50 (1975) August 11'), and the year before each era's first.
_ERA_DATE = re.compile(rf"(Sh[oō]wa|Heisei|Taish[oō])\s+(\d{{1,2}})(?:\s*\((?:19|20)\d{{2}}\))?(?:\s*(?:year|,))?\s+"
                       rf"({MONTH_EN})\s+(\d{{1,2}})\.?")
_ERA_BEFORE = {"showa": 1925, "shōwa": 1925, "heisei": 1988, "taisho": 1911, "taishō": 1911}


# The time of day before a cable's date, as Chinese cables close ('6:30 p.m. 26 August 1955', '12:00 noon,
# 20 August 1955', the hour alone: '3 A.M., 2 May', the month first: '20:00, August 18'), and a year the translator
# supplied ('20 August [1955]').
_CLOCK_FIRST = re.compile(rf"^(\d{{1,2}})(?:[:.](\d{{2}})\s*(?P<half>[ap]\.?\s?m\b\.?|noon|midnight|hours|hrs\.?)?|"
                          rf"\s*(?P<bare>[ap]\.?\s?m\b\.?)),?\s+(?=\d|(?-i:{MONTH_EN})\s+\d)", re.I)
_SUPPLIED_YEAR = re.compile(r"\[(\d{4})\]")
# A day the translator supplied before its month ('[28] November [1945]'), and one a scan ran into it ('16November 1962').
_GLUED_DAY = re.compile(rf"(?<![\w.])(\d{{1,2}})(?={MONTH_EN}\s+\d{{4}}\b)")
_SUPPLIED_DAY = re.compile(rf"\[(\d{{1,2}})\](?=\s+{MONTH_EN}\b)")


def _completed(text: str) -> str:
    """A date's text with the year or day the translator supplied as written ('20 August [1955]', '[28] November') and
    a day a scan ran into its month set apart ('16November 1962'), as is_dateline and written_when read it."""
    return _SUPPLIED_DAY.sub(r"\1", _GLUED_DAY.sub(r"\1 ", _SUPPLIED_YEAR.sub(r"\1", text)))


# The hour after a date, one hour and no span of them: '27 May 1945, 23:00 hours', '4 November 1946 at 2200',
# '2 May 1950, 10:50 p.m.', 'September 2 at 3 PM', spaces round its colon as a form's typist set it, '9/2/64 3 : 00
# pm' (never '1.15 – 2.45 pm', the span a meeting lasted).
_CLOCK_AFTER = re.compile(r"(?:,\s*|\s+[-–—]\s+|\s+)(?:at\s+)?(?:(\d{1,2})(?:\s?:\s?|\.)(\d{2})\s*(?P<half>[ap]\.?\s?m\b\.?|hours|hrs\.?)?"
                          r"|(?:(?<=at\s)(?P<four>[012]\d)(?P<four_minutes>[0-5]\d)|(?P<figures>[012]\d)(?P<figures_minutes>[0-5]\d)"
                          r"(?=\s*(?:hours|hrs)))(?:\s*(?:hours|hrs\.?))?"
                          r"|(?P<bare>\d{1,2})\s*(?P<bare_half>[ap]\.?\s?m\b\.?))\.?$", re.I)   # (the hour alone: 'at 3 PM')
# A span of hours ending where _CLOCK_AFTER begins ('1.15 – ' of '1.15 – 2.45 pm').
_SPAN_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?\s*(?:[-–—]|to|until)\s*$", re.I)


def hour_first(text: str, when: str) -> str:
    """A day's date (`when`) with the hour a dateline gives before it ('6:30 p.m. 26 August 1955' ->
    '1955-08-26T18:30:00') or after it ('27 May 1945, 23:00 hours'); the date alone when it gives none."""
    if len(when) != 10:
        return when
    if clock := _CLOCK_FIRST.match(text.strip()):
        return at_clock(when, clock.group(1), clock.group(2) or "00", clock["half"] or clock["bare"] or "")
    text = _NOTE_MARK_AFTER.sub("", text.strip())       # ('… at 23:00 hours[1]')
    if (clock := _CLOCK_AFTER.search(text)) \
            and not _SPAN_BEFORE.search(text[:min(clock.start(g) for g in (1, "four", "figures", "bare") if clock[g])]):
        if clock["bare"]:
            return at_clock(when, clock["bare"], "00", clock["bare_half"])
        if figures := clock["four"] or clock["figures"]:
            return at_clock(when, figures, clock["four_minutes"] or clock["figures_minutes"])
        return at_clock(when, clock.group(1), clock.group(2), clock["half"] or "")
    return when


def at_clock(when: str, hour: str, minute: str, half: str = "") -> str:
    """A day's date at a time of day ('1955-08-26', '6', '30', 'p.m.' -> '1955-08-26T18:30:00'; an hour before
    noon after 'p.m.' is the afternoon's); the date alone when the clock is none (hour 24 or past)."""
    hours = int(hour) + (12 if half.strip().lower().startswith("p") and int(hour) < 12 else 0)
    return f"{when}T{hours:02d}:{int(minute):02d}:00" if hours < 24 and int(minute) < 60 else when


# The time of day a record's date gives in parentheses: '(in the afternoon)', '(10:00-11:30)'; or before it:
# 'Evening 5 November 1962', 'Morning of 3 March 1961'; or the hours after it.
_TIME_OF_DAY = re.compile(r"\s+\((?:in\s+the\s+)?(?:morning|afternoon|evening|night|day)\)\.?$|"
                          r"\s+\(\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?(?:\s*(?:hours|hrs\.?|h))?\)\.?$|"
                          r"^(?:(?:Early|Late)\s+)?(?:Morning|Afternoon|Evening|Night)(?:\s+of)?,?\s+(?=\d)|"
                          # the hours after it: 'Saturday, 25 May, 1974, approximately 1.15 – 2.45 pm', after a dash
                          # too: '…, 6th February 1985 – 10.30 hours'
                          r"(?:,?\s+|\s+[-–—]\s+)(?:approximately|about|from|at)?\s*(?:\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?"
                          r"\s*(?:(?i:[ap]\.?\s?m)\b\.?|hours|hrs\.?)?|\d{4}\s*(?:hours|hrs\.?)|\d{1,2}\s*(?i:[ap]\.?\s?m)\b\.?)\.?$|"
                          r"\s+at\s+[012]\d[0-5]\d$")     # (the hour in four figures: '4 May 1946 at 1800')


def written_days(text: str) -> dict[str, str]:
    """'30-31 August 1956', 'August 30-31, 1956' -> {'from': '1956-08-30', 'to': '1956-08-31'}; {} when the text gives no
    such days of the calendar."""
    if found := _DAYS.search(text):
        first, last, month, year = found.groups()
    elif found := _MONTH_DAYS.search(text):
        month, first, last, year = found.groups()
    else:
        return {}
    return days_between((year, month, first), (year, month, last))


# An editor's query of a day in figures, the date read as written ('10.27 [28?].1962').
_QUERIED_DAY = re.compile(r"(?<=\d)\s*\[\d{1,2}\?\](?=\.)")
# A day in quotation marks, as a form's blank was filled in ('“3” March 1961', '«3» марта'; the opening mark lost to the
# scan: '8" December 1959').
_QUOTED_DAY = re.compile(r"(?:[\"«“]\s*(\d{1,2})|(?<![\w\"«“])(\d{1,2}))\s*[\"»”]\s*")


# A month's name between dots, as a cipher form's receipt line dates it ('13.June.1951').
_DOTTED_MONTH = re.compile(r"\b(\d{1,2})\.([A-Z][a-z]{2,8})\.(\d{4})\b")


def written_when(text: str) -> str | None:
    """The first date of the calendar a dateline's text gives, as ISO 8601, or None."""
    text = _QUERIED_DAY.sub("", _completed(text))
    text = _DOTTED_MONTH.sub(r"\1 \2 \3", _QUOTED_DAY.sub(lambda day: (day[1] or day[2]) + " ", text))
    text = _UNDOTTED_MONTH.sub(r"\g<0>.", _DAY_BEFORE_MONTH.sub(r"\1 ", text))
    return (iso_date(text) or _year_first_date(text) or _year_first_figures(text) or _numeric_date(text) or _dashed_date(text)
            or _russian_date(text) or _german_date(text) or _cjk_date(text) or _roman_date(text) or _era_date(text)
            or _figures_date(text) or _short_year_date(text))


# A month abbreviated without its stop, as the abbreviations are read with it ('21 Nov 1945' as '21 Nov. 1945').
_UNDOTTED_MONTH = re.compile(rf"\b(?:{'|'.join(name.rstrip('.') for name in ABBREVIATED_MONTHS)})(?=\s+\d)")
# A day before its month written with a stop or as 'the … of' ('21. May 1944', 'the 25th of April 1983').
_DAY_BEFORE_MONTH = re.compile(rf"\b(\d{{1,2}})(?:\.|(?:st|nd|rd|th)\s+of)\s+(?={MONTH_EN}\b)")


def _figures_date(text: str) -> str | None:
    """'10/14/50' -> '1950-10-14', '2.24.72' -> '1972-02-24', '23/8/1983' -> '1983-08-23': the figure past
    twelve is the day; None where both could be the month ('3/4/72')."""
    match = _FIGURES.search(text)
    if not match:
        return None
    first, second, year = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    first, second = int(first), int(second)
    if (first > 12) == (second > 12):
        return None
    day, month = (first, second) if first > 12 else (second, first)
    return calendar_date(_full_year(year), month, day)


def _short_year_date(text: str) -> str | None:
    """'14 March 74' -> '1974-03-14'."""
    match = _SHORT_YEAR.search(text)
    return calendar_date(_full_year(match.group(3)), MONTHS[match.group(2)], match.group(1)) if match else None


def _full_year(year: str) -> int:
    """A year as written, four figures or two; two are of the twentieth century, the archive's ('74' -> 1974)."""
    return int(year) + 1900 if len(year) == 2 else int(year)


def _era_date(text: str) -> str | None:
    """'Showa 47 May 23' -> '1972-05-23' (the era's year counted from its first)."""
    match = _ERA_DATE.search(text)
    if not match:
        return None
    era, year, month, day = match.groups()
    return calendar_date(str(_ERA_BEFORE[era.lower()] + int(year)), MONTHS[month], day)


def _dashed_date(text: str) -> str | None:
    """'1973-3-15' (year, month, day, unpadded) -> '1973-03-15', when it is a date of the calendar."""
    match = _DASHED_DATE.search(text)
    return calendar_date(match.group(1), match.group(2), match.group(3)) if match else None


def _year_first_date(text: str) -> str | None:
    """'1971 May 3' (as Hungarian reports date themselves) -> '1971-05-03'."""
    match = _YEAR_FIRST.search(text)
    return calendar_date(match.group(1), MONTHS[match.group(2)], match.group(3)) if match else None


def _year_first_figures(text: str) -> str | None:
    """'80. 10. 02.' -> '1980-10-02', '1971.05.05' -> '1971-05-05'."""
    match = _YEAR_FIRST_FIGURES.search(text)
    if match is None:
        return None
    year, month, day = match.groups()[:3] if match.group(1) else match.groups()[3:]
    return calendar_date(_full_year(year), month, day)


def _numeric_date(text: str) -> str | None:
    """'12.3.1968' (day, month, year) -> '1968-03-12', when it is a date of the calendar; month first where the
    day comes second past twelve, as some translations write it ('10.27.1962' -> '1962-10-27')."""
    match = _NUMERIC_DATE.search(text)
    return calendar_date(match.group(3), match.group(2), match.group(1)) or (
        calendar_date(match.group(3), match.group(1), match.group(2))) if match else None


def _german_date(text: str) -> str | None:
    """'Bonn, den 22. Februar 1991' -> '1991-02-22'."""
    match = _DATE_DE.search(text)
    return calendar_date(match.group(3), _MONTHS_DE[match.group(2)], match.group(1)) if match else None


def _russian_date(text: str) -> str | None:
    """'16 сентября 1957г.' -> '1957-09-16' (the month recognised by its first letters)."""
    match = _RU_DATE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    number = _MONTHS_RU.get(month[:3])
    return calendar_date(year, number, day) if number else None


def _cjk_date(text: str) -> str | None:
    """'一九六二年三月十四日', '1956년 10월 5일' -> ISO 8601, when it is a date of the calendar."""
    match = _CJK_DATE.search(text)
    if not match or not match.group(1):
        return None         # (a month and day without their year, '八月三日', no day of the calendar)
    year, month, day = match.groups()
    return calendar_date("".join(_CJK_DIGITS.get(char, char) for char in year), _cjk_number(month), _cjk_number(day))


def _cjk_number(written: str) -> int:
    """A month's or day's number in Arabic or Chinese numerals ('3', '十四', '二十一', '三十')."""
    if written.isdigit():
        return int(written)
    tens, ten, units = written.partition("十")
    if not ten:
        return int(_CJK_DIGITS.get(written, "0"))
    return int(_CJK_DIGITS.get(tens, "1") if tens else 1) * 10 + int(_CJK_DIGITS.get(units, "0") if units else 0)


def _roman_date(text: str) -> str | None:
    """'23.VII.1960', '5/III-53' -> ISO 8601 (a year of two digits in the 1900s), when it is a date of
    the calendar."""
    match = _ROMAN_DATE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    return calendar_date(_full_year(year), _ROMAN_MONTHS.index(month) + 1, day)


# An hour in figures: '18:00', '11.30 hrs', '14h30'.
HOUR = r"\d{1,2}[:.h]\d{2}(?:\s*(?:hrs?|hours|h)\.?)?"
# A form's hour labelled under its date: 'Time: 18:00', 'TIME: 11.30 hrs'; or in words alone: '22 hours, 00 minutes'.
TIME_FIELD = re.compile(rf"(?:Time|TIME|Hour)\s*:\s*(?P<hour>{HOUR})|(?P<worded>\d{{1,2}}\s+hours?,?\s+\d{{1,2}}\s+minutes?)\.?")
