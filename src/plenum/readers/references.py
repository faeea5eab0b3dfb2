"""Archival references as archives print them: the archive and its units, fonds, files and folios, or its call
number, as a citation or a Source field cites them."""

from __future__ import annotations

import re

from .archival_units import UNIT, read_units, russian_units, units_read
from .cited_archives import ArchivalReference, known_archive

def parse_reference(text: str) -> ArchivalReference:
    """The archive and its file as a citation gives them (_units_of), the credits after them left out ('…, t-625,
    obtained and translated by …', '… ő. e. Obtained by …'); the rest of the reference that no unit names is the
    shelfmark, as cited (_rest_kept: 'AMSZ, Warsaw, 6/77, w-102', 'AAN, KC PZPR, XIA/999', '…, Fond 1-B, Opis 58,
    a.e. 99')."""
    text = _unstopped(_WRAPPED_CODE.sub("-", _CREDITS.split(_LABEL.sub("", text, count=1), maxsplit=1)[0]).strip())
    if initials := _INITIALS_THEN_SENTENCE.match(text):     # ('AMRE. Critical Oral History Conference on …, Rio,
        return ArchivalReference(repository=initials["initials"])       # March 2013.': what was made of the file)
    if "," not in text and _ARCHIVE_WORD.match(text):
        return _stopped(text)
    if library := _library_file(text):
        return library
    reference = _one(text)
    files = [other for part in _archives(text)[1:] if part and _archive_file(other := _one(part))]
    if reference.repository:
        reference.further = files
    elif files and _EDITED.search(_archives(text)[0]):      # a printed book first, the archive's file after it
        reference, reference.further = files[0], files[1:]  # ('Document 10 in …, … (2008), pp. 191-201; Arhiva …, dosar nr. 2689')
    return reference


def _stopped(text: str) -> ArchivalReference:
    """A reference whose parts full stops alone divide ('Arhiv …. Fond Kabinet …. I-1/7. L. 6-11. Original.'), up to a
    sentence after it: read as if commas divided them, what it says of the copy left out, the shelfmark as cited."""
    cited = _SENTENCE.split(text, maxsplit=1)[0]
    reference = _one(_DESCRIBED.sub("", _STOPPED_PART.sub(", ", cited)))
    if reference.shelfmark:
        parts = reference.shelfmark.split(", ")
        start = cited.find(parts[0])
        if start >= 0 and (end := cited.find(parts[-1], start)) >= 0:
            reference.shelfmark = cited[start:end + len(parts[-1])]
    return reference


def _library_file(text: str) -> ArchivalReference | None:
    """A library's box of a person's papers as an American library cites it ('Container # 99, W. Probe Probeman
    Papers, Manuscript Division, Library of …, Samplegrad, D.C.'), or its file's path after the library's name and a
    colon ('… Presidential Library and Museum: President's Secretary's File: …: … Reports (box 48)'); None for any
    other reference."""
    if boxed := _PAPERS_BOX.fullmatch(text):
        return ArchivalReference(repository=boxed["repository"], shelfmark=boxed["box"], papers=boxed["papers"],
                                 place=f"{boxed['city']}, D.C." if boxed["city"] else "")
    if pathed := _LIBRARY_PATH.fullmatch(text):
        return ArchivalReference(repository=pathed["library"], shelfmark=pathed["path"])
    return None


# A library's box of a person's papers, the library's division with the library, and its city in the District of
# Columbia: 'Container # 99, W. Probe Probeman Papers, Manuscript Division, Library of Testland, Samplegrad, D.C.'.
_PAPERS_BOX = re.compile(r"(?P<box>(?:Container|Box)\s*(?:#|No\.|Nº)?\s*\d[\w-]*),\s*(?P<papers>[^,]+?\bPapers),\s*"
                         r"(?P<repository>(?:[^,]+?\bDivision,\s*)?[^,]*?\bLibrary\b[^,]*?)"
                         r"(?:,\s*(?P<city>[A-Z][\w .]*?),?\s*D\.\s?C\.?)?")
