"""The document text of an archive record: original and translation, turns, pages, openers, closers.

The paragraphs of a record page's text go through four steps:
1. split into the original (e.g. Russian OCR) and the translation, by script;
2. page markers ('-2-', 'Original Scan'), folio stamps and classification marks are recognised;
3. paragraphs the export split (across a page, or inside a bracket) are joined into blocks;
4. each block is classified (heading, addressee, meeting details, participants, turn, stage
   direction, closer, ...) and written as TEI; turns run until the next label, across paragraphs.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from ..errors import InputError
from ..source import parse_pointer
from ..tei import PLENUM, E, XML_LANG, last_child, q, sub
from . import Conversion
from .citation import iso_date
from .ends import Ends
from .inline import BREAK, Inline, Run, lines_run
from .labels import Label, recognise
from .spans import Span

SCRIPTS = {"ru": "cyrillic", "bg": "cyrillic", "uk": "cyrillic", "mn": "cyrillic", "zh": "han", "ko": "hangul",
           "ja": "han"}
_SCRIPT_CHARS = {"cyrillic": "[А-яЁё]", "han": "[\u4e00-\u9fff]", "hangul": "[\uac00-\ud7af]"}
_ENGLISH = re.compile(r"\b(?:the|of|and|to|in|is|that|for|was|with|on|as|by|at|this|we|he|it|not|be|are|"
                      r"from|his|have|has|had|they|you|our|their|who|will|about)\b", re.I)

_CLASS_WORD = (r"(?:Top\s+Secret|Secret|Confidential|Priority|Urgent|Immediate|Сов\.\s*секретно|"
               r"Совершенно\s+секретно|Секретно|Вне\s+очереди|Срочно)")
CLASSIFICATION = re.compile(rf"{_CLASS_WORD}(?:[\s,.]+{_CLASS_WORD})*\.?", re.I)
PAGE = re.compile(r"\s*[-–]\s*(\d{1,3})\s*[-–.]\s*")
SCAN = "Original Scan"
FOLIO = re.compile(r"\d{1,3}(?:[\s+<].{0,40})?", re.S)
PAGE_NUMBER = re.compile(r"\d{1,2}\.")
MD_HEADING = re.compile(r"#{1,6}\s+")
_MONTHS_RU = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
              "сен": 9, "окт": 10, "ноя": 11, "дек": 12}
_MONTH_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATELINE = re.compile(rf"(?:\d{{1,2}}\s+{_MONTH_EN}(?:,?\s+\d{{4}})?|{_MONTH_EN}\s+\d{{1,2}}(?:,\s+\d{{4}})?)\.?"
                      r"|[\"«“]?\s*\d{1,2}\s*[\"»”]?\s*[а-я]+\s+\d{4}\s*(?:г\.?|года)?\.?")
_RU_DATE = re.compile(r"(\d{1,2})\s*[\"»”]?\s*([а-я]+)\s+(\d{4})")
SETTING = re.compile(r"(?P<label>Time|Date|Location|Place|Время|Место)\s*:\s*")
PARTICIPANTS = re.compile(r"(?P<label>Participants|Present|Attending|При участии|Присутствовали|"
                          r"[A-Z][a-z]+ (?:side|delegation)|The [A-Z][a-z]+ delegation|[А-Я][а-я]+ (?:делегация|сторона))"
                          r"\s*:\s*")
STATUS = re.compile(r"\((?:not yet proof[- ]?read|draft translation|unedited)\)", re.I)
SECTION = re.compile(r"\W*(?:from (?:a|the) conversation|из беседы)\b", re.I)
CLOSING = re.compile(r"(?:The|This) (?:meeting|conversation|session|talk) (?:ended|closed|concluded|lasted|was)"
                     r"|(?:Заседание|Беседа) (?:закончилось|закрыто|окончена|продолжалась)")
SIGNATURE = re.compile(r"\[(?:handwritten|hand-written)[^\]]*:\s*signed\]|(?:п/п|h/и|п/и|h/n|n/n)\s|signed\b",
                       re.I)
RECORDED = re.compile(r"(?:Recorded by|Record made by|Записал|Записали|Составил)\b", re.I)
COPIES = re.compile(r"\bcop(?:y|ies)\b.*\b(?:printed|made|typed)\b|\bотп\.|\bэкз\.|\btyped by\b|\bпеч\.", re.I)
ADDRESSEE = re.compile(r"\[to(?: the)?\]|To\b|<u>")
_TERMINAL = re.compile(r"[.!?…:;]['\"”’»)\]]*(?:~~|</sup>|</u>)?\s*$")
_STAGE = re.compile(r"\((?P<inner>[^()]*)\)\.?")
_LEADING_STAGE = re.compile(r"\((?P<inner>[^()]{1,120})\)\s+")
_TRAILING_STAGE = re.compile(r"\s\((?P<inner>[A-Z][^()]{0,60})\)\.?$")
# How every text _TRAILING_STAGE matches ends ($ allows a final newline): checked before searching.
_STAGE_ENDINGS = (")", ").", ")\n", ").\n")
_NOTE_LABEL = re.compile(r"\[\\\[(\d+)\\\]\]\(#\)\s*")
_LEADING_TITLES = re.compile(r"(\W*\s*)((?:(?:Cdes?\.|Comrades?|[Тт]ов\.|т\.\s?т\.|т\.)\s*)+)")

BODY_MARKUP = {"scan-label": re.escape(SCAN), "md-heading": r"#{1,6}\s+"}
BODY_CONVENTION_WORDS = frozenset({SCAN})


@dataclass
class Block:
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


@dataclass
class Unit:
    """A source paragraph, or a page element (pb, fw) that stands between paragraphs."""

    span: Span
    elements: list[etree._Element] = field(default_factory=list)

    @property
    def is_page(self) -> bool:
        return bool(self.elements)


@dataclass
class TextInfo:
    """What the header needs to know about the text."""

    languages: list[str] = field(default_factory=list)
    setting_date: dict[str, str] = field(default_factory=dict)
    setting_place: str = ""
    hands: set[str] = field(default_factory=set)
    participants: list[str] = field(default_factory=list)


class Body:
    """Builds the `text` element of a record page."""

    def __init__(self, conv: Conversion, doc_id: str, original_language: str,
                 translation_resp: str | None) -> None:
        self.conv = conv
        self.doc_id = doc_id
        self.original_language = original_language
        self.notes: dict[int, etree._Element] = {}
        self.used_notes: set[int] = set()
        self.inline = Inline(conv, f"#{doc_id}-{PLENUM}", translation_resp, hand=f"#{doc_id}-hw", note=self._note)
        self.info = TextInfo()

    # -- the whole text ---------------------------------------------------------------------

    def build(self, paragraphs: list[Span], debris: list[Span]) -> etree._Element:
        if not paragraphs:
            raise InputError(self.conv.source.path, "no document text found after the header fields")
        paragraphs = self._take_notes(paragraphs)
        parts = self._split_languages(paragraphs)
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
            body.append(self._div(spans, lang, kind))
        else:
            group = sub(text, "group")
            for lang, kind, spans in parts:
                inner = sub(group, "text", None, {XML_LANG: lang, "type": kind})
                sub(inner, "body").append(self._div(spans, lang, kind))
        self._unanchored_notes(text)
        self.info.languages = [lang for lang, _, _ in parts]
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
        while paragraphs and (label := _NOTE_LABEL.match(paragraphs[-1].text)):
            span = paragraphs.pop()
            self.conv.consume(span.start, span.start + label.end(), "note-marker")
            number = int(label.group(1))
            note = E.note({"n": str(number), "type": "translator", "place": "foot",
                           "source": self._pointer(span.start, span.end)})
            self.inline.parse(lines_run(self.conv, span.cut(label.end())), note)
            self.notes[number] = note
        return paragraphs

    def _note(self, number: int) -> etree._Element | None:
        note = self.notes.get(number)
        if note is None or number in self.used_notes:
            return None
        self.used_notes.add(number)
        return note

    def _unanchored_notes(self, text: etree._Element) -> None:
        """Notes whose marker is missing from the text: kept at the end, marked unanchored (the review lists them)."""
        left = [number for number in sorted(self.notes) if number not in self.used_notes]
        if not left:
            return
        div = sub(sub(text, "back"), "div", None, {"type": "notes"})
        for number in left:
            note = self.notes[number]
            note.set("place", "end")
            note.set("subtype", "unanchored")
            div.append(note)

    # -- 1. original and translation --------------------------------------------------------

    def _split_languages(self, paragraphs: list[Span]) -> list[tuple[str, str, list[Span]]]:
        """[(language, 'original'|'translation', paragraphs)], the original first."""
        script = SCRIPTS.get(self.original_language)
        if script is None:
            return [("en", "translation", paragraphs)]
        letters = re.compile(_SCRIPT_CHARS[script])
        # The original ends with the last paragraph written mostly in its script.
        last = next((i for i in reversed(range(len(paragraphs))) if _majority(paragraphs[i].text, letters)), None)
        if last is None:
            return [("en", "translation", paragraphs)]
        boundary = next((i for i in range(last + 1, len(paragraphs)) if _english(paragraphs[i].text)),
                        len(paragraphs))
        parts = [(self.original_language, "original", paragraphs[:boundary])]
        if boundary < len(paragraphs):
            parts.append(("en", "translation", paragraphs[boundary:]))
        return parts

    # -- 2. units: paragraphs and page elements ---------------------------------------------

    def _units(self, spans: list[Span], original: bool) -> list[Unit]:
        units: list[Unit] = []
        after_page = original  # a folio stamp is expected at the top of an original's page
        for span in spans:
            text = span.text.strip()
            if text == SCAN:
                self.conv.consume(span.start, span.end, "scan-label")
                units.append(Unit(span, [E.pb({"type": "scan"})]))
                after_page = True
            elif page := PAGE.fullmatch(text):
                units.append(Unit(span, [E.pb({"n": page.group(1)}), self._fw(span, "pageNum")]))
                after_page = True
            elif after_page and (FOLIO.fullmatch(text) or (PAGE_NUMBER.fullmatch(text) and units)):
                kind = "folio" if FOLIO.fullmatch(text) and not PAGE_NUMBER.fullmatch(text) else "pageNum"
                units.append(Unit(span, [self._fw(span, kind)]))
            elif CLASSIFICATION.fullmatch(text):
                units.append(Unit(span, [self._fw(span, "classification")]))
            else:
                units.append(Unit(span))
                after_page = False
        return units

    def _fw(self, span: Span, kind: str) -> etree._Element:
        fw = E.fw({"type": kind, "source": self._pointer(span.start, span.end)})
        self.inline.parse(lines_run(self.conv, span), fw, mode="forme")
        return fw

    # -- 3. blocks: joining what the export split -------------------------------------------

    def _blocks(self, units: list[Unit], script: str) -> list[Block | Unit]:
        """Paragraphs joined across breaks; page units stay between blocks unless a paragraph spans them."""
        items: list[Block | Unit] = []
        for index, unit in enumerate(units):
            if unit.is_page:
                items.append(unit)
                continue
            previous, pages = _last_block(items)
            if previous is not None and self._continues(previous, unit.span, script, units, index):
                if pages:          # the page units after the block are the last items
                    del items[-len(pages):]
                elements = [e for page in pages for e in page.elements] or [E.lb({"type": "split"})]
                run = lines_run(self.conv, unit.span)
                previous.joins.append((elements, run))
                previous.ends.join(run)
                previous.spans.append(unit.span)
                continue
            run = lines_run(self.conv, unit.span)
            items.append(Block(run, [unit.span], ends=Ends.of(run)))
        for item in items:
            if isinstance(item, Block):
                item.merge()
        return items

    def _continues(self, block: Block, span: Span, script: str, units: list[Unit], index: int) -> bool:
        """True when `span` (units[index]) continues `block`: a bracket closed further on, or a
        sentence cut by a break."""
        ends = block.ends
        first, last, whole = ends.head.lstrip(), ends.tail.rstrip(), ends.stripped()
        text = span.text.strip()
        if ends.depth > 0:
            following = [unit.span.text for unit in units[index:index + 2 * REACH] if not unit.is_page]
            if _open_bracket_closes(ends.depth, following):
                return True
        if MD_HEADING.match(first):
            return text[:1].islower()
        alone = recognise(Span(whole if whole is not None else first, 0), script)
        if _TERMINAL.search(last) or (whole is not None and DATELINE.fullmatch(whole)) \
                or alone is not None and alone.style == "alone":
            return False
        if recognise(span, script) is not None or _NOTE_LABEL.match(text) or MD_HEADING.match(text) \
                or _STAGE.fullmatch(text) or SETTING.match(text) or PARTICIPANTS.match(text):
            return False
        if ends.words < 4 or (first.startswith("[") and last.endswith("]")):
            return False
        return text[:1].islower() or (ends.words >= 8 and ends.prose)

    # -- 4. the div -------------------------------------------------------------------------

    def _div(self, spans: list[Span], lang: str, kind: str) -> etree._Element:
        script = SCRIPTS.get(lang, "latin")
        original = kind == "original"
        items = self._blocks(self._units(spans, original), script)
        self._classify(items, script, original)
        div = E.div({"type": kind})
        self._write(div, items, lang)
        return div

    def _classify(self, items: list[Block | Unit], script: str, original: bool) -> None:
        blocks = [item for item in items if isinstance(item, Block)]
        letters = re.compile(_SCRIPT_CHARS.get(script, "[A-Za-z]"))
        for block in reversed(blocks):                       # closers, from the end
            kind = _closer_kind(block, letters if original else None)
            if kind is None:
                break
            block.kind = kind
        labels = self._labels(blocks, script)
        top, in_turns = True, False
        for index, block in enumerate(blocks):
            text = block.text.strip()
            if block.kind.startswith("closer"):
                continue
            if label := labels.get(index):
                block.kind, block.label, top, in_turns = "turn", label, False, True
            elif top and MD_HEADING.match(text):
                block.kind = "head"
            elif top and ADDRESSEE.match(text) and len(text.split()) <= 6:
                block.kind = "addressee"
            elif top and STATUS.fullmatch(text):
                block.kind = "status"
            elif top and DATELINE.fullmatch(text):
                block.kind = "dateline"
            elif top and SETTING.match(text):
                block.kind = "setting"
            elif top and PARTICIPANTS.match(text):
                block.kind = "participants"
            elif SECTION.match(text) and len(text.split()) <= 8:
                block.kind, in_turns = "stage-setting", False
            elif _STAGE.fullmatch(text) and _balanced(text):
                block.kind = "stage-setting" if top else "stage"
                in_turns = False
            elif in_turns and CLOSING.match(text):
                block.kind, in_turns = "narrative", False
            elif original and not letters.search(text):
                block.kind = "ocr-noise"
            elif top and not _TERMINAL.search(text) and len(text.split()) <= 30 and not in_turns \
                    and not any(b.kind == "head" for b in blocks[:index]):
                block.kind = "head"
            elif in_turns:
                block.kind = "turn-continued"
            else:
                block.kind, top = "narrative", False

    def _labels(self, blocks: list[Block], script: str) -> dict[int, Label]:
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
        untitled = Counter(label.name for label in found.values() if label.titles == 0)
        context = " ".join(b.text for b in blocks if PARTICIPANTS.match(b.text) or "present" in b.text.lower())
        aliases = {label.alias for label in found.values() if label.alias}
        sure = {index: label for index, label in found.items()
                if label.titles or label.verb or label.alias or label.name in aliases
                or untitled[label.name] >= 2 or label.name in context}
        return found if len(sure) >= 2 else sure

    def _write(self, div: etree._Element, items: list[Block | Unit], lang: str) -> None:
        container = div
        pending: list[etree._Element] = []
        opener = None
        for item in items:
            if isinstance(item, Unit):
                pending += item.elements
                continue
            kind = item.kind
            if kind == "turn":
                div.extend(pending)
                pending = []
                container = self._turn(div, item)
                continue
            if kind == "turn-continued":
                container.extend(pending)
                pending = []
                self._paragraph(container, item)
                continue
            container = div
            div.extend(pending)
            pending = []
            if kind == "head":
                self._head(div, item)
            elif kind in ("addressee", "dateline"):
                if opener is None:
                    opener = sub(div, "opener")
                self._opener_part(opener, item, kind)
            elif kind == "status":
                div.append(self._parsed(E.note({"type": "status", "place": "inline"}), item))
            elif kind == "setting":
                self._setting(div, item)
            elif kind == "participants":
                self._participants(div, item)
            elif kind in ("stage", "stage-setting"):
                div.append(self._parsed(E.stage({"type": "setting" if kind == "stage-setting" else "business"}),
                                        item))
            elif kind == "ocr-noise":
                div.append(self._parsed(E.ab({"type": "ocr-noise"}), item))
            elif kind.startswith("closer"):
                self._closer(div, item, kind)
            else:
                self._paragraph(div, item)
        div.extend(pending)

    # -- element builders -------------------------------------------------------------------

    def _parsed(self, element: etree._Element, block: Block, run: Run | None = None) -> etree._Element:
        element.set("source", self._pointer(block.start, block.end))
        self.inline.parse(run or block.run, element)
        return element

    def _paragraph(self, parent: etree._Element, block: Block, run: Run | None = None) -> None:
        p = self._parsed(E.p(), block, run)
        _trailing_stage(p)
        parent.append(p)

    def _head(self, div: etree._Element, block: Block) -> None:
        run = block.run
        if heading := MD_HEADING.match(run.text):
            self.conv.consume(run.source(0), run.source(heading.end() - 1) + 1, "md-heading")
            run = _sub_run(run, heading.end())
        div.append(self._parsed(E.head(), block, run))

    def _opener_part(self, opener: etree._Element, block: Block, kind: str) -> None:
        if kind == "addressee":
            opener.append(self._parsed(E.salute(), block))
            return
        date = E.date()
        when = iso_date(block.text) or _russian_date(block.text)
        if when:
            date.set("when", when)
        self.inline.parse(block.run, date)
        opener.append(E.dateline({"source": self._pointer(block.start, block.end)}, date))

    def _setting(self, div: etree._Element, block: Block) -> None:
        """'Time: …' and 'Location: …': a labelled paragraph; the header's settingDesc copies them."""
        match = SETTING.match(block.run.text)
        p = E.p({"source": self._pointer(block.start, block.end)})
        self.inline.parse(_sub_run(block.run, 0, len(match.group("label")) + 1), sub(p, "label"))
        p[-1].tail = block.run.text[len(match.group("label")) + 1:match.end()]
        value = _sub_run(block.run, match.end())
        label = match.group("label").lower()
        if label in ("time", "date", "время"):
            element = E.date(_time_range(value.text))
            self.info.setting_date = dict(element.attrib)
        else:
            element = E.placeName()
            self.info.setting_place = value.text.strip()
        self.inline.parse(value, element)
        p.append(element)
        div.append(p)

    def _participants(self, div: etree._Element, block: Block) -> None:
        """'Participants: Soviet side: …' lines as a list of labelled groups."""
        last = last_child(div)
        if last is not None and last.tag == q("list") and last.get("type") == "participants":
            listing = last
            listing.set("source", _widened(listing.get("source"), self.conv.source.line_of(block.end - 1)))
        else:
            listing = E.list({"type": "participants", "source": self._pointer(block.start, block.end)})
            div.append(listing)
        run = block.run
        labels = _group_labels(run.text)
        for position, (start, label_end, value) in enumerate(labels):
            end = labels[position + 1][0] if position + 1 < len(labels) else len(run.text)
            if value == end:                              # a label with no value heads the list
                head = E.head()
                self.inline.parse(_sub_run(run, start, label_end), head)
                listing.append(head)
                continue
            label = E.label()
            self.inline.parse(_sub_run(run, start, label_end), label)
            item = E.item()
            self.inline.parse(_sub_run(run, value, end), item)
            listing.extend([label, item])
            self.info.participants.append(item.xpath("string()"))

    def _turn(self, div: etree._Element, block: Block) -> etree._Element:
        label = block.label
        sp = sub(div, "sp", None, {"source": self._pointer(block.start, block.end)})
        if label.to:
            sp.set("toWhom", label.to)  # a name for now; the persons transform makes it a pointer
        speaker = sub(sp, "speaker")
        run = block.run
        label_end = label.label.end
        self._speaker(speaker, _sub_run(run, 0, label_end), label)
        rest_start = label.rest.start
        if rest_start < len(run.text):
            rest = _sub_run(run, rest_start)
            if stage := _LEADING_STAGE.match(rest.text):
                element = sub(sp, "stage", None, {"type": "delivery"})
                self.inline.parse(_sub_run(rest, 0, len(stage.group().rstrip())), element)
                rest = _sub_run(rest, stage.end())
            if rest.text.strip():
                p = sub(sp, "p")
                self.inline.parse(rest, p)
                _trailing_stage(p)
        return sp

    def _speaker(self, speaker: etree._Element, run: Run, label: Label) -> None:
        """The label as written; a doubled title ('Cde. Cde.') marks its second title as surplus."""
        if label.titles > 1 and (titles := _LEADING_TITLES.match(run.text)):
            words = re.findall(r"\S+\s*", titles.group(2))
            first = len(titles.group(1)) + len(words[0])
            second = first + len(words[1].rstrip())
            self.inline.parse(_sub_run(run, 0, first), speaker)
            speaker.append(E.surplus({"reason": "repeated"}, run.text[first:second]))
            self.inline.parse(_sub_run(run, second), speaker)
            return
        self.inline.parse(run, speaker)

    def _closer(self, div: etree._Element, block: Block, kind: str) -> None:
        closer = E.closer({"source": self._pointer(block.start, block.end)})
        if kind == "closer-signed":
            self.inline.parse(block.run, sub(closer, "signed"))
        elif kind == "closer-dateline":
            date = E.date()
            if when := iso_date(block.text) or _russian_date(block.text):
                date.set("when", when)
            self.inline.parse(block.run, date)
            closer.append(E.dateline(date))
        elif kind == "closer-noise":
            self.inline.parse(block.run, sub(closer, "unclear", None, {"reason": "ocr-noise"}))
        else:
            self.inline.parse(block.run, closer)
        div.append(closer)


