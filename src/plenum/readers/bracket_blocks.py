"""Blocks of a record's head that are brackets, or open with one: a stamp standing alone ('[CC stamp:
00417 …]', 'Stamp:' then its bracket) or over the title, a letterhead's logo, a hand's notations in one
bracket, a registry line after a bracket saying it is stamped or handwritten ('[handwriting] No.
2421/55') and the place such a bracket names, what the translator says is done in the room ('[… shakes hands …]'). Read by block_kinds."""

from __future__ import annotations

import re

from ..tei import q
from .block_patterns import DIVIDER, HEADING_CUT, REGISTRY_STAMP, STAMPED, TERMINAL
from .bracket_words import LOGO
from .brackets import HAND_ALONE, STAMP, stamp_words, stamped
from .hands import hand_label, place_of
from .stages import staged


def stamp_block(text: str) -> bool:
    """Whether a block is a stamp and nothing else: one bracket from its start to its end, opening with
    the translator's words for a stamp ('[CC stamp: 00417 …]'), being them ('[round stamp]'), or
    following 'Stamp:' alone; or such words in a bracket before the stamp's ('[Stamp]: Declassified')."""
    if (announced := _ANNOUNCED_STAMP.fullmatch(text)) and stamp_words(announced.group(1)):
        return True         # '[Stamp]: Declassified': the translator's word for it, then its words
    start = text.find("[")
    if start < 0 or text[:start].strip() and not stamped(text, start):
        return False
    inner = whole_bracket(text[start:])
    return inner is not None and (start > 0 or bool(STAMP.match(inner)) or stamp_words(inner))


def stamps_block(text: str) -> bool:
    """Whether a block is one stamp or several side by side, each a bracket ('[stamp: Testland] [faded stamp:
    CC 17738, 30 MAY 1969]')."""
    parts = _BRACKET_ALONE.findall(text)
    return bool(parts) and not _BRACKET_ALONE.sub("", text).strip() and all(stamp_block(part) for part in parts)


# A bracket with none inside it.
_BRACKET_ALONE = re.compile(r"\[[^\[\]]+\]")


def bracket_stage(text: str) -> bool:
    """Whether a paragraph is one bracket, none inside it, of the translator's saying what is done in the room
    ('[Chairman Testov shakes hands with Examova]'): at the top, a stage direction before the title's place."""
    inner = whole_bracket(text)
    return inner is not None and "[" not in inner and staged(inner)


def minute_place(text: str) -> str:
    """Where a hand's note at the head stands: the place the bracket opening it names ('[Handwritten at the bottom of
    page one] Not reviewed by …', '[handwritten in the left margin:] …'), else the top, where it is found."""
    opening = _OPENING_BRACKET.match(text)
    hand = opening and (hand_label(opening.group(1)) or hand_label(opening.group(1) + ":"))
    return (place_of(hand.group("description")) if hand else None) or "top"


# The bracket a block opens with, none inside it.
_OPENING_BRACKET = re.compile(r"\s*\[([^\[\]]+)\]")


def gather_stamp(fw) -> None:
    """A stamp's words after the bracket announcing it ('[Stamp]: Declassified', '[Stamp:] Secretariat of …'),
    which the inline reading left after an empty <stamp>, moved into it: the stamp holds what it says."""
    stamp = fw[0] if len(fw) and fw[0].tag == q("stamp") and not (fw.text or "").strip() else None
    if stamp is None or len(stamp) != 1 or (stamp[0].tail or "").strip() or not (stamp.tail or "").strip():
        return
    stamp[0].tail, stamp.tail = stamp.tail, None
    stamp.extend(list(fw)[1:])


# A stamp the translator announces in a bracket before its words ('[Stamp]: Declassified', '[Stamp:] Secretariat …').
_ANNOUNCED_STAMP = re.compile(r"\[([^\[\]]{1,40}?)(?::\]|\]\s*:?)\s*[^\[\]]{1,80}")


def unclosed_stamp(text: str) -> bool:
    """Whether a block opens a stamp's bracket the translator never closed ('[CPSU CC stamp: 39334'): a stamp
    still, its bracket surplus."""
    return text.startswith("[") and "]" not in text and bool(STAMP.match(text[1:]))