# A library's name, then the path of its file after colons: 'Franklin D. … Presidential Library and Museum: …'.
_LIBRARY_PATH = re.compile(r"(?P<library>[^:,]*\bLibrary\b[^:,]*?):\s*(?P<path>[^:]+(?::\s*[^:]+)+)")


def _one(text: str) -> ArchivalReference:
    """The archive and file a reference (or one part of a citation naming several) gives first: its units, and the
    rest of it where it names an archive."""
    reference = _units_of(text)
    if reference.repository:
        _rest_kept(reference, text)
    return reference


def _archives(text: str) -> list[str]:
    """The parts of a citation each naming an archive or the credits (_NEXT_ARCHIVE), never parted inside a quoted
    title ('"Dokumente zur Probepolitik; Probe Einheit: …," … eds. (Munich: …, 1998)' is one book)."""
    parts, start = [], 0
    for match in _NEXT_ARCHIVE.finditer(text):
        before = text[:match.start()]
        if before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
            parts.append(text[start:match.start()])
            start = match.end()
    return [*parts, text[start:]]


def _archive_file(reference: ArchivalReference) -> bool:
    """Whether a further part of a citation names an archive's file: its units ('RGASPI, f. 558, op. 11, …'), or a
    shelfmark where an archive is named ('Arhiva …, dosar nr. 1712'); not a copy's note or a form's field."""
    return bool(reference.repository) and (russian_units(reference)
                                           or bool(reference.shelfmark) and _ARCHIVE_WORD.search(reference.repository) is not None)


# The credits after an archival reference: a sentence ('. Obtained by …', '. Published in …') or a clause ('…,
# obtained and translated by …'), or in its stead, who gave the file from his own ('Contributed to CWIHP by …
# from his personal files'); a hyphen a PDF export's line ended on inside a file's number ('107- 01099-02').
_CREDITS = re.compile(r"(?<=\.)\s+(?=(?:Obtained|Translated|Translation|Published|First\s+published|Courtesy|Provided|Donated|"
                      r"Contributed)\b)|,\s*(?=(?:obtained|translated|translation|original|first\s+published)\b)"
                      r"|;\s*(?=\w+\s+obtained\b)|^\s*(?=(?:Contributed|Donated|Provided)\s+(?:(?:to|for)\s+(?:the\s+)?"
                      r"[\w-]+\s+)?by\b)")
