"""A letterhead's office among a record's headings: the offices read as headings for want of anything else over the
title (made the letterhead's forme work), a title or a message's kind right under them, an office in capitals over a
telegram's kind, a letterhead broken a word group to a paragraph ('Embassy' / 'of the Probish Republic' / 'in
Testland')."""

from __future__ import annotations

import re

from .block_patterns import DOC_TITLE, KIND_HEADING, KIND_WORD, OFFICE, SITTING_WORDS, TERMINAL
from .inline import BREAK
from .letterheads import office_line
from .written_dates import is_dateline


def office_heads(blocks: list) -> None:
    """Make letterhead lines of the headings at a record's top that name the office it comes from ('Embassy of the
    Testarian People's Republic', '8th Administration of the General Staff …', 'Asia Bureau, … Division'), read as
    headings for want of anything else, where a heading that names no office stands under them (the title, the kind)."""
    heads = []
    for block in blocks:
        if block.kind in _TEXT_KINDS:
            break
        heads += [block] if block.kind == "head" else []
    offices: list = []
    for block in heads:     # (its place or whose it is a heading of its own under it: 'USSR EMBASSY' / 'IN PROBEA')
        text = _EXPANDED_INITIAL.sub("", block.text.strip())
        text = text.title() if text.isupper() else text
        if not (_office_head(block) or offices and _whose_office(text[:1].lower() + text[1:])):
            break
        offices.append(block)
    if offices and len(offices) < len(heads):
        for block in offices:
            block.kind = "docket"


def title_under_offices(blocks: list, index: int) -> bool:
    """Whether a block at a record's top is a title right under headings that are all an office's name alone
    ('Probeland Sports Committee' over 'Request Clearance for a Letter …'): a heading still (office_heads then makes
    the offices its letterhead). A title: a phrase of words, three of more than two letters, one of them in lower
    case ('for', 'the'), no office's name (a department under it: 'Operative Group Samplegrad'), label or date."""
    text = blocks[index].text.strip()
    heads = [block for block in blocks[:index] if block.kind in ("head", "setting", "participants", "staff")]
    words = [word for word in (word.strip(".,;'’\"()") for word in text.split()) if len(word) > 2 and word.isalpha()]
    return bool(heads) and blocks[index - 1].kind == "head" and all(
        block.kind == "head" and _office_head(block) for block in heads) and text[:1].isalpha() and ":" not in text \
        and len(words) >= 3 and any(word.islower() for word in words) and not _office_head(blocks[index]) \
        and not is_dateline(text)


def _office_head(block) -> bool:
    """Whether a heading is an office's name alone, no title's words ('Ministry of Foreign Affairs')."""
    text = block.text.strip()
    return bool(_OFFICE_NAME.match(text)) and len(text.split()) <= 16 and not TERMINAL.search(text) \
        and not DOC_TITLE.match(text) and not _SESSION.search(text) and not KIND_HEADING.fullmatch(text)


# The translator's expansion of a letterhead's initial, which the original's line in capitals is read without ('OF THE
# P[robian] S[ample] R[epublic]').
_EXPANDED_INITIAL = re.compile(r"(?<=\b[A-Z])\[[a-z][\w'’-]*\]")
# The kinds of the text's blocks, below a record's top; an office's name as its letterhead prints it, in capitals
# too ('8th Administration of …', 'SECOND CHIEF DIRECTORATE OF …', 'Embassy of …', 'Asia Bureau').
_TEXT_KINDS = frozenset({"turn", "turn-continued", "narrative", "entry", "point"})
_SESSION = re.compile(rf"\b(?i:{'|'.join(SITTING_WORDS)})\b")
_OFFICE_NAME = re.compile(r"(?:The\s+|THE\s+)?(?:\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)\s+)?(?:[A-Z][\w'’.()-]*,?\s+){0,4}?"
                          r"(?i:Embassy|Consulate|Legation|Mission|Ministry|Department|Committee|Bureau|Directorate|"
                          r"Administration|Secretariat|Commission|Division|Section|Office|Headquarters|Chancellery)\b")


def kind_under_offices(blocks: list, index: int) -> bool:
    """Whether a block is a message's kind and number ('CODE MESSAGE No: 1402/III/2211'), or a form's kind in capitals
    ('PERSONAL QUESTIONNAIRE'), under a head whose headings so far are all offices ('Ministry of Foreign Affairs', a
    hand's note or instruction between): the kind is the heading, the offices its letterhead."""
    heads = [block.text.strip() for block in blocks[:index] if block.kind == "head"]
    text = blocks[index].text.strip()
    return bool(KIND_HEADING.fullmatch(text) or text.isupper() and _FORM_KIND.fullmatch(text)) and bool(heads) \
        and all(office_line(head) for head in heads) \
        and not any(block.kind in ("setting", "participants", "staff", "turn") for block in blocks[:index])


