"""Notes whose marks are plain text: a typist's footnote mark ('at my request x/ and', its note 'x/ the
request was made by telephone' under the text, often after the signature; x/, xx/, Cyrillic х/ in the
originals; an asterisk or two after a word, 'early this year.*', its note '* The report …'), and a web
capture's numbered mark ('met on 23 September.[1]', its note '[1] The plenum of …' after the text).
Only a mark that stands once in the text, above the one paragraph it opens, is read as a note:
anything else stays as written ('[1]' then reads as a bracket). A note under a heading of notes after the
text ('Translator's Notes' / '3 Here and elsewhere …') is the note of the mark in parentheses run on to a
word ('the heading.(3)'), when each note's mark stands once in the text above. A printed volume's notes after
the text, numbered from its source note ('1. Source: …'), are the notes of their figures run on to a word
('Memorandum of Conversation1', `printed_notes`). A printed collection's bare notes after the text ('16 Milko
Testev, …') are the notes of its figures after a word ('Testev,16', 'Samplev 18'), each the next in the text's
order (`figure_notes`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from .citation import MONTHS
from .spans import Span

# A printed volume's note number run on to the word or stop before it ('Memorandum of Conversation1',
# 'his return.2'): only the notes of such a volume (`printed_notes`) are looked up by it.
GLUED = r"\d(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_][.,;:)’”]\d))\d?(?![\w.,]\w|\w)"
# A figure after a word and a space ('Samplev 18 is'): a printed collection's note mark only where `figure_notes`
# found it one, else text.
SPACED_FIGURE = r"\d(?<=[^\W\d_] \d)\d?(?![\w.,]\w|\w)"
# The mark in the text: x/ to xxx/ standing alone (not part of a word or a path), [1] to [999], [i] to [xx], one
# to three asterisks after a word (not those hugging a bracketed figure, `FIGURE_STARS`), or (1) to (99) run on
# to a word or a stop ('the heading.(3)'). The look-behinds follow the first character, so that a search can
# skip from one x (or asterisk, or parenthesis) to the next, and the mark alone matches in full.
MARK = re.compile(r"[xх](?<![\w/][xх])[xх]{0,2}/(?![\w/])|\[\d{1,3}\]|\[[ivx]{1,5}\]"
                  r"|\*(?<![\s*\]]\*)\*{0,2}(?![\w*]|\[\d)"
                  r"|\((?<![\s(]\()\d{1,2}\)|" + GLUED + "|" + SPACED_FIGURE)
# The asterisks a web capture left around a bracketed figure, its superscript's ('Testyun*[2]*,', 'PARTY *[1]',
# 'Examo*[3]**'): part of the figure's mark where it is a note's.
FIGURE_STARS = re.compile(r"\*(?=\[\d{1,3}\])|(?<=\d\])\*{1,2}")
# A mark as written, wherever it stands; a numbered note's label under a heading of notes ('3', '3.').
MARK_TEXT = r"[xх]{1,3}/|\[\d{1,3}\]|\[[ivx]{1,5}\]|\*{1,3}|\(\d{1,2}\)|\d{1,2}\.?"
# A paragraph that is a note: it opens with a mark and goes on (after an asterisk or a bracket perhaps with no
# space: '*The record was not reviewed …', '*[Handwritten at the bottom …] …', '[1]Probin was then …', a Chinese
# edition's '[1]维…').
LABEL = re.compile(rf"\s*(?P<mark>{MARK_TEXT})(?:\s+(?=\S)|(?<=[*\]])(?=[A-ZА-ЯЁ\u4e00-\u9fff\[“]))")


# The heading of the translator's notes after the text, and a note under it by its number ('3 Here …', '3. …').
NOTES_HEADING = re.compile(r"(?:(?:Translator|Editor)['’]?s['’]?\s+)?(?:Notes|Endnotes|Footnotes)\s*:?", re.I)
_NUMBERED = re.compile(r"\s*(?P<number>\d{1,2})\.?\s+(?=\S)")


class NoteLabel(NamedTuple):
    """A note's label: the mark in the text it is the note of ('x/', '[1]', '(3)'), where it ends."""

    mark: str
    end: int


