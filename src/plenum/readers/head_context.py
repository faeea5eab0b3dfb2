"""Where a block stands in a record's head, as the block kinds read it (block_kinds.py): under a heading or a
docket, after a heading or meeting details, a stop that ends a title right over its date, an office over a docket."""

from __future__ import annotations

import re

from .block_patterns import OFFICE, TERMINAL
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
