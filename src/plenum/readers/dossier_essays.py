"""The essays of a journal dossier: their text, their endnotes and the markers that point to them.

The essays run from the top of the dossier to its first document; a new essay begins where the endnote
numbering starts again. `EssayBuilder` is the essay half of the dossier reader (readers/dossier.py):
it reads the reader's layout (`layout`), inline builder (`inline`) and source, and writes through its
`_block` and `_items`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..tei import PLENUM, XML_ID, q, sub
from . import Document
from .dossier_inline import Links
from .dossier_layout import NOTE_START
from .dossier_tei import essay_header, tei_root
from .inline import InlineParser

# Words that quantify a plural subject, which a 'such … as' comparison in their sentence asks for.
QUANTIFIERS = frozenset({"few", "many", "most", "all", "some", "none", "several"})


@dataclass
class Article:
    """An essay: its text fragments, its endnotes (number, first, last line) and unplaceable pieces."""

    text: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[int, int, int]] = field(default_factory=list)
    unplaced: list[tuple[int, int]] = field(default_factory=list)
    last_marker: int = 0
    markers: set[int] = field(default_factory=set)
    #: Notes of which only the end survives: a fragment just before the next note's number.
    continued: set[int] = field(default_factory=set)


class EssayBuilder:
    """Builds the TEI files of a dossier's essays (a part of the dossier reader)."""

    def _articles(self, first: int, last: int) -> list[Article]:
        """The essays before the first document: split where endnote numbering starts again."""
        fragments = self.layout.fragments(first, last)
        kinds = ["notes" if self._note_lines(a, b) else "text" for a, b in fragments]
        for index, kind in enumerate(kinds):
            after = kinds[index + 1] if index + 1 < len(kinds) else "notes"
            if kind == "text" and index and kinds[index - 1] in ("notes", "debris") and after == "notes":
                kinds[index] = "debris"
        articles = [Article()]
        for (a, b), kind in zip(fragments, kinds):
            article = articles[-1]
            if kind == "debris":
                article.unplaced.append((a, b))
            elif kind == "notes":
                self._notes(article, a, b)
            else:
                markers = [m for n in range(a, b + 1) for m in self.inline.markers(n)]
                if markers and article.text and markers[0] < article.last_marker:
                    article = Article()
                    articles.append(article)
                article.text.append((a, b))
                article.last_marker = max([article.last_marker] + markers)
                article.markers.update(markers)
        for article in articles:
            self._continued_notes(article)
        return [article for article in articles if article.text or article.notes or article.unplaced]

    def _continued_notes(self, article: Article) -> None:
        """A fragment printed just before note N+1, where the essay marks note N and prints no note N, is
        the end of note N (its beginning lost with the text layer): taken as that note, so the marker links."""
        numbers = {number for number, _, _ in article.notes}
        for a, b in list(article.unplaced):
            index, following = next(((i, note) for i, note in enumerate(article.notes) if note[1] > b), (None, None))
            if following is None or self._next_text(b + 1, following[1]) != following[1]:
                continue
            number = following[0] - 1
            if number in article.markers and number not in numbers:
                article.unplaced.remove((a, b))
                article.notes.insert(index, (number, a, b))
                article.continued.add(number)
                numbers.add(number)

    def _note_lines(self, first: int, last: int) -> list[int]:
        return [n for n in range(first, last + 1) if NOTE_START.match(self.source.lines[n - 1])]

    def _notes(self, article: Article, first: int, last: int) -> None:
        """Split a fragment of endnotes into notes; lines before the first number cannot be placed."""
        starts = self._note_lines(first, last)
        if starts[0] > first:
            article.unplaced.append((first, self._trim(first, starts[0] - 1)))
        for index, start in enumerate(starts):
            end = starts[index + 1] - 1 if index + 1 < len(starts) else last
            number = int(NOTE_START.match(self.source.lines[start - 1]).group(1))
            article.notes.append((number, start, self._trim(start, end)))

    def _trim(self, first: int, last: int) -> int:
        while last > first and not self.source.lines[last - 1].strip():
            last -= 1
        return last

    def _essay(self, article: Article, index: int, documents: dict[int, str]) -> str:
        """The TEI file of one essay; its name."""
        name = f"{self.stem}-essay{index}"
        identifier = f"{self.base}-essay{index}"
        root = tei_root(identifier)
        self.inline.parser = InlineParser(self.conv, f"#{identifier}-{PLENUM}")
        ids = self._note_ids(article, identifier, name)
        links = Links({number: f"#{key}" for (number, _, _), key in reversed(list(zip(article.notes, ids)))},
                      documents)
        text = sub(root, "text")
        div = sub(sub(text, "body"), "div", None, {"type": "essay"})
        opening = ""
        for a, b in article.text:
            for block in self.layout.blocks(a, b):
                reading = self._block(div, block, links, name)
                if not opening and reading:
                    opening = " ".join(reading.split()[:6])
                    if reading[0].islower():
                        letter, cert = self._initial(reading)
                        _drop_cap(div[-1], letter, cert, f"#{identifier}-{PLENUM}")
                        if cert == "medium":
                            word = reading.split()[0]
                            options = " and ".join(f"'{other + word}'" for other in self.inline.initials(word))
                            self.conv.flag(name, "drop-cap", f"the lost drop cap is supplied as '{letter}' from its "
                                           f"sentence: {options} are both words of the document, and the "
                                           f"sentence's comparison 'such … as' asks for a quantifier",
                                           self.source.pointer(a))
                        opening = (letter or "[?]") + opening
                        part = {"F": None, "M": "I"}.get(div[-1].get("part"), div[-1].get("part"))
                        div[-1].attrib.pop("part", None)
                        if part:
                            div[-1].set("part", part)
        back = sub(text, "back")
        if article.notes:
            notes_div = sub(back, "div", None, {"type": "notes"})
            for (number, start, end), key in zip(article.notes, ids):
                note = sub(notes_div, "note", None, {"type": "endnote", "n": str(number), XML_ID: key,
                                                     "source": self.source.pointer(start, end)})
                if number in article.continued:
                    note.set("subtype", "fragment")
                    self.conv.flag(name, "note-fragment", f"only the end of note {number} survives: the text "
                                   f"before note {number + 1}, without a number, is taken as its end",
                                   self.source.pointer(start, end))
                self.inline.fill(note, self._items(start, end))
        if article.unplaced:
            unplaced = sub(back, "div", None, {"type": "unplaced"})
            for a, b in article.unplaced:
                ab = sub(unplaced, "ab", None, {"type": "fragment", "source": self.source.pointer(a, b)})
                self.inline.fill(ab, self._items(a, b))
        if len(back) == 0:
            text.remove(back)
        _mark_unanchored(root)
        self._report_links(name, links)
        root.insert(0, essay_header(self.conv, self.publication, index, opening, identifier))
        self.conv.documents.append(Document(name, etree.ElementTree(root)))
        return name

    def _initial(self, reading: str) -> tuple[str | None, str]:
        """The capital an essay lost with its drop cap, and how certain: one letter that makes the first word
        a word of the document (certain), or, of several, the quantifier that a 'such … as' comparison in
        the same sentence needs ('[F]ew events … have had such enduring relevance … as the dispute':
        'new events' compares nothing); else None."""
        first = reading.split()[0]
        letter = self.inline.initial(first)
        if letter:
            return letter, "high"
        sentence = re.split(r"(?<=[.?!])\s", reading, maxsplit=1)[0]
        if not re.search(r"\bsuch\b.+\bas\b", sentence):
            return None, ""
        quantifiers = [letter for letter in self.inline.initials(first)
                       if (letter + first).lower() in QUANTIFIERS]
        return (quantifiers[0], "medium") if len(quantifiers) == 1 else (None, "")

    def _note_ids(self, article: Article, identifier: str, name: str) -> list[str]:
        """An xml:id per endnote ({essay}-fn{n}); a number printed twice is flagged and told apart by line."""
        ids: list[str] = []
        for number, start, _ in article.notes:
            key = f"{identifier}-fn{number}"
            if key in ids:
                key = f"{key}-L{start}"
                self.conv.flag(name, "duplicate-note", f"note {number} is printed twice",
                               self.source.pointer(start))
            ids.append(key)
        return ids

    def _report_links(self, name: str, links: Links) -> None:
        """Findings for markers without notes and references to absent documents (notes without markers
        are marked unanchored, which the review lists)."""
        for number, line, resolved in links.markers:
            if not resolved:
                self.conv.flag(name, "marker-without-note", f"note {number} is not in the source",
                               self.source.pointer(line))
        for number, line, resolved in links.references:
            if not resolved:
                self.conv.flag(name, "reference-without-document",
                               f"Document #{number} is not in the source", self.source.pointer(line))


def _drop_cap(p: etree._Element, letter: str | None, cert: str, plenum: str) -> None:
    """The initial an essay lost with its drop cap (it opens in lower case): supplied by plenum where the
    word it begins, or its sentence, decides it (@cert medium when the sentence decided), else a gap."""
    if letter:
        lost = etree.Element(q("supplied"), {"reason": "drop-cap", "resp": plenum})
        if cert != "high":
            lost.set("cert", cert)
        lost.text = letter
    else:
        lost = etree.Element(q("gap"), {"reason": "drop-cap", "unit": "chars", "quantity": "1"})
    lost.tail, p.text = p.text, None
    p.insert(0, lost)


def _mark_unanchored(root: etree._Element) -> None:
    """Endnotes no marker points to (their markers are not in the source) say so: subtype="unanchored"."""
    targets = {ref.get("target", "")[1:] for ref in root.iter(q("ref")) if ref.get("type") == "noteref"}
    for note in root.iter(q("note")):
        if note.get("type") == "endnote" and note.get(XML_ID) not in targets:
            note.set("subtype", "unanchored")
