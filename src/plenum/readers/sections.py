"""A document's numbered sections: headings in the middle of its text ('I. The Situation at Home',
'II.', 'Article 3', 'Part II', '1. The Question of the Canal Tolls'), two or more numbered one after the other, each a division of its own
(`div[@type='section']`) from its heading to the next, the document's closer after the last; in a
session's working notes, the items of its agenda over the turns on them ('On the Situation in …')."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ..tei import E, q
from .agenda import mark_agenda
from .block_patterns import MD_HEADING
from .bracket_words import NUMBER_WORD, number_value
from .inline import BREAK
from .lettered_sections import mark_lettered_parts, part_letter
from .meeting_patterns import SITTING_HOURS, SITTING_NUMBERED
from .point_titles import over_title_and_turn
from .topic_headings import mark_topics

# A section's heading: a numbered article, section, chapter or part ('Article 3', 'ARTICLE III.', 'Article One:',
# 'Part II - Economic Questions', 'Статья 2'), a session's agenda point ('POINT 4'; as a protocol moves on to it, 'On
# point 2 on the agenda.', 'Re point 1 of the agenda', perhaps with a sentence after it), a conference's session over
# its turns ('Session 2: The Port Question', alone too), or a Roman numeral alone
# or before a short title ('II.', 'II. Foreign Policy', 'II - The present draft'), or a decimal number before one, a
# part's section ('1.2. Propaganda Work'); Markdown's heading signs or bold around it.
_WORDS = {"article": "article", "art.": "article", "section": "section", "chapter": "chapter", "part": "part",
          "point": "point", "session": "session", "статья": "article", "раздел": "section", "глава": "chapter",
          "часть": "part"}
HEADING = re.compile(
    rf"(?:(?:On|Re|Ad\.?)\s+(?=point\s+\d{{1,3}}\s+(?:on|of)\s+the\s+agenda\b))?"
    rf"(?:(?P<word>Article|Art\.|Section|Chapter|Part|Point|Session|Статья|Раздел|Глава|Часть)\s+(?P<number>\d{{1,3}}|[IVXLC]{{1,7}}|{NUMBER_WORD})"
    r"(?P<agenda>(?<=\d)\s+(?:on|of)\s+the\s+agenda\b)?"
    r"|(?P<roman>[IVXLC]{1,7})(?=\.|\s+[-–—]\s)|(?P<decimal>\d{1,2}\.\d{1,2})(?=\.?\s)|(?P<arabic>\d{1,2})(?=\.\s))\.?"
    r"(?:\s*[-–—.:]?\s+(?P<title>[A-ZА-ЯЁ\"“„«'(][^!?;:\n]{0,100}))?:?", re.I)     # (a colon after it: 'I. On …:')
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# The most words a section's title has; one of more than the fewest a sentence has ends without a stop.
TITLE_WORDS, SENTENCE_WORDS = 12, 6
# The most words of a title in sentence case ('1. Concerning the substance of the events').
_SHORT_TITLE_WORDS = 8
# The kinds a block read as a heading may have had: a heading at the top, a paragraph below it; and a
# session's agenda item among its turns, a heading only where each of its run is followed by a turn.
_REREAD = frozenset({"head", "narrative", "entry", "p"})
_SPOKEN_ITEM = frozenset({"section", "turn-continued"})


def heading_number(text: str) -> tuple[str, int, str] | None:
    """(the numbering's family, the number, the number as written) of a section's heading, or None."""
    match = _numbered(text)
    if match is None:
        return None
    title = _ASIDE_AT_END.sub("", _INSERTED.sub("", match.group("title") or "")).split()   # ('… Probsky (by telephone)')
    if len(title) > TITLE_WORDS or len(title) > SENTENCE_WORDS and title[-1].endswith(".") and not _told_after(match):
        return None
    if match.group("agenda") and title and not _told_after(match):
        return None     # (a sentence going on: 'On point 2 of the agenda the comrades agreed …')
    if (match.group("arabic") or match.group("decimal")) and not (title_case(title) or _short_title(title)):
        return None     # ('2. The Premier agreed.' is a numbered point, '2. The Issue of the Fair.' a heading)
    return _numbering(match)


def _told_after(match: re.Match[str]) -> bool:
    """Whether a heading is the agenda's point a protocol moves on to and, after its stop, what the body heard on it
    ('On point 1 on the agenda. Information presented by Cdes. …'): its title a sentence."""
    return bool(match.group("agenda")) and match.string[match.end("agenda"):].lstrip()[:1] in (".", ":", "-", "–", "—")


def _head_number(text: str) -> tuple[str, int, str] | None:
    """The number of a heading the readers took for one, as heading_number gives it but whatever its title's
    length and case ('8. On the Trip … Headed by Cde. L. M. Probatin')."""
    match = _numbered(text, HEADING.match)
    return _numbering(match) if match else None


def _numbered(text: str, match_heading: Callable[[str], re.Match[str] | None] = HEADING.fullmatch) \
        -> re.Match[str] | None:
    """_heading_match where the heading's Roman number, if any, is in capitals ('IV.', never 'iv.')."""
    match = _heading_match(text, match_heading)
    return None if match is None or match.group("roman") and match.group("roman") != match.group("roman").upper() \
        else match


def _numbering(match: re.Match[str]) -> tuple[str, int, str] | None:
    """(family, number, as written) of a heading's number that _heading_match found."""
    written = match.group("number") or match.group("roman") or match.group("decimal") or match.group("arabic")
    family = _WORDS[match.group("word").lower()] if match.group("word") else "roman" if match.group("roman") \
        else "decimal" if match.group("decimal") else "arabic"
    number = int(written) if written.isdigit() else _decimal_value(written) if match.group("decimal") \
        else number_value(written) or _roman_value(written.upper())
    return (family, number, written) if number else None


# The translator's words inserted in a heading's title, no part of its case ('11. On [former Probland king] Zakhar Shah.').
_INSERTED = re.compile(r"\s*\[[^\[\]]*\]")
# What a title says in parentheses at its end, of how it was held or who reported: 'Talk with … (by telephone)'.
_ASIDE_AT_END = re.compile(r"\s*\([^()]{1,40}\)$")


def title_case(words: list[str]) -> bool:
    """Whether a title is set as headings are, each word of four letters or more capitalised but the
    prepositions titles keep in lower case ('The Question of the Canal Tolls', 'Talk with Cde. Probsky');
    a numbered subject heading is told from a numbered point so."""
    return len(words) >= 2 and all(word[:1].isupper() or len(word.strip(".,()")) <= 3 or word in _LOWER_IN_TITLES
                                   for word in words)


_LOWER_IN_TITLES = frozenset({"with", "from", "into", "upon", "onto", "about", "after", "among", "before", "between",
                              "during", "over", "under", "through", "towards", "within", "without"})


def _short_title(words: list[str]) -> bool:
    """Whether a title in sentence case is short and ends on no stop, as a report heads its parts ('1. Events to be
    held in Samplestad', '2. Joint team'): a heading where such lines number the parts with text between them."""
    return 1 <= len(words) <= _SHORT_TITLE_WORDS and words[0][:1].isupper() and not words[-1].endswith((".", ",", ";"))


def _lettered_title(text: str) -> bool:
    """Whether a lettered part's line is a title alone, as an Arabic-numbered heading's is, of two words or more
    ('B. Military discussions'; not a name after its initial, 'B. Testov')."""
    words = _INSERTED.sub("", text.strip().strip("*_ ")).split()[1:]
    return len(words) >= 2 and (title_case(words) or _short_title(words))


def _stopped_heading(text: str) -> tuple[str, int, str] | None:
    """The number of a heading that only its closing stop keeps from being one ('2. The situation in Examia.', 'Session
    I: Chairman …, First Secretary of the … Party.'): a heading only in a numbering that has one heading by itself
    ('1. Meeting of the European Communist Parties.'), as a report heads its parts alike; alone it may be a numbered
    point ('2. The Premier agreed.')."""
    return heading_number(text.rstrip()[:-1]) if text.rstrip().endswith(".") and not text.rstrip().endswith("..") else None


def _decimal_value(written: str) -> int:
    """A decimal section number as one that the next section's follows by one ('1.2' 102 after '1.1' 101); a
    part's first section ('2.1', 201) follows no other part's last."""
    part, section = written.split(".")
    return int(part) * 100 + int(section)


def _roman_value(numeral: str) -> int:
    """The value of a well-formed Roman numeral up to CCC (0 for any other letters: 'VV', 'IIII')."""
    values = [_ROMAN[letter] for letter in numeral]
    total = sum(-value if index + 1 < len(values) and value < values[index + 1] else value
                for index, value in enumerate(values))
    return total if _to_roman(total) == numeral else 0


def _to_roman(number: int) -> str:
    letters = ""
    for value, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        letters += numeral * (number // value)
        number %= value
    return letters


def mark_sections(blocks: list) -> None:
    """Give the kind 'section' to the headings of a run of numbered sections among `blocks` (one
    document or attachment): two or more of one numbering, each the next number after the one before,
    none of them a turn's words, with text between them (a list of topics or parts a line each is no
    sections); in Arabic figures without a word, from 1 (decimal ones from a part's first, '1.1.'), unless each heading is followed by a turn (a
    session's agenda items, among its turns too, its numbers rising with gaps, or one such item alone in title
    case); a short heading ended by a stop only beside one that is a heading by itself (_stopped_heading). Where
    two numberings qualify, the one with more headings; where none, a report's parts lettered from 'A.' whose line
    is a title alone (lettered_sections.py), or else two countries' dealings named alone (topic_headings.py). Then the agenda's word over them or over its points
    (agenda.py)."""
    _mark_numbered(blocks)
    if not any(block.kind == "section" for block in blocks):
        mark_lettered_parts(blocks, _lettered_title)
    if not any(block.kind == "section" for block in blocks):
        mark_topics(blocks)     # ('Probian–Testland relations' alone between paragraphs)
    _mark_sittings(blocks)
    mark_agenda(blocks)


def _mark_sittings(blocks: list) -> None:
    """Give the kind 'section' to a sitting's heading with its hours among the text ('Morning meeting (11:30-13:40)'),
    after a turn too, or its number under those present ('In Attendance' / … / 'First Summit Meeting (September
    25th)'): the part of the day's talks under it, up to the next."""
    below_present = False
    for block in blocks:
        if block.kind in _REREAD | _SPOKEN_ITEM and BREAK not in block.run.text \
                and (SITTING_HOURS.fullmatch(block.text.strip())
                     or below_present and SITTING_NUMBERED.fullmatch(block.text.strip())):
            block.kind = "section"
        below_present = below_present or block.kind in _PRESENT_KINDS


# The kinds of a record's list of those present, over which a sitting's numbered title heads the talks.
_PRESENT_KINDS = frozenset({"participants", "participant", "participant-group", "participant-lines"})


def _mark_numbered(blocks: list) -> None:
    """The numbered sections of mark_sections."""
    if _spoken_points(blocks):
        return
    found: dict[str, list[tuple[int, int]]] = {}
    stopped: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind not in _REREAD | _SPOKEN_ITEM or BREAK in block.run.text:
            continue
        strong = heading_number(block.text)
        if number := strong or _stopped_heading(block.text):
            # (a numbering is its word and its figures' kind: 'Part 1' and 'Part I' are two)
            found.setdefault((number[0], number[2].isdigit()), []).append((index, number[1]))
            stopped |= set() if strong else {index}
    found = {key: run for key, run in found.items() if any(index not in stopped for index, _ in run)}
    runs = [run for (family, _), run in found.items() if (len(run) > 1 or _spoken_alone(family, run, blocks))
            and (all(later[1] == earlier[1] + 1 for earlier, later in zip(run, run[1:]))
                 or _items_spoken(run, blocks) and all(later[1] > earlier[1] for earlier, later in zip(run, run[1:])))
            and all(later[0] > earlier[0] + 1 for earlier, later in zip(run, run[1:]))    # text between them
            and (_items_spoken(run, blocks) or (family not in ("arabic", "decimal") or run[0][1] % 100 == 1)
                 and all(blocks[index].kind in _REREAD for index, _ in run))]
    if runs:
        outer = max(runs, key=len)
        for index, _ in outer:
            blocks[index].kind = "section"
        _mark_subsections(blocks, [index for index, _ in outer])
    else:
        _agenda_items(blocks)


def _mark_subsections(blocks: list, outer: list[int]) -> None:
    """Give the kind 'section' to the headings of another numbering inside each section whose heading is at one
    of `outer`: numbered from 1, each the next, with text between them, or one alone right under its section's
    heading ('II. Samplia's domestic situation.' / '1. VI Plenum of the CC SWP.'): its subsections; one ended by a
    stop beside one that is a heading by itself ('2. The harvest.', _stopped_heading)."""
    family = _numbers(blocks[outer[0]].text)[0][0]
    for start, end in zip(outer, [*outer[1:], len(blocks)]):
        inner = [(index, number) for index in range(start + 1, end) if blocks[index].kind in _REREAD
                 and BREAK not in blocks[index].run.text
                 and (number := heading_number(blocks[index].text) or _stopped_heading(blocks[index].text))
                 and number[0] != family]
        if any(heading_number(blocks[index].text) for index, _ in inner) \
                and [number[:2] for _, number in inner] == [(inner[0][1][0], count) for count in range(1, len(inner) + 1)] \
                and all(later[0] > earlier[0] + 1 for earlier, later in zip(inner, inner[1:])) \
                and (len(inner) > 1 or inner[0][0] == start + 1):
            for index, _ in inner:
                blocks[index].kind = "section"


# A point of a party body's minutes, numbered, lettered or both ('1. Report on the visit …', '1. a) Statement of …',
# 'b) Information on the trade fair'), and the line under it naming who spoke to it ('Speaker: Comrade …').
_POINT = re.compile(r"(?:(?P<number>\d{1,2})\.\s+)?(?:(?P<letter>[a-z])\)\s+)?[A-ZÁÉÍÓÖŐÚÜŰ\"“'][^:\n]{2,250}")
_SPEAKER_LINE = re.compile(r"(?:Speaker|Rapporteur|Presenter)s?:\s+(?:Comrades?|Cdes?\.|Comrs?\.)\s")


def point_parts(text: str) -> list[tuple[str, str]]:
    """The number and the letter of a point of minutes, as written, with their kinds ('1. a) Statement of …':
    [('arabic', '1'), ('letter', 'a')]; 'b) Information …': [('letter', 'b')]); [] for any other line."""
    match = _POINT.fullmatch(text.strip())
    if match is None:
        return []
    return [(family, match.group(group)) for family, group in (("arabic", "number"), ("letter", "letter"))
            if match.group(group)]


def _spoken_points(blocks: list) -> bool:
    """Give the kind 'section' to the points of a party body's minutes, each a line over who spoke to it
    ('1. Presentation on international questions' / 'Speaker: Comrade …'), a point repeated after a page
    mark too, as its decision heads it again; whether there were any."""
    points = [index for index, block in enumerate(blocks[:-1])
              if block.kind in _REREAD and BREAK not in block.run.text and point_parts(block.text)
              and _SPEAKER_LINE.match(blocks[index + 1].text.strip())]
    for index in points:
        blocks[index].kind = "section"
    return bool(points)


def _spoken_alone(family: str, run: list[tuple[int, int]], blocks: list) -> bool:
    """Whether one numbered heading stands among a session's turns, over a turn ('Session 2: The Port Question',
    an excerpt's one agenda item, '9. Exchange of Opinions on the Grain Question' / 'TESTOV. …'; a point's number
    alone over its title, 'POINT 4' / 'Information regarding …' / a turn): a section, where a stenogram's session at
    the top ('SESSION FOUR July 4') is its heading."""
    index = run[0][0]
    return family in ("session", "arabic", "point") and len(run) == 1 and blocks[index].kind != "head" \
        and (_items_spoken(run, blocks) or family == "point" and not _heading_match(blocks[index].text).group("title")
             and over_title_and_turn(blocks, index, _REREAD)) \
        and (family != "arabic" or _title_cased(blocks[index].text))


def _heading_match(text: str, match_heading: Callable[[str], re.Match[str] | None] = HEADING.fullmatch) \
        -> re.Match[str] | None:
    """A section heading's parts (word, number, title; HEADING of the whole, or of its start), its Markdown '#' and
    emphasis set aside; None when the paragraph is no heading: what _numbered and _title_cased both read."""
    return match_heading(MD_HEADING.sub("", text.strip(), count=1).strip("*_ "))


def _title_cased(text: str) -> bool:
    """Whether a numbered heading's title is in title case, no colon after it ('9. Exchange of Opinions on …',
    not a point announcing what follows, '2. Begin text:')."""
    match = _heading_match(text)
    title = match.group("title") if match else None
    return bool(title) and not text.rstrip().endswith(":") \
        and title_case(_ASIDE_AT_END.sub("", _INSERTED.sub("", title)).split())


def _items_spoken(run: list[tuple[int, int]], blocks: list) -> bool:
    """Whether each heading of a run is followed by a turn: a session's agenda items, which an excerpt
    may number from any point and leave some out ('9. Exchange of Opinions …' / 'TESTOV. …', '12. On …')."""
    return all(index + 1 < len(blocks) and blocks[index + 1].kind == "turn" for index, _ in run)


def _agenda_items(blocks: list) -> None:
    """Give the kind 'section' to the items of a session's agenda as working notes head them, unnumbered
    ('On the Situation in Hungary', 'On the Composition of the Bureau (Testov)'), each over the turns on
    it, perhaps with who reported on it in parentheses under it ('(Probov, Testov)': a paragraph then).
    Read so where one such heading at least stands over a turn, and the items are not all one under the
    other; then an item decided without a word said ('The figures are to be checked.') is one too."""
    items = [index for index, block in enumerate(blocks[:-1]) if _agenda_item(block)]
    if not any(blocks[index + 1].kind == "turn" or _reported(blocks, index + 1) for index in items):
        return
    if len(items) > 1 and items[-1] - items[0] == len(items) - 1:
        return      # topics one under the other, the turns under the last ('Summary' / '1. Regarding …' / '2. …'):
                    # the record's contents, not its sections
    for index in items:
        blocks[index].kind = "section"
        if _reported(blocks, index + 1) or _REPORTERS.fullmatch(blocks[index + 1].text.strip()):
            blocks[index + 1].kind = "narrative"


def _agenda_item(block) -> bool:
    """Whether a block (a paragraph, a heading at the top, or a paragraph after a turn, which no speaker
    says so) is an item of an agenda, its reporters perhaps on a second line."""
    first, _, second = block.run.text.partition(BREAK)
    item = _NOTE_MARK.sub("", first).strip()
    if item[:1].isdigit():
        item = item.removesuffix(".")      # a numbered point may end on a stop ('11. On the Probegrad canal.')
    return (block.kind in _REREAD or block.kind == "turn-continued") and BREAK not in second \
        and (not second or bool(_REPORTERS.fullmatch(second.strip()))) and bool(_ITEM.fullmatch(item))


def _reported(blocks: list, index: int) -> bool:
    """Whether the block at `index` names an item's reporters in parentheses and a turn follows it, perhaps
    after the information it heard ('Information of Cde. Testov.' and what he said, members' views told in the third
    person, 'Cde. Testov speaks in favor of …', a few paragraphs)."""
    return bool(_REPORTERS.fullmatch(blocks[index].text.strip())) \
        and any(block.kind == "turn" for block in blocks[index + 1:index + _REPORTED_REACH])


# How many paragraphs under an item's reporters the first turn on it may stand.
_REPORTED_REACH = 7


# An item of a session's agenda: 'On the Situation in Hungary', 'About the Harbour (Testov)', its number
# before it ('4. On the Grain Deliveries'); a note's mark
# after it ('…Hungary(9)'); who reported on it, in parentheses ('(Khrushchev, Mikoyan)').
_ITEM = re.compile(r"(?:(?:\d{1,3}|[IVX]{1,5})\.\s+)?(?:On|About|Concerning|Regarding|Re:|О|Об)\s+[\w\"«“'‘]"
                   r"(?:[^.!?;:\n]|(?:(?<=\bCde)|(?<=\bCdes)|(?<=\bCom)|(?<=\bComr)|(?<=\b[A-ZА-ЯЁ]))\.){2,150}?"
                   r"(?:\s*\([A-ZА-ЯЁ][^()]{0,200}\))?")
_NOTE_MARK = re.compile(r"\(\d{1,2}\)\s*$")
_REPORTER = r"[A-ZА-ЯЁ][\w'’.-]*(?:\s+[A-ZА-ЯЁ][\w'’.-]*){0,2}"
_REPORTERS = re.compile(rf"\({_REPORTER}(?:(?:,\s*|\s+and\s+){_REPORTER})*\)")


def divide(div: etree._Element, heads: list[etree._Element]) -> None:
    """Wrap each of `heads` among the children of `div` with what follows it, up to the next one of its
    numbering or to the document's closer or postscript, in a `div[@type='section']` numbered as its heading is;
    a numbering first met after another's is its sections' subsections ('II.' / '1. …', '1. a) …' / 'b) …')."""
    numbers = [(head, _numbers("".join(head.itertext()))) for head in heads]
    families = list(dict.fromkeys(family for _, parts in numbers for family, _ in parts))
    _nest(div, numbers, families, outermost=True)


def _numbers(text: str) -> list[tuple[str, str]]:
    """A section heading's numbers with their kinds, outermost first: a point's number and letter ('1. a) …'),
    another heading's one number ('II.'), or none ('On the Situation in …')."""
    if letter := part_letter(text):
        return [("lettered", letter)]      # ('B. Military discussions'; 'C.' no Roman hundred)
    point, number = point_parts(text), _head_number(text)
    if number and not any(family == "letter" for family, _ in point):
        return [(number[0], number[2])]
    return point or [("unnumbered", "")]


def _nest(parent: etree._Element, numbers: list[tuple[etree._Element, list[tuple[str, str]]]],
          families: list[str], outermost: bool = False) -> None:
    """Wrap the headings of the first of `families` among the children of `parent`, each up to the next (or
    to the end: in the text's division, to its closer or postscript), then those of the next family in each."""
    if not families:
        return
    children = list(parent)
    marks = [(index, written) for index, child in enumerate(children) for head, parts in numbers
             if child is head and (written := dict(parts).get(families[0])) is not None]
    if not marks:
        _nest(parent, numbers, families[1:], outermost)
        return
    end = next((index for index in range(marks[-1][0] + 1, len(children))
                if children[index].tag in (q("closer"), q("postscript"))), len(children)) if outermost else len(children)
    for (mark, written), following in zip(marks, [*(index for index, _ in marks[1:]), end]):
        section = E.div({"type": "section", "n": written} if written else {"type": "section"})
        children[mark].addprevious(section)
        section.extend(children[mark:following])
        _nest(section, numbers, families[1:])
