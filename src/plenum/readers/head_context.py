"""Where a block stands in a record's head, as the block kinds read it (block_kinds.py): under a heading or a
docket, after a heading or meeting details, a stop that ends a title right over its date, an office over a docket,
a sitting's dated title first or under a heading."""

from __future__ import annotations

import re

from .block_patterns import OFFICE, SITTING_WORDS, TERMINAL
from .dateline_shapes import MONTH_EN
from .written_dates import is_dateline


def docket_above(blocks: list, index: int) -> bool:
    """Whether the block above is a docket, or a paragraph of the head that ends in one."""
    above = blocks[index - 1] if index else None
    return above is not None and (above.kind == "docket" or above.kind == "head-lines"
                                  and above.lines[-1] in ("docket", "classification"))


def headed(blocks: list, index: int) -> bool:
    """Whether a heading, meeting details or staff stand before the block (it is no heading then)."""
    return any(b.kind in ("head", "setting", "participants", "staff") for b in blocks[:index])


def under_head(blocks: list, index: int) -> bool:
    """Whether a block stands right under a heading, or under a hand's note or stamp under it."""
    above = [block.kind for block in blocks[:index] if block.kind not in ("minute", "stamp")]
    return bool(above) and above[-1] == "head"


def stop_over_date(text: str, blocks: list, index: int) -> bool:
    """Whether a heading's next line ends on a stop right over the date ('RECORD OF CONVERSATION' / 'of Cdes.
    P.I. Testov and O. Probescu in Probegrad.' / '5 March, 1969'): the stop ends the title, no sentence."""
    return text.endswith(".") and index + 1 < len(blocks) and is_dateline(blocks[index + 1].text.strip())


def quote_goes_on(above: str, text: str) -> bool:
    """Whether a paragraph closes a quoted title its heading above opened, the capture breaking it ('"Samir Testan and
    the Revolutionary Command' / 'Council Discussing the Probeland Invasion"'): its words the title's, no text's."""
    return above[:1] in _OPENING_QUOTES and not any(char in _CLOSING_QUOTES for char in above[1:]) \
        and _QUOTE_CLOSED.fullmatch(text) is not None and len((above + " " + text).split()) <= _QUOTED_TITLE_WORDS


# The quotes a title opens and closes on; its last line, no quote inside, its stop perhaps after the quote; how many
# words such a title holds.
_OPENING_QUOTES, _CLOSING_QUOTES = '"“«', '"”»'
_QUOTE_CLOSED = re.compile(r'[^"“”«»]+["”»]\.?')
_QUOTED_TITLE_WORDS = 40


def dashed_topics(text: str) -> bool:
    """Whether a paragraph is a record's subtitle after a dash naming what the talk was on ('– On the Topics of the State
    of Riverland and …', '— Regarding the Harbour Question'): under its title, the heading's line."""
    return _DASHED_TOPICS.match(text) is not None


# A dash, then what the talk was on.
_DASHED_TOPICS = re.compile(r"[–—-]\s*(?:On|About|Regarding|Concerning)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|[a-z])")


def office_over_docket(blocks: list) -> None:
    """Make the docket's the first heading of a record where it names an office over the docket's lines ('SED Central
    Committee' / 'Office of Karl Testmann' / 'Archival Signature: …'): the letterhead first read as the heading; six
    words at most, no kind of document named and no stop."""
    if len(blocks) < 2 or blocks[0].kind != "head" or blocks[1].kind != "docket":
        return
    text = blocks[0].text.strip()
    if len(text.split()) <= 6 and OFFICE.search(text) and not TERMINAL.search(text) and not _KIND_NAMED.search(text):
        blocks[0].kind = "docket"


# A kind of document named in a heading, which makes it a title and no letterhead ('Ministry Memorandum').
_KIND_NAMED = re.compile(r"\b(?:Record|Memorandum|Minutes|Report|Note|Notes|Information|Telegram|Cable|Letter|Protocol|"
                         r"Transcript|Journal|Diary|Conversation|Talks?|Meeting|Session|Decision|Resolution)\b", re.I)


def sitting_title(blocks: list, index: int) -> bool:
    """Whether a block at a record's top, first or right under a heading ('Protocol No. 129'), is a sitting's title
    ending on its date, however many bodies it names ('Meeting of the First Secretaries … of the … Party (TUWP),
    morning of 20 January 1965', 'Meeting of the Politburo on 19, 20 and 21 October 1956'): sixty words at most, no
    sentence inside."""
    text = blocks[index].text.strip()
    return (not headed(blocks, index) or blocks[index - 1].kind == "head") and len(text.split()) <= 60 \
        and _SITTING_FIRST.match(text) is not None and _DATE_LAST.search(text) is not None \
        and _HEAD_SENTENCE_END.search(text) is None


# A sitting named first in a title ('Meeting of the …', 'Session of the …'); the days, month and year closing it
# ('…, morning of 20 January 1965', '… on 19, 20 and 21 October 1956', '… on 4-5 May 1960'); a sentence's end.
_SITTING_FIRST = re.compile(rf"(?:The\s+)?(?:{'|'.join(word.capitalize() for word in SITTING_WORDS)})\s+of\s+(?:the\s+)?[A-Z]")
_DATE_LAST = re.compile(rf"(?:,\s*|\s+)(?:(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of\s+|on\s+)?"
                        rf"\d{{1,2}}(?:(?:,\s*|\s+and\s+|\s*[-–]\s*)\d{{1,2}})*\s+{MONTH_EN},?\s+\d{{4}}$")
_HEAD_SENTENCE_END = re.compile(r"\b[a-z]{2,}[.!?;:]\s")


def repeated_title(blocks: list) -> None:
    """Mark the capture's second copy of a record's title, right under the title's headings, line for line and the
    case aside ('REPORT No. 5' / 'of the Embassy … for the period …' over 'Report No. 5' / 'of the Embassy …'):
    'repeated', its words the source's surplus, never the text's first paragraphs."""
    start = next((index for index, block in enumerate(blocks) if block.kind == "head"), None)
    if start is None:
        return
    end = start
    while end < len(blocks) and blocks[end].kind == "head":
        end += 1
    copy = blocks[end:end + end - start]
    if len(copy) == end - start and all(
            block.kind == "narrative" and _folded(block.text) == _folded(head.text) for head, block in zip(blocks[start:end], copy)):
        for block in copy:
            block.kind = "repeated"


def _folded(text: str) -> str:
    """A block's words, their case and spacing aside, as two copies of a title are compared."""
    return " ".join(text.split()).casefold()
