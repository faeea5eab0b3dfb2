"""What the reader and the transforms flagged, written into the TEI so that the review shows it.

Each finding becomes a ``notesStmt/note[@type='conversion']`` signed by plenum (``@resp``, so it is no
text of the source) with the ``@source`` lines it concerns; `plenum review` lists it as a plenum-note
beside those lines. It runs last, after every transform that flags.
"""

from __future__ import annotations

from bisect import bisect_right

from lxml import etree

from ..readers import Conversion, Document, Finding
from ..source import parse_pointer
from ..tei import NS, plenum_pointer, q, sub
from . import Transform


# The @source of every element in a text, read by libxml2 (an ElementPath search walks the tree in Python).
_POINTERS = etree.XPath(".//tei:text//*/@source", namespaces=NS, smart_strings=False)


class RecordFindings(Transform):
    name = "record-findings"
    priority = 900
    _conv: Conversion | None = None        # the conversion whose findings' documents were found
    _owners: list[Document | None] = []    # the document each of its findings is about

    def apply(self, document: Document, conv: Conversion) -> None:
        if self._conv is not conv:  # found once per conversion, not once per document
            self._conv, self._owners = conv, _owners(conv)
        notes, written, resp = None, set(), ""
        for finding, owner in zip(conv.findings, self._owners):
            if owner is not document:
                continue
            if notes is None:
                notes = _notes_stmt(document.root)
                written = {(note.text, tuple(sorted(note.attrib.items()))) for note in notes}
                resp = plenum_pointer(document.root)
            attrs = {"type": "conversion", "resp": resp}
            if finding.source:
                attrs["source"] = finding.source
            key = (finding.message, tuple(sorted(attrs.items())))
            if key not in written:  # once, however often it was flagged or this runs
                written.add(key)
                sub(notes, "note", finding.message, attrs)


def _owners(conv: Conversion) -> list[Document | None]:
    """The document each finding is about: the one it names, else the first holding its source lines,
    else the first; each document's lines read once."""
    spans = [_lines(document) for document in conv.documents]
    return [_owner(finding, conv.documents, spans) for finding in conv.findings]


def _owner(finding: Finding, documents: list[Document], spans: list[list[tuple[int, int]]]) -> Document | None:
    """The document one finding is about, `spans` holding each document's lines (_lines)."""
    if finding.document:
        return next((d for d in documents if d.name == finding.document), None)
    lines = parse_pointer(finding.source)
    if lines is not None:
        for document, held in zip(documents, spans):
            at = bisect_right(held, (lines[0], float("inf"))) - 1
            if at >= 0 and held[at][1] >= lines[0]:
                return document
    return documents[0] if documents else None


def _lines(document: Document) -> list[tuple[int, int]]:
    """The source lines the blocks of a document's text come from, as sorted, disjoint ranges."""
    ranges = sorted(span for pointer in _POINTERS(document.root) if (span := parse_pointer(pointer)))
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _notes_stmt(root: etree._Element) -> etree._Element:
    """The document's notesStmt, made before its sourceDesc when it has none."""
    file_desc = root.find("tei:teiHeader/tei:fileDesc", NS)
    notes = file_desc.find("tei:notesStmt", NS)
    if notes is None:
        notes = etree.Element(q("notesStmt"))
        file_desc.find("tei:sourceDesc", NS).addprevious(notes)
    return notes
