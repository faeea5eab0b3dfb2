"""Archive document pages exported as Markdown: `## **date**`, `### **title**`, `#### **Field:**`."""

from __future__ import annotations

import re

from ..source import Source
from . import Conversion, Reader
from .body import BODY_CONVENTION_WORDS, BODY_MARKUP
from .fields import ARCHIVE_FIELDS, LABELS, SPACED_LABEL
from .inline import CONVENTION_WORDS as INLINE_WORDS, MARKUP as INLINE_MARKUP, NOTE_ANCHOR
from .page_grammar import read_page
from .page_parts import HEADING, LABEL, Part, page_parts, rule
from .record import MARKUP, document
from .spans import Span

# The fields of a page, as a bold label alone may name them.
PAGE_FIELD = "(?:" + "|".join(map(re.escape, (*LABELS, *ARCHIVE_FIELDS))) + ")"
# The export's headings and field labels, in bold ('#### **Citation:**') or, from a converter that
# drops the bold, plain ('#### Citation:'), or from one that drops the heading, a field's label in bold
# alone on its line ('**Citation:**').
HEADING_LINE = re.compile(r"^(?P<mark>#{2,3}\s+(?P<bold>\*\*)?)(?P<value>[^\s*].*?)(?P<end>(?(bold)\*\*|))\s*$")
LABEL_LINE = re.compile(rf"^(?:(?P<mark>####\s+(?P<bold>\*\*)?)(?P<value>[^*\n]+?)(?P<end>:(?(bold)\*\*|))"
                        rf"|(?P<boldmark>\*\*)(?P<boldvalue>{PAGE_FIELD})(?P<boldend>:\*\*))\s*$")
SNIFF_LINES = 60


class ArchiveMarkdownReader(Reader):
    """Archive page exported as Markdown: '## **date**', '### **title**', '#### **Citation:**' fields (the
    bold or the heading mark may be missing)."""

    name = "archive-markdown"
    markup = MARKUP | INLINE_MARKUP | BODY_MARKUP | {
        "heading": r"##+\s+(?:\*\*)?|\*\*",
        "field-label": rf"####\s+(?:\*\*)?\s*{SPACED_LABEL}\s*:(?:\*\*)?\s*|\*\*{PAGE_FIELD}:\*\*\s*",
        "field-mark": r"####\s+(?:\*\*)?|:(?:\*\*)?|\*\*",
        "rule": r"={3,}|-{5,}",
    }

    CONVENTION_WORDS = INLINE_WORDS | BODY_CONVENTION_WORDS | frozenset(LABELS)
    CONVENTION_PATTERNS = (NOTE_ANCHOR,)

    def sniff(self, source: Source) -> str | None:
        if not any(LABEL_LINE.match(line) for line in source.lines[:SNIFF_LINES]):
            return "no '#### **Field:**' (or '#### Field:', '**Field:**') labels near the top"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        conv.documents.append(document(conv, read_page(conv, page_parts(source, markdown_part))))
        return conv


def markdown_part(line: Span) -> Part | None:
    """A Markdown line's part: a '#### **Field:**' label, a '## **…**' heading, a rule; else None."""
    if match := LABEL_LINE.match(line.text):
        return _marked(LABEL, line, match, "field-mark")
    if match := HEADING_LINE.match(line.text):
        return _marked(HEADING, line, match, "heading")
    return rule(line)


def _marked(kind: str, line: Span, match: re.Match[str], mark: str) -> Part:
    """A part whose value is the match's 'value' group (or 'boldvalue', a label in bold alone), the
    Markdown around it its marks."""
    whole = line.cut(0, len(line.text.rstrip()))
    group = "value" if match.groupdict().get("boldvalue") is None else "boldvalue"
    value = line.cut(match.start(group), match.end(group))
    end = match.end("end" if group == "value" else "boldend")
    marks = ((line.start, value.start, mark), (value.end, line.start + end, mark))
    return Part(kind, value, whole, marks)
