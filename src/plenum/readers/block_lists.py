"""The lists of a record's text, as BlockElements writes them: participants (by groups, or a line each
under a 'PARTICIPANTS:' heading), where a docket's copies went, and a text's dashed points."""

from __future__ import annotations

import re

from lxml import etree

from ..source import parse_pointer
from ..tei import E, append_text, last_child, q, sub
from . import Conversion
from .agenda import point_number
from .body_blocks import BodyBlock
from .inline import BREAK, InlineParser, Run
from .meeting_patterns import ABSENT, GROUP_LINE, PARTICIPANTS
from .participant_lines import COUNTRY_SIDE, PLURAL_TITLE_ALONE, participant_line, side_named

# The dash or bullet marking an item of a list (declared markup, body.BODY_MARKUP); a Markdown export's
# bullet ('* ', '+ '), indented further for an item of a list inside an item; a hyphen touching the item's
# capital ('-The sectors …').
LIST_DASH = re.compile(r"[ \t]*(?:[-–—•*+][ \t]+|-(?![\s\d-]))")
# A line of a Markdown export's list: its bullet or number and the item's first word.
LIST_LINE = re.compile(r"[ \t]*(?:[-–—•*+]|\d{1,3}[.)])[ \t]+\S")


class ListBlocks:
    """The list-making part of BlockElements, which gives it the conversion, the inline parser, the
    text's info and the builders of elements (_pointer, _parsed, _paragraph)."""

    conv: Conversion
    inline: InlineParser
    _levels: list[tuple[int, etree._Element]]
    _side: tuple[etree._Element, etree._Element | None] | None   # a side's list and item its names go into

    def _participants(self, div: etree._Element, block: BodyBlock) -> None:
        """'Participants: Soviet side: …' lines as a list of labelled groups (a group's label ends the side
        whose names, a line each, stood under the label before it)."""
        self._side = None
        run = block.run
        labels = _group_labels(run.text)
        if not labels or run.text[:labels[0][0]].replace(BREAK, "").strip():
            self._paragraph(div, block)     # (read as participants by its words, no label in its lines, or words
            return                          # before its first label: its words as written)
        listing = self._open_list(div, block, "participants")
        self._widen(listing, block)
        if len(labels) == 1 and (lines := _lines_each(run, labels[0][2]) or _sides_wrapped(run, labels[0][2])):
            self._one_a_line(listing, run, labels[0], lines)
            return
        head_start = None
        first = listing.find(q("item"))     # a list's items are all labelled or none is: the first tells
        unlabelled = first is not None and (first.getprevious() is None or first.getprevious().tag != q("label"))
        for position, (start, label_end, value) in enumerate(labels):
            end = labels[position + 1][0] if position + 1 < len(labels) else len(run.text)
            start = self._past_dash(run, start)           # '- On the Korean side: …'
            empty = not run.text[value:end].replace(BREAK, "").strip()
            if empty and (head_start is not None and listing[-1].tag == q("head")
                          or listing.find(q("head")) is None and listing.find(q("label")) is None):
                if head_start is not None:                # a second such label joins the head before it
                    listing.remove(listing[-1])
                    start = head_start
                head = E.head()                           # a label with no value heads the list
                self.inline.parse(run.part(start, label_end), head)
                listing.append(head)
                head_start = start
                continue
            item = E.item()
            value, end = _trimmed(run.text, value, end)       # no line break at either end of a group
            if unlabelled:
                self.inline.parse(run.part(start, end), item)   # under unlabelled items, a group is one item
                listing.append(item)
            else:
                label = E.label()
                self.inline.parse(run.part(start, label_end), label)
                self.inline.parse(run.part(value, end), item)
                listing.extend([label, item])
            self.info.participants.append(item.xpath("string()"))

    def _one_a_line(self, listing: etree._Element, run: Run, label: tuple[int, int, int],
                    lines: list[tuple[int, int]]) -> None:
        """'PARTICIPANTS:' and a participant a line under it (the first beside it): the label the list's
        head, each line an item. In a list that holds a heading or a group already ('From the Korean
        side:' and its names after the Soviet side's) the label is a group's, its names one item, a line
        each (as a side's line alone makes it): a heading after items would end the list."""
        if len(listing) == 0:
            head = E.head()
            self.inline.parse(run.part(label[0], label[1]), head)
            listing.append(head)
            self._participant_items(listing, run, lines)
            return
        _heading_as_group(listing)
        group, item = E.label(), E.item()
        self.inline.parse(run.part(label[0], label[1]), group)
        self.inline.parse(run.part(lines[0][0], lines[-1][1]), item)     # its line breaks, <lb/>s
        listing.extend([group, item])
        self.info.participants.extend(run.text[start:end].strip() for start, end in lines)

    def _participant_items(self, listing: etree._Element, run: Run, lines: list[tuple[int, int]]) -> None:
        """Each of `lines` (where it starts and ends in `run`) an item of the participants, one person."""
        for start, end in lines:
            item = E.item()
            self.inline.parse(run.part(start, end), item)
            listing.append(item)
            self.info.participants.append(item.xpath("string()"))

    def _participant_group(self, div: etree._Element, block: BodyBlock) -> None:
        """A side alone on its line under the participants' heading ('US', 'Soviet side:'), as pages of
        single breaks give it: the label of the item its names make (_participant); where the list holds
        unlabelled items already (a participant a line under 'Persons present :'), the first line of that item,
        as a group under unlabelled items is one item."""
        listing = last_child(div)
        if listing is None or listing.tag != q("list") or listing.get("type") != "participants":
            self._paragraph(div, block)
            return
        self._widen(listing, block)
        if listing.find(q("item")) is not None and listing.find(q("label")) is None:
            item = E.item()
            self.inline.parse(block.run, item)
            listing.append(item)
            self._side = (listing, item)
            return
        label = E.label()
        self.inline.parse(block.run, label)
        listing.append(label)
        self._side = (listing, None)

    def _participant(self, div: etree._Element, block: BodyBlock) -> None:
        """A participant's line under a list of participants, an item of it; the list's one label
        ('PARTICIPANTS:' and the first participant beside it) becomes its head. Under a side's line alone
        (_participant_group) the names make the side's item, a line each; another list of groups takes
        no such item: the line is a paragraph then."""
        listing = last_child(div)
        if self._side is not None and self._side[0] is listing:
            self._side_name(listing, block)
            return
        if listing is not None and listing.tag == q("list") and len(listing) and listing[-1].tag == q("item") \
                and not len(listing[-1]) and not (listing[-1].text or "").strip():
            listing.remove(listing[-1])      # a group's heading alone ('Personnel accompanied:'): its names a line each
            self._side = (listing, None)
            self._side_name(listing, block)
            return
        if listing is not None and listing.tag == q("list") and len(listing) and listing[-1].tag == q("item") \
                and not len(listing[-1]) and PLURAL_TITLE_ALONE.fullmatch((listing[-1].text or "").strip()):
            self._side = (listing, listing[-1])     # its plural title alone ('Invited to …: Cdes.'): its names a line each
            self._side_name(listing, block)
            return
        if listing is None or listing.tag != q("list") or len(listing.findall(q("label"))) > 1 \
                or listing.find(q("label")) is not None and listing.find(q("head")) is not None:
            self._paragraph(div, block)     # a list of groups takes no such line
            return
        for label in listing.findall(q("label")):
            label.tag = q("head")
        self._widen(listing, block)
        run = block.run                  # a participant a line, one block or several
        self._participant_items(listing, run, _unindented_lines(run))

    def _introduced(self, div: etree._Element, block: BodyBlock) -> None:
        """Persons a line each under the paragraph introducing them ('… the members of the delegation, as follows:'):
        a participants list of their own, no heading (the sentence is the paragraph's), a person an item."""
        run = block.run
        listing = self._new_list(div, block, "participants")
        self._participant_items(listing, run, _unindented_lines(run))

    def _side_name(self, listing: etree._Element, block: BodyBlock) -> None:
        """A name under a side's line alone: the side's item, or its next line."""
        self._widen(listing, block)
        listing, item = self._side
        if item is None:
            item = E.item()
            listing.append(item)
            self._side = (listing, item)
        else:
            item.append(E.lb())
        self.inline.parse(block.run, item)
        self.info.participants.append(block.text.strip())

    def _copies(self, div: etree._Element, block: BodyBlock, kind: str, top: bool) -> None:
        """A docket's copy note as the head of a list of where the copies went, each an item; above the
        text (`top`: a report's docket, its title still to come) the list stands in a note at the top,
        where a div's heading may follow it."""
        if top:
            last = last_child(div)
            if kind == "copies" or last is None or last.tag != q("note") or last.find(q("list")) is None:
                last = sub(div, "note", None, {"type": "document", "place": "top",
                                               "source": self._pointer(block.start, block.end)})
            self._widen(last, block)
            div = last
        if kind == "copies":
            self._new_list(div, block, "distribution").append(self._parsed(E.head(), block))
        else:       # a copy, after its note (or a page break between them)
            self._item(self._open_list(div, block, "distribution"), block)

    def _point(self, div: etree._Element, block: BodyBlock) -> None:
        """A dashed point of the text, an item of the list the points before it began; indented further
        than they are, an item of a list inside the item above it ('  * engineers;' / '    * civil …')."""
        outer = self._open_list(div, block, None)
        if not self._levels or self._levels[0][1] is not outer:
            self._levels = [(_indent(block.run.text), outer)]
        indent = _indent(block.run.text)
        while len(self._levels) > 1 and indent < self._levels[-1][0]:
            self._levels.pop()
        depth, listing = self._levels[-1]
        if indent > depth and (items := listing.findall(q("item"))):
            listing = sub(items[-1], "list", None, {"source": self._pointer(block.start, block.end)})
            self._levels.append((indent, listing))
        for _, inner in self._levels[1:]:     # the inner lists and the items holding them reach down to it
            self._widen(inner, block)
            self._widen(inner.getparent(), block)
        self._widen(outer, block)
        self._item(listing, block)

    def _labelled_points(self, div: etree._Element, block: BodyBlock) -> None:
        """A label and its dashed points in one paragraph, the first on the label's line ('Tasks: - to …;' / '- to
        …'): a list headed by the label, an item a point, the dashes its marks."""
        run, listing = block.run, self._new_list(div, block, None)
        lines = run.line_bounds()
        colon = run.text.index(":", 0, lines[0][1]) + 1
        gap = len(run.text[colon:lines[0][1]]) - len(run.text[colon:lines[0][1]].lstrip())
        split = colon if LIST_DASH.match(run.text, colon) else colon + gap    # (a no-break space after it: the label's)
        self.inline.parse(run.part(0, split), sub(listing, "head"))
        for position, (start, end) in enumerate(lines):
            start = self._past_dash(run, split if not position else start)
            self.inline.parse(run.part(start, end), sub(listing, "item"))

    def _agenda(self, div: etree._Element, block: BodyBlock, kind: str) -> None:
        """The agenda's word alone ('Agenda'), the head of a list of its points; a point under it
        ('1. The harbour question'), the list's next item, numbered as written."""
        if kind == "agenda":
            self._new_list(div, block, None).append(self._parsed(E.head(), block))
            return
        self._item(self._open_list(div, block, None), block)
        last_child(div)[-1].set("n", point_number(block.text))

    def _item(self, listing: etree._Element, block: BodyBlock) -> None:
        """A block as the last item of `listing`, without its dash (the list's mark, as a list item is
        marked everywhere); the list's lines widened to it."""
        self._widen(listing, block)
        start = self._past_dash(block.run)
        listing.append(self._parsed(E.item(), block, block.run.part(start) if start else block.run))

    def _open_list(self, div: etree._Element, block: BodyBlock, kind: str | None) -> etree._Element:
        """The list `block` goes on: the last element of `div` when it is a list of `kind` (None: the
        plain list of a text's points), else a new one."""
        last = last_child(div)
        if last is not None and last.tag == q("list") and last.get("type") == kind:
            return last
        return self._new_list(div, block, kind)

    def _new_list(self, div: etree._Element, block: BodyBlock, kind: str | None) -> etree._Element:
        """A list of `kind` at the end of `div`, from the lines of `block`."""
        listing = E.list({**({"type": kind} if kind else {}), "source": self._pointer(block.start, block.end)})
        div.append(listing)
        return listing

    def _widen(self, listing: etree._Element, block: BodyBlock) -> None:
        """A list's lines widened to the end of `block`, its latest part."""
        listing.set("source", _widened(listing.get("source"), self.conv.source.line_of(block.end - 1)))

    def _past_dash(self, run: Run, start: int = 0) -> int:
        """Where the text of `run` goes on after the dash or bullet at `start` (the list's mark, consumed
        as markup); `start` when there is none."""
        if dash := LIST_DASH.match(run.text, start):
            self.conv.consume(run.source(start), run.source(dash.end() - 1) + 1, "list-dash")
            return dash.end()
        return start


