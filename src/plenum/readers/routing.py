"""A cable's routing lines (an American cable's 'FM AMEMBASSY …' / 'TO SECSTATE WASHDC …' / 'INFO …' on
consecutive lines, a Soviet one's 'From cde. FILIPPOV' / 'for Mao Zedong', or its sending and receipt, 'From
Probegrad Sent 3.10.50 Received' / '3.10. 14:15' / 'Sent to the 8th Department …'), in one paragraph or a paragraph
each: the opener's parts, a line or a run of lines each (the sender's place a dateline, a sending office or person a byline, the addressees salutations); and
the pattern of a line of sending or receipt (TRANSMITTED), which the block kinds and the datelines read too."""

from __future__ import annotations

import re

from .citation import MONTHS
from .inline import BREAK

# A cipher telegram's lines of sending and receipt, at its head: 'Dispatched from Moscow on 24.10.1962 at
# 16:00', 'Received on 24.10.1962 at 19:40', 'Came into the Deciphering Department on 24.10.1962 at 20:00',
# 'Received 3 September 1988', 'Received 19:55 13.June.1951'; a day and month, perhaps a two-digit year, before the time ('Sent 9.6.51 10:15',
# 'Received 9.6 15:40', 'Sent to the 8th Department of the General Staff [of the Armed Forces] 9.6 15:52'); in
# American figures and hours ('Received in Moscow on 10/14/50 at 6:36 a.m.'), the time first ('Received on 4:10 am, 14 May 1950');
# a Yugoslav form's 'Received: 10.V 71. at 09.00', 'Taken into process: …', a Czech one's 'Arrived: 5/6/64 3 : 00 pm',
# 'Processed: …', 'Issued: …', a Polish one's 'Dispatched 03.03.61 at 09:10 hours', 'Came in to the Decoding
# Department…3.4.61 at 14:00 hours…',
# the hours without a colon and the day and month alone ('dispatched on 25.11.68 at 1700 hours', '… on 24.4. at 0:30',
# 'Received at 0450, 8 May 1946');
# an office's code on the way ('Arrived at the 8D/GS on 10/02/50 at 7:40 a.m.', 'Arrived in the 8 MDGS on …'); the
# hours before the day and month ('from SAMPLEGRAD sent at 2135 1 October 1950', the place in the translator's brackets,
# 'from [SAMPLEGRAD] received at 1140 19 October 1951', the year left out on the next line:
# 'received at 2352 1 October');
# the typist's line ('Typed by Probleva on 10/15/50 at 03:30 a.m.'); the place and the cable's number before the
# hours and date ('From Samplegrad, No. 5151. 11 hours 20 minutes. 9.II.1950').
TRANSMITTED = re.compile(r"(?:(?:From[\s.…]+\[?[A-Z][\w-]*\]?[\s.…,]+)?"   # a form's dotted line: 'From…Probegrad……dispatched on …'
                         r"(?:Dispatched|Sent|Received|Came\s+(?:in\s*to|in|to)|Arrived|Deciphered|Decoded|Decrypted|"
                         r"Transmitted|Processed|Taken\s+into\s+process|Completed|Issued|Typed)\b"
                         r"(?:(?:\d+(?:st|nd|rd|th)\b|\d+[A-Z]{1,3}\b|\d+\s+(?-i:[A-Z]{2,6})\b|[^\d\n]){0,90}?(?:\bon\s+|\bat\s+(?=\d{1,2}\.\d)|[\s.…]+(?=\d))|\s+)"
                         r"|From\s+[A-Z][\w-]*,\s+No\.\s?\d+[\w/-]*\.?\s+"   # the place and the cable's number first,
                         r"|From\s+[A-Z][\w-]*\s+(?=\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{4}\s*$))"   # or its hour ('From
                         # SAMPLEGRAD 01:30 27.8.1951', no word of sending or receipt)
                         r"(?:(?P<early>\d{1,2}\s?[:.]\s?\d{2}|\d{4}(?=,|\s+\d{1,2}\s+[A-Z][a-z]{2,8}\b)|"   # ('at 2135 1 October …')
                         r"\d{1,2}\s+hours?\s+\d{1,2}\s+minutes?)"   # ('19 hours 35 minutes')
                         r"(?P<early_meridiem>\s*[ap]\.?\s?m\b\.?)?[,.]?\s+(?:on\s+)?)?"     # ('… on 12: 55 on October 9, 1950')
                         r"(?P<date>\d{1,2}\.\d{1,2}(?:\s*\[\d{1,2}\?\])?\.\d{4}|"   # (an editor's query of the day: '10.27 [28?].1962')
                         r"\d{1,2}(?:\s+|\.)[A-Z][a-z]{2,8}(?:\s+|\.)\d{4}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|"
                         r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
                         r"\d{1,2}\.[IVX]{1,4}(?:\.\s?|\s)(?:\d{4}|\d{2})\b\.?|"
                         r"\d{1,2}\.\d{1,2}(?:\.\d{2})?\.?(?=\s+(?:at\s+)?(?:\d{1,2}[:.]\d{2}|\d{4}\s*hours))|"
                         rf"(?<=\d\s)\d{{1,2}}\s+(?:{'|'.join(MONTHS)})$)"    # the year left out after the hour ('received at 2352 1 October')
                         r"(?:\s+(?:at\s+)?(?P<time>\d{1,2}\s?[:.]\s?\d{2}|\d{4}(?=\s*hours))(?P<meridiem>\s*[ap]\.?\s?m\b\.?)?)?"
                         # what the line says after the moment: the hours, a form's dots, the receipt ('… and it was
                         # received at 07.07 at 14:10'), the office that dealt with it ('… 17:30 Office of the President, G, 4')
                         r"(?:\s*hours\b)?[\s.…]*(?:(?:and\s+(?:it\s+was\s+)?)?(?:received|deciphered|decoded)\b[^\n]{0,80}"
                         r"|(?<=\d)\s+[A-Z][^\n.!?]{0,40})?", re.I)
