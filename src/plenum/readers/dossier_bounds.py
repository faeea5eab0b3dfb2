"""Where the documents of a journal dossier begin, found from every cue the print gives, not only headings.

A text layer may lose a document's ``DOCUMENT No. N`` heading. The document still opens with a block
of its own (a first-page archive note, a ``RECEPTION`` record's title, a diary's letterhead or period,
a letter's salutation or ``Translation from the …``, the bare dateline of a diary entry), and the one
before it closes with its distribution list; such a block after a document's body text begins another
document. A record of conversation names the person it was held with: a run of text-layer fragments
that never names that person while quoting another as speaking again and again is taken, with low
certainty, for another record. A letter speaks in the first person: a fragment inside one that, without
an "I", reports in the third person what a named person writes or was told ("writes Cde. X", "X was
told") is taken, with low certainty, for a record about that person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable

from .dossier_layout import SOURCE_OPEN, Layout

OPENINGS = (
    ("a first-page archive note", re.compile(r"\[?Handwritten at the (?:top|bottom)\b[^:]*\bfirst page", re.I)),
    ("a RECEPTION record's title", re.compile(r"RECEPTION\s*$")),
    ("a diary's letterhead", re.compile(r"(?:DIARY\s*$|Embassy of the USSR\b|(?:For the )?period from\b.+\bto\b)")),
    ("a letter's salutation", re.compile(r"Dear Comrades?\b", re.I)),
    ("a translated letter's heading", re.compile(r"(?:Translation from the \w+\s*$|TO THE CENTRAL COMMITTEE\b)")),
)
LETTER_CUES = {"a letter's salutation", "a translated letter's heading"}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATELINE = re.compile(rf"\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?")
CLOSING = re.compile(r"(?:\d+\s+copies\s+(?:sent|issued)|Drafted by\b|Typed by\b|\[Distribution list\])", re.I)
CONVERSATION = re.compile(r"\b(?:Conversation|Meeting|Reception|RECEPTION|DIARY)\b")
_WORD = r"[A-Z][a-z]+(?:-[a-z]+)?"     # a word of a name: Sangjo, Tae-sik
TITLE_PERSON = re.compile(rf"({_WORD}(?:\s+{_WORD}){{1,2}}),\s+\d{{1,2}}\s+{MONTH}\b")
RECEPTION_PERSON = re.compile(r"RECEPTION\s+of\s+([A-Z][A-Z\-]+(?:\s+[A-Z][A-Z\-]+){1,2}),")

_NAME = rf"(?:(?:Cde\.|Comrade)\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})"
_VERBS = (r"(?:said|says|told|continued|pointed out|stressed|noted|explained|declared|replied|remarked|"
          r"answered|responded|emphasized|added)")
SPEAKER = (re.compile(rf"{_NAME}(?:,\s[^,.]{{1,60}},)?\s+{_VERBS}\b"),
           re.compile(rf",\s*{_VERBS}\s+{_NAME}"),
           re.compile(rf"\b[Ii]n the opinion of\s+{_NAME}"))
# What a record says a letter's writer writes or was told: a summary's present tense, a reply's passive.
REPORTS = (re.compile(rf"{_NAME}(?:\s+(?:then|also|basically|further))?\s+(?:writes|states|describes|expresses|"
                      rf"reports|requests|is raising|was told|was informed|was asked)\b"),
           re.compile(rf",\s*writes\s+{_NAME}"))
FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
NOT_NAMES = frozenset("He She It They We I The This That These Then There In At On As But And Later Further "
                      "Our His Her Their Its Cde Comrade Korean Soviet Chinese Ambassador Embassy Deputy Minister "
                      "Chairman Central Committee Government Party Presidium Plenum Regarding Speaking When Both "
                      "Completely Furthermore However Therefore Thus Vice Premier Mr Industry Affairs Trade Culture "
                      "Construction Defense Agriculture".split())
BODY_WORDS = 6    # a line of running text, not a title, date, signature or number
SENTENCE = re.compile(r"[a-z]{2,}[.?!]\s*$")


@dataclass(frozen=True)
class Boundary:
    """Where a document begins: its first line, its printed number if its heading survived, and why."""

    line: int
    number: int | None
    cue: str
    certain: bool = True
    person: str | None = None   # whom a record of conversation is held with, if its title or text says


class BoundaryFinder:
    """The documents' first lines between the first heading and the end of the source."""

    def __init__(self, layout: Layout, reading: Callable[[int], str]) -> None:
        self.layout = layout
        self.lines = layout.lines
        self.reading = reading

    def boundaries(self) -> list[Boundary]:
        """Headings, then openings after body text, then changes of interlocutor, in source order."""
        headings = self.layout.headings()
        ends = [line - 1 for line, _ in headings[1:]] + [len(self.lines)]
        found: list[Boundary] = []
        for (line, number), end in zip(headings, ends):
            opened = [Boundary(line, number, "its printed heading")]
            opened += self._openings(self._opening_end(line, end) + 1, end)
            stops = [b.line - 1 for b in opened[1:]] + [end]
            for boundary, stop in zip(opened, stops):
                boundary = replace(boundary, person=self._title_person(boundary.line, stop))
                found.append(boundary)
                if boundary.cue in LETTER_CUES:
                    found += self._reports_in_letter(boundary, stop)
                else:
                    found += self._changes_of_interlocutor(boundary, stop)
        return found

    def _title_person(self, first: int, last: int) -> str | None:
        """Whom a document's title says it was held with ('…, Li Sangjo, 29 May', 'RECEPTION of LI SANGJO,')."""
        title = self._text(first, min(last, first + 12))
        if match := TITLE_PERSON.search(title):
            return _person(match.group(1))
        if match := RECEPTION_PERSON.search(title):
            return _person(match.group(1).title())
        return None

    # --- openings and closings ----------------------------------------------------------------

    def _opening_end(self, heading: int, last: int) -> int:
        """The last line of a heading's title and source note."""
        for number in range(heading + 1, min(last, heading + 12) + 1):
            if SOURCE_OPEN.match(self.lines[number - 1]):
                return self.layout.bracketed(number, last)
        title = self._after(heading, last)
        return self.layout.paragraph_end(title, last) if title < last else heading

    def _openings(self, first: int, last: int) -> list[Boundary]:
        """Documents begun by an opening block (or text after a closing one) once body text was read."""
        found: list[Boundary] = []
        body, closed, last_body = False, False, first - 1
        for paragraph in self._paragraphs(first, last):
            texts = [self.reading(number).strip() for number in paragraph]
            cues = [self._opening_cue(text, number) for text, number in zip(texts, paragraph)]
            broken = paragraph[-1] < last and self.layout.starts_fragment(paragraph[-1] + 1)
            running = self._running(texts, cues, broken)
            for number, text, cue, is_body in zip(paragraph, texts, cues, running):
                if cue and body:
                    found.append(Boundary(self._after(last_body, number), None, cue))
                    body, closed = False, False
                elif closed and is_body:
                    found.append(Boundary(paragraph[0], None,
                                          "text after the distribution list that closed the document before"))
                    body, closed = False, False
                closed = closed or bool(CLOSING.match(text))
                if is_body:
                    body, last_body = True, number
        return found

    def _paragraphs(self, first: int, last: int) -> list[list[int]]:
        """Runs of text lines, parted by blank lines and by the starts of fragments."""
        paragraphs: list[list[int]] = []
        for number in range(first, last + 1):
            if number in self.layout.furniture:
                continue
            if not self.lines[number - 1].strip():
                if paragraphs and paragraphs[-1]:
                    paragraphs.append([])
                continue
            if not paragraphs or (self.layout.starts_fragment(number) and paragraphs[-1]):
                paragraphs.append([])
            paragraphs[-1].append(number)
        return [paragraph for paragraph in paragraphs if paragraph]

    @staticmethod
    def _running(texts: list[str], cues: list[str | None], broken: bool) -> list[bool]:
        """Which lines of a paragraph are running text: long lines outside brackets, in a paragraph of
        three such lines, holding a sentence, going on from before (lower case) or broken off by the text
        layer (a title, letterhead, date or signature is none of these)."""
        depth, long_lines = 0, []
        for text, cue in zip(texts, cues):
            long_lines.append(not cue and depth == 0 and not text.startswith("[")
                              and len(text.split()) >= BODY_WORDS)
            depth = max(0, depth + text.count("[") - text.count("]"))
        sentence = any(ok and SENTENCE.search(text) for ok, text in zip(long_lines, texts))
        going_on = texts[0][:1].islower()
        return long_lines if sum(long_lines) >= 3 or sentence or going_on or broken else [False] * len(texts)

    def _opening_cue(self, text: str, number: int) -> str | None:
        for cue, pattern in OPENINGS:
            if pattern.match(text):
                return cue
        if self.layout.starts_fragment(number) and DATELINE.fullmatch(text):
            return "the dateline of a diary entry"
        return None

    def _after(self, previous: int, cue: int) -> int:
        """The first line of an opening block: the first text line after the body line before its cue."""
        for number in range(previous + 1, cue + 1):
            if self.lines[number - 1].strip() and number not in self.layout.furniture:
                return number
        return cue

    # --- records of conversation --------------------------------------------------------------

    def _changes_of_interlocutor(self, start: Boundary, last: int) -> list[Boundary]:
        """Records begun where the text stops naming the document's interlocutor and quotes another."""
        title = self._text(start.line, min(last, start.line + 12))
        if not CONVERSATION.search(title):
            return []
        current = start.person
        found: list[Boundary] = []
        run: list[tuple[int, str]] = []
        for first, end in self.layout.fragments(start.line, last):
            text = self._text(first, end)
            if current and named(current, text):
                run = []
                continue
            run.append((first, text))
            speaking = Counter(name for _, part in run for name in speakers(part))
            if not speaking:
                continue
            top, count = speaking.most_common(1)[0]
            if current is None:
                current, run = top, []
            elif count >= 2:
                found.append(Boundary(run[0][0], None, f"text that no longer names {current} but quotes "
                                      f"{top} {count} times", certain=False, person=top))
                current, run = top, []
        return found

    def _reports_in_letter(self, start: Boundary, last: int) -> list[Boundary]:
        """A record begun inside a letter where a fragment without an 'I' reports what one named person
        writes or was told, twice or more (the letter itself speaks in the first person)."""
        for first, end in self.layout.fragments(start.line, last)[1:]:
            text = self._text(first, end)
            reported = Counter(reports(text))
            if FIRST_PERSON.search(text) or not reported:
                continue
            person, count = reported.most_common(1)[0]
            if count >= 2:
                return [Boundary(first, None, f"text without an 'I' that reports what {person} writes or was "
                                 f"told ({count} times), inside a letter",
                                 certain=False, person=person)]
        return []

    def _text(self, first: int, last: int) -> str:
        """The reading of some lines, line-end hyphens of split words joined."""
        text = ""
        for number in range(first, last + 1):
            if number in self.layout.furniture or not self.lines[number - 1].strip():
                continue
            line = self.reading(number).strip()
            if text.endswith("-") and line[:1].islower():
                text = text[:-1] + line
            else:
                text = f"{text} {line}" if text else line
        return text


def speakers(text: str) -> list[str]:
    """The persons a text quotes as speaking ('Li Sangjo said', ', continued Li Sangjo')."""
    found = []
    for pattern in SPEAKER:
        for match in pattern.finditer(text):
            person = _person(match.group("name"))
            if person:
                found.append(person)
    return found


def reports(text: str) -> list[str]:
    """The persons a text reports as writing or being told ('writes Cde. Li Sangjo', 'Li Sangjo was told')."""
    return [person for pattern in REPORTS for match in pattern.finditer(text)
            if (person := _person(match.group("name")))]


def _person(words: str) -> str | None:
    """A name without the words before it that are no name ('Then Bak', 'Minister Ro Tae-sik')."""
    names = words.split()
    while names and names[0] in NOT_NAMES:
        names.pop(0)
    return " ".join(names) if names and names[-1] not in NOT_NAMES else None


def named(person: str, text: str) -> bool:
    """Whether a text names a person: the full name, or the family name standing alone ('said Bak')."""
    if re.search(rf"\b{re.escape(person)}\b", text):
        return True
    family = person.split()[0]
    return " " in person and re.search(rf"\b{re.escape(family)}\b(?!\s+[A-Z])", text) is not None
