"""A record's letterhead and docket at its head, before its text: the lines that are forme work
(fw[@type='header']), as the block kinds read them (readers/block_kinds.py)."""

from __future__ import annotations

import re
from typing import Protocol

from .block_patterns import (
    COLUMNS, COPIES_FOR, COPY_ITEM, DOC_TITLE, FROM_JOURNAL, HEADING_GOES_ON,
    INCOMING, KIND_HEADING, KIND_WORD, NUMBER_SIGN, OFFICE, PLACE, REGISTRATION, SPACED, TERMINAL,
    TRANSLATED_FROM,
)
from .brackets import YEAR_NUMBERED
from .bracket_blocks import logo_block, stamp_block, stamps_block, whole_bracket
from .bracket_words import aside_alone
from .dateline_shapes import BULLETED, REMARK_AFTER
from .docket_lines import (CABLE_HEADER, DISTRIBUTED, FILED_NUMBER, NUMBER_AND_COPIES, PARTY_LETTERHEAD, REGISTRY_LINE,
                           SENT_HOW, STAMP_COLUMNS, TAPE_FIELDS)
from .inline import BREAK, Run, block_lines
from .journal_dockets import dated_author, journal_line
from .printed_forms import printed_form
from .page_breaks import CLASSIFICATION, Unit
from .page_parts import PROSE_END
from .telegram_forms import FORM_FIELDS, copies_to_lines, form_columns, form_lines, office_over_form
from .written_dates import is_dateline


class HeadBlock(Protocol):
    """What the letterhead is read from: a block of a record's text (block_kinds.BodyBlock)."""

    @property
    def text(self) -> str: ...

    @property
    def run(self) -> Run: ...

    classified: bool      # a classification line stands right below it (mark_classified)


def mark_classified(items: list) -> None:
    """Mark each block that a classification line, forme work between the blocks, stands right below."""
    for item, following in zip(items, items[1:]):
        if not isinstance(item, Unit) and isinstance(following, Unit) \
                and any(element.get("type") == "classification" for element in following.elements):
            item.classified = True


def letterhead(blocks: list[HeadBlock], index: int, turns: bool) -> bool:
    """Whether a block at the head of a record is its letterhead or docket: a docket in columns (not in a
    record of turns), a registration number, the language it was translated from, lines of a letterhead
    as one block, an incoming stamp's line, a logo, the office and author over a copy note, the office
    over the date, an American memorandum's printed form, a letterhead's lines over the document's kind, a
    cipher form's printed instruction, a receiving office's number and count of sheets, a protocol's number
    with those its extract goes to, a letter's number with its classification, a registered classified
    document's number over its count of copies (or the count alone), an office's department between dashes,
    a teletyped cable's header lines, a telegram form's printed fields, the drafter's name over the
    classification, a letterhead the translator names in a bracket, or supplies in one ('[Testland Embassy in …]',
    '[KGB Letterhead]')."""
    block = blocks[index]
    text = block.text.strip()
    if (text.startswith("[") or BULLETED.fullmatch(text) or REMARK_AFTER.search(text)) and is_dateline(text) \
            or index and FROM_JOURNAL.fullmatch(blocks[index - 1].text.strip()):
        return False        # a date the translator supplied ('[14 October 1950]'), between dashes ('- April 5 1972 -'), or
                            # with a column's classification and copy after it ('"1" June 1960 TOP SECRET Copy No. 3'):
                            # a dateline; whose diary it is
    return bool(_columns(block.run.text) and len(text.split()) <= 25 and not turns and not is_dateline(text)
                or any(line.fullmatch(text) for line in _DOCKET_LINES)
                or _docket_lines(block.run.text) or _stamped_columns(block.run.text)
                or _classified_lines(block.run.text) or journal_line(text)
                or index and dated_author(text, blocks[index - 1].text.strip())
                or INCOMING.search(text) and len(text.split()) <= 12 and not TERMINAL.search(text)
                or logo_block(text) or _over_copies(blocks, index) or _office_over_date(blocks, index)
                or printed_form(blocks, index) or _over_kind(blocks, index)
                or _file_lines(block.run.text) or _registry_lines(block.run.text) or _drafter(blocks, index)
                or form_lines(block.run.text) or form_columns(block.run.text) or office_over_form(blocks, index) or _named_letterhead(block.run.text)
                or copies_to_lines(block.run.text)
                or (inner := whole_bracket(text)) is not None and (office_line(inner) or _LETTERHEAD_WORD.search(inner))
                and len(inner.split()) <= 12)


