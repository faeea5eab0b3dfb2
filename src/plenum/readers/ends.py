"""The ends of a growing block of text: what deciding to join one more paragraph to it asks.

A paragraph the export split (at a page, a bracket, a blank line) is joined to the block before it
when that block's text leaves a bracket open, does not end a sentence, and so on. Those questions
read the block's first and last characters and a few counts, kept here as paragraphs join, so that
a block of thousands of paragraphs is never reread whole (which made joining quadratic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .inline import BREAK, Run

# A sentence end followed by more text (after a word of two letters or more: the two before the stop
# are enough to say whether there is one, and \w{2,} made the regex engine reread every word).
# Not after an abbreviation that is no sentence's end ('No. 43', 'Cde. Kim', 'Dr. Lee', a Russian initial of two
# letters, 'R. Sh. Examashev'): the look-behinds follow the stop, so that they are tried only where there is one.
PROSE = re.compile(r"\w\w[.!?](?<!\bNo\.)(?<!\bNos\.)(?<!\bNr\.)(?<!\bCde\.)(?<!\bCdes\.)(?<!\bCom\.)(?<!\bMr\.)"
                   r"(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bop\.)(?<!\bvs\.)(?<!\b(?:Sh|Ch|Zh|Kh|Ts|Yu|Ya|Ye|Yo)\.)"
                   r"['\")\]”’]*\s+\S")

# How many characters at either end of a growing block the decision to join another paragraph reads.
WINDOW = 1000
# How many words of a paragraph are counted (a long paragraph is not split into all its words).
WORDS = 9


def bracket_depth(text: str) -> int:
    """How many more square brackets a text opens than it closes; a doubled opening that one bracket closes
    ('Fond [[too faded to read]', a typing slip) counts once, unless the text doubles closings too ('[[14]]')."""
    opens = text.count("[") if "[[" not in text or "]]" in text else len(_OPENING.findall(text))
    return opens - text.count("]")


_OPENING = re.compile(r"\[+")
# How many paragraphs on a bracket a paragraph above left open may close (a stamp's lines, a paragraph each).
BRACKET_REACH = 8


def brackets_close(depth: int, following: list[str]) -> bool:
    """True when the brackets a text left open (`depth`) are closed by one of the next BRACKET_REACH paragraphs."""
    if depth <= 0:
        return False
    for paragraph in following[:BRACKET_REACH]:
        depth += bracket_depth(paragraph)
        if depth <= 0:
            return True
    return False


@dataclass
class Ends:
    """What deciding to join asks of a block's text (breaks read as spaces): its ends and a few counts,
    kept up to date as paragraphs join, so that joining never rereads the whole block."""

    head: str          # the first WINDOW characters
    tail: str          # the last WINDOW characters
    length: int
    depth: int         # '[' less ']'
    words: int         # counted up to WORDS: joining asks only whether there are fewer than 4, or 8 or more
    prose: bool        # holds a sentence end followed by more text

    @classmethod
    def of(cls, run: Run) -> "Ends":
        text = run.text.replace(BREAK, " ")
        return cls(text[:WINDOW], text[-WINDOW:], len(text), bracket_depth(text),
                   len(text.split(None, WORDS - 1)), PROSE.search(text) is not None)

    def join(self, run: Run) -> None:
        """These ends after a break (read as a space) and `run` are added to the block."""
        more = Ends.of(run)
        added = " " + run.text.replace(BREAK, " ")
        self.prose = self.prose or more.prose or PROSE.search(self.tail + added[:WINDOW]) is not None
        self.head = (self.head + added[:WINDOW])[:WINDOW] if self.length < WINDOW else self.head
        self.tail = (self.tail + added[-WINDOW:])[-WINDOW:]
        self.length += len(added)
        self.depth += more.depth
        self.words += more.words

    def stripped(self) -> str | None:
        """The whole text, stripped, when it is no longer than WINDOW (else None)."""
        return self.head.strip() if self.length <= WINDOW else None
