"""The square brackets of a translation: what each says and the TEI it becomes (see schema/ENCODING.md).

  [X]                     supplied by the translator           <supplied>
  [X?] mid-sentence        supplied, uncertain                  <supplied cert="low">
  word [sic], [sic.], [SIC]  the source's reading               <sic>
  word [sic, should be Y], [sic, Y is correct]   with the translator's correction   <choice><sic/><corr/></choice>
  word [sic; translator's note: X]   the source's reading and the translator's note   <sic/><note type="translator">
  [X - SIC], [SIC, X]     a translator's gloss                 <note type="translator">
  Ri Dong-geon [Ri Tong Gon]   another romanisation of the name before it   <note type="translator">
  Central Committee [KB], Ministry of National Defense [MNO], … (LCS) [Samplia Kommunistáinak Szövetsége, SKSZ]
                          an institution's initials or name in the original after it   <note type="translator">
  T. Testov [Bu], A. Probny [Cz]   the tags of whom the names of a list came for   <note type="translator">
  [Samplestan leader] com. Van Test   the post of the titled person after it   <note type="translator">
  [trans. note: X], [Translator's note: X]   the translator's note   <note type="translator">
  [Translator's comment: X], [Note: X], [Editor's note: X], [NKIDP note: X]   a labelled note, the
                          label its words   <note type="translator">, <note type="editorial">
  [expansion unknown], [as in the original], [emphasis in the original], [date not given],
  [end of document], [continued on the next page], a '[?]' inside a sentence, a sentence of six words
  or more on the document ('[two tables follow which duplicate those of the previous memo]')
                          a remark on the text, not words of it   <note type="translator">
  [handwritten: X], [handwriting: X], [inserted by hand: X], [in the margin: X]
                          an insertion, with hand and place     <add hand place>
  [handwritten at the bottom:], [handwriting] X (the text after it is handwritten)   <note/><handShift new/>
  typed [handwritten: Y]   one handwritten word after a typed word of its kind (readers/replacements.py)
                          a replacement                         <subst><del cert/><add hand/></subst>
  [crossed out: X], [two lines crossed out], [crossed out: X] [handwritten: Y], [underlined: X]
                          deletions, a substitution, underlining (readers/deletions.py)   <del>, <subst>, <hi>
  [handwritten: X with no closing bracket   an insertion to the end of its paragraph   <add cert="low">
  [Handwritten at …: X with the label printed in a shifted font   as above; the label's decoded
                          choice (readers/decoded_tei.py) is the add's note, the '[' its only markup
  [illegible …], [… faded …], [… off the page], [two words unclear]   <gap reason><desc/></gap>
  [page 2 missing], [word missing]   text the source lacks        <gap reason="missing"><desc/></gap>
  [left blank], [date left blank]   a blank the source left       <space><desc/></space>
  [signature], [signed], [initials], [illegible signature]      <gap reason="signature"|"illegible" unit="signature">
  (redacted), (name withheld)   a redaction the copy marks in parentheses, as above (no bracket)
  [email protected]        an address the archive's web page hid  <gap reason="obfuscated"><desc/></gap>
  […], [...], [….]        text the translator or editor left out  <gap reason="omitted"><desc>…</desc></gap>
  [Page 2], [p. 2], [page break] inside a paragraph   a page of the original begins   <pb n/><note type="translator"/>
  [laughs], [Laughter], [The Premier nods.]   what happens in the room (readers/stages.py)   <stage type="business">
  [stamp: X], [faded image of a stamp: X], [stamp]
                          a stamp, the translator's words for it kept   <stamp><note type="translator"/>X</stamp>
  Stamp: [X]              a stamp's text after the translator's label   Stamp: <stamp>X</stamp>
  [[X]]                   a bracket inside a bracketed passage (as [X])

`Brackets` is the part of the inline parser (readers/inline.py) that writes them (the hands' through
readers/hand_brackets.py): it reads the parser's run (`_run`), writes through its scanner (`_emit`) and
records what it consumes (`_consume`).
"""

from __future__ import annotations

import re

from lxml import etree

