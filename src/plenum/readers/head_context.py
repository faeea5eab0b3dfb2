"""Where a block stands in a record's head, as the block kinds read it (block_kinds.py): under a heading or a
docket, after a heading or meeting details, a stop that ends a title right over its date."""

from __future__ import annotations

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
