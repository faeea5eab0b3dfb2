"""The text layer of a printed journal dossier: essays with endnotes, then numbered documents.

The essays run from the top to the first ``DOCUMENT No. N`` heading; a new essay begins where the
endnote numbering starts again. Each document opens with its title and a ``[Source: …]`` note and
runs to where the next begins: at its heading or, where the text layer lost that, at a cue
`dossier_bounds` finds (such a document is named after the number before it: doc07a, doc07b, …); a part
the text layer printed out of place is put back in its document (`dossier_parts`).
One TEI file is made per essay (readers/dossier_essays.py) and per document, and a corpus file holds
them in order. Their brackets are read by the archive pages' grammar (readers/inline.py, brackets.py).
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from ..errors import InputError
from ..source import Source
from ..tei import PLENUM, sub
from . import Conversion, Document, Reader
from .brackets import BRACKET_WORDS
from .citation import iso_date
from .references import parse_reference
from .decoded_tei import FONT_MARKUP
from .dossier_bounds import DATELINE, BoundaryFinder, named
from .dossier_essays import EssayBuilder
from .dossier_inline import DossierInline, Links
from .dossier_layout import HEADING, SENTENCE_END, SOURCE_OPEN, Item, Layout, PrintedBlock
from .dossier_parts import Assembly, Member, Moved, owner
from .dossier_tei import Heading, Publication, corpus, document_header, slug, tei_root
from .fontshift import Decoder
from .inline import MARKUP, InlineParser

# 'Obtained for CWIHP by James F. Person and translated for CWIHP by Gary Goldberg.'
_NAME = r"[A-Z][\w\u2019'\-]*(?:\s+(?:[A-Z]\.|[A-Z][\w\u2019'\-]*))*"
CREDIT = re.compile(rf"\b(Obtained and translated|Obtained|[Tt]ranslated)(?:\s+for\s+\S+)?\s+by\s+"
                    rf"({_NAME}(?:\s*(?:,|\band\b)\s*{_NAME})*)")


class DossierReader(Reader):
    """Text layer of a journal dossier: 'DOCUMENT No. N' headings with '[Source: …]' notes."""

    name = "dossier"
    markup = MARKUP | FONT_MARKUP
    CONVENTION_WORDS = BRACKET_WORDS

    def sniff(self, source: Source) -> str | None:
        if not any(HEADING.fullmatch(line) for line in source.lines):
            return "no 'DOCUMENT No. N' headings"
        if not any(SOURCE_OPEN.match(line) for line in source.lines):
            return "no '[Source: …]' notes"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        reading = _DossierReading(conv)
        reading.run()
        return conv


class _DossierReading(EssayBuilder):
    """One conversion in progress: the source's layout, its decoder, and the documents made so far."""

    def __init__(self, conv: Conversion) -> None:
        self.conv = conv
        self.source = conv.source
        self.decoder = Decoder.learn(self.source.lines)
        self.layout = Layout(self.source, lambda number: self.inline.starts_lower(number))
        self.inline = DossierInline(self.source, self.decoder, self.layout.issue)
        self.publication = Publication(self.layout.journal, self.layout.issue)
        self.stem = self.source.path.stem
        self.base = "dossier-" + slug(self.stem)

    def run(self) -> None:
        boundaries = BoundaryFinder(self.layout, self.inline.reading).boundaries()
        if not boundaries:
            raise InputError(self.source.path, "no 'DOCUMENT No. N' heading found")
        numbers = [b.number for b in boundaries if b.number is not None]
        counts = Counter(numbers)
        duplicate = next((n for n in numbers if counts[n] > 1), None)
        if duplicate is not None:
            line = [b.line for b in boundaries if b.number == duplicate][1]
            raise InputError(self.source.path, f"document number {duplicate} appears twice", line)
        documents = {number: f"{self.stem}-doc{number:02d}.xml" for number in numbers}
        files = []
        if boundaries[0].line > 1:
            for index, article in enumerate(self._articles(1, boundaries[0].line - 1), 1):
                files.append(self._essay(article, index, documents))
        members = Assembly(self.layout, self.inline.reading).members(boundaries)
        for index, member in enumerate(members):
            if member.boundary.number is None:
                self._report_boundary(members, index)
            for moved in member.moved:
                self._report_moved(member, moved)
            if member.boundary.number is None:
                files.append(self._unnumbered(member))
            else:
                files.append(self._document(member))
        root = corpus(self.conv, self.publication, self.base, files)
        self.conv.documents.append(Document(self.stem, etree.ElementTree(root)))

    def _report_boundary(self, members: list[Member], index: int) -> None:
        """Findings on both sides of a boundary found without a heading: how it was found, and which
        numbers the document may have."""
        member = members[index]
        boundary = member.boundary
        before = next((m.boundary.number for m in reversed(members[:index]) if m.boundary.number is not None), None)
        after = next((m.boundary.number for m in members[index + 1:] if m.boundary.number is not None), None)
        name = f"{self.stem}-{member.name}"
        where = self.source.pointer(boundary.line)
        if before is None or after is None:
            place = f"after Document No. {before}" if after is None else f"before Document No. {after}"
        elif after - before > 1:
            place = (f"between Documents No. {before} and No. {after}, so it is one of Nos. "
                     f"{before + 1}–{after - 1} or part of one")
        else:
            place = f"between Documents No. {before} and No. {after}, so it may be part of either"
        guess = "" if boundary.certain else " This boundary is a guess from the text alone; check it against the print."
        held = [m for m in members[:index]
                if boundary.person and not boundary.certain and m.boundary.person == boundary.person]
        if held:
            place += (f". It speaks of {boundary.person}, with whom {held[-1].label()} was held: it may be a "
                      "displaced part of that document")
        self.conv.flag(name, "boundary", f"The text layer has lost this document's heading: plenum begins a "
                       f"document at line {boundary.line}, where {boundary.cue} follows the text before. Its "
                       f"number is not known: it is printed {place}.{guess}", where)
        self._report_end(members, boundary.line, f"{boundary.cue} begins another ({name}).{guess}")

    def _report_end(self, members: list[Member], line: int, why: str) -> None:
        """The finding on the document whose text comes before a boundary: where it is taken to end."""
        previous = owner(members, line - 1)
        if previous is not None:
            first = next(first for first, last in previous.parts if first <= line - 1 <= last)
            self.conv.flag(f"{self.stem}-{previous.name}", "boundary", f"This document's text printed from line "
                           f"{first} is taken to end at line {line - 1}: at line {line} {why}",
                           self.source.pointer(line))

    def _report_moved(self, member: Member, moved: Moved) -> None:
        """Findings on a displaced part: where it was printed, where it is placed, and the cues."""
        name = f"{self.stem}-{member.name}"
        self.conv.flag(name, "boundary", f"Lines {moved.first}–{moved.last} are placed here, after line {moved.after}, "
                       f"where this document's text breaks off in mid-sentence and the text-layer fragment after it "
                       f"does not go on with the sentence: the text layer printed them after "
                       f"{moved.printed_after.label()}, where {moved.cue} begins in mid-sentence after a finished "
                       f"one, so it goes on from elsewhere; this document was held with "
                       f"{member.boundary.person}. This placement is a guess from the text alone; check it "
                       "against the print.", self.source.pointer(moved.first, moved.last))
        self._report_end([moved.printed_after], moved.first,
                         f"begins a displaced part of {member.label()} ({name}), placed there after line "
                         f"{moved.after}: {moved.cue}, beginning in mid-sentence. This placement is a guess from "
                         "the text alone; check it against the print.")

    def _items(self, first: int, last: int) -> list[Item]:
        return [Item(n, self.layout.furniture.get(n, "text")) for n in range(first, last + 1)
                if self.source.lines[n - 1].strip()]

    # --- documents ----------------------------------------------------------------------------

    def _document(self, member: Member) -> str:
        """The TEI file of one printed document; its name."""
        number = member.boundary.number
        (first, last), *rest = member.parts
        name = f"{self.stem}-doc{number:02d}"
        identifier = f"{self.base}-doc{number:02d}"
        root = tei_root(identifier)
        parser = self._parser(identifier)
        text = sub(root, "text")
        front = sub(text, "front")
        head = sub(front, "head", None, {"type": "document", "n": str(number),
                                        "source": self.source.pointer(first)})
        self.inline.fill(head, [Item(first)])
        heading = Heading(number)
        line = self._next_text(first + 1, last)
        if line and not self.layout.starts_fragment(line) and not SOURCE_OPEN.match(self.source.lines[line - 1]):
            end = self.layout.paragraph_end(line, last)
            title = sub(sub(front, "docTitle"), "titlePart", None,
                        {"type": "main", "source": self.source.pointer(line, end)})
            heading.title = self.inline.fill(title, self._items(line, end))
            heading.date = iso_date(heading.title)
            line = self._next_text(end + 1, last)
        if line and SOURCE_OPEN.match(self.source.lines[line - 1]):
            end = self.layout.bracketed(line, last)
            note = sub(front, "note", None, {"type": "source", "source": self.source.pointer(line, end)})
            self._source_note(heading, self.inline.fill(note, self._items(line, end), brackets=False))
            line = self._next_text(end + 1, last)
        self._check_heading(name, heading, first)
        self._body(text, [(line, last)] + rest if line else rest, name, {"type": "document", "n": str(number)},
                   member.boundary.person)
        heading.hands = parser.hands_used
        if not heading.translated:
            _unsign(root, parser.translation_resp)
        root.insert(0, document_header(self.conv, self.publication, heading, identifier))
        self.conv.documents.append(Document(name, etree.ElementTree(root)))
        return name

    def _unnumbered(self, member: Member) -> str:
        """The TEI file of a document whose heading the text layer lost: titled by its opening words."""
        (first, last), *rest = member.parts
        name, identifier = f"{self.stem}-{member.name}", f"{self.base}-{member.name}"
        root = tei_root(identifier)
        parser = self._parser(identifier)
        line = self._next_text(first, last)
        opening = " ".join(" ".join(self.inline.reading(n) for n in range(line, min(last, line + 6) + 1)
                                    if n not in self.layout.furniture).split()[:8])
        heading = Heading(None, f"Document without its printed heading, beginning “{opening}…”")
        heading.date = self._first_date(line, min(last, line + 15))
        self._body(sub(root, "text"), ([(line, last)] if line else []) + rest, name, {"type": "document"},
                   member.boundary.person)
        heading.hands = parser.hands_used
        _unsign(root, parser.translation_resp)
        root.insert(0, document_header(self.conv, self.publication, heading, identifier))
        self.conv.documents.append(Document(name, etree.ElementTree(root)))
        return name

    def _parser(self, identifier: str) -> InlineParser:
        """The bracket grammar of one document, pointing to its header's translator and hand."""
        self.inline.parser = InlineParser(self.conv, f"#{identifier}-{PLENUM}", f"#{identifier}-translation",
                                          hand=f"#{identifier}-hw")
        return self.inline.parser

    def _first_date(self, first: int, last: int) -> str | None:
        """The date of the first dateline with a year among some lines ('5 September 1956')."""
        for number in range(first, last + 1):
            reading = self.inline.reading(number).strip()
            if DATELINE.fullmatch(reading) and iso_date(reading):
                return iso_date(reading)
        return None

    def _body(self, text: etree._Element, parts: list[tuple[int, int]], name: str, attrs: dict[str, str],
              person: str | None) -> None:
        """A document's body: its paragraphs, part by part in reading order, each fragment after the first
        flagged (saying whether it names the person the document was held with)."""
        div = sub(sub(text, "body"), "div", None, attrs)
        for first, last in parts:
            for block in self.inline.join_brackets(self.layout.blocks(first, last)):
                self._block(div, block, None, name)
                if block.fragment and block.first != parts[0][0]:
                    self.conv.flag(name, "fragment", "text resumes here after a break in the text layer; "
                                   + _naming(person, self._fragment_text(block.first, last))
                                   + "check that it belongs to this document", self.source.pointer(block.first))

    def _fragment_text(self, first: int, last: int) -> str:
        """The reading of the text-layer fragment that begins at `first` (to the next one or `last`)."""
        end = next((n for n in range(first + 1, last + 1) if self.layout.starts_fragment(n)), last + 1)
        return " ".join(self.inline.reading(n) for n in range(first, end) if n not in self.layout.furniture)

    def _next_text(self, first: int, last: int) -> int | None:
        """The first non-blank, non-furniture line from `first` to `last`."""
        for number in range(first, last + 1):
            if self.source.lines[number - 1].strip() and number not in self.layout.furniture:
                return number
        return None

    def _source_note(self, heading: Heading, text: str) -> None:
        """Archive, units and people from a '[Source: …]' note."""
        body = text.strip().removeprefix("[Source:").strip().removesuffix("]")
        archive = re.split(r"\.\s+(?=Obtained|Translated)", body)[0]
        heading.reference = parse_reference(archive)
        if not any((heading.reference.fond, heading.reference.opis, heading.reference.delo,
                    heading.reference.folios)):
            parts = [part.strip() for part in archive.rstrip(".").split(",")]
            heading.shelfmark = ", ".join(parts[1:])
        for verb, names in CREDIT.findall(body):
            people = [name.strip() for name in re.split(r"\s*,\s*|\s+and\s+", names) if name.strip()]
            if "Obtained" in verb:
                heading.obtained += people
            if "ranslated" in verb:
                heading.translated += people
        if not text.rstrip().endswith("]"):
            heading.notes.append("The source note breaks off in the text layer.")

    def _check_heading(self, name: str, heading: Heading, line: int) -> None:
        """Findings for a document whose title, date, source or people the source does not give (its
        heading's notes are conversion notes of its header already)."""
        missing = [label for label, value in (("title", heading.title), ("date", heading.date),
                                              ("archive", heading.reference.repository),
                                              ("translator", heading.translated)) if not value]
        if missing:
            self.conv.flag(name, "incomplete-heading", "the source gives no " + ", ".join(missing),
                           self.source.pointer(line))

    # --- blocks -------------------------------------------------------------------------------

    def _block(self, div: etree._Element, block: PrintedBlock, links: Links | None, name: str) -> str:
        """Append a block to a division: a paragraph (marked when a fragment cuts it), or furniture."""
        pointer = self.source.pointer(block.first, block.last)
        if not block.text_lines:
            for item in block.items:
                self.inline.furniture(div, item)
            return ""
        p = sub(div, "p", None, {"source": pointer})
        reading = self.inline.fill(p, block.items, links, splits=block.splits)
        starts_inside = block.fragment and reading[:1].islower()
        ends_inside = not reading.endswith(SENTENCE_END) and self._fragment_ends(block)
        part = {(True, True): "M", (True, False): "F", (False, True): "I"}.get((starts_inside, ends_inside))
        if part:
            p.set("part", part)
        return reading

    def _fragment_ends(self, block: PrintedBlock) -> bool:
        """Whether the next text after a block starts a new fragment (or there is none)."""
        following = self._next_text(block.last + 1, len(self.source.lines))
        return following is None or self.layout.starts_fragment(following) \
            or HEADING.fullmatch(self.source.lines[following - 1]) is not None


def _naming(person: str | None, reading: str) -> str:
    """Whether a fragment names the person its document was held with, as a finding says it."""
    if person is None or not reading.strip():
        return ""
    return f"it {'names' if named(person, reading) else 'does not name'} {person}, with whom the document was held; "


def _unsign(root: etree._Element, resp: str) -> None:
    """Drop the translator's @resp from a document whose translator the source does not name."""
    for element in root.iter():
        if element.get("resp") == resp:
            del element.attrib["resp"]
