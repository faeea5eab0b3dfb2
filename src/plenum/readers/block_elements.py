"""The TEI element of each kind of block of a record's text: paragraph, heading, opener, meeting
details, participants, turn, stage direction, closer; the page breaks between them put in place."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from lxml import etree

from ..source import parse_pointer
from ..tei import E, last_child, q, sub
from . import Conversion
from .block_kinds import BodyBlock
from .block_patterns import GROUP_LINE, MD_HEADING, MEMO_DATE, PARTICIPANTS, SETTING
from .brackets import SIGNATURE
from .inline import BREAK, InlineParser, Run
from .labels import Label
from .page_breaks import Unit
from .written_dates import DATE_PLACE, ENTRY, PLACE_DATE, time_range, written_when

_LEADING_STAGE = re.compile(r"\((?P<inner>[^()]{1,120})\)\s+")
# A parenthesis of its own after a sentence's end ('… well. (Laughter).'); one inside a sentence
# ('the Ministry of Foreign Affairs (Second Directorate)') is the sentence's own words.
_TRAILING_STAGE = re.compile(r"(?<=[.!?…\"”’»])\s\((?P<inner>[A-Z][^()]{0,60})\)\.?$")
# How every text _TRAILING_STAGE matches ends ($ allows a final newline): checked before searching.
_STAGE_ENDINGS = (")", ").", ")\n", ").\n")
_LEADING_TITLES = re.compile(r"(\W*\s*)((?:(?:Cdes?\.|Comrades?|[Тт]ов\.|т\.\s?т\.|т\.)\s*)+)")


@dataclass
class TextInfo:
    """What the header needs to know about the text."""

    languages: list[str] = field(default_factory=list)
    setting_date: dict[str, str] = field(default_factory=dict)
    setting_place: str = ""
    hands: set[str] = field(default_factory=set)
    participants: list[str] = field(default_factory=list)


class BlockElements:
    """Writes the classified blocks of a text as TEI; what the header needs of them goes into `info`."""

    def __init__(self, conv: Conversion, inline: InlineParser, info: TextInfo) -> None:
        self.conv = conv
        self.inline = inline
        self.info = info

    def write(self, div: etree._Element, items: list[BodyBlock | Unit]) -> None:
        """Append each block to `div` as the element of its kind; a turn holds the blocks continuing it."""
        container = div
        pending: list[etree._Element] = []
        opener = None
        started = False      # whether a block (p, ab, sp, list, stage) is written: no head or opener after it
        for item in items:
            if isinstance(item, Unit):
                pending += item.elements
                continue
            kind = item.kind
            if kind == "turn":
                div.extend(pending)
                pending = []
                container = self._turn(div, item)
                started = True
                continue
            if kind == "turn-continued":
                container.extend(pending)
                pending = []
                self._paragraph(container, item)
                continue
            container = div
            div.extend(pending)
            pending = []
            if kind in _LEADING and started:     # a heading or opener can only lead a div: a paragraph here
                kind = "p"
            started = started or kind not in _LEADING and kind not in ("status", "stamp", "docket", "minute") and not kind.startswith("closer")
            if kind == "head":
                self._head(div, item)
            elif kind in ("addressee", "dateline", "sender"):
                if opener is None or div[-1] is not opener:   # a heading between: an opener of its own
                    opener = sub(div, "opener")
                self._opener_part(opener, item, kind)
            elif kind == "status":
                div.append(self._parsed(E.note({"type": "status", "place": "inline"}), item))
            elif kind == "minute":
                div.append(self._parsed(E.note({"type": "document", "place": "top"}), item))
            elif kind in ("stamp", "docket"):
                div.append(self._parsed(E.fw({"type": "stamp" if kind == "stamp" else "header"}), item))
            elif kind == "setting":
                self._setting(div, item)
            elif kind == "participants":
                self._participants(div, item)
            elif kind == "participant":
                self._participant(div, item)
            elif kind in ("copies", "copy"):
                self._copies(div, item, kind)
            elif kind == "point":
                self._point(div, item)
            elif kind in ("stage", "stage-setting"):
                div.append(self._parsed(E.stage({"type": "setting" if kind == "stage-setting" else "business"}),
                                        item))
            elif kind == "ocr-noise":
                div.append(self._parsed(E.ab({"type": "ocr-noise"}), item))
            elif kind.startswith("closer"):
                self._closer(div, item, kind)
            elif kind == "entry":
                self._entry(div, item)
            else:
                self._paragraph(div, item)
        div.extend(pending)
        _headings_alone(div)

    def _pointer(self, start: int, end: int) -> str:
        return self.conv.source.pointer_for(start, end)

    # -- element builders -------------------------------------------------------------------

    def _parsed(self, element: etree._Element, block: BodyBlock, run: Run | None = None) -> etree._Element:
        element.set("source", self._pointer(block.start, block.end))
        self.inline.parse(run or block.run, element)
        return element

    def _paragraph(self, parent: etree._Element, block: BodyBlock, run: Run | None = None) -> None:
        p = self._parsed(E.p(), block, run)
        _trailing_stage(p)
        parent.append(p)

    def _head(self, div: etree._Element, block: BodyBlock) -> None:
        run = block.run
        if heading := MD_HEADING.match(run.text):
            self.conv.consume(run.source(0), run.source(heading.end() - 1) + 1, "md-heading")
            run = _sub_run(run, heading.end())
        div.append(self._parsed(E.head(), block, run))

    def _opener_part(self, opener: etree._Element, block: BodyBlock, kind: str) -> None:
        if kind == "addressee":
            opener.append(self._parsed(E.salute(), block))
            return
        if kind == "sender":   # where it was sent from: the place of its dateline
            opener.append(self._parsed(E.dateline(), block))
            return
        self._placed_date(sub(opener, "dateline", None, {"source": self._pointer(block.start, block.end)}), block)

    def _placed_date(self, dateline: etree._Element, block: BodyBlock) -> None:
        """A dateline's place or label, when it has one before the date ('Budapest, 1971 May 3.', 'Date:
        May 9th, 1977'), then its date; or its date, then the place ('1973-3-15   Ulaanbaatar')."""
        if after := DATE_PLACE.fullmatch(block.text):
            self._date(dateline, block, _sub_run(block.run, 0, after.end("date")))
            self.inline.parse(_sub_run(block.run, after.end("date")), dateline)
            return
        placed, labelled = PLACE_DATE.match(block.text), MEMO_DATE.match(block.text)
        start = placed.end("place") if placed else labelled.end() - 1 if labelled else 0
        if start:
            self.inline.parse(_sub_run(block.run, 0, start), dateline)
        self._date(dateline, block, _sub_run(block.run, start))

    def _date(self, dateline: etree._Element, block: BodyBlock, run: Run) -> None:
        """The date of a dateline (`run`, of `block`), with @when when it reads as a date of the calendar."""
        date = sub(dateline, "date")
        if when := written_when(block.text):
            date.set("when", when)
        self.inline.parse(run, date)

    def _entry(self, div: etree._Element, block: BodyBlock) -> None:
        """A journal's entry opening with its date: a paragraph whose date is tagged (with @when when it
        names the year), the entry's text after it."""
        p = E.p({"source": self._pointer(block.start, block.end)})
        found = ENTRY.match(block.text)
        self.inline.parse(_sub_run(block.run, 0, found.start("date")), p)
        date = sub(p, "date")
        if when := written_when(found.group("date")):
            date.set("when", when)
        self.inline.parse(_sub_run(block.run, found.start("date"), found.end("date")), date)
        self.inline.parse(_sub_run(block.run, found.end("date")), p)
        div.append(p)

    def _setting(self, div: etree._Element, block: BodyBlock) -> None:
        """'Time: …' and 'Location: …': a labelled paragraph, a line each; the header's settingDesc
        copies them."""
        p = E.p({"source": self._pointer(block.start, block.end)})
        text, start = block.run.text, 0
        while start <= len(text):
            end = text.find(BREAK, start)
            end = len(text) if end < 0 else end
            if start:
                self.inline.parse(_sub_run(block.run, start - 1, start), p)     # the line break
            self._setting_line(p, _sub_run(block.run, start, end))
            start = end + 1
        div.append(p)

    def _setting_line(self, p: etree._Element, run: Run) -> None:
        """One line of meeting details: its label, then the date or the place it gives."""
        match = SETTING.match(run.text)
        if match is None:
            self.inline.parse(run, p)
            return
        self.inline.parse(_sub_run(run, 0, len(match.group("label")) + 1), sub(p, "label"))
        p[-1].tail = run.text[len(match.group("label")) + 1:match.end()]
        value = _sub_run(run, match.end())
        if match.group("label").lower() in ("time", "date", "date and time", "время"):
            element = E.date(time_range(value.text))
            self.info.setting_date = dict(element.attrib)
        else:
            element = E.placeName()
            self.info.setting_place = value.text.strip()
        self.inline.parse(value, element)
        p.append(element)

    def _participants(self, div: etree._Element, block: BodyBlock) -> None:
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

    def _participant(self, div: etree._Element, block: BodyBlock) -> None:
        """A participant's line under a list of participants, an item of it; the list's one label
        ('PARTICIPANTS:' and the first participant beside it) becomes its head. A list of groups
        takes no such item: the line is a paragraph then."""
        listing = last_child(div)
        labels = listing.findall(q("label")) if listing is not None and listing.tag == q("list") else [None, None]
        if len(labels) > 1:
            self._paragraph(div, block)
            return
        if labels:
            labels[0].tag = q("head")
        listing.set("source", _widened(listing.get("source"), self.conv.source.line_of(block.end - 1)))
        listing.append(self._parsed(E.item(), block))
        del listing[-1].attrib["source"]
        self.info.participants.append(listing[-1].xpath("string()"))

    def _copies(self, div: etree._Element, block: BodyBlock, kind: str) -> None:
        """A docket's copy note as the head of a list of where the copies went, each an item."""
        if kind == "copies":
            listing = E.list({"type": "distribution", "source": self._pointer(block.start, block.end)})
            listing.append(self._parsed(E.head(), block))
            div.append(listing)
            return
        listing = last_child(div)
        if listing is None or listing.tag != q("list") or listing.get("type") != "distribution":
            listing = E.list({"type": "distribution", "source": self._pointer(block.start, block.end)})
            div.append(listing)     # a page break between the copy note and its copies
        self._item(listing, block)

    def _item(self, listing: etree._Element, block: BodyBlock) -> None:
        """A block as the last item of `listing`, without its dash (the list's mark, as a list item is
        marked everywhere); the list's lines widened to it."""
        listing.set("source", _widened(listing.get("source"), self.conv.source.line_of(block.end - 1)))
        run = block.run
        if dash := LIST_DASH.match(run.text):
            self.conv.consume(run.source(0), run.source(dash.end() - 1) + 1, "list-dash")
            run = _sub_run(run, dash.end())
        listing.append(self._parsed(E.item(), block, run))

    def _point(self, div: etree._Element, block: BodyBlock) -> None:
        """A dashed point of the text, an item of the list the points before it began."""
        listing = last_child(div)
        if listing is None or listing.tag != q("list") or listing.get("type") or listing.find(q("label")) is not None:
            listing = E.list({"source": self._pointer(block.start, block.end)})
            div.append(listing)
        self._item(listing, block)

    def _turn(self, div: etree._Element, block: BodyBlock) -> etree._Element:
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
        """The label as written; a doubled title ('Cde. Cde.') marks its second title as surplus; a
        Markdown export's bold ('**Mikoyan:**') is markup around it."""
        if run.text.startswith("**") and (close := run.text.find("**", 2)) > 0:
            self.conv.consume(run.source(0), run.source(1) + 1, "md-bold")
            self.conv.consume(run.source(close), run.source(close + 1) + 1, "md-bold")
            self.inline.parse(_sub_run(run, 2, close), speaker)
            self.inline.parse(_sub_run(run, close + 2), speaker)    # a colon after the asterisks
            return
        titles = _LEADING_TITLES.match(run.text) if label.titles > 1 else None
        words = re.findall(r"\S+\s*", titles.group(2)) if titles else []
        if len(words) > 1:      # (titles run together, 'Cde.Cde.', are one word: the label as written)
            first = len(titles.group(1)) + len(words[0])
            second = first + len(words[1].rstrip())
            self.inline.parse(_sub_run(run, 0, first), speaker)
            speaker.append(E.surplus({"reason": "repeated"}, run.text[first:second]))
            self.inline.parse(_sub_run(run, second), speaker)
            return
        self.inline.parse(run, speaker)

    def _closer(self, div: etree._Element, block: BodyBlock, kind: str) -> None:
        closer = E.closer({"source": self._pointer(block.start, block.end)})
        if kind == "closer-signed" or kind == "closer" and SIGNATURE.search(block.text):  # '[illegible signature]'
            self.inline.parse(block.run, sub(closer, "signed"))
        elif kind == "closer-dateline":
            self._placed_date(sub(closer, "dateline"), block)
        elif kind == "closer-salute":
            self.inline.parse(block.run, sub(closer, "salute"))
        elif kind == "closer-noise":
            self.inline.parse(block.run, sub(closer, "unclear", None, {"reason": "ocr-noise"}))
        else:
            self.inline.parse(block.run, closer)
        div.append(closer)


