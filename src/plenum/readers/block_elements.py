"""The TEI element of each kind of block of a record's text: paragraph, heading, opener, meeting
details, participants, turn, stage direction, closer; the page breaks between them put in place."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from ..tei import E, q, sub
from ..textnodes import text_nodes, wrap
from . import Conversion
from .attachments import ANNOUNCED
from .body_blocks import BodyBlock
from .block_lists import ListBlocks, headings_alone
from .block_patterns import MD_HEADING
from .bracket_blocks import bracket_stage, gather_stamp, minute_place
from .brackets import OMITTED
from .closer_elements import CloserBlocks, line_runs, same_kind
from .datelines import dated_forme, placed_date, transmitted_date
from .figure_tables import column_rows, figure_rows
from .inline import InlineParser, Run
from .md_blocks import write_quote, write_table
from .meeting_details import dated_hours, setting_paragraph
from .meeting_patterns import SITTING_HOURS
from .page_breaks import Unit
from .routing import FURTHER, sent_by
from .sections import divide
from .stages import stages
from .turn_elements import TurnBlocks
from .written_dates import ENTRY, written_when

# A row of dots or ellipses alone, where the source leaves something out ('……………', '. . . . . . .').
_DOT_ROW = re.compile(r"\s*[.…](?:\s?[.…]){2,}\s*")


@dataclass
class TextInfo:
    """What the header needs to know about the text."""

    languages: list[str] = field(default_factory=list)
    setting_date: dict[str, str] = field(default_factory=dict)
    setting_place: str = ""
    hands: set[str] = field(default_factory=set)
    participants: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)      # the text's headings, which may name its kind


class BlockElements(ListBlocks, CloserBlocks, TurnBlocks):
    """Writes the classified blocks of a text as TEI; what the header needs of them goes into `info`."""

    def __init__(self, conv: Conversion, inline: InlineParser, info: TextInfo, talks: bool) -> None:
        self.conv = conv
        self.inline = inline
        self.info = info
        self.talks = talks      # the title names talks (a record's, a stenogram's): its parentheses may be stages
        self._turns_in: etree._Element | None = None   # the division the last turn was written in
        # The last closer written, where it starts and ends in the source: a closing block right below
        # it (nothing but blank lines between) goes on in it.
        self._closing: tuple[etree._Element, int, int] | None = None
        self._stamped: tuple[etree._Element, int] | None = None    # the last stamp written and where it starts
        # The lists the points go into, outermost first, with the indentation of their items.
        self._levels: list[tuple[int, etree._Element]] = []
        self._side: tuple[etree._Element, etree._Element | None] | None = None

    def write(self, div: etree._Element, items: list[BodyBlock | Unit]) -> list[etree._Element]:
        """Append each block to `div` as the element of its kind; a turn holds the blocks continuing it.
        An attachment is a division of its own, headed by the line that announces it or by its own
        title: those divisions, which follow `div`."""
        first, attachments = div, []
        container = div
        pending: list[etree._Element] = []
        opener = None
        started = False      # whether a block (p, ab, sp, list, stage) is written: no head or opener after it
        postscript, postscript_start = None, 0   # a letter's postscript, where its first paragraph starts
        sections: list[etree._Element] = []      # the headings of its numbered sections (sections.py)
        for item in items:
            if isinstance(item, Unit):
                pending += item.elements
                continue
            kind = item.kind
            if item.attached:     # forme work before an enclosed document's title is its own
                if item.attached == ANNOUNCED:
                    div.extend(pending)
                    pending = []
                div, opener, started = E.div({"type": "attachment"}), None, False
                container = div
                attachments.append(div)
            if kind == "turn":
                div.extend(pending)
                pending = []
                container = self._turn(div, item)
                started = True
                continue
            if kind in _CONTINUING:
                container.extend(pending)
                pending = []
                _CONTINUING[kind](self, container, item)
                continue
            container = div
            div.extend(pending)
            pending = []
            if kind in _LEADING and started or kind.startswith(("closer", "postscript")) and not started \
                    and kind != "closer-after-text":
                kind = "p"      # a heading or opener only leads a div, a closer or postscript only follows its text
            top = not started   # (a paragraph ending on the greeting is text, then the closer)
            started = started or kind not in _LEADING | _BETWEEN | _DOCKET_LIST \
                and not kind.startswith(("closer", "postscript")) or kind == "closer-after-text"
            if kind == "head":
                self._head(div, item)
            elif kind == "section":
                self._head(div, item)
                sections.append(div[-1])
            elif kind == "head-lines":
                opener = self._head_lines(div, item, opener)
                started = started or "text" in item.lines     # a point's heading over its decision: the text began
            elif kind in _LEADING - {"head"}:
                if opener is None or div[-1] is not opener:   # a heading between: an opener of its own
                    opener = sub(div, "opener")
                if kind == "opener-lines":
                    self._opener_lines(opener, item)
                else:
                    self._opener_part(opener, item, kind)
            elif kind == "status":
                div.append(self._status(item))
            elif kind == "aside":
                self._aside(div, item)
            elif kind == "minute":
                div.append(self._parsed(E.note({"type": "document", "place": minute_place(item.text)}), item))
            elif kind in ("stamp", "docket"):
                div.append(self._parsed(E.fw({"type": "stamp" if kind == "stamp" else "header"}), item))
                dated_forme(div[-1])
                gather_stamp(div[-1])
                _breaks_after(div[-1])
                self._stamped = div[-1], item.start
            elif kind == "closer-stamp":
                self._stamp_line(div, item)
            elif kind in ("setting", "staff"):
                self._setting(div, item)
            elif kind == "participants":
                self._participants(div, item)
            elif kind == "participant":
                self._participant(div, item)
            elif kind == "participant-group":
                self._participant_group(div, item)
            elif kind == "participant-lines":
                self._introduced(div, item)
            elif kind in _DOCKET_LIST:
                self._copies(div, item, kind, top)
            elif kind == "point":
                self._point(div, item)
            elif kind == "labelled-points":
                self._labelled_points(div, item)
            elif kind in ("agenda", "agenda-item"):
                self._agenda(div, item, kind)
            elif kind in ("stage", "stage-setting"):
                self._stage(div, item, "setting" if kind == "stage-setting" else "business")
            elif kind == "ocr-noise":
                div.append(self._parsed(E.ab({"type": "ocr-noise"}), item))
            elif kind == "repeated":     # the title's second copy the capture printed under it: the source's surplus
                div.append(E.p({"source": self._pointer(item.start, item.end)}))
                self.inline.parse(item.run, sub(div[-1], "surplus", None, {"reason": "repeated"}))
            elif kind == "closer-after-text":
                self._greeting_after_text(div, item)
            elif kind == "divider":      # a rule or 'x x x' between the text's parts: a block, no paragraph
                div.append(self._parsed(E.ab(), item))
            elif kind.startswith("closer"):
                self._closer(div, item, kind)
            elif kind == "entry":
                self._entry(div, item)
            elif kind == "quote":
                self._quote(div, item)
            elif kind == "quoted":      # a forwarded message's paragraphs, one quote (quoted_messages.py)
                quote = div[-1] if len(div) and div[-1].tag == q("quote") and div[-1].get("type") == "message" \
                    else sub(div, "quote", None, {"type": "message"})
                self._paragraph(quote, item)
            elif kind == "table":
                self._table(div, item)
            elif kind in ("figures", "figures-continued", "columns"):
                self._figures(div, item, kind)
            elif kind.startswith("postscript"):      # 'postscript', then its 'postscript-continued'
                if kind == "postscript":
                    postscript, postscript_start = sub(div, "postscript"), item.start
                postscript.set("source", self._pointer(postscript_start, item.end))
                self._paragraph(postscript, item)
            else:
                self._paragraph(div, item)
        div.extend(pending)
        for written in (first, *attachments):
            headings_alone(written)
            divide(written, sections)
        return attachments

    def _pointer(self, start: int, end: int) -> str:
        return self.conv.source.pointer_for(start, end)

    # -- element builders -------------------------------------------------------------------

    def _parsed(self, element: etree._Element, block: BodyBlock, run: Run | None = None) -> etree._Element:
        element.set("source", self._pointer(block.start, block.end))
        self.inline.parse(run or block.run, element)
        return element

    def _aside(self, div: etree._Element, block: BodyBlock) -> None:
        """'[…]' above the title, where the translator left the letterhead out, or his note on the copy there:
        the gap or note between the div's leading elements (a paragraph would end them); after a paragraph of the
        head, a paragraph itself."""
        if any(child.tag not in _LEADING_TAGS for child in div):
            self._paragraph(div, block)
            return
        [gap] = self._parsed(E.p(), block)
        gap.set("source", self._pointer(block.start, block.end))
        gap.tail = None         # (a space after the bracket, a no-break space too, where the div holds no text)
        div.append(gap)

    def _status(self, block: BodyBlock) -> etree._Element:
        """'(Premier has not yet reviewed)', '[Not Reviewed by Premier Zhou]': the record's status, a note; the
        translator's square brackets are markup, a parenthesis is the record's own."""
        run, note = block.run, E.note({"type": "status", "place": "inline"})
        if not run.text.strip().startswith("["):
            return self._parsed(note, block)
        start, end = run.text.index("["), run.text.rindex("]")
        for bracket in (start, end):
            self.conv.consume(run.source(bracket), run.source(bracket) + 1, "bracket")
        return self._parsed(note, block, run.part(start + 1, end))

    def _paragraph(self, parent: etree._Element, block: BodyBlock, run: Run | None = None) -> None:
        run = run or block.run
        if (OMITTED.fullmatch(run.text) or _DOT_ROW.fullmatch(run.text)) and run.text.strip():
            # '. . . .' alone, or a row of them ('…………'): the source's omission
            p = E.p({"source": self._pointer(block.start, block.end)})
            self.inline.parse(run, sub(sub(p, "gap", None, {"reason": "omitted", "rend": "dots"}), "desc"))
        else:
            p = self._parsed(E.p(), block, run)
            stages(p, self.talks or parent.tag == q("sp") or parent is self._turns_in)   # (turns above it)
        parent.append(p)

    def _stage(self, parent: etree._Element, block: BodyBlock, kind: str = "business") -> None:
        """A stage direction alone in its paragraph: what happens in the room, or the setting at the top; a translator's
        bracket alone ('[End of tape 3, side A]') the stage its brackets make, no paragraph around it."""
        if not bracket_stage(block.text):
            parent.append(self._parsed(E.stage({"type": kind}), block))
            return
        [stage] = self._parsed(E.p(), block)
        stage.set("source", self._pointer(block.start, block.end))
        stage.tail = None
        parent.append(stage)

    def _table(self, parent: etree._Element, block: BodyBlock) -> None:
        """A Markdown export's pipe table (md_blocks.py)."""
        parent.append(write_table(self.conv, self.inline, block.run, self._pointer(block.start, block.end)))

    def _figures(self, div: etree._Element, block: BodyBlock, kind: str) -> None:
        """A list of figures a line each ('rice 450' / 'barley 120'), the rows of a table (figure_tables.py); its
        next paragraph's rows go on in it, unless a page break stands between. A table set out in columns of
        spaces ('columns') is a table of its own."""
        table = div[-1] if kind == "figures-continued" and len(div) and div[-1].tag == q("table") else None
        if table is None:
            table = sub(div, "table", None, {"source": self._pointer(block.start, block.end)})
        self._widen(table, block)
        (column_rows if kind == "columns" else figure_rows)(table, self.inline, block.run)

    def _quote(self, parent: etree._Element, block: BodyBlock) -> None:
        """A Markdown export's block quotation (md_blocks.py)."""
        parent.append(write_quote(self.conv, self.inline, block.run, self._pointer(block.start, block.end)))

    def _head(self, div: etree._Element, block: BodyBlock) -> None:
        run = block.run
        if heading := MD_HEADING.match(run.text):
            self.conv.consume(run.source(0), run.source(heading.end() - 1) + 1, "md-heading")
            run = run.part(heading.end())
        if sitting := SITTING_HOURS.fullmatch(run.text.rstrip()):     # its hours dated: 'Morning meeting (11:30-13:40)'
            div.append(E.head({"source": self._pointer(block.start, block.end)}))
            dated_hours(self.inline, div[-1], run, sitting)
        else:
            div.append(self._parsed(E.head(), block, run))
        self.info.heads.append(block.text.strip())

    def _head_lines(self, div: etree._Element, block: BodyBlock,
                    opener: etree._Element | None) -> etree._Element | None:
        """A paragraph of a record's head whose lines are of several kinds (block.lines): each run of lines
        of one kind its element (an office's lines fw, a classification's fw, a title head, a place and
        date an opener's dateline); returns the div's opener, the one it writes or the one it had."""
        for kind, part, _ in line_runs(block, same_kind, self.conv.source.text):
            if kind in ("dateline", "sender"):    # (a memorandum's 'From:' and 'Date:' in the opener of its 'To:')
                opener = opener if opener is not None and div[-1] is opener else sub(div, "opener")
                self._opener_part(opener, part, kind)
            elif kind == "head":
                self._head(div, part)
            elif kind == "text":          # a protocol's decision under its point's heading
                self._paragraph(div, part)
            elif kind == "setting":       # the hour the talks began under the title's date ('(Beginning: 9:45 a.m.)')
                self._stage(div, part, "setting")
            elif kind == "minute":        # a hand's registry number over a classification
                div.append(self._parsed(E.note({"type": "document", "place": minute_place(part.text)}), part))
            elif kind == "addressee":     # a telegram's destination under its kind
                opener = sub(div, "opener") if opener is None or div[-1] is not opener else opener
                opener.append(self._parsed(E.salute(), part))
            else:
                div.append(self._parsed(E.fw({"type": "header" if kind == "docket" else kind}), part))
                dated_forme(div[-1])
                _breaks_after(div[-1])
        return opener

    def _opener_lines(self, opener: etree._Element, block: BodyBlock) -> None:
        """An opener of a cable's routing lines (block.lines their kinds): each line one part, with the
        lines that go on with it ('TO …' and the addressees under it one salutation)."""
        for kind, part, _ in line_runs(block, lambda following, _: following == FURTHER,
                                         self.conv.source.text):
            self._opener_part(opener, part, kind)

    def _opener_part(self, opener: etree._Element, block: BodyBlock, kind: str) -> None:
        if kind == "addressee":
            opener.append(self._parsed(E.salute(), block))
            return
        if kind == "sender":   # where it was sent from: the place of its dateline; who sent it, a person or office, a byline
            under = len(opener) > 0 and opener[-1].tag == q("byline")
            opener.append(self._parsed(E.byline() if sent_by(block.text.strip(), under) else E.dateline(), block))
            return
        dateline = sub(opener, "dateline", None, {"source": self._pointer(block.start, block.end)})
        (transmitted_date if kind == "transmitted" else placed_date)(self.inline, dateline, block.text, block.run)

    def _stamp_line(self, div: etree._Element, block: BodyBlock) -> None:
        """A stamp's date or incoming number on a line under it ('[Stamp:] Secretariat of …' / '21 May 1952' /
        'Incoming Nº M-6843s'): a line of the stamp's forme work right above, the date tagged."""
        if self._stamped is None or not len(div) or div[-1] is not self._stamped[0]:
            self._stamped = sub(div, "fw", None, {"type": "stamp"}), block.start
        else:
            div[-1].append(E.lb())
        fw, start = self._stamped
        fw.set("source", self._pointer(start, block.end))
        if when := written_when(block.text.strip()):
            self.inline.parse(block.run, sub(fw, "date", None, {"when": when}))
        else:
            self.inline.parse(block.run, fw)

    def _entry(self, div: etree._Element, block: BodyBlock) -> None:
        """A journal's entry opening with its date: a paragraph whose date is tagged (with @when when it
        names the year), the entry's text after it."""
        p = E.p({"source": self._pointer(block.start, block.end)})
        found = ENTRY.match(block.text)
        if found.group("bold"):
            div.append(_bold_entry(self.inline, block, found.group("date"), p))
            return
        group = "date" if found.group("date") else "bulleted"     # ('• 25 November 1947 •')
        self.inline.parse(block.run.part(0, found.start(group)), p)
        date = sub(p, "date", None, _when(found.group(group)))
        self.inline.parse(block.run.part(found.start(group), found.end(group)), date)
        self.inline.parse(block.run.part(found.end(group)), p)
        div.append(p)

    def _setting(self, div: etree._Element, block: BodyBlock) -> None:
        """'Time: …', 'Location: …' and 'Interpreter: …' (meeting_details.py)."""
        div.append(setting_paragraph(self.inline, self.info, block.run, self._pointer(block.start, block.end)))


