"""The parts of an archive document page, whatever its export: the one sequence every export family
(Markdown, plain text, web capture) turns its file into, and the page grammar (page_grammar.py) reads.

A part is a span of the source of one kind (a heading, a field label, a paragraph of text, a rule, the
"Document Information" panel heading, debris, a spacer line); `marks` are the characters around its
value that become markup when the grammar takes the part in that role (`####  **` and `:**` of a
Markdown label). A part the grammar does not take in its role is text: its `whole` span, nothing consumed.

What each family makes of its lines (every other line is text):
  Markdown     '## **…**' / '### **…**' heading, '#### **Name:**' label, rule
  plain text   'Name:' label (a name the header maps, or any name standing alone), rule; on a page
               without such labels (the archive's PDF as text) 'Citation: "…"' a label and its text;
               the archive's name line (debris)
  web capture  the site's chrome (debris), no-break-space lines (spacers), the link lists' headings and
               the old site's '• Citation' (labels), 'Document Information' (panel), then in the panel
               field names (labels)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from ..source import Source
from .spans import Span, is_blank, line_span

HEADING, LABEL, TEXT, RULE, PANEL, DEBRIS, SPACER = (
    "heading", "label", "text", "rule", "panel", "debris", "spacer")

# A line of '=' (or '-') that underlines the title in the archive's oldest layout.
RULE_LINE = re.compile(r"\s*(?:={3,}|-{5,})\s*")
# Pages whose blank lines are fewer than one in this many lines separate their blocks by single breaks
# (when they have a few lines at all).
SINGLE_BREAKS = 10
FEW_LINES = 4
# A line that is a paragraph of prose by itself: this many words or more, ending a sentence. Two such
# lines in one run of lines make it a text of single breaks (a paragraph a line) on a page that
# otherwise sets its blocks off by blank lines (its head, say).
PROSE_WORDS = 12
PROSE_END = re.compile(r"[.!?…][\"”’»)\]]*\s*$")
# A line of a paragraph wrapped at a width is at least this share of its longest line's length.
WRAPPED = 0.6
# A line that opens on a speaker's label ('Mao Zedong: …', '**Mikoyan:** …'): a run of lines in which
# one label opens two lines or more is a dialogue of single breaks, a turn a line, however short.
TURN_LINE = re.compile(r"[*_]{0,2}(?P<label>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}?)[*_]{0,2}:[*_]{0,2}\s+\S")
# A line saying when or where ('Date: March 3 1981', 'Place: …'), a line of its own over the lines under it.
_WHEN_WHERE = re.compile(r"(?:Time|Date|Place|Location|Venue|Date and Time)\s*:\s*\S")
# A line giving one of a meeting's details, its label first ('Time: …', 'Location: …', 'Probian Attendees: …'):
# a run of such lines is a detail a line, typed without blank lines between them.
DETAIL_LINE = re.compile(r"(?:(?:[A-Z][\w'’-]*\s+){0,3}(?:Time|Date|Place|Location|Venue|Attendees?|[Pp]articipants|"
                         r"Present|Interpreters?|Recorders?|Note-?takers?|Guests?|Hosts?|Interviewees?|Interviewers?)|Date and Time|"
                         r"Received by|Recorded by|Interviewed by|Transcribed by)\s*:\s*\S")

Mark = tuple[int, int, str]


class Part(NamedTuple):
    """One part of a page: its kind, its value, the lines it covers, the markup taking it consumes."""

    kind: str
    value: Span
    whole: Span
    marks: tuple[Mark, ...] = ()
    implied: str = ""   # a label the layout implies without printing it (its spans are empty)

    @property
    def name(self) -> str:
        """A label's name as printed, in one line ('Original  Archive' -> 'Original Archive'), or the
        name of a label the layout implies."""
        return self.implied or " ".join(self.value.text.split())


# What an export family makes of one line: a part of another kind than text, or None (text); or a
# label and the text after it on its line ('Summary: A talk…'), where a paragraph begins.
LineKind = Callable[[Span], "Part | tuple[Part, Span] | None"]


def single_breaks(source: Source) -> bool:
    """True when the page separates its blocks by single line breaks (a staging export)."""
    filled = [number for number, line in enumerate(source.lines) if not is_blank(line)]
    if len(filled) < FEW_LINES:
        return False
    blank = filled[-1] - filled[0] + 1 - len(filled)
    return blank * SINGLE_BREAKS < len(filled)


def page_parts(source: Source, kind_of: LineKind, first: int = 1, last: int | None = None) -> list[Part]:
    """The parts of lines `first`..`last`: each line `kind_of` names (blank ones too: a spacer) is a
    part of its own; the other non-blank lines make text parts, a paragraph each (a line each on pages
    of single breaks)."""
    last = len(source.lines) if last is None else last
    single = single_breaks(source)
    parts: list[Part] = []
    run: list[Span] = []
    for number in range(first, last + 1):
        line = line_span(source, number)
        part = kind_of(line)
        part, rest = (part, None) if part is None or isinstance(part, Part) else part
        if part is not None or is_blank(line.text) or single:
            _close(source, run, parts)
        if part is not None:
            parts.append(part)
        if rest is not None or (part is None and not is_blank(line.text)):
            run.append(rest or line)
    _close(source, run, parts)
    return parts


def _close(source: Source, run: list[Span], parts: list[Part]) -> None:
    """End a paragraph of text lines: one text part from its first line to its last; a part a line
    when two of its lines or more are paragraphs of prose by themselves (single breaks), unless the
    run is one paragraph wrapped at a width (its lines but the last about as long as its longest), and
    when it is a dialogue (_dialogue) or a meeting's details a line each."""
    while len(run) > 1 and _WHEN_WHERE.match(run[0].text.lstrip()) and not run[0].text.rstrip().endswith(","):
        parts.append(Part(TEXT, run[0], run[0]))     # when or where, over what is not said so ('Date: …' / a subject)
        del run[0]
    if len(run) > 1 and (sum(bool(PROSE_END.search(line.text)) and len(line.text.split()) >= PROSE_WORDS
                             for line in run) >= 2 and not _wrapped(run) or _dialogue(run)
                         or all(DETAIL_LINE.match(line.text.lstrip()) for line in run)):
        parts.extend(Part(TEXT, line, line) for line in run)
    elif run:
        span = Span(source.text[run[0].start:run[-1].end], run[0].start)
        parts.append(Part(TEXT, span, span))
    run.clear()


