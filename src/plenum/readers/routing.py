"""A cable's routing lines as one paragraph (an American cable's 'FM AMEMBASSY …' / 'TO SECSTATE WASHDC …' /
'INFO …' on consecutive lines, a Soviet one's 'From cde. FILIPPOV' / 'for Mao Zedong'): the opener's parts,
a line or a run of lines each, as they are when each line is a paragraph of its own (the sender a
dateline, the addressees salutations)."""

from __future__ import annotations

import re

# The routing words that begin a line: where it was sent from, to whom, for whose information.
_FROM = re.compile(r"(?:FM|FROM|From)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
_TO = re.compile(r"(?:TO|INFO|FOR|[Ff]or)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
# A further addressee under 'TO …' or 'INFO …': a line in capitals ('AMCONSUL PROBETOWN PRIORITY').
_FURTHER = re.compile(r"[A-Z][A-Z0-9/ .,&'-]*")


FURTHER = "further"


def routing_lines(lines: list[str]) -> list[str]:
    """The opener kind of each line of a block ('sender', 'addressee', or FURTHER for a line that goes on
    with the addressees above it), when every line is a routing line and they name both a sender and an
    addressee; none otherwise."""
    kinds: list[str] = []
    for line in lines:
        if _FROM.match(line):
            kinds.append("sender")
        elif _TO.match(line):
            kinds.append("addressee")
        elif kinds and kinds[-1] in ("addressee", FURTHER) and _FURTHER.fullmatch(line):
            kinds.append(FURTHER)
        else:
            return []
    return kinds if len(kinds) >= 2 and {"sender", "addressee"} <= set(kinds) else []
