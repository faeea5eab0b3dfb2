"""The blocks of a record's text (paragraphs the export split, joined) and what kind each is: heading,
addressee, meeting details, participants, turn, stage direction, closer, ..."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from .brackets import SIGNATURE as SIGNED_BRACKET, stamp_block
from .ends import Ends
from .inline import BREAK, Run
from .labels import Label, recognise
from .languages import SCRIPT_CHARS
from .page_breaks import Unit
from .spans import Span
from .written_dates import DATE_PLACE, DATELINE, ENTRY, PLACE_DATE

MD_HEADING = re.compile(r"#{1,6}\s+")
SETTING = re.compile(r"(?P<label>Date and Time|Time|Date|Location|Place|DATE AND TIME|TIME|DATE|LOCATION|PLACE|"
                     r"Время|Место)\s*:\s*")
PARTICIPANTS = re.compile(r"(?P<label>Participants|Present|Attending|PARTICIPANTS|PRESENT|При участии|Присутствовали|In Attendance|"
                          r"Attending Personnel|Those Taking Part|Attended by|Persons? attending the meeting|"
                          r"(?:Chinese|Korean|\[North\] Korean|Soviet|Foreign) [Pp]ersonnel|Foreign guests|"
                          r"Accompanying persons|Our side|From (?:China|Korea|the USSR|the Soviet Union|the DPRK|\[North\] Korea)|"
                          r"[A-Z][a-z]+ (?:side|delegation)|The [A-Z][a-z]+ delegation|[А-Я][а-я]+ (?:делегация|сторона))"
                          r"\s*:\s*")
# A group of participants headed by a line of its own under the list's heading ('From Seoul', 'USSR' / names).
GROUP_LINE = re.compile(rf"(?P<label>(?:From\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}})\s*{BREAK}")
# Who interpreted or kept the record, in a record's header: a paragraph, never a turn nor a heading.
STAFF = re.compile(r"(?:Interpreters?|Translators?|Recorders?|Recording officials?|Note-takers?|Documentation|"
                   r"Переводчики?|Записывающий)\s*:", re.I)
# A request a reader wrote at the top of a cable, above its addressee ('Please have the Press Department …').
INSTRUCTION = re.compile(r"(?:Please|Kindly)\s")
# A letterhead's registration number alone on its line ('Nº 412', 'No. 104/nf').
REGISTRATION = re.compile(r"(?:No\.|N[º°]|№)\s*\d+[\w./?-]*")
# Two columns of a letterhead or docket on one line: a run of three spaces or a tab between words.
COLUMNS = re.compile(r"\S(?: {3,}|\t+ *)\S")
STATUS = re.compile(r"\((?:not yet proof[- ]?read|draft translation|unedited|(?:(?:the\s+)?[A-Z][\w ]{0,30}?\s+)?"
                    r"(?:has\s+)?(?:yet to|not yet)\s+(?:be(?:en)?\s+)?review(?:ed)?(?:\s+and\s+approve[d]?)?"
                    r"(?:\s+by\s+[^()]{1,40})?|not reviewed by\s+[^()]{1,40})\)", re.I)
SECTION = re.compile(r"\W*(?:from (?:a|the) conversation|из беседы)\b", re.I)
CLOSING = re.compile(r"(?:The|This) (?:meeting|conversation|session|talk) (?:is |has |has been )?"
                     r"(?:ended|closed|concluded|lasted|was)"
                     r"|(?:Заседание|Беседа) (?:закончилось|закрыто|окончена|продолжалась)")
# A paragraph opening with a comrade doing something in the present ('Cde. Khrushchev puts the proposal
# to a vote.', 'тов. Хрущев ставит …'): in a record whose speakers' words follow their label on lines
# of their own ('Cde. Malenkov speaks:'), the record's own narration again, which ends the turn.
NARRATION = re.compile(r"(?:Cde\.|Com\.|Comrade)\s*(?:[A-Z][\w'’-]*\s+){1,4}(?:is|has|[a-z]+s)\b"
                       r"|[Тт]ов\.\s*(?:[А-ЯЁ][\w-]*\s+){1,3}[а-яё]+[ие]т\b")
SIGNATURE = re.compile(r"\[(?:handwritten|hand-written)[^\]]*:\s*signed\]|(?:п/п|h/и|п/и|h/n|n/n)\s|signed\b",
                       re.I)
# A signature line ending a document: at most this many words with its '[signature]' bracket.
SIGNATURE_WORDS = 8
RECORDED = re.compile(r"(?:Recorded by|Record made by|Записал|Записали|Составил)\b", re.I)
# Where a telegram or report was sent, under it: 'Sent to: Cdes. …', 'Distribution: …', 'Разослано: …'.
SENT_TO = re.compile(r"(?:Sent to|Distributed to|Distribution|Copies to|Разослано|Разослать)\s*:", re.I)
COPIES = re.compile(r"\bcop(?:y|ies)\b.*\b(?:printed|made|typed)\b|\bотп\.|\bэкз\.|\btyped by\b|\bпеч\.", re.I)
# Under a copy note, where each copy went: '1 - Cde. A. B. Ivanov', '2nd - to file', '3 - в дело'.
DISTRIBUTION = re.compile(r"\d{1,2}(?:st|nd|rd|th|-?[йяе])?\s*[-–—]\s*\S.{0,80}")
# A docket's copy note at the top of a report, over the list of where the copies went ('Produced in 6
# copies for:' / '- Comrade Testai' …).
COPIES_FOR = re.compile(r"(?:Produced|Made|Printed|Typed|Prepared)\s+in\s+\d{1,2}\s+cop(?:y|ies)(?:\s+for)?\s*:?", re.I)
COPY_ITEM = re.compile(r"[-–—•]\s+\S.{0,80}|\d{1,2}\s*[-–—.]\s+\S.{0,80}")
# The number and date a record was sent under, its last line: 'Nº 212 - 14 March 1961', '№ 212'.
REGISTRATION = re.compile(rf"(?:N[º°o]\.?|№)\s*\d[\w./-]*(?:\s*[-–—,]\s*(?:{DATELINE.pattern}))?\.?")
# The signer's name as typed under the signature: '/V. TESTOV/', '(V. TESTOV)', 'V. Testov' alone; a
# cipher clerk's letter-spaced name ('T E S T O V'); a telegram's date and name ('28.III.50 Testov').
TYPED_NAME = re.compile(r"[/(]?\s*(?:[A-ZА-Я]\.\s*){1,2}[A-ZА-Я][A-ZА-Яa-zа-я'-]+\s*[/)]?|(?:[A-ZА-Я] ){2,}[A-ZА-Я]|"
                        r"\d{1,2}[./]\s*(?:[IVX]{1,4}|\d{1,2})[./-]\s*\d{2,4}\.?\s+[A-ZА-Я][\w'-]+")
# An office that signs a cable or report ('[Chinese] Embassy in [North] Korea', 'Посольство СССР в КНДР').
OFFICE = re.compile(r"\b(?:Embassy|Consulate|Legation|Mission|Ministry|Department|Committee|Bureau|Delegation|"
                    r"Secretariat|Commission|Посольство|Министерство|Отдел|Комитет)\b")
# A signer's post ('Deputy Head of Department', 'Ambassador'), the last line of a signature block.
POST = re.compile(r"\b(?:Ambassador|Premier|President|Minister|(?:Under-)?Secretary|Charg[ée]|Counsell?or|Consul|"
                  r"Attach[ée]|Director|Head|Chief|Chairman|Deputy|Envoy|Advis[eo]r|Посол|Министр|Секретарь|"
                  r"Советник|Заведующий|Начальник)\b")
# Under whose authority a signer signs, above the name: 'By order of the Minister', 'For the Ambassador'.
MANDATE = re.compile(r"(?:By order of|On behalf of|For)\s+the\s+\w+(?:\s+\w+){0,3}|По поручению\s+\w+(?:\s+\w+){0,2}")
# The greeting a letter closes with: 'With communist greetings,', 'Respectfully,', 'С коммунистическим приветом'.
SALUTE = re.compile(r"(?:With\s+(?:\w+\s+){0,2}(?:greetings|regards|respect)|Respectfully(?:\s+yours)?|Sincerely(?:\s+yours)?|"
                    r"Yours\s+(?:sincerely|faithfully|truly)|С\s+(?:\w+\s+)?привет(?:ом)?)[,.!]?", re.I)
# An omission the translator marks ('[…]', '[...]'): text left out, not a closing line.
OMISSION = re.compile(r"\[\s*(?:…|\.{3})\s*\]")
ADDRESSEE = re.compile(r"\[[Tt]o(?: the)?\]|To\b|<u>|Dear\b|Уважаемый\b|Дорогой\b")
# A heading's second line: 'with the deputy chairman of …', 'of Soviet Ambassador … for the period'.
HEADING_GOES_ON = re.compile(r"(?:of|with|for|from|on|about|between|с|со|о|об|по|между)\s")
# A word spaced out letter by letter, as a letter's address prints its city ('B e r l i n').
SPACED = re.compile(r"(?:[A-ZА-Я] )(?:[a-zа-яA-ZА-Я] )+[a-zа-яA-ZА-Я]")
# One name in capitals, a telegram's signature ('PROBIN'); _code_name keeps acronyms out.
CODE_NAME = re.compile(r"(?=[A-ZА-ЯЁ'’-]*[AEIOUYАЕЁИОУЫЭЮЯ])[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]{3,}")
# A titled name alone: 'Comrade Petar Stoilov', 'Cde. Kim'.
NAMED = re.compile(r"(?:Comrade|Cde\.|Com\.|Mr\.|Mrs\.|Dr\.)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
# An extract's distribution at its head: 'To Comrades Testov, Probin - everything; Mintov - point 2.'
TO_COMRADES = re.compile(r"To\s+(?:Comrades?|Cdes?\.)\s")
# A telegram's or memorandum's header lines at its top: 'To: the Ministry …', 'From: the Embassy in …',
# 'Date: May 9th, 1977' (a date line only in such a header: elsewhere 'Date:' is a meeting's).
MEMO_TO = re.compile(r"To\s*:\s*\S")
MEMO_FROM = re.compile(r"(?:From|City)\s*:\s*\S")
MEMO_DATE = re.compile(r"Date\s*:\s*\S")
# Where a telegram comes from, above its text: 'From Pyongyang.', 'FROM: PYONGYANG', 'Из Пекина'.
SENDER = re.compile(r"(?:From|FROM|Из|ИЗ)\s*:?\s+[A-ZА-Я][\w'-]*(?:\.?\s+[A-ZА-Я][\w'-]*){0,3}\.?")
# A heading that is the kind of document alone: 'Ciphered Telegram.', 'Telegram No. 215', 'Шифртелеграмма'.
KIND_HEADING = re.compile(r"(?:(?:Ciphered|Cipher|Coded|Outgoing|Incoming)\s+)?(?:Telegram|Cable)"
                          r"(?:\s*(?:#|No\.|Nº|№)\s*[\w/-]+)?\.?|Шифртелеграмма\.?|Телеграмма\.?", re.I)
# A document's own title under its docket: 'The Journal of the Ambassador … for the period …', 'Record of
# a Conversation with …', 'Memorandum on …' (no sentence's end).
DOC_TITLE = re.compile(r"(?:The\s+|An?\s+)?(?:Journal|Diary|Record|Memorandum|Minutes|Report|Transcript|Protocol|Note|"
                       r"Information|Excerpt|Extract)\s+(?:of|on|about|from)\s")
# A place alone under the title, where the document was written ('Pyongyang'): one capitalised word that
# names no kind of document.
PLACE = re.compile(r"(?!(?:Record|Memorandum|Minutes|Report|Note|Telegram|Information|Summary|Subject|Contents|"
                   r"Translation|Original|Appendix|Attachment|Draft|Excerpt|Conversation)\b)[A-ZА-ЯЁ][a-zа-яё]{2,}")
# A sentence's end, closing quotes and brackets, marks, and note marks after it ('… newspaper.[2]').
TERMINAL = re.compile(r"[.!?…:;]['\"”’»)\]]*(?:~~|</sup>|</u>)?(?:\[\d{1,3}\]|<sup>\[\d+\]</sup>|\[\\\[\d+\\\]\]\(#\))*\s*$")
STAGE = re.compile(r"\((?P<inner>[^()]*)\)\.?")
NOTE_LABEL = re.compile(r"\[\\\[(\d+)\\\]\]\(#\)\s*")


@dataclass
class BodyBlock:
    """A logical paragraph: one or more source paragraphs joined, with breaks between them.

    While paragraphs are being joined, `joins` holds each further one with the break before it;
    `merge` then makes `run` the run of them all, once.
    """

    run: Run
    spans: list[Span]
    kind: str = "p"
    label: Label | None = None
    ends: Ends | None = None
    joins: list[tuple[list[etree._Element], Run]] = field(default_factory=list)

    def merge(self) -> None:
        """Make `run` the run of the block's paragraphs and breaks (each piece copied once)."""
        if not self.joins:
            return
        texts, run = [self.run.text], Run("", list(self.run.starts), list(self.run.sources), list(self.run.breaks))
        length = len(self.run.text)
        for elements, part in self.joins:
            run.breaks.append(elements)
            run.starts.append(length)
            run.sources.append(-1)
            length += 1
            run.starts += [start + length for start in part.starts]
            run.sources += part.sources
            run.breaks += part.breaks
            texts += [BREAK, part.text]
            length += len(part.text)
        run.text = "".join(texts)
        self.run, self.joins = run, []

    @property
    def text(self) -> str:
        return self.run.text.replace(BREAK, " ")

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