def labelled_points(text: str) -> bool:
    """Whether a paragraph (its run's text) is a short label whose dashed points follow it, the first on the label's
    line and one a line under it ('Tasks: - to stay close …;' / '- to learn …'), as an officer's note sets them."""
    lines = text.split(BREAK)
    return len(lines) >= 2 and _LABEL_POINT.match(lines[0]) is not None and all(
        _POINT_LINE.match(line) for line in lines[1:])


# A label of up to four words before the first dashed point on its line ('Tasks: - …', 'Measures to take: – …'), and
# a dashed point's line.
_LABEL_POINT = re.compile(r"[A-Z][\w'’]*(?: [\w'’]+){0,3}:\s+[-–—•][ \t]+\S")
_POINT_LINE = re.compile(r"[ \t]*[-–—•][ \t]+\S")


def headings_alone(div: etree._Element) -> None:
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


def _heading_as_group(listing: etree._Element) -> None:
    """A list's last heading with unlabelled items under it ('From the Soviet side:' / a name a line)
    relabelled as the group it is once a second group follows: its label, its names one item."""
    heads = listing.findall(q("head"))
    first = heads[-1].getnext() if heads else None
    if first is None or first.tag != q("item"):
        return
    heads[-1].tag = q("label")
    for later in list(first.itersiblings()):
        first.append(E.lb())
        append_text(first, later.text or "")
        first.extend(later)
        listing.remove(later)


