"""Where the documents a record's text holds after its own begin: an attachment announced by a line of
its own ('[Attachment to the Decision …]', 'Appendix 2'), a Politburo decision's enclosed text under the
point of the protocol it belongs to, and the document a letter or cover note encloses, under its signature."""

from __future__ import annotations

import re

from .block_patterns import (ADDRESSEE, ATTACHMENT, ENCLOSED, ENCLOSING, KIND_WORD, OFFICE, OFFICES_ADDRESSED, OMISSION,
                             POSTSCRIPT, SALUTATION, TERMINAL, TO_ALL)
from .closers import closing_line
from .inline import block_lines
from .page_breaks import CLASSIFICATION
from .signers import name_alone, post_line
from .written_dates import is_dateline

# How a block begins an attachment: as the line announcing it ('[Attachment to …]'), or as the kind of the
# document a letter encloses ('MEMO' under the letter's signature).
ANNOUNCED, ENCLOSED_KIND = "announced", "enclosed"


def attachments(blocks: list) -> list[int]:
    """The blocks where an attachment begins, after the document's first block and before its last: a
    line announcing it ('[Attachment to the Decision … #168]', 'Appendix 2'), its heading; or, in a
    letter that says it encloses one ('Attachment: the aforementioned on 13 pages'), the enclosed
    document's kind alone ('MEMO') right under the letter's signature (an omission '[…]' between them).
    The document before each closes as a text does. A Politburo decision's enclosed text opens with the
    point of the protocol it belongs to ('To p.422(op) pr.PB No. 84' / 'Top Secret'), its docket. A
    short cover note's enclosed document begins right under the note's signature block (`_under_cover_note`),
    and a second text under the first's signature and date, by its own address (`_second_text`)."""
    found: list[int] = []
    cover = next((above for above in range(min(len(blocks), _COVER_REACH)) if ENCLOSING.search(blocks[above].text)), None)
    for index, block in enumerate(blocks[1:-1], 1):
        text = block.text.strip()
        if (ATTACHMENT.fullmatch(text) and not ENCLOSED.fullmatch(text) or _HANDED.fullmatch(text)) \
                and _text_began(blocks, index):
            block.kind, block.attached = "head", ANNOUNCED
        elif _protocol_point(block.run.text):
            block.kind, block.attached = "docket", ANNOUNCED
        elif (KIND_WORD.fullmatch(text) or ADDRESSEE.match(text) and len(text.split()) <= 8) \
                and closing_line(_above_omissions(blocks, index).text) \
                and any(ENCLOSING.search(before.text) for before in blocks[found[-1] if found else 0:index]):
            block.attached = ENCLOSED_KIND      # (the rare kind alone first: the letter's lines are searched then;
                                                # an enclosed letter opens on its salutation, 'Dear Cde. …')
        elif not found and cover is not None and _under_cover_note(blocks, index, cover) or _second_text(blocks, index):
            block.attached = ENCLOSED_KIND
        if block.attached:
            found.append(index)
    return found


# A journal's line saying who handed over the paper it appends, under the record: 'Handed to Cde. P. Probin by
# Ambassador Examov', 'Delivered to Cde. … by Ambassador' (its date on the next line perhaps).
_HANDED = re.compile(r"(?:Handed|Delivered|Passed|Given)\s+(?:over\s+)?to\s+(?:Cde\.|Comrade|Com\.|Mr\.)\s*[^!?\n]{2,60}?"
                     r"\s+by\s+[A-Z][^!?\n]{2,80}")


def _text_began(blocks: list, index: int) -> bool:
    """Whether a sentence of the document's text stands above a block: an attachment's announcement comes
    after it, never among the letterhead's lines ('Office of …' / 'Archival Signature: …' / 'Appendix 1', the
    archive's number of the record itself)."""
    return any(TERMINAL.search(block.text.strip()) and len(block.text.split()) > 6 for block in blocks[:index])


def _above_omissions(blocks: list, index: int) -> object:
    """The block above another, past what the translator marks as left out between them ('[…]')."""
    above = index - 1
    while above > 0 and OMISSION.fullmatch(blocks[above].text.strip()):
        above -= 1
    return blocks[above]


def _protocol_point(text: str) -> bool:
    """Whether a block is the docket an enclosed text of a Politburo decision opens with: the protocol's
    point it belongs to, perhaps with its classification a line each under it."""
    if _PROTOCOL_POINT.match(text.lstrip()) is None:
        return False
    first, *rest = block_lines(text)
    return _PROTOCOL_POINT.fullmatch(first) is not None and all(CLASSIFICATION.fullmatch(line) for line in rest)


def _under_cover_note(blocks: list, index: int, enclosing: int) -> bool:
    """Whether a block begins the document a short cover note encloses ('I am enclosing the report …', the
    block at `enclosing`): the first after the note's signature block, short lines from the sentence on
    down to one that closes (the name, the posts, the place and date: 'T. Probowski' / 'Chargé d'Affaires
    a.i.' / 'Probea, 3 September 1952'), itself a paragraph of text (no such line, no postscript): the
    enclosed document untitled, as the capture gives it."""
    if not 2 <= index - enclosing - 1 <= _SIGNATURE_LINES:
        return False
    run, text = [block.text.strip() for block in blocks[enclosing + 1:index]], blocks[index].text.strip()
    return all(len(line.split()) <= _SIGNATURE_WORDS for line in run) and any(map(closing_line, run)) \
        and (closing_line(run[-1]) or bool(post_line(run[-1]))) \
        and len(text.split()) > _SIGNATURE_WORDS and not (closing_line(text) or POSTSCRIPT.match(text))