def _named_letterhead(text: str) -> bool:
    """A letterhead the translator names in a bracket before its lines ('[Letterhead] Council of Ministers of …'
    / 'Ministry of State Testing' / 'The Minister'): short lines, no sentence."""
    lines = block_lines(text)
    return _LETTERHEAD_NAMED.match(lines[0]) is not None and len(lines) <= 6 \
        and all(len(line.split()) <= 14 and not TERMINAL.search(line) for line in lines)


# The translator's bracket naming a letterhead before its first line.
_LETTERHEAD_NAMED = re.compile(r"\[(?:[Ll]etterhead|LETTERHEAD)\]\s*\S")
# The word naming a letterhead in the translator's bracket standing for it ('[KGB Letterhead]').
_LETTERHEAD_WORD = re.compile(r"\b(?i:letterhead)\b")


# A letter's number and its classification, a line of its letterhead ('Number 111. Top Secret', 'Nº 43, Secret',
# 'Confidential Number 211/4').
_NUMBER_CLASSIFIED = re.compile(rf"(?:Number|{NUMBER_SIGN})\s*\d[\w./-]*[.,]?\s+(?:{CLASSIFICATION.pattern})|"
                                rf"(?:{CLASSIFICATION.pattern})[.,]?\s+(?:Number|{NUMBER_SIGN})\s*\d[\w./-]*")


# What a cipher office's printed form says of the message ('After use, this code message is to be
# destroyed according to regulations …', 'Should be destroyed when finished'): the form's words, a line or several.
_FORM_INSTRUCTION = re.compile(r"After\s+(?:use|reading),?\s+this\s+(?:\w+\s+){1,3}is\s+to\s+be\s+"
                               r"(?:destroyed|returned)"
                               r"\b[^.]{0,160}\.?|(?:Should|To|Must)\s+be\s+(?:destroyed|returned)\s+(?:when\s+(?:finished|read)|"
                               r"after\s+(?:use|reading))\.?", re.I)


# A document's title in capitals, its kind first ('REPORT ON CONDITIONS IN THE PROVINCE', 'THE SITUATION IN
# KOREA' is none): under it, the lines above are its letterhead.
_TITLE_IN_CAPITALS = re.compile(r"(?:THE\s+)?(?:REPORT|MEMORANDUM|RECORD|NOTE|INFORMATION|MINUTES|JOURNAL|TELEGRAM)"
                                r"\s+(?:OF|ON|ABOUT|FROM|CONCERNING|REGARDING|FOR|TO)\s+[A-Z][A-Z\s,.'’-]{2,120}")


# Where the archive keeps the record, as the translation gives it among the letterhead's lines ('Archival
# Signature: SAPMO-BA, Berlin, DY 30, IV A2/20/252').
_ARCHIVAL_SIGNATURE = re.compile(r"Archival\s+(?:Signature|Reference|Shelfmark)\s*:\s*\S.{0,100}", re.I)


# How far above the document's kind alone a letterhead's lines may begin.
_KIND_REACH = 10