def _dialogue(run: list[Span]) -> bool:
    """Whether lines are turns of a dialogue, a line each: one speaker's label opens two of them or more,
    the first among them, and a line that does not open on a label follows one that ends a sentence
    (a turn wrapped at a width is not cut in the middle)."""
    labels = [TURN_LINE.match(line.text.lstrip()) for line in run]
    named = [found.group("label") for found in labels if found]
    return (labels[0] is not None and len(named) > len(set(named))
            and all(found or PROSE_END.search(before.text) for found, before in zip(labels[1:], run)))


def _wrapped(run: list[Span]) -> bool:
    """Whether lines are one paragraph wrapped at a width: each but the last at least WRAPPED of the
    longest's length (a text of single breaks has short lines among its long ones: headings, dates)."""
    widest = max(len(line.text.rstrip()) for line in run)
    return all(len(line.text.rstrip()) >= WRAPPED * widest for line in run[:-1])


def plain(kind: str, line: Span) -> Part:
    """A part that is its whole (stripped) line."""
    value = line.strip()
    return Part(kind, value, value)


def rule(line: Span) -> Part | None:
    """The part of a rule line, or None."""
    if RULE_LINE.fullmatch(line.text):
        value = line.strip()
        return Part(RULE, value, value, ((value.start, value.end, "rule"),))
    return None
