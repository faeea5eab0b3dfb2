"""Archive document pages exported as plain text: a 'date title' line, then 'Citation:' etc. labels."""

from __future__ import annotations

import re

from ..source import Source
from . import Conversion, Reader
from .body import BODY_CONVENTION_WORDS, BODY_MARKUP
from .fields import KNOWN_LABEL, LABELS, SPACED_LABEL, field_like, mapped
from .inline import CONVENTION_WORDS as INLINE_WORDS, MARKUP as INLINE_MARKUP, NOTE_ANCHOR
from .page_grammar import read_page
from .page_parts import DEBRIS, LABEL, Part, page_parts, plain, rule, single_breaks
from .record import MARKUP, document
from .spans import Span, is_blank

LABEL_LINE = re.compile(r"^\s*(?P<value>[^:\s][^:]{0,60}?)\s*(?P<end>:)\s*$")
# A label the header maps with its value on its line, as the archive's PDF prints them: 'Summary: A …'.
INLINE_LABEL = re.compile(rf"^\s*(?P<value>{KNOWN_LABEL})(?P<end>:)[ \t\u00a0]+(?P<rest>\S.*)$")
# The archive's name line heading each page of its PDF (its parts a line each too: 'Digital Archive' /
# 'International History Declassified' / 'digitalarchive.wilsoncenter.org'); the arrows its text layer keeps
# of a link.
SITE_NAME = re.compile(r".*International History Declassified\s*|\s*(?:<<|>>)\s*|\s*Digital Archive\s*|"
                       r"\s*digitalarchive\.wilsoncenter\.org\s*")
SNIFF_LINES = 40


class ArchiveTextReader(Reader):
    """Archive page exported as plain text: 'Month D, YYYY Title' line, then 'Citation:' fields."""

    name = "archive-text"
    markup = MARKUP | INLINE_MARKUP | BODY_MARKUP | {
        "field-label": rf"\s*{SPACED_LABEL}\s*:\s*",
        "field-mark": r"\s*:",
        "rule": r"={3,}|-{5,}",
    }

    CONVENTION_WORDS = INLINE_WORDS | BODY_CONVENTION_WORDS | frozenset(LABELS)
    CONVENTION_PATTERNS = (NOTE_ANCHOR,)   # a note marker's anchor, as the inline parser reads it in any export

    def sniff(self, source: Source) -> str | None:
        if not _labelled(source.lines[:SNIFF_LINES]) and not any(
                INLINE_LABEL.match(line) for line in source.lines[:SNIFF_LINES]):
            return "no 'Citation:', 'Summary:' or other field labels near the top"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        single = single_breaks(source)
        inline = not _labelled(source.lines)

        def text_part(line: Span) -> Part | tuple[Part, Span] | None:
            """A 'Field:' line standing alone (or on a page of single breaks) is a label, a rule a rule;
            on a page of inline labels, 'Summary: A …' a label and its text; the site's name debris."""
            if inline and (match := INLINE_LABEL.match(line.text)):
                label = line.cut(match.start("value"), match.end("end"))
                return Part(LABEL, label.cut(0, len(match.group("value"))), label), line.cut(match.start("rest"))
            if SITE_NAME.fullmatch(line.text):
                return plain(DEBRIS, line)
            return label_part(source, line, single) or rule(line)

        conv.documents.append(document(conv, read_page(conv, page_parts(source, text_part))))
        return conv


def _labelled(lines: list[str]) -> bool:
    """True when a label the header maps stands on a line of its own ('Citation:')."""
    return any((match := LABEL_LINE.match(line)) and match.group("value") in LABELS for line in lines)


def label_part(source: Source, line: Span, single: bool) -> Part | None:
    """The label part of a 'Field:' line: a field the header maps ('Citation:'), or any other name
    that stands alone (or on a page of single breaks)."""
    match = LABEL_LINE.match(line.text)
    if match is None or not field_like(match.group("value")):
        return None
    number = source.line_of(line.start)
    alone = all(not (0 < other <= len(source.lines)) or is_blank(source.lines[other - 1])
                for other in (number - 1, number + 1))
    if not (alone or single or mapped(match.group("value"))):
        return None
    value = line.cut(match.start("value"), match.end("value"))
    whole = line.strip()
    return Part(LABEL, value, whole, ((value.end, line.start + match.end("end"), "field-mark"),))