def _over_kind(blocks: list[HeadBlock], index: int) -> bool:
    """A line of a letterhead a capture printed a line each, over the document's kind alone ('SOVIET
    EMBASSY' / 'IN THE DPRK' / '0914-gs' / '31 December 1960' / 'Nº 169' / 'JOURNAL'; 'Ministry of Foreign
    Affairs' / the cipher form's instruction / 'Code message No 4851/I/903'): every line down to the kind
    short, in capitals, an office, a number or a date (a date itself is the letterhead's dateline)."""
    if is_dateline(blocks[index].text.strip()):
        return False
    for block in blocks[index:index + _KIND_REACH]:
        text = block.text.strip()
        if block is not blocks[index] and (kind_line(block.run.text) or KIND_HEADING.fullmatch(text)
                                           or _TITLE_IN_CAPITALS.fullmatch(text)):
            return True
        if not (_FORM_INSTRUCTION.fullmatch(text) or _ARCHIVAL_SIGNATURE.fullmatch(text)
                or BREAK not in block.run.text and _letterhead_line(text)):
            return False
    return False


def _letterhead_line(text: str) -> bool:
    """A short line of a letterhead: in capitals, an office, or a number or date of a few words, no sentence
    nor item of a list ('- Department')."""
    words = text.split()
    return 0 < len(words) <= 6 and not TERMINAL.search(text) and not KIND_WORD.fullmatch(text) \
        and not COPY_ITEM.fullmatch(text) and (
        text.isupper() or is_dateline(text) or OFFICE.search(text) is not None
        or len(words) <= 3 and any(char.isdigit() for char in text))


# A classification in capitals and a copy's number in one line of a docket: 'SECRET. Copy Nº 6'.
_CLASSIFIED_COPY = re.compile(rf"\b(?:TOP SECRET|SECRET|CONFIDENTIAL)\b[.,]?\s+Copy\s+{NUMBER_SIGN}\s*\d")


def _columns(text: str) -> bool:
    """Whether a block is a docket printed in two columns: a line with a wide gap, what stands right of
    it a classification, a date or a number, or in capitals ('Distributed at …      SECRET'), not a
    title with a stray run of spaces."""
    return any(right.strip() and (right.strip().isupper() or any(char.isdigit() for char in right)
                                  or right.lstrip().startswith("[") or CLASSIFICATION.fullmatch(right.strip()))
               for line in text.split(BREAK) for right in COLUMNS.split(line)[1:])


def kind_line(text: str) -> bool:
    """Whether a block's first line is the document's kind alone ('Memorandum', 'N o t e'), the block
    that line alone or going on with what it is on ('on a Conversation with …')."""
    first, _, rest = text.partition(BREAK)
    word = first.strip()
    word = word.replace(" ", "") if SPACED.fullmatch(word) else word
    return bool(KIND_WORD.fullmatch(word)) and (not rest.strip() or goes_on(rest.strip()))


def goes_on(text: str) -> bool:
    """Whether a line goes on with what a kind's heading above it is on ('on a Conversation …', 'Concerning
    a Conversation in …', capitalised only where no sentence ends it)."""
    return bool(HEADING_GOES_ON.match(text) or HEADING_GOES_ON.match(text[:1].lower() + text[1:])
                and not TERMINAL.search(text))


# A number in a registry's stamp or docket: 'Nº 135', '№ 58', 'No. 0767s'.
_NUMBERED = re.compile(rf"{NUMBER_SIGN}\s*\d")


def _office_over_date(blocks: list[HeadBlock], index: int) -> bool:
    """A letterhead: the sending office, first, a line or up to four short ones, over the place and date
    ('GDR Embassy to the DPRK' / 'Pyongyang, 14 March 1966'; 'Embassy of the USSR' / 'in the MPR Secret' /
    '29 November 1954'; in capitals, 'SOVIET EMBASSY IN …'), the number it was sent under perhaps between
    ('USSR EMBASSY IN THE DPRK' / 'Nº 112' / '30 May 1958'; a Hungarian embassy's 'The Embassy of the
    Hungarian People's Republic.' / '96/7/Top Secret. 1956.' / 'Presenter: …' / 'Pyongyang, 10 September 1956.'),
    or its department between dashes ('GDR Embassy to DPRK' / '- Political Department -' / 'Pyongyang, …'),
    or the letterhead's further lines a paragraph each ('HEADQUARTERS' / 'EIGHTH TEST ARMY' / 'APO 301' / the
    date; 'KOREAN LEGATION' / 'Testville' / the date), which are its lines too; only stamps above it. Its
    number with its classification ends it as the date does ('Presidency of …' / 'Department for Foreign
    Affairs' / 'Confidential Number 211/4')."""
    return _dated_office(blocks, index) > 0 or any(
        start < index < _dated_office(blocks, start) for start in range(max(0, index - _BETWEEN), index))


