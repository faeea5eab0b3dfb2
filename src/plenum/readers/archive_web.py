"""Archive document pages captured from the web: ['Skip to content'] date, title, text, summary, then
the 'Document Information' panel of fields."""

from __future__ import annotations

import re

from ..source import Source
from . import Conversion, Reader
from .body import BODY_CONVENTION_WORDS, BODY_MARKUP
from .fields import LABELS, LINK_LISTS, catalogued, field_like
from .inline import CONVENTION_WORDS as INLINE_WORDS, MARKUP as INLINE_MARKUP, NOTE_ANCHOR
from .page_grammar import CREDITS, DATE_LEAD, read_page
from .page_parts import DEBRIS, LABEL, PANEL, SPACER, TEXT, LineKind, Part, page_parts, plain, rule
from .record import MARKUP, document
from .spans import Span, line_span

START = "Skip to content"
INFO = "Document Information"
# Lines of the site's chrome (current and old site) that are no part of the document.
CHROME = frozenset({START, "Search in", "ADD SEARCH FILTER CANCEL SEARCH FILTER",
                    "Digital Archive International History Declassified", "CITATION SHARE DOWNLOAD",
                    "get citation", "share document", "• share document", "VIEW DOCUMENT IN", "English HTML",
                    "CITATION SHARE DOWNLOAD-", "- Share", "- Download"})
# The chrome of the newer site's capture over its citation tab, which may open on the title in capitals.
_TAB_CHROME = frozenset({"CITATION SHARE DOWNLOAD", "CITATION SHARE DOWNLOAD-"})
# The old site's tabs of the document's versions under 'VIEW DOCUMENT IN': 'English HTML', 'Russian PDF', in
# capitals with the version's kind too ('ENGLISH (TRANSCRIPTION) HTML'), the format in lower case ('English html').
VIEW_TAB = re.compile(r"(?:[A-Z][a-z]+|[A-Z]+)(?: (?:[A-Z][a-z]+|[A-Z]+))?(?: \([A-Za-z]+\))? (?:HTML|PDF|html|pdf)")
# The old site's citation tab: '• Citation' (the summary and the quoted citation under it).
OLD_CITATION = re.compile(r"^(?P<mark>\s*•\s*)(?P<value>Citation)\s*$")
# The old site's quoted citation, indented under the summary, where a capture lost the tab's lines
# ('"Discussion between …," October 05, 1964, History and Public Policy Program Digital Archive, …'; the
# comma after the closing quote, or none: '"Notes from …" July 17, 1964, …').
OLD_QUOTED = re.compile(r'\s+["“][^"”]{3,}(?:[,.]["”]|["”],?)\s.*\bDigital Archive\b')
SPACE = "\u00a0"
# How many of the first lines may stand before the page's date when it has no 'Skip to content'.
DATE_LINES = 6


class ArchiveWebReader(Reader):
    """Archive page captured from the web: ['Skip to content'], date, title, text, 'Document Information'."""

    name = "archive-web"
    markup = MARKUP | INLINE_MARKUP | BODY_MARKUP | {
        "field-label": r"[\s•]*(?:" + "|".join(LABELS) + r")\s*",
        "field-mark": r"\s*:",
        "panel-heading": re.escape(INFO),
        "rule": r"={3,}|-{5,}",
    }

    CONVENTION_WORDS = INLINE_WORDS | BODY_CONVENTION_WORDS | frozenset(LABELS) | {INFO}
    CONVENTION_PATTERNS = (NOTE_ANCHOR,)   # a note marker's anchor, as the inline parser reads it in any export

    def sniff(self, source: Source) -> str | None:
        head = [line.strip() for line in source.lines if line.strip(" \t" + SPACE)][:DATE_LINES]
        tabs = _citation_tabs(source)
        if not tabs and not any(line.strip() == INFO for line in source.lines) \
                and not _cut_short(head) and _implied_tab(source) is None and not _bare_capture(head, source) \
                and _summary_tab(source) is None:
            return f"no '{INFO}' panel, no old site's '• Citation', no '{START}' over a date"
        if not CHROME.intersection(head[:1]) and not any(DATE_LEAD.match(line) for line in head) \
                and not any(line.strip() in _TAB_CHROME for line in source.lines[:_LABEL_LINES]):
            return f"neither '{START}' (or the old site's chrome) nor a date at the top"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        info = max((n for n, line in enumerate(source.lines, 1) if line.strip() == INFO), default=None)
        tabs = _citation_tabs(source)
        tabbed = info is not None or bool(tabs)
        tab = None if tabbed else _implied_tab(source)
        summary_tab = None if tabbed or tab is not None else _summary_tab(source)
        kind = _tab_at(source, tab) if tab is not None else _summary_tab_at(source, summary_tab) if summary_tab \
            else _tabbed_part(source, tabs) if tabs else _text_part
        parts = page_parts(source, kind, 1, len(source.lines) if info is None else info - 1)
        if info is not None:
            heading = line_span(source, info).strip()
            parts.append(Part(PANEL, heading, heading, ((heading.start, heading.end, "panel-heading"),)))
            parts += _panel(source, info + 1)
        elif not tabbed and tab is None:    # a capture cut before its panel
            end = Span("", len(source.text))
            parts.append(Part(PANEL, end, end))
        conv.documents.append(document(conv, read_page(conv, parts)))
        return conv


