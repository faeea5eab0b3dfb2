"""The hands a translation's brackets describe (see schema/ENCODING.md; the labels in readers/hands.py):

  [handwritten below the line: X], [in the margin: X]   an insertion, with hand and place   <add hand place>
  [handwritten at the bottom:], [handwriting] X (the text after it is handwritten)   <note/><handShift new/>
  typed [handwritten: Y]   a replacement (readers/replacements.py)   <subst><del cert/><add hand/></subst>
  [handwritten: X with no closing bracket   an insertion to the end of its paragraph   <add cert="low">
  [Handwritten at …: X with the label printed in a shifted font   the label's decoded choice the add's note

`HandBrackets` is a part of the brackets (readers/brackets.py) of the inline parser: it reads the parser's
run (`_run`), writes through its scanner (`_emit`) and records what it consumes (`_consume`).
"""

from __future__ import annotations

import re

from lxml import etree

from ..tei import E, last_child, q
from .deletions import Deletions
from .hands import by_hand, hand_label, place_of, qualified
from .replacements import Replacement, replacement

# The inline parser's break character: an element (a line end, a decoded run) stands there in a run.
BREAK = "\ue000"


class HandBrackets(Deletions):
    """The hand conventions of the brackets: insertions, changes of hand, replacements (deletions in Deletions)."""

    def _decoded_label(self, start: int) -> re.Match[str] | None:
        """The hand label of the bracket at `start` printed in a shifted font: a decoded run (a choice)
        right after the bracket whose reading is a hand label and nothing else; else None."""
        if self._run.text[start + 1:start + 2] != BREAK:
            return None
        elements = self._break(start + 1)
        reg = elements[0].find(q("reg")) if len(elements) == 1 and elements[0].tag == q("choice") else None
        if reg is None or reg.get("type") != "font-decoded":
            return None
        reading = "".join(reg.itertext())
        hand = hand_label(reading)
        return hand if hand and hand.end() == len(reading) else None

    def _content_start(self, start: int, hand: re.Match[str]) -> int:
        """Where the content of the labelled bracket at `start` begins: after its label (a decoded label
        is the one break after the bracket)."""
        return start + 2 if self._run.text[start + 1:start + 2] == BREAK else start + 1 + hand.end()

    def _label(self, add: etree._Element | None, parent: etree._Element, start: int, hand: re.Match[str],
               lead: int = 0) -> None:
        """A hand label's markup consumed (with the `lead` spaces before it); its description kept as the
        translator's note (in `add` when there is one, else in `parent`), with the fixed words where the
        description qualifies them ('Handwritten notations'). A decoded label cannot be markup: its choice is the note."""
        if self._run.text[start + 1:start + 2] == BREAK:
            self._consume(start, start + 1, "bracket")
            note = etree.SubElement(add if add is not None else parent, q("note"),
                                    {"type": "translator", "place": "inline"})
            self._emit(note, start + 1, start + 2)
            return
        words = start + 1 + (hand.start("words") if qualified(hand) else hand.end("label"))   # (the note's start)
        self._consume(start - lead, words, "hand-label")
        self._consume(start + 1 + hand.start("colon"), start + 1 + hand.end(), "hand-label-colon")
        if hand.group("description"):
            note = etree.SubElement(add if add is not None else parent, q("note"),
                                    {"type": "translator", "place": "inline"})
            self._emit(note, words, start + 1 + hand.end("description"))

    def _insertion(self, parent: etree._Element, start: int, close: int, hand: re.Match[str],
                   closed: bool = True) -> None:
        """'[handwritten below the line: X]': add[@hand][@place]; the description stays as the translator's
        note. An insertion no bracket closes ends at `close` (its paragraph's end), with low certainty."""
        attrs = {}
        if by_hand(hand) and self.hand:
            attrs["hand"] = self.hand
            self.hands_used.add(self.hand)
        if place := place_of(hand.group("description")):
            attrs["place"] = place
        if not closed:
            attrs["cert"] = "low"
        add = E.add(attrs)
        content_start = self._content_start(start, hand)
        struck = self._struck_before(parent) if closed else None
        replaced = self._replaced(parent, content_start, close) if closed and "hand" in attrs and not struck else None
        self._label(add, parent, start, hand, lead=replaced.space if replaced else struck[1] if struck else 0)
        if closed:
            self._consume(close, close + 1, "bracket")
        if re.match(r"insert(?:ion)?\b", self._run.text[content_start:close], re.I):
            target = etree.SubElement(add, q("metamark"), {"function": "insertion"})
        else:
            target = add
        self._emit(target, content_start, close)
        if struck:
            parent.append(E.subst(struck[0], add))
        else:
            parent.append(E.subst(E("del", {"cert": replaced.cert}, replaced.typed), add) if replaced else add)

    def _replaced(self, parent: etree._Element, content_start: int, close: int) -> Replacement | None:
        """The typed word a handwritten word replaces (readers/replacements.py), taken out of `parent`
        and flagged for review; None when the bracket reads as an insertion."""
        last = last_child(parent)
        holder, attribute = (last, "tail") if last is not None else (parent, "text")
        before = getattr(holder, attribute) or ""
        replaced = replacement(before, self._run.text[content_start:close])
        if replaced:
            setattr(holder, attribute, before[:len(before) - len(replaced.typed) - replaced.space])
            written = " ".join(self._run.text[content_start:close].split())
            self.conv.flag("", "replacement", f"'{replaced.typed} [handwritten: {written}]' read as '{written}' "
                           f"replacing '{replaced.typed}' ({replaced.reason}), @cert {replaced.cert}: the source does "
                           "not mark the typed word as struck",
                           self.conv.source.pointer_for(self._run.source(content_start), self._run.source(close)))
        return replaced

    def _hand_shift(self, parent: etree._Element, start: int, close: int, hand: re.Match[str]) -> None:
        """'[handwritten at the bottom:]': the text after it is in the hand; the description stays as the
        translator's note, a handShift to the document's hand follows it."""
        self._label(None, parent, start, hand)
        self._consume(close, close + 1, "bracket")
        self._shift_hand(parent)

    def _announced_hand(self, parent: etree._Element, start: int, close: int) -> None:
        """'[handwriting] No. 2421/55': the bracket says only that what follows is in a hand; its words
        are the translator's note, a handShift to the document's hand follows it."""
        self._wrapped(parent, E.note({"type": "translator", "place": "inline"}), start, close)
        self._shift_hand(parent)

    def _shift_hand(self, parent: etree._Element) -> None:
        """A handShift to the document's hand: what follows is in it."""
        parent.append(E.handShift({"new": self.hand}))
        self.hands_used.add(self.hand)

    def _unclosed(self, parent: etree._Element, start: int, end: int) -> int | None:
        """'[handwritten: X' (a label with its fixed words) that no bracket closes: an insertion to `end`
        (where its paragraph, or the element holding it, ends), with low certainty and a finding for review;
        '[handwritten:' alone, a change of hand to what follows, with the finding; None for any other bracket."""
        text = self._run.text
        hand = hand_label(text[start + 1:end]) or self._decoded_label(start)
        if hand is None or not hand.group("words"):
            return None
        words = " ".join(hand.string[:hand.end()].split())
        if text[self._content_start(start, hand):end].strip():
            self._insertion(parent, start, end, hand, closed=False)
            found = "opens an insertion that no bracket closes: encoded as an addition to the end of its paragraph"
        elif by_hand(hand) and self.hand and text[start + 1:start + 2] != BREAK:
            self._label(None, parent, start, hand)      # '[handwritten:' alone: what follows is in the hand
            self._shift_hand(parent)
            found = "announces handwriting, and no bracket closes it: encoded as a change of hand to what follows"
        else:
            return None
        last = end - 1
        while last > start and self._run.source(last) < 0:     # a break has no source offset
            last -= 1
        self.conv.flag("", "unclosed-insertion", f"'[{words}' {found}, with low certainty; check where it ends",
                       self.conv.source.pointer_for(self._run.source(start), self._run.source(last) + 1))
        return end