def typed_notes(paragraphs: list[Span]) -> tuple[dict[int, NoteLabel], int | None]:
    """The paragraphs (by index) that are the notes of marks above them, each with its label, and the notes in
    bracketed figures ending the text whose marks it does not give; and the heading over them, where they stand
    under one ('Translator's Notes')."""
    if found := _headed_notes(paragraphs):
        return found
    labels = {index: found for index, span in enumerate(paragraphs)
              if (found := LABEL.match(span.text)) and not found.group("mark")[0].isdigit()}
    if not labels:
        return {}, None
    where: dict[str, list[int]] = {}
    for index, span in enumerate(paragraphs):
        text = span.text[labels[index].end():] if index in labels else span.text
        for mark in MARK.finditer(text):
            where.setdefault(mark.group(), []).append(index)
    notes = Counter(found.group("mark") for found in labels.values())
    anchored = {index: NoteLabel(found.group("mark"), found.end()) for index, found in labels.items()
                if notes[found.group("mark")] == 1 and len(where.get(found.group("mark"), [])) == 1
                and where[found.group("mark")][0] < index}
    tail = len(paragraphs)     # the notes ending the text whose figures it does not give ('[1] Written in pencil.')
    while tail and (label := labels.get(tail - 1)) and _FIGURE_MARK.fullmatch(label.group("mark")) \
            and notes[label.group("mark")] == 1 and (tail - 1 in anchored or label.group("mark") not in where):
        tail -= 1
    orphans = {index: NoteLabel(labels[index].group("mark"), labels[index].end()) for index in range(tail, len(paragraphs))}
    return {**orphans, **anchored}, None


# A note's figure in brackets ('[1]'): a paragraph opening on one at the text's end is a note, its mark given or not.
_FIGURE_MARK = re.compile(r"\[\d{1,3}\]")


# A printed volume's notes after the text: the first names the source ('1. Source: National Archives, …'),
# a line or paragraph each, numbered from 1 ('  2. Not found.').
_SOURCE_NOTE = re.compile(r"[ \t]*1\.?[ \t]+Source:", re.M)
_PRINTED_LABEL = re.compile(r"[ \t]*(?P<number>\d{1,2})\.?[ \t]+(?=\S)")


def printed_notes(paragraphs: list[Span]) -> tuple[list[Span], dict[int, NoteLabel]] | None:
    """A printed volume's numbered notes at the end of the text, the first its source note: the paragraphs
    with the notes' lines cut from the one they end (a signature's), and the notes by index, each the note
    of its number run on to a word above (`GLUED`). None unless every line from the source note on is one."""
    for start in range(len(paragraphs) - 1, -1, -1):
        if "Source:" in paragraphs[start].text and (found := _SOURCE_NOTE.search(paragraphs[start].text)):
            break
    else:
        return None
    first, at = paragraphs[start], found.start()
    if at and first.text[at - 1] != "\n":
        return None
    head = first.cut(0, at).strip()
    lines = [line for span in [first.cut(at), *paragraphs[start + 1:]] for line in span.lines()
             if line.text.strip()]
    notes = {}
    for number, line in enumerate(lines, 1):
        label = _PRINTED_LABEL.match(line.text)
        if label is None or int(label.group("number")) != number:
            return None
        notes[start + bool(head) + number - 1] = NoteLabel(str(number), label.end())
    return [*paragraphs[:start], *([head] if head else []), *lines], notes


# A printed collection's note after the text: a bare figure, a space and a capital ('16 Milko Testev, …').
_FIGURE_NOTE = re.compile(r"\s*(?P<number>\d{1,2})[ \t]+(?=[A-ZÀ-ÞА-ЯЁ])")
_FIGURE_IN_TEXT = re.compile(f"{GLUED}|{SPACED_FIGURE}")


def figure_notes(paragraphs: list[Span]) -> tuple[dict[int, NoteLabel], dict[int, str]] | None:
    """A printed collection's notes ending the text, two or more bare paragraphs numbered on without a break
    ('16 Milko Testev, …', '17 …'), by index, and the source offsets of their marks: each note's figure run on
    to a word or its stop ('Testev,16', 'Examov.17') or after a name its note opens on ('Samplev 18'), met in
    the notes' order. None where a figure in their range after a word stands out of that order."""
    tail = len(paragraphs)
    while tail and _FIGURE_NOTE.match(paragraphs[tail - 1].text):
        tail -= 1
    labels = [_FIGURE_NOTE.match(span.text) for span in paragraphs[tail:]]
    first = int(labels[0].group("number")) if len(labels) > 1 else 0
    if not first or any(int(label.group("number")) != first + at for at, label in enumerate(labels)):
        return None
    marks: dict[int, str] = {}
    for span in paragraphs[:tail]:
        for figure in _FIGURE_IN_TEXT.finditer(span.text):
            number = int(figure.group())
            if not first <= number < first + len(labels) or span.text[figure.start() - 1] == " " \
                    and not _names(span.text[max(figure.start() - 60, 0):figure.start() - 1],
                                   paragraphs[tail + number - first]):
                continue
            if number != first + len(marks):
                return None
            marks[span.start + figure.start()] = str(number)
    if len(marks) != len(labels):
        return None
    return {tail + at: NoteLabel(str(first + at), label.end()) for at, label in enumerate(labels)}, marks