_WRAPPED_CODE = re.compile(r"(?<=\d)-\s+(?=\d)")
# A stop dividing a reference's parts, after a word or a figure (never a unit's letter, 'L. 6-11'), and what a part
# says of the copy rather than where it is ('Original', 'Manuscript').
_STOPPED_PART = re.compile(r"(?:(?<=\w\w)|(?<=\d))\.\s+(?=[A-Z0-9])")
_DESCRIBED = re.compile(r"(?:,\s*(?:Original|Copy|Manuscript|Typescript|Draft|Carbon copy)\b\.?)+\s*$")
# The label a citation may leave before the reference ('…, Digital Archive, Source: CDA, f. 146 B, …').
_LABEL = re.compile(r"^\s*Source\s*:\s*")
# An archive's initials alone, a full stop ending them before a sentence of words alone, where the file was shown
# ('AMRE. Critical Oral History Conference on …, Rio, March 2013'; not a unit, 'APRF. F. 45', nor a figure before the
# sentence's first comma).
_INITIALS_THEN_SENTENCE = re.compile(r"(?P<initials>[A-Z][A-Za-z]{0,10}[A-Z])\.\s+(?=[A-Z][a-z]+\s+[A-Za-z][^\d,.;]*(?:[,.;]|$))")
# A full stop ending the reference before a sentence ('…, l. 78. Original in Russian').
_SENTENCE = re.compile(r"\.\s+(?=[A-Z][a-z]+\s+[a-z])")
# A city after the archive's name and a full stop ('Archive of the Testland Foundation. Moscow'), or in parentheses
# after it ('Stiftung "Archiv der Parteien … im Bundesarchiv" (Berlin)').
_STOPPED_CITY = re.compile(r"(?:\.\s+(?P<city>[A-Z][\w ]+)|\s+\((?P<within>[A-Z][\w ]+)\))$")
# A city run into the call number after it ('Berlin DY30/J1V2/SA/3255').
_CITY_BEFORE_CODE = re.compile(r"(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<code>[A-Z]{1,3}\s?\d[^,]*)")
# A city after the archive, perhaps with the archive's initials ('Budapest (MOL)').
_CITY = re.compile(r"(?P<city>[^()]+?)(?:\s+(?P<initials>\([^()]+\)))?")
# The cities a citation may name after the archive, where the archive keeps its files.
_CITIES = frozenset({"Warsaw", "Sofia", "Budapest", "Prague", "Praha", "Berlin", "Bucharest", "Moscow", "Beijing",
                     "Belgrade", "Tirana", "Ulaanbaatar", "Hanoi", "Pyongyang", "Havana", "Bonn", "Koblenz", "London",
                     "Washington", "Rome", "Paris", "Vienna", "Bern", "Jerusalem", "Tokyo", "Seoul", "New Delhi",
                     "Kyiv", "Kiev", "Minsk", "Tbilisi", "Vilnius", "Riga", "Tallinn", "Ottawa", "Stockholm",
                     "Helsinki", "Oslo", "Copenhagen", "Brasília", "Brasilia", "Rio de Janeiro", "Mexico City",
                     "Canberra", "Cairo", "Tehran", "Kabul", "Ljubljana", "Zagreb", "Bratislava", "Brno", "Kraków"})


def _rest_kept(reference: ArchivalReference, text: str) -> None:
    """The city named after the archive, the reference's place; and where no shelfmark was found, the parts after
    them that are not units alone, as cited, when one has a figure and the repository is an archive (by a word or
    its initials: a printed book's publisher and year are no shelfmark)."""
    text = _SENTENCE.split(_archives(text)[0], maxsplit=1)[0]
    at = text.find(reference.repository)
    if at < 0:
        return
    parts = [_unstopped(part.strip(" ;:").lstrip(". ")) for part in _TOP_COMMA.split(text[at + len(reference.repository):])]
    parts = [part for part in parts if part]
    if parts and "(" not in reference.repository and _NAME_GOES_ON.fullmatch(parts[0]) \
            and _CITY.fullmatch(parts[0])["city"] not in _CITIES:
        reference.repository += ", " + parts.pop(0)     # ('Archive of Foreign Policy, Russian Federation (AVP RF)')
    if parts and (glued := _CITY_BEFORE_CODE.fullmatch(parts[0])) and glued["city"] in _CITIES:
        parts[0:1] = [glued["city"], glued["code"]]       # ('…(SAPMO-BA), Berlin DY30/J1V2/SA/3255')
    city = _CITY.fullmatch(parts[0]) if parts else None
    if city and (city["city"] in _CITIES or _before_units(reference, parts)):
        parts.pop(0)
        reference.place = city["city"]
        if city["initials"]:        # ('Political Archive …, Berlin (PolA AA), MfAA, …': the archive's initials)
            reference.repository += f" {city['initials']}"
    russian = russian_units(reference)
    kept = [part for part in parts if not (russian and units_read(reference, part))]   # (no Russian units: a page
                                                                      # range, 'file 99/1966, p. 1-8', is the shelfmark's)
    archive = _ARCHIVE_WORD.search(reference.repository) or _ACRONYM.search(reference.repository)
    titled = any(part[:1] in "\"“‘'" for part in kept)        # a publication's title: no file of an archive
    bodies = _bodies_before_city(kept) if kept else kept
    if not reference.shelfmark and archive and not titled and any(char.isdigit() for part in kept for char in part):
        reference.shelfmark = ", ".join(kept)
    elif kept and (archive or _HOLDER.search(reference.repository)) and not reference.shelfmark \
            and all(_PARENT_BODY.match(part) for part in bodies) and not russian:
        reference.repository = ", ".join([reference.repository, *bodies])  # whose archive it is, its ministry and state
                                                                            # ('Diplomatic Archives, Ministry of …, Republic of …';
                                                                            # 'Samuel Probe Institute, Testgrad University')
        reference.place = ", ".join(kept[len(bodies):]) or reference.place   # ('…, Secretaría de …, Samplegrad')


