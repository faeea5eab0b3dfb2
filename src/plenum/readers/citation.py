"""Dates and citations as archives and journals print them (the archival reference a citation gives: references.py)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .references import ArchivalReference, parse_reference

MONTHS = {name: number for number, name in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
# The months' names abbreviated with a stop, as a record's meeting details may write them ('Nov. 3, 1972').
ABBREVIATED_MONTHS = {"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sept.": 9, "Sep.": 9,
                "Oct.": 10, "Nov.": 11, "Dec.": 12}
_MONTH = "|".join([*MONTHS, *(name.upper() for name in MONTHS), *(re.escape(name) for name in ABBREVIATED_MONTHS)])
# "September 18, 1956" (American) and "18 September 1956" (British, as in the dossier).
# 'May 9, 1977', 'April  14th, 1978'; '9 May 1977', '9th May, 1977', '29 th September, 1955'; 'Nov. 3, 1972'.
DATE_MDY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{{4}})\b")    # ('June 9,1959' too)
DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:\s?(?:st|nd|rd|th))?\s+({_MONTH}),?\s+(\d{{4}})\b")

_URL = re.compile(r"<?(https?://[^\s>]+)>?")
_RECORD = re.compile(r"/document/(\d+)\b")
_BY = re.compile(r"\b((?:[Oo]btained and )?[Tt]ranslated(?: and edited)?|[Tt]ranslation|[Oo]btained)\b"
                 r"(?: (?:for|from|into) (?:the )?[\w-]+(?: and [A-Z][\w-]+)?){0,2}"     # ('from Russian and Polish')
                 # (where the translation was printed: 'Translated in CWIHP Bulletin Nos. 12/13 by …')
                 r"(?: in (?:the )?[A-Z][\w./-]*(?: [\w./-]+){0,4}?)? by (?:the (?=[A-Z]))?"
                 # (a book's translator abbreviated: '…, trans. Anna Probestein (London: …)')
                 r"|\b(trans)\.\s+(?=[A-Z][a-z])"
                 # (the translator after a colon, a first name and another capital word after it: 'English
                 # translation: Dwight E. Probeton')
                 r"|\b(?:English\s+)?([Tt]ranslation):\s+(?=[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z])")


def iso_dates(text: str) -> list[str]:
    """Every English date in `text` as ISO 8601, in the order written (days the month has not left out)."""
    found = sorted([(m.start(), m.group(2), m.group(1), m.group(3)) for m in DATE_MDY.finditer(text)]
                   + [(m.start(), *m.groups()) for m in DATE_DMY.finditer(text)])
    return [when for _, day, month, year in found if (when := calendar_date(year, _month(month), day))]


def iso_date(text: str) -> str | None:
    """The first English date in `text` as ISO 8601 (``1956-09-18``), or None (also for a day the
    month has not: 'September 97, 1956' is no date)."""
    match = DATE_MDY.search(text)
    if match:
        month, day, year = match.groups()
    else:
        match = DATE_DMY.search(text)
        if not match:
            return None
        day, month, year = match.groups()
    return calendar_date(year, _month(month), day)


def _month(name: str) -> int:
    """The number of a month named in full or abbreviated, in capitals too ('November', 'NOVEMBER', 'Nov.' -> 11)."""
    return MONTHS.get(name) or MONTHS.get(name.capitalize()) or ABBREVIATED_MONTHS[name]


def calendar_date(year: str | int, month: str | int, day: str | int) -> str | None:
    """The ISO date of a year, month and day; None when the calendar has no such day ('31.2.1968')."""
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def heading_date(text: str) -> str | None:
    """The date a page's heading prints, as ISO 8601: a day ('SEPTEMBER 18, 1956' too) or only a
    month ('September 1956' -> ``1956-09``) or a year alone ('1971'); None when there is none."""
    text = re.sub(rf"\b(?i:{_MONTH})\b", lambda match: match.group().capitalize(), text)
    if when := iso_date(text):
        return when
    if month := re.search(rf"\b({_MONTH}),? (\d{{4}})\b", text):
        return f"{int(month.group(2)):04d}-{_month(month.group(1)):02d}"
    return text.strip() if re.fullmatch(r"\s*\d{4}\s*", text) else None


# A page dated less exactly: years ('1956-1957'), a decade ('1950s', '1950s-1960s'), a season or a part
# of a year ('Spring 1956', 'Early 1971'); 'c. 1950' says no bounds and is given none.
_SPAN = re.compile(r"\s*(?:(?P<part>Spring|Summer|Autumn|Fall|Early|Mid|Late)\s+)?(?P<first>\d{4})(?P<decade>s)?"
                   r"(?:\s*[-–]\s*(?P<last>\d{4})(?P<decades>s)?)?\s*", re.I)
# The months of a season or part of a year (winter, which spans two years, is left without bounds).
_PARTS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "early": (1, 4), "mid": (5, 8),
          "late": (9, 12)}


# The date a citation gives after the title it quotes: '"Title," September 18, 1956, …', '"Title," 1976, …'.
# The summary the site's newer capture runs on before a citation's quoted title ('… approved."Central …'), up to its
# last stop.
_SUMMARY_RUN_ON = r'(?:[^"]*?[.!?](?="))?'
_CITED_DATE = re.compile(rf'\s*{_SUMMARY_RUN_ON}"[^"]+"\s*,?\s*(?P<date>(?:[A-Z][a-z]+\s+\d{{1,2}},\s*)?\d{{4}}'
                         r'(?:s|\s*[-–]\s*\d{4}s?)?)\s*,')


def cited_date(text: str) -> str | None:
    """The date as the citation writes it after the quoted title ('September 18, 1956', '1976'), or None; the
    summary the site's newer capture runs on before the quote is passed over ('… approved."Central …," May 21,
    1962, …')."""
    found = _CITED_DATE.match(text)
    return found["date"] if found else None