from ..tei import E, append_text, inside, last_child, q, sub
from .bracket_words import (PAGE_MARK, blank, doubt, gap_reason, gloss, labelled_note, name_tag, original_name,
                            original_words, page_number, post_gloss, remark, spelt_out, summary)
from .deletions import DELETION_MARKUP, DELETION_WORDS, deletion_label, ungiven_deletion
from .hand_brackets import HandBrackets
from .hands import HAND_MARKUP, HAND_WORDS, by_hand, hand_label
from .romanisations import romanisation
from .stages import stage_allowed, staged

# Markup vocabulary of the brackets, for the readers' `markup` tables (with "bracket" of inline.MARKUP).
BRACKET_MARKUP = HAND_MARKUP | DELETION_MARKUP | {
    "sic": r"\s*\[\s*(?:sic|SIC|Sic)[.!]?\s*\]",
    "sic-correction": r"\s*\[\s*(?:sic|SIC|Sic)\s*,\s*(?:should be\s+)?|\s+(?:is|are)\s+(?:correct|right)\.?\s*\]|\]",
    "sic-note-label": r"\s*\[\s*(?:sic|SIC|Sic)\s*[;,]\s*(?i:trans\.|translator['’]?s?|translation)\s+(?i:note)\s*"
                      r"(?::|[—–]|--?(?=\s))\s*",
    "uncertain": r"\?\]",
    "withheld-parenthesis": r"[()]",
    "stamp-colon": r"\s*[:;]\s*",
    "translator-note-parenthesis": r"\)",
    "translator-note-label": r"[\[(]\s*(?i:trans\.|translator['’]?s?|translation)\s+(?i:note)\s*(?::|[—–]|--?(?=\s))\s*",
}
# The fixed words of the brackets (the words the markup above may take from a source).
BRACKET_WORDS = HAND_WORDS | DELETION_WORDS | frozenset({"sic", "sic, should be", "trans. note", "translator's note",
                                        "translators note", "translator note", "translation note", "is correct",
                                        "are correct", "is right", "are right"})

_SIC = re.compile(r"(?:sic|SIC|Sic)[.!]?")
# A document's number with its year in brackets, as Chinese party and state papers number themselves ('Zhongfa [1967]
# No. 142', 'Room Code [64] 2231'): the code (no month's name) before the year, the number after it; the brackets are
# the number's own (〔1967〕 in the original), no word the translator supplied. A line of a letterhead when alone.
YEAR_NUMBERED = re.compile(r"(?<![\w-])(?!(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)\b)[A-Z][a-z]{2,}(?:\s?[A-Z]?[a-z]+){0,2}\s?"
                           r"(?P<year>[\[(](?:19|20)?\d{2}[\])])\s*(?:No\.?|Nº|№|#)?\s*\d{1,5}\b")
# A note's number alone in brackets, touching the word or stop before it: a note's mark ('…with care.[1]';
# not '2[[7]]').
_NOTE_NUMBER = re.compile(r"\d{1,3}")
# A year or a number the mark touches ('9 October 1973[1]', 'Prot. No. 45[1]'): a note's mark too, where other
# figures ('195[1]') take a digit.
_YEAR_OR_NUMBER_BEFORE = re.compile(r"(?<![\d/.-])(?:1[89]|20)\d\d$|(?:No\.?|Nº|№|#)\s?\d{1,5}$")
_SIC_CORRECTION = re.compile(r"(?:sic|SIC|Sic),\s*should be\s+")
# The correct reading said after sic ('Marshal Ya. R. [sic, R. Ya. is correct]').
_SIC_CORRECT = re.compile(r"\s*(?:sic|SIC|Sic)\s*,\s*(?P<corr>[^\[\]]+?)\s+(?:is|are)\s+(?:correct|right)\.?\s*")
_GLOSS = re.compile(r".+\s[-–]\s*(?:sic|SIC)\s*")
# '[SIC, a caret suggests a reference was inserted here]', '[sic. T.R.]', '[SIC, vzaimnye]': the translator's remark
# on the text, a gloss.
_SIC_REMARK = re.compile(r"\s*(?:sic|SIC|Sic)[,;.:]\s+(?!should be\b)\S")
_TRANSLATOR_NOTE = re.compile(r"\s*(?:trans\.|translator['’]?s?|translation)\s+note\s*(?::|[—–]|--?(?=\s))\s*", re.I)
# The translator's note so labelled after sic ('Tran Test Dyk [sic; translator's note: unable to confirm the spelling]').
_SIC_NOTE = re.compile(rf"\s*sic\s*[;,]{_TRANSLATOR_NOTE.pattern}", re.I)
# A signature the translation describes instead of transcribing: '[signature]', '[illegible signature]', '[sign]',
# '[signed]', '[initials]', '[handwritten signature]', '[facsimile signature]', '[unknown signature]'.
SIGNATURE = re.compile(r"\[\s*(?P<illegible>(?:illegible|unknown|unidentified|unreadable|indecipherable)\s+)?"
                       r"(?:(?:handwritten|hand-written|personal|facsimile|stamped)\s+)?"
                       r"(?:signature|signed|sign|initials|initialled|initialed)"
                       r"(?P<after>\s+illegible)?\s*\]", re.I)
