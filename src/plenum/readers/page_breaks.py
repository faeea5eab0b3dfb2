"""Page breaks of a record's text: page markers ('-2-', 'Original Scan'), folio stamps and classification
marks, each a paragraph of its own that becomes a pb or fw standing between the paragraphs.

A folio stamp is its numbers only ('13 44', '52<sup>6</sup>', '54+', '12 об.'): words the OCR read on
the same line ('13 44 Beralma VI K cupli', a handwritten note read as Latin letters) are no folio and
are read as a block of their own, like any other line of the page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from ..tei import E
from . import Conversion
from .block_patterns import NUMBER_SIGN
from .bracket_words import PAGE_MARK, page_number
from .ends import BRACKET_REACH, bracket_depth, brackets_close
from .inline import InlineParser, lines_run
from .spans import Span

_CLASS_WORD = (r"(?:(?:Top\s+)?Secret\s+Indefinite|極秘(?:無期限)?|Top\s*Secret|(?:Strictly|Fully|Absolutely|Completely)\s+Secret|Secret|(?:Strictly\s+|Highly\s+)?Confidential|(?:Top\s+)?Priority|"
               r"(?:Highly\s+)?Classified|"
               # (letter-spaced, as a typist set them off: 'H i g h l y c l a s s i f i e d', 'S t r i c t l y  s e c r e t')
               + "|".join(r"\s{1,3}".join(phrase.replace(" ", "")) for phrase in (
                   "top secret", "strictly secret", "secret", "highly classified", "confidential")) + "|"
               r"For\s+Official\s+Use(?:\s+Only)?|"
               r"(?:Exclusively\s+)?Eyes\s+Only|Sensitive|NODIS|EXDIS|LIMDIS|NOFORN|ORCON|XGDS(?:-\d)?|Limited\s+Official\s+Use|"
               r"(?:Very\s+|Extremely\s+|Especially\s+|Extra\s+)?Urgent|Do\s+not\s+disclose|(?:Most\s+)?Immediate|Newsflash|Flash|Personal|Of\s+Special\s+(?:Importance|Significance)|Not\s+for\s+publication|"
               r"Особой\s+важности|Лично|(?:The\s+)?(?:Single|Only)\s+Copy|Единственный\s+экземпляр|"
               r"\(Working\s+(?:Notes|Record)\)|\(Рабочая\s+запись\)|\((?:Rough\s+)?Draft\)|(?:Working\s+)?Draft|\(Проект\)|Проект|Сов\.\s*секретно|"
               r"(?:Совершенно|Строго)\s+секретно|Секретно|Вне\s+очереди|Срочно|Особая\s+папка|Special\s+(?:File|Dossier|Folder)|"
               r"(?:Making\s+copies|Copying|Reproduction|Duplication)\s+(?:is\s+)?(?:forbidden|prohibited)|Копий\s+не\s+снимать|"
               r"Exclusive|Unclassified|No\s+Classification|"
               rf"(?:{NUMBER_SIGN}\s*\d[\w./-]*\s+)?Copy\s+(?:{NUMBER_SIGN}|#)\s*(?:_*\d{{1,3}}_*|\[[^\[\]]{{1,30}}\]|blank|_+)?|"
               r"(?:File\s+)?Copy(?:\s*:)?|Копия|"
               r"Экз\.\s*№\s*\d{1,3})")
# (the space in 'TOP SECRET' lost to the capture: 'TOPSECRET'; the state's name printed left of them may run into
# them: 'USSR TOP SECRET', 'СССР Секретно'; two joined by a
# dash or hyphen: 'SECRET—EXTREMELY URGENT', 'SECRET-URGENT', a slash or a semicolon: 'Extra Urgent/Secret', 'Do Not
# Disclose; Top Secret'; a field's label before them: 'Confidentiality Level:
# Top Secret', 'Level of confidentiality: TOP SECRET')
_CLASS_MARKS = rf"(?:(?:(?:Security\s+)?Classification|(?:Security|Confidentiality|Secrecy)\s+Level|" \
               rf"(?:Level|Degree)\s+of\s+(?:Confidentiality|Secrecy|Security|Classification))\s*:\s*" \
               rf"|(?:USSR|СССР)\s+)?{_CLASS_WORD}(?:(?:[\s,.!/;]+|\s?[—–-]\s?)(?:and\s+)?{_CLASS_WORD})*(?:\s?[.!])?" \
               rf"(?:\s+{NUMBER_SIGN}\s*\d{{1,4}}|\s+[A-ZА-Я])?(?:\s*[(\[](?:handwritten|by\s+hand|stamped|stamp)[)\]])?"
# (the copy's number after them: 'SECRET Nº 1'; a cipher series' letter: 'EXTREMELY URGENT T'; how the mark was made:
# 'Highly Confidential (handwritten)', 'TOP SECRET [stamp]')
# An American memorandum's marking at a page's foot, letter-spaced, its declassification category after a dash and
# who classified it ('S E C R E T - XGDS (3) CLASSIFIED BY: …', 'CONFIDENTIAL - GDS').
_US_MARKING = (r"(?:T\s?O\s?P\s+)?(?:S\s?E\s?C\s?R\s?E\s?T|C\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L)\s*[-–—/]\s*"
               r"X?GDS\b(?:\s*\(\d\))?(?:\s+CLASSIFIED\s+BY\s*:?\s*[A-Z][A-Z. '-]{1,40})?")
# Classification marks, in parentheses or brackets too ('(Top Secret)', as an editor set them under a title;
# '[Especially Urgent, Top Secret]', as a Chinese form's brackets print them).
CLASSIFICATION = re.compile(rf"{_CLASS_MARKS}|\({_CLASS_MARKS}\)|\[{_CLASS_MARKS}\]|{_US_MARKING}", re.I)
# The party's motto printed at the head of its paper: forme work, not the document's words ('Workers of all lands,
# unite!', 'Proletarians of all countries, unite!').
MOTTO = re.compile(r"(?:Proletarians|Workers) of (?:all|the world,? all) (?:countries|lands|nations),? unite!?|"
                   r"Пролетарии\s+всех\s+стран,?\s+соединяйтесь!?", re.I)
# The archive's name heading each page of its PDF, in the text where a page of the PDF begins: its running head.
RUNNING_HEAD = re.compile(r"(?:Digital Archive\s+)?(?:digitalarchive\.wilsoncenter\.org\s+)?International History Declassified")
# The State Department's declassification review stamped on each page of a cable's scan, the reviewer's name before
# it ('Otto P. Testov Declassified/Released US Department of State EO Systematic Review 20 Mar 2014').
REVIEW_STAMP = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}Declassified/Released\s+US\s+Department\s+of\s+State\s+EO\s+Systematic\s+"
                          r"Review\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}")
# A registration number alone on its line, as the letterhead of a form prints it ('No. P43/IV', 'Nº P 41/7').
FORM_NUMBER = re.compile(r"(?:No\.|N[º°]|№)\s*[A-ZА-Я]{0,3}\s?\d+[\w.-]*/[\w./?-]+")
PAGE = re.compile(r"\s*[-–]\s*(\d{1,3})\s*[-–.]\s*")
# A teletyped cable's running head, where each of its pages begins: 'PAGE 02 TOKYO 12029 170916Z' (the page,
# the sending post, the cable's number, the date-time group).
TELETYPE_PAGE = re.compile(r"PAGE\s+(\d{1,3})\s+[A-Z][A-Z ]{1,24}?\s+\d{2,6}(?:\s+\d{6}Z)?")
# A page's printed number, with the count of pages or alone on its line: 'Page 2 of 3', 'page 496'.
PAGE_OF = re.compile(r"Page\s+(\d{1,4})(?:\s+of\s+\d{1,3})?", re.I)
# A page's number in parentheses on its own line, as translations of typescripts give the number printed at
# a page's foot: '(p. 1)', '(page 2)'. Page 1 ends there, and page 2 begins.
PAGE_FOOT = re.compile(r"\((?:p|pg|page)\.?\s*(\d{1,3})\.?\)", re.I)
# How a page's number begins a line ('(p. 1)', '- 3 -'): only a paragraph with such a line is looked through.
_MARK_AFTER_BREAK = re.compile(r"\n[ \t]*(?:\((?i:p|pg|page)\.?\s*\d|[-–]\s*\d)")
# A line inside a paragraph, neither its first nor its last, with the line breaks around it.
_INNER_LINE = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?P<text>\S[^\n]*?)[ \t]*\n(?=[ \t]*\S)")
SCAN = "Original Scan"
# The translation's tab, after an original's text where the translation begins (the text element says so).
TRANSLATION_TABS = ("Translation - English", "English Translation")
# One folio number: digits, a superscript or '+' after it (a second count), 'об.' (verso).
_FOLIO_NUMBER = r"\d{1,3}(?:<sup>\d{1,3}</sup>|\+|\s*об\.?)?"
# A folio stamp: its numbers, then (split off) up to 40 characters of other words on its line; not a date's day
# before its month ('8 августа 1955 г.', '8 August 1955').
FOLIO = re.compile(rf"(?P<numbers>{_FOLIO_NUMBER}(?:\s+{_FOLIO_NUMBER})*)(?!\s+(?:[а-я]{{3,}}|[A-Z][a-z]{{2,8}})\s+\d{{4}})"
                   rf"(?P<rest>\s+\S.{{0,39}})?", re.S)
PAGE_NUMBER = re.compile(r"\d{1,2}\.")
# The number of the original's folio or page in brackets, a paragraph alone ('[36]').
FOLIO_MARK = re.compile(r"\[(\d{1,4})\]")


@dataclass
class Unit:
    """A source paragraph, or a page element (pb, fw) that stands between paragraphs."""

    span: Span
    elements: list[etree._Element] = field(default_factory=list)

    @property
    def is_page(self) -> bool:
        return bool(self.elements)



def page_units(conv: Conversion, inline: InlineParser, spans: list[Span], original: bool) -> list[Unit]:
    """A text's paragraphs as units; page markers, folio stamps and classification marks as page units."""
    units: list[Unit] = []
    after_page = original  # a folio stamp is expected at the top of an original's page
    parts = list(_numbers_apart(spans))
    inside = _inside_brackets([part.text for part in parts])
    for index, span in enumerate(parts):
        stripped = span.strip()
        text = stripped.text
        if text == SCAN:
            conv.consume(stripped.start, stripped.end, "scan-label")
            units.append(Unit(span, [E.pb({"type": "scan"})]))
            after_page = True
        elif original and text in TRANSLATION_TABS:      # the original's end: 'Translation - English'
            conv.consume(stripped.start, stripped.end, "content-tab")
        elif page := PAGE.fullmatch(text) or PAGE_OF.fullmatch(text):
            units.append(Unit(span, [E.pb({"n": page.group(1)}), _fw(conv, inline, span, "pageNum")]))
            after_page = True
        elif head := TELETYPE_PAGE.fullmatch(text):
            units.append(Unit(span, [E.pb({"n": str(int(head.group(1)))}), _fw(conv, inline, span, "header")]))
            after_page = True
        elif mark := PAGE_MARK.fullmatch(text):
            units.append(Unit(span, [E.pb(page_number(mark)), _page_note(conv, inline, span)]))
            after_page = original or not (mark["n"] or mark["word"])   # ('[Page 463]' / '1.': an item's number)
        elif folio := FOLIO_MARK.fullmatch(text):      # '[36]' alone: the original's folio, as the translator marks it
            units.append(Unit(span, [E.pb({"n": folio[1]}), _page_note(conv, inline, span)]))
            after_page = True
        elif foot := PAGE_FOOT.fullmatch(text):
            units.append(Unit(span, [_fw(conv, inline, span, "pageNum"), E.pb({"n": str(int(foot[1]) + 1)})]))
            after_page = True
        elif after_page and PAGE_NUMBER.fullmatch(text) and units:
            units.append(Unit(span, [_fw(conv, inline, span, "pageNum")]))
        elif after_page and (folio := FOLIO.fullmatch(text)):
            numbers, rest = _folio_parts(span, folio)
            units.append(Unit(numbers, [_fw(conv, inline, numbers, "folio")]))
            if rest:  # still the top of the page: a page number may follow
                units.append(Unit(rest))
        elif CLASSIFICATION.fullmatch(text) and index not in inside:
            units.append(Unit(span, [_fw(conv, inline, span, "classification")]))
        elif MOTTO.fullmatch(text) or FORM_NUMBER.fullmatch(text) or RUNNING_HEAD.fullmatch(text):
            units.append(Unit(span, [_fw(conv, inline, span, "header")]))
        elif REVIEW_STAMP.fullmatch(text):
            units.append(Unit(span, [_fw(conv, inline, span, "stamp")]))
        else:
            units.append(Unit(span))
            after_page = False
    return units