# -- helpers -------------------------------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]")


def _majority(text: str, letters: re.Pattern[str]) -> bool:
    """True when most letters of `text` are in the given script."""
    # Most paragraphs hold no letter of the script (and an ASCII one cannot): nothing to count.
    if text.isascii() or not letters.search(text):
        return False
    total = len(_LETTER.findall(text))
    return total > 0 and len(letters.findall(text)) * 2 > total


def _english(text: str) -> bool:
    """True for a paragraph that reads as English (function words or an English classification)."""
    return bool(_ENGLISH.search(text)) or bool(CLASSIFICATION.fullmatch(text.strip())) and text.isascii()


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0 and text.startswith("(") and text.rstrip(". ").endswith(")") and \
        text.find(")") >= len(text.rstrip(". ")) - 1


def _closer_kind(block: Block, letters: re.Pattern[str] | None) -> str | None:
    """The kind of closer a final block is ('closer-signed', …), or None when it is not one."""
    text = block.text.strip()
    if SIGNATURE.match(text):
        return "closer-signed"
    if RECORDED.match(text) or COPIES.search(text):
        return "closer"
    if DATELINE.fullmatch(text):
        return "closer-dateline"
    if text.startswith("[") and text.endswith("]"):
        return "closer"
    if letters is not None and not letters.search(text) and any(char.isalpha() for char in text):
        return "closer-noise"
    return None


