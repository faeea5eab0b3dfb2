"""The inline conventions of transcripts: editorial brackets, hands, note markers, Markdown marks.

A block of text (a paragraph, a heading, a note) is a `Run`: its characters, gathered from one or
more pieces of the source, with a `BREAK` character standing for each line or page break between
them. `InlineParser` parses a run into TEI mixed content, and records every character it turns into
markup (brackets, labels such as ``handwritten: ``) with its source offsets.

The conventions (see schema/ENCODING.md):
  [X]                     supplied by the translator           <supplied>
  [X?] mid-sentence        supplied, uncertain                  <supplied cert="low">
  [?], [X?] at a sentence end  a supplied question             <supplied>
  word [sic]              the source's reading                 <sic>
  word [sic, should be Y]  with the translator's correction     <choice><sic/><corr/></choice>
  [X - SIC]               a translator's gloss                 <note type="translator">
  [handwritten: X], [inserted by hand: X], [Inserted: X], [in the margin: X]
                          an insertion, with hand and place     <add hand place>
  [illegible …], [… faded …], [… off the page]                  <gap reason><desc/></gap>
  [stamp: X], [faded image of a stamp: X]
                          a stamp, the translator's words for it kept   <stamp><note type="translator"/>X</stamp>
  [[X]]                   a bracket inside a bracketed passage (as [X])
  [\\[2\\]](#), <sup>[2]</sup>  a note marker                  <note> from the notes section
  ~~X~~  <sup>X</sup>  ~~X~~<sup>Y</sup>  <u>X</u>
                          deletion, insertion above the line, substitution, underlining
An unmatched bracket is kept as text in <surplus>.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from ..tei import E, append_text, last_child, q
from . import Conversion
from .spans import Span

BREAK = "\ue000"

# Markup vocabulary of the inline conventions, for the readers' `markup` tables.
MARKUP = {
    "bracket": r"\[|\]",
    # Only a hand label's fixed words are markup; a description ('below the above sentence') stays text.
    "hand-label": r"\[\s*(?i:handwritten|hand-written|inserted by hand|written by hand|inserted|insertion)?\s*",
    "hand-label-colon": r"\s*:\s*",
    "sic": r"\s*\[(?:sic|SIC|Sic)\]",
    "sic-correction": r"\s*\[(?:sic|SIC|Sic),\s*should be\s+|\]",
    "uncertain": r"\?\]",
    "stamp-colon": r"\s*:\s*",
    "note-marker": r"\[\\\[\d+\\\]\]\(#\)\s*|<sup>\[\d+\]</sup>",
    "markdown": r"~~|</?sup>|</?u>",
    "line-join": r"[ \t]*\n",
}

# The fixed words of the inline conventions (the words the markup above may take from a source).
CONVENTION_WORDS = frozenset({"handwritten", "hand-written", "inserted by hand", "written by hand", "inserted",
                              "insertion", "sic", "sic, should be", "sup", "u"})

_SPECIAL = re.compile(r"\[\\\[\d+\\\]\]\(#\)|<sup>\[\d+\]</sup>|\[|\]|~~|</?sup>|</?u>|" + BREAK)
_BRACKET = re.compile(r"[\[\]]")
# A line ending in a word and a hyphen (searched for only in lines that end with one).
_HYPHENATED = re.compile(r"\w-$")
# A note marker: the Markdown export's '[\[2\]](#)', or a superscript '<sup>[1]</sup>' of a web page.
_NOTE_MARKER = re.compile(r"\[\\\[(\d+)\\\]\]\(#\)|<sup>\[(\d+)\]</sup>")
# A hand label: its fixed words (markup), the translator's description of the insertion (kept as
# text), the colon (markup). Without fixed words the description must start with a place.
_HAND = re.compile(r"(?P<label>\s*(?P<words>handwritten|hand-written|inserted by hand|written by hand|inserted|"
                   r"insertion)?\b\s*)(?P<description>[^:\[\]]*?)(?P<colon>\s*:\s*)", re.I)
_PLACE_FIRST = re.compile(r"(?:in|at|on|along|below|above) the\b", re.I)
# What says an insertion is handwritten ("in the upper right hand corner" does not).
_BY_HAND = re.compile(r"\bhand-?written\b|\bby hand\b", re.I)
_SIC = re.compile(r"(?:sic|SIC|Sic)")
_SIC_CORRECTION = re.compile(r"(?:sic|SIC|Sic),\s*should be\s+")
_GLOSS = re.compile(r".+\s[-–]\s*(?:sic|SIC)\s*")
_GAP = re.compile(r"illegible|faded|unreadable|indecipherable|not legible|off the (?:reproduced )?page|"
                  r"typed over|cut off|torn", re.I)
# A stamp: the translator's words for it, with the word 'stamp' ('stamp', 'faded image of a stamp', 'Stamp of
# the Embassy'), and a colon.
_STAMP = re.compile(r"(?P<description>\s*(?:[^:\[\]]*?\s)?stamps?(?:\s[^:\[\]]*?)?)(?P<colon>\s*:\s*)", re.I)
_WORD_BEFORE = re.compile(r"([\w][\w'’.-]*)(\s*)$")
# Where an insertion stands: the words a description opens with ('in the upper right hand corner of
# the next page', 'below the above sentence'); a description that opens otherwise states no place.
PLACES = {"upper right": "top-right", "top right": "top-right", "upper left": "top-left", "top left": "top-left",
          "left margin": "margin-left", "right margin": "margin-right", "margin": "margin", "below": "below",
          "under": "below", "above": "above", "over": "above", "middle": "middle", "bottom": "bottom", "top": "top"}
_PLACE = re.compile(r"(?:(?:in|at|on|along) the\s+)?(?P<where>"
                    + "|".join(PLACES).replace(" ", r"(?:\s+hand)?\s+") + r")\b", re.I)  # 'left hand margin' too


@dataclass
class Run:
    """A block's text with a BREAK for each break, and where each piece lies in the source."""

    text: str = ""
    starts: list[int] = field(default_factory=list)   # where each piece starts in `text`
    sources: list[int] = field(default_factory=list)  # where that piece starts in the source
    breaks: list[list[etree._Element]] = field(default_factory=list)

    @cached_property
    def break_at(self) -> list[int]:
        """Where each BREAK stands in `text`, in order (found once: a run is not changed once read)."""
        return _indexes(BREAK, self.text)

    def source(self, index: int) -> int:
        """The source offset of character `index` (a BREAK has none)."""
        piece = bisect.bisect_right(self.starts, index) - 1
        return self.sources[piece] + index - self.starts[piece]


