"""Which blocks of a record's text start a turn: the speaker labels recognised (labels.py), weighed
against what the text around them says (participants, lists of names, an address, how many turns)."""

from __future__ import annotations

import re
from collections import Counter

from ..publication import genre
from .block_patterns import ADDRESSEE, CAPITALS_GO_ON, REPORTING
from .body_blocks import TextBlock
from .bracket_words import NUMBER_WORDS
from .inline import BREAK
from .label_names import BRACKETED
from .label_titles import OFFICE_ALONE, TITLE, VOICES
from .labels import UNSURE, Label, recognise
from .meeting_patterns import GROUP_LINE, PARTICIPANTS, SETTING, STAFF_LABEL
from .page_parts import PROSE_END
from .participant_lines import heading_closes, open_heading, participant_line, side_named
from .reporting_verbs import SPEECH_PLAIN, SPEECH_PRESENT
from .spans import Span


# How many paragraphs of reported speech under names in capitals, two names at least, make a record told so
# ('EXAMIN says that …' / 'ZHOU PROBELAI asks …' / 'EXAMIN answers that …').
_REPORTED_TURNS = 3


def turn_labels(blocks: list[TextBlock], script: str, title: str = "") -> dict[int, Label]:
    """Which blocks start a turn.

    A label with a title, a speech verb or an alias is a turn (but a speech verb's when it is the
    document's only label: a report's 'Comrade Kim said: "…"'). A bare 'Name:' is one when the
    name is among the participants or labels another turn too, or when the document is plainly
    a dialogue (two turns or more already): rather a turn whose speaker is reported unresolved
    than its words silently given to the previous speaker.
    """
    found = {}
    for index, block in enumerate(blocks):
        if block.kind != "p":
            continue
        label = _label_of(block.run.text, script)
        if label is not None and not SETTING.match(block.text) and not PARTICIPANTS.match(block.text) \
                and not _title_goes_on(block.text.strip()) and not (label.style in ("alone", "period") and _PLURAL_TITLE.match(block.text)):
            found[index] = label
    found = {index: label for index, label in found.items() if not _listed(index, found, blocks)
             and not _addressed(index, label, blocks) and not _side_under_heading(index, found, blocks)
             and not _listed_after_heading(index, found, blocks)
             and not _role_field(index, label, blocks)}
    named = {word for label in found.values() if label.style != "bare-dash" for word in label.name.split()}
    dashed = _session_notes(found, "bare-dash", blocks)        # ('Probin – No, …' / 'Testov – Only …', turn after turn)
    found = {index: label for index, label in found.items()    # 'Pak - …' where 'Minister Pak:' speaks too
             if label.style != "bare-dash" or dashed or label.name.split()[-1] in named}
    reported = [label.name for label in found.values() if label.style == "reported"]
    if not any(label.style == "capitals" for label in found.values()) \
            and not (len(reported) >= _REPORTED_TURNS and len(set(reported)) >= 2):   # a telegram's 'KIM stated that …',
        found = {index: label for index, label in found.items() if label.style != "reported"}  # not a record all so told
    listed = _listed_under(blocks)
    context = " ".join(b.text for index, b in enumerate(blocks) if PARTICIPANTS.match(b.text) or _present(b.text)
                       or index in listed).lower()     # ('GROMYKO.' where 'Gromyko, A.A.' attended,
                                                       # 'TESTOV.' where 'Cde. T. A. TESTOV presiding.')
    # two names or more the title or lead above the first label gives in full: the talk's ('A. B. Testov:' and
    # 'C. Probin:' under 'Conversation of Cde. A. B. Testov with …'; a one-word name may be a place's: 'Moscow:
    # …'; one name alone may be a diary's quotation); or that the document's title names, one word too
    # ('Testov:' and 'Probin:' in the 'Record of a Telephone Conversation between Testov and Probin')
    above = " ".join(b.text for b in blocks[:min(found, default=0)]).lower()
    introduced = {label.name for label in found.values() if " " in label.name and label.name.lower() in above
                  or re.search(rf"\b{re.escape(label.name)}\b", title)}   # ('Testov:' under '… between Testov and …')
    # (one name alone where it is the only label and the title or lead names talks: the one turn a record of
    # talks gives, 'Testov: We welcome …' under 'Record of Conversation between A.B. Testov and C.D. Probin')
    lone = len(found) == 1 and _lone_sure(next(iter(found.values()))) \
        and (TALKS.search(title) or TALKS.search(above)) is not None
    introduced = introduced if len(introduced) >= 2 or lone else set()
    # two names or more each alone on a paragraph's first line, a colon after it, the words under it: a transcript's
    # ('IVAN TESTOV:' / 'Mr. Probin, welcome …'), or the words in the paragraph under it ('Todor Probov:' / 'I asked …')
    alone = {label.name for index, label in found.items() if _alone_on_first_line(blocks[index].run.text, label)
             or _alone_over_words(index, label, found, blocks)}
    introduced |= alone if len(alone) >= 2 else set()
    introduced |= _each_once(found, blocks, title)
    parties = _parties_speaking(found, title, blocks)
    for style in ("spaced", "bare-period", "notes-dash", "paren"):   # 'TASS The agency …' once, not 'SUSLOV …' turn after turn
        if not _session_notes(found, style, blocks):        # ('Samplin—the …' also where the participants name him)
            found = {index: label for index, label in found.items() if label.style != style or label.name in introduced
                     or style == "notes-dash" and label_surname(label).lower() in context
                     or index in parties
                     or _VOICES.fullmatch(label.name) and len(found) > 1}     # ('Voices. Shame!' among turns)
    found = _initials_named(found)
    if len(found) == 1 and ((only := next(iter(found.values()))).style == "alone"   # a letter's 'Comrade Petrov'
                            and only.name not in introduced
                            or only.verb                         # a report's 'Comrade Kim said: "…"'
                            or _salutation(next(iter(found)), only, blocks, title)):   # a letter's 'Comrade Probin:'
        return {}           # (one such label, once the unsure styles no session confirms are left out)
    untitled = Counter(label.name for label in found.values() if label.titles == 0)
    aliases = {label.alias for label in found.values() if label.alias}
    exchange = _exchange(found, title)
    mentioned = {name.lower() for block in blocks for name in _TITLED_MENTION.findall(block.text)} \
        if any(label.style == "capitals" for label in found.values()) else set()    # (asked of capitals' labels only)
    sure = {index: label for index, label in found.items()
            if label.titles or label.verb or label.alias or label.name in aliases
            or untitled[label.name] >= 2 or label.name.lower() in context
            or label.style == "capitals" and (label_surname(label).lower() in mentioned     # ('I. P. TESTOV.' under
                                              or re.search(rf"\b{re.escape(label_surname(label))}\b", title, re.I))  # '… I. P. Testov …')
            or label.name in introduced or index in exchange or index in parties}
    if len(sure) == 1 and (only := next(iter(sure.values()))).style == "alone" and only.name not in introduced:
        return {}           # (a letter's 'Com. Testecki' left alone once a field's 'CODE MESSAGE No:' is no label)
    return found if len(sure) >= 2 else sure