# A bracket saying only that the text after it is handwritten: '[handwriting] No. 2421/top secret/55', what
# the hand wrote named ('[Handwritten note]: Comrade Marko's copy has been sent …', '[handwritten resolution
# in the upper left corner]').
HAND_ALONE = re.compile(r"\s*(?:in\s+)?(?:handwriting|handwritten|hand-written|written by hand)"
                        r"(?:\s+(?:notes?|notations?|remarks?|comments?|text|addition|inscription|resolution))?"
                        r"(?:\s+(?:in|on|at|along|below|above|under)\s+the\s+[\w -]{1,40}"
                        r"|\s+(?:top|bottom|upper|lower)\s+(?:left|right|margin))?\s*", re.I)
# What the archive's web pages put where Cloudflare hid an e-mail address (or any text with an '@').
_OBFUSCATED = re.compile(r"email\s+protected")
# Text the translator or editor left out: '[…]', '[...]', '[. . .]', '[….]', '[....]', '[.…]'.
OMITTED = re.compile(r"\s*(?:\.\s?)?(?:…|\.\s?\.\s?\.)(?:\s?\.){0,2}\s*")
# A stamp: the translator's words for it, with the word 'stamp' ('stamp', 'faded image of a stamp', 'Stamp of
# the Embassy'), and a colon; or those words alone ('[stamp]'), at most eight of them.
STAMP = re.compile(r"(?!\s*time[ -]?stamps?\b)(?P<description>\s*(?:[^:;\[\]]*?\s)?(?:stamps?|seals?)(?:\s[^:;\[\]]*?)?)(?P<colon>\s*[:;]\s*)", re.I)
# A bracket holding a stamp's text after the translator's 'Stamp:' ('Stamp:' at a line's end, then
# '[CPSU CC 00215 …]'); U+E000 is the inline parser's break character.
_STAMP_BEFORE = re.compile(r"(?:^|\W)stamps?\s*:[\s\ue000]*$", re.I)
_STAMP_ALONE = re.compile(r"\s*(?:[^:\[\]]*?\s)?(?:stamps?|seals?)(?:\s[^:\[\]]*?)?\s*", re.I)
# A stamp or seal of a body its name gives, however many words the name takes ('seal of the Central Committee of the
# Testian Workers' Party', 'round stamp of the Ministry of …'): capitalised words and the small words between them.
_STAMP_OF_BODY = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}(?i:stamps?|seals?)\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*"
                            r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for|on|in|at))*\s*")
_WORD_BEFORE = re.compile(r"([\w][\w'’.-]*)(\s*)$")


def stamped(text: str, start: int) -> bool:
    """Whether the bracket opening at text[start] follows a 'Stamp:' label, so that it holds a stamp's text."""
    return bool(_STAMP_BEFORE.search(text[max(0, start - 40):start]))


