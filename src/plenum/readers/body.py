"""The document text of an archive record: original and translation, turns, pages, openers, closers.

The paragraphs of a record page's text go through four steps:
1. split into the original (e.g. Russian OCR) and the translation, by script (languages.py);
2. page markers ('-2-', 'Original Scan'), folio stamps and classification marks are recognised
   (page_breaks.py);
3. paragraphs the export split (across a page, or inside a bracket) are joined into blocks (joins.py);
4. each block is classified (heading, addressee, meeting details, participants, turn, stage
   direction, closer, ...; block_kinds.py) and written as TEI (block_elements.py); turns run until
   the next label, across paragraphs.
"""

from __future__ import annotations

import re

from lxml import etree

from ..errors import InputError
from ..tei import PLENUM, E, XML_LANG, sub
from . import Conversion
from .block_elements import BlockElements, TextInfo
from .block_kinds import classify
from .body_blocks import BodyBlock
from .block_lists import LIST_DASH, LIST_LINE
from .block_patterns import MD_HEADING, NOTE_LABEL, QUOTE_LINE
from .inline import BREAK, InlineParser, lines_run
from .inside_addresses import join_inside_addresses
from .joins import join_paragraphs
from .languages import SCRIPTS, script_language, split_languages
from .md_blocks import TABLE_RULE, markdown_kind
from .page_breaks import SCAN, TRANSLATION_TABS, page_units
from .turn_labels import TALKS
from .typed_notes import (figure_notes, note_number, note_type, original_notes, printed_notes, typed_notes,
                          unmarked_star_note)
from .spans import Span

BODY_MARKUP = {"scan-label": re.escape(SCAN), "md-heading": MD_HEADING.pattern, "list-dash": LIST_DASH.pattern,
               "md-quote": QUOTE_LINE.pattern, "md-table-pipe": r"\|", "md-table-rule": TABLE_RULE.pattern,
               "md-emphasis": r"\*{1,3}|_{1,2}", "content-tab": "|".join(map(re.escape, TRANSLATION_TABS))}
BODY_CONVENTION_WORDS = frozenset({SCAN, *TRANSLATION_TABS})


def tight_list(span: Span, indented: bool = False) -> list[Span]:
    """A Markdown export's list of items a line each, no blank line between ('  * the fertiliser;' /
    '  * the engineers;', '1. …' / '2. …'): a span per item, each a point of the text (a numbered one a
    paragraph, as numbered points are everywhere); any other paragraph as it is. `indented`: only a list
    whose every line is set in, as a web capture or plain-text export gives a page's list ('  1. …')."""
    lines = span.lines()
    if len(lines) < 2 or not all(LIST_LINE.match(line.text) and (not indented or line.text[:1] in " \t")
                                 for line in lines):
        return [span]
    return lines


def _markdown_blocks(items: list) -> None:
    """A Markdown export's block quotations and pipe tables (md_blocks.markdown_kind): a quote or a
    table, in the turn it stands in."""
    for item in items:
        if isinstance(item, BodyBlock) and (kind := markdown_kind(item.run.text.split(BREAK))):
            item.kind = f"{kind}-continued" if item.kind == "turn-continued" else kind


def _stages_in_turns(items: list) -> None:
    """A stage direction between two paragraphs of one turn ('(Applause.)', '(Probin: That is clear.)'):
    part of the turn, which goes on after it; one before a label or narration stays between the turns."""
    blocks = [item for item in items if isinstance(item, BodyBlock)]
    for block, following in zip(blocks, blocks[1:]):
        if block.kind == "stage" and following.kind == "turn-continued":
            block.kind = "stage-continued"


