"""The odd lines of a record's head that no rule reads (a typed rule, a letterhead's word alone, a hand's file
number, a block of a letterhead's offices over its distribution list): where a sure line of the head stands under
them before any sentence, the head goes on past them (block_kinds makes them the letterhead's forme work); a
divider over more of the head is the letterhead's rule too."""

from __future__ import annotations

import re

from .block_patterns import ADDRESSEE, KIND_HEADING, NAMED, SALUTATION, SUBJECT_LINE, TERMINAL
from .brackets import OMITTED
from .head_lines import word_count
from .inline import block_lines
from .page_breaks import CLASSIFICATION
from .written_dates import is_dateline


def head_goes_on(texts: list[str]) -> bool:
    """Whether a record's head goes on past an odd block at its top (the first of `texts`, the blocks' run texts: a
    typed rule, a letterhead's word alone, a hand's file number, a letterhead's offices over its distribution list):
    short lines, none a sentence, and a sure line of the head (a date, the document's kind, its subject, an addressee
    'To …' or salutation, a classification) under it before any sentence."""
    for position, run_text in enumerate(texts[:_ODD_REACH]):
        lines = block_lines(run_text)
        text = " ".join(lines)
        if position and _sure_head(text):
            return True
        if not lines or word_count(text) > _ODD_WORDS or not all(_odd_line(line) for line in lines):
            return False
    return False


def _odd_line(line: str) -> bool:
    """A line a head may hold that is none of its sure kinds: a typed rule, or short and no sentence (a label's colon
    or a list's last stop allowed: 'Distribution list:', 'Testarin - 1, Probov - 1.'; any stop after a reference's
    figures, six words at most), nor the translator's cut alone on its line ('[…]', '...': a diary's between its
    entries, brackets.OMITTED)."""
    words = [word for word in line.split() if any(char.isalpha() for char in word)]
    return bool(_RULE.fullmatch(line)) or word_count(line) <= 12 and not OMITTED.fullmatch(line.strip("[]()")) and (
        not TERMINAL.search(line) or line.endswith(":") and len(words) <= 4 or line.endswith(".") and len(words) <= 3
        or len(line.split()) <= 6 and any(char.isdigit() for char in line))   # ('Ref. 018.765/61- DP. Secret!')


def _sure_head(text: str) -> bool:
    """Whether a paragraph can only be a line of a record's head, wherever it stands there."""
    return len(text.split()) <= 12 and is_dateline(text) or bool(KIND_HEADING.fullmatch(text)) \
        or bool(CLASSIFICATION.fullmatch(text)) or bool(SUBJECT_LINE.match(text)) and len(text.split()) <= 30 \
        or bool(ADDRESSEE.match(text)) and text[:1] != "<" and len(text.split()) <= 8 and not TERMINAL.search(text[:-1]) \
        or text.startswith("TO ") and text.isupper() and len(text.split()) <= 24 \
        or text[-1:] in (":", "!", ",") and bool(NAMED.fullmatch(text[:-1])) or bool(SALUTATION.fullmatch(text))


# How far under an odd line of a head a sure one may stand, and how many words an odd block has at most; a typed
# rule ('___', '-----', '* * *').
_ODD_REACH, _ODD_WORDS = 6, 40
_RULE = re.compile(r"[-_=*~\s]{3,}")


def head_rules(blocks: list) -> None:
    """A divider ('======', 'x x x') at the top of a record with more of its head under it (its office, date,
    heading or addressee: '1 August 1957' / '======' / 'SOVIET EMBASSY …') is the letterhead's typed rule, forme
    work as a head's odd lines are ('docket'): the schema lets no block stand between a head's parts."""
    for index, block in enumerate(blocks):
        if block.kind != "divider" or any(above.kind not in _HEAD_KINDS for above in blocks[:index]):
            continue
        below = next((under for under in blocks[index + 1:] if under.kind not in _AMONG_HEAD), None)
        if below is not None and below.kind in _LEADING_KINDS and not below.attached:
            block.kind = "docket"


# The kinds that lead a text (block_elements' heading and opener), those that may stand among them (forme work and
# notes, and dividers), and all of them.
_LEADING_KINDS = frozenset({"head", "addressee", "dateline", "sender", "transmitted", "opener-lines", "head-lines"})
_AMONG_HEAD = frozenset({"divider", "status", "stamp", "docket", "minute", "aside", "copies", "copy"})
_HEAD_KINDS = _LEADING_KINDS | _AMONG_HEAD
