"""The labelled fields of an archive page ("Citation:", "#### **Summary:**", "Record ID"): which names
the TEI header maps, which others the archive prints, and what a field name looks like.

A field whose name the header does not map is never refused: record.py keeps it as a header note.
"""

from __future__ import annotations

import re

# Field labels of the archive's pages -> the field names record.py maps into the header.
NAMES = {
    "citation": "citation", "summary": "summary", "credits": "credits",
    "original language": "original-language", "contents": "contents", "source": "source",
    "rights": "rights", "original uploaded date": "uploaded", "language": "language",
    "record id": "record-id",
}

# The mapped labels as the pages print them (the words they consume are the layouts' convention words).
LABELS = ("Citation", "Summary", "Credits", "Original Language", "Contents", "Source", "Rights",
          "Original Uploaded Date", "Language", "Record ID")
KNOWN_LABEL = "(?:" + "|".join(LABELS) + ")"
# The same with any run of spaces between a label's words, as the markup vocabularies allow it ('Original \tLanguage'):
# a reader that reads such a field consumes its label as markup.
SPACED_LABEL = "(?:" + "|".join(label.replace(" ", r"\s+") for label in LABELS) + ")"
# Other fields of the archive's "Document Information" panels and exports, kept as header notes.
ARCHIVE_FIELDS = ("Original Archive", "Type", "Subjects", "Subject", "Donors", "Donor", "Languages",
                  "Associated People & Organizations", "Associated People and Organizations",
                  "Associated Places", "Associated Topics", "Theme", "Themes", "Collection", "Collections",
                  "Author", "Authors", "Recipient", "Recipients", "Record Type",
                  "Original Classification", "Document Type", "Keywords", "Uploaded", "Languages of Original",
                  "Subjects Discussed", "Author(s)", "Related Documents")
# The link lists a web page prints between its text and its panel (their links are mostly lost).
LINK_LISTS = ("Associated People & Organizations", "Associated People and Organizations", "Associated Places",
              "Associated Topics", "Subjects Discussed", "Author(s)", "Authors", "Related Documents")
# The fields whose every paragraph the TEI keeps apart (record.py); the others hold one value.
PARAGRAPHS = frozenset({"summary", "rights", "source"})

# A field name as the archive prints one: up to six capitalised words ('&', 'and', 'of' between).
_NAME = re.compile(r"[A-Z][A-Za-z]*(?:\s+(?:[A-Z][A-Za-z]*|&|and|of|the))*")
# Names that open a line of a document's own text, never a field of the page.
BODY_LABELS = frozenset({"Present", "Participants", "Time", "Place", "Location", "Interpreter", "Note",
                         "Attachment", "Attended", "Agenda", "Copy", "Copies", "Translation", "Original",
                         "Recorded By", "Enclosure", "Date"})


def field_name(label: str) -> str:
    """The field name for a label as printed ('Original Language' -> 'original-language')."""
    label = " ".join(label.split()).lower()
    return NAMES.get(label, re.sub(r"\W+", "-", label).strip("-"))


def mapped(label: str) -> bool:
    """True when the header maps the field: its label is one of LABELS as the pages print it. A value
    in capitals ('LANGUAGE') is no mapped label; read as a field name it is kept as a field note."""
    return " ".join(label.split()) in LABELS


_ARCHIVE_NAMES = frozenset(field.lower() for field in ARCHIVE_FIELDS)


def catalogued(label: str) -> bool:
    """True when the archive is known to print a field of this name (mapped or kept as a note), in
    one of the cases a page sets it: as printed, in capitals, sentence or title case ('TyPE' is none)."""
    label = " ".join(label.split())
    name = label.lower()
    known = name in NAMES or name in _ARCHIVE_NAMES
    cases = {label.upper(), label[:1].upper() + name[1:], label.title()}
    return known and (label in LABELS or label in ARCHIVE_FIELDS or label in cases)


def field_like(label: str) -> bool:
    """True when `label` reads as a field name: catalogued, or up to six capitalised words that do
    not open a document's own lines ('Present', 'Participants')."""
    label = " ".join(label.split())
    if catalogued(label):
        return True
    return (_NAME.fullmatch(label) is not None and len(label.split()) <= 6
            and label.title() not in BODY_LABELS)
