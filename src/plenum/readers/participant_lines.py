"""The participants of a record set a line each, as the block kinds read them (readers/block_kinds.py):
a participant's line, the lines that may follow a participants' heading, a memorandum's heading with
its first participant beside it."""

from __future__ import annotations

import re

from .block_patterns import ITEM_HEADING, TERMINAL
from .body_blocks import TextBlock
from .inline import BREAK
from .heading_words import NOT_SPEAKERS
from .meeting_patterns import PARTICIPANTS, STAFF_LABEL


def participants_follow(block: TextBlock) -> bool:
    """Whether participants a line each may follow a block: a participant's or a side's line, or the
    participants' heading alone ('Participants:', the names under it on pages of single breaks; 'Invited to the
    meeting on 13 XII: Cdes.', its plural title alone after it)."""
    return block.kind in ("participant", "participant-group") \
        or block.kind == "participants" and open_heading(block.text)


def open_heading(text: str) -> bool:
    """Whether a paragraph is a participants heading with no names after it, or only the plural title of the names
    on the lines under it ('Invited:', 'Invited to the meeting on 13 XII 1981: Cdes.')."""
    if PARTICIPANTS.fullmatch(text := text.strip()):
        return True
    found = PARTICIPANTS.match(text)
    return found is not None and PLURAL_TITLE_ALONE.fullmatch(text, found.end()) is not None


def heading_closes(text: str) -> bool:
    """Whether a paragraph's last sentence is a participants heading and the first of the persons a line each under
    it, a name, a dash and his post ('Absent com. K. Testak. Invited: Com. M.F. Probek – Politburo member')."""
    starts = [0] + [found.end() for found in _SENTENCE_GAP.finditer(text)]
    return any((found := PARTICIPANTS.match(text, start)) and dashed_post(text[found.end():]) for start in starts)


# Where a paragraph's next sentence starts, after a stop.
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# The plural title of the names under a heading, alone after it ('Cdes.', 'comrades').
PLURAL_TITLE_ALONE = re.compile(r"(?:[Cc]des|[Cc]omrs|[Cc]omrades)\.?")


def side_named(text: str) -> bool:
    """A side named by its country before its people, a colon between ('Testland: Shri R. K. Samplan, PM; Shri
    M. L. Examdas, Foreign Secretary'): one to three capitalised words, then persons with their posts, no sentence;
    never a field of who interpreted or kept the record ('Interpreter: Jang Tester')."""
    found = COUNTRY_SIDE.match(text.strip())
    rest = text.strip()[found.end():] if found else ""
    return found is not None and not NOT_SPEAKERS.fullmatch(found.group("label")[:-1]) \
        and not STAFF_LABEL.match(text.strip()) and (persons_listed(rest) or participant_line(rest))


# A side's country and its colon, at a line's start ('Testland:', 'Soviet Union:').
COUNTRY_SIDE = re.compile(r"(?P<label>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}:)[ \t]*")


def dashed_post(text: str) -> bool:
    """A participant's line giving his initials and surname, perhaps after his title, a dash and his post, no sentence
    ('Com. K. Testak – Politburo member, Prime Minister', 'H. Probski – chairman of the Council of State')."""
    return _NAME_DASH.match(text.strip()) is not None and participant_line(text.strip())


# A participant's initials and surname, perhaps after his title, and a spaced dash before his post.
_NAME_DASH = re.compile(r"(?:(?:[Cc]om|[Cc]de|[Cc]omrade|[Cc]omr)\.?\s+)?(?:[A-Z][a-z]?\.\s?){1,3}[A-Z][\w'’-]+\s+[–—-]\s+\S")


def memo_participants(block: TextBlock) -> bool:
    """A memorandum's participants heading with its first participant beside it ('PARTICIPANTS: Premier
    Zhang Testing, Premier of the State Council'): the others follow a line each, in the same block too."""
    found = PARTICIPANTS.match(block.run.text)
    first, _, others = block.run.text.partition(BREAK)
    return block.kind == "participants" and found is not None and bool(first[found.end():].strip()) \
        and not PARTICIPANTS.search(block.run.text, found.end()) and (not others or participant_lines(others))


def introduced_participants(blocks: list[TextBlock], index: int) -> bool:
    """Persons a line each, two or more, under the text's paragraph that introduces them with a colon ('He introduced
    the members of the PGC delegation, as follows:' / 'Mr. Karl TESTBERG, 1st Vice-President (Probeland)' / …): each
    line a participant's with a title or a surname in capitals, the paragraph's last sentence naming members, a
    delegation or those present."""
    lines = [line.strip() for line in blocks[index].run.text.split(BREAK)]
    return index > 0 and blocks[index - 1].kind == "narrative" and len(lines) >= 2 \
        and _INTRODUCING.search(blocks[index - 1].text.strip()) is not None \
        and all(participant_line(line) and _PERSON_MARK.search(line) for line in lines)