def _citation_tabs(source: Source) -> list[int]:
    """The numbers of the lines that are the old site's citation tab: '• Citation', or 'Citation' alone over
    'get citation' (the site's newer capture, under its title in capitals and 'CITATION SHARE DOWNLOAD')."""
    filled = [n for n, line in enumerate(source.lines, 1) if line.strip()]
    return [n for at, n in enumerate(filled) if OLD_CITATION.match(source.lines[n - 1])
            or source.lines[n - 1].strip() == "Citation" and at + 1 < len(filled)
            and source.lines[filled[at + 1] - 1].strip(" •") == "get citation"]


def _tabbed_part(source: Source, tabs: list[int]) -> LineKind:
    """_text_part, with each line of `tabs` the citation's label (a bare 'Citation' too)."""
    starts = {source.line_starts[n - 1] for n in tabs}

    def kind(line: Span) -> Part | tuple[Part, Span] | None:
        if line.start in starts and not OLD_CITATION.match(line.text):
            value = line.strip()
            return Part(LABEL, value, value)
        return _text_part(line)
    return kind


def _cut_short(head: list[str]) -> bool:
    """A capture that ends before the 'Document Information' panel: 'Skip to content' over the page's
    date, as the current site prints them, or the date over the title and the credit line, perhaps under a
    summary's line (its text then runs to the end of the file)."""
    if head[:1] == [START]:
        return len(head) > 2 and bool(DATE_LEAD.fullmatch(head[1]))
    dated = next((at for at, line in enumerate(head[:2]) if DATE_LEAD.fullmatch(line)), None)
    return dated is not None and any(CREDITS.match(line) for line in head[dated + 2:dated + 3])


def _bare_capture(head: list[str], source: Source) -> bool:
    """A capture cut before its panel that lost the credit line too: the page's date over its title (perhaps
    under a summary's line), text under them, and no field label of the other exports near the top
    ('Citation:', '#### **Summary:**'), whose readers read such a page."""
    dated = next((at for at, line in enumerate(head[:2]) if DATE_LEAD.fullmatch(line)), None)
    if dated is None or len(head) < dated + 3 or DATE_LEAD.match(head[dated + 1]) \
            or len(head[dated + 1].split()) > _TITLE_WORDS:
        return False
    return not any((label := _EXPORT_LABEL.match(line)) and label["name"] in LABELS
                   for line in source.lines[:_LABEL_LINES])


# The most words of a page's title; how many lines of a file may hold another export's labels.
_TITLE_WORDS, _LABEL_LINES = 40, 60
# A line that may be a field's label in another export, alone or before its value ('Citation:', '#### **Summary:**',
# '**Citation:**', 'Citation: "…", May 12, 1972, …').
_EXPORT_LABEL = re.compile(r"[#*\s]*(?P<name>[A-Z][\w ]{2,30}?)\s*(?::|[*\s]*$)")


def _dated_top(source: Source) -> list[int]:
    """The numbers of the page's first lines that are not blank, under the site's chrome ('Search in'), when the first
    of them is the page's date; none when it is not."""
    filled = [n for n, line in enumerate(source.lines, 1) if line.strip(" \t" + SPACE)][:DATE_LINES * 2]
    while filled and source.lines[filled[0] - 1].strip() in CHROME:
        filled.pop(0)
    return filled if filled and DATE_LEAD.fullmatch(source.lines[filled[0] - 1].strip()) else []


def _implied_tab(source: Source) -> int | None:
    """The old site's citation tab where a capture lost its lines: the number of the first line of the
    indented paragraph (the summary) that holds the quoted citation, among the page's first lines
    under its date (the site's chrome perhaps above it: 'Search in'); None when the page has none."""
    filled = _dated_top(source)
    quoted = next((n for n in filled if OLD_QUOTED.match(source.lines[n - 1])), None)
    if quoted is None:
        return None
    while quoted - 1 in filled and source.lines[quoted - 2][:1].isspace():
        quoted -= 1
    return quoted