def classify(items: list[BodyBlock | Unit], script: str, original: bool) -> None:
    """Set the kind of each block (and the label of each turn), from what it says and where it stands."""
    blocks = [item for item in items if isinstance(item, BodyBlock)]
    letters = re.compile(SCRIPT_CHARS.get(script, "[A-Za-z]"))
    _closers(blocks, letters if original else None)
    labels = _turn_labels(blocks, script)
    # `top`: nothing but heading material yet; `early`: top, or in a dialogue before its first turn
    # (a record's docket may end the top before its meeting details: 'Printed and Distributed …').
    top, in_turns, first_turn, words_below = True, False, min(labels, default=-1), False
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind.startswith("closer"):
            continue
        early = top or index < first_turn
        if label := labels.get(index):
            block.kind, block.label, top, in_turns = "turn", label, False, True
            words_below = not label.rest.text.strip()
        elif top and INSTRUCTION.match(text) and index + 1 < len(blocks) \
                and ADDRESSEE.match(blocks[index + 1].text.strip()) and len(blocks[index + 1].text.split()) <= 8:
            block.kind = "minute"      # a reader's request written above the addressee ('Please have … study this.')
        elif stamp_block(text):
            block.kind = "stamp"       # a stamp alone ('Stamp:' / '[CC 00417 …]'): forme work, the top goes on
        elif top and (COLUMNS.search(block.run.text) and len(text.split()) <= 25 and not labels
                      or REGISTRATION.fullmatch(text)):
            block.kind = "docket"      # a letterhead's lines in columns ('Distributed at …      SECRET'), its number
        elif top and (MD_HEADING.match(text) or KIND_HEADING.fullmatch(text) and not _headed(blocks, index)
                      or DOC_TITLE.match(text) and not TERMINAL.search(text) and len(text.split()) <= 40):
            block.kind = "head"
        elif top and not TERMINAL.search(text) and index and (
                HEADING_GOES_ON.match(text) and blocks[index - 1].kind == "head"
                or _capitals_heading(text) and blocks[index - 1].kind in ("head", "dateline", "stamp", "docket")):
            block.kind = "head"     # a heading's next line, or a heading in capitals under it or its letterhead
        elif top and (SENDER.fullmatch(text) or MEMO_FROM.match(text) and len(text.split()) <= 20):
            block.kind = "sender"
        elif top and (ADDRESSEE.match(text) and len(text.split()) <= 6
                      or (MEMO_TO.match(text) or TO_COMRADES.match(text)) and len(text.split()) <= 20):
            block.kind = "addressee"
        elif top and text.endswith(",") and NAMED.fullmatch(text[:-1]) and index and blocks[index - 1].kind != "head":
            block.kind = "addressee"     # the salutation under the header lines ('Comrade Ambassador,')
        elif top and index and blocks[index - 1].kind in ("dateline", "addressee") and _address_line(text):
            block.kind = "addressee"     # a letter's address under its date ('Ministry for Foreign Affairs' / 'B e r l i n')
        elif top and index and blocks[index - 1].kind in ("addressee", "sender") and len(text.split()) <= 6 \
                and (POST.search(text) or NAMED.fullmatch(text)) and not TERMINAL.search(text):
            block.kind = blocks[index - 1].kind   # the post or name under an address or a sender ('Deputy Foreign Minister')
        elif top and MEMO_DATE.match(text) and index and blocks[index - 1].kind in ("addressee", "sender"):
            block.kind = "dateline"
        elif COPIES_FOR.fullmatch(text) and index + 1 < len(blocks) and COPY_ITEM.fullmatch(blocks[index + 1].text.strip()):
            block.kind = "copies"
        elif index and blocks[index - 1].kind in ("copies", "copy") and COPY_ITEM.fullmatch(text):
            block.kind = "copy"
        elif early and STATUS.fullmatch(text):
            block.kind = "status"
        elif top and PLACE.fullmatch(text) and index and blocks[index - 1].kind == "head":
            block.kind = "sender"        # the place it was written, alone under its title
        elif top and (DATELINE.fullmatch(text) or PLACE_DATE.fullmatch(text) or DATE_PLACE.fullmatch(text)):
            block.kind = "dateline"
        elif early and SETTING.match(text):
            block.kind = "setting"
        elif early and (PARTICIPANTS.match(text) or index and blocks[index - 1].kind == "participants"
                        and GROUP_LINE.match(block.run.text)):
            block.kind = "participants"
        elif early and index and blocks[index - 1].kind in ("participants", "participant") and _participant_line(text):
            block.kind = "participant"   # a memorandum's participants a line each under 'PARTICIPANTS: …'
        elif SECTION.match(text) and len(text.split()) <= 8:
            block.kind, in_turns = "stage-setting", False
        elif STAGE.fullmatch(text) and _balanced(text):
            block.kind = "stage-setting" if top else "stage"
            in_turns = False
        elif in_turns and (CLOSING.match(text) or words_below and NARRATION.match(text)):
            block.kind, in_turns = "narrative", False
        elif original and not letters.search(text):
            block.kind = "ocr-noise"
        elif early and STAFF.match(text):
            block.kind = "staff"
        elif top and not TERMINAL.search(text) and len(text.split()) <= 30 and not in_turns \
                and not _headed(blocks, index):
            block.kind = "head"
        elif in_turns:
            block.kind = "turn-continued"
        else:
            block.kind, top = "entry" if ENTRY.match(text) else "narrative", False


