"""Joining what the export split: paragraphs cut across a page, inside a bracket or mid-sentence are
joined into one block, the page breaks between them kept inside it."""

from __future__ import annotations

import re

from ..tei import E, q
from . import Conversion
from .addresses import DEAR_SALUTATION
from .body_blocks import BodyBlock
from .block_patterns import (COPIES_HEADING, DISTRIBUTION_LIST, KIND_WORD, MD_HEADING, NOTE_LABEL, READ_MARK,
                             REGISTRATION, RESPECT_WORDS, STAGE, TERMINAL)
from .brackets import stamped
from .ends import BRACKET_REACH, Ends, brackets_close
from .inline import lines_run
from .hands import hand_label
from .labels import UNSURE, recognise
from .md_blocks import TABLE_ROW
from .meeting_patterns import PARTICIPANTS, SETTING, STAFF_LABEL
from .page_breaks import Unit
from .participant_lines import dashed_post
from .routing import TRANSMITTED
from .spans import Span
from .written_dates import DATELINE, PLACE_DATE

SETTING_VALUE_WORDS = 20   # how long a meeting detail's value may be, below its label alone
# An address line, which begins a block of its own ('To Comrades Testov, …', 'To: the Ministry …').
ADDRESS = re.compile(r"To\s*:?\s+(?:Comrades?|Cdes?\.|the|Ambassador|Minister|Chairman|Premier)\b")


def join_paragraphs(conv: Conversion, units: list[Unit], script: str) -> list[BodyBlock | Unit]:
    """Paragraphs joined across breaks; page units stay between blocks unless a paragraph spans them."""
    items: list[BodyBlock | Unit] = []
    for index, unit in enumerate(units):
        if unit.is_page:
            items.append(unit)
            continue
        previous, pages = _last_block(items)
        classified = any(e.get("type") == "classification" for page in pages for e in page.elements)
        if previous is not None and not classified and _continues(previous, unit.span, script, units, index):
            if pages:          # the page units after the block are the last items
                del items[-len(pages):]
            elements = [e for page in pages for e in page.elements] or [E.lb({"type": "split"})]
            if elements[-1].tag == q("note"):     # a marker's words ('[Page 754]') end a word; forme work does not
                elements[-1].tail = (elements[-1].tail or "") + " "
            run = lines_run(conv, unit.span)
            previous.joins.append((elements, run))
            previous.ends.join(run)
            previous.spans.append(unit.span)
            continue
        run = lines_run(conv, unit.span)
        items.append(BodyBlock(run, [unit.span], ends=Ends.of(run)))
    for item in items:
        if isinstance(item, BodyBlock):
            item.merge()
    return items


