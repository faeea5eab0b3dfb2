"""What the reader and the transforms flagged, written into the TEI so that the review shows it.

Each finding becomes a ``notesStmt/note[@type='conversion']`` signed by plenum (``@resp``, so it is no
text of the source) with the ``@source`` lines it concerns; `plenum review` lists it as a plenum-note
beside those lines. It runs last, after every transform that flags.
"""

from __future__ import annotations

from lxml import etree

from ..readers import Conversion, Document, Finding
from ..source import parse_pointer
from ..tei import NS, plenum_pointer, q, sub
from . import Transform


class RecordFindings(Transform):
    name = "record-findings"
    priority = 900

    def apply(self, document: Document, conv: Conversion) -> None:
        notes = None
        for finding in conv.findings:
            if _document(finding, conv) is not document:
                continue
            notes = notes if notes is not None else _notes_stmt(document.root)
            attrs = {"type": "conversion", "resp": plenum_pointer(document.root)}
            if finding.source:
                attrs["source"] = finding.source
            if not any(note.text == finding.message and dict(note.attrib) == attrs for note in notes):
                sub(notes, "note", finding.message, attrs)


def _document(finding: Finding, conv: Conversion) -> Document | None:
    """The document a finding is about: the one it names, else the one holding its source lines."""
    if finding.document:
        return next((d for d in conv.documents if d.name == finding.document), None)
    lines = parse_pointer(finding.source)
    if lines is not None:
        for document in conv.documents:
            for element in document.root.iterfind(".//tei:text//*[@source]", NS):
                span = parse_pointer(element.get("source"))
                if span and span[0] <= lines[0] <= span[1]:
                    return document
    return conv.documents[0] if conv.documents else None


def _notes_stmt(root: etree._Element) -> etree._Element:
    """The document's notesStmt, made before its sourceDesc when it has none."""
    file_desc = root.find("tei:teiHeader/tei:fileDesc", NS)
    notes = file_desc.find("tei:notesStmt", NS)
    if notes is None:
        notes = etree.Element(q("notesStmt"))
        file_desc.find("tei:sourceDesc", NS).addprevious(notes)
    return notes