def stamp_words(inner: str) -> bool:
    """Whether a bracket holds the translator's words for a stamp alone ('[stamp]', '[round stamp of
    the Archive Administration]'), at most eight of them, or more where they name the body whose stamp it is."""
    return bool(_STAMP_ALONE.fullmatch(inner)) and (len(inner.split()) <= 8 or bool(_STAMP_OF_BODY.fullmatch(inner)))


def opens_label(inner: str) -> bool:
    """Whether a bracket's content opens with a label saying what the bracket holds (a stamp, a hand, a
    translator's note): such a bracket may run on across the paragraphs of a print's layout."""
    return bool(hand_label(inner) or STAMP.match(inner) or _TRANSLATOR_NOTE.match(inner))


class Brackets(HandBrackets):
    """The bracket conventions of `InlineParser`: one method per kind of bracket (hands in HandBrackets,
    deletions in Deletions)."""

    def _bracket(self, parent: etree._Element, start: int, close: int) -> None:
        text = self._run.text
        inner = text[start + 1:close]
        if text[start + 1:start + 2] == "[" and self._matching(start + 1, close) == close - 1:
            self._consume(start, start + 1, "bracket")
            self._consume(close, close + 1, "bracket")
            self._bracket(parent, start + 1, close - 1)
            return
        if hand := hand_label(inner) or self._decoded_label(start):
            if not text[self._content_start(start, hand):close].strip() and by_hand(hand) and self.hand:
                self._hand_shift(parent, start, close, hand)
            else:
                self._insertion(parent, start, close, hand)
        elif deletion := deletion_label(inner):
            self._deletion(parent, start, close, deletion)
        elif ungiven_deletion(inner):
            self._ungiven_deletion(parent, start, close)
        elif _SIC_CORRECTION.match(inner):
            self._sic(parent, start, close, correction=(start + 1 + _SIC_CORRECTION.match(inner).end(), close))
        elif corrected := _SIC_CORRECT.fullmatch(inner):
            self._sic(parent, start, close, correction=(start + 1 + corrected.start("corr"),
                                                        start + 1 + corrected.end("corr")))
        elif noted := _SIC_NOTE.match(inner):
            self._sic_note(parent, start, close, start + 1 + noted.end())
        elif _SIC.fullmatch(inner.strip()):
            self._sic(parent, start, close)
        elif label := _TRANSLATOR_NOTE.match(inner):
            self._translator_note(parent, start, close, label)
        elif kind := labelled_note(inner):     # the label kept as the note's words
            self._wrapped(parent, E.note({"type": kind, "place": "inline"}), start, close)
        elif stamp := STAMP.match(inner):
            self._stamp(parent, start, close, stamp)
        elif stamp_words(inner):
            self._stamp(parent, start, close, None)
        elif signature := SIGNATURE.fullmatch(text, start, close + 1):
            illegible = signature.group("illegible") or signature.group("after")
            self._gap(parent, start, close, "illegible" if illegible else "signature",
                      unit="signature" if illegible else None)
        elif HAND_ALONE.fullmatch(inner) and self.hand and text[close + 1:].strip():
            self._announced_hand(parent, start, close)
        elif _OBFUSCATED.fullmatch(inner):
            self._gap(parent, start, close, "obfuscated")
        elif OMITTED.fullmatch(inner):
            self._gap(parent, start, close, "omitted")
        elif _GLOSS.fullmatch(inner) or _SIC_REMARK.match(inner) or remark(inner) or spelt_out(inner, text[max(0, start - 12):start]) \
                or gloss(inner, text[max(0, start - 12):start]) \
                or romanisation(text, start, inner) or doubt(inner, text[close + 1:]) or original_words(inner, text[start - 1:start]) \
                or original_name(inner, text[max(0, start - 80):start]) or name_tag(text, start) \
                or post_gloss(inner, text[max(0, start - 12):start], text[close + 1:close + 30]):
            self._wrapped(parent, E.note({"type": "translator", "place": "inline"}), start, close)
        elif blank(inner):
            self._wrapped(parent, E.space(), start, close, E.desc())
        elif reason := gap_reason(inner):
            self._gap(parent, start, close, reason)
        elif stamped(text, start):
            self._wrapped(parent, E.stamp(), start, close)
        elif mark := PAGE_MARK.fullmatch(text, start, close + 1):   # '… to be here. [Page 2] We …'
            if not inside(parent, "fw"):                                 # (forme work holds no page break)
                parent.append(E.pb(page_number(mark)))
            self._wrapped(parent, E.note({"type": "translator", "place": "inline"}), start, close)
        elif staged(inner) and stage_allowed(parent):                # '[laughs]', '[Applause]'
            self._wrapped(parent, E.stage({"type": "business"}), start, close)
        elif summary(inner) and not text[:start].strip() and not text[close + 1:].strip():
            self._wrapped(parent, E.note({"type": "translator", "place": "inline"}), start, close)
        elif _NOTE_NUMBER.fullmatch(inner) and start and not text[start - 1].isspace() and text[start - 1] != "[" \
                and (not text[start - 1].isdigit() or _YEAR_OR_NUMBER_BEFORE.search(text, 0, start)):
            self._consume(start, close + 1, "note-marker")     # '…with care.[1]': a note's mark, no figure supplied
            self._noteless_mark(parent, inner)
        elif _numbers_year(text, start, close):
            append_text(parent, text[start:close + 1])       # 'Zhongfa [1967] No. 142': the number's own brackets
        else:
            self._supplied(parent, start, close, inner)

    def _wrapped(self, parent: etree._Element, element: etree._Element, start: int, close: int,
                 inner: etree._Element | None = None) -> None:
        """The bracket's content inside `element` (in its child `inner`, when given), the brackets consumed."""
        self._consume(start, start + 1, "bracket")
        self._consume(close, close + 1, "bracket")
        self._emit(element if inner is None else inner, start + 1, close)
        if inner is not None:
            element.append(inner)
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

    def _stamp(self, parent: etree._Element, start: int, close: int, stamp: re.Match[str] | None) -> None:
        """'[faded image of a stamp: X]': <stamp> holding the translator's words for it (a note) and X;
        '[stamp]': the words alone."""
        element = E.stamp()
        note = etree.SubElement(element, q("note"), {"type": "translator", "place": "inline"})
        self._consume(start, start + 1, "bracket")
        self._consume(close, close + 1, "bracket")
        if stamp is None:
            self._emit(note, start + 1, close)
        else:
            self._emit(note, start + 1 + stamp.start("description"), start + 1 + stamp.end("description"))
            self._consume(start + 1 + stamp.start("colon"), start + 1 + stamp.end(), "stamp-colon")
            self._emit(element, start + 1 + stamp.end(), close)
        parent.append(element)

    def _translator_note(self, parent: etree._Element, start: int, close: int, label: re.Match[str],
                         closing: str = "bracket") -> None:
        """'[trans. note: X]': the translator's note X where it stands; its label is markup (and the mark
        closing it, a bracket or a parenthesis)."""
        attrs = {"type": "translator", "place": "inline"}
        if self.translation_resp:
            attrs["resp"] = self.translation_resp
        note = E.note(attrs)
        self._consume(start, start + 1 + label.end(), "translator-note-label")
        self._consume(close, close + 1, closing)
        self._emit(note, start + 1 + label.end(), close)
        parent.append(note)

    def _translator_parenthesis(self, parent: etree._Element, start: int, end: int) -> None:
        """'kvass (translator's note: a fermented bread drink)': the translator's note where it stands, as
        '[trans. note: …]' is; its label and parentheses are markup."""
        label = _TRANSLATOR_NOTE.match(self._run.text[start + 1:end])
        self._translator_note(parent, start, end - 1, label, "translator-note-parenthesis")

    def _sic(self, parent: etree._Element, start: int, close: int, correction: tuple[int, int] | None = None) -> None:
        """'word [sic]': the word becomes <sic> (with the translator's correction, if given: where it starts and
        ends in the run, 'the 4th [sic, should be 10th]', 'Ya. R. [sic, R. Ya. is correct]'); with no word before
        it, an empty <sic/> (which the review lists)."""
        text = self._run.text
        word, space = self._take_word(parent, text[correction[0]:correction[1]] if correction else "")
        sic = E.sic(word)
        if correction is None:
            self._consume(start - space, close + 1, "sic")
            parent.append(sic)
            return
        self._consume(start - space, correction[0], "sic-correction")
        self._consume(correction[1], close + 1, "sic-correction")
        corr = E.corr({"source": self.conv.source.pointer_for(self._run.source(start), self._run.source(close))})
        if self.translation_resp:
            corr.set("resp", self.translation_resp)
        self._emit(corr, *correction)
        parent.append(E.choice(sic, corr))

    def _sic_note(self, parent: etree._Element, start: int, close: int, note_start: int) -> None:
        """'Tran Test Dyk [sic; translator's note: unable to confirm …]': the word before is the source's reading,
        <sic>, and the translator's note after it stands where the bracket stands; 'sic' and the label are markup."""
        word, space = self._take_word(parent)
        note = E.note({"type": "translator", "place": "inline"})
        if self.translation_resp:
            note.set("resp", self.translation_resp)
        self._consume(start - space, note_start, "sic-note-label")
        self._consume(close, close + 1, "bracket")
        self._emit(note, note_start, close)
        parent.extend([E.sic(word), note])

    def _take_word(self, parent: etree._Element, correction: str = "") -> tuple[str, int]:
        """Remove the last word of `parent`'s content (the last words, where the `correction` gives the same in
        another order: 'Ya. R.' for 'R. Ya.'); return it and the spaces after it."""
        last = last_child(parent)
        holder, attribute = (last, "tail") if last is not None else (parent, "text")
        content = getattr(holder, attribute) or ""
        match = _transposed(content, correction) or _WORD_BEFORE.search(content)
        if not match:
            return "", 0
        setattr(holder, attribute, content[: match.start()])
        return match.group(1), len(match.group(2))

    def _withheld(self, parent: etree._Element, start: int, end: int) -> None:
        """'Summary of (redacted)'s debrief': the copy's redaction marked in parentheses, a gap as '[NAME
        REDACTED]' is; its words the description, the parentheses its marks."""
        gap = E.gap({"reason": "redacted"})
        self._consume(start, start + 1, "withheld-parenthesis")
        self._consume(end - 1, end, "withheld-parenthesis")
        self._emit(sub(gap, "desc"), start + 1, end - 1)
        parent.append(gap)

    def _gap(self, parent: etree._Element, start: int, close: int, reason: str, unit: str | None = None) -> None:
        """Text the translation does not give: a gap, the bracket's words its description."""
        gap = E.gap({"reason": reason})
        if unit:
            gap.set("unit", unit)
        self._wrapped(gap, E.desc(), start, close)
        _flatten_breaks(gap[0])
        parent.append(gap)


