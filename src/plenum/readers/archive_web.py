"""Archive document pages captured from the web: 'Skip to content' … 'Document Information' fields."""

from __future__ import annotations

import re

from ..source import Source
from . import Conversion, Reader
from .citation import DATE_MDY
from .fields import read_fields
from .body import BODY_CONVENTION_WORDS, BODY_MARKUP
from .inline import CONVENTION_WORDS as INLINE_WORDS, MARKUP as INLINE_MARKUP
from .record import MARKUP, RecordPage, document
from .spans import Span, is_blank, line_span, paragraph_at, paragraphs

START = "Skip to content"
INFO = "Document Information"
# The labels of the page's "Document Information" panel.
LABELS = ("Source", "Rights", "Original Uploaded Date", "Language", "Record ID", "Original Archive",
          "Original Language", "Citation", "Summary", "Credits", "Contents")
LABEL = re.compile(r"^\s*(?P<label>" + "|".join(LABELS) + r")\s*$")
SPACER = "\u00a0"


class ArchiveWebReader(Reader):
    """Archive page captured from the web: 'Skip to content' … 'Document Information' panel."""

    name = "archive-web"
    markup = MARKUP | INLINE_MARKUP | BODY_MARKUP | {
        "field-label": r"\s*(?:" + "|".join(LABELS) + r")\s*",
        "panel-heading": re.escape(INFO),
    }

    CONVENTION_WORDS = INLINE_WORDS | BODY_CONVENTION_WORDS | frozenset(LABELS) | {INFO}

    def sniff(self, source: Source) -> str | None:
        first = next((line.strip() for line in source.lines if line.strip()), "")
        if first != START:
            return f"the first line is not '{START}'"
        if not any(line.strip() == INFO for line in source.lines):
            return f"no '{INFO}' panel"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        page = RecordPage()
        info = max(n for n, line in enumerate(source.lines, 1) if line.strip() == INFO)
        panel = line_span(source, info).strip()
        conv.consume(panel.start, panel.end, "panel-heading")
        page.fields, _ = read_fields(conv, info + 1, len(source.lines), LABEL.match, final=None)

        head = paragraphs(source, 1, info - 1)
        page.debris.append(head.pop(0))
        if head and DATE_MDY.fullmatch(head[0].text.strip()):
            page.date = head.pop(0)
        if head:
            page.title = head.pop(0)
        summary = _summary(source, info)
        if summary is not None:
            page.fields.setdefault("summary", []).append(summary)
            head = [span for span in head if span.start < summary.start]
        page.body = head
        conv.documents.append(document(conv, page))
        return conv


def _summary(source: Source, info: int) -> Span | None:
    """The page's summary: the paragraph just before the panel, set off by two no-break-space lines."""
    line = info - 1
    while line > 0 and not source.lines[line - 1].strip():
        line -= 1
    end = line
    while line > 0 and not is_blank(source.lines[line - 1]):
        line -= 1
    found = paragraph_at(source, line + 1) if line < end else None
    spacers = 0
    for text in reversed(source.lines[: line]):
        if text.strip(" ") == SPACER:
            spacers += 1
        elif text.strip():
            break
    return found[0] if found and spacers >= 2 else None
