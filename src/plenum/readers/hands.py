"""Hand labels of a translation's brackets: '[handwritten below the line: X]', '[handwriting: X]',
'[in the handwritten version: X]', '[handwritten at the bottom:]'. A label has fixed words (markup), the
translator's description of where the writing stands (kept as text) and a colon (markup); the
description's opening words give the place (`place_of`), its wording whether a hand wrote it (`by_hand`)."""

from __future__ import annotations

import re

# The fixed words a hand label may open with; the same words, as a markup pattern and as convention words.
_WORDS = (r"handwritten|hand-written|handwriting|in handwriting|inserted by hand|written by hand|inserted|"
          r"insertion|added by hand|added in handwriting")
HAND_MARKUP = {
    "hand-label": rf"\s*\[\s*(?i:{_WORDS})?\s*",   # the spaces before: a replaced word's (readers/replacements.py)
    "hand-label-colon": r"\s*:\s*",
}
HAND_WORDS = frozenset({"handwritten", "hand-written", "handwriting", "in handwriting", "inserted by hand",
                        "written by hand", "inserted", "insertion", "added by hand", "added in handwriting"})

# A hand label: its fixed words (markup), the translator's description of the insertion (kept as
# text), the colon (markup). Without fixed words the description must start with a place.
_HAND = re.compile(rf"(?P<label>\s*(?P<words>{_WORDS})?\b\s*)(?P<description>[^:\[\]]*?)(?P<colon>\s*:\s*)", re.I)
_PLACE_FIRST = re.compile(r"(?:in|at|on|along|below|above) the\b", re.I)
# What a hand did to typed words rather than add to them ('underlined by hand: …', 'crossed out by hand: …'):
# the deletions' and underlines' brackets (readers/deletions.py), never an insertion.
_MARKED = re.compile(r"(?:underlined|underscored|crossed|struck|scratched|circled|marked|highlighted)\b", re.I)
# A note in the margin named as such, without the fixed words: '[Margin note: …]', '[Marginal note: …]',
# '[Marginalia: …]', '[Note in the left margin: …]', '[Note in left margin: …]'.
_MARGIN_NOTE = re.compile(r"(?:(?:a\s+)?margin(?:al)?\s+(?:note|notation|remark|comment)s?|marginalia|"
                          r"(?:a\s+)?(?:note|notation|remark|comment)s?\s+(?:in|on)\s+(?:the\s+)?"
                          r"(?:\w+\s+){0,2}margin)\b", re.I)
# What says an insertion is handwritten ("in the upper right hand corner" does not).
_BY_HAND = re.compile(r"\bhand-?written\b|\bhandwriting\b|\bby hand\b", re.I)
# Where an insertion stands: the words a description opens with ('in the upper right hand corner of
# the next page', 'below the above sentence'); a description that opens otherwise states no place.
PLACES = {"upper right": "top-right", "top right": "top-right", "upper left": "top-left", "top left": "top-left",
          "left margin": "margin-left", "right margin": "margin-right", "margin": "margin", "below": "below",
          "under": "below", "above": "above", "over": "above", "middle": "middle", "bottom": "bottom", "top": "top"}
_PLACE = re.compile(r"(?:(?:in|at|on|along) the\s+)?(?P<where>"
                    + "|".join(PLACES).replace(" ", r"(?:\s+hand)?\s+") + r")\b", re.I)  # 'left hand margin' too


def hand_label(inner: str) -> re.Match[str] | None:
    """The hand label a bracket's content opens with ('handwritten below the line: '), or None: a label
    needs its fixed words, or a description that starts with a place ('in the margin: '), says a hand
    wrote it ('a note by hand: ') or names a note in the margin ('Margin note: ')."""
    hand = _HAND.match(inner)
    if hand and (hand.group("words") or _PLACE_FIRST.match(hand.group("description"))
                 or _BY_HAND.search(hand.group("description")) and not _MARKED.match(hand.group("description"))
                 or _MARGIN_NOTE.match(hand.group("description"))):
        return hand
    return None


def qualified(label: re.Match[str]) -> bool:
    """Whether a label's description qualifies its fixed words rather than saying where or how the hand wrote
    ('[Handwritten notations: …', '[handwriting partly off the page: …'; not 'below the line', 'in red ink', 'by Kim',
    'top left'): the whole label is then the translator's words for the insertion, its fixed words no markup."""
    description = label.group("description").strip()
    return bool(label.group("words") and description and not _CIRCUMSTANCE.match(description))


# How a description after the fixed words opens when it says where or how the hand wrote: a preposition, a place's
# word, a comma or a parenthesis ('below the above sentence', 'at the bottom', 'in red ink', 'top left', ', in pencil').
_CIRCUMSTANCE = re.compile(r"(?:in|at|on|along|below|above|under|over|beneath|by|from|to|with|near|next|across|inside|"
                           r"between|upon|onto|top|bottom|upper|lower|left|right|margin|middle)\b|[,(;]", re.I)


def by_hand(label: re.Match[str]) -> bool:
    """Whether the label says a hand wrote it ('handwritten', 'by hand'; not 'inserted', 'in the margin')."""
    return bool(_BY_HAND.search((label.group("words") or "") + " " + label.group("description")))


def place_of(description: str) -> str | None:
    """The normalised place of an insertion from the words its description opens with ('in the left hand
    margin' -> margin-left; 'in red ink, below' states none), or those of a note in the margin it opens
    with ('note in the margin' -> margin)."""
    margin = _MARGIN_NOTE.match(description)
    place = _PLACE.match(description) or (_PLACE.search(margin.group()) if margin else None)
    if not place:
        return None
    return PLACES[" ".join(word for word in place.group("where").lower().split() if word != "hand")]
