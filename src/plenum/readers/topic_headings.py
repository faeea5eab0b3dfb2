"""A report's topics headed by the two countries whose dealings they are, a line alone between its paragraphs
('Probian–Testland relations', 'Testian-Samplish economic cooperation'): each a section of its own."""

from __future__ import annotations

import re

from .block_patterns import MD_HEADING
from .inline import BREAK

# Two or more peoples joined by a dash and what passes between them, in small letters, no stop
# ('Probian–Testland relations', 'The Testian-Samplish economic and trade relations').
_PAIR_TOPIC = re.compile(r"(?:The\s+)?[A-Z][a-z]+(?:\s?[-–—]\s?[A-Z][a-z]+)+\s+(?:[a-z]+\s+){0,3}"
                         r"(?:relations|relationship|cooperation|collaboration|ties|contacts|exchanges|trade|talks|"
                         r"negotiations)")
# The kinds of the paragraphs the topic's line stands between.
_TOPIC_TEXT_KINDS = frozenset({"narrative", "entry", "p", "point"})


def mark_topics(blocks: list) -> None:
    """Give the kind 'section' to a paragraph naming such a topic alone, below the text's first paragraph and over
    a paragraph: the topic's heading, what follows it up to the next its section."""
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        if block.kind in ("narrative", "p") and BREAK not in block.run.text \
                and _PAIR_TOPIC.fullmatch(MD_HEADING.sub("", block.text.strip(), count=1).strip("*_ ")) \
                and blocks[index + 1].kind == "narrative" \
                and any(earlier.kind in _TOPIC_TEXT_KINDS for earlier in blocks[:index]):
            block.kind = "section"
