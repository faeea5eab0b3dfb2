"""A text's points lettered in small letters after a colon, each the colon's sentence going on in small letters
('The plans assume two exercises:' / 'a) a divisional exercise …,' / 'b) a staff exercise ….'): the items of a list,
as its dashed points are (points in sentences of their own, '1. The Premier agreed.', stay paragraphs)."""

from __future__ import annotations

import re

from .inline import BREAK

# A point's letter and bracket opening a paragraph that goes on in small letters ('a) a divisional exercise …',
# '(b) the staff …').
_LETTERED = re.compile(r"\(?(?P<letter>[a-z])\)\s+[a-z]")
# The kind of a paragraph of the text, outside any turn.
_PARAGRAPH = "narrative"


def mark_lettered(blocks: list) -> None:
    """Give the kind 'point' to two or more paragraphs in a row lettered from 'a)', each the next letter, right
    under a paragraph ending on a colon that announces them: a list's items (block_lists.ListBlocks._point)."""
    for index in range(1, len(blocks)):
        if blocks[index - 1].kind != _PARAGRAPH or not blocks[index - 1].text.rstrip().endswith(":"):
            continue
        points = []
        for block in blocks[index:]:
            match = _LETTERED.match(block.text.strip())
            if block.kind != _PARAGRAPH or BREAK in block.run.text or match is None \
                    or match.group("letter") != chr(ord("a") + len(points)):
                break
            points.append(block)
        if len(points) > 1:
            for block in points:
                block.kind = "point"