def _group_labels(text: str) -> list[tuple[int, int, int]]:
    """(label start, label end, value start) of each group label at a line start, chained labels too
    (its start before a list's dash, '- On the Korean side:'); a group's line of its own ('From Seoul')
    at the block's start."""
    if alone := GROUP_LINE.match(text):
        return [(0, alone.end("label"), alone.end())]
    if not PARTICIPANTS.match(text) and side_named(text) and (side := COUNTRY_SIDE.match(text)):
        return [(0, side.end("label"), side.end())]     # a country before its people ('Testland: Shri …, PM; …')
    found = []
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == BREAK]     # (and after a semicolon: 'Present:
    starts += [found.end() for found in _AFTER_SEMICOLON.finditer(text)]         # from the USSR side - …; from the … side - …')
    bare = text.strip()                         # (the list in parentheses: '(Present were: Testov, …)', the
    opened = text.find("(") + 1 if bare[:1] + bare[-1:] == "()" else 0     # parenthesis the label's and the item's)
    for line_start in sorted(starts):
        position = opened if opened and line_start == 0 else line_start
        while match := PARTICIPANTS.match(text, position) or ABSENT.match(text, position):
            # the label holds its colon, or a side's dash ('For the Testish side –'); none after 'Chaired by'
            mark = next((at for at in range(match.end("label"), match.end()) if text[at] in ":–—-"), -1)
            found.append((0 if match.start() == opened else match.start(), mark + 1 if mark >= 0
                          else match.end("label"), match.end()))
            position = match.end()
    return found