# A surname the text names after a party title ('since Comrade Kvarkov has returned'): a session's member, whose
# label in capitals is a turn ('KVARKOV. In accordance …') though the list of those taking part leaves him out.
_TITLED_MENTION = re.compile(rf"(?:{TITLE})\s*(?:[A-Z]\.\s?){{0,2}}([A-Z][\w'’-]+)")


def _title_goes_on(text: str) -> bool:
    """Whether a paragraph is a title's next line in capitals, whom it was of or with ('OF CDE. N.S. TESTCHEV',
    'WITH THE DELEGATION OF …'): no speaker's label, though a title's stop follows its first words."""
    return text.isupper() and CAPITALS_GO_ON.match(text) is not None and len(text.split()) <= _TITLE_LINE_WORDS


# The most words a title's line in capitals holds.
_TITLE_LINE_WORDS = 20


def _lone_sure(label: Label) -> bool:
    """Whether a page's only label may stand alone as a turn: a style sure by itself, or a bare name and a
    period with initials or two words ('W. Ulbricht. Permit us …'); not a one-word 'Yes.' nor 'Testish–'."""
    return label.style not in UNSURE or label.style == "bare-period" and any(c in label.name for c in ". ")


def _exchange(found: dict[int, Label], title: str) -> set[int]:
    """Two bare names or more, a colon after each, on paragraphs one after the other, where the title names
    talks ('Testov: …' / 'Probinski: …' under '… Talks in Probegrad'): an exchange of turns, each speaking once."""
    if not TALKS.search(title):
        return set()
    bare = sorted(index for index, label in found.items() if label.style == "colon" and not label.titles)
    runs = [index for index in bare if index - 1 in bare or index + 1 in bare]
    return set(runs) if len({found[index].name for index in runs}) >= 2 else set()


# A title of several persons before a name alone on its line: the first of a list of names ('Cdes. Testov' /
# 'Examova' under 'Distributed to'), no speaker's label.
_PLURAL_TITLE = re.compile(r"\s*(?:[Cc]des\.?|[Cc]omrs\.?|[Cc]omrades|т\.\s?т\.|Genossen)\s")