def _turn_labels(blocks: list[BodyBlock], script: str) -> dict[int, Label]:
    """Which blocks start a turn.

    A label with a title, a speech verb or an alias is a turn. A bare 'Name:' is one when the
    name is among the participants or labels another turn too, or when the document is plainly
    a dialogue (two turns or more already): rather a turn whose speaker is reported unresolved
    than its words silently given to the previous speaker.
    """
    found = {}
    for index, block in enumerate(blocks):
        if block.kind != "p":
            continue
        label = recognise(Span(block.run.text, 0), script)
        if label is not None and not SETTING.match(block.text) and not PARTICIPANTS.match(block.text):
            found[index] = label
    found = {index: label for index, label in found.items() if not _listed(index, found, blocks)
             and not _addressed(index, label, blocks)}
    if len(found) == 1 and next(iter(found.values())).style == "alone":   # a letter's 'Comrade Petrov'
        return {}
    if not any(label.style == "capitals" for label in found.values()):   # a telegram's 'KIM stated that …'
        found = {index: label for index, label in found.items() if label.style != "reported"}
    untitled = Counter(label.name for label in found.values() if label.titles == 0)
    context = " ".join(b.text for index, b in enumerate(blocks) if PARTICIPANTS.match(b.text) or "present" in b.text.lower()
                       or _listed_under(index, blocks))
    aliases = {label.alias for label in found.values() if label.alias}
    sure = {index: label for index, label in found.items()
            if label.titles or label.verb or label.alias or label.name in aliases
            or untitled[label.name] >= 2 or label.name in context}
    return found if len(sure) >= 2 else sure


