"""A letter's inside address typed a line a paragraph over its salutation ('State Secretary and' / 'First Deputy of
the Minister' / 'Comrade Samplen' / '108 Probestadt' / 'Dear comrade Samplen,'): one address, its lines kept, the
salutation under it apart (block kinds read each line as the addressee's, block_kinds.py)."""

from __future__ import annotations

import re

from ..tei import E
from .addresses import DEAR_SALUTATION
from .block_patterns import RESPECT_WORDS, SPACED, TERMINAL
from .body_blocks import BodyBlock
from .inline import BREAK
from .telegram_forms import STREET

# A salutation by a word of respect and a name, its '!', ',' or ':' ('Respected Vasily Antonovich!', 'Esteemed
# Comrade Probo Testić,'), or by 'Dear …' ('Dear comrade Samplen,').
_RESPECTFUL = re.compile(rf"(?:{RESPECT_WORDS})\s[^.!?]{{1,60}}[!,:]")
# How many words a line of such an address holds at most ('First Deputy of the Minister for Foreign Affairs').
_LINE_WORDS = 8


def join_inside_addresses(items: list) -> None:
    """Join each run of two or more address lines, a paragraph each, right over the salutation into one
    block, the addressee's (a salute with its line breaks); the paragraphs' blank lines stay between them."""
    index = 0
    while index < len(items):
        end = index
        while end < len(items) and _address_line(items[end]):
            end += 1
        if end - index >= 2 and end < len(items) and _greeting(items[end]):
            first, lines = items[index], items[index + 1:end]
            first.joins = [([E.lb()], block.run) for block in lines]
            first.spans += [span for block in lines for span in block.spans]
            first.merge()
            del items[index + 1:end]
        index = max(end, index + 1) if end - index < 2 else index + 1


def _address_line(item: object) -> bool:
    """A line of an address read as the addressee's: one short line, no sentence; the salutation is none."""
    if not isinstance(item, BodyBlock) or item.kind != "addressee" or BREAK in item.run.text or _greeting(item):
        return False
    text = item.text.strip()
    return SPACED.fullmatch(text) is not None or 0 < len(text.split()) <= _LINE_WORDS and not TERMINAL.search(text)


def _greeting(item: object) -> bool:
    """The letter's salutation under its address ('Dear comrade Samplen,', 'Respected Vasily Antonovich!')."""
    if not isinstance(item, BodyBlock) or item.kind != "addressee" or BREAK in item.run.text:
        return False
    text = item.text.strip()
    return DEAR_SALUTATION.fullmatch(text) is not None or _RESPECTFUL.fullmatch(text) is not None


def street_under_address(blocks: list, index: int) -> bool:
    """Whether a street line ('12 Harbour Lane') stands under a name or post of a letter's address, its salutation
    below (a city spaced out between them, 'T e s t b u r g'): the address's line, not the letterhead's street."""
    if not index or blocks[index - 1].kind != "addressee" or not STREET.fullmatch(blocks[index].text.strip()):
        return False
    below = [block.text.strip() for block in blocks[index + 1:index + 3]]
    return any(DEAR_SALUTATION.fullmatch(text) or _RESPECTFUL.fullmatch(text) for text in below[:1]) \
        or len(below) == 2 and SPACED.fullmatch(below[0]) is not None \
        and (DEAR_SALUTATION.fullmatch(below[1]) or _RESPECTFUL.fullmatch(below[1])) is not None