# Days from one to another, as a page dates a meeting of several days: 'September 24-25, 1956', 'November 30 -
# December 2, 1970', 'December 31, 1960 - January 2, 1961', '24-25 September 1956', '30 November - 2 December 1970'
# (a dateline's days of one month are written_dates.written_days').
_DAY_RANGE = re.compile(rf"\s*(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:,\s*(?P<y1>\d{{4}}))?\s*[-–]\s*(?:(?P<m2>{_MONTH})\s+)?"
                        rf"(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})|(?P<d3>\d{{1,2}})(?:\s+(?P<m3>{_MONTH}))?\s*[-–]\s*"
                        rf"(?P<d4>\d{{1,2}})\s+(?P<m4>{_MONTH}),?\s+(?P<y4>\d{{4}}))\s*", re.I)


def _heading_days(text: str) -> dict[str, str]:
    """@from and @to of a page's date that is a range of days (_DAY_RANGE, the whole text), or {}."""
    found = _DAY_RANGE.fullmatch(text)
    if found is None:
        return {}
    if found["d1"]:
        return days_between((found["y1"] or found["y2"], found["m1"], found["d1"]),
                            (found["y2"], found["m2"] or found["m1"], found["d2"]))
    return days_between((found["y4"], found["m3"] or found["m4"], found["d3"]), (found["y4"], found["m4"], found["d4"]))


def days_between(first: tuple[str, str, str], last: tuple[str, str, str]) -> dict[str, str]:
    """@from and @to of the days from `first` to `last` (each its year, month's name and day), when both
    are days of the calendar and the first comes before the last; {} otherwise."""
    start, end = (calendar_date(year, _month(month.capitalize()), day) for year, month, day in (first, last))
    return {"from": start, "to": end} if start and end and start < end else {}


def heading_dating(text: str) -> dict[str, str]:
    """The TEI date attributes of a page's printed date: @from and @to for days ('September 24-25, 1956')
    or years ('1956-1957'); @when for a day, a month or a year (heading_date); @notBefore and @notAfter
    for a decade or part of a year ('1950s', 'Spring 1956'); none for what gives no bounds ('c. 1950',
    'Winter 1956')."""
    if days := _heading_days(text):
        return days
    if when := heading_date(text):
        return {"when": when}
    span = _SPAN.fullmatch(text)
    if span is None or span["part"] and (span["last"] or span["decade"]):
        return {}
    first, last = int(span["first"]), int(span["last"] or span["first"])
    if span["part"]:
        months = _PARTS[span["part"].lower()]
        return {"notBefore": f"{first:04d}-{months[0]:02d}", "notAfter": f"{first:04d}-{months[1]:02d}"}
    if span["decade"] or span["decades"]:
        if first % 10 or last % 10 or last < first:
            return {}
        return {"notBefore": f"{first:04d}", "notAfter": f"{last + 9:04d}"}
    return {"from": f"{first:04d}", "to": f"{last:04d}"} if first < last else {}



