"""A letter's or telegram's address at the head of a record, as the block kinds read it (block_kinds.py):
its address as one block of lines, an English letter's inside address, a telegram's place and post, a
line of an address, an addressee with his post or code name."""

from __future__ import annotations

import re

from .block_patterns import (ADDRESSEE, KIND_HEADING, NAMED, OFFICE, PARTY_INITIALS, PLACE_ADDRESSED, POST, REGISTRATION,
                             PLACE, RESPECT_WORDS, SALUTATION, SPACED, SUBJECT_LINE, TERMINAL, TO_ALL)
from .head_lines import referenced_date
from .inline import BREAK, block_lines
from .meeting_patterns import PARTICIPANTS
from .signers import post_line
from .body_blocks import TextBlock
from .turn_labels import TALKS, written_to
from .written_dates import is_dateline


# A titled name with the translator's bracket after it, the code name or real name: 'Cde. Probinov [Examov]'.
ALIASED = re.compile(rf"(?:{NAMED.pattern})\s*\[[^\[\]]{{2,40}}\]")


def titled_post(text: str) -> bool:
    """An addressee's name with his title and post, a comma after them, as an embassy's telegram opens
    ('Cde. Ion Testescu, Deputy [Foreign Affairs] Minister,')."""
    named = NAMED.match(text)
    return named is not None and text.endswith(",") and text[named.end():].startswith(",") \
        and len(text.split()) <= 16 and POST.search(text[named.end():]) is not None


def post_salute(text: str) -> bool:
    """An addressee's post and name and a colon alone on a line, as a report to a leader opens ('Premier
    Probin:', 'Premier [Anton] Probin:'), or the names a cable is sent to ('Testov [Ivan] [and] Probin [Pyotr]:'); a
    record of talks labels its speakers so too."""
    return text.endswith(":") and (len(text.split()) <= 6 and POST.match(text) is not None
                                   and not TERMINAL.search(text[:-1]) or _NAMES_ADDRESSED.fullmatch(text) is not None)


def addressed_to_all(text: str) -> bool:
    """A circular's or cable's addressees up to a colon, at most forty words and no sentence's end before it ('To
    the foreign affairs offices of all provinces …:'), the editors' note mark perhaps after the colon ('To the
    Chairman [Petr Testov] and Comrades Li [Testing], Su [Probe], and Zhang Sample:[1]')."""
    bare = _MARK_AFTER_COLON.sub("", text)
    return TO_ALL.fullmatch(bare) is not None and not TERMINAL.search(bare[:-1]) and len(bare.split()) <= 40


# A note's mark right after a colon: ':[1]'.
_MARK_AFTER_COLON = re.compile(r"(?<=:)(?:\[\d{1,3}\])+$")


def lone_post_salute(blocks: list[TextBlock], title: str) -> int | None:
    """Where a kind written to someone (a report, letter, telegram …) opens on its addressee's post and name
    and a colon ('Premier Probin:'), the page's only such line: several are a record's speakers, and so is
    one where the title names talks (a cable on a summit, 'Premier Probin:' over what he said)."""
    found = [index for index, block in enumerate(blocks) if post_salute(block.text.strip())]
    return found[0] if len(found) == 1 and written_to(title) and not TALKS.search(title) else None


# A letter's salutation's opening word ('Dear comrade …!', 'Respected …').
_GREETING = re.compile(rf"(?:Dear|{RESPECT_WORDS})\s", re.I)


def minute_addressee(blocks: list[TextBlock]) -> bool:
    """Whether a minute opens on its addressee's post alone, as a British minister's minute does under its
    classification ('PRIME MINISTER', 'Permanent Under-Secretary'): up to three words, no office's 'of' or 'in', over
    a short line of its subject or reference ('Harbour Dues', 'PM/67/51', 'Harbour Dues and our entry into E.E.C.'), no
    field, comrade or year ('Present: …', 'comrade …', 'Conversation. September 25, 1944.' under a file's mark), and no
    salutation under them ('Chairman' / 'State Council' / … / 'Dear comrade …!' is a letter's inside address)."""
    text = blocks[0].text.strip()
    below = blocks[1].text.strip() if len(blocks) > 1 else ""
    return len(text.split()) <= 3 and post_line(text) and not re.search(r"\b(?:of|in|OF|IN)\b", text) \
        and not TERMINAL.search(text) and 0 < len(below.split()) <= 12 and not _NOT_SUBJECT.search(below) \
        and not any(SALUTATION.fullmatch(block.text.strip()) or _GREETING.match(block.text.strip()) for block in blocks[:6])


