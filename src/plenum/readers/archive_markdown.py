"""Archive document pages exported as Markdown: `## **date**`, `### **title**`, `#### **Field:**`."""

from __future__ import annotations

import re

from ..source import Source
from . import Conversion, Reader
from .fields import KNOWN_LABEL, LABELS, read_fields
from .body import BODY_CONVENTION_WORDS, BODY_MARKUP
from .inline import CONVENTION_WORDS as INLINE_WORDS, MARKUP as INLINE_MARKUP
from .record import MARKUP, RecordPage, document
from .spans import Span, line_span, paragraphs

DATE = re.compile(r"^(?P<mark>##\s+\*\*)(?P<value>.+?)\*\*\s*$")
TITLE = re.compile(r"^(?P<mark>###\s+\*\*)(?P<value>.+?)\*\*\s*$")
LABEL = re.compile(rf"^####\s+\*\*(?P<label>{KNOWN_LABEL}):\*\*\s*$")
SNIFF_LINES = 40


class ArchiveMarkdownReader(Reader):
    """Archive page exported as Markdown: '## **date**', '### **title**', '#### **Citation:**' fields."""

    name = "archive-markdown"
    markup = MARKUP | INLINE_MARKUP | BODY_MARKUP | {
        "heading": r"##+\s+\*\*|\*\*",
        "field-label": rf"####\s+\*\*{KNOWN_LABEL}:\*\*\s*",
    }

    CONVENTION_WORDS = INLINE_WORDS | BODY_CONVENTION_WORDS | frozenset(LABELS)

    def sniff(self, source: Source) -> str | None:
        head = source.lines[:SNIFF_LINES]
        if not any(DATE.match(line) for line in head):
            return "no '## **date**' heading near the top"
        if not any(LABEL.match(line) for line in head):
            return "no '#### **Field:**' labels near the top"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        page = RecordPage()
        line = 1
        for number, text in enumerate(source.lines, 1):
            if page.date is None and (match := DATE.match(text)):
                page.date = self._heading(conv, number, match)
            elif page.title is None and (match := TITLE.match(text)):
                page.title = self._heading(conv, number, match)
            elif LABEL.match(text):
                line = number
                break
        page.fields, line = read_fields(conv, line, len(source.lines), LABEL.match)
        page.body = paragraphs(source, line)
        conv.documents.append(document(conv, page))
        return conv

    @staticmethod
    def _heading(conv: Conversion, number: int, match: re.Match[str]) -> Span:
        """The value of a '## **…**' heading; the Markdown around it is consumed."""
        line = line_span(conv.source, number)
        value = line.cut(match.start("value"), match.end("value"))
        conv.consume(line.start, value.start, "heading")
        conv.consume(value.end, value.end + 2, "heading")
        return value