def _listed_under(index: int, blocks: list[BodyBlock]) -> bool:
    """True for a group of names a line each under a participants heading standing alone ('Participants:'
    / 'USSR' / 'Minister Testov' …): whom the record's turns may name."""
    heading = next((b for b in reversed(blocks[max(0, index - 4):index]) if not GROUP_LINE.match(b.run.text)), None)
    return bool(GROUP_LINE.match(blocks[index].run.text)) and heading is not None \
        and PARTICIPANTS.fullmatch(heading.text.strip()) is not None


def _listed(index: int, found: dict[int, Label], blocks: list[BodyBlock]) -> bool:
    """True for a name alone on its line ('Comrade Petrov') that is an item of a list of names, not a
    turn: the next block is another such name, or there is none to be its words."""
    if found[index].style != "alone" and found[index].rest.text.strip():
        return False
    following = found.get(index + 1)
    alone = found[index].style == "alone"
    return index + 1 >= len(blocks) or (alone and following is not None and following.style == "alone")


def _addressed(index: int, label: Label, blocks: list[BodyBlock]) -> bool:
    """True for a name alone under a letter's address line ('To: The Ambassador …' / 'Comrade Stoilov'):
    the addressee's name, not a speaker."""
    return label.style == "alone" and index > 0 and bool(ADDRESSEE.match(blocks[index - 1].text.strip()))


