"""Paragraphs of a record's head whose lines are of several kinds, each line's kind (block_kinds makes the
block 'head-lines'; block_elements writes a run of lines of one kind as its element): a letterhead over
the place and date, a title with its classification or destination, a protocol's point over its decision."""

from __future__ import annotations

import re

from .block_patterns import (ADDRESSEE, DOC_TITLE, HEADING_GOES_ON, INCOMING, KIND_HEADING, KIND_TITLE, MEMO_FROM, MEMO_TO, NAMED,
                             NUMBER_SIGN, PARTY_INITIALS, PLACE_ADDRESSED, POST, POST_LOWER, REGISTRATION, SALUTATION,
                             SITTING_WORDS, SPACED, STAGE, TERMINAL)
from .bracket_blocks import announcing
from .inline import BREAK, block_lines
from .languages import SCRIPT_CHARS
from .letterheads import kind_line, office_line
from .meeting_patterns import SETTING
from .page_breaks import CLASSIFICATION
from .written_dates import is_dateline


def dated_letterhead(text: str) -> list[str]:
    """The kind of each line of a letterhead given as one paragraph, the office over the place and date
    ('GDR Embassy in the DPRK' / 'Pyongyang, 2 April 1965'), perhaps the copy's number or a classification
    under it ('Ministry for State Security' / 'Berlin, 12 May 1989' / 'Copy No. 3 [handwritten: 3]'): 'docket'
    for the office's lines, 'dateline' for the date's, 'classification' for each under it; none when the
    block is not one."""
    lines = block_lines(text)
    marks = 0
    while marks < 2 and len(lines) - marks > 2 and CLASSIFICATION.fullmatch(_HAND_AFTER.sub("", lines[-1 - marks])):
        marks += 1
    above = _above_date(BREAK.join(lines[:len(lines) - marks]), 4)
    if not above or not office_line(above[0]) or _SITTING_OF.match(above[0]) \
            or not all(0 < len(line.split()) <= 12 and not TERMINAL.search(line.removesuffix(".")) for line in above):
        return []       # (a sitting of an office is the record's title: 'The meeting of the Consultative Committee …')
    return ["docket"] * len(above) + ["dateline"] + ["classification"] * marks


# A hand's figure or word the translator notes beside a docket's line ('Copy No. 3 [handwritten: 3]').
_HAND_AFTER = re.compile(r"\s+\[(?i:handwritten|added|inserted|written)(?:\s+in)?(?:\s+by\s+hand)?:?[^\[\]]{0,30}\]$")


# A sitting named first ('The meeting of …', 'Session of …').
_SITTING_OF = re.compile(rf"(?:The\s+)?(?i:{'|'.join(SITTING_WORDS)})\s+of\b")


def classified_title(text: str) -> list[str]:
    """The kind of each line of a title given with its classification in one paragraph ('Ciphered
    Telegram' / 'Strictly Secret' / 'Making copies is forbidden'): 'head', then 'classification' each;
    or with its destination ('CIPHERED TELEGRAM' / 'PYONGYANG - SOVIET AMBASSADOR'): 'head', 'addressee'; or
    under its classification, a line or more ('Top Secret' / 'Only copy' / 'Working Transcript'), perhaps
    under a hand's registry number ('[handwritten] P179': 'minute'); none when the block is not one."""
    lines = block_lines(text)
    if len(lines) > 2 and announcing(lines[0]) == "hand" and (rest := classified_title(text.partition(BREAK)[2])):
        return ["minute", *rest]               # a hand's registry number over them ('[handwritten] P179')
    if 2 <= len(lines) <= 5 and all(CLASSIFICATION.fullmatch(line) for line in lines[:-1]) \
            and KIND_TITLE.fullmatch(lines[-1]):
        return ["classification"] * (len(lines) - 1) + ["head"]   # 'Strictly confidential!' / 'Stenographic record'
    if len(lines) < 2 or not (KIND_HEADING.fullmatch(lines[0]) or kind_line(lines[0])):
        return []
    if len(lines) == 2 and _DESTINATION.fullmatch(lines[1]) and POST_LOWER.search(lines[1]):
        return ["head", "addressee"]
    return ["head"] + ["classification"] * (len(lines) - 1) if all(
        CLASSIFICATION.fullmatch(line) for line in lines[1:]) else []


