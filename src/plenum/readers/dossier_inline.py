"""The running text of a dossier paragraph as TEI: decoded font runs, joined lines, note and document links.

Each source line keeps its characters: shifted runs become ``choice`` (``orig`` as printed, ``reg``
decoded), line ends become ``lb`` (``break="no"`` where a word goes on, ``rend="hyphen"`` where the
hyphen was only the typesetter's), endnote numbers become ``ref type="noteref"`` and the essay's
``Documents #4 and #10`` become ``ref type="document"``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from string import ascii_uppercase

from lxml import etree

from ..source import Source
from . import Markup
from ..tei import q, sub
from .brackets import opens_label, stamped
from .decoded_tei import bracket_parts, decoded_choice
from .dossier_layout import Item, PrintedBlock, split_glued
from .dossier_pieces import Pieces, emit_plain, printed_page_break
from .fontshift import HYPHEN_PREFIXES, LOST, Decoder, FontRun
from .inline import BREAK, InlineParser, Run

# An endnote number printed after a word or punctuation: 'Korea,1 they', 'factions.2'.
MARKER = re.compile(r"(?<=[A-Za-z.,;:)\]\u201d\u2019\"])(\d{1,3})(?!\d)(?=[\s\ufffd]|$)")
DOCUMENT_REFERENCE = re.compile(r"Documents?\s+#\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)#\d+)*")
NUMBER = re.compile(r"#(\d+)")
_WORD = re.compile(r"[A-Za-z\u2019']+(?:-[A-Za-z\u2019']+)*")


@dataclass
class Links:
    """Where an essay's markers and document references point, and what was found for review."""

    notes: dict[int, str] = field(default_factory=dict)
    documents: dict[int, str] = field(default_factory=dict)
    #: (number, line, resolved) of every note marker and document reference met.
    markers: list[tuple[int, int, bool]] = field(default_factory=list)
    references: list[tuple[int, int, bool]] = field(default_factory=list)


@dataclass(frozen=True)
class Segment:
    """A piece of a line: plain text, or a shifted run (then `run` is set); columns in the line."""

    start: int
    end: int
    run: FontRun | None = None