def _bodies_before_city(kept: list[str]) -> list[str]:
    """The parts after an archive's name naming whose it is, less the city a part after them names alone, the last
    ('Archivo Histórico …, Secretaría de Relaciones Exteriores, Samplegrad')."""
    last = kept[-1]
    city = len(kept) > 1 and (last in _CITIES or _UNLISTED_CITY.fullmatch(last)) and not _PARENT_BODY.match(last)
    return kept[:-1] if city else kept


def _before_units(reference: ArchivalReference, parts: list[str]) -> bool:
    """Whether the first part after an archive's name is a city the cities listed leave out, one or two capitalised
    words alone right before its units ('Central State Archive, Testgrad, Fond 1-B, …')."""
    return len(parts) > 1 and _UNLISTED_CITY.fullmatch(parts[0]) is not None and not _ARCHIVE_WORD.search(parts[0]) \
        and russian_units(reference) and units_read(reference, parts[1])


# A city's name of one or two capitalised words ('Testgrad', 'Veliko Probnovo').
_UNLISTED_CITY = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
# The rest of an archive's name after a comma, its initials in parentheses closing it ('…, Russian Federation (AVP RF)').
# (two words at least before them: one is a city's, 'Testgrad (POL)')
_NAME_GOES_ON = re.compile(r"[A-Z][^()\d,\s]*\s+[^()\d,]{2,60}\([A-Z][A-Za-z ]{1,10}\)")
# A body holding papers under its own name, whose parent body may follow ('Samuel Probe Institute, Testgrad University').
_HOLDER = re.compile(r"\b(?:Institute|Cent(?:er|re)|Foundation)\b")
# What an archive's name goes on with, whose archive it is: 'Ministry of Foreign Affairs', 'Republic of Testland',
# 'Secretaría de Relaciones Exteriores'.
_PARENT_BODY = re.compile(r"(?:(?:The|the)\s+)?(?:Ministry|Ministerio|Minist[ée]rio|Secretar[íi]a|Republic|Government|Kingdom|Federation|State|Office|"
                          r"Department|Institute|University|Academy)\b"
                          r"|(?:[A-Z][\w'’-]+\s+){1,3}(?:University|Academy)\b")     # ('Testgrad University')