REACH = 8   # how many paragraphs on a bracket may close


def _open_bracket_closes(depth: int, following: list[str]) -> bool:
    """True when a text leaving `depth` brackets open has them closed by one of the next REACH paragraphs."""
    if depth <= 0:
        return False
    for paragraph in following[:REACH]:
        depth += paragraph.count("[") - paragraph.count("]")
        if depth <= 0:
            return True
    return False


def _last_block(items: list[Block | Unit]) -> tuple[Block | None, list[Unit]]:
    """The last block and the page units after it."""
    pages = []
    for item in reversed(items):
        if isinstance(item, Unit):
            pages.insert(0, item)
        else:
            return item, pages
    return None, pages


def _sub_run(run: Run, start: int, end: int | None = None) -> Run:
    """The part of a run from `start` to `end`, with its source mapping and breaks."""
    end = len(run.text) if end is None else end
    part = Run()
    part.text = run.text[start:end]
    part.breaks = run.breaks[bisect.bisect_left(run.break_at, start):bisect.bisect_left(run.break_at, end)]
    # Only the pieces from the one holding `start` to the one holding `end` are looked at.
    for index in range(max(bisect.bisect_right(run.starts, start) - 1, 0), len(run.starts)):
        piece_start = run.starts[index]
        if piece_start >= end:
            break
        piece_end = run.starts[index + 1] if index + 1 < len(run.starts) else len(run.text)
        lo, hi = max(piece_start, start), min(piece_end, end)
        if lo < hi:
            part.starts.append(lo - start)
            part.sources.append(-1 if run.sources[index] < 0 else run.sources[index] + lo - piece_start)
    return part