def _headed(blocks: list[BodyBlock], index: int) -> bool:
    """Whether a heading, meeting details or staff stand before the block (it is no heading then)."""
    return any(b.kind in ("head", "setting", "participants", "staff") for b in blocks[:index])


def _participant_line(text: str) -> bool:
    """A participant alone on a line, perhaps with a post ('Wang Probing, Assistant Minister of Foreign
    Affairs', 'President Richard Testman'): short, no sentence and no label, its first two words
    capitalised."""
    words = text.split()
    return 2 <= len(words) <= 14 and ":" not in text and not TERMINAL.search(text) \
        and all(word[:1].isupper() for word in words[:2]) and not any(char.isdigit() for char in text)


def _address_line(text: str) -> bool:
    """A line of a letter's address: an office, a post, a titled name, a city spaced out ('B e r l i n'),
    or the salutation ending in '!' ('Dear Comrade Testmann!'); short, no sentence."""
    if ADDRESSEE.match(text) and len(text.split()) <= 6:
        return True
    return len(text.split()) <= 6 and not TERMINAL.search(text) and bool(
        OFFICE.search(text) or POST.search(text) or NAMED.fullmatch(text) or SPACED.fullmatch(text))


def _capitals_heading(text: str) -> bool:
    """A line of a heading set in capitals ('RECORD OF THE POINTS DISCUSSED BETWEEN'): four words or
    more, no colon (not 'FROM: PYONGYANG')."""
    return text.isupper() and ":" not in text and len(text.split()) >= 4


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0 and text.startswith("(") and text.rstrip(". ").endswith(")") and \
        text.find(")") >= len(text.rstrip(". ")) - 1


