"""Blocks of a record's head that are brackets, or open with one: a stamp standing alone ('[CC stamp:
00417 …]', 'Stamp:' then its bracket), a letterhead's logo, a hand's notations in one bracket, a registry line after a
bracket saying it is stamped or handwritten ('[handwriting] No. 2421/55'). Read by block_kinds."""

from __future__ import annotations

from .bracket_words import LOGO
from .brackets import HAND_ALONE, STAMP, stamp_words, stamped
from .hands import hand_label


def stamp_block(text: str) -> bool:
    """Whether a block is a stamp and nothing else: one bracket from its start to its end, opening with
    the translator's words for a stamp ('[CC stamp: 00417 …]'), being them ('[round stamp]'), or
    following 'Stamp:' alone."""
    start = text.find("[")
    if start < 0 or text[:start].strip() and not stamped(text, start):
        return False
    inner = _whole_bracket(text[start:])
    return inner is not None and (start > 0 or bool(STAMP.match(inner)) or stamp_words(inner))


def logo_block(text: str) -> bool:
    """Whether a block is one bracket describing a letterhead's picture ('[logo of the Main Directorate …]')."""
    inner = _whole_bracket(text)
    return inner is not None and bool(LOGO.fullmatch(inner.strip()))


def hand_block(text: str) -> bool:
    """Whether a block is one bracket of a hand's words and nothing else ('[Handwritten notations: to …]')."""
    inner = _whole_bracket(text)
    return inner is not None and hand_label(inner) is not None


def announcing(text: str) -> str | None:
    """What a block's opening bracket says the registry line after it is (short, with a number, no
    sentence): 'stamp' ('[stamp and handwriting] Cabinet of the Minister No. 2114/55 - 10 X'), 'hand'
    ('[handwriting] No. 2421/55'), or None."""
    close, after = text.find("]"), text[text.find("]") + 1:]
    if not text.startswith("[") or close < 0 or "[" in text[1:close] or len(after.split()) > 12 \
            or not any(char.isdigit() for char in after) or after.rstrip().endswith((".", "!", "?")):
        return None         # a registry line has a number; a sentence after a stamp is the text's own
    inner = text[1:close]
    if stamp_words(inner) or STAMP.match(inner):
        return "stamp"
    return "hand" if HAND_ALONE.fullmatch(inner) else None


def _whole_bracket(text: str) -> str | None:
    """The content of a text that is one square bracket from its start to its end, or None."""
    if not text.startswith("[") or not text.endswith("]"):
        return None
    depth = 0
    for offset, char in enumerate(text):
        depth += (char == "[") - (char == "]")
        if depth == 0:
            return text[1:-1] if offset == len(text) - 1 else None
    return None
