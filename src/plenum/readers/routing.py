"""A cable's routing lines as one paragraph (an American cable's 'FM AMEMBASSY …' / 'TO SECSTATE WASHDC …' /
'INFO …' on consecutive lines, a Soviet one's 'From cde. FILIPPOV' / 'for Mao Zedong', or its sending and
receipt, 'From Probegrad Sent 3.10.50 Received' / '3.10. 14:15' / 'Sent to the 8th Department …'): the opener's parts,
a line or a run of lines each, as they are when each line is a paragraph of its own (the sender a
dateline, the addressees salutations)."""

from __future__ import annotations

import re

from .block_patterns import TRANSMITTED

# The routing words that begin a line: where it was sent from, to whom, for whose information.
_FROM = re.compile(r"(?:FM|FROM|From)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
_TO = re.compile(r"(?:TO|INFO|FOR|[Ff]or)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
# A further addressee under 'TO …' or 'INFO …': a line in capitals ('AMCONSUL PROBETOWN PRIORITY').
_FURTHER = re.compile(r"[A-Z][A-Z0-9/ .,&'-]*")
# What goes on with the line above it in a Soviet cipher telegram's routing: the moment a wrapped line left
# ('From Probegrad Sent 3.10.50 Received' / '3.10. 14:15'), how it went and how urgent it is ('By telegraph.',
# 'Extremely urgent.').
_GOES_ON = re.compile(r"[\d.:/ ]*\d[\d.:/ ]*|By\s+(?:telegraph|teletype|courier|radio|wire)\.?|"
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
        if TRANSMITTED.fullmatch(line):
            kinds.append("transmitted")
        elif _FROM.match(line):
            kinds.append("sender")
        elif _TO.match(line) or kinds and _DESTINATION.fullmatch(line):
            kinds.append("addressee")
        elif kinds and (kinds[-1] in ("addressee", FURTHER) and _FURTHER.fullmatch(line) or _GOES_ON.fullmatch(line)):
            kinds.append(FURTHER)
        else:
            return []
    return kinds if len(kinds) >= 2 and "sender" in kinds and {"addressee", "transmitted"} & set(kinds) else []