# A semicolon before the next side's label in one line of participants.
_AFTER_SEMICOLON = re.compile(r";\s*(?=(?:[Ff]rom|[Oo]n|[Ff]or) the [A-Z][\w-]+ side\b)")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`start` and `end` moved past the spaces and line breaks at either end of `text[start:end]`."""
    while start < end and (text[start].isspace() or text[start] == BREAK):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == BREAK):
        end -= 1
    return start, end


def _indent(text: str) -> int:
    """How far a line is indented (its spaces and tabs)."""
    return len(text) - len(text.lstrip(" \t"))


def _lines_each(run: Run, value: int) -> list[tuple[int, int]]:
    """Where each participant stands when a label's value goes on a line each under it ('PARTICIPANTS:
    Chairman Testo' / '      Premier Probe' / …), the lines' indents left out; none for one line or
    lines that are no participant's."""
    bounds = run.line_bounds()
    if len(bounds) < 2 or value > bounds[0][1] \
            or all(run.text[start:end].rstrip().endswith(",") for start, end in bounds[:-1]):
        return []           # (a list of names wrapped at a width: 'Cdes. A, B,' / 'C, D,' / 'E')
    lines = [(value, bounds[0][1])] if run.text[value:bounds[0][1]].strip() else []   # 'PARTICIPANTS:' alone
    for start, end in bounds[1:]:
        if not participant_line(run.text[start:end].strip()):
            return []
        lines.append(_unindented(run, start, end))
    return lines