def lines_run(conv: Conversion, span: Span, hard_breaks: bool = True) -> Run:
    """The run of one source paragraph; its line ends become <lb/> (soft hyphens joined)."""
    run, texts, length = Run(), [], 0

    def piece(text: str, source: int) -> None:     # the text is joined once, at the end
        nonlocal length
        if text:
            run.starts.append(length)
            run.sources.append(source)
            texts.append(text)
            length += len(text)

    lines = span.text.split("\n")
    position = span.start
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        text = line if last else line.rstrip(" \t")
        if not last and hard_breaks:
            following = lines[index + 1].lstrip()
            if text.endswith("-") and _HYPHENATED.search(text) and following[:1].islower():
                piece(text[:-1], position)
                conv.consume(position + len(text), position + len(line) + 1, "line-join")
                run.breaks.append([E.lb({"break": "no", "rend": "hyphen"})])
            else:
                piece(text, position)
                run.breaks.append([E.lb()])
            piece(BREAK, -1)
        else:
            piece(line if last else text, position)
        position += len(line) + 1
    run.text = "".join(texts)
    return run


class InlineParser:
    """Parses runs into TEI mixed content for one document."""

    def __init__(self, conv: Conversion, plenum_resp: str, translation_resp: str | None = None,
                 hand: str | None = None, note: Callable[[int], etree._Element | None] | None = None) -> None:
        self.conv = conv
        self.translation_resp = translation_resp
        self.plenum_resp = plenum_resp
        self.hand = hand
        self.note = note or (lambda number: None)
        self.hands_used: set[str] = set()

    # -- entry point ------------------------------------------------------------------------

    def parse(self, run: Run, parent: etree._Element, mode: str = "text") -> etree._Element:
        """Append the run's content to `parent`; mode 'forme' reads <sup> as superscript."""
        self._run, self._mode = run, mode
        self._pairs = _pairs(run.text)
        self._emit(parent, 0, len(run.text))
        return parent

    # -- the scanner ------------------------------------------------------------------------

    def _emit(self, parent: etree._Element, start: int, end: int) -> None:
        text = self._run.text
        i = start
        while i < end:
            match = _SPECIAL.search(text, i, end)
            if not match:
                append_text(parent, text[i:end])
                return
            append_text(parent, text[i:match.start()])
            token = match.group()
            if _NOTE_MARKER.fullmatch(token):
                i = self._note_marker(parent, match, end)
            elif token == "[":
                close = self._matching(match.start(), end)
                if close is None:
                    i = self._surplus(parent, match.start())
                else:
                    self._bracket(parent, match.start(), close)
                    i = close + 1
            elif token == "]":
                i = self._surplus(parent, match.start())
            elif token == BREAK:
                parent.extend(self._break(match.start()))
                i = match.end()
            else:
                i = self._markdown(parent, match, end)

    def _matching(self, start: int, end: int) -> int | None:
        """The index of the ']' closing the '[' at `start`, counting nested brackets."""
        close = self._pairs.get(start)
        return close if close is not None and close < end else None

    def _consume(self, start: int, end: int, kind: str) -> None:
        """Record run[start:end] (one piece of the source) as markup."""
        if end > start:
            source = self._run.source(start)
            self.conv.consume(source, source + end - start, kind)

    def _break(self, index: int) -> list[etree._Element]:
        number = bisect.bisect_left(self._run.break_at, index)
        return [_copy(element) for element in self._run.breaks[number]]

    def _surplus(self, parent: etree._Element, index: int) -> int:
        """An unmatched bracket: kept as text, marked as superfluous (the review lists every surplus)."""
        parent.append(E.surplus({"reason": "unbalanced"}, self._run.text[index]))
        return index + 1

    # -- brackets ---------------------------------------------------------------------------

    def _bracket(self, parent: etree._Element, start: int, close: int) -> None:
        text = self._run.text
        inner = text[start + 1:close]
        if text[start + 1:start + 2] == "[" and self._matching(start + 1, close) == close - 1:
            self._consume(start, start + 1, "bracket")
            self._consume(close, close + 1, "bracket")
            self._bracket(parent, start + 1, close - 1)
            return
        if (hand := _HAND.match(inner)) and (hand.group("words") or _PLACE_FIRST.match(hand.group("description"))):
            self._insertion(parent, start, close, hand)
        elif _SIC_CORRECTION.match(inner):
            self._sic(parent, start, close, correction=_SIC_CORRECTION.match(inner).end())
        elif _SIC.fullmatch(inner.strip()):
            self._sic(parent, start, close)
        elif stamp := _STAMP.match(inner):
            self._stamp(parent, start, close, stamp)
        elif _GLOSS.fullmatch(inner):
            self._wrapped(parent, E.note({"type": "translator", "place": "inline"}), start, close)
        elif _GAP.search(inner) and "[" not in inner:
            self._gap(parent, start, close, inner)
        else:
            self._supplied(parent, start, close, inner)

    def _stamp(self, parent: etree._Element, start: int, close: int, stamp: re.Match[str]) -> None:
        """'[faded image of a stamp: X]': <stamp> holding the translator's words for it (a note) and X."""
        element = E.stamp()
        note = etree.SubElement(element, q("note"), {"type": "translator", "place": "inline"})
        self._consume(start, start + 1, "bracket")
        self._emit(note, start + 1 + stamp.start("description"), start + 1 + stamp.end("description"))
        self._consume(start + 1 + stamp.start("colon"), start + 1 + stamp.end(), "stamp-colon")
        self._consume(close, close + 1, "bracket")
        self._emit(element, start + 1 + stamp.end(), close)
        parent.append(element)

    def _wrapped(self, parent: etree._Element, element: etree._Element, start: int, close: int) -> None:
        """The bracket's content inside `element`, the brackets consumed."""
        self._consume(start, start + 1, "bracket")
        self._consume(close, close + 1, "bracket")
        self._emit(element, start + 1, close)
        parent.append(element)

    def _supplied(self, parent: etree._Element, start: int, close: int, inner: str) -> None:
        attrs = {"reason": "omitted-in-original"}
        if self.translation_resp:
            attrs["resp"] = self.translation_resp
        after = self._run.text[close + 1:close + 3].lstrip()
        if inner.endswith("?") and len(inner) > 1 and after[:1].islower():
            attrs["cert"] = "low"
            element = E.supplied(attrs)
            self._consume(start, start + 1, "bracket")
            self._consume(close - 1, close + 1, "uncertain")
            self._emit(element, start + 1, close - 1)
            parent.append(element)
            return
        self._wrapped(parent, E.supplied(attrs), start, close)

    def _insertion(self, parent: etree._Element, start: int, close: int, hand: re.Match[str]) -> None:
        """'[handwritten below the line: X]': add[@hand][@place]; the description stays as the translator's note."""
        attrs = {}
        words, description = hand.group("words") or "", hand.group("description")
        if _BY_HAND.search(words + " " + description) and self.hand:
            attrs["hand"] = self.hand
            self.hands_used.add(self.hand)
        if place := _PLACE.match(description):
            attrs["place"] = PLACES[" ".join(word for word in place.group("where").lower().split() if word != "hand")]
        self._consume(start, start + 1 + hand.end("label"), "hand-label")
        self._consume(start + 1 + hand.start("colon"), start + 1 + hand.end(), "hand-label-colon")
        self._consume(close, close + 1, "bracket")
        add = E.add(attrs)
        if description:
            note = etree.SubElement(add, q("note"), {"type": "translator", "place": "inline"})
            self._emit(note, start + 1 + hand.start("description"), start + 1 + hand.end("description"))
        content_start = start + 1 + hand.end()
        if re.match(r"insert(?:ion)?\b", self._run.text[content_start:close], re.I):
            target = etree.SubElement(add, q("metamark"), {"function": "insertion"})
        else:
            target = add
        self._emit(target, content_start, close)
        parent.append(add)

    def _sic(self, parent: etree._Element, start: int, close: int, correction: int | None = None) -> None:
        """'word [sic]': the word becomes <sic> (with the translator's correction, if given); with no
        word before it, an empty <sic/> (which the review lists)."""
        word, space = self._take_word(parent)
        sic = E.sic(word)
        if correction is None:
            self._consume(start - space, close + 1, "sic")
            parent.append(sic)
            return
        self._consume(start - space, start + 1 + correction, "sic-correction")
        self._consume(close, close + 1, "sic-correction")
        corr = E.corr({"source": self.conv.source.pointer_for(self._run.source(start), self._run.source(close))})
        if self.translation_resp:
            corr.set("resp", self.translation_resp)
        self._emit(corr, start + 1 + correction, close)
        parent.append(E.choice(sic, corr))

    def _take_word(self, parent: etree._Element) -> tuple[str, int]:
        """Remove the last word of `parent`'s content; return it and the spaces after it."""
        last = last_child(parent)
        holder, attribute = (last, "tail") if last is not None else (parent, "text")
        content = getattr(holder, attribute) or ""
        match = _WORD_BEFORE.search(content)
        if not match:
            return "", 0
        setattr(holder, attribute, content[: match.start()])
        return match.group(1), len(match.group(2))

    def _gap(self, parent: etree._Element, start: int, close: int, inner: str) -> None:
        lowered = inner.lower()
        reason = ("faded" if "faded" in lowered else "off-page" if "off the" in lowered
                  else "overwritten" if "typed over" in lowered else "illegible")
        gap = E.gap({"reason": reason})
        self._wrapped(gap, E.desc(), start, close)
        parent.append(gap)

    # -- note markers -----------------------------------------------------------------------

    def _note_marker(self, parent: etree._Element, match: re.Match[str], end: int) -> int:
        marker = _NOTE_MARKER.fullmatch(match.group())
        number = int(marker.group(1) or marker.group(2))
        self._consume(match.start(), match.end(), "note-marker")
        note = self.note(number)
        if note is not None and marker.group(2):
            self.conv.flag("", "note", f"note {number} placed at a superscript marker [{number}], a style the "
                           "other markers do not use: check its place",
                           self.conv.source.pointer_for(self._run.source(match.start()),
                                                        self._run.source(match.end() - 1) + 1))
        if note is None:  # plenum's note says so (the review lists it)
            parent.append(E.note({"type": "editorial", "resp": self.plenum_resp, "n": str(number)},
                                 f"The source marks note {number} here but gives no note text."))
        else:
            parent.append(note)
        return match.end()

    # -- Markdown and HTML marks ------------------------------------------------------------

    def _markdown(self, parent: etree._Element, match: re.Match[str], end: int) -> int:
        text = self._run.text
        token = match.group()
        closing = {"~~": "~~", "<sup>": "</sup>", "<u>": "</u>"}.get(token)
        close = text.find(closing, match.end(), end) if closing else -1
        if close < 0:
            append_text(parent, token)
            return match.end()
        self._consume(match.start(), match.end(), "markdown")
        self._consume(close, close + len(closing), "markdown")
        if token == "~~":
            element = E("del", {"rend": "strikethrough"})
        elif token == "<u>":
            element = E.hi({"rend": "underline"})
        elif self._mode == "forme":
            element = E.hi({"rend": "superscript"})
        else:
            element = E.add({"place": "above"})
        self._emit(element, match.end(), close)
        after = close + len(closing)
        if token == "~~" and text.startswith("<sup>", after) and self._mode != "forme":
            sup_end = text.find("</sup>", after + 5, end)
            if sup_end >= 0:
                self._consume(after, after + 5, "markdown")
                self._consume(sup_end, sup_end + 6, "markdown")
                add = E.add({"place": "above"})
                self._emit(add, after + 5, sup_end)
                parent.append(E.subst(element, add))
                return sup_end + 6
        parent.append(element)
        return after


def _copy(element: etree._Element) -> etree._Element:
    """A fresh copy of a break element (the same break may be emitted once per parse)."""
    return etree.fromstring(etree.tostring(element))


def _indexes(char: str, text: str) -> list[int]:
    """Where `char` occurs in `text`, in order."""
    found, index = [], text.find(char)
    while index >= 0:
        found.append(index)
        index = text.find(char, index + 1)
    return found


def _pairs(text: str) -> dict[int, int]:
    """Each '[' of `text` that a later ']' closes -> that ']' (nested brackets counted): one pass,
    so that finding a bracket's end does not rescan the text."""
    pairs, opened = {}, []
    for bracket in _BRACKET.finditer(text):
        if bracket.group() == "[":
            opened.append(bracket.start())
        elif opened:
            pairs[opened.pop()] = bracket.start()
    return pairs
