"""A message quoted whole inside another, as a covering telegram forwards one ('I send you the telegram I
received from …:' / '"Comrade PROBIN!' / its points / 'EXAMOV' / '3.3.51"'): the paragraphs from the one
opening the quotation to the one closing it are one `quote`, not the covering text's own paragraphs, and
its signature is never the covering text's closer."""

from __future__ import annotations

from .body_blocks import TextBlock

# The marks that open and close a quotation, as translations type them.
_OPENING, _CLOSING = "“\"«„", "”\"»“"
# The kinds of block a quoted message's paragraphs may have been read as: the covering text's paragraphs.
_QUOTABLE = frozenset({"narrative", "p", "entry", "point"})


def opens_quotation(text: str) -> bool:
    """Whether a paragraph opens a quotation it does not close ('"Comrade PROBIN!', '“1. The ferries …')."""
    text = text.strip()
    if not text or text[0] not in _OPENING:
        return False
    return text.count('"') % 2 == 1 if text[0] == '"' else not any(mark in text[1:] for mark in "”»")


def closes_quotation(text: str) -> bool:
    """Whether a paragraph closes a quotation it did not open ('3.3.51"', 'LI KENONG”', '… the lock.”')."""
    text = text.strip().rstrip(".")
    if not text or text[-1] not in _CLOSING:
        return False
    return text.count('"') % 2 == 1 if text[-1] == '"' else not any(mark in text[:-1] for mark in "“«„")


def mark_quoted(blocks: list[TextBlock]) -> None:
    """Give the kind 'quoted' to each run of two paragraphs or more from one opening a quotation to the
    next closing it, all of them the covering text's paragraphs."""
    index = 0
    while index < len(blocks):
        if blocks[index].kind in _QUOTABLE and opens_quotation(blocks[index].text):
            end = next((later for later in range(index + 1, len(blocks))
                        if blocks[later].kind not in _QUOTABLE or opens_quotation(blocks[later].text)
                        or closes_quotation(blocks[later].text)), None)
            if end is not None and blocks[end].kind in _QUOTABLE and closes_quotation(blocks[end].text):
                for block in blocks[index:end + 1]:
                    block.kind = "quoted"
                index = end
        index += 1
