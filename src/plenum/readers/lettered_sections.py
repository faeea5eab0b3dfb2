"""A report's parts lettered in capitals, each opening a paragraph of its own ('A. The main points of our talk …
are as follows:' / … / 'B. Military discussions' / …): the parts whose line is a short title alone are sections."""

from __future__ import annotations

import re
from collections.abc import Callable

from .block_patterns import MD_HEADING
from .inline import BREAK

# A part's capital letter and stop opening a paragraph, and what follows it ('B. Military discussions').
_LETTERED_PART = re.compile(r"(?P<letter>[A-H])\.\s+(?P<title>\S.*)")
# The kinds of a paragraph that may be a lettered part, as sections.py rereads them (a heading at the top too).
_PARTS_READ = frozenset({"head", "narrative", "entry", "p"})


def part_letter(text: str) -> str | None:
    """The letter of a paragraph opening a lettered part ('B. Military discussions': 'B'), or None."""
    match = _LETTERED_PART.fullmatch(MD_HEADING.sub("", text.strip(), count=1).strip("*_ "))
    return match.group("letter") if match else None


def mark_lettered_parts(blocks: list, heading: Callable[[str], bool]) -> None:
    """Give the kind 'section' to the lettered parts' paragraphs that `heading` finds a title alone ('B. Military
    discussions'), where two or more paragraphs open on letters from 'A.', each the next, with text between them,
    and none other of the text does; a part opening on a sentence ('A. The main points … are as follows:') stays a
    paragraph."""
    parts = [(index, letter) for index, block in enumerate(blocks)
             if block.kind in _PARTS_READ and BREAK not in block.run.text and (letter := part_letter(block.text))]
    if len(parts) < 2 or [letter for _, letter in parts] != [chr(ord("A") + count) for count in range(len(parts))] \
            or any(later[0] == earlier[0] + 1 for earlier, later in zip(parts, parts[1:])):
        return
    for index, _ in parts:
        if heading(blocks[index].text):
            blocks[index].kind = "section"