def _continues(block: BodyBlock, span: Span, script: str, units: list[Unit], index: int) -> bool:
    """True when `span` (units[index]) continues `block`: a bracket closed further on, or a
    sentence cut by a break."""
    ends = block.ends
    first, last, whole = ends.head.lstrip(), ends.tail.rstrip(), ends.stripped()
    ending = last[-_ENDING:]       # (what the patterns of a line's end look at: they need no more, and a search of a
                                   # long paragraph for its end tries every character)
    text = span.text.strip()
    if ends.depth > 0:
        following = [unit.span.text for unit in units[index:index + 2 * BRACKET_REACH] if not unit.is_page]
        if brackets_close(ends.depth, following):
            return True
    if ends.depth == 1 and whole is not None and _hand_note_goes_on(whole, units, index):
        return True             # a hand's note over several lines, its signature in doubled brackets closing it
    if whole is not None and ends.words <= 4 and text.startswith("[") and stamped(whole, len(whole)):
        return True             # 'Stamp:' alone, the stamp's bracket in the next paragraph
    if whole is not None and DISTRIBUTION_LIST.match(whole) and whole.endswith(":") and _COPY_ENTRIES.fullmatch(text):
        return True             # a cipher office's list of copies under its heading ('Distribution list - 6 copies:' /
                                # 'Examin - 2, Probko - 1, …')
    if whole is not None and _SALUTE_OPENING.fullmatch(whole) and len(text.split()) <= 6 and text[:1].isupper():
        return True             # a salutation the export wrapped: 'Dear Cde.' / 'I. V. Testov', 'DEAR' / 'Iosif …'
    if MD_HEADING.match(first):
        return text[:1].islower()
    if whole is not None and _NUMBER_ALONE.fullmatch(whole) and not _NUMBER_ALONE.fullmatch(text):
        return True             # an item's number alone, its words in the next paragraph ('1.' / 'the fast pace …;')
    # a meeting's detail or staff's label alone, its value below it ('Date and Time:', 'Interpretation and Minutes:')
    if whole is not None and (SETTING.fullmatch(whole) or STAFF_LABEL.fullmatch(whole)):
        return len(text.split()) <= SETTING_VALUE_WORDS and recognise(span, script) is None and not SETTING.match(text)
    if _TITLE_CUT.search(last[-8:]) and text[:1].isupper() and len(block.spans[-1].text.split()) >= 8:
        return True             # a PDF's line cut after a name's title ('… of State: Dr.' / 'Nereu Probos, of Justice')
    alone = recognise(Span(whole if whole is not None else first, 0), script)
    if TERMINAL.search(ending) or _STOP_AND_MARK.search(ending) or _ITEM_OPENING.match(text) \
            or whole is not None and (DATELINE.fullmatch(whole) or PLACE_DATE.fullmatch(whole)
                                      or READ_MARK.fullmatch(whole)) \
            or alone is not None and alone.style == "alone" or _line_of_its_own(block, last, text) \
            or dashed_post(_last_line(block)) and dashed_post(text):
        return False            # (invited persons a line each: 'Com. K. Testak – Politburo member' / 'Com. J. Probek – …')
    label = recognise(span, script)
    if label is not None and label.style not in UNSURE or NOTE_LABEL.match(text) or MD_HEADING.match(text) \
            or STAGE.fullmatch(text) or SETTING.match(text) or PARTICIPANTS.match(text) or ADDRESS.match(text) \
            or TABLE_ROW.match(text) or DEAR_SALUTATION.match(text) or _FIELD.match(text) or COPIES_HEADING.match(text) \
            or _FIELD.match(first) and whole is not None and ends.words <= _FIELD_WORDS and not text[:1].islower() \
            or TRANSMITTED.fullmatch(text) \
            or _SUBJECT.match(first) and whole is not None and text[:1].isupper():
        return False            # (a form's field of its own, 'File No: …' / '1977. 5. 3'; a note's subject line,
                                # 'Betr.: Telefongespräch … 15.00 Uhr' / 'Der Bundeskanzler …'; a cable's receipt,
                                # 'from [SAMPLEGRAD] received at 1140 19 October 1951', under its list of copies)
    if ends.words < 4 or (first.startswith("[") and last.endswith("]")):
        return False
    if _SUBJECT_OPENING.match(first) and last.endswith(",") and not ends.prose and text[:1].isupper():
        return True             # a note's subject cut after a comma, a name going on ('On Information Provided by …,' /
                                # 'Comrade Kim …, about …')
    if first.isupper() and last.isupper():      # a heading in capitals ('… AND CDE. DAVAASUREN')
        return text[:1].islower()
    if REGISTRATION.fullmatch(_GLOSS_AFTER.sub("", text)) or DATELINE.fullmatch(text) or PLACE_DATE.fullmatch(text) \
            or text.isupper() and " " in text:
        return False            # a registration number, a date (with its place) or a heading in capitals: a line
                                # of its own
    if KIND_WORD.fullmatch(text) or KIND_WORD.fullmatch(block.spans[-1].text.strip()):
        return False            # the document's kind alone ('Note'), a heading, and the block it heads
    if PARTICIPANTS.match(first):       # a list of those present ends without a stop ('Present: …, Examova'),
        return last.endswith(",") or _names_go_on(ends, text)    # and goes on after a comma only
    if _SENTENCE_OPENING.match(text) and not _WORD_NEEDING_MORE.search(last):
        return False            # a new sentence's first word after words that need none ('… visit' / 'to Probeland on
                                # 3-9 May of this year' / 'The chief results …')
    if _WORD_NEEDING_MORE.search(last) and len(block.spans[-1].text.split()) >= 8 and text[:1].isupper():
        return True             # a PDF's line cut after a word that needs more, the next opening on a name ('… the
                                # President of the' / 'Republic, Dr. …')
    return text[:1].islower() or (ends.words >= 8 and ends.prose and len(_last_line(block).split()) >= 8) \
        or _names_go_on(ends, text)     # (a long line cut by a break: never a run of short notes, each a line)