# How many paragraphs may stand between a letterhead's office and its date.
_BETWEEN = 5


def _dated_office(blocks: list[HeadBlock], index: int) -> int:
    """Where the date stands under a letterhead's office that begins at a block (see _office_over_date), the office
    named, or what the letterhead leaves of its name over the body it is attached to ('For State Security' / 'At the
    USSR Council of Ministers'); -1 when the block begins none."""
    if index + 1 >= len(blocks) or not all(stamp_block(block.text.strip()) or aside_alone(block.text.strip())
                                           for block in blocks[:index]):
        return -1
    below = index + 1
    while below < min(len(blocks) - 1, index + 1 + _BETWEEN) and _office_goes_on(blocks[below]):
        below += 1
    if not (is_dateline(blocks[below].text.strip()) or _NUMBER_CLASSIFIED.fullmatch(blocks[below].text.strip())):
        return -1
    lines = block_lines(blocks[index].run.text)
    named = office_line(lines[0]) or _OFFICE_UNDER.fullmatch(blocks[index + 1].text.strip()) is not None
    dated = len(lines) <= 4 and named and not _MEMORANDUM_FOR.match(lines[0]) \
        and not TERMINAL.search(lines[-1].removesuffix(".")) and all(len(line.split()) <= 12 for line in lines)
    return below if dated else -1


# A memorandum's title naming whom it is for, over its date: 'Memorandum for the Chief of the … Department'
# (the office it names is the reader's, not a letterhead's).
_MEMORANDUM_FOR = re.compile(r"(?:Memorandum|Memo|Note|Report|Information)\s+(?:for|to)\s", re.I)


def _office_goes_on(block: HeadBlock) -> bool:
    """A letterhead's further line under its office: a number, a department, a short line, a place, the
    state's motto, a stamp or classification beside it (not the date, nor the number with its classification,
    which end it)."""
    text = block.text.strip()
    return not _NUMBER_CLASSIFIED.fullmatch(text) and bool(
        _numbered(block) or _DEPARTMENT.fullmatch(text) or _letterhead_line(text) and not is_dateline(text)
        or PLACE.fullmatch(text) or _PLACE_CLASSIFIED.fullmatch(text) or _OFFICE_UNDER.fullmatch(text)
        or _MOTTO.fullmatch(text) or stamps_block(text) or CLASSIFICATION.fullmatch(text))


# The body an office is of or attached to, on the letterhead's next line ('At the Council of Ministers of
# Testland', 'of the Testland Council of Ministers', 'under the Ministry of …').
_OFFICE_UNDER = re.compile(r"(?:[Aa]t|[Oo]f|[Uu]nder|[Aa]ttached\s+to)\s+the\s+[A-Z][\w'’-]*"
                           r"(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){1,7}")


# The office's place with the classification beside it, the letterhead's columns run together ('Embassy of
# Testland' / 'in Probeland Secret').
_PLACE_CLASSIFIED = re.compile(rf"(?:in|to|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}?\s+"
                               rf"(?i:{CLASSIFICATION.pattern})")


def office_line(line: str) -> bool:
    """Whether a letterhead's first line names the sending office ('GDR Embassy in …', in capitals too:
    'SOVIET EMBASSY IN …'), no document's title nor an office's session ('PARTY BUREAU SESSION')."""
    first = line.title() if line.isupper() else line
    return OFFICE.search(first) is not None and not DOC_TITLE.match(first) and not _SITTING.search(first)