def _signature_line(text: str) -> bool:
    """A short line holding a signature bracket and a name ('A. Gromyko [signature]'): a signature."""
    return bool(SIGNED_BRACKET.search(text)) and len(text.split()) <= SIGNATURE_WORDS


def _closers(blocks: list[BodyBlock], letters: re.Pattern[str] | None) -> None:
    """Mark the blocks that close the text, from its end up to the first that does not: signatures
    and the lines of a signature block (`_signer`), dates (with the place), records, copy notes with
    the list of where the copies went (a numbered list is a closer only under a copy note),
    registration lines."""
    listed: list[BodyBlock] = []   # distribution items, until a copy note above them confirms them
    for index in range(len(blocks) - 1, -1, -1):
        block, text = blocks[index], blocks[index].text.strip()
        kind = _closer_kind(text, letters) or _signer(text, blocks[index + 1].kind if index + 1 < len(blocks) else None)
        if kind is None and DISTRIBUTION.fullmatch(text):
            listed.append(block)
            continue
        if kind is None or listed and not COPIES.search(text):
            return
        for item in listed:
            item.kind = "closer"
        listed, block.kind = [], kind


def _signer(text: str, below: str | None) -> str | None:
    """'closer-signed' for a line of a signature block, read with the kind of the block below it (None:
    the text's last block): the signer's post, last or in capitals above a signature ('USSR AMBASSADOR
    IN THE DPRK'); the sending office above a closing line; the signer's name above a post; under
    whose authority, above a name; a name alone, last or above a closing line ('Testu Bogdanescu')."""
    if below == "closer-signed" and text.endswith(":") and POST.search(text) and len(text.split()) <= 6:
        return "closer-signed"       # the signer's post above the signature ('First Secretary:')
    short = len(text.split()) <= SIGNATURE_WORDS and not TERMINAL.search(text) and not any(c.isdigit() for c in text)
    if not short:
        return None
    if (below is None or below.startswith("closer")) and POST.search(text) and len(text.split()) <= 6 \
            and text[:1].isupper():
        return "closer-signed"
    if below == "closer-signed" and (text.isupper() and len(text.split()) >= 2 or MANDATE.fullmatch(text)):
        return "closer-signed"
    if (below is None or below.startswith("closer")) and (_name(text) or _code_name(text)):
        return "closer-signed"
    return "closer-signed" if below and below.startswith("closer") and OFFICE.search(text) else None