def _names(before: str, note: Span) -> bool:
    """Whether the word before a figure is a name the note opens on, before its first comma ('Samplev' of
    '18 Petko Samplev, a deputy premier.'): the evidence a figure after a space is the note's mark. Never a
    month's ('March 12' over a chronology's '12 March – …': a day)."""
    word = before.rsplit(None, 1)[-1].lstrip("[(“\"'") if before.strip() else ""
    return word[:1].isupper() and word not in MONTHS and word in note.text.split(",", 1)[0].split()[1:]


def _headed_notes(paragraphs: list[Span]) -> tuple[dict[int, NoteLabel], int] | None:
    """The notes numbered 1, 2, … under the last paragraph that is a heading of notes, every paragraph
    below it one, each the note of its number in parentheses standing once in the text above."""
    heading = next((index for index in range(len(paragraphs) - 2, -1, -1)
                    if NOTES_HEADING.fullmatch(paragraphs[index].text.strip())), None)
    if heading is None:
        return None
    notes = {}
    for number, index in enumerate(range(heading + 1, len(paragraphs)), 1):
        label = _NUMBERED.match(paragraphs[index].text)
        if label is None or int(label.group("number")) != number:
            return None
        notes[index] = NoteLabel(f"({number})", label.end())
    marks = Counter(mark.group() for span in paragraphs[:heading] for mark in MARK.finditer(span.text))
    return (notes, heading) if all(marks[note.mark] == 1 for note in notes.values()) else None


def unmarked_star_note(paragraphs: list[Span]) -> NoteLabel | None:
    """The label of a text's last paragraph where it is a note on one asterisk that no mark in the text calls
    ('* 这是…谈话的一部分。' ending a Chinese edition's text over its translation, the title's superscript lost)."""
    label = LABEL.match(paragraphs[-1].text) if paragraphs else None
    if label is None or label.group("mark") != "*":
        return None
    if any(mark.group().startswith("*") for span in paragraphs[:-1] for mark in MARK.finditer(span.text)) \
            or any(LABEL.match(span.text) and span.text.lstrip().startswith("*") for span in paragraphs[:-1]):
        return None
    return NoteLabel("*", label.end())


def original_notes(paragraphs: list[Span], language_of: Callable[[str], str | None]) -> dict[int, NoteLabel]:
    """The paragraphs (by index) that are notes in an original's script among a translation's paragraphs, each
    with its label, where one note in the Latin script opens on the same figure (a Chinese edition's
    '[2]一九五二年七月二十六日,…批示:"照发。"' above the addressee, its translation '[2] On July 26, …' at the foot):
    the original of that note. None whose figure a paragraph in the note's script calls (the original's own text)."""
    labels = {index: found for index, span in enumerate(paragraphs)
              if (found := LABEL.match(span.text)) and _FIGURE_MARK.fullmatch(found.group("mark"))}
    if not any(language_of(paragraphs[index].text) for index in labels):
        return {}
    languages = [language_of(span.text) for span in paragraphs]
    found = {}
    for index, label in labels.items():
        mark, language = label.group("mark"), languages[index]
        latin = [other for other, match in labels.items() if match.group("mark") == mark and languages[other] is None]
        called = any(languages[other] == language and mark in span.text
                     for other, span in enumerate(paragraphs) if other != index)
        if language is not None and len(latin) == 1 and not called:
            found[index] = NoteLabel(mark, label.end())
    return found


def note_number(mark: str) -> str:
    """What a note's @n keeps of its mark: the number of '[1]', a typist's mark as it is ('x/', '*')."""
    return mark.strip("[]()")


def note_type(mark: str) -> str:
    """Whose note a mark's is: a typist's mark is the document's own; a numbered one the translator's."""
    return "translator" if mark.startswith(("[", "(")) else "document"