def office_over_title(text: str) -> list[str]:
    """The kind of each line of a letterhead's office over the document's title in one paragraph ('Ministry of Foreign
    Affairs' / 'Memorandum of Conversation between …, 30 September 1974'): 'docket' for the office's lines (up to three,
    no stop), 'head' for the title's (up to four, its kind named first, no sentence); none when the block is not one."""
    lines = block_lines(text)
    first = next((index for index, line in enumerate(lines) if titled(line)), 0)
    if not 1 <= first <= 3 or len(lines) - first > 4 or not all(
            office_line(line) and len(line.split()) <= 10 and not TERMINAL.search(line) for line in lines[:first]) \
            or any(TERMINAL.search(line.removesuffix(".")) for line in lines[first:]):
        return []
    return ["docket"] * first + ["head"] * (len(lines) - first)


def classified_office(text: str) -> list[str]:
    """The kind of each line of a letterhead's office given with its classification in one paragraph ('CC PWP' /
    'Top Secret', 'Ministry of Foreign Affairs' / 'Strictly Secret'; a security ministry's directorate and registry
    number over its classification and copy, 'Directorate I - Service 4' / 'No. 0412/SP' / 'STRICTLY SECRET' /
    'Copy no. 2'):
    'docket' for the office's lines and number, 'classification' for each classification; none when the block is
    not one."""
    lines = block_lines(text)
    kinds = ["classification" if CLASSIFICATION.fullmatch(line) else "docket" if len(line.split()) <= 10
             and (REGISTRATION.fullmatch(line) or not TERMINAL.search(line)
                  and (office_line(line) or PARTY_INITIALS.fullmatch(line))) else ""
             for line in lines]
    return kinds if 2 <= len(lines) <= 6 and "" not in kinds and len(set(kinds)) == 2 else []


def office_over_addressees(text: str) -> list[str]:
    """The kind of each line of a ministry's letterhead over those it goes to in one paragraph, as an interior ministry's
    bulletins print it ('Republic of Probia' / 'MINISTRY OF THE INTERIOR' / 'Political Section Number 14' /
    'Testov-Probin-Examova-Samplar:'): 'docket' for the letterhead's lines (an office among them, short, no stop),
    'addressee' for the surnames joined by hyphens; none when the block is not one."""
    lines = block_lines(text)
    if not 2 <= len(lines) <= 6 or not _HYPHENED_SURNAMES.fullmatch(lines[-1]) or not any(map(office_line, lines[:-1])) \
            or not all(0 < len(line.split()) <= 8 and not TERMINAL.search(line) for line in lines[:-1]):
        return []
    return ["docket"] * (len(lines) - 1) + ["addressee"]


# Those a bulletin goes to, three surnames or more joined by hyphens up to a colon (two are one double surname).
_HYPHENED_SURNAMES = re.compile(r"[A-Z][^\W\d_]+(?:\s?[-–]\s?[A-Z][^\W\d_]+){2,}\s*:")


def classified_copy_line(text: str) -> list[str]:
    """The kind of a diary's docket on one line, its classification, copy, date and perhaps its number between
    commas ('Top Secret, Copy 3, 2 March 1951, No.47', 'Secret, Copy 1, 19 April 1958'): 'docket'; none when
    the block is not one."""
    parts = [part.strip() for part in text.split(",")]
    if BREAK in text or not 3 <= len(parts) <= 5 or not CLASSIFICATION.fullmatch(parts[0]) \
            or not _COPY_NUMBERED.fullmatch(parts[1]):
        return []
    rest = parts[2:]
    if _SERIAL.fullmatch(rest[-1].removesuffix(".")) and len(rest) > 1:
        rest = rest[:-1]
    return ["docket"] if is_dateline(", ".join(rest)) else []


