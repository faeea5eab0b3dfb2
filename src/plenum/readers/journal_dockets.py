"""A Soviet journal's docket at the head of a record, whose columns a capture ran together ('From the journal
of TOP SECRET A. P. TESTOV Copy no. 2' / '16 May 1979' / 're: no. 301'), and the record's title under it
('Record of Conversation' / 'with the Chairman …' / 'IVAN PROBINOV' / '7 May 1979'): each line's kind, as
head_lines gives the kinds of other head paragraphs."""

from __future__ import annotations

import re

from .block_patterns import HEADING_CUT, HEADING_GOES_ON, KIND_TITLE, TERMINAL
from .inline import block_lines
from .page_breaks import CLASSIFICATION
from .written_dates import PLACE_DATE, is_dateline

# Whose journal or diary a docket's line names, perhaps after the classification and copy beside it: 'From the
# journal of TOP SECRET A. P. TESTOV Copy no. 2', 'From diary of SECRET', 'TOP SECRET, Copy No. 2 From diary of'.
_JOURNAL_LINE = re.compile(r"(?:(?:TOP\s+)?SECRET[.,]?\s+(?i:copy\s+no\.?\s*\d+\s+))?"
                           r"(?i:(?:excerpt|extract)\s+)?(?i:from)\s+(?i:the\s+)?(?i:journal|diary)\b")
# What makes a journal's heading lines a docket: a classification, a copy, a number or date.
_DOCKET_MARK = re.compile(r"SECRET|CONFIDENTIAL|(?i:copy)|\d")
# A journal docket's author, initials and surname: 'A. P. RATANOV', 'Testov, K.L.', a Russian letter's two ('I.Ia.').
_AUTHOR = re.compile(r"(?:[A-Z][a-z]?\.\s?){1,3}[A-Z][A-Za-z'’-]+|[A-Z][A-Za-z'’-]+,?\s+(?:[A-Z][a-z]?\.\s?){1,3}")
# A journal docket's registry number, after its author or copy: 're: no. 292', 'Testov, K.L. Issue No. 312',
# 'A. P. TESTOV Ser. No. 276', 'Original No. 354', 'G.V. TESTONOV Orig. No. 101', 'Copy no. 2 re: no. 222', the outgoing
# 'Iskh. #109/ss'.
_JOURNAL_NUMBER = re.compile(rf"(?:(?:{_AUTHOR.pattern})\s+|(?i:copy\s+no\.?\s*\d+\s+))?"
                             r"(?i:re:?|issue|ser(?:ial)?\.?|orig(?:inal|\.)?|outgoing|incoming|iskh\.?|copy)\s*(?i:n[oº°]\.?|№|#)\s*\d[\w./-]*")
# Whom a record's title says it was with, a line of its own under its kind: 'with the Head of the Council'.
_WITH_WHOM = re.compile(r"(?:with|between)\s+\S", re.I)
# A title's last words naming whom it was with by his post, no name ('… with the Minister of Agriculture of Examland',
# 'with Minister of Industry of …'), and the name on the line under it ('Anton Probin Examov', 'A. P. Probin'), the
# translator's romanisation of it perhaps after it ('Rim Probe-sol [Rim Probe Sol]').
_WITH_POST = re.compile(r"\b(?:with|between)\s+(?:the\s+|(?=[A-Z]))[^.!?:\d]*[A-Za-z]$", re.I)
_KIND_CAPS = re.compile(r"RECEPTION|RECORD\s+OF\s+(?:A\s+)?CONVERSATION|MEMORANDUM\s+OF\s+CONVERSATION")
_TITLE_NAME = r"(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s*(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}"
_NAME_UNDER = re.compile(rf"{_TITLE_NAME}(?:\s+\[{_TITLE_NAME}\])?")