def _numbers_year(text: str, start: int, close: int) -> bool:
    """Whether the bracket at text[start:close + 1] holds the year of a document's number (YEAR_NUMBERED), text as it
    stands."""
    return any(number.start("year") == start
               for number in YEAR_NUMBERED.finditer(text, max(0, start - 40), min(len(text), close + 12)))


def _transposed(content: str, correction: str) -> re.Match[str] | None:
    """The words closing `content` that a correction of several words gives in another order ('Marshal Ya. R.' for
    'R. Ya.'), with the spaces after them; else None."""
    words = correction.split()
    if len(words) < 2:
        return None
    match = re.search(rf"((?:[\w][\w'’.-]*\s+){{{len(words) - 1}}}[\w][\w'’.-]*)(\s*)$", content)
    return match if match and sorted(match.group(1).split()) == sorted(words) else None


def _flatten_breaks(desc: etree._Element) -> None:
    """Line breaks inside a gap's description (TEI allows none there) as the text they read as: a space,
    nothing where a word goes on, the hyphen a soft break replaced."""
    for lb in list(desc.iter(q("lb"))):
        text = ("-" if lb.get("rend") == "hyphen" else "") if lb.get("break") == "no" else " "
        holder = lb.getparent()
        previous = lb.getprevious()
        joined = text + (lb.tail or "")
        if previous is not None:
            previous.tail = (previous.tail or "") + joined
        else:
            holder.text = (holder.text or "") + joined
        holder.remove(lb)