# A copy's number among a docket's parts ('Copy 3', 'copy No. 1').
_COPY_NUMBERED = re.compile(rf"(?i:copy)\s*(?:{NUMBER_SIGN}|No\.?|#)?\s*\d{{1,3}}")


def titled(text: str) -> bool:
    """Whether a block (its run's text) begins with a document's title ('Record of a Conversation …'), in
    capitals too ('RECORD OF A CONVERSATION' / 'with …'), its kind in capitals before what it is of or with
    ('RESOLUTION' / 'of the Political Committee …', 'NOTES OF CONFERENCE with …'), or its kind letter-spaced."""
    first, _, rest = text.partition(BREAK)
    if SPACED.fullmatch(first := first.strip()):       # its kind letter-spaced: 'T r a n s c r i p t' / 'of the talks …'
        first = first.replace(" ", "").capitalize()                  # ('S T E N O G R A M' / 'of the …')
        text = first + " " + rest
    lead = _CAPITALS_LEAD.match(first)
    return bool(DOC_TITLE.match(text.strip()) or first.isupper() and DOC_TITLE.match(first.capitalize() + " ")
                or lead and DOC_TITLE.match(f"{lead[0].capitalize()} {first[lead.end():]} {rest} "))


# A line's opening words in capitals: 'RESOLUTION', 'NOTES OF CONFERENCE' (before 'with …').
_CAPITALS_LEAD = re.compile(r"[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*)*(?=\s|$)")


def numbered_title(text: str) -> list[str]:
    """The kind of each line of an order's or decree's title in one paragraph, its kind alone over whose it is and
    its number ('ORDER' / 'of the Minister of Internal Affairs' / 'No. 00917'): 'head' each (the title, never a
    letterhead's registration); none when the block is not one."""
    lines = block_lines(text)
    if not 3 <= len(lines) <= 5 or not _ISSUED_KIND.fullmatch(lines[0]) or not _TITLE_NUMBER.fullmatch(lines[-1]) \
            or not HEADING_GOES_ON.match(lines[1]) \
            or not all(len(line.split()) <= 16 and not TERMINAL.search(line) for line in lines[1:-1]):
        return []
    return ["head"] * len(lines)


# The kind of a document an office issues, alone on its title's first line: 'ORDER', 'Decree', 'RESOLUTION'.
_ISSUED_KIND = re.compile(r"(?i:order|decree|directive|resolution|decision|instruction|regulation)")
# An order's number under its title: 'No. 00917', 'Nº 412/ss', '# 0101'.
_TITLE_NUMBER = re.compile(rf"(?:{NUMBER_SIGN}|No\.?|#)\s*\d[\w./-]*\.?")


def topic_title(text: str) -> bool:
    """Whether a paragraph is a note's title with its kind left out, one sentence on the talk it records ('On a
    meeting between Comrade …, member of …, and the delegation of … on 3 July 1977.', 'About a Meeting of …',
    'Information about a conversation of …'), up to sixty words."""
    return bool(_TOPIC.match(text)) and len(text.split()) <= 60 and not _SENTENCE_INSIDE.search(text)


def index_line(text: str) -> bool:
    """Whether a paragraph is a cable's index line under its routing codes, what it is on in a sentence or two
    of noun phrases ('Question of Probeland.', 'Index: Question of Testland. Visit of … to Probegrad.')."""
    return bool(_INDEX.match(text)) and len(text.split()) <= 25 and not _SENTENCE_INSIDE.search(text)