# Who got how many copies, the entries of a distribution list ('Examin - 2, Probko - 1, 8MDGS - 1.').
_COPY_ENTRIES = re.compile(r"(?:[\w'’. ]{2,30}?\s*[-–—]\s*\d{1,2}\s*[,.;]?\s*)+")
# The capitalised word a new sentence opens on, no name's ('Further to Information no. 22, …', 'Having in mind …'),
# and a last word that needs more words after it (a sentence cut by a break may go on with a capital: '… talks
# with' / 'The Testland Ambassador …').
_SENTENCE_OPENING = re.compile(r"(?:The|A|An|In|On|At|We|I|It|This|These|Those|He|She|They|Our|His|Her|Their|There|As|"
                               r"After|During|When|Then|However|Further|Furthermore|Moreover|Having|Following|If|"
                               r"Although|Though|Since|Because|While|Despite|Regarding|Concerning|Therefore|Thus|"
                               r"Nevertheless|Meanwhile|Besides|Given|Upon)\s")
_WORD_NEEDING_MORE = re.compile(r"\b(?:of|the|a|an|and|or|but|to|with|from|for|by|in|on|at|as|that|which|who|whom|whose|"
                                r"between|about|than|was|were|is|are|be|been|has|have|had|not|said|says|told|named)$", re.I)


# A salutation's words of respect alone, a title perhaps after them, its name on the next line.
_SALUTE_OPENING = re.compile(rf"(?:(?:My|Deeply|DEEPLY)\s+)?(?:Dear|DEAR|RESPECTED|ESTEEMED|{RESPECT_WORDS})"
                             r"(?:\s+(?:Cde\.|Comrade|COMRADE|Com\.|Comr\.))?")


# How much of a block's end the patterns of its end look at: a stop and the marks after it, a date ('… 5 March 1961').
_ENDING = 120
_DATE_REACH = 60
# A name's title closing a line, its stop no sentence's end ('Dr.', 'Gen.', 'Cde.').
_TITLE_CUT = re.compile(r"(?<!\w)(?:Dr|Mr|Mrs|Gen|Col|Prof|Cde|Com|Comr|Amb|Lt|Maj|Capt)\.$")


# A form's field whose label is no speaker's (heading_words.NOT_SPEAKERS) and no other line's kind ('File No: 123', 'Title:
# Report on …', 'Приложение: на 6 листах.', a code message's lower-case 'from: …', 'date: …'), and the words a
# field's line holds at most.
_FIELD = re.compile(r"(?:File(?:\s+No)?|Title|Приложение|Справка|from|date|to)\s*:\s*\S")
_FIELD_WORDS = 12
# A note's subject set as its heading, as the GDR's notes open it ('On Information Provided by …', 'About the Talk …').
_SUBJECT_OPENING = re.compile(r"(?:On|About|Concerning|Regarding)\s+(?:(?:an?|the)\s+)?[A-Z]")
# A note's or letter's subject line, however long ('Betr.: …', 'Subject: …', 'Re: …').
_SUBJECT = re.compile(r"(?:Betr(?:eff)?\.?|Betrifft|Subject|Re|Concerning|Předmět|Tárgy|Dotyczy)\s*:\s*\S")