# What a stenogram calls the room's voices ('Voices', 'A voice from the floor'): a speaker in any label's style.
_VOICES = re.compile("|".join(VOICES.values()))
# A title naming talks between speakers, or a body's sitting where they speak.
TALKS = re.compile(r"\b(?:Talks?|Conversations?|Discussions?|Dialogue|Exchange|Meeting|Negotiations|"
                    r"Plenum|Session|Sitting|Minutes|Stenogram|Stenographic|Transcript)\b", re.I)


def _parties_speaking(found: dict[int, Label], title: str, blocks: list[TextBlock]) -> set[int]:
    """The bare names and a period ('Testov. There is no need to thank.') that name one who takes part: a party
    the title names whom the record's narration has speak elsewhere ('Testov thanks …')."""
    named = {index: label_surname(label) for index, label in found.items() if label.style == "bare-period"
             and re.search(rf"\b{re.escape(label_surname(label))}\b", title)}
    narrated = {opening.group("name") for block in blocks if named and (opening := REPORTED_BY.match(block.text.strip()))}
    return {index for index, name in named.items() if name in narrated}


def _initials_named(found: dict[int, Label]) -> dict[int, Label]:
    """The labels found, a speaker's initial alone ('P.:', 'St.:') kept only where it begins the surname of
    one other label and no other's ('Probin:' and 'P.:'; with 'Probin:' and 'Petrov:', 'P.:' is no one's)."""
    surnames = {label_surname(label).lower() for label in found.values() if label.style != "initial"}
    return {index: label for index, label in found.items() if label.style != "initial"
            or sum(surname.startswith(label.name[:-1].lower()) for surname in surnames) == 1}


def _alone_on_first_line(text: str, label: Label) -> bool:
    """Whether a label ending in a colon fills its paragraph's first line, the words on the lines under it."""
    first, _, rest = text.partition(BREAK)
    return bool(rest.strip()) and label.label.text.endswith(":") and label.label.end >= len(first.rstrip())


def _alone_over_words(index: int, label: Label, found: dict[int, Label], blocks: list[TextBlock]) -> bool:
    """Whether a label ending in a colon is its paragraph's whole text, a person's name (not a heading's words:
    'Article One:', 'RESOLUTIONS:'), the words in the paragraph under it (no label there)."""
    return not label.rest.text.strip() and label.label.text.endswith(":") and index + 1 < len(blocks) \
        and index + 1 not in found and blocks[index + 1].kind == "p" \
        and _FULL_NAME.fullmatch(label.name.partition(" [")[0]) is not None and not _PART_WORDS.search(label.name)


# A person's name in full, its words capitalised ('Todor Probov', 'Anna S. Examova'), and words that head a
# text's parts or count them, never a name's ('Article One', 'Section Two').
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2}")
_PART_WORDS = re.compile(r"\b(?:Article|Section|Chapter|Part|Point|Item|Annex|Appendix|Paragraph|Clause|"
                         rf"{'|'.join(word.capitalize() for word in NUMBER_WORDS[:10])}|"
                         r"First|Second|Third|Fourth|Fifth|Last|Final)\b")


def label_surname(label: Label) -> str:
    """The last word of a label's name, as a list of participants gives it ('Examov' of 'Cde. Examov')."""
    return label.name.split()[-1]


def _label_of(text: str, script: str) -> Label | None:
    """The label a block opens with; a title alone on its first line goes on with the name on the next
    ('Ambassador' / 'Ri Probe-man [Ri Pro Man]: …'), a label alone on its first line with the words on the next
    ('IVAN TESTOV:' / 'Mr. Probin, …'), the line break read as a space: the offsets stay."""
    label = recognise(Span(text, 0), script)
    first, _, rest = text.partition(BREAK)
    if label is None and rest and (OFFICE_ALONE.fullmatch(first.strip()) or first.rstrip().endswith(":")):
        label = recognise(Span(f"{first} {rest}", 0), script)
    return label


def _salutation(index: int, label: Label, blocks: list[TextBlock], title: str) -> bool:
    """True for a document's only label alone on one of its first lines ('Comrade Probin:') when the
    document closes signed or its title names a kind written to someone ('Instructions, Testov to Probin',
    a telegram): a letter's salutation, not a turn that holds the letter."""
    return index < _SALUTATION_REACH and not label.rest.text.strip() \
        and (written_to(title) or any(block.kind.startswith("closer") for block in blocks[index + 1:]))


def written_to(title: str) -> bool:
    """Whether a document's title names a kind written to someone (a letter, telegram, report …)."""
    return genre(title) in _WRITTEN_TO