@dataclass
class Citation:
    """The parts of a digital archive citation: title, date, archival reference, people, link."""

    title: str = ""
    date: str = ""
    reference: ArchivalReference = field(default_factory=ArchivalReference)
    translators: list[str] = field(default_factory=list)
    obtained_by: list[str] = field(default_factory=list)
    contributed_by: list[str] = field(default_factory=list)
    transcribed_by: list[str] = field(default_factory=list)
    edited_by: list[str] = field(default_factory=list)
    revised_by: list[str] = field(default_factory=list)
    interviewed_by: list[str] = field(default_factory=list)
    url: str = ""
    record: str = ""


def people(text: str) -> tuple[list[str], list[str]]:
    """Who obtained and who translated a document, from 'Obtained … by X and translated … by Y.'."""
    obtained: list[str] = []
    translated: list[str] = []
    for match in _BY.finditer(text):
        verb = next(filter(None, match.groups())).lower()
        names = leading_names(text[match.end():])
        if "translat" in verb or verb == "trans":
            translated += names
        if "obtained" in verb:
            obtained += names
    return obtained, translated


def contributed(text: str) -> list[str]:
    """Who contributed a document to the archive, from '… Contributed by X and translated by Y.'."""
    return _named_after(_CONTRIBUTED, text)


def transcribed(text: str) -> list[str]:
    """Who transcribed a document, from '…; transcribed by X; translated and edited by Y.'."""
    return _named_after(_TRANSCRIBED, text)


def edited(text: str) -> list[str]:
    """Who edited the translation, a credit of its own, from '… Translated by X and edited by Y.' or '. Edited by
    Y.'; never a printed book's editors ('…, edited by …'), nor one who translated and edited ('Translated and edited
    by Y', the translator)."""
    return _named_after(_EDITED_BY, text)


def revised(text: str) -> list[str]:
    """Who revised the translation, from '… translated by X with revisions by Y' or '…, revised by Y'."""
    return _named_after(_REVISED_BY, text)


def interviewed(text: str) -> list[str]:
    """Who conducted an interview, from '… Interview conducted by X.' or '… Interviewed by X.'."""
    return _named_after(_INTERVIEWED_BY, text)


def _named_after(pattern: re.Pattern[str], text: str) -> list[str]:
    """The names after each of a credit's words in `text` ('Contributed by', 'transcribed by')."""
    return [name for match in pattern.finditer(text) for name in leading_names(text[match.end():])]


_CONTRIBUTED = re.compile(r"\b[Cc]ontributed(?: (?:for|to) (?:the )?[\w-]+){0,2} by ")
_EDITED_BY = re.compile(r"(?:(?<=[.;]\s)|(?<=\sand\s))(?<![Tt]ranslated and )[Ee]dited by ")
_REVISED_BY = re.compile(r"\b(?:with revisions|[Rr]evised) by ")
_INTERVIEWED_BY = re.compile(r"\b(?:[Ii]nterviews? (?:was |were )?conducted|[Ii]nterviewed) by ")
_TRANSCRIBED = re.compile(r"\b[Tt]ranscribed(?: (?:for|from) (?:the )?[\w-]+){0,2} by ")


def credited(citation: Citation, source: str) -> tuple[list[str], ...]:
    """Who obtained, who translated, who contributed, who transcribed, who edited and who revised the document, and
    who interviewed its speaker: the citation's credits, else those of the page's Source field (`source`)."""
    credits = (citation.obtained_by, citation.translators, citation.contributed_by, citation.transcribed_by,
               citation.edited_by, citation.revised_by, citation.interviewed_by)
    if any(credits):
        return credits
    return (*people(source), contributed(source), transcribed(source), edited(source), revised(source), interviewed(source))


# A firm's name opening on figures ('7Brands', a translation firm's).
_FIRM = re.compile(r"\d+[A-Z]\w*")