# A form's kind in capitals, perhaps after a word saying whose or what it is ('PERSONAL QUESTIONNAIRE', 'INFORMATIVE
# NOTE').
_FORM_KIND = re.compile(rf"(?:[A-Z]{{3,}}\s+)?(?:{KIND_WORD.pattern}|Questionnaire)", re.I)


def office_over_kind(texts: list[str]) -> bool:
    """Whether a paragraph (the first of `texts`) is an office in capitals over a telegram's kind and number (the
    second), as a general staff's cipher form prints it ('SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF …' /
    'CIPHERED TELEGRAM No. 40404'): the form's letterhead."""
    text = texts[0].strip()
    return text.isupper() and len(text.split()) <= 14 and _OFFICE_CAPS.search(text) is not None \
        and not TERMINAL.search(text) and len(texts) > 1 and KIND_HEADING.fullmatch(texts[1].strip()) is not None


# An office as a form prints it in capitals ('MINISTRY OF …', 'MAIN ADMINISTRATION OF THE GENERAL STAFF').
_OFFICE_CAPS = re.compile(rf"{OFFICE.pattern}|\bAdministration\b|\bGeneral\s+Staff\b", re.I)


def broken_office(texts: list[str], index: int) -> bool:
    """Whether paragraph `index` of `texts` (a head's first paragraphs) is a line of a letterhead broken a word group
    to a paragraph: the office's word alone ('Embassy') and the lines naming whose and where ('of the Probish
    Republic', 'in Testland') under it."""
    start = index
    while start > 0 and _whose_office(texts[start]):
        start -= 1
    return start < len(texts) - 1 and _OFFICE_ALONE.fullmatch(texts[start].strip()) is not None \
        and _whose_office(texts[start + 1])


def _whose_office(text: str) -> bool:
    """Whether each line of a paragraph names whose office a letterhead's is or where it stands ('of the …',
    'in Testland'), the export perhaps having run two such paragraphs together."""
    return all(_OFFICE_GOES_ON.fullmatch(_HAND_REMARK.sub("", line.strip()))
               for line in re.split(rf"[\n{BREAK}]", text) if line.strip())


# An office's word alone on a letterhead's line, its outgoing number perhaps beside it ('Embassy 242/25/K/53'), and the
# line naming whose office it is or where it stands, the translator's remark on its words perhaps after them ('of the
# Probish Republic [added by hand]').
_OFFICE_ALONE = re.compile(r"(?:The\s+)?(?:Embassy|Legation|Consulate(?:\s+General)?|Mission|Ministry|Delegation)"
                           r"(?:\s+(?:No\.\s?|Nº\s?)?\d[\w/.-]*)?")
_HAND_REMARK = re.compile(r"\s+\[(?i:added|inserted|written|handwritten)\b[^\[\]]{0,30}\](?=\s|$)")
_OFFICE_GOES_ON = re.compile(r"(?:of|in|to|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|in|to|at|the)\s+)?[A-Z][\w'’-]*){0,6}")


def bureau_under_title(blocks: list, index: int) -> bool:
    """Whether a block is the ministry's bureau or division that wrote a record, alone on its line right under the
    title's lines (its heading, series line or date): 'Asia Bureau, Probeland Section', 'Northeast Asia Division'.
    The letterhead's office, no addressee (a letter's is a ministry or a person, over its salutation)."""
    return bool(index) and blocks[index - 1].kind in ("head", "docket", "dateline") \
        and all(block.kind in _TITLE_KINDS for block in blocks[:index]) \
        and _BUREAU.fullmatch(blocks[index].text.strip()) is not None


# The kinds of a record's title lines over its bureau; a bureau, division or section named by up to four capitalised
# words, perhaps the bureau's section after a comma ('Asia Bureau, Probeland Section', 'First Division').
_TITLE_KINDS = frozenset({"head", "docket", "dateline", "stamp", "minute"})
_BUREAU_NAME = r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Bureau|Division|Section)"
_BUREAU = re.compile(rf"{_BUREAU_NAME}(?:,\s+{_BUREAU_NAME})?")