def _sides_wrapped(run: Run, value: int) -> list[tuple[int, int]]:
    """Where each side's names stand when two delegations are wrapped over lines after commas under one label, a
    full stop closing the first ('Present: comrs. Examov, Samplov,' / 'Probov, Mockin.' / 'Li Testing, Zhang Sample,'
    / 'Su Probe, Shi Mock'): each side an item, split after the stop; none for one side or lines of sentences."""
    bounds = run.line_bounds()
    if len(bounds) < 2 or value > bounds[0][1]:
        return []
    sides, start = [], value
    for line_start, end in bounds:
        line = run.text[max(line_start, value):end].rstrip()
        if end < len(run.text) and not line.endswith((",", ".")):
            return []
        if line.endswith(".") or end == len(run.text):
            sides.append((start, line_start + len(run.text[line_start:end].rstrip())))
            start = end + 1
    return sides if len(sides) >= 2 and all(_WRAPPED_SIDE.fullmatch(run.text[start:end].replace(BREAK, " "))
                                            for start, end in sides) else []


# One side's names between commas, wrapped over lines, a plural title before the first perhaps and a stop after the
# last ('comrs. Examov, Samplov,' / 'Probov, Mockin.'; 'Li Testing, Zhang Sample,' / 'Su Probe, Shi Mock').
_SIDE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_WRAPPED_SIDE = re.compile(rf"(?:(?:[Cc]omrs?\.|[Cc]des\.|[Cc]omrades)\s+)?{_SIDE_NAME}(?:,\s*(?:and\s+)?{_SIDE_NAME}|\s+and\s+{_SIDE_NAME})+\.?")


def _unindented_lines(run: Run) -> list[tuple[int, int]]:
    """Each line of `run`, where it starts and ends, without the spaces it is indented by (_unindented)."""
    return [_unindented(run, start, end) for start, end in run.line_bounds()]


def _unindented(run: Run, start: int, end: int) -> tuple[int, int]:
    """A line of `run` (from `start` to `end`) without the spaces it is indented by."""
    return start + len(run.text[start:end]) - len(run.text[start:end].lstrip()), end


def _widened(pointer: str, last: int) -> str:
    """A src:L… pointer extended to end at line `last`."""
    first, _ = parse_pointer(pointer)
    return f"src:L{first}-L{last}" if last != first else f"src:L{first}"
