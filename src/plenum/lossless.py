"""The nothing-lost check: the TEI made from a source holds every character of that source.

Two texts are compared after normalisation (Unicode NFC, every run of whitespace as one space):

* expected: the source text minus the spans the reader declared as markup (``Conversion.markup``;
  each span must match the reader's markup vocabulary, e.g. ``[handwritten: `` or ``]``);
* found: the *source view* of the TEI. Only text inside elements that carry ``@source`` counts
  (header boilerplate and values derived from the source, such as ISO dates, do not). Editorial
  alternatives (``reg``, ``corr``, ``expan`` in a ``choice``) are skipped unless they carry their
  own ``@source`` (a translator's correction printed in the source); the converter's own additions
  (``@resp`` pointing at plenum's ``respStmt``) are skipped; ``orig``, ``sic`` and ``abbr`` count. ``lb``/``pb``/``cb``
  count as a space, or as nothing with ``@break="no"``; ``@rend="hyphen"`` adds the hyphen the
  break replaced. Blocks are put back in source order by the first line of their ``@source``
  range, so notes placed at their markers and header fields taken from the end of a page compare
  where the source has them.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

from lxml import etree

from .readers import Conversion
from .source import parse_pointer
from .tei import plenum_pointers

# Characters the check reads as spaces besides Unicode whitespace: zero-width space, byte-order mark.
_INVISIBLE = ("\u200b", "\ufeff")
# Elements whose boundaries do not separate words; every other element's boundaries do.
INLINE = frozenset("""
    hi emph add del subst supplied sic corr choice orig reg abbr expan ex am unclear gap damage note stage
    restore surplus secl mod retrace metamark handShift persName placeName orgName name rs date time
    ref ptr foreign term q quote said soCalled mentioned num measure seg w pc c g space anchor idno
    title roleName forename surname addName
""".split())
BREAKS = frozenset({"lb", "pb", "cb"})
EDITORIAL = frozenset({"reg", "corr", "expan"})


def normalise(text: str) -> str:
    """NFC, whitespace runs as single spaces, no space at either end."""
    return " ".join(_words(text))


def _words(text: str) -> list[str]:
    """The words of the normalised text: NFC, split at whitespace (and zero-width spaces).

    (str.split splits at exactly the characters re's \\s matches, and is several times faster.)
    """
    text = unicodedata.normalize("NFC", text)
    for char in _INVISIBLE:
        text = text.replace(char, " ")
    return text.split()


@dataclass
class Report:
    """The outcome of the check: problems, each a line a reviewer can act on."""

    source: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        return "\n".join(self.problems) if self.problems else f"{self.source}: nothing lost"


def check(conv: Conversion) -> Report:
    """Compare a conversion's TEI documents with its source."""
    source = conv.source
    problems = _vocabulary_problems(conv)
    expected = _words(_without_markup(conv))
    found = _words(" ".join(text for document in conv.documents for text in source_view(document.root)))
    if expected != found:
        problems.append(_describe(conv, " ".join(found)))
    return Report(str(source.path), problems)


def source_view(root: etree._Element) -> list[str]:
    """The source's text as the TEI holds it: one string per block, in source order."""
    streams: list[tuple[int, int, list[str]]] = []
    plenum = plenum_pointers(root)

    def outside(element: etree._Element) -> None:
        for child in element.iterchildren(etree.Element):
            span = _lines(child)
            if span:
                parts: list[str] = []
                streams.append((span[0], len(streams), parts))
                inside(child, parts, span)
            else:
                outside(child)

    def inside(element: etree._Element, parts: list[str], span: tuple[int, int]) -> None:
        name = _local(element.tag)
        if element.get("resp") in plenum or (
                name in EDITORIAL and _local(element.getparent().tag) == "choice" and "source" not in element.attrib):
            return
        if name in BREAKS:
            parts.append("" if element.get("break") == "no" else " ")
            if element.get("rend") == "hyphen":
                parts.append("-")
            return
        edge = "" if name in INLINE else " "
        parts.append(edge + (element.text or ""))
        for child in element:
            if isinstance(child.tag, str):
                inner = _lines(child)
                if inner and not (span[0] <= inner[0] and inner[1] <= span[1]):
                    detached: list[str] = []
                    streams.append((inner[0], len(streams), detached))
                    inside(child, detached, inner)
                else:
                    inside(child, parts, inner or span)
            parts.append(child.tail or "")
        parts.append(edge)

    outside(root)
    streams.sort(key=lambda stream: (stream[0], stream[1]))
    return ["".join(parts) for _, _, parts in streams]


def _lines(element: etree._Element) -> tuple[int, int] | None:
    """The source lines an element's @source points to (None without a src:L… pointer)."""
    pointer = element.get("source")
    return parse_pointer(pointer) if pointer is not None else None


@functools.lru_cache(maxsize=None)
def _local(tag: str) -> str:
    """The local name of an element's tag (the few tags of a TEI tree, looked up once each)."""
    return tag.rpartition("}")[2]


def _kept(conv: Conversion) -> list[tuple[int, int]]:
    """The (start, end) offsets of the source text outside markup spans, in order."""
    kept = []
    position = 0
    for span in sorted(conv.markup, key=lambda s: s.start):
        if span.start > position:
            kept.append((position, span.start))
        position = max(position, span.end)
    kept.append((position, len(conv.source.text)))
    return kept


def _without_markup(conv: Conversion) -> str:
    """The source text with the markup spans removed."""
    text = conv.source.text
    return "".join(text[start:end] for start, end in _kept(conv))


def _vocabulary_problems(conv: Conversion) -> list[str]:
    """Markup spans that overlap, or that do not match the reader's declared vocabulary."""
    vocabulary = conv.reader.vocabulary()
    problems = []
    previous = None
    for span in sorted(conv.markup, key=lambda s: (s.start, s.end)):
        text = conv.source.text[span.start:span.end]
        line = conv.source.line_of(span.start)
        pattern = vocabulary.get(span.kind)
        if pattern is None or not pattern.fullmatch(text):
            problems.append(f"{conv.source.path}:{line}: {conv.reader.name} took '{text}' as markup "
                            f"({span.kind}), which its markup vocabulary does not allow")
        if previous is not None and span.start < previous.end:
            problems.append(f"{conv.source.path}:{line}: markup spans overlap at '{text}'")
        previous = span
    return problems


def _describe(conv: Conversion, found: str, context: int = 6) -> str:
    """One line per difference, word by word: where in the source, and what the TEI lacks or adds."""
    source = conv.source
    words = []  # (normalised word, source offset of its first character)
    pending, offset = "", None
    for start, end in _kept(conv):
        for match in re.finditer(r"\S+|\s+", source.text[start:end]):
            if match.group().isspace():
                if pending:
                    words.append((pending, offset))
                pending = ""
                continue
            if not pending:
                offset = start + match.start()
            pending += match.group()
    if pending:
        words.append((pending, offset))
    expected = [normalise(word) for word, _ in words]
    got = found.split(" ")
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    lines = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        where = source.line_of(words[min(a1, len(words) - 1)][1]) if words else 1
        before = " ".join(expected[max(0, a1 - context):a1])
        what = []
        if a2 > a1:
            what.append(f"source has '{' '.join(expected[a1:a2])}'")
        if b2 > b1:
            what.append(f"TEI has '{' '.join(got[b1:b2])}'")
        lines.append(f"{source.path}:{where}: {' but '.join(what)} after '…{before}'")
        if len(lines) == 10:
            lines.append(f"{source.path}: further differences not shown")
            break
    return "\n".join(lines)