# A body's sitting, which a session's minutes are titled by ('Session of the Bureau', 'Committee Meeting').
_SITTING = re.compile(r"\b(?:Session|Meeting|Plenum|Sitting)\b")


# The office's department between dashes under it ('- Political Department -'), and a cipher office's numbered
# department alone on its line ('Tenth Department', '8th Directorate of the General Staff', '2ND SECTION').
_DEPARTMENT = re.compile(r"[-–—]\s*[A-Z][\w'’. -]{2,60}?\s*[-–—]|(?i:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|"
                         r"Eighth|Ninth|Tenth|Eleventh|Twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:Territorial\s+)?"
                         r"(?:Department|Directorate|Division|Section|Unit))"
                         r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’. -]{2,60})?")


def _numbered(block: HeadBlock) -> bool:
    """A letterhead's number under the office: 'Nº 112', or a Hungarian file number and who presents it."""
    return REGISTRATION.fullmatch(block.text.strip()) is not None or _file_lines(block.run.text)


def _file_lines(text: str) -> bool:
    """A Hungarian embassy's file number and the official who presents the report, a line each ('96/7/Top
    Secret. 1956. I/3.' / 'Presenter: Lajos Karsai')."""
    lines = block_lines(text)
    return len(lines) <= 3 and any(_FILE_NUMBER.fullmatch(line) for line in lines) \
        and all(_FILE_NUMBER.fullmatch(line) or _PRESENTER.fullmatch(line) for line in lines)


# A Hungarian embassy's file number with the classification and year in it: '96/7/Top Secret. 1956. I/3.'
_FILE_NUMBER = re.compile(r"\d{1,5}/\d{1,4}/(?:(?:Top|Strictly)\s+)?(?:Secret|Confidential)\.?\s*(?:\d{4}\.?)?"
                          r"(?:\s+[IVX]+/\d{1,3}\.?)?", re.I)
# The official who presents a report ('Presenter: Lajos Karsai', the Hungarian 'Előadó').
_PRESENTER = re.compile(r"(?:Presenter|Prepared\s+by|Előadó)\s*:\s*\S.{0,40}")


# Who drafted a telegram, a surname and an initial alone over its classification, as a Hungarian ministry's
# telegrams print it ('Rátkai F.' / 'Top Secret!'; 'F. Rátkai').
_DRAFTER = re.compile(r"[A-ZÀ-Ž][a-zà-ž'’-]+,? (?:[A-Z]\.\s?){1,2}|(?:[A-Z]\.\s?){1,2}[A-ZÀ-Ž][a-zà-ž'’-]+")


def _drafter(blocks: list[HeadBlock], index: int) -> bool:
    """The drafter's name over a telegram's classification (_DRAFTER)."""
    return blocks[index].classified and _DRAFTER.fullmatch(blocks[index].text.strip()) is not None


def _over_copies(blocks: list[HeadBlock], index: int) -> bool:
    """A short line of a report's docket, its office and author a line each above its copy note
    ('Regional Division IV' / 'Korean Branch' / 'Teszt Áron' / 'Produced in 4 copies for:')."""
    for block in blocks[index:index + 5]:
        text = block.text.strip()
        if COPIES_FOR.fullmatch(text):
            return block is not blocks[index]
        if len(text.split()) > 5 or TERMINAL.search(text) or BREAK in block.run.text:
            return False
    return False


# A registered classified document's number ('Confidential Matter No. 24/65', the GDR's VVS) and a count of
# copies ('3 Copies').
_REGISTERED_MATTER = re.compile(rf"(?:Confidential|Secret|Top\s+Secret|Classified)\s+(?:Matter|Document|Material)\s*"
                                rf"(?:{NUMBER_SIGN}|#)\s*[\w./-]*\d[\w./-]*", re.I)