def _summary_tab(source: Source) -> tuple[int, int] | None:
    """The old site's citation tab where a capture kept its summary alone: the page's date, the summary
    indented under it, then not indented the date again and the title (no quoted citation, no panel).
    The numbers of the first date's line and of the second's; None when the page is not so."""
    filled = _dated_top(source)
    if len(filled) < 4 or not source.lines[filled[1] - 1][:1].isspace():
        return None
    again = next((n for n in filled[2:] if not source.lines[n - 1][:1].isspace()), None)
    if again is None or source.lines[again - 1].strip() != source.lines[filled[0] - 1].strip() \
            or again == filled[-1]:
        return None
    return filled[0], again


def _summary_tab_at(source: Source, lines: tuple[int, int]) -> LineKind:
    """_text_part, where the page opens as _summary_tab finds: its first date the site's (debris, the date
    again under the summary the page's), and the date again and the title each a paragraph of its own (a
    capture may have lost the blank lines between them), so that the head reads as a summary over the
    page's date and title."""
    first, again = (source.line_starts[number - 1] for number in lines)
    title = next(n for n in range(lines[1] + 1, len(source.lines) + 1) if source.lines[n - 1].strip())
    apart = {again, source.line_starts[title - 1]}

    def kind(line: Span) -> Part | tuple[Part, Span] | None:
        if line.start == first:
            return plain(DEBRIS, line)
        if line.start in apart:
            return Part(SPACER, Span("", line.start), Span("", line.start)), line
        return _text_part(line)
    return kind


def _tab_at(source: Source, tab: int) -> LineKind:
    """_text_part, with the citation's label the old site implies before line `tab` (see _implied_tab); the
    tab's indented paragraph ends at the first line not indented, where the text begins (a capture that
    lost the blank line under the citation ran the first paragraph into it)."""
    start = source.line_starts[tab - 1]
    indented = [True]      # still in the tab's indented paragraph

    def kind(line: Span) -> Part | tuple[Part, Span] | None:
        if line.start == start:
            return Part(LABEL, Span("", start), Span("", start), implied="Citation"), line
        part = _text_part(line)
        if line.start > start and indented[0] and not line.text[:1].isspace():
            indented[0] = False
            if part is None and line.text.strip():          # the text's first line: a paragraph of its own
                return Part(SPACER, Span("", line.start), Span("", line.start)), line
        return part
    return kind


def _panel(source: Source, first: int) -> list[Part]:
    """The parts of the panel from line `first`: a field name is a label, unless it follows a label
    and is none the archive prints, or is set in other case than that label (then it is that label's
    value: 'Type', 'Conversation'; 'TYPE' after 'Original Archive')."""
    panel: list[Part] = []
    for part in page_parts(source, _panel_line, first):
        after_label = bool(panel) and panel[-1].kind == LABEL
        value = after_label and not (catalogued(part.name) and _same_case(panel[-1].name, part.name))
        if part.kind == LABEL and value:
            part = Part(TEXT, part.value, part.whole)
        panel.append(part)
    return panel


def _same_case(label: str, line: str) -> bool:
    """True when both are in capitals or neither is: a panel sets all its labels alike."""
    return label.isupper() == line.isupper()


def _text_part(line: Span) -> Part | None:
    """Above the panel: the site's chrome is debris, a line of no-break spaces a spacer, the link lists'
    headings labels, the old site's '• Citation' the citation's label."""
    text = line.text.strip()
    if text in CHROME or VIEW_TAB.fullmatch(text):
        return plain(DEBRIS, line)
    if line.text.strip(" \t") and not line.text.strip(" \t" + SPACE):
        return Part(SPACER, line, line)
    if text.rstrip(":") in LINK_LISTS:
        value = line.strip()
        name = value.cut(0, len(value.text.rstrip(":")))
        return Part(LABEL, name, value, ((name.end, value.end, "field-mark"),))
    if match := OLD_CITATION.match(line.text):
        return Part(LABEL, line.cut(*match.span("value")), line.strip())
    return rule(line)


def _panel_line(line: Span) -> Part | None:
    """In the panel a line holding a field name is a label (see _panel), a line of no-break spaces a
    spacer."""
    text = line.text.strip()
    if text and not text.strip(SPACE):
        return Part(SPACER, line, line)
    return plain(LABEL, line) if text and field_like(text) else None