# The last sentence of a paragraph introducing persons under it: 'He introduced the members of the … delegation, as
# follows:', 'The delegation consisted of:'; a person's mark in his line, a title or a surname in capitals.
_INTRODUCING = re.compile(r"\b(?:members|delegat(?:ion|es)|participants|present|attend\w*|consist\w* of|composed of)\b"
                          r"[^.!?:]*:$", re.I)
_PERSON_MARK = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|Comrade|Cde|Gen|Col)\b\.?|\b[A-Z][A-Z'’-]{2,}\b")


def participant_lines(run_text: str) -> bool:
    """A participant a line, one line or several under one another ('President Testman' / 'Henry A.
    Probinger, Assistant to the President …'), or one line of them divided by semicolons (persons_listed)."""
    return all(participant_line(line.strip()) for line in run_text.split(BREAK)) \
        or BREAK not in run_text and persons_listed(run_text)


def persons_listed(text: str) -> bool:
    """Two or more persons with their posts in one paragraph, divided by semicolons, 'and' before the last, a note's
    mark after a name perhaps ('Dr. Abdul Testam[4] , Chairman of the Council of Ministers; and Abdul Probker,
    Ambassador of Probia to Testia.'): a side's names under its label alone ('From the Probian side:')."""
    persons = _LISTED_MARK.sub("", text).strip().removesuffix(".").split(";")
    return len(persons) >= 2 and all(participant_line(_LAST_AND.sub("", person.strip())) for person in persons)


# A note's mark after a name, with the space a capture left before the comma after it ('Testam[4] ,'); the 'and'
# before the last of persons listed.
_LISTED_MARK = re.compile(r"(?:\[\d{1,3}\]|\*{1,3})(?:\s+(?=,))?|\s+(?=,)")
_LAST_AND = re.compile(r"^and\s+")


def participant_line(text: str) -> bool:
    """A participant alone on a line, perhaps with a post ('Wang Probing, Assistant Minister of Foreign
    Affairs', 'President Richard Testman'): short, no sentence and no label, its first two words
    capitalised, no figure but an ordinal's ('Head of the 3rd Directorate'); a name alone with what he did there in
    parentheses after it ('Probova ([responsible] for translation and documentation)'); one side's names after a
    plural title ('Cdes. Testov, Examov, and Probin.')."""
    if _TITLED_NAMES.fullmatch(text):
        return True
    if text.endswith(".") and _STOPPED_NAME.fullmatch(text):
        text = text[:-1]    # a name or post a paragraph ended by a stop ('Marshal Testov.', 'The Secretary of State.')
    core = _ROLE_AFTER.sub("", text)
    words = core.split()
    return (2 if core == text else 1) <= len(words) <= 14 and ":" not in text and not TERMINAL.search(core) \
        and all(word[:1].isupper() for word in _post_words_out(words)[:2]) \
        and not any(char.isdigit() for char in _ORDINAL.sub("", text)) \
        and not ITEM_HEADING.match(text)


def _post_words_out(words: list[str]) -> list[str]:
    """The words of a line without a post's small words, where all its other words are capitalised ('Minister of
    Foreign Affairs Probira [Masayo]'; not a heading's, 'Exchange of Opinions about the Situation')."""
    kept = [word for word in words if word not in _POST_WORDS]
    return kept if all(word[:1].isupper() or word[:1] in "[(" for word in kept) else words


# The small words of a post between its capitalised ones ('Minister of Foreign Affairs Probira').
_POST_WORDS = frozenset({"of", "for"})
# A name or post ended by a stop: capitalised words, initials, and the small words of a post between them.
_STOPPED_NAME = re.compile(r"(?:(?:[A-Z][\w'’-]*\.?|of|the|and|for)\s+){1,7}[A-Z][\w'’-]+\.")
# An ordinal in a post, no figure of a sentence or a date ('Head of the 3rd Directorate').
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b")
# What a participant did at the meeting, in parentheses after his name: '(interpreter)', '([responsible] for …)'.
_ROLE_AFTER = re.compile(r"\s*\((?:[^()]|\([^()]*\)){2,80}\)$")


# One side's names after a plural title, a stop after the last: 'Cdes. Testov, Examov, and Probinski.'
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_TITLED_NAMES = re.compile(rf"(?:Cdes\.|Comrades|Comrs?\.|Messrs\.)\s+{_NAME}(?:,\s+(?:and\s+)?{_NAME}|\s+and\s+{_NAME})+\.?")
