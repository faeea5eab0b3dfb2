"""Archive document pages exported as plain text: a 'date title' line, then 'Citation:' etc. labels."""

from __future__ import annotations

import re

from ..source import Source
from . import Conversion, Reader
from .citation import DATE_MDY
from .fields import KNOWN_LABEL, LABELS, read_fields
from .body import BODY_CONVENTION_WORDS, BODY_MARKUP
from .inline import CONVENTION_WORDS as INLINE_WORDS, MARKUP as INLINE_MARKUP
from .record import MARKUP, RecordPage, document
from .spans import line_span, paragraphs

LABEL = re.compile(rf"^(?P<label>{KNOWN_LABEL}):\s*$")
SNIFF_LINES = 20
# Export debris at the start of the document text: an empty link "()", a lone initial "K.".
DEBRIS = re.compile(r"\(\s*\)|[A-ZА-Я]\.")


class ArchiveTextReader(Reader):
    """Archive page exported as plain text: 'Month D, YYYY Title' line, then 'Citation:' fields."""

    name = "archive-text"
    markup = MARKUP | INLINE_MARKUP | BODY_MARKUP | {"field-label": rf"{KNOWN_LABEL}:\s*"}

    CONVENTION_WORDS = INLINE_WORDS | BODY_CONVENTION_WORDS | frozenset(LABELS)

    def sniff(self, source: Source) -> str | None:
        first = next((line for line in source.lines if line.strip()), "")
        if not DATE_MDY.match(first.strip()):
            return "the first line is not 'Month D, YYYY title'"
        if not any(line.strip() == "Citation:" for line in source.lines[:SNIFF_LINES]):
            return "no 'Citation:' label near the top"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        page = RecordPage()
        number = next(n for n, line in enumerate(source.lines, 1) if line.strip())
        line = line_span(source, number).strip()
        date = DATE_MDY.match(line.text)
        page.date = line.cut(0, date.end())
        page.title = line.cut(date.end()).strip() or None
        page.fields, after = read_fields(conv, number + 1, len(source.lines), LABEL.match)
        body = paragraphs(source, after)
        while body and DEBRIS.fullmatch(body[0].text.strip()):
            page.debris.append(body.pop(0))
        page.body = body
        conv.documents.append(document(conv, page))
        return conv