def _units_of(text: str) -> ArchivalReference:
    """Split 'GARF, Fond 5446, Opis 98c, Delo 718, Listy 12-16' (or 'RGANI f. 5, op. 28, d. 94, l.78') into its
    units: the repository before the first unit or top-level comma. Of several archives cited, the first
    ('APRF, f. 45, …; and RGASPI, f. 558, …'); a published book's editor or author is none ('… Office, ed., Collected
    …', '…, Notes … (Probegrad: Testizdat, 1995)'), unless the archive's file is cited before the book reprinting it,
    or in parentheses after it. A Hungarian call number, a German party archive's and a file cited before the archive
    are the shelfmark (see _call_number, _SLASHED_CODE, _archive_later); 'p.' between 'op.' and 'd.' is the papka."""
    reference = ArchivalReference()
    text = _archives(text)[0]
    unit, edited = UNIT.search(text), _EDITED.search(text)
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
    if (city := _STOPPED_CITY.search(first)) and (city["city"] or city["within"]) in _CITIES:
        first, reference.place = first[:city.start()], city["city"] or city["within"]   # ('Archive of the …
                                                                      # Foundation. Moscow, …', 'Stiftung "…" (Berlin), DY30 …')
    hereafter = re.search(r"\(here(?:in)?after (\w+)\)", text)
    if hereafter:
        reference.repository = hereafter.group(1)
    elif filed := _ARCHIVE_FILE.fullmatch(first):
        reference.repository, reference.shelfmark = filed["archive"], filed["number"]
        pages = _TOP_COMMA.split(text)[1:2]
        if not unit and pages and _PAGES.fullmatch(pages[0].strip(" .")):
            reference.folios = pages[0].strip(" .")      # ('PRC FMA 106-00778-01, 98-99')
    elif (called := _KNOWN_CALL.fullmatch(first)) and known_archive(called["archive"]):
        reference.repository, reference.shelfmark = called["archive"], called["number"]   # ('SAPMO Barch JIV 2/…')
        pages = _CALL_PAGES.fullmatch(_TOP_COMMA.split(text)[1].strip(" .")) if "," in text else None
        reference.folios = pages["pages"].replace(" ", "") if pages else ""
    elif disclosed := _DISCLOSED.match(text):       # a disclosure's number first ('2017-0638, Act on Access to
        reference.repository = (_archive_later(text) or ("", ""))[0]    # Information …'): no archive's shelfmark
        reference.disclosure = disclosed["number"]
    elif first and (not any(char.isalpha() for char in first) or _SIGNATURE.match(first)):   # a file's number first,
                                                                  # a Polish file's signature
        reference.repository, reference.shelfmark = _archive_later(text) or ("", first)
    elif first:
        reference.repository = first
        named = _archive_later(text) if unit is None else None
        if named and (not (_ARCHIVE_WORD.search(first) or _ACRONYM.search(first)) or _fonds_first(first, named[0])):
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
        reference.shelfmark = _fonds_before(text, mark).partition(";")[0].strip()   # a German party archive's call
                                                                # number after its name ('SAPMO-BArch, DY30 IV …; …')
    return read_units(reference, text)


def _fonds_first(first: str, later: str) -> bool:
    """Whether a citation names a fonds by its initials first and an archive plenum knows by its initials after it
    ('KC PZPR, XI A/99, AAN, Warsaw': the fonds and the file before the archive AAN)."""
    return bool(known_archive(later)) and not known_archive(first) and not _ARCHIVE_WORD.search(first)


# A file's signature named first, the archive after it ('Sygnatura XI A15, KC PZPR, AAN, Warsaw').
_SIGNATURE = re.compile(r"(?:Sygnatura|Sygn\.|Signature)\s", re.I)
# A disclosure's number first, the act a ministry disclosed the file under after it ('2002-113, Act on Access to
# Information Held by Administrative Organs', '…, Information Disclosure Act').
_DISCLOSED = re.compile(r"\s*(?P<number>\d[\d/-]*\d)\s*,\s*(?=(?:Act|Law)\s+(?:on|Concerning)\s+(?:Access\s+to|the\s+"
                        r"Disclosure\s+of)\s+Information\b|Information\s+Disclosure\s+(?:Act|Law)\b)")
# The full stop ending an archive's name after its initials in parentheses, before the call number.
_INITIALS_STOP = re.compile(r"\)\.\s")
# A word naming an archive, or an archive's initials ('GARF', 'AVP RF', 'MOL').
_ARCHIVE_WORD = re.compile(r"\b(?:[Aa]rchiv\w*|[Aa]rhiv\w*|Levéltár|Arquivo\w*|Records\s+Cent(?:er|re)|Library)\b")
_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,5}[A-ZА-ЯЁ]\b|\b(?:[A-Z]\.){2,}[A-Z]\b")   # ('A.M.A.E')
# A code of letters and figures joined by hyphens, a series' ('XIX-J-1-j').
_CODE = re.compile(r"\w-\d|\d-\w|^[A-Z]{1,4}-[A-Z]{1,4}$")


