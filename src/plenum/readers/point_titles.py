"""A point of a session's agenda whose heading gives its number alone ('POINT 4', 'Re point 1 of the agenda') over its
title in a paragraph of its own ('Information regarding the Conference of …') and the turns on it under that: a
stenogram's excerpt of one point, a section (sections.py), its title the section's first paragraph."""

from __future__ import annotations

import re

from .inline import BREAK

# The most words of a point's title alone under its number.
_TITLE_WORDS_UNDER = 30
# What ends no title: a question, an exclamation, a colon announcing what follows.
_UNTITLED_END = re.compile(r"[?!:;][\"”’)]*$")


def over_title_and_turn(blocks: list, index: int, rereadable: frozenset[str]) -> bool:
    """Whether the heading at `index` stands over a title alone (one paragraph of a kind in `rereadable`, a line,
    capitalised, thirty words at most) and a turn under that."""
    if index + 2 >= len(blocks) or blocks[index + 2].kind != "turn":
        return False
    title = blocks[index + 1]
    text = title.text.strip()
    return title.kind in rereadable and BREAK not in title.run.text and text[:1].isupper() \
        and len(text.split()) <= _TITLE_WORDS_UNDER and not _UNTITLED_END.search(text)
