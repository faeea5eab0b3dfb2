"""The closers of a record's text, as BlockElements writes them: a closing block a closer of its own or part of
the one right above it, its lines of several kinds each in its element (signed, dateline, salute)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator

from lxml import etree

from ..tei import E, q, sub
from . import Conversion
from .body_blocks import BodyBlock
from .brackets import SIGNATURE
from .datelines import placed_date
from .inline import InlineParser
from .signature_patterns import MANDATE
from .signers import code_name, post_line
from .spans import Span
from .written_dates import is_dateline

# A date and the signature's bracket after it on one line, as a journal's record closes ('21 May 1952 [signature]').
_DATE_THEN_SIGNATURE = re.compile(r"(?P<date>[^\[\]]{6,40}?)\s+(?P<signature>\[[^\[\]]{0,30}signature[^\[\]]{0,30}\])", re.I)
# A telegram's date in figures glued before its signer's name: '3.VII.53 SEMYONOV', '28.III.50 Testov'.
_DATE_THEN_NAME = re.compile(r"(?P<date>\d{1,2}[./]\s*(?:[IVX]{1,4}|\d{1,2})[./-]\s*\d{2,4}\.?)\s+"
                             r"(?P<name>(?:[A-ZА-Я]\.\s?){0,2}[A-ZА-Я][\w'’-]+)")
# Several signers' names on one line, each with its initials: 'E. Testnadze D. Samplov V. Kamentov', 'A. Examov,
# P. Samplin, K. Triallo'.
_INITIALLED = r"(?:[A-ZА-Я][a-zа-я]?\.\s*){1,2}[A-ZА-Я][\w'’-]+"
_SIGNERS_LINE = re.compile(rf"{_INITIALLED}(?:(?:,\s*|\s+){_INITIALLED})+")


class CloserBlocks:
    """The closer-making part of BlockElements, which gives it the conversion, the inline parser, the last
    closer written (`_closing`) and the builders of elements (_pointer, _paragraph)."""

    conv: Conversion
    inline: InlineParser
    _closing: tuple[etree._Element, int, int] | None

    def _closer(self, div: etree._Element, block: BodyBlock, kind: str) -> None:
        """A closing block: a closer of its own, or, right below another closing block, a part of that
        one (TEI's closer groups what ends a division: the signer's post, name and date are one closer,
        a signature's lines one signed), a line break between them."""
        signed = None       # the signed above, when this block goes on in it
        if self._closing is not None and len(div) and div[-1] is self._closing[0] \
                and not self.conv.source.text[self._closing[2]:block.start].strip():
            closer, start, _ = self._closing
            last = closer[-1] if len(closer) else None
            if kind == "closer-signed" and last is not None and last.tag == q("signed") and not last.tail \
                    and not MANDATE.match(block.text) and not _stacked_signers(last, block.text):   # ('For the
                signed = last                   # Government of …' opens a party's signature, as a second signer does)
            (closer if signed is None else signed).append(E.lb())
        else:
            closer, start = E.closer(), block.start
            div.append(closer)
        closer.set("source", self._pointer(start, block.end))
        self._closing = closer, start, block.end
        if kind == "closer-lines":
            self._closer_lines(closer, block)
        elif signed is not None:
            self.inline.parse(block.run, signed)
        else:
            self._closer_part(closer, block, kind)

    def _greeting_after_text(self, div: etree._Element, block: BodyBlock) -> None:
        """The text's last paragraph whose last line is the closing greeting ('… tagged on to it.' / 'Warm regards.'):
        the paragraph, then the greeting opening the closer that the signature under it goes on in."""
        run, bounds = block.run, block.run.line_bounds()
        self._paragraph(div, self._lines_of(block, 0, bounds[-2][1]))
        div.extend(copy.deepcopy(element) for element in run.breaks[-1] if element.tag != q("lb"))   # (a page break)
        self._closer(div, self._lines_of(block, bounds[-1][0], len(run.text)), "closer-salute")

    def _lines_of(self, block: BodyBlock, start: int, end: int) -> BodyBlock:
        """The part of a block from `start` to `end` of its run, a block whose span is that part's in the source."""
        first, last = block.run.source(start), block.run.source(end - 1) + 1
        return BodyBlock(block.run.part(start, end), [Span(self.conv.source.text[first:last], first)])

    def _closer_lines(self, closer: etree._Element, block: BodyBlock) -> None:
        """A closer of lines of several kinds (block.lines): each run of lines of one kind in its
        element (a post and a name one signature), the breaks between the runs kept."""
        for kind, part, last in line_runs(block, same_kind, self.conv.source.text):
            self._closer_part(closer, part, kind)
            if last + 1 < len(block.lines):
                closer.extend(copy.deepcopy(element) for element in block.run.breaks[last])

    def _closer_part(self, closer: etree._Element, block: BodyBlock, kind: str) -> None:
        """The content of a closer of one kind: a signature, a dateline, a salute, noise or words."""
        dated = _DATE_THEN_SIGNATURE.fullmatch(block.run.text)
        if kind == "closer-signed" and dated and is_dateline(dated["date"].strip()):
            self._dated_signature(closer, block, dated)
        elif kind == "closer-signed" and (named := _DATE_THEN_NAME.fullmatch(block.run.text)) and is_dateline(named["date"]):
            placed_date(self.inline, sub(closer, "dateline"), named["date"], block.run.part(0, named.end("date")))
            self.inline.parse(block.run.part(named.end("date"), named.start("name")), closer)
            self.inline.parse(block.run.part(named.start("name")), sub(closer, "signed"))
        elif kind == "closer-signed" and _SIGNERS_LINE.fullmatch(block.run.text):
            self._signers_line(closer, block)
        elif kind == "closer-signed" or kind == "closer" and SIGNATURE.search(block.text):  # '[illegible signature]'
            self.inline.parse(block.run, sub(closer, "signed"))
        elif kind == "closer-dateline":
            placed_date(self.inline, sub(closer, "dateline"), block.text, block.run)
        elif kind == "closer-salute":
            self.inline.parse(block.run, sub(closer, "salute"))
        elif kind == "closer-noise":
            self.inline.parse(block.run, sub(closer, "unclear", None, {"reason": "ocr-noise"}))
        else:
            self.inline.parse(block.run, closer)

    def _signers_line(self, closer: etree._Element, block: BodyBlock) -> None:
        """Several signers' names on one line ('E. Testnadze D. Samplov V. Kamentov', a joint letter's): a signed
        each, the spaces or commas between them the closer's."""
        run, end = block.run, 0
        for name in re.finditer(_INITIALLED, run.text):
            self.inline.parse(run.part(end, name.start()), closer)
            self.inline.parse(run.part(name.start(), name.end()), sub(closer, "signed"))
            end = name.end()

    def _dated_signature(self, closer: etree._Element, block: BodyBlock, dated: re.Match[str]) -> None:
        """A date with the signature's bracket after it ('21 May 1952 [signature]'): the closer's dateline, then
        the signed holding the bracket."""
        run = block.run
        placed_date(self.inline, sub(closer, "dateline"), dated["date"], run.part(0, dated.end("date")))
        self.inline.parse(run.part(dated.end("date"), dated.start("signature")), closer)
        self.inline.parse(run.part(dated.start("signature")), sub(closer, "signed"))


def _stacked_signers(signed: etree._Element, text: str) -> bool:
    """Whether a line under a signed is a second signer: each a name in capitals alone ('TESTNETSOV' / 'SAMPLENKO',
    two who sign a telegram), no post ('AMBASSADOR' / 'TESTOV' is one signature)."""
    above = "".join(signed.itertext()).strip()
    return all(code_name(line) and not post_line(line) for line in (above, text.strip()))


def line_runs(block: BodyBlock, joins: Callable[[str, str], bool], source: str) -> Iterator[tuple[str, BodyBlock, int]]:
    """Each run of a block's lines that go together (block.lines their kinds; `joins(next line's kind, the
    run's kind)` says whether the next line goes on with the run): the run's kind, its lines as a block of
    their own (its span those lines' in the `source` text, so that its element points to them alone), and the
    index of its last line."""
    run, bounds, first = block.run, block.run.line_bounds(), 0
    for index in range(len(block.lines)):
        if index + 1 < len(block.lines) and joins(block.lines[index + 1], block.lines[first]):
            continue
        start, end = run.source(bounds[first][0]), run.source(bounds[index][1] - 1) + 1
        part = BodyBlock(run.part(bounds[first][0], bounds[index][1]), [Span(source[start:end], start)])
        yield block.lines[first], part, index
        first = index + 1


def same_kind(following: str, kind: str) -> bool:
    """Whether a line goes on with a run of lines: it is of the run's kind."""
    return following == kind