def _bold_entry(inline: InlineParser, block: BodyBlock, written: str, p: etree._Element) -> etree._Element:
    """A journal's entry heading all in bold ('**Monday, 4 March**'): the paragraph of its highlighted line, the
    date tagged inside the highlight (with @when when it names the year)."""
    inline.parse(block.run, p)
    for node, is_tail in text_nodes(p):
        if wrap(node, is_tail, re.compile(re.escape(written)), lambda match: E.date(match.group(), _when(written))):
            break
    return p


def _when(written: str) -> dict[str, str]:
    """The @when of a written date, when it names its year."""
    return {"when": when} if (when := written_when(written)) else {}


def _breaks_after(fw: etree._Element) -> None:
    """Forme work's page breaks (joined across a page) moved after it, a line break in each's place (schema)."""
    for pb in reversed(list(fw.iter(q("pb")))):
        line = E.lb()
        line.tail, pb.tail = pb.tail, None
        pb.getparent().replace(pb, line)
        fw.addnext(pb)


# The kinds of block that go on in the turn above them, and their writers.
_CONTINUING: dict[str, Callable[[BlockElements, etree._Element, BodyBlock], None]] = {
    "turn-continued": BlockElements._paragraph, "quote-continued": BlockElements._quote,
    "table-continued": BlockElements._table, "stage-continued": BlockElements._stage}
# The kinds of block that lead a div, before its first paragraph (the schema's head and opener).
_LEADING = frozenset({"head", "addressee", "dateline", "sender", "transmitted", "opener-lines", "head-lines"})
# What a div's leading part holds (the schema's head, opener and what may stand between them).
_LEADING_TAGS = frozenset(q(tag) for tag in ("head", "opener", "gap", "pb", "fw", "note"))
# The kinds written as notes or forme work, which may stand between a div's heading and its opener.
_BETWEEN = frozenset({"status", "stamp", "docket", "minute", "aside"})
# A docket's copy note and where the copies went: above the text, a note between the div's headings too.
_DOCKET_LIST = frozenset({"copies", "copy"})