# An index line's opening.
_INDEX = re.compile(r"(?:Index:\s*)?Question of (?:the\s+)?[A-Z]")
# What such a title opens on: the talk it is on.
_TOPIC = re.compile(r"(?:On|About|Concerning|Regarding|(?:Information|Note|Report|Memorandum)\s+(?:on|about|concerning|regarding))"
                    r"\s+(?:a|an|the)\s+(?i:meeting|visit|talks?|conversation|discussions?|reception|consultations?|stay|"
                    r"journey|trip|negotiations?)\b")
# A sentence's end inside a paragraph: a word in lower case, its stop, a capital ('… warmly. The talks …'; not
# 'Prof. Dr.').
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")


def cover_note(texts: list[str]) -> int:
    """How many of a document's first paragraphs a reader's note above it takes, as the Albanian party archive's
    dossiers give it: 'Note: This is an account by our ambassador …', perhaps a paragraph more, and its date alone
    ('Date October 21, 1961'); 0 when the document opens otherwise."""
    if not texts or not _NOTE_ABOVE.match(texts[0]) or not TERMINAL.search(texts[0]):
        return 0
    for index, text in enumerate(texts[1:4], 1):
        if _NOTE_DATE.fullmatch(text.strip()):
            return index + 1
        if not TERMINAL.search(text.strip()):
            return 0
    return 0


# A reader's note above a document, and its date: 'Note: This is an account …', 'Date October 21, 1961'.
_NOTE_ABOVE = re.compile(r"Note\s*:\s+[A-Z]")
_NOTE_DATE = re.compile(r"Date\s*:?\s+(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\.?")


def post_over_salutation(texts: list[str]) -> bool:
    """Whether paragraphs are an addressee's post, his titled name and the salutation ('Deputy General Secretary
    of the Testland Party' / 'com. V.A. Testov' / 'Respected Vasily Antonovich!'): the post is the address's
    first line, never the letter's heading."""
    if len(texts) < 3:
        return False
    post, name, salute = (text.strip() for text in texts[:3])
    return bool(POST.search(post)) and len(post.split()) <= 14 and not TERMINAL.search(post) \
        and bool(NAMED.fullmatch(name[:1].upper() + name[1:])) and bool(SALUTATION.fullmatch(salute))


def classified_dateline(text: str) -> list[str]:
    """The kind of each line of a docket given as one paragraph, the classification and the registry's
    number over the date ('TOP SECRET' / 'Copy No. 4' / 'Ser. No. 326' / '4 July 1979'): 'classification'
    or 'docket' each, 'dateline' the last; none when the block is not one."""
    kinds = ["classification" if CLASSIFICATION.fullmatch(line) else "docket" if _SERIAL.fullmatch(line) else ""
             for line in _above_date(text, 6)]
    return kinds + ["dateline"] if kinds and all(kinds) and "classification" in kinds else []


def titled_dateline(text: str) -> list[str]:
    """The kind of each line of a session's title in capitals over its date in one paragraph ('MEETING OF THE
    POLITBURO' / '4 April 1981'): 'head' each, 'dateline' the last; none when the block is not one."""
    above = _above_date(text, 3)
    if not above or not _SITTING.match(above[0]) \
            or not all(line.isupper() and len(line.split()) <= 12 and not TERMINAL.search(line) for line in above):
        return []
    return ["head"] * len(above) + ["dateline"]


def approved_dateline(text: str) -> list[str]:
    """The kind of each line of a reader's approval over its date in one paragraph, as a Hungarian party's
    reports carry it ('Seen and approved, ad acta No. copies made: 2' / '22 July [1981]'): 'minute' each,
    'dateline' the last; none when the block is not one."""
    above = _above_date(text, 4)
    return ["minute"] * len(above) + ["dateline"] if above and _APPROVAL.match(above[0]) else []