class Body:
    """Builds the `text` element of a record page."""

    def __init__(self, conv: Conversion, doc_id: str, original_language: str,
                 translation_resp: str | None, title: str = "") -> None:
        self.conv = conv
        self.doc_id = doc_id
        self.title = title      # the document's, which may name its speakers
        self.original_language = original_language
        self.notes: dict[int | str, etree._Element] = {}   # by number, or by a typed mark ('x/')
        self.notes_heading: etree._Element | None = None     # the heading over them ('Translator's Notes')
        self.used_notes: set[int | str] = set()
        self.inline = InlineParser(conv, f"#{doc_id}-{PLENUM}", translation_resp, hand=f"#{doc_id}-hw",
                                   note=self._note)
        # A Markdown export: its text's emphasis, tight lists and block quotations are Markdown's.
        self.markdown = conv.reader.name == "archive-markdown"
        if self.markdown:
            self.inline.expect_emphasis()
        self.info = TextInfo()
        self.elements = BlockElements(conv, self.inline, self.info, TALKS.search(title) is not None)

    # -- the whole text ---------------------------------------------------------------------

    def build(self, paragraphs: list[Span], debris: list[Span]) -> etree._Element:
        if not paragraphs:
            raise InputError(self.conv.source.path, "no document text found after the header fields")
        paragraphs = self._take_notes(paragraphs)
        paragraphs = [line for span in paragraphs for line in tight_list(span, indented=not self.markdown)]
        parts = split_languages(paragraphs, self.original_language)
        if len(parts) > 1:
            parts = [self._unmarked_note(*part) for part in parts]
        text = E.text()
        if debris:
            front = sub(text, "front")
            div = sub(front, "div", None, {"type": "debris"})
            for span in debris:
                div.append(self._verbatim("ab", span))
        if len(parts) == 1:
            lang, kind, spans = parts[0]
            text.set(XML_LANG, lang)
            text.set("type", kind)
            body = sub(text, "body")
            body.extend(self._divs(spans, lang, kind))
        else:
            group = sub(text, "group")
            for lang, kind, spans in parts:
                inner = sub(group, "text", None, {XML_LANG: lang, "type": kind})
                sub(inner, "body").extend(self._divs(spans, lang, kind))
        self._unanchored_notes(text)
        self.info.languages = list(dict.fromkeys([*(lang for lang, _, _ in parts),
                                                  *filter(None, (note.get(XML_LANG) for note in self.notes.values()))]))
        self.info.hands |= self.inline.hands_used
        return text

    def _verbatim(self, tag: str, span: Span) -> etree._Element:
        element = E(tag, {"source": self.conv.source.pointer_for(span.start, span.end)})
        element.text = span.text
        return element

    def _pointer(self, start: int, end: int) -> str:
        return self.conv.source.pointer_for(start, end)

    # -- notes ------------------------------------------------------------------------------

    def _take_notes(self, paragraphs: list[Span]) -> list[Span]:
        """Remove the trailing notes section ('[\\[1\\]](#) text'); keep each note ready for its marker."""
        while paragraphs and (label := NOTE_LABEL.match(paragraphs[-1].text)):
            number = int(label.group(1))
            self.notes[number] = self._taken_note(paragraphs.pop(), label.end(), str(number), "translator")
        return self._take_typed_notes(paragraphs)

    def _take_typed_notes(self, paragraphs: list[Span]) -> list[Span]:
        """Remove the notes whose marks are plain text ('x/ …', '[1] …', a printed volume's '1. Source: …', a
        printed collection's '16 Name, …': typed_notes.py); keep each for its mark."""
        paragraphs = self._original_notes(paragraphs)
        if printed := printed_notes(paragraphs):     # a printed volume's: its editors' notes
            (paragraphs, found), heading, kind = printed, None, "editorial"
        else:
            (found, heading), kind = typed_notes(paragraphs), None
        if not found and heading is None and (figured := figure_notes(paragraphs)):    # their marks where found
            (found, marks), kind = figured, "translator"
            self.inline.expect_figure_marks(marks)
        if found:
            self.inline.expect_plain_marks()
        for index, label in found.items():
            self.notes[label.mark] = self._taken_note(paragraphs[index], label.end, note_number(label.mark),
                                                      kind or note_type(label.mark))
        if heading is not None:      # 'Translator's Notes': the heading of the notes' division at the end
            self.notes_heading = self._verbatim("head", paragraphs[heading])
        return [span for index, span in enumerate(paragraphs) if index not in found and index != heading]

    def _original_notes(self, paragraphs: list[Span]) -> list[Span]:
        """The paragraphs without the notes in the original's language that a translation's note renders
        ('[2]一九五二年…' over '[2] On July 26, …', typed_notes.original_notes): each the original's own note, unanchored,
        in its language, kept by a key no mark gives ('[2]zh'), so that the translation's note stays its mark's."""
        found = original_notes(paragraphs, lambda text: script_language(text, self.original_language))
        for index, label in found.items():
            language = script_language(paragraphs[index].text, self.original_language)
            self.notes[f"{label.mark}{language}"] = note = self._taken_note(paragraphs[index], label.end,
                                                                            note_number(label.mark), "document")
            note.set(XML_LANG, language)
        return [span for index, span in enumerate(paragraphs) if index not in found]

    def _unmarked_note(self, lang: str, kind: str, spans: list[Span]) -> tuple[str, str, list[Span]]:
        """One of a page's texts in two languages without its last paragraph where that is a note on an asterisk
        no mark calls ('* 这是…的一部分。', typed_notes.unmarked_star_note): the note, unanchored, kept by a key
        no mark gives ('*zh'), so that no asterisk of the other text takes it; in its text's language."""
        if not (label := unmarked_star_note(spans)):
            return lang, kind, spans
        self.notes[f"*{lang}"] = note = self._taken_note(spans[-1], label.end, "*", note_type("*"))
        note.set(XML_LANG, lang)
        return lang, kind, spans[:-1]

    def _taken_note(self, span: Span, label_end: int, number: str, kind: str) -> etree._Element:
        """A note paragraph as a footnote ready for its mark: its label (up to `label_end`) is markup."""
        self.conv.consume(span.start, span.start + label_end, "note-marker")
        note = E.note({"n": number, "type": kind, "place": "foot", "source": self._pointer(span.start, span.end)})
        self.inline.parse(lines_run(self.conv, span.cut(label_end)), note)
        return note

    def _note(self, number: int | str) -> etree._Element | None:
        if number not in self.notes and isinstance(number, str) and number.isdigit():
            number = self._glued(number)
        note = self.notes.get(number)
        if note is None or number in self.used_notes:
            return None
        self.used_notes.add(number)
        return note

    def _glued(self, digits: str) -> str:
        """The typed note '[N]' whose mark a web capture ran on to the word before it, its superscript lost
        ('To: TESTOWSKI1' over the notes '[1] …'): the text's next note only, so that no figure of a word is taken."""
        waiting = sorted(int(key[1:-1]) for key in self.notes if isinstance(key, str) and key[1:-1].isdigit()
                         and key.startswith("[") and key not in self.used_notes)
        return f"[{digits}]" if waiting and waiting[0] == int(digits) else digits

    def _unanchored_notes(self, text: etree._Element) -> None:
        """Notes whose marker is missing from the text: kept at the end, marked unanchored (the review lists
        them), under the heading of the notes where the text has one."""
        left = [number for number in sorted(self.notes, key=lambda key: (isinstance(key, str), str(key).zfill(9)))
                if number not in self.used_notes]
        if not left and self.notes_heading is None:
            return
        div = sub(sub(text, "back"), "div", None, {"type": "notes"})
        if self.notes_heading is not None:
            div.append(self.notes_heading)
        for number in left:
            note = self.notes[number]
            note.set("place", "end")
            note.set("subtype", "unanchored")
            div.append(note)

    # -- one text: its blocks, classified and written -----------------------------------------

    def _divs(self, spans: list[Span], lang: str, kind: str) -> list[etree._Element]:
        """A text's division (type original or translation), and one for each attachment after it."""
        script = SCRIPTS.get(lang, "latin")
        original = kind == "original" and lang != "en"     # an original's OCR, read as such (not English typescript)
        items = join_paragraphs(self.conv, page_units(self.conv, self.inline, spans, original), script)
        classify(items, script, original, self.title)
        join_inside_addresses(items)
        _stages_in_turns(items)
        if self.markdown:
            _markdown_blocks(items)
        div = E.div({"type": kind})
        return [div, *self.elements.write(div, items)]