# The routing words that begin a line: where it was sent from, to whom, for whose information.
_FROM = re.compile(r"(?:FM|FROM|From)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
_TO = re.compile(r"(?:TO|INFO|FOR|[Ff]or)\s+(?:[Cc]de\.\s+|[Cc]omrade\s+)?[A-Z]")
# A sender who is a titled person, not a place ('From cde. FILIPPOV', 'FROM COMRADE …'): the opener's byline.
SENT_BY = re.compile(r"(?:FM|FROM|From)\s*:?\s+(?:[Cc]des?\.|[Cc]omrades?|COMRADE|CDE\.)\s+[A-Z]")
# A sender's label ('From:', 'FM', 'Sender:', who produced it, 'Produced by:') and an office or a post among the
# words after it ('From: Embassy in Samplegrad', 'From: Head of the Tenth Direction', 'Produced by: General
# Directory for …', 'FM AMEMBASSY TESTGRAD', 'From the Station in Testland'): who sent it, no place.
_SENDER_LABEL = re.compile(r"(?:FM|From|Sender|Produced\s+by)\b\s*:?\s*", re.I)
_OFFICE_WORD = re.compile(r"\b(?:(?:AM)?EMBASSY|AMCONSUL|SECSTATE|Embass(?:y|ies)|Consulate|Legation|Mission|Station|Residency|"
                          r"Delegation|Ministry|Minister|Ambassador|Consul|Charg[eé]|Attach[eé]|Head|Chief|Director|Directorate|"
                          r"Direction|Directory|Department|Division|Section|Bureau|Office|Officer|Committee|Council|"
                          r"Commission|Secretariat|Secretary|President|Premier|Chairman|Agent|Service|Agency|Command)\b", re.I)

# A person by first name, initial and surname ('From Ivan K. Mladenov', 'FROM: Henry A. Probinger'), an office's
# code before him ('FROM: EUR - Ivo Probin').
_SENDER_PERSON = re.compile(r"(?:[A-Z]{2,6}\s*[-–]\s*[A-Z][\w'-]+\s+[A-Z][\w'-]+|[A-Z][a-z]+\s+[A-Z]\.\s*[A-Z][\w'-]+)\.?")


def sent_by(text: str, under_byline: bool = False) -> bool:
    """Whether a sender's line names who sent it, a person or an office or post ('From: Embassy in Samplegrad',
    'Produced by: …'), or is his post under such a line ('From Ivan K. Testov' / 'First Secretary'): the
    opener's byline; a place alone ('From: Probegrad') is its dateline."""
    label = _SENDER_LABEL.match(text)
    if label is None:
        return under_byline and ":" not in text
    return bool(SENT_BY.match(text) or _OFFICE_WORD.search(text, label.end())
                or _SENDER_PERSON.fullmatch(text, label.end()))
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


def routed_paragraphs(blocks: list, index: int, reach: int) -> dict[int, str]:
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