# What a minute's subject under its addressee's post never holds: a field's colon, a comrade, a year.
_NOT_SUBJECT = re.compile(r":|\b[Cc]om|\b(?:1[89]|20)\d\d\b")


# Two or three names a cable is sent to, the editor's completions in brackets ('Testov [Ivan] [and] Probin [Pyotr]:',
# 'Wu Xiuquan and Qiao Guanhua:'), one perhaps left unclosed ('Tan [Probing [and] Lo [Sampling]:').
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+\[[^\[\]]{1,30}\]?)?(?:\s+[A-Z][\w'’-]+(?:\s+\[[^\[\]]{1,30}\]?)?){0,2}"
_NAMES_ADDRESSED = re.compile(rf"{_NAME_WORDS}(?:\s*(?:,|\[?and\]?)\s+{_NAME_WORDS}){{1,2}}\s*:")


# A letter's address to a head of government or state, his name, post and city in one line ('His Excellency
# Mr. Ivan Probin, Prime Minister of the Republic of Testland, Testgrad').
EXCELLENCY = re.compile(r"(?:His|Her|Their)\s+(?:Excellency|Excellencies|Majesty)\b")


def address_block(text: str) -> bool:
    """A letter's address as one block of short lines, its first or second line the addressee ('Bucharest'
    / 'To Comrade Nicolae Testescu' / 'General Secretary of …'): no sentence in it."""
    lines = block_lines(text)
    return 2 <= len(lines) <= 6 and any(line.startswith(("To ", "to ", "[To]", "[to]")) for line in lines[:2]) \
        and all(0 < len(line.split()) <= 12 and not TERMINAL.search(line) for line in lines)


def inside_address(blocks: list[TextBlock], index: int) -> bool:
    """An English letter's inside address under its date, over the salutation: short lines naming the
    addressee, his post and where he is ('Lieutenant General John T. Testfield' / 'Commanding General' /
    'APO 301' / 'My dear General Testfield:'), in one paragraph or a paragraph each, no sentence in it; or
    opening the letter ('Chairman' / 'State Council' / 'comrade A. B. Probin' / 'Probegrad' / 'Dear comrade …!')."""
    if not index < len(blocks) - 1 or index and blocks[index - 1].kind not in ("dateline", "addressee") \
            or not index and KIND_HEADING.fullmatch(blocks[0].text.strip()):
        return False
    for below in range(index + 1, min(len(blocks), index + 7)):
        if DEAR_SALUTATION.match(blocks[below].text):
            end = next((at for at in range(index + 1, below) if _address_gap(blocks[at].run.text)), below)
            lines = [line for block in blocks[index:end] for line in block_lines(block.run.text)]
            return _address_lines(lines) \
                and not any(is_dateline(line) or _PRINTED_HEADING.match(line) for line in lines) \
                and all(_address_gap(block.run.text) for block in blocks[end:below])   # (the letter's date is none)
    return False


def typed_address(run_text: str) -> bool:
    """An inside address in one paragraph, as an English letter may type it under the signature: two to six short
    lines, no sentence, the addressee's title and name first ('H.E. Mr. Otto Samplinger', 'Dr. Ina Testova'), the
    town with its postcode last ('CH-9998 Samplestadt', 'Testville 1207') or in capitals ('TESTBURG')."""
    lines = [line.strip() for line in run_text.split(BREAK)]
    return len(lines) >= 2 and _address_lines(lines) and _ADDRESSEE_NAME.fullmatch(lines[0]) is not None \
        and _POSTAL_TOWN.fullmatch(lines[-1]) is not None


def foot_address(run_text: str) -> bool:
    """The addressee at the foot of a note verbale, one paragraph of two to six short lines under its place and date:
    'To' and his post or office first, the town last ('To the Director General' / 'International Testing Agency' /
    'Vienna')."""
    lines = [line.strip() for line in run_text.split(BREAK)]
    return len(lines) >= 2 and _address_lines(lines) and _TO_ADDRESSEE.fullmatch(lines[0]) is not None \
        and (PLACE.fullmatch(lines[-1]) is not None or _POSTAL_TOWN.fullmatch(lines[-1]) is not None)


# 'To' and whom a note is addressed to, his post or office: 'To the Director General', 'To His Excellency the Minister'.
_TO_ADDRESSEE = re.compile(r"To\s+(?:the\s+|His\s+|Her\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,7}")


def _address_lines(lines: list[str]) -> bool:
    """Whether lines are as short as an address's: six at most, each of one to eight words, no sentence."""
    return len(lines) <= 6 and all(0 < len(line.split()) <= 8 and not TERMINAL.search(line) for line in lines)


# The addressee's title and name opening an inside address ('HE Mr Otto Samplinger', 'H.E. Mr. Ivo Testić', 'Dr. Ina
# Testova'), and the town it closes on, with its postcode ('CH-9998 Samplestadt', 'Testville 1207') or in capitals.
_ADDRESSEE_NAME = re.compile(r"(?:(?:H\.\s?E\.|HE|His\s+Excellency|Her\s+Excellency)\s+)?"
                             r"(?:Mr|Mrs|Ms|Dr|Prof|Professor|Comrade|Cde|Madame|Monsieur)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
_POSTAL_TOWN = re.compile(r"(?:[A-Z]{1,3}[-–])?\d{3,6}\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?|"
                          r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?\s+\d{3,6}|[A-Z][A-Z'’ -]{3,30}")


def city_over_addressee(blocks: list[TextBlock], index: int) -> bool:
    """A cable's destination in capitals alone over its addressee at its head ('PROBEGRAD' / 'To the ambassador.',
    'SAMPLEGRAD' / 'For Comrade Testiatti'), as 'PEKING, TO THE SOVIET AMBASSADOR' is on one line: the address."""
    return index + 1 < len(blocks) and _CITY_CAPITALS.fullmatch(blocks[index].text.strip()) is not None \
        and ADDRESSEE.match(blocks[index + 1].text.strip()) is not None and len(blocks[index + 1].text.split()) <= 12


# A city in capitals, a word or two.
_CITY_CAPITALS = re.compile(r"[A-Z]{4,}(?:[ -][A-Z]{3,})?")


def party_addressed(blocks: list[TextBlock], index: int) -> bool:
    """A report's addressee, a party's central committee by its initials alone ('CC TLP', 'CPSU CC'), right over
    the text's first sentence: the report is to it (over a title or classification it is the letterhead); or by
    its name under the report's date and number, a letterhead above them ('Central Committee of the' / 'Probish
    Party'): the sender's letterhead stands over his date, the addressee under it."""
    text = blocks[index].text.strip()
    below = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
    return PARTY_INITIALS.fullmatch(text) is not None and len(below.split()) > 12 and TERMINAL.search(below) is not None \
        or _COMMITTEE_NAMED.fullmatch(text) is not None and index > 1 and blocks[index - 1].kind == "dateline" \
        and any(block.kind == "docket" for block in blocks[:index - 1])


# A party's central committee by its name: 'Central Committee of the Probish Party'.
_COMMITTEE_NAMED = re.compile(r"(?:The\s+)?Central\s+Committee\s+of\s+the\s+[A-Z][\w'’ ]{2,60}")


def named_over_post(blocks: list[TextBlock], index: int) -> bool:
    """A memorandum's addressee at its very top, his titled name over his post, a paragraph each, the text's first
    sentence under them ('Comrade Ion Gheorghe Probeer' / 'President of the Council of Ministers' / 'On …')."""
    texts = [block.text.strip() for block in blocks[index:index + 3]]
    return index == 0 and len(texts) == 3 and NAMED.fullmatch(texts[0]) is not None and post_line(texts[1]) \
        and len(texts[1].split()) <= 10 and not TERMINAL.search(texts[1]) and len(texts[2].split()) > 12


def capitals_go_on(above: str, text: str) -> bool:
    """Whether a line in capitals goes on with an address in capitals above it, whom else a circular is to ('TO THE
    MEMBERS … OF THE CC' / 'THE MEMBERS OF THE … COMMISSION' / 'KRAY COMMITTEES, AND …'): a further body of whom
    ('THE …', 'AND …'), or after a comma or 'AND' ending the line above, or ending on the comrade it is to, or
    naming him alone ('COMRADE KARLO PROBEV')."""
    return above.isupper() and text.isupper() and len(text.split()) <= 16 and not TERMINAL.search(text) \
        and (text.startswith(("THE ", "AND ")) or above.endswith((",", " AND")) or _COMRADE_LAST.search(text) is not None
             or _COMRADE_ALONE.fullmatch(text) is not None)


# An address in capitals ending on the comrade it is to, the line the address wrapped on ('TO THE ACTING HEAD OF THE
# … FOREIGN AFFAIRS' / 'DEPARTMENT COMRADE SH. PROBA').
_COMRADE_LAST = re.compile(r"\b(?:COMRADE|COMR?\.|CDE\.)\s+(?:[A-Z]{1,2}\.\s?){0,3}[A-Z][A-Z'’-]+$")
# The comrade it is to alone on the line under it, his first name too ('TO THE MINISTER OF FOREIGN AFFAIRS' / 'COMRADE
# KARLO PROBEV').
_COMRADE_ALONE = re.compile(r"(?:COMRADE|COMR?\.|CDE\.)\s+(?:[A-Z]{1,2}\.\s?){0,3}[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}")


def office_addressed(blocks: list[TextBlock], index: int) -> bool:
    """A report's addressee under its letterhead, with no salutation: an office, its department and the head's
    post and name, a short paragraph each ('Ministry of Foreign Affairs' / 'Independent Eastern Department' /
    'Head E. Examowski'), the first naming an office and the last a post with a name; `index` any of them. Not a
    record's bureau over those present ('Asia Bureau' / 'In Attendance' / 'Prime Minister Testaka')."""
    for start in range(max(0, index - _ADDRESS_LINES + 1), index + 1):
        if not start or blocks[start - 1].kind not in ("docket", "classification", "stamp", "head-lines"):
            continue
        texts = [block.text.strip() for block in blocks[start:start + _ADDRESS_LINES]]
        end = next((at for at, text in enumerate(texts) if _POSTED_NAME.fullmatch(text)), None)
        if end and start + end >= index and OFFICE.search(texts[0]) \
                and all(len(text.split()) <= 8 and not TERMINAL.search(text) and not PARTICIPANTS.match(text)
                        for text in texts[:end + 1]):
            return True
    return False


# How many paragraphs such an address holds at most; its last, a post and the name ('Head E. Examowski', 'Director
# Testov', 'Deputy Minister Cde. A. Probin').
_ADDRESS_LINES = 4
_POSTED_NAME = re.compile(rf"(?:[A-Z][a-z]+\s+)?{POST.pattern}\s+(?:(?:Cde\.|Comrade|Com\.)\s+)?"
                          r"(?:[A-Z]\.\s?){0,3}[A-Z][\w'’?-]+")      # (a letter the scan lost: 'E. S?ucza?ski')


def _address_gap(text: str) -> bool:
    """A block that may stand between a letter's inside address and its salutation: its date and
    reference ('Probegrad, 3rd March 1985' / 'Ref. No. 85/12'), or what it is on ('Re: …')."""
    lines = block_lines(text)
    return referenced_date(lines) or len(lines) == 1 and SUBJECT_LINE.match(lines[0]) is not None


# An English letter's salutation: 'Dear Mr. President:', 'My dear General Testfield:', 'Dear comrade Probin!', in
# capitals too ('DEAR MR. PRIME MINISTER,').
DEAR_SALUTATION = re.compile(r"(?:My\s+)?[Dd]ear\s+\S[^!?]{0,60}[:,!]\s*$|(?:MY\s+)?DEAR\s+[^a-z!?]{1,60}[:,!]\s*$")


def salutation_alone(text: str) -> bool:
    """A letter's salutation alone on its line, the words of address and the comma, colon or '!' after them
    ('EXCELLENCY,', 'Your Excellency:', 'Sir,', 'Dear Mr. President:'); never a titled name alone ('Comrade
    Testov:'), which may be a speaker's label."""
    return _EXCELLENCY_ALONE.fullmatch(text) is not None or DEAR_SALUTATION.fullmatch(text) is not None


def saluted(text: str) -> bool:
    """Whether a block (its run's text) is a letter's salutation, its words of respect perhaps on a line over the name,
    or two salutations a line each, as a Vietnamese letter greets two leaders ('Respected and beloved Chairman …,' /
    'Dear Comrade …,')."""
    lines = block_lines(text)
    return SALUTATION.fullmatch(text.replace(BREAK, " ").strip()) is not None or len(lines) == 2 and all(
        SALUTATION.fullmatch(line) or DEAR_SALUTATION.fullmatch(line) for line in lines)


# A diplomatic letter's salutation by the title alone, in capitals too: 'Excellency,', 'YOUR EXCELLENCY:', 'Sir,'.
_EXCELLENCY_ALONE = re.compile(r"(?:(?:Your|YOUR)\s+)?(?:Excellency|EXCELLENCY)\s*[,:!]|(?:(?:Dear|DEAR)\s+)?(?:Sir|SIR)\s*[,:]")


# A printed collection's numbered heading ('41. Letter From …'), never a line of an address.
_PRINTED_HEADING = re.compile(r"\d{1,4}\.\s+[A-Z]")


# A telegram's cipher number under its address ('1304/sh.', '215/ш').
_CIPHER_NUMBER = re.compile(r"\d{1,5}/[a-zа-я]{1,3}\.?")


def telegram_address(text: str) -> bool:
    """A telegram's address as one block: the place in capitals, the addressee's post, perhaps the
    cipher number ('PYONGYANG' / 'SOVIET AMBASSADOR' / '1304/sh.'); or in one line, the place in capitals and
    whom it is for ('BELGRAD, KISELEV for Marshal TITO', 'MOSCOW, VKP(b) CC, to Cdes. MOLOTOV, BERIA', 'PEKING, TO THE
    SOVIET AMBASSADOR')."""
    lines = block_lines(text)
    if len(lines) == 1 and len(text.split()) <= 24 and PLACE_ADDRESSED.fullmatch(lines[0]) and not is_dateline(lines[0]):
        return True
    return 2 <= len(lines) <= 3 and lines[0].isupper() and len(lines[0].split()) <= 2 and not KIND_HEADING.fullmatch(lines[0]) \
        and post_line(lines[1]) and len(lines[1].split()) <= 8 \
        and all(REGISTRATION.fullmatch(line) or _CIPHER_NUMBER.fullmatch(line) for line in lines[2:])


def address_line(text: str, under_address: bool = False) -> bool:
    """A line of a letter's address: an office, a post, a titled name, a city spaced out ('B e r l i n'; under
    the address's lines however long, 'S a m p l e s t a d t', where over them it may be the kind, 'V e r m e r k'),
    or the salutation ending in '!' ('Dear Comrade Testmann!'); short, no sentence; whom a copy goes to
    ('Copy: People's Commissar of …', 'Copies: to TESTOV and PROBIN, …')."""
    if ADDRESSEE.match(text) and len(text.split()) <= 6 or _COPY_TO.match(text) and len(text.split()) <= 24:
        return True
    return len(text.split()) <= 6 and not TERMINAL.search(text) and bool(
        OFFICE.search(text) or POST.search(text) or NAMED.fullmatch(text) or SPACED.fullmatch(text)) \
        or under_address and SPACED.fullmatch(text) is not None


_COPY_TO = re.compile(r"Cop(?:y|ies)(?:\s+to)?\s*:\s*(?:to\s+)?(?=[A-Z])")


def address_goes_on(text: str) -> bool:
    """The address going on under its first line, one block of short lines headed by the addressee's name
    ('Generalissimo A. B. Testov' / 'the Chairman of the Made-up Council' / 'of the Probe Republic'): no sentence."""
    lines = block_lines(text)
    return 2 <= len(lines) <= 6 and _NAME_LINE.fullmatch(lines[0]) is not None \
        and all(0 < len(line.split()) <= 8 and not TERMINAL.search(line) for line in lines)


# A name, perhaps after a rank or title and with initials: 'Generalissimo A. B. Testov', 'Marshal Probin'.
_NAME_LINE = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){0,3}(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+")


def offices_addressed(blocks: list) -> None:
    """Make the addressee's the heading that names an office right over a cable's 'To …' line, under its lines of
    sending and receipt ('Received in Probegrad on …' / 'Ministry of Probe Affairs of the USSR' / 'To Comrade
    PROBOV'): the office the cable goes to, first read as the record's heading for want of anything else."""
    routed = False
    for index, block in enumerate(blocks[:-1]):
        if block.kind in ("transmitted", "sender", "opener-lines"):
            routed = True
        elif routed and block.kind == "head" and blocks[index + 1].kind == "addressee" \
                and blocks[index + 1].text.strip().startswith("To ") and OFFICE.match(block.text.strip()) \
                and len(block.text.split()) <= 12 and not TERMINAL.search(block.text.strip()):
            block.kind = "addressee"
        elif block.kind not in ("minute", "stamp", "docket", "status", "dateline", "head", "addressee", "copies", "copy"):
            return