def headed_dateline(text: str) -> list[str]:
    """The kind of each line of a title over its place and date in one paragraph ('Conference of the Party leaders
    of the Lake Treaty' / 'Probegrad, December 4, 1989'): 'head' each, 'dateline' the last (a place with its postcode
    above the date, 'NEW PROBEPUR-110099' / '31st July 1985.', the dateline's too); none when a line above the date is
    a sentence, an address or a telegram's line of sending or receipt."""
    above = _above_date(text, 3)
    if not above or not all(line[:1].isupper() and len(line.split()) <= 20 and not TERMINAL.search(line)
                            and not ADDRESSEE.match(line) and not _ROUTED.search(line) for line in above):
        return []
    if len(above) == 1 and _PLACE_CODED.fullmatch(above[0]):
        return ["dateline", "dateline"]     # the place with its postcode over the date: one dateline
    return ["head"] * len(above) + ["dateline"]


# A place with its postcode, as a letter's address gives it ('NEW PROBEPUR-110099', 'Samplegrad 110099').
_PLACE_CODED = re.compile(r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,2}(?:\s?-\s?|\s)\d{4,6}")


# A telegram's line of sending or receipt, no title: 'From BEIJING Received 18 hours 40 minutes'.
_ROUTED = re.compile(r"^From\s|\b(?:Received|Sent|Dispatched|Transmitted)\b")


def dated_address(text: str) -> list[str]:
    """The kind of each line of a letter's date over its addressee in one paragraph ('6 September 1988' / 'Mr.
    Chairman' / 'Petr Probin'): 'dateline', then 'addressee' each, or over a mark such as a draft's ('8/V/1953' /
    'Draft'): 'classification'; none when the block is not one."""
    lines = block_lines(text)
    if not 2 <= len(lines) <= 5 or not is_dateline(lines[0]) or any(is_dateline(line) for line in lines[1:]):
        return []
    if all(CLASSIFICATION.fullmatch(line) for line in lines[1:]):
        return ["dateline"] + ["classification"] * (len(lines) - 1)     # ('8/V/1953' / 'Draft')
    return ["dateline"] + ["addressee"] * (len(lines) - 1) if all(
        line[:1].isupper() and len(line.split()) <= 6 and not TERMINAL.search(line.removesuffix(".")) and not any(
            char.isdigit() for char in line) for line in lines[1:]) else []


def dated_reference(text: str) -> list[str]:
    """The kind of each line of a letter's place and date over its reference in one paragraph ('Probegrad,
    3rd March 1985' / 'Ref. No. 85/12'): 'dateline', then 'docket' each; none when the block is not one."""
    lines = block_lines(text)
    return ["dateline"] + ["docket"] * (len(lines) - 1) if 2 <= len(lines) <= 3 and referenced_date(lines) else []


def referenced_date(lines: list[str]) -> bool:
    """Whether a block's lines are a date, then a letter's references, if any ('Probegrad, 3rd March 1985' /
    'Ref. No. 85/12')."""
    return is_dateline(lines[0]) and all(_LETTER_REFERENCE.fullmatch(line) for line in lines[1:])


# A letter's reference under its date: 'Ref. No. 85/12', 'Our ref.: TC/41', 'Nº 412/85', a telegram's number
# in figures grouped by thousands ('No. 85 201').
_LETTER_REFERENCE = re.compile(rf"(?:(?:Our|Your)\s+)?(?:[Rr]ef(?:erence)?\.?(?:\s*{NUMBER_SIGN})?\s*:?|{NUMBER_SIGN}|#)"
                              r"\s*[A-Z0-9][\w/.-]*(?: \d{3})*")


def routed_below(below: str) -> bool:
    """Whether a memorandum's or telegram's 'From:' or 'To:' field is the text under a date."""
    return bool(MEMO_FROM.match(below) or MEMO_TO.match(below))


def venue_below(below: str) -> bool:
    """Whether a meeting's place ('Venue: …', 'Place: …') is the text under a date: the date is its detail."""
    return (found := SETTING.match(below)) is not None and found["label"].lower() in ("venue", "place", "location")