def journal_docket(text: str, continued: bool = False) -> list[str]:
    """The kind of each line of a Soviet journal's docket in one paragraph, its columns run together by
    the capture ('From the journal of TOP SECRET A. P. TESTOV Copy no. 2' / '16 May 1979' / 're: no. 301'),
    perhaps over the record's title and date ('Record of Conversation' / 'with the Chairman …' / 'IVAN
    PROBINOV' / '7 May 1979'): 'classification' or 'docket' each, then record_title's kinds; none when the
    block is not one. `continued`: the paragraph above was the docket's first part, and this one need not
    name the journal ('A. P. TESTOV Ser. No. 276' / 'with the Chairman …' / '29 July 1979'), but never a place and
    date first, which is the dateline under a letterhead's office ('Berlin, 18 June 1979' / 'Copy No. 3')."""
    lines = block_lines(text)
    if continued and PLACE_DATE.fullmatch(lines[0]):
        return []
    docket = 0
    while docket < len(lines) and _docket_line(lines[docket]):
        docket += 1
    if len(lines) < 2 or not any(_DOCKET_MARK.search(line) for line in lines[:docket]) \
            or not continued and not any(_JOURNAL_LINE.match(line) for line in lines[:min(docket, 2)]) \
            and not (_JOURNAL_NUMBER.fullmatch(lines[0]) and docket < len(lines)):
        return []       # ('From the journal of' / 'A. P. TESTOV' alone is the record's heading; an outgoing
                        # number over the date and title, 'Iskh. #109/ss' / '12 April 1955' / 'with …', is one)
    title = record_title(lines[docket:]) if docket < len(lines) else []
    if docket < len(lines) and not title:
        return []
    return ["classification" if CLASSIFICATION.fullmatch(line) else "docket" for line in lines[:docket]] + title


def record_title(lines: list[str]) -> list[str]:
    """The kind of each of a record's title lines in one paragraph, its kind over whom it was with and the
    date ('RECORD OF CONVERSATION' / 'with Chairman of the Council' / 'IVAN PROBINOV' / '5 August 1977';
    the kind left out: 'with …'; what it is of: 'STENOGRAPHIC TRANSCRIPT' / 'of the meeting of …' / '17 June
    1988'; the kind left open over what it is of, the day and the hour the talks began: 'Minutes of' / 'the
    official talks between …' / 'Wednesday, 28 May 1980' / '(Beginning: 9:45 a.m.)'): 'head' each, 'dateline'
    the date, 'setting' the hour; none when they are not one."""
    begun = len(lines) > 2 and _BEGUN.fullmatch(lines[-1]) is not None
    lines = lines[:-1] if begun else lines
    dated = bool(lines) and is_dateline(lines[-1])
    above = lines[:-1] if dated else lines
    if not above or not (KIND_TITLE.fullmatch(above[0]) or _WITH_WHOM.match(above[0])) or len(above) > 5 \
            or begun and not dated or len(above[0].split()) > 20 \
            or any(TERMINAL.search(line.removesuffix(".")) for line in above) \
            or not all(_title_goes_on(line, before) for before, line in zip(above, above[1:])):
        return []
    return ["head"] * len(above) + (["dateline"] if dated else []) + (["setting"] if begun else [])


def _title_goes_on(line: str, above: str) -> bool:
    """Whether a line of a record's title goes on from the line above it: whom it was with, what it is of, in
    capitals (twenty words at most), or any words where the line above left its sense open ('Minutes of' / 'the
    official talks between …', sixty at most)."""
    words = len(line.split())
    return words <= 20 and bool(_WITH_WHOM.match(line) or HEADING_GOES_ON.match(line) or line.isupper()) \
        or words <= _OPEN_TITLE_WORDS and HEADING_CUT.search(above) is not None


# How long a title's line may be under a line that left its sense open ('Minutes of' / 'the official talks …').
_OPEN_TITLE_WORDS = 60
# The hour the talks began, in parentheses under the date of a title's paragraph: '(Beginning: 9:45 a.m.)'.
_BEGUN = re.compile(r"\((?:Beginning|Begin|Start)\s*:\s*[^()]{0,30}\d[^()]{0,30}\)\.?", re.I)


def title_goes_on(above: str, text: str) -> bool:
    """Whether a line alone goes on a record's title under a paragraph of the head (`above`), as a capture
    of single breaks gives it: whom it was with ('with the Head of the Council'), the name in capitals under
    that ('IVAN PROBINOV'), or in letters under his post ('with the Minister of Agriculture of Examland' /
    'Anton Probin Examov'); a record's kind in capitals under the journal's name, and whom it was of
    ('P. PROBIN' / 'RECEPTION' / 'OF THE AMBASSADOR OF …')."""
    return record_title([text]) == ["head"] and _WITH_WHOM.match(text) is not None \
        or text.isupper() and len(text.split()) <= 12 and (_KIND_CAPS.fullmatch(text) is not None and above.isupper()
                                                           or HEADING_GOES_ON.match(text) and _KIND_CAPS.fullmatch(above)) \
        or text.isupper() and ":" not in text and len(text.split()) <= 6 and _WITH_WHOM.match(above) is not None \
        or _NAME_UNDER.fullmatch(text) is not None and _WITH_POST.search(above) is not None


