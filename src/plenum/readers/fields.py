"""Labelled fields of an archive page ("Citation:", "#### **Summary:**", "Record ID"), any layout."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import InputError
from . import Conversion
from .spans import Span, line_span, paragraph_at

# Field labels of the archive's pages -> the field names record.py knows.
NAMES = {
    "citation": "citation", "summary": "summary", "credits": "credits",
    "original language": "original-language", "contents": "contents", "source": "source",
    "rights": "rights", "original uploaded date": "uploaded", "language": "language",
    "record id": "record-id",
}

# The labels as the pages print them: only these are markup ('Foo:' alone on a line is text).
LABELS = ("Citation", "Summary", "Credits", "Original Language", "Contents", "Source", "Rights",
          "Original Uploaded Date", "Language", "Record ID")
KNOWN_LABEL = "(?:" + "|".join(LABELS) + ")"
# The fields whose every paragraph the TEI keeps (record.py); the others hold one paragraph.
PARAGRAPHS = frozenset({"summary", "rights", "source"})

Label = Callable[[str], "re.Match[str] | None"]


def field_name(label: str) -> str:
    """The field name for a label as printed ('Original Language' -> 'original-language')."""
    label = label.strip().lower()
    return NAMES.get(label, re.sub(r"\W+", "-", label).strip("-"))


def read_fields(conv: Conversion, first: int, last: int, label: Label,
                final: str | None = "contents") -> tuple[dict[str, list[Span]], int]:
    """Read label lines and their value paragraphs from line `first` to `last`.

    `label(line)` returns a match whose group 'label' is the label, or None; each label line is
    consumed as markup. A value runs to the next label, except that the `final` field, and a last
    field with no label after it, take one paragraph: what follows is the document text.
    Returns the fields and the first line after them.
    """
    source = conv.source
    fields: dict[str, list[Span]] = {}
    current: str | None = None
    line = first
    while line <= last:
        text = source.lines[line - 1]
        if match := label(text):
            span = line_span(source, line)
            conv.consume(span.start, span.end, "field-label")
            current = field_name(match.group("label"))
            fields.setdefault(current, [])
            line += 1
            continue
        found = paragraph_at(source, line)
        if found is None:
            line += 1
            continue
        if current is None:
            break
        span, end = found
        if fields[current] and (current == final or not _label_follows(source.lines, end, last, label)):
            break
        if fields[current] and current not in PARAGRAPHS:
            raise InputError(source.path, f"'{source.lines[line - 1].strip()[:60]}' is neither the {current} field's "
                             f"value (one paragraph) nor a field label ({', '.join(LABELS)})", line)
        fields[current].append(span)
        line = end + 1
        if current == final:
            break
    return fields, line


def _label_follows(lines: list[str], after: int, last: int, label: Label) -> bool:
    """True when the next non-blank line after line `after` is a label."""
    for text in lines[after:last]:
        if text.strip():
            return label(text) is not None
    return False