def _above_date(text: str, most: int) -> list[str]:
    """The lines of a paragraph of two to `most` lines above the date that is its last; none when it is not
    such a paragraph."""
    lines = block_lines(text)
    return lines[:-1] if 2 <= len(lines) <= most and is_dateline(lines[-1]) else []


def point_heading(text: str) -> list[str]:
    """The kind of each line of a protocol's extract whose numbered point stands over its decision in one
    paragraph ('170. The Question of Testov.' / 'The attached draft … has been approved.'): 'head', then
    'text' each; none when the block is not one."""
    lines = block_lines(text)
    if len(lines) < 2 or not _POINT_TITLE.fullmatch(lines[0]):
        return []
    return ["head"] + ["text"] * (len(lines) - 1)


# A protocol's numbered point, its subject: '170. The Question of Testov.', '12. On the trade delegation.'
_POINT_TITLE = re.compile(r"\d{1,4}\.\s+(?:(?:The\s+)?(?:Question|Matter|Issue)\s+(?:of|on|concerning)|"
                          r"On|About|Regarding|О|Об)\s+[^.!?]{2,100}\.?")


# A reader's approval of a report at its head: 'Seen and approved, ad acta …', 'Seen and approved, can be sent!',
# 'Approved'.
_APPROVAL = re.compile(r"(?:Seen and approved|Seen and agreed|Approved|Ad acta)\b", re.I)
# A registry's number alone on its line: 'Ser. No. 326', 'No. 214/ss', 'Iskh. #214/ss', 'Outgoing Nº 85'.
_SERIAL = re.compile(rf"(?:(?:Ser(?:ial)?|Reg)\.?\s*)?(?:{NUMBER_SIGN}|#)\s*\d[\w./-]*|{INCOMING.pattern}[\w./-]*", re.I)
# A body's sitting, the title of its record: 'MEETING OF THE POLITBURO', 'SESSION OF THE PRESIDIUM'.
_SITTING = re.compile(rf"(?:(?:\w+\s+){{0,2}})(?:{'|'.join(word.upper() for word in SITTING_WORDS)})\b")
# Where a cipher telegram goes, the place in capitals and the post: 'PYONGYANG - SOVIET AMBASSADOR'.
_DESTINATION = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ' -]{1,40}\s[-–—]\s\S.{0,60}")


def capitals_heading(text: str) -> bool:
    """A line of a heading set in capitals ('RECORD OF THE POINTS DISCUSSED BETWEEN'): four words or
    more, no colon (not 'FROM: PYONGYANG'), no addressee ('TO USSR DEPUTY MINISTER OF …', 'PEKING, TO THE …')."""
    return text.isupper() and ":" not in text and len(text.split()) >= 4 \
        and not text.startswith(("TO ", "DEAR ", "MY DEAR ")) and not PLACE_ADDRESSED.fullmatch(text)


def parenthesis_alone(text: str) -> str | None:
    """The words of a paragraph that is one parenthesis ('(Applause)'), a note's figure after it or not
    ('(Re: Point II of Protocol No. 9)(1)'), or None."""
    text = _PAREN_MARK.sub("", text)
    found = STAGE.fullmatch(text)
    return found["inner"] if found and _balanced(text) else None


# A note's figure in parentheses right after a closing one: '…)(1)'.
_PAREN_MARK = re.compile(r"(?<=\))\(\d{1,2}\)$")


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0 and text.startswith("(") and text.rstrip(". ").endswith(")") and \
        text.find(")") >= len(text.rstrip(". ")) - 1


def word_count(text: str) -> int:
    """The words of a text, each Chinese, Japanese or Korean character one (those scripts set no spaces): how
    long a heading may be is counted so in any script."""
    return len(text.split()) + len(_SPACELESS.findall(text))


# A letter of the scripts set without spaces: Chinese, Korean (languages.SCRIPT_CHARS), Japanese kana.
_SPACELESS = re.compile(rf"{SCRIPT_CHARS['han']}|{SCRIPT_CHARS['hangul']}|[\u3040-\u30ff]")