# A numbered or lettered item's mark alone ('1.', '2)', 'b)').
_NUMBER_ALONE = re.compile(r"\d{1,2}[.)]|[a-z]\)")
# A sentence's stop with a note's figure after it ('… for further talks.3'), and a numbered or lettered
# paragraph's opening ('5. Testov said …', 'c) to help …', '(b) the …', 'b. From …') or a line's that opens a part
# (see below): a paragraph ends before the one, none goes on into the other (an item ending on 'and' is followed by
# the next item, not continued by it; a German text's capitals do not make it go on).
_STOP_AND_MARK = re.compile(r"[.!?][\"”’)]?\d{1,2}$")
_ITEM_OPENING = re.compile(r"\d{1,3}\.\s+[A-ZА-ЯЁ]|\(?[a-zа-яё]\)\s+\S|[a-h]\.\s+[A-Z]|"
                           # (a part's Roman numeral, 'I. Zusammenfassung'; a dashed or bulleted point, '- Aufrechterhaltung …';
                           # a label and its colon, 'Betr.: …'; a word spaced out, 'V e r m e r k')
                           r"[IVX]{1,5}\.(?:\s+[A-ZÄÖÜА-ЯЁ]|\s*$)|[-–•]\s+\S|[A-ZÄÖÜ][\w.]{1,12}\.?:\s|(?:\w ){3,}\w\s*$")
# A registry's number ending a block's last line ('no. 4321-T/ov'), and a date ending it (a telegram's
# dispatch line, 'From Novograd, No. 7171. 14 hours 25 minutes. 3.III.1952').
_REGISTRY_END = re.compile(REGISTRATION.pattern, re.I)
_DATE_END = re.compile(rf"(?:{DATELINE.pattern})$")


def _last_line(block: BodyBlock) -> str:
    """The block's last line as the source has it (a paragraph of single breaks ends on its last line)."""
    return block.spans[-1].text.strip().rsplit("\n", 1)[-1].strip()


def _line_of_its_own(block: BodyBlock, last: str, text: str) -> bool:
    """True when the block ends in a line no sentence runs on from: a registry number, or a date before
    a paragraph that begins with a capital."""
    line = _last_line(block)
    return bool(_REGISTRY_END.fullmatch(line)) or text[:1].isupper() and _DATE_END.search(last[-_DATE_REACH:]) is not None


# A translator's gloss in brackets closing a line ('No. 2421/61/53/TJN [tajne—secret]'), left out when the
# line is weighed as a registration number.
_GLOSS_AFTER = re.compile(r"\s*\[[^\[\]]{1,40}\]$")
# Two names and the commas after them, where a line of a list of names begins ('Niculescu-Mizil, Gheorghe Pana, …';
# not a sentence's subject, 'TESTOV, opening the conversation …, says').
_NAME_AND_COMMA = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*){2}")


def _names_go_on(ends: Ends, text: str) -> bool:
    """True for a list of names an export wrapped at a width: the block ends inside it (two commas in
    its last words, no stop) and the next line goes on with names between commas ('Comrades Nicolae
    Testescu, Ion Probu, Paul' / 'Examovici-Mizil, Gheorghe Pana, Virgil Trofin.')."""
    return ends.words >= 8 and ends.tail.count(",") >= 2 and text.count(",") >= 2 \
        and _NAME_AND_COMMA.match(text) is not None


def _hand_note_goes_on(whole: str, units: list[Unit], index: int) -> bool:
    """True when a hand's note whose bracket the typist never closed ('[handwriting: copy to') goes on in the next
    short lines to the hand's signature, a bracket inside the note written doubled as the archive writes one
    ('send to GKAE' / '[[illegible signature]]'): the lines are the note's, the inline reading's unclosed insertion."""
    hand = hand_label(whole[1:]) if whole.startswith("[") and "]" not in whole else None
    if hand is None or not hand.group("words") or len(whole.split()) > _HAND_LINE_WORDS:
        return False
    following = [unit.span.text.strip() for unit in units[index:index + BRACKET_REACH] if not unit.is_page]
    for text in following:
        if _DOUBLED_BRACKET.fullmatch(text):
            return True
        if "[" in text or "]" in text or len(text.split()) > _HAND_LINE_WORDS or TERMINAL.search(text):
            return False
    return False


# A bracket inside a bracket, written doubled and alone on its line ('[[illegible signature]]'), and the words of a
# line of a hand's note at most.
_DOUBLED_BRACKET = re.compile(r"\[\[[^\[\]]{1,40}\]\]")
_HAND_LINE_WORDS = 8


def _last_block(items: list[BodyBlock | Unit]) -> tuple[BodyBlock | None, list[Unit]]:
    """The last block and the page units after it."""
    pages = []
    for item in reversed(items):
        if isinstance(item, Unit):
            pages.insert(0, item)
        else:
            return item, pages
    return None, pages
