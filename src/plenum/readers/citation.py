"""Dates, archival references and citations as archives and journals print them."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

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

# Archives cited in the sources: abbreviation -> (full name, city).
ARCHIVES = {
    "GARF": ("State Archive of the Russian Federation", "Moscow"),
    "RGANI": ("Russian State Archive of Contemporary History", "Moscow"),
    "AVPRF": ("Archive of Foreign Policy of the Russian Federation", "Moscow"),
    "RGASPI": ("Russian State Archive of Social and Political History", "Moscow"),
    "PRC FMA": ("Archives of the Ministry of Foreign Affairs of the People's Republic of China", "Beijing"),
}

# An archival unit and its number, written out or abbreviated as Russian archives are cited ('Fond 5446',
# 'f. 5', 'op. 28', "Opis' 16", 'd. 94', 'l.78', 'll. 3-4', 'F. 3, Op. 65, D. 363, Ll. 20-23').
# The folder between the inventory and the file is a 'papka' ('op. 19, p. 125, d. 7'; 'p.' elsewhere is a page).
_UNIT = re.compile(r"(?<![\w.])((?i:Fond|Opis'?|Papka|Delo|Listy?|Listi|ll?\.|f\.|op\.|p\.|d\.))\s*"
                   r"([0-9][0-9A-Za-z./-]*(?:\s*-\s*[0-9]+)?)")
_UNIT_KEYS = {"f": "fond", "fond": "fond", "op": "opis", "opis": "opis", "opis'": "opis", "p": "papka", "papka": "papka",
              "d": "delo", "delo": "delo"}
_URL = re.compile(r"<?(https?://[^\s>]+)>?")
_RECORD = re.compile(r"/document/(\d+)\b")
_BY = re.compile(r"\b((?:[Oo]btained and )?[Tt]ranslated|[Tt]ranslation|[Oo]btained)\b(?: (?:for|from|into) (?:the )?[\w-]+){0,2} by ")


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
_CITED_DATE = re.compile(r'\s*"[^"]+"\s*,?\s*(?P<date>(?:[A-Z][a-z]+\s+\d{1,2},\s*)?\d{4}(?:s|\s*[-–]\s*\d{4}s?)?)\s*,')


def cited_date(text: str) -> str | None:
    """The date as the citation writes it after the quoted title ('September 18, 1956', '1976'), or None."""
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
class ArchivalReference:
    """An archive and its units: repository, fond, opis, delo and folio range, as cited."""

    repository: str = ""
    fond: str = ""
    opis: str = ""
    delo: str = ""
    folios: str = ""
    shelfmark: str = ""      # a file's number after the archive's name ('PRC FMA 106-00778-01')
    papka: str = ""          # the folder between the inventory and the file ('p. 125')

    @property
    def archive_name(self) -> str:
        return ARCHIVES.get(self.repository, ("", ""))[0]

    @property
    def settlement(self) -> str:
        return ARCHIVES.get(self.repository, ("", ""))[1]


def parse_reference(text: str) -> ArchivalReference:
    """Split 'GARF, Fond 5446, Opis 98c, Delo 718, Listy 12-16' (or 'RGANI f. 5, op. 28, d. 94, l.78') into its
    units: the repository before the first unit or top-level comma. Of several archives cited, the first
    ('APRF, f. 45, …; and RGASPI, f. 558, …'); a published book's editor or author is none ('… Office, ed., Collected
    …', '…, Notes … (Probegrad: Testizdat, 1995)'), unless the archive's file is cited before the book reprinting it,
    or in parentheses after it. A Hungarian call number, a German party archive's and a file cited before the archive
    are the shelfmark (see _call_number, _SLASHED_CODE, _archive_later); 'p.' between 'op.' and 'd.' is the papka."""
    reference = ArchivalReference()
    text = _NEXT_ARCHIVE.split(text, maxsplit=1)[0]
    unit, edited = _UNIT.search(text), _EDITED.search(text)
    if edited and (unit is None or unit.start() > edited.start()):
        within = _FILE_WITHIN.search(text, edited.start())     # (the book's own note of the archive's file: '…, vol. 2,
        return parse_reference(within["file"]) if within else reference     # pp. 44-57 (APRF, f. 45, op. 1, …)')
    parts = _TOP_COMMA.split(text[:unit.start()] if unit else text)
    if len(parts) > 1 and _PROVENANCE.match(parts[0]):
        parts = parts[1:]                                 # whose notes the file is ('Notes of O.A. Testov, TsKhSD, f. 5')
    first = parts[0].strip(" ,:")                         # 'RGANI f. 5, …', 'MOL (…, MOL)'
    first = first.rstrip(".") if unit else first          # ('APRF. F. 45. Op. 1. …')
    if stop := _INITIALS_STOP.search(first):
        first = first[:stop.start() + 1]                  # ('… (Magyar Országos Levéltár, MOL). XIX-J-1-j …')
    hereafter = re.search(r"\(here(?:in)?after (\w+)\)", text)
    if hereafter:
        reference.repository = hereafter.group(1)
    elif filed := _ARCHIVE_FILE.fullmatch(first):
        reference.repository, reference.shelfmark = filed["archive"], filed["number"]
        pages = _TOP_COMMA.split(text)[1:2]
        if not unit and pages and _PAGES.fullmatch(pages[0].strip(" .")):
            reference.folios = pages[0].strip(" .")      # ('PRC FMA 106-00778-01, 98-99')
    elif first and not any(char.isalpha() for char in first):     # a request's number first ('2017-0638, Act …')
        reference.repository, reference.shelfmark = _archive_later(text) or ("", first)
    elif first:
        reference.repository = first
        if unit is None and not (_ARCHIVE_WORD.search(first) or _ACRONYM.search(first)) \
                and (named := _archive_later(text)):
            reference.repository, reference.shelfmark = named
    if _CALL_NUMBER.search(text):         # a Hungarian archive's call number: no Russian units
        words = reference.repository.split()
        code = next((at for at, word in enumerate(words) if _CODE.search(word)), None)
        if code:                          # ('MNL OL XIX-J-1-j, 1971, 99. doboz': the code the call number's)
            reference.repository = " ".join(words[:code])
        reference.shelfmark = _call_number(text, reference.repository)
        return reference
    if unit is None and reference.repository and not reference.shelfmark \
            and _SLASHED_CODE.search(mark := _call_number(text, reference.repository)):
        reference.shelfmark = mark.partition(";")[0].strip()   # a German party archive's call number after its name
                                                                # ('SAPMO-BArch, DY30 IV …; document obtained by …')
    units = _UNIT.findall(text)
    for position, (unit_name, value) in enumerate(units):
        key = unit_name.lower().rstrip(".")
        if key == "p" and not any(name.lower().rstrip(".") in ("d", "delo") for name, _ in units[position + 1:]):
            continue                          # ('p.' after the file, or with no file cited: a page)
        setattr(reference, _UNIT_KEYS.get(key, "folios"), re.sub(r"\s*-\s*", "-", value).rstrip("."))
    return reference


# The full stop ending an archive's name after its initials in parentheses, before the call number.
_INITIALS_STOP = re.compile(r"\)\.\s")
# A word naming an archive, or an archive's initials ('GARF', 'AVP RF', 'MOL').
_ARCHIVE_WORD = re.compile(r"\b(?:[Aa]rchiv\w*|[Aa]rhiv\w*|Levéltár|Arquivo\w*|Records\s+Cent(?:er|re)|Library)\b")
_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,5}[A-ZА-ЯЁ]\b")
# A code of letters and figures joined by hyphens, a series' ('XIX-J-1-j').
_CODE = re.compile(r"\w-\d|\d-\w")


def _archive_later(text: str) -> tuple[str, str] | None:
    """(the archive, the file before it) where a citation names the file first and the archive after it
    ('Inv.č. 12, ka. 7, …, Národní archiv, Praha', 'Szyfrogramy from Testgrad 1963, 7/88 w-90 t-1300, … Archive
    (MFMA), Probegrad', '2002-113, Act on Access …. Also available at the Diplomatic Archives of …'); None when no later
    part names an archive. The file's parts are those with a figure."""
    start = 0
    for part in _TOP_COMMA.split(text):
        sentences = re.split(r"\.\s+", part.strip(" .,;:“”\""))
        at = next((index for index, sentence in enumerate(sentences) if _ARCHIVE_WORD.search(sentence)), None)
        if start and at is not None:
            lead = [sentence for sentence in sentences[:at] if any(char.isdigit() for char in sentence)]
            before = ", ".join(filter(None, [text[:start].strip(" .,;:“”\""), *lead]))
            return _WHERE_HELD.sub("", sentences[at]), before if any(char.isdigit() for char in before) else ""
        start += len(part) + 1
    return None


# The words saying where a file is held, before the archive's name ('from the Russian … Archives', 'Also available at
# the Diplomatic Archives of …').
_WHERE_HELD = re.compile(r"^(?:(?:[a-z]+|Also)\s+)*?(?:(?:available|held|kept|preserved|found)\s+)?(?:(?:at|in|from)\s+)?"
                         r"(?:the\s+)?(?=[A-Z])")


# A fonds' code of capitals and figures and a number with slashes after it ('DY30/2420', 'DY30 IV 2/2.035/911', 'DY 30/3634').
_SLASHED_CODE = re.compile(r"^[A-Z]{1,3}\s?\d{1,3}\b[^,]*/")


# A Hungarian archive's call number: a box ('113. doboz'), a unit kept ('5/998. ő. e.'), a fond's number before
# its 'f.' ('288. f.').
_CALL_NUMBER = re.compile(r"\bdoboz\b|\b[őö]\.\s*e\.|\b\d{1,4}\.\s*f\.")


def _call_number(text: str, repository: str) -> str:
    """The call number after the repository: its parts from the first with a figure ('XIX-J-1-j Probeland,
    4. doboz, 5/a, 009981/1955', 'M-KS 288. f. 5/998. ő. e.')."""
    rest = text[text.find(repository) + len(repository):] if repository and repository in text else text
    parts = _TOP_COMMA.split(rest.strip(" .,"))
    first = next((at for at, part in enumerate(parts) if any(char.isdigit() for char in part)), len(parts))
    return ",".join(parts[first:]).strip(" .,")


# An archive's name (no figure in it) and the number of a file in it, figures and letters joined by hyphens
# ('PRC FMA 106-00778-01', 'PRC FMA 206-Y0050'; not the years of a published collection, '… KC PPR 1944-1945').
_ARCHIVE_FILE = re.compile(r"(?P<archive>[^\d,]*?[A-Za-z][^\d,]*?)\s+(?!(?:1[89]|20)\d\d[-–]\d{2,4}$)"
                          r"(?P<number>\d\w*(?:-\w+)+)")
# The pages of a file cited after its number: '98-99', '1-4', '24'.
_PAGES = re.compile(r"\d{1,4}(?:\s*[-–]\s*\d{1,4})?")
# A semicolon before another archive's reference ('…, ll. 1-7; and RGASPI, f. 558, …') or before the credits ('AVP
# RF; copy obtained by …; translation by …'), and an editor's
# abbreviation or a book's imprint, which make the source a published book ('…, ed., Collected Manuscripts …',
# '(eds.)', '… (Probegrad: Probizdat, 1993), 102-105'), or the words saying where it was printed first ('Published
# in "Probnik," (Testgrad) No. 4, 2001').
_NEXT_ARCHIVE = re.compile(r";\s*(?:and\s+)?(?!(?i:Fond|Opis|Delo|List|f\.|op\.|d\.|ll?\.))(?=[A-Z][\w-]*[\s,:])|"
                           r";\s*(?=(?:copy|translation|translated|obtained)\b)")
_EDITED = re.compile(r",\s*eds?\.,|,\s*edited\s+by\b|\(eds?\.\)|\([A-Z][^():]{1,40}:\s*[^()]{1,80}?,?\s+(?:1[89]|20)\d\d\)"
                     r"|^\s*(?:(?:First\s+)?[Pp]ublished|[Rr]eprinted|[Pp]rinted)\s+in\b")
# An archive's file in parentheses in a book's citation ('(APRF, f. 45, op. 1, d. 914249, l. 55-74)'), and whose notes
# or papers a file is, before the archive ('Notes of O.A. Testov', 'Papers of …').
_FILE_WITHIN = re.compile(r"\((?P<file>[A-ZА-Я][^()]{1,60}?,\s*(?i:f\.|fond)\s*\d[^()]*)\)")
_PROVENANCE = re.compile(r"(?:Notes|Papers|Files|Diary|Diaries)\s+of\s+[A-Z]")
# A comma outside parentheses: 'Hungarian National Archives (Magyar Országos Levéltár, MOL), …'.
_TOP_COMMA = re.compile(r",(?![^()]*\))")


@dataclass
class Citation:
    """The parts of a digital archive citation: title, date, archival reference, people, link."""

    title: str = ""
    date: str = ""
    reference: ArchivalReference = field(default_factory=ArchivalReference)
    translators: list[str] = field(default_factory=list)
    obtained_by: list[str] = field(default_factory=list)
    url: str = ""
    record: str = ""


def people(text: str) -> tuple[list[str], list[str]]:
    """Who obtained and who translated a document, from 'Obtained … by X and translated … by Y.'."""
    obtained: list[str] = []
    translated: list[str] = []
    for match in _BY.finditer(text):
        verb = match.group(1).lower()
        names = leading_names(text[match.end():])
        if "translat" in verb:
            translated += names
        if "obtained" in verb:
            obtained += names
    return obtained, translated


def leading_names(text: str) -> list[str]:
    """The names at the start of `text`: capitalised words and initials, joined by ',' or 'and',
    up to the first lowercase word or the end of a sentence ('James F. Person. Rest' -> one name)."""
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
        if not word or not word[0].isupper():
            break
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if re.fullmatch(r"\w\.", token) and following[:1].isupper():   # an initial: a name follows
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


def parse_citation(text: str) -> Citation:
    """Parse '"Title", September 18, 1956, Wilson Center Digital Archive, GARF, …. Translated by X. <URL>'."""
    citation = Citation()
    title = re.match(r'\s*"([^"]+)"', text) or re.match(r"\s*“([^”]+)”", text)    # straight or curly quotes
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
    if archive:
        citation.reference = parse_reference(archive.group(1))
    citation.obtained_by, citation.translators = people(text)
    return citation
