"""A cable's routing lines (an American cable's 'FM AMEMBASSY …' / 'TO SECSTATE WASHDC …' / 'INFO …' on
consecutive lines, a Soviet one's 'From cde. FILIPPOV' / 'for Mao Zedong', or its sending and receipt, 'From
Probegrad Sent 3.10.50 Received' / '3.10. 14:15' / 'Sent to the 8th Department …'), in one paragraph or a paragraph
each: the opener's parts, a line or a run of lines each (the sender a dateline, the addressees salutations)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .block_patterns import TRANSMITTED
from .inline import BREAK

if TYPE_CHECKING:
    from .block_kinds import BodyBlock

# The routing words that begin a line: where it was sent from, to whom, for whose information.
_FROM = re.compile(r"(?:FM|FROM|From)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
_TO = re.compile(r"(?:TO|INFO|FOR|[Ff]or)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
# A sender who is a titled person, not a place ('From cde. FILIPPOV', 'FROM COMRADE …'): the opener's byline.
SENT_BY = re.compile(r"(?:FM|FROM|From)\s*:?\s+(?:[Cc]des?\.|[Cc]omrades?|COMRADE|CDE\.)\s+[A-Z]")
# A further addressee under 'TO …' or 'INFO …': a line in capitals ('AMCONSUL PROBETOWN PRIORITY').
_FURTHER = re.compile(r"[A-Z][A-Z0-9/ .,&'-]*")
# What goes on with the line above it in a Soviet cipher telegram's routing: the moment a wrapped line left
# ('From Probegrad Sent 3.10.50 Received' / '3.10. 14:15'), how it went and how urgent it is ('By telegraph.',
# 'Extremely urgent.').
_GOES_ON = re.compile(r"[\d.:/ ]*\d[\d.:/ ]*|[Bb]y\s+(?:telegraph|teletype|courier|radio|wire)\.?|"
                      r"(?:(?:Extremely|Very|Most)\s+)?[Uu]rgent\.?|Immediate(?:ly)?\.?")
# Where a cipher telegram goes, the place and the office after a dash: 'Moscow—Ministry of Fisheries.'.
_DESTINATION = re.compile(r"[A-Z][\w-]+\s*[—–]\s*[A-Z][^.!?]{2,60}\.?")


FURTHER = "further"


def routing_lines(lines: list[str]) -> list[str]:
    """The opener kind of each line of a block ('sender', 'addressee', 'transmitted' for when it was sent
    or received, or FURTHER for a line that goes on with the line above it), when every line is a routing
    line and they name both a sender and an addressee or when it was sent; none otherwise."""
    kinds: list[str] = []
    for line in lines:
        kind = _line_kind(line, kinds, True)
        if kind is None:
            return []
        kinds.append(kind)
    return kinds if _routes(kinds) else []


def routing_paragraphs(texts: list[str]) -> list[str]:
    """The opener kind of each of the paragraphs `texts` that are a cable's routing lines a paragraph each,
    from the first ('From Probegrad Sent 15.9.50 Received' / '15.9. 14:25' / 'Sent to the 8th Department …
    15.9 14:31.' / 'By telegraph.'), as routing_lines gives them; none when the first is no line of its
    sending. Capitals under an addressee go on with it in a paragraph only: alone, they are a heading."""
    kinds: list[str] = []
    for text in texts:
        kind = _line_kind(text, kinds, False)
        if kind is None or not kinds and kind not in ("sender", "transmitted"):
            break
        kinds.append(kind)
    while kinds and not _routes(kinds):
        kinds.pop()
    return kinds


def routed_paragraphs(blocks: list[BodyBlock], index: int, reach: int) -> dict[int, str]:
    """The kinds of the blocks from `index` on (up to `reach` of them) that are a cable's routing lines a
    paragraph each, one line each (routing_paragraphs): a line going on with the one above is a dateline of
    its own when it holds figures ('15.9. 14:25'), else the cipher office's forme work ('By telegraph.')."""
    texts = []
    for block in blocks[index:index + reach]:
        if BREAK in block.run.text or block.attached or block.kind.startswith(("closer", "postscript")):
            break
        texts.append(block.text.strip())
    kinds = routing_paragraphs(texts)
    return {index + offset: kind if kind != FURTHER else "dateline" if re.search(r"\d", texts[offset]) else "docket"
            for offset, kind in enumerate(kinds)}


def _line_kind(line: str, kinds: list[str], in_paragraph: bool) -> str | None:
    """The routing kind of a line after lines of `kinds`, or None."""
    if TRANSMITTED.fullmatch(line):
        return "transmitted"
    if _FROM.match(line):
        return "sender"
    if _TO.match(line) or kinds and _DESTINATION.fullmatch(line):
        return "addressee"
    if kinds and (in_paragraph and kinds[-1] in ("addressee", FURTHER) and _FURTHER.fullmatch(line)
                  or _GOES_ON.fullmatch(line)):
        return FURTHER
    return None


def _routes(kinds: list[str]) -> bool:
    """Whether lines of these kinds route a cable: two or more, a sender with an addressee or when it was
    sent, or two lines of its sending and receipt ('sent at 2135 …' / 'received at 2352 …')."""
    return len(kinds) >= 2 and ("sender" in kinds and bool({"addressee", "transmitted"} & set(kinds))
                                or kinds.count("transmitted") >= 2)
