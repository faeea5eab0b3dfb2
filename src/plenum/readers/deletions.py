"""Deletions and underlining a translation's brackets describe (see schema/ENCODING.md):

  [crossed out: X], [struck out: X], [deleted: X], [crossed out by hand: X]   <del rend="strikethrough">
                          the struck words; a description after the fixed words ('by hand') is the
                          translator's note in the del, as an insertion's is in its add, and so is his
                          sentence before them ('[This portion of the text is crossed out: X]')
  [two lines crossed out], [text crossed out], [crossed out]
                          struck words the translation does not give   <del><gap reason="cancelled"><desc/>
  [crossed out: X] [handwritten: Y]   a deletion and the insertion replacing it   <subst><del/><add/></subst>
  [underlined: X], [underlined by hand: X]   words underlined     <hi rend="underline">

`Deletions` is a part of the brackets (readers/brackets.py) of the inline parser: it reads the parser's
run (`_run`), writes through its scanner (`_emit`) and records what it consumes (`_consume`).
"""

from __future__ import annotations

import re

from lxml import etree

from ..tei import E, last_child, q

# The fixed words a deletion's label opens with; as a markup pattern and as convention words.
_WORDS = r"crossed[ -]out|struck[ -]out|struck[ -]through|strikethrough|deleted|erased|scratched[ -]out"
DELETION_MARKUP = {
    "deletion-label": rf"\s*\[\s*(?i:{_WORDS}|underlined)\s*",
    "deletion-label-colon": r"\s*:\s*",
    "deletion-words": rf"\s*(?i:{_WORDS})\s*",
}
DELETION_WORDS = frozenset({"crossed out", "crossed-out", "struck out", "struck-out", "struck through",
                            "struck-through", "strikethrough", "deleted", "erased", "scratched out",
                            "scratched-out", "underlined"})

# A label: the translator's sentence opening it ('This portion of the text is crossed out: …', kept as text), its
# fixed words (markup), the translator's description (kept as text: 'by hand'), a colon.
_LABEL = re.compile(rf"(?P<preface>\s*(?:[\w'’]+\s+){{1,8}}?(?:is|are|was|were|has been|have been)\s+)?"
                    rf"(?P<label>\s*(?P<words>{_WORDS}|underlined)\b\s*)(?P<description>[^:\[\]]{{0,40}}?)"
                    r"(?P<colon>\s*:\s*)", re.I)
# Struck words the translation does not give: '[two lines crossed out]', '[text crossed out]', '[crossed out]'.
_UNGIVEN = re.compile(rf"\s*(?:[\w-]+\s+){{0,3}}(?:{_WORDS})(?:\s+(?:by hand|in (?:pencil|ink)))?\s*", re.I)
# What says a hand did it ('by hand', 'in pencil', 'in ink').
_BY_HAND = re.compile(r"\bby hand\b|\bin (?:pencil|ink)\b", re.I)


def deletion_label(inner: str) -> re.Match[str] | None:
    """The label a bracket's content opens with when it describes struck or underlined words ('crossed out
    by hand: '), or None."""
    return _LABEL.match(inner)


def ungiven_deletion(inner: str) -> bool:
    """Whether a bracket says only that words are struck, not which ('two lines crossed out')."""
    return bool(_UNGIVEN.fullmatch(inner))


class Deletions:
    """The deletion conventions of the brackets: struck and underlined words, and a deletion's replacement."""

    def _deletion(self, parent: etree._Element, start: int, close: int, label: re.Match[str]) -> None:
        """'[crossed out: X]': del (rend strikethrough, hand when the description says so) holding X, the
        label's description the translator's note; '[underlined: X]': hi rend underline."""
        underlined = label.group("words").lower() == "underlined"
        element = E.hi({"rend": "underline"}) if underlined else E("del", {"rend": "strikethrough"})
        if _BY_HAND.search(label.group("description")) and self.hand:
            element.set("hand", self.hand)
            self.hands_used.add(self.hand)
        if label.group("preface"):      # the translator's sentence before the fixed words, his note
            self._consume(start, start + 1, "bracket")
            words = start + 1 + len(label.group("preface").rstrip())
            self._emit(self._deletion_note(element), start + 1, words)
            self._consume(words, start + 1 + label.end("label"), "deletion-words")
        else:
            self._consume(start, start + 1 + label.end("label"), "deletion-label")
        if label.group("description"):
            self._emit(self._deletion_note(element), start + 1 + label.start("description"),
                       start + 1 + label.end("description"))
        self._consume(start + 1 + label.start("colon"), start + 1 + label.end(), "deletion-label-colon")
        self._consume(close, close + 1, "bracket")
        self._emit(element, start + 1 + label.end(), close)
        parent.append(element)

    @staticmethod
    def _deletion_note(element: etree._Element) -> etree._Element:
        """The translator's note on a deletion, its first child ('This portion of the text is', 'by hand')."""
        note = element.find(q("note"))
        if note is None:
            note = etree.SubElement(element, q("note"), {"type": "translator", "place": "inline"})
        return note

    def _ungiven_deletion(self, parent: etree._Element, start: int, close: int) -> None:
        """'[two lines crossed out]': a del holding a gap (reason cancelled), the words its description."""
        gap = E.gap({"reason": "cancelled"})
        self._wrapped(gap, E.desc(), start, close)
        parent.append(E("del", {"rend": "strikethrough"}, gap))

    def _struck_before(self, parent: etree._Element) -> tuple[etree._Element, int] | None:
        """The deletion an insertion right after it replaces ('[crossed out: X] [handwritten: Y]'): the del,
        taken out of `parent`, and the spaces between them; None when the insertion follows anything else."""
        last = last_child(parent)
        if last is None or last.tag != q("del") or last.get("rend") != "strikethrough" or (last.tail or "").strip():
            return None
        space = len(last.tail or "")
        parent.remove(last)
        last.tail = None
        return last, space