# How many blocks from the top a letter's salutation may stand (under a letterhead, a date, an address).
_SALUTATION_REACH = 6
# The kinds of document written to someone, which open on a salutation ('Comrade Filippov:', a report's 'Premier
# Probin:'), not on a turn.
_WRITTEN_TO = frozenset({"letter", "telegram", "directive", "memorandum", "report"})


def _session_notes(found: dict[int, Label], style: str, blocks: list[TextBlock]) -> bool:
    """Whether labels of a style that may be text ('SUSLOV The comrades …', 'Ligachev. Arguably …') label
    a session's turns: three such paragraphs or more, two names or more, one of them speaking twice (or
    each with a title: 'Cde. Testov—…', 'Cde. K. Examov—…'); a bare name and a period only when no word of
    the names stands in lower case in the text ('Yes. We agree.' is no speaker 'Yes': 'yes' is a word)."""
    labels = [label for label in found.values() if label.style == style]
    names = Counter(label.name for label in labels)
    if sum(names.values()) < 3 or len(names) < 2 \
            or max(names.values()) < 2 and not (style == "notes-dash" and all(label.titles for label in labels)):
        return False
    return style != "bare-period" or _no_word_lower(names, blocks)


def _each_once(found: dict[int, Label], blocks: list[TextBlock], title: str) -> set[str]:
    """The names of an aide's notes of a session that give each member's one say, a bare name and a period
    ('Probin. …' / 'Examov [security chairman]. …' / 'Testov. …'): three names or more, none twice, where the
    title names a meeting or talks and no word of the names stands in lower case in the text."""
    names = Counter(label.name for label in found.values() if label.style == "bare-period")
    if len(names) < 3 or max(names.values()) > 1 or not TALKS.search(title) or not _no_word_lower(names, blocks):
        return set()
    return set(names)


def _no_word_lower(names: Counter, blocks: list[TextBlock]) -> bool:
    """Whether no word of the names stands in lower case in the text ('Yes. We agree.' is no speaker 'Yes')."""
    words = {word.lower() for name in names for word in BRACKETED.sub("", name).split()}   # ('Probin [Minister of …]')
    return not any(word in words for block in blocks for word in _LOWER_WORD.findall(block.text))


# Who was there or who chaired: 'present', 'presiding', 'presided', 'chaired by'.
_PRESENT = re.compile(r"present|\bpresid(?:ing|ed)\b|\bchaired\b", re.I)


def _present(text: str) -> bool:
    """Whether a block says who was there or who chaired (_PRESENT), its words looked for first: the pattern
    searched every paragraph of a long record at each character."""
    lower = text.lower()
    return ("present" in lower or "presid" in lower or "chaired" in lower) and _PRESENT.search(text) is not None


# A word in lower case, as a name in a label is never written.
_LOWER_WORD = re.compile(r"\b[a-zа-яё][\w'’-]*")


def _listed_under(blocks: list[TextBlock]) -> set[int]:
    """The blocks that are a group of names a line each under a participants heading standing alone ('Participants:'
    / 'USSR' / 'Minister Testov' …), or, on a page of single breaks, a short line in the run of such lines under it:
    whom the record's turns may name. One pass down the blocks, each heading tested once."""
    headings = [PARTICIPANTS.fullmatch(block.text.strip()) is not None for block in blocks]
    listed: set[int] = set()
    heading, short = None, True       # the last heading above, and whether every line since it is short
    for index, block in enumerate(blocks):
        short = short and _short_line(block.text)
        if GROUP_LINE.match(block.run.text):
            above = next((at for at in range(index - 1, max(-1, index - 5), -1)
                          if not GROUP_LINE.match(blocks[at].run.text)), None)
            if above is not None and headings[above]:
                listed.add(index)
        elif heading is not None and index - heading < _LISTED_REACH and short:
            listed.add(index)
        if headings[index]:
            heading, short = index, True
    return listed


# How far under its heading a line may stand in a list of participants a line each, and what such a line is:
# a few words, no sentence's end, no label.
_LISTED_REACH = 16


def _short_line(text: str) -> bool:
    """A line of a list of names or sides ('US', 'Mr. Probert', 'Mr. Ivanets, Interpreter')."""
    text = text.strip()
    return 0 < len(text.split()) <= 8 and not text.endswith((".", "!", "?")) and ":" not in text.rstrip(":")


def _listed(index: int, found: dict[int, Label], blocks: list[TextBlock]) -> bool:
    """True for a name alone on its line ('Comrade Petrov') that is an item of a list of names, not a
    turn: the block before or after it is another such name (the last of a list too), or there is none
    to be its words."""
    if found[index].style != "alone" and found[index].rest.text.strip():
        return False
    beside = [found.get(index - 1), found.get(index + 1)]
    alone = found[index].style == "alone"
    return index + 1 >= len(blocks) or alone and any(other is not None and other.style == "alone" for other in beside)