_COPY_COUNT = re.compile(r"\d{1,2}\s+(?:copies|copy|Exemplare|Ausfertigungen)\.?", re.I)


def _registry_lines(text: str) -> bool:
    """A docket of a record's number, classification and count of copies, a short line each ('Confidential
    Matter No. 24/65' / '3 Copies')."""
    lines = block_lines(text)
    return 1 <= len(lines) <= 4 and any(_REGISTERED_MATTER.fullmatch(line) for line in lines) and all(
        _REGISTERED_MATTER.fullmatch(line) or _COPY_COUNT.fullmatch(line) or CLASSIFICATION.fullmatch(line)
        or REGISTRATION.fullmatch(line) for line in lines)


def _docket_lines(text: str) -> bool:
    """A letterhead as one block of short lines, one of them its registration number ('VKP(b) CC' / '#
    P78/168' / '05/10/50' / 'To: Cmrds …')."""
    lines = block_lines(text)
    return 2 <= len(lines) <= 6 and any(REGISTRATION.fullmatch(line) for line in lines) \
        and all(0 < len(line.split()) <= 10 for line in lines)


def _classified_lines(text: str) -> bool:
    """A docket whose columns the capture ran together, one line a classification in capitals and a copy's
    number ('Distributed with the SECRET. Copy Nº 6' / 'consent of N. T. Testenko 20 October 1956')."""
    lines = block_lines(text)
    return 1 <= len(lines) <= 4 and any(_CLASSIFIED_COPY.search(line) for line in lines) \
        and all(len(line.split()) <= 12 for line in lines)


def _stamped_columns(text: str) -> bool:
    """A letterhead printed in columns with the stamps beside it, the export's single spaces between
    them ('USSR EMBASSY [USSR MFA Far [USSR MFA General' / 'IN THE DPRK East Department stamp: …' / 'Nº
    135 SECRET Incoming Nº 01712s …'): lines of no sentence, a stamp named, a number given."""
    lines = block_lines(text)
    return 3 <= len(lines) <= 10 and "stamp" in text.lower() and bool(_NUMBERED.search(text)) \
        and text.count("[") >= 1 and all(len(line.split()) <= 12 and not PROSE_END.search(line) for line in lines)


# A state's or party's motto under its letterhead: three to five words joined by dashes ('Independence - Freedom -
# Happiness', 'Unity - Labour - Progress'), or the call to the workers of the world ('Workers of the World, Unite!',
# 'Proletarians of all countries, unite!').
_MOTTO = re.compile(r"(?:[A-Z][a-z]+\s*[-–—]\s*){2,4}[A-Z][a-z]+[.!]?|(?:Workers|Proletarians)\s+of\s+(?:the\s+)?"
                    r"(?:[Ww]orld|all\s+[Cc]ountries|all\s+[Ll]ands),\s+[Uu]nite!?", re.I)


# The paragraphs of a docket that are one line of a kind of their own, each whole: a registration number, the
# language translated from, a cipher form's printed instruction, a receiving office's number and sheets, a
# protocol's number with its copies' addressees, a letter's number with its classification, a department
# between dashes, a count of copies, a teletyped cable's header line, a telegram form's printed field, what
# a capture's columns leave of a stamp, how a telegram went, a telegram form's field, a party's letterhead, a motto,
# a Chinese document's number with its year in brackets.
_DOCKET_LINES = (REGISTRATION, TRANSLATED_FROM, _FORM_INSTRUCTION, REGISTRY_LINE, NUMBER_AND_COPIES,
                 _NUMBER_CLASSIFIED, _DEPARTMENT, _COPY_COUNT, CABLE_HEADER, *FORM_FIELDS, STAMP_COLUMNS,
                 SENT_HOW, TAPE_FIELDS, PARTY_LETTERHEAD, _MOTTO, FILED_NUMBER, DISTRIBUTED, YEAR_NUMBERED)