# A person's rank or form of address before a credited name ('Dr.', 'Prof.', 'Assistant Professor').
CREDIT_RANKS = {"Dr.", "Dr", "Prof.", "Professor", "Mr.", "Mrs.", "Ms."}
_CREDIT_RANK_QUALIFIERS = {"Assistant", "Associate"}


def _is_title(token: str, following: list[str]) -> bool:
    """True for a rank before a name, never the name itself ('Dr.' before 'Jordan', 'Assistant' before 'Professor')."""
    if token in _CREDIT_RANK_QUALIFIERS:
        return following == ["Professor"]
    return token in CREDIT_RANKS and bool(following) and following[0][:1].isupper()


def leading_names(text: str) -> list[str]:
    """The names at the start of `text`: capitalised words and initials (or a firm's, '7Brands'), joined by ','
    or 'and', up to the first lowercase word or the end of a sentence ('James F. Person. Rest' -> one name)."""
    names: list[str] = []
    current: list[str] = []
    tokens = text.split()
    for index, token in enumerate(tokens):
        if token == "and":
            if current:
                names.append(" ".join(current))
                current = []
            continue
        word = token.rstrip(",.;:])")
        if not current and _is_title(token, tokens[index + 1:index + 2]):
            continue            # a rank before the name, no part of it ('Dr. Jordan Probev', 'Assistant Professor …')
        if not word or not (word[0].isupper() or _FIRM.fullmatch(word)) \
                or not _FIRM.fullmatch(word) and any(char.isdigit() for char in word):
            break       # (a record's number is no name: '…, National Defense University, SH-SHTP-A-000-612')
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if re.fullmatch(r"(?:\w\.){1,3}", token) and following[:1].isupper():   # initials: a name follows ('L.W. Probowski')
            current.append(token)
            continue
        current.append(word)
        if token[len(word):].startswith(","):
            names.append(" ".join(current))
            current = []
        elif token[len(word):]:
            break
    if current:
        names.append(" ".join(current))
    return names


# The quoted title opening a citation, perhaps after the summary the site's newer capture runs on before it.
_QUOTED_TITLE = re.compile(rf'\s*{_SUMMARY_RUN_ON}"([^"]+)"')
_CURLY_TITLE = re.compile(r"\s*(?:[^“]*?[.!?](?=“))?“([^”]+)”")


def parse_citation(text: str) -> Citation:
    """Parse '"Title", September 18, 1956, Wilson Center Digital Archive, GARF, …. Translated by X. <URL>'.
    Read as one line: a PDF's text layer wraps a citation over several ('… Digital Archive, Made-up State
    Archive, document' / 'number 76.'), and the archive, like every part, may run across a line end."""
    text = " ".join(text.split())
    citation = Citation()
    title = _QUOTED_TITLE.match(text) or _CURLY_TITLE.match(text)    # straight or curly quotes
    if title:
        citation.title = title.group(1).rstrip(", ")      # (a space before the comma too: '"Record of … Probin ,"')
    citation.date = iso_date(text) or ""
    url = _URL.search(text)
    if url:
        citation.url = url.group(1)
        record = _RECORD.search(citation.url)
        citation.record = record.group(1) if record else ""
    archive = re.search(r"Digital Archive,\s*(?!\s|(?:Translated|Obtained)\b)(.+?)"
                        r"(?:\.\s+(?:Translated|Obtained)|\.?\s+<?https?:|\.?\s*$)", text)
    # (no archive when the credits follow the archive's name, 'Translated for CWIHP by …'; the address or the
    # citation's end may follow with no full stop: '… translation by X http://…')
    if archive:        # (with the stop of an abbreviation ending it: '… 5/998. ő. e.', '… 3. d.')
        abbreviated = text[archive.end(1):archive.end(1) + 1] == "." and re.search(r"(?<!\w)\w$", archive.group(1))
        citation.reference = parse_reference(archive.group(1) + ("." if abbreviated else ""))
    citation.obtained_by, citation.translators = people(text)
    citation.contributed_by = contributed(text)
    citation.transcribed_by = transcribed(text)
    citation.edited_by = edited(text)
    citation.revised_by = revised(text)
    citation.interviewed_by = interviewed(text)
    return citation