def _trailing_stage(p: etree._Element) -> None:
    """'… well. (Laughter).' at the end of a paragraph: the parenthesis becomes a stage direction."""
    holder, attribute = (p[-1], "tail") if len(p) else (p, "text")
    content = getattr(holder, attribute) or ""
    if not content.endswith(_STAGE_ENDINGS):
        return
    match = _TRAILING_STAGE.search(content)
    if not match:
        return
    setattr(holder, attribute, content[: match.start() + 1])
    p.append(E.stage({"type": "business"}, content[match.start() + 1:]))


def _time_range(text: str) -> dict[str, str]:
    """'September 18, 1956, 18:00 - 21:10' -> {'from': '1956-09-18T18:00:00', 'to': …}."""
    day = iso_date(text)
    times = re.findall(r"\b(\d{1,2}):(\d{2})\b", text)
    if not day:
        return {}
    if len(times) >= 2:
        (h1, m1), (h2, m2) = times[:2]
        return {"from": f"{day}T{int(h1):02d}:{m1}:00", "to": f"{day}T{int(h2):02d}:{m2}:00"}
    if times:
        hour, minute = times[0]
        return {"when": f"{day}T{int(hour):02d}:{minute}:00"}
    return {"when": day}


def _russian_date(text: str) -> str | None:
    """'16 сентября 1957г.' -> '1957-09-16' (the month recognised by its first letters)."""
    match = _RU_DATE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    number = _MONTHS_RU.get(month[:3])
    return f"{int(year):04d}-{number:02d}-{int(day):02d}" if number else None


def _group_labels(text: str) -> list[tuple[int, int, int]]:
    """(label start, label end, value start) of each group label at a line start, chained labels too."""
    found = []
    for line_start in [0] + [i + 1 for i, char in enumerate(text) if char == BREAK]:
        position = line_start
        while match := PARTICIPANTS.match(text, position):
            found.append((match.start("label"), match.end("label") + 1, match.end()))
            position = match.end()
    return found


def _widened(pointer: str, last: int) -> str:
    """A src:L… pointer extended to end at line `last`."""
    first, _ = parse_pointer(pointer)
    return f"src:L{first}-L{last}" if last != first else f"src:L{first}"