# The dash or bullet marking an item of a list (declared markup, body.BODY_MARKUP).
LIST_DASH = re.compile(r"[-–—•]\s+")
# The kinds of block that lead a div, before its first paragraph (the schema's head and opener).
_LEADING = frozenset({"head", "addressee", "dateline", "sender"})


def _headings_alone(div: etree._Element) -> None:
    """A list that no item follows its heading ('Participants:', then the text; a copy note, then no
    copies) is a paragraph: a list holds items."""
    for listing in div.findall(q("list")):
        if listing.find(q("item")) is None:
            paragraph = E.p({"source": listing.get("source")})
            head = listing.find(q("head"))
            if head is not None:
                paragraph.text = head.text
                paragraph.extend(head)
            div.replace(listing, paragraph)


def _sub_run(run: Run, start: int, end: int | None = None) -> Run:
    """The part of a run from `start` to `end`, with its source mapping and breaks."""
    end = len(run.text) if end is None else end
    break_at = run.break_at
    breaks = run.breaks[bisect.bisect_left(break_at, start):bisect.bisect_left(break_at, end)]
    # Only the pieces from the one holding `start` to the last starting before `end` are looked at.
    starts = run.starts
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = bisect.bisect_left(starts, end, first)
    ends = starts[first + 1:last + 1] + ([len(run.text)] if last == len(starts) else [])
    part_starts, part_sources = [], []
    for piece_start, piece_end, source in zip(starts[first:last], ends, run.sources[first:last]):
        lo, hi = max(piece_start, start), min(piece_end, end)
        if lo < hi:
            part_starts.append(lo - start)
            part_sources.append(-1 if source < 0 else source + lo - piece_start)
    return Run(run.text[start:end], part_starts, part_sources, breaks)


def _trailing_stage(p: etree._Element) -> None:
    """'… well. (Laughter).' at the end of a paragraph, after its last sentence: the parenthesis becomes a
    stage direction."""
    holder, attribute = (p[-1], "tail") if len(p) else (p, "text")
    content = getattr(holder, attribute) or ""
    if not content.endswith(_STAGE_ENDINGS):
        return
    match = _TRAILING_STAGE.search(content)
    if not match:
        return
    setattr(holder, attribute, content[: match.start() + 1])
    p.append(E.stage({"type": "business"}, content[match.start() + 1:]))


def _group_labels(text: str) -> list[tuple[int, int, int]]:
    """(label start, label end, value start) of each group label at a line start, chained labels too;
    a group's line of its own ('From Seoul') at the block's start."""
    if alone := GROUP_LINE.match(text):
        return [(0, alone.end("label"), alone.end())]
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