def _archive_later(text: str) -> tuple[str, str] | None:
    """(the archive, the file before it) where a citation names the file first and the archive after it
    ('Inv.č. 12, ka. 7, …, Národní archiv, Praha', 'Szyfrogramy from Testgrad 1963, 7/88 w-90 t-1300, … Archive
    (MFMA), Probegrad', '2002-113, Act on Access …. Also available at the Diplomatic Archives of …', 'Sygnatura XI
    A15, KC PZPR, AAN, Warsaw', the archive by its initials alone); None when no later part names an archive. The
    file's parts are those with a figure."""
    start = 0
    for part in _TOP_COMMA.split(text):
        sentences = re.split(r"\.\s+", part.strip(" .,;:“”\""))
        at = next((index for index, sentence in enumerate(sentences)
                   if _ARCHIVE_WORD.search(sentence) or re.fullmatch(r"[A-Z]{2,6}", sentence)), None)   # ('…, AAN')
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
# A fonds named by its initials before a file's number, ending on a capital ('MfAA' of 'PolA AA, MfAA, C 999/76').
_FONDS_INITIALS = re.compile(r"[A-Z][A-Za-z]{0,5}[A-Z]")


def _fonds_before(text: str, mark: str) -> str:
    """The call number `mark` with the fonds the citation names by initials right before it ('MfAA, C 999/76')."""
    if mark not in text:
        return mark
    before = _TOP_COMMA.split(text[:text.rfind(mark)].rstrip(" ,"))
    fonds = []
    while len(before) > 1 and _FONDS_INITIALS.fullmatch(before[-1].strip()):
        fonds.insert(0, before.pop().strip())
    return ", ".join([*fonds, mark])


# A Hungarian archive's call number: a box ('113. doboz'), a unit kept ('5/998. ő. e.'), a fond's number before
# its 'f.' ('288. f.').
_CALL_NUMBER = re.compile(r"\bdoboz\b|\b[őö]\.\s*e\.|\b\d{1,4}\.\s*f\.|\b\d{1,4}\.\s*d\.(?=\s*(?:[,;]|$))")


# The first part of a call number: a figure, or a series' code of letters ('XIX-J-I-j').
_CALL_PART = re.compile(r"\d|\b[A-Z]{1,4}-[A-Z0-9]")


def _call_number(text: str, repository: str) -> str:
    """The call number after the repository: its parts from the first with a figure or a series' code ('XIX-J-1-j
    Probeland, 4. doboz, 5/a, 009981/1955', 'M-KS 288. f. 5/998. ő. e.', 'XIX-J-I-j–Probeland, 3. d.')."""
    rest = text[text.find(repository) + len(repository):] if repository and repository in text else text
    parts = _TOP_COMMA.split(rest.lstrip(" .,").rstrip(" ,"))
    first = next((at for at, part in enumerate(parts) if _CALL_PART.search(part)), len(parts))
    return _unstopped(",".join(parts[first:]).strip(" ,"))


def _unstopped(mark: str) -> str:
    """A reference's part without the full stop after it, unless the stop ends an abbreviation of a letter ('ő. e.',
    '3. d.')."""
    return mark if re.search(r"(?:^|[\s.])[^\W\d_]\.$", mark) else mark.rstrip(".").strip()


# An archive's name (no figure in it) and the number of a file in it, figures and letters joined by hyphens
# ('PRC FMA 106-00778-01', 'PRC FMA 206-Y0050'; not the years of a published collection, '… KC PPR 1944-1945').
_ARCHIVE_FILE = re.compile(r"(?P<archive>[^\d,]*?[A-Za-z][^\d,]*?)\s+(?!(?:1[89]|20)\d\d[-–]\d{2,4}$)"
                          r"(?P<number>\d\w*(?:-\w+)+)")