def _second_text(blocks: list, index: int) -> bool:
    """Whether a block begins a second text right under the first's signature and date, a line each ('Petr
    Testov' / '9 September 1959', a chairman's comment over the letter it comments on, a cover note over the
    circular it sends): the second's addressee ended by a colon ('To All Central Committee Bureaus, …:',
    'Chairman and the Central Committee:'), or its short title over it ('Ivan Probin's Letter'), a sentence
    of text under them both."""
    if index < 2:
        return False
    text, addressed = _title_over_date(blocks[index].run.text), index
    if not _addressed_line(text):     # (the addressee first: the signature and date above it are read only under one)
        addressed += 1
        if len(text.split()) > _SIGNATURE_WORDS or TERMINAL.search(text) or ":" in text or addressed >= len(blocks) \
                or not _addressed_line(blocks[addressed].text.strip()):
            return False
    if not _signed_and_dated(blocks, index):
        return False
    under = blocks[addressed + 1].text.strip() if addressed + 1 < len(blocks) else ""
    return bool(TERMINAL.search(under)) and len(under.split()) > _SIGNATURE_WORDS


def _signed_and_dated(blocks: list, index: int) -> bool:
    """Whether the first text's signer and date stand right above a block, a line each ('Petr Testov' / '9 September
    1959'), in one paragraph too, the signer an office perhaps ('Central Committee' / '20 November 1959'), under a
    sentence of its text."""
    lines = block_lines(blocks[index - 1].run.text)
    if len(lines) == 2:
        return (name_alone(lines[0]) or OFFICE.search(lines[0]) is not None and len(lines[0].split()) <= 8) \
            and is_dateline(lines[1]) and bool(TERMINAL.search(blocks[index - 2].text.strip()))
    return index >= 3 and name_alone(blocks[index - 2].text.strip()) and is_dateline(blocks[index - 1].text.strip()) \
        and bool(TERMINAL.search(blocks[index - 3].text.strip()))


def _title_over_date(run_text: str) -> str:
    """A block's text, or its title alone when the date in parentheses stands on the line under it, as a forwarded
    report is headed ('Report of the … Committee on Border Work' / '(16 November 1959)')."""
    lines = block_lines(run_text)
    if len(lines) == 2 and lines[1].startswith("(") and lines[1].endswith(")") and is_dateline(lines[1][1:-1]):
        return lines[0]
    return " ".join(lines)


def _addressed_line(text: str) -> bool:
    """Whether a line is a text's addressee alone, ended by a colon ('Chairman and the Central Committee:',
    'To All … Committees:', 'Comrade Probin:'), or what a cover note forwards ('Cable:'), no closing line
    ('Copies to:')."""
    return text.endswith(":") and bool(OFFICES_ADDRESSED.fullmatch(text) or TO_ALL.fullmatch(text)
                                       or SALUTATION.fullmatch(text)) and not closing_line(text)


# How far down a cover note says what it encloses, and how many lines of at most how many words its
# signature block has.
_COVER_REACH, _SIGNATURE_LINES, _SIGNATURE_WORDS = 10, 6, 10


# The line a Politburo decision's enclosed text begins with, naming the point of the protocol it belongs to
# ('To p.422(op) pr.PB No. 84', 'To point 12 of Politburo protocol No. 73', 'К п. 422 (оп) пр. ПБ № 84',
# 'Re: Point 7 of Minutes Nº 41', 'Re: Point 6 of Prot. No. 168', 'To Paragraph 69 of Minutes No. 49', 'to
# Paragraph IV of Protocol No. 63', 'Concerning item 107, Minutes No 172', 'Per Point 39, Prot. No. 79').
_PROTOCOL_POINT = re.compile(r"(?:To|Re|К|Concerning|Per|Reference)\s*:?\s+(?:p\.|pt\.|point|item|paragraph|para\.|п\.|пункту)\s*"
                             r"(?:\d{1,4}|[IVXLC]{1,6}\b)\s*(?:\((?:op|оп|ос|s)\)\s*)?,?\s*"
                             r"(?:of\s+(?:the\s+)?)?(?:pr\.|prot\.|protocol|minutes|пр\.|протокола)?\s*(?:of\s+(?:the\s+)?)?"
                             r"(?:(?:PB|Politburo|Presidium|Secretariat|ПБ|Политбюро)\s*(?:CC\s+)?(?:protocol\s+|pr\.\s*)?)?"
                             r"(?:No\.?|Nº|№|#)\s*[A-ZА-Я]?\d{1,4}\.?", re.I)


# A record's reference to the point of the minutes it carries out, alone at its head ('Point 12 of Minutes Nº 88',
# 'Reference point 88 of Minutes Nº 212', 'Per Point 16, Prot. No. 104', a note's mark after it): the docket's, no
# heading (under 'To'/'Re' it opens an enclosed text).
POINT_OF_MINUTES = re.compile(r"(?:Reference\s+|Per\s+|Under\s+)?[Pp]oint\s+\d{1,4}(?:\s+of|,)\s+(?:the\s+)?(?:Minutes|Protocol|Prot\.)\s*"
                              r"(?:No\.?|Nº|№|#)\s*\d{1,4}\.?(?:\[\d{1,3}\])?")