def _inside_brackets(texts: list[str]) -> set[int]:
    """The paragraphs inside a bracket that paragraphs above opened and one of the next few closes (a stamp's
    lines a paragraph each, '[MFA Stamp:' / 'Far East Department' / 'Secret' / … / '12 June 1957]'): their
    classification line is the bracket's words; an unclosed bracket ('[handwritten: …') holds none."""
    inside: set[int] = set()
    depth = 0
    for index, text in enumerate(texts):
        if depth > 0 and brackets_close(depth, texts[index:index + BRACKET_REACH]):
            inside.add(index)
        depth = max(0, depth + bracket_depth(text))
    return inside


def _numbers_apart(spans: list[Span]) -> Iterator[Span]:
    """The paragraphs, each parted where a line inside it is a page's number ('… of the opinion that' /
    '(p. 1)' / 'the meeting …'): the number a paragraph of its own, as between blank lines (the line
    breaks around it are left out, as blank lines are)."""
    for span in spans:
        if not _MARK_AFTER_BREAK.search(span.text):     # most paragraphs: no line of them begins so
            yield span
            continue
        start = 0
        for line in _INNER_LINE.finditer(span.text):
            if PAGE_FOOT.fullmatch(line["text"]) or PAGE.fullmatch(line["text"]):
                yield span.cut(start, line.start())
                yield span.cut(line.start("text"), line.end("text"))
                start = line.end()
        yield span.cut(start) if start else span


def _folio_parts(span: Span, folio: re.Match) -> tuple[Span, Span | None]:
    """A folio line's numbers, and the rest of its line (None when there is none)."""
    stripped = span.strip()
    numbers = stripped.cut(0, folio.end("numbers"))
    return numbers, stripped.cut(folio.start("rest")).strip() if folio.group("rest") else None


def _page_note(conv: Conversion, inline: InlineParser, span: Span) -> etree._Element:
    """The translator's mark of a page ('[Page 2]') after its pb: the words a note of the translator,
    the brackets markup."""
    stripped = span.strip()
    conv.consume(stripped.start, stripped.start + 1, "bracket")
    conv.consume(stripped.end - 1, stripped.end, "bracket")
    note = E.note({"type": "translator", "place": "inline", "source": conv.source.pointer_for(span.start, span.end)})
    inline.parse(lines_run(conv, stripped.cut(1, len(stripped.text) - 1)), note)
    return note


def _fw(conv: Conversion, inline: InlineParser, span: Span, kind: str) -> etree._Element:
    fw = E.fw({"type": kind, "source": conv.source.pointer_for(span.start, span.end)})
    inline.parse(lines_run(conv, span), fw, mode="forme")
    return fw