# An archive plenum knows by its initials, in one or two words, and its call number after them ('SAPMO Barch JIV
# 2/207 698'); the pages after it, what it says of the copy left out ('pp. 187-330 (in Russian)').
_KNOWN_CALL = re.compile(r"(?P<archive>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+(?P<number>[A-Z]*\s?\d[^,]*)")
_CALL_PAGES = re.compile(r"(?:pp?\.\s*)?(?P<pages>\d{1,4}(?:\s*-\s*\d{1,4})?)(?:\s*\([^()]*\))?")
# The pages of a file cited after its number: '98-99', '1-4', '24'.
_PAGES = re.compile(r"\d{1,4}(?:\s*[-–]\s*\d{1,4})?")
# A semicolon before another archive's reference ('…, ll. 1-7; and RGASPI, f. 558, …') or before the credits ('AVP
# RF; copy obtained by …; translation by …'), and an editor's
# abbreviation or a book's imprint, which make the source a published book ('…, ed., Collected Manuscripts …',
# '(eds.)', '… (Probegrad: Probizdat, 1993), 102-105'), the words saying where it was printed first ('Published
# in "Probnik," (Testgrad) No. 4, 2001'), or a series' numbered working paper.
_NEXT_ARCHIVE = re.compile(r";\s*(?:and\s+)?(?!(?i:Fond|Opis|Delo|List|f\.|op\.|d\.|ll?\.))(?=[A-Z][\w-]*[\s,:])|"
                           r";\s*(?=(?:copy|translation|translated|obtained)\b)|"
                           # (with no semicolon, the next archive's initials and its fonds: '…, listy 51-55 and APRF,
                           # fond 3, …')
                           r",?\s+and\s+(?=[A-ZА-Я][A-Za-zА-Я]{1,5}(?:\s[A-Z]{1,3})?,\s*(?i:fond|f\.|opis|op\.)\s*\d)")
_EDITED = re.compile(r",\s*eds?\.,|,\s*edited\s+by\b|\(eds?\.\)|\([A-Z][^():]{1,40}:\s*[^()]{1,80}?,?\s+(?:1[89]|20)\d\d\)"
                     # (an imprint of the place alone or the year alone, the pages after it: '… Lives Long
                     # (Samplegrad: 1968), 88-90', '… Lives Long (1968), 612-613')
                     r"|\((?:[A-Z][^():]{1,40}:\s*)?(?:1[89]|20)\d\d\),\s*(?:pp?\.\s*)?\d"
                     r"|^\s*(?:(?:First\s+)?[Pp]ublished|[Rr]eprinted|[Pp]rinted)\s+in\b"
                     # (a document's number in a book: 'Document 10 in Probescu, Probia … (2008), pp. 191-201')
                     r"|^\s*Document\s+(?:No\.\s*)?\d+\s+in\s+[A-Z]"
                     # (a numbered paper of a series, where the translation was printed: 'CWIHP Working Paper 99, "…"')
                     r"|\bWorking\s+Paper\s+(?:No\.\s*|#\s*)?\d")
# An archive's file in parentheses in a book's citation ('(APRF, f. 45, op. 1, d. 914249, l. 55-74)'), and whose notes
# or papers a file is, before the archive ('Notes of O.A. Testov', 'Papers of …').
_FILE_WITHIN = re.compile(r"\((?P<file>[A-ZА-Я][^()]{1,60}?,\s*(?i:f\.|fond)\s*\d[^()]*)\)")
_PROVENANCE = re.compile(r"(?:Notes|Papers|Files|Diary|Diaries)\s+of\s+[A-Z]")
# A comma outside parentheses: 'Hungarian National Archives (Magyar Országos Levéltár, MOL), …'; not one of a list
# of folios, a figure on both sides ('ll. 1,3-8').
_TOP_COMMA = re.compile(r",(?![^()]*\))(?!(?<=\d,)\d)")