def _code_name(text: str) -> bool:
    """A telegram's signature, one name in capitals ('FILIPPOV', 'ФИЛИППОВ'): four letters or more with a
    vowel among them (not an acronym such as 'USSR'), no stop word."""
    return bool(CODE_NAME.fullmatch(text)) and text not in ("STOP", "TASS", "END", "ENDS")


def _name(text: str) -> bool:
    """A person's name alone on its line: two to four capitalised words or initials ('Test Officer')."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) and not POST.search(text) \
        and not OFFICE.search(text)


def closing_line(text: str) -> bool:
    """Whether a line reads as a closer by itself (a signature, typed name, date, record or copy
    note, registration, greeting, bracketed remark): a web capture's last paragraph that is one is
    the end of the text, not the page's summary."""
    return _closer_kind(text.strip(), None) is not None


def _closer_kind(text: str, letters: re.Pattern[str] | None) -> str | None:
    """The kind of closer a final block's text is ('closer-signed', …), or None when it is not one."""
    if SIGNATURE.match(text) or _signature_line(text) or TYPED_NAME.fullmatch(text):
        return "closer-signed"
    if RECORDED.match(text) or COPIES.search(text) or REGISTRATION.fullmatch(text) or SENT_TO.match(text):
        return "closer"
    if SALUTE.fullmatch(text):
        return "closer-salute"
    if DATELINE.fullmatch(text) or PLACE_DATE.fullmatch(text) or DATE_PLACE.fullmatch(text):
        return "closer-dateline"
    if text.startswith("[") and text.endswith("]") and not OMISSION.fullmatch(text):
        return "closer"
    if letters is not None and not letters.search(text) and any(char.isalpha() for char in text):
        return "closer-noise"
    return None
