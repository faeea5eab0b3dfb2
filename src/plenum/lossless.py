"""The nothing-lost check: the TEI made from a source holds every character of that source.

Two texts are compared after normalisation (Unicode NFC, every run of whitespace as one space, none
between two Chinese characters):

* expected: the source text minus the spans the reader declared as markup (``Conversion.markup``;
  each span must match the reader's markup vocabulary, e.g. ``[handwritten: `` or ``]``);
* found: the *source view* of the TEI (`sourceview`): the text of its blocks (elements with
  ``@source``) as the source has it, editorial alternatives and plenum's additions left out, put
  back in source order by the first line of each block's ``@source`` range, across the conversion's
  documents (a dossier document may hold a part the text layer printed after another document).

Where the two differ, a second reading lets the edge of an element that is not inline (a label, a
place, a block) stand for no space where the source has none, so that a label the source runs into
its value is no loss; it never excuses a character.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from lxml import etree

from .readers import Conversion
from .sourceview import CLOSE, INLINE, OPEN, TAIL, ViewPiece, source_lines, view_blocks
from .tei import TEI_NS, local

# Characters the check reads as spaces besides Unicode whitespace: zero-width space, byte-order mark.
_INVISIBLE = ("\u200b", "\ufeff")
# Chinese writes no space between words: whitespace between two of its characters (ideographs, CJK and
# full-width punctuation) is no text, so that a speaker label and its words ('张部长：可以') may stand in
# two elements.
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_SPACE = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
# An element's edge in the plain reading is a space; in the second reading (_runs_together) a mark that
# may stand for a space or for none, unless a space beside it or another edge says which.
_EDGE = "\x00"
_EDGE_ROLES = (OPEN, CLOSE)
_EDGES = re.compile(_EDGE + "+")
_LOOSE_EDGE = re.compile(f" ?{_EDGE} | {_EDGE}")
# Whitespace beside an edge between two Chinese characters: no text either ('周恩来' / a break / '八月三日').
_CJK_EDGE = re.compile(f"(?<=[{_CJK}])[\\s{_EDGE}]*{_EDGE}[\\s{_EDGE}]*(?=[{_CJK}])")
# The languages of a document's texts (a group's too): a path, not a walk over every element.
_TEXT_LANGUAGES = etree.XPath("/t:TEI/t:text/@xml:lang | /t:TEI/t:text/t:group/t:text/@xml:lang",
                              namespaces={"t": TEI_NS})


def normalise(text: str) -> str:
    """NFC, whitespace runs as single spaces, no space at either end (nor between Chinese characters)."""
    return " ".join(_words(text, bool(_CJK_CHAR.search(text))))


def _words(text: str, chinese: bool) -> list[str]:
    """The words of the normalised text: NFC, split at whitespace (and zero-width spaces); with
    `chinese`, no whitespace between two Chinese characters.

    (str.split splits at exactly the characters re's \\s matches, and is several times faster.)
    """
    text = unicodedata.normalize("NFC", text)
    for char in _INVISIBLE:
        text = text.replace(char, " ")
    if chinese:
        text = _CJK_SPACE.sub("", text)
    return text.split()


def _chinese(conv: Conversion) -> bool:
    """Whether a text of the conversion is in Chinese or Japanese (as the reader tagged it): only there
    may a speaker label and its words stand in two elements with no space between them in the source."""
    return any(value.split("-")[0] in ("zh", "ja") for document in conv.documents
               for value in _TEXT_LANGUAGES(document.root))


@dataclass
class LossReport:
    """The outcome of the check: problems, each a line a reviewer can act on."""

    source: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        return "\n".join(self.problems) if self.problems else f"{self.source}: nothing lost"


def check(conv: Conversion) -> LossReport:
    """Compare a conversion's TEI documents with its source."""
    source = conv.source
    problems = _vocabulary_problems(conv)
    chinese = _chinese(conv)
    expected = _words(_without_markup(conv), chinese)
    blocks = sorted((first, index, position, pieces) for index, document in enumerate(conv.documents)
                    for position, (first, pieces) in enumerate(_view_lines(document.root)))
    found = _words(" ".join("".join([text for text, _, _ in pieces]) for *_, pieces in blocks), chinese)
    if expected != found and not _runs_together(" ".join(expected), [pieces for *_, pieces in blocks], chinese):
        problems.append(_describe(conv, " ".join(found)))
    return LossReport(str(source.path), problems)


def _edge_marked(text: str, element: etree._Element, role: str) -> str:
    """A piece of the source view with the edges of an element that is not inline marked, and the
    whitespace alone beside them (a TEI file's indentation between a speaker and a paragraph) an edge too."""
    if role in _EDGE_ROLES and local(element) not in INLINE:
        return _EDGE + (text[1:] if text[1:].strip() else "")
    if role == TAIL and not text.strip() and local(element) not in INLINE:
        return _EDGE
    return text


def source_view(root: etree._Element) -> list[str]:
    """The source's text as the TEI holds it: one string per block, in source order."""
    return ["".join([text for text, _, _ in pieces]) for _, pieces in view_blocks(root)]


def _view_lines(root: etree._Element) -> list[tuple[int, list[ViewPiece]]]:
    """The source view of a document, each block's pieces with the first source line it comes from."""
    return [(source_lines(block)[0], pieces) for block, pieces in view_blocks(root)]


def _runs_together(expected: str, blocks: list[list[ViewPiece]], chinese: bool) -> bool:
    """Whether the TEI spells the expected text when an element's edge that no space of its own
    borders may also be no space at all: a label the source runs into its value ('Place:the county
    hall') is an element of its own, every character kept; so is whitespace alone beside such an edge.
    Asked only when the plain reading differs."""
    marked = _EDGE.join("".join([_edge_marked(text, element, role) for text, element, role in pieces]) for pieces in blocks)
    marked = _CJK_EDGE.sub(_EDGE, marked) if chinese else marked
    found = _LOOSE_EDGE.sub(" ", _EDGES.sub(_EDGE, " ".join(_words(marked, chinese)))).strip(" " + _EDGE)
    position = 0
    for char in found:
        if char == _EDGE:
            position += expected.startswith(" ", position)
        elif expected.startswith(char, position):
            position += 1
        else:
            return False
    return position == len(expected)


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