def _side_under_heading(index: int, found: dict[int, Label], blocks: list[TextBlock]) -> bool:
    """True for a side and a dash before its people under a participants heading standing alone ('Participants:' /
    'Probeland—Ieng Sampl, Member of …; Ming Testa, …' / 'Testland——Deng Probing'), or under such a side: the
    list's group, never a speaker's turn."""
    above = index - 1
    while above >= 0 and (label := found.get(above)) is not None and label.style in _DASHED:
        above -= 1
    return found[index].style in _DASHED and above >= 0 and PARTICIPANTS.fullmatch(blocks[above].text.strip()) is not None


# The labels of a name and a dash, which a side before its people is written as too.
_DASHED = frozenset({"notes-dash", "bare-dash"})


def _listed_after_heading(index: int, found: dict[int, Label], blocks: list[TextBlock]) -> bool:
    """True for a participant's line under a participants heading alone, read as a label: a name, a dash and his post
    ('Invited:' / 'Com. E. Testak – Head of the CC Department'), or a country and its people ('Present:' / 'Testland:
    Shri R. K. Probhi, PM; …'); under other such lines too: the list's, never a turn."""
    if not _participant_labelled(found[index], blocks[index].text.strip()):
        return False
    above = index - 1
    while above >= 0 and (participant_line(blocks[above].text.strip()) or side_named(blocks[above].text)):
        above -= 1
    return above >= 0 and (open_heading(blocks[above].text) or heading_closes(blocks[above].text.strip()))


def _participant_labelled(label: Label, text: str) -> bool:
    """Whether a line read as a label is a participant's: a name and a dash before a post, no sentence, or a country
    and a colon before persons and their posts."""
    if label.style in ("dash", *_DASHED):
        return participant_line(text)
    return label.style == "colon" and not label.titles and side_named(text)


def _role_field(index: int, label: Label, blocks: list[TextBlock]) -> bool:
    """True for a guest's or host's field among a reception's details ('Guest: Counselor Pak …' over 'Received
    by: …' or 'Time: …'), its words no sentence: the record's head, not a turn ('Guest: Thank you.' speaks)."""
    beside = [blocks[at].text for at in (index - 1, index + 1) if 0 <= at < len(blocks)]
    return _ROLE.fullmatch(label.name) is not None and not PROSE_END.search(label.rest.text) \
        and any(SETTING.match(text) or STAFF_LABEL.match(text) for text in beside)


# The roles of a reception that label its details as they label turns.
_ROLE = re.compile(r"Guests?|Hosts?|Interviewees?|Interviewers?")


def _addressed(index: int, label: Label, blocks: list[TextBlock]) -> bool:
    """True for a name alone under a letter's address line ('To: The Ambassador …' / 'Comrade Stoilov'):
    the addressee's name, not a speaker."""
    return label.style == "alone" and index > 0 and bool(ADDRESSEE.match(blocks[index - 1].text.strip()))


# A paragraph opening on a name, after up to three titles or capitalised words (or two names joined by 'and'),
# and a reporting verb (reporting_verbs.py), in the past or, as a journal's memorandum narrates, the present
# ('Testarov briefly describes …', its plain form after two names: 'Examov and Probin say that …'), the verb
# perhaps supplied and how he said it in parentheses ('Probin (similarly) [says], he is …').
# (or says nothing: 'Probin does not make any response.', 'Testov made no reply', 'Examov remained silent')
_SILENT = (r"(?:does|did)\s+not\s+(?:make\s+any\s+|give\s+any\s+)?(?:respon|repl|answer|comment)\w*|"
           r"(?:makes?|made|gives?|gave)\s+no\s+(?:response|reply|answer|comment)|remain(?:s|ed)\s+silent")
REPORTED_BY = re.compile(rf"(?:(?:Cde\.|Comrade|Mr\.|[A-Z][a-z]+)\s+){{0,3}}(?P<name>[A-Z][\w'’-]+)"
                         rf"(?:\s+and\s+(?:(?:Cde\.|Comrade|Mr\.)\s+)?(?P<other>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
                         rf"(?:\s+\([^()]{{1,30}}\))?\s+(?:also\s+|briefly\s+|then\s+|again\s+)?"
                         rf"\[?(?:{REPORTING}|{SPEECH_PRESENT}|(?(other)(?:{SPEECH_PLAIN})|(?!))|{_SILENT})\b")