class DossierInline:
    """Builds the mixed content of blocks of one source."""

    def __init__(self, source: Source, decoder: Decoder | None, issue: str) -> None:
        self.source = source
        self.decoder = decoder
        self.issue = issue
        #: The bracket grammar of the member being built (set per essay or document), None: brackets as text.
        self.parser: InlineParser | None = None
        self._runs: dict[int, list[FontRun]] = {}
        if decoder:
            self._punctuate(decoder)
        else:
            self._runs = {number: [] for number in range(1, len(source.lines) + 1)}
        tokens = [token for number in range(1, len(source.lines) + 1)
                  for token in _WORD.findall(self.reading(number).rstrip().rstrip("-"))]
        self.words = Counter(token.lower() for token in tokens if "-" not in token)
        self.pairs = {tuple(parts[i:i + 2]) for token in tokens if "-" in token
                      for parts in [token.lower().split("-")] for i in range(len(parts) - 1)}
        self.tails = {pair[1] for pair in self.pairs}

    def _punctuate(self, decoder: Decoder) -> None:
        """Each line's runs, their lost punctuation guessed with the lines around them as context (a mark
        lost at a line's end is read with the next line's first word)."""
        lines = self.source.lines
        self._runs = {number: decoder.slotted(line) for number, line in enumerate(lines, 1)}
        for number in range(1, len(lines) + 1):
            runs = self._runs[number]
            if not any(piece.kind == "slot" for run in runs for piece in run.pieces):
                continue
            before = "".join(self.reading(n) + "\n" for n in range(max(1, number - 6), number))
            after = "".join("\n" + self.reading(n) for n in range(number + 1, min(len(lines), number + 2) + 1))
            for index, run in enumerate(runs):
                head = self.reading(number)[:self._column(number, run.start)]
                tail = self.reading(number)[self._column(number, run.end):]
                runs[index] = decoder.punctuate(run, before + head, tail + after)

    def _column(self, number: int, column: int) -> int:
        """Where column `column` of the printed line falls in its reading."""
        position = 0
        for segment in self.segments(number):
            if segment.start >= column:
                break
            position += len(segment.run.reading) if segment.run else min(column, segment.end) - segment.start
        return position

    # --- lines --------------------------------------------------------------------------------

    def runs(self, number: int) -> list[FontRun]:
        return self._runs[number]

    def segments(self, number: int) -> list[Segment]:
        """The plain and shifted pieces of a line, in order."""
        line = self.source.lines[number - 1]
        segments, position = [], 0
        for run in self._runs[number]:
            if run.start > position:
                segments.append(Segment(position, run.start))
            segments.append(Segment(run.start, run.end, run))
            position = run.end
        if position < len(line):
            segments.append(Segment(position, len(line)))
        return segments

    def reading(self, number: int) -> str:
        """A line as a reader reads it: shifted runs decoded."""
        line = self.source.lines[number - 1]
        return "".join(segment.run.reading if segment.run else line[segment.start:segment.end]
                       for segment in self.segments(number))

    def initial(self, word: str) -> str | None:
        """The capital a word lost with its drop cap ('his' -> T), when exactly one letter makes it a word
        the document uses elsewhere; else None ('ew': few and new)."""
        letters = self.initials(word)
        return letters[0] if len(letters) == 1 else None

    def initials(self, word: str) -> list[str]:
        """The capitals that, put before a word, make it a word the document uses elsewhere."""
        core = re.match(r"[a-z]+", word)
        return [letter for letter in ascii_uppercase if core and letter.lower() + core.group() in self.words]

    def starts_lower(self, number: int) -> bool:
        """Whether a line's text begins with a lower-case letter (a paragraph going on)."""
        text = self.reading(number).lstrip()
        return bool(text) and text[0].islower()

    def markers(self, number: int) -> list[int]:
        """The endnote numbers printed in a line."""
        line = self.source.lines[number - 1]
        found = []
        previous = ""
        for segment in self.segments(number):
            if segment.run is None:
                text = line[segment.start:segment.end]
                found += [int(m.group(1)) for m in MARKER.finditer(previous + text) if m.start() >= len(previous)]
                previous = text[-1:] if text else previous
            else:
                previous = _last_read(segment.run) or previous
        return found

    # --- blocks -------------------------------------------------------------------------------

    def fill(self, element: etree._Element, items: list[Item], links: Links | None = None,
             brackets: bool = True, splits: frozenset[int] = frozenset()) -> str:
        """Append a block's lines to `element`; return its reading text (lines joined, words rejoined).
        Its brackets are read by the member's `parser` (the archive pages' bracket grammar) unless
        `brackets` is false (a source note, whose brackets only frame it). A line of `splits` ends where
        a blank line was joined (lb type split)."""
        run, reading = self.run_of(items, links, splits, brackets)
        if brackets and self.parser is not None:
            consumed = len(self.parser.conv.markup)
            self.parser.parse(run, element)
            self._font_brackets(consumed)
        else:
            emit_plain(element, run)
        return re.sub(r"\s+", " ", reading).strip()

    def _font_brackets(self, first: int) -> None:
        """The brackets consumed since markup entry `first` that are printed in the shifted font (split
        out of their decoded runs) recorded as markup of their own kind, 'font-bracket'."""
        markup = self.parser.conv.markup
        text = self.source.text
        for index in range(first, len(markup)):
            entry = markup[index]
            if entry.kind == "bracket" and text[entry.start:entry.end] not in ("[", "]"):
                markup[index] = Markup(entry.start, entry.end, "font-bracket")

    def run_of(self, items: list[Item], links: Links | None, splits: frozenset[int] = frozenset(),
               brackets: bool = True) -> tuple[Run, str]:
        """A block's lines as one inline `Run`: plain text with its source offsets, and a placeholder for
        each element the dossier makes itself (decoded runs, line ends, links, furniture); its reading.
        Brackets a decoded run holds whole are read in its reg unless `brackets` is false."""
        pieces = Pieces()
        texts = [item for item in items if item.kind == "text"]
        reading = ""
        for item in items:
            if item.kind != "text":
                holder = etree.Element("furniture")
                self.furniture(holder, item)
                pieces.furniture(*holder)
                continue
            position = texts.index(item)
            following = texts[position + 1] if position + 1 < len(texts) else None
            line = self.source.lines[item.line - 1]
            start = len(line) - len(line.lstrip())
            joint = self._joint(item.line, following.line) if following else None
            end = len(line.rstrip()) - 1 if joint == "soft" else len(line)
            reading += self._line(pieces, item.line, start, end, links, self.parser if brackets else None)
            if following is None:
                continue
            attrs = {"soft": {"break": "no", "rend": "hyphen"}, "hard": {"break": "no"}}.get(
                joint, {"type": "split"} if item.line in splits else {})
            pieces.elements(etree.Element(q("lb"), attrs))
            pieces.text("\n", self.source.offset(item.line, len(line)))
            reading = reading.rstrip() + ("" if joint else " ")
        return pieces.done(), reading

    def join_brackets(self, blocks: list[PrintedBlock]) -> list[PrintedBlock]:
        """Blocks with a labelled bracket that runs on over the next few short paragraphs ('[Stamp:' …
        ']' across blank lines) joined into one, so that the bracket is read whole."""
        joined, index = [], 0
        while index < len(blocks):
            block = blocks[index]
            depth, labelled = self._open_bracket(block)
            end = index
            while depth > 0 and labelled and end + 1 < min(index + 5, len(blocks)):
                following = blocks[end + 1]
                if following.fragment or not 0 < len(following.text_lines) <= 4:
                    break
                end += 1
                depth += self._open_bracket(following)[0]
            if end > index and depth <= 0:
                part = blocks[index:end + 1]
                block = PrintedBlock([item for piece in part for item in piece.items], block.fragment,
                                     frozenset(piece.text_lines[-1] for piece in part[:-1]))
                index = end
            joined.append(block)
            index += 1
        return joined

    def _open_bracket(self, block: PrintedBlock) -> tuple[int, bool]:
        """How many brackets a block leaves open (negative: closes), in its plain text, and whether the first
        it leaves open is labelled (it opens with a label, or follows 'Stamp:')."""
        text = "\n".join("".join(BREAK if segment.run else self.source.lines[number - 1][segment.start:segment.end]
                                  for segment in self.segments(number)) for number in block.text_lines)
        opened: list[int] = []
        closed = 0
        for index, char in enumerate(text):
            if char == "[":
                opened.append(index)
            elif char == "]":
                if opened:
                    opened.pop()
                else:
                    closed += 1
        return len(opened) - closed, bool(opened) and (opens_label(text[opened[0] + 1:]) or stamped(text, opened[0]))

    def _joint(self, first: int, second: int) -> str | None:
        """How a word broken at the end of line `first` goes on: 'soft' hyphen, 'hard' hyphen, or None."""
        raw = self.source.lines[first - 1].rstrip()
        left_text = self.reading(first).rstrip()
        right_text = self.reading(second).lstrip()
        left = re.search(r"([A-Za-z\u2019'\-]*[A-Za-z])-$", left_text)
        right = re.match(r"[A-Za-z]+", right_text)
        if not raw.endswith("-") or not left or not right:
            return None
        return "soft" if self.soft_hyphen(left.group(1), right.group()) else "hard"

    def soft_hyphen(self, left: str, right: str) -> bool:
        """Whether a hyphen at a line's end only split a word (else it belongs to a compound).

        The document is the evidence: a capital after the hyphen, a prefix that English joins with a
        hyphen, or the compound (or another with the same second word) written elsewhere with a hyphen
        (and never solid) keeps it.
        """
        last = left.split("-")[-1].lower()
        if right[0].isupper() or last in HYPHEN_PREFIXES:
            return False
        solid = (last + right).lower() in self.words
        if (last, right.lower()) in self.pairs and not solid:
            return False
        # 'left-wing or right-/wing': two words of the document, the second written elsewhere as the end of
        # a hyphenated compound, the two never written solid.
        if right.lower() in self.tails and last in self.words and right.lower() in self.words and not solid:
            return False
        return True

    def _line(self, pieces: Pieces, number: int, start: int, end: int, links: Links | None,
              parser: InlineParser | None) -> str:
        """Add line `number` from column `start` to `end` to `pieces` (decoded runs' brackets read by
        `parser`); return its reading."""
        line = self.source.lines[number - 1]
        reading = ""
        previous = ""
        for segment in self.segments(number):
            low, high = max(segment.start, start), min(segment.end, end)
            if low >= high:
                continue
            if segment.run is not None and (low, high) == (segment.start, segment.end):
                for part in bracket_parts(segment.run, self.decoder.offset) if parser else [segment.run]:
                    if isinstance(part, FontRun):
                        pieces.elements(decoded_choice(part, parser, self.source.offset(number, part.start)))
                    else:
                        pieces.text(part[1], self.source.offset(number, part[0]))
                reading += segment.run.reading
                previous = _last_read(segment.run) or previous
                continue
            text = line[low:high]
            reading += text
            self._plain(pieces, text, self.source.offset(number, low), previous, number, links)
            previous = text[-1:] or previous
        return reading

    def _plain(self, pieces: Pieces, text: str, offset: int, previous: str, number: int,
               links: Links | None) -> None:
        """Add plain text (source offset `offset`), turning note markers and document references into links."""
        if links is None:
            pieces.text(text, offset)
            return
        spans = [(m.start() - len(previous), m.end() - len(previous), "note", m.group(1))
                 for m in MARKER.finditer(previous + text) if m.start() >= len(previous)]
        for match in DOCUMENT_REFERENCE.finditer(text):
            spans += [(m.start(), m.end(), "document", m.group(1))
                      for m in NUMBER.finditer(text, match.start(), match.end())]
        position = 0
        for low, high, kind, digits in sorted(spans):
            if low < position:
                continue
            pieces.text(text[position:low], offset + position)
            pieces.elements(self._link(kind, int(digits), text[low:high], number, links))
            position = high
        pieces.text(text[position:], offset + position)

    def _link(self, kind: str, number: int, text: str, line: int, links: Links) -> etree._Element:
        """A ref for a note marker or a document reference; without target when nothing matches."""
        table, found = (links.notes, links.markers) if kind == "note" else (links.documents, links.references)
        target = table.get(number)
        found.append((number, line, target is not None))
        attrs = {"type": "noteref" if kind == "note" else "document", "n": str(number)}
        if target:
            attrs["target"] = target
        ref = etree.Element(q("ref"), attrs)
        ref.text = text
        return ref

    def furniture(self, element: etree._Element, item: Item) -> None:
        """A running head or page number as fw, with its line; a page number glued to the head is num in it.
        A printed page number opens its page: a pb with the number before the page's head."""
        line = self.source.lines[item.line - 1]
        pointer = self.source.pointer(item.line)
        if item.kind == "glued":
            split, end = split_glued(line, self.issue)
            sub(element, "pb", None, {"n": line[split:end]})
            head = sub(element, "fw", line[:split].strip(), {"type": "header", "place": "top", "source": pointer})
            sub(head, "num", line[split:end], {"type": "page"})
            return
        if item.kind == "pageNum":
            printed_page_break(element, line.strip())
        sub(element, "fw", line.strip(), {"type": item.kind, "place": "top", "source": pointer})


def _last_read(run: FontRun) -> str:
    """What a decoded run ends with, for the marker after it: a character the shift lost counts as
    punctuation ('…confiscating grain\ufffd6 During': the 6 is a marker)."""
    return "." if run.raw.endswith(LOST) else run.reading[-1:]