def _docket_line(line: str) -> bool:
    """A line of a journal's docket (journal_docket): whose journal it is, a classification, the author's
    name, a registry's number, the date it was entered."""
    return bool(len(line.split()) <= 14 and (_JOURNAL_LINE.match(line) or CLASSIFICATION.fullmatch(line)
                                             or _AUTHOR.fullmatch(line) or _JOURNAL_NUMBER.fullmatch(line))
                or is_dateline(line) and len(line.split()) <= 4)


def journal_line(text: str) -> bool:
    """A journal docket's line alone on its paragraph, as a capture of single breaks gives it: whose journal
    with the classification or copy beside it ('From the journal of TOP SECRET A. P. TESTOV Copy no. 2'), or
    a registry's number ('re: no. 301', 'Copy no. 2 re: no. 222')."""
    return len(text.split()) <= 14 and bool(_JOURNAL_LINE.match(text) and _DOCKET_MARK.search(text)
                                            or _JOURNAL_NUMBER.fullmatch(text))


def dated_author(text: str, above: str) -> bool:
    """Whether a paragraph is a journal docket's author with the day beside his name, under the docket's line naming
    the journal, as a capture ran their columns together ('From the diary of SECRET, Copy No. 2' / 'P.T. Examov 4
    February 1977'): forme work, never the record's heading."""
    found = _AUTHOR_DATED.fullmatch(text)
    return found is not None and is_dateline(found["date"]) and journal_line(above)


# A journal docket's author and the day beside him: 'P.T. Examov 4 February 1977', 'A. P. TESTOV 16 May 1979'.
_AUTHOR_DATED = re.compile(rf"(?:{_AUTHOR.pattern})\s+(?P<date>\S.{{4,30}})")


def docket_dated(blocks: list) -> None:
    """Make a journal's docket date forme work where the record's title under it carries the conversation's date
    ('Secret Copy Nº 2' / '11 May 1950' / 'Nº 94/AT' / 'FROM THE JOURNAL OF' / … / '10 May 1950'): the date the record
    was entered, beside a docket's line or over the journal's name, first read as a dateline; the date under the title
    is the record's."""
    dates = [index for index, block in enumerate(blocks[:_DOCKET_REACH]) if block.kind == "dateline"]
    if len(dates) < 2:
        return
    first, second = dates[:2]
    beside = [blocks[index].kind for index in (first - 1, first + 1) if index >= 0]
    journal = [index for index, block in enumerate(blocks[:second]) if _JOURNAL_LINE.match(block.text.strip())]
    if journal and ("docket" in beside or journal[-1] > first) \
            and any(block.kind == "head" for block in blocks[first + 1:second]):
        blocks[first].kind = "docket"


# How far down a record's head a journal's docket date and the conversation's date stand.
_DOCKET_REACH = 12


def signed_distribution(blocks: list) -> None:
    """Make forme work of the signature and date under a journal's distribution docket ('Distribute to CC Politburo' /
    'members and candidate members' / 'P. Testyko' / '1 May 1984'): the instruction's signer, his initials and surname,
    first read as the heading, and its date as a second dateline; the record's title and date are elsewhere."""
    for index in range(min(len(blocks) - 1, _DOCKET_REACH)):
        docket, signer = blocks[index], blocks[index + 1]
        if docket.kind == "docket" and _DISTRIBUTE.match(docket.text.strip()) and signer.kind == "head" \
                and _AUTHOR.fullmatch(signer.text.strip()):
            signer.kind = "docket"
            for dated in blocks[index + 2:index + 3]:
                dated.kind = "docket" if dated.kind == "dateline" and len(dated.text.split()) <= 4 else dated.kind


# A distribution instruction's opening: 'Distribute to …', 'Circulated to …', 'Send out to …'.
_DISTRIBUTE = re.compile(r"(?:Distribute|Circulate)d?\s+to\s|Sen[dt]\s+out\s+to\s", re.I)

