"""The printed book a citation names its source in, a documentary collection ('Zhonggong zhongyang wenxian
yanjiushi, ed., Jianguo yilai Mao Zedong wengao (…), vol. 1 (Beijing: Zhongyang wenxian chubanshe, 1987), 229',
or by its title alone with its English in brackets, 'Zhou Testlai waijiao wenxuan [Selected …] (Testgrad: …, 1990),
pp. 340-348'), or the translation's: '…; translation from A. Testov and B. Probin, eds., … (Chicago: …, 1996), 139'): its
editors, title, volume, place, publisher, year and pages tagged inside the citation, as cited."""

from __future__ import annotations

import re

from lxml import etree

from ..tei import E
from ..textnodes import wrap_spans

# An edited book as Chicago style cites it: the editors (each perhaps with his name in English in parentheses,
# two joined by 'and') and 'ed.'/'eds.', the title (its English in parentheses or brackets), the volume, then
# the place, publisher and year in parentheses and the pages.
_BOOK = re.compile(r"(?:(?<=, )|(?<=; )|(?<=\bfrom )|^)(?!(?:[A-Z][a-z]+\s+)?[Tt]ranslation\s+from\s)"
                   r"(?P<editors>[A-Z][^,;()\[\]]*(?:\([^()]*\))?(?:\s+and\s+[A-Z][^,;()\[\]]*(?:\([^()]*\))?)?),\s+eds?\.,\s+"
                   r"(?P<title>[A-Z][^;]*?)(?:,\s+(?P<volume>vol\.\s*\d+))?\s+"
                   r"\((?P<place>[A-Z][^():;,]*?):\s*(?P<publisher>[^():;]+?),\s*(?P<year>\d{4})\)"
                   r"(?:,\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?)(?![\w-]))?")
# A documentary collection cited by its title alone, its English in brackets, then the place, publisher and year in
# parentheses and the pages: 'Zhou Testlai waijiao wenxuan [Selected Diplomatic Papers of …] (Testgrad: …, 1990), pp.
# 340-348'.
_GLOSSED = re.compile(r"(?:(?<=, )|(?<=; )|^)(?P<title>[A-Z][^,;:()\[\]\"“”]*?\s*\[[^\[\]]+\])\s+"
                      r"\((?P<place>[A-Z][^():;,]*?):\s*(?P<publisher>[^():;]+?),\s*(?P<year>\d{4})\)"
                      r"(?:,\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[-–]\s*\d+)?)(?![\w-]))?")
# A book cited by its title alone, its imprint the place and year or the year alone, then the pages: 'Testing
# Thought Lives Long (Samplegrad: 1968), 88-90', '… Lives Long (1968), 612-613'.
_TITLE_IMPRINT = re.compile(r"(?:(?<=, )|(?<=; )|^)(?P<title>[A-Z][^,;:()\[\]\"“”]*?)\s+"
                     r"\((?:(?P<place>[A-Z][^():;,]*?):\s*)?(?P<year>(?:1[89]|20)\d\d)\)"
                     r",\s*(?:pp?\.\s*)?(?P<pages>\d+(?:\s*[-–]\s*\d+)?)(?![\w-])")
# Two editors joined by 'and', each his own ('Probe Zhang and Test Chen').
_AND = re.compile(r"\s+and\s+")


def tag_printed_sources(bibl: etree._Element) -> None:
    """Tag each edited book the citation `bibl` names (its text before the link), each collection cited by its
    title and its English in brackets alone, and each book by its title alone with a short imprint, its words left as
    they are."""
    text = bibl.text or ""
    spans = []
    tagged = list(_BOOK.finditer(text))
    for book in tagged:
        spans += _editors(book)
        if book["volume"]:
            spans.append((book.start("volume"), book.end("volume"), E.biblScope({"unit": "volume"}, book["volume"])))
        spans += _title_and_imprint(book)
    for book in [*_GLOSSED.finditer(text), *_TITLE_IMPRINT.finditer(text)]:
        if not any(book.start() < other.end() and other.start() < book.end() for other in tagged):
            spans += _title_and_imprint(book)
            tagged.append(book)
    wrap_spans(bibl, False, sorted(spans, key=lambda span: span[0]))     # (in order: the volume after the title)


def _title_and_imprint(book: re.Match[str]) -> list[tuple[int, int, etree._Element]]:
    """A book's title, its place, publisher and year, and the pages cited, each its element (the place and publisher
    where the imprint gives them)."""
    cited = book.groupdict()
    spans = [(book.start("title"), book.end("title"), E.title({"level": "m"}, book["title"])),
             (book.start("year"), book.end("year"), E.date({"when": book["year"]}, book["year"]))]
    spans += [(book.start(part), book.end(part), element(cited[part]))
              for part, element in (("place", E.pubPlace), ("publisher", E.publisher)) if cited.get(part)]
    if book["pages"]:
        spans.append((book.start("pages"), book.end("pages"), E.biblScope({"unit": "page"}, book["pages"])))
    return spans


def _editors(book: re.Match[str]) -> list[tuple[int, int, etree._Element]]:
    """An editor element for each name of the book's editors, 'and' between two left outside."""
    spans, start = [], book.start("editors")
    for name in _AND.split(book["editors"]):
        at = book.string.index(name, start)
        spans.append((at, at + len(name), E.editor(name)))
        start = at + len(name)
    return spans