def stamp_goes_on(above: str, text: str) -> bool:
    """Whether a short line under a stamp whose bracket is never closed, or under a registry's legend cut after a
    word that needs more, is the stamp's too ('2? November 1969 Korea' under '[CPSU CC stamp: 39334'; 'CPSU CC
    General Department' under 'Subject to return to the'): a few words, no sentence."""
    cut = REGISTRY_STAMP.fullmatch(above) is not None and HEADING_CUT.search(above) is not None
    return (unclosed_stamp(above) or cut) and "[" not in text and "]" not in text \
        and len(text.split()) <= _STAMP_LINE_WORDS and not text.rstrip().endswith((".", "!", "?"))


def stamp_lines(lines: list[str]) -> list[str]:
    """The kind of each line of a block that opens on a stamp the translator announces, its words after
    the bracket ('[stamp:] Personal Classified Information' / 'Central Committee 03 411'), then the title
    ('on the meeting between … on' / '4 April 1985'): 'stamp' for the stamp's short lines, 'head' from the
    first line in lower case or of a sentence's length on; none when the block is not one, or is all stamp. Or
    on a stamp he describes (_described_stamp_lines)."""
    if lines and STAMPED.fullmatch(lines[0]):
        return _described_stamp_lines(lines)
    close = lines[0].find("]") if lines and lines[0].startswith("[") else -1
    if len(lines) < 2 or close < 0 or not (stamp_words(lines[0][1:close]) or STAMP.match(lines[0][1:close])):
        return []
    title = next((index for index, line in enumerate(lines[1:], 1)
                  if line[:1].islower() or len(line.split()) > _STAMP_LINE_WORDS), len(lines))
    return ["stamp"] * title + ["head"] * (len(lines) - title) if title < len(lines) else []


# How many words a line of a stamp has at most (an office, a number, a classification).
_STAMP_LINE_WORDS = 8


def _described_stamp_lines(lines: list[str]) -> list[str]:
    """The kind of each line of a block that opens on a stamp the translator describes, over the title and a typed
    rule under it ('(stamped confidential)' / 'MEETING BETWEEN … – Samplestadt, 14th-15th July 1987' / '_____'):
    'stamp', then 'head' for the title's lines (no sentence) and 'docket' for the rule, the letterhead's forme work."""
    kinds = ["stamp"] + ["docket" if DIVIDER.fullmatch(line) else "head" for line in lines[1:]]
    titled = [line for line, kind in zip(lines, kinds) if kind == "head"]
    return kinds if titled and all(len(line.split()) <= 40 and not TERMINAL.search(line) for line in titled) else []


def logo_block(text: str) -> bool:
    """Whether a block is one bracket describing a letterhead's picture ('[logo of the Main Directorate …]')."""
    inner = whole_bracket(text)
    return inner is not None and bool(LOGO.fullmatch(inner.strip()))


def hand_block(text: str) -> bool:
    """Whether a block is one bracket of a hand's words and nothing else ('[Handwritten notations: to …]')."""
    inner = whole_bracket(text)
    return inner is not None and hand_label(inner) is not None


def hand_note(text: str) -> bool:
    """Whether a block is a hand's note the translator announces in a bracket before its words: at the head
    ('[HANDWRITTEN NOTATION TOP LEFT] Original forwarded to … Signature'), or under the text ('[Handwritten
    note]: Comrade Marko's copy has been sent to Pyongyang.'); at most HAND_NOTE_WORDS after the bracket."""
    close = text.find("]")
    return text.startswith("[") and close > 0 and HAND_ALONE.fullmatch(text[1:close]) is not None \
        and 0 < len(text[close + 1:].split()) <= HAND_NOTE_WORDS


# The most words a hand's note holds after the bracket announcing it.
HAND_NOTE_WORDS = 40


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


def whole_bracket(text: str) -> str | None:
    """The content of a text that is one square bracket from its start to its end, or None; a bracket the
    typist never closed ends with the block ('[handwritten entry: to file. P. Test[[ov]]')."""
    if not text.startswith("[") or not text.endswith("]"):
        return None
    depth, doubled = 0, "]]" not in text       # (a doubled opening one bracket closes counts once: ends.bracket_depth)
    for offset, char in enumerate(text):
        depth += (char == "[" and not (doubled and text[offset - 1:offset] == "[")) - (char == "]")
        if depth == 0:
            return text[1:-1] if offset == len(text) - 1 else None
    return text[1:-1]
