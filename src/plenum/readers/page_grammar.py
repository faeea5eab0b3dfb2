"""The grammar of an archive document page, one for every export family: it reads the sequence of page
parts (page_parts.py) into a RecordPage.

A page is a head (debris, perhaps a summary sentence, the date, the title, perhaps a rule), then either
its fields and its text (Markdown and plain-text exports), or its text, its summary and the "Document
Information" panel of fields (web captures). Any field name is read: the header maps the known ones
and keeps the others as notes. A part the grammar does not take in its role is text of the document.
"""

from __future__ import annotations

import re

from . import Conversion
from .block_patterns import FIRST_PERSON
from .closers import closing_paragraph
from .citation import MONTHS, parse_citation
from .fields import PARAGRAPHS, field_like, field_name, mapped
from .page_parts import DEBRIS, HEADING, LABEL, PANEL, PROSE_END, RULE, SPACER, TEXT, TURN_LINE, Part
from .record import FieldNote, RecordPage
from .spans import Span

# A year, a decade or years ('1971', '1950s', '1956-1957'), and what makes them approximate ('c. 1950').
_YEARS = r"\d{4}s?(?:\s*[-–]\s*\d{4}s?)?"
_ABOUT = r"c\.|ca\.|circa"
# The page's date: a day or a month of a year ('March 5, 1953', 'SEPTEMBER 18, 1956', 'October 1976', 'June, 1960') or days
# ('September 24-25, 1956', 'November 30 - December 2, 1970', 'December 31, 1960 - January 2, 1961'), or
# alone on its line a year, a decade, years or a season, perhaps approximate ('1971', 'c. 1950', '1950s',
# '1956-1957', 'Spring 1956'), as the archive dates a document it knows no closer date of.
_MONTHS = "|".join(MONTHS)
DATE_LEAD = re.compile(rf"(?:{_MONTHS})(?: \d{{1,2}}(?:,? \d{{4}})?(?:\s*[-–]\s*(?:(?:{_MONTHS}) )?\d{{1,2}})?,|,)? \d{{4}}\b"
                       rf"|(?:(?:{_ABOUT}|Spring|Summer|Autumn|Fall|Winter|Early|Mid|Late)\s*)?{_YEARS}(?=\s*$)", re.I)
# A year alone before the title on a plain-text export's first line ('1971 Record of …'), or a decade,
# years, perhaps approximate ('c. 1950 Note …', '1956-1957 Reports …').
YEAR_LEAD = re.compile(rf"(?:(?:{_ABOUT})\s*)?{_YEARS}(?= [A-Z\[\"“‘'])")
# Export debris at the start of the document text: an empty link "()", a lone initial "K.", a lone link.
TEXT_DEBRIS = re.compile(r"\(\s*\)|[A-ZА-Я]\.|\[?<?https?://\S+?>?\]?")
# The credit line the web pages print under the title (the exports label it 'Credits:').
CREDITS = re.compile(r"This document was made possible with support from ")
# The tabs of a page the Contents field lists: 'Original Scan', 'Translation - English', 'Transcript - English',
# 'English Translation', and in the archive's PDF export 'English Transcription' and 'Scan of Original Document'.
CONTENT_TAB = re.compile(r"Original Scan|Scan of Original Document|(?:Translation|Transcription|Transcript) - [A-Z]\w+|"
                         r"[A-Z]\w+ (?:Translation|Transcription)")
# The Contents field's tabs alone, and then on the same line the document's text (an export that lost the break).
_TABS = re.compile(rf"\s*(?:{CONTENT_TAB.pattern})(?:\s+(?:{CONTENT_TAB.pattern}))*\s*")
_TABS_THEN_TEXT = re.compile(rf"\s*(?P<tabs>(?:{CONTENT_TAB.pattern})(?:\s+(?:{CONTENT_TAB.pattern}))*)\s+"
                             rf"(?=\S)(?!{CONTENT_TAB.pattern})")
# A title printed on a line of its own: one line, no longer than this.
TITLE_LENGTH = 300
# How far ahead of a summary sentence the page's date may stand.
LEAD_REACH = 3


def read_page(conv: Conversion, parts: list[Part]) -> RecordPage:
    """The record page the parts make: fields after the head, or a panel of fields after the text."""
    page = RecordPage()
    panel = max((index for index, part in enumerate(parts) if part.kind == PANEL), default=None)
    text_end = len(parts) if panel is None else panel
    first = next((index for index, part in enumerate(parts[:text_end]) if part.kind == LABEL), text_end)
    if panel is None or first < panel and field_name(parts[first].name) == "citation":   # fields, then the text
        _head(conv, page, parts[:first], text_follows=False)
        end = first + _fields(conv, page, parts[first:text_end], final="contents")
        body = [part for part in parts[end:text_end] if part.kind != SPACER]
        if begun := _text_after_tabs(page):
            body.insert(0, Part(TEXT, begun, begun))
        elif body and "contents" not in page.fields:
            _tabs_taken(page, body)             # a PDF's tabs over its text, their label lost
        while body and (body[0].kind == DEBRIS or TEXT_DEBRIS.fullmatch(body[0].whole.text.strip())):
            page.debris.append(body.pop(0).whole)
        if panel is not None:                 # the old site's citation tab over the text, and a panel
            _take(conv, parts[panel])
            _fields(conv, page, parts[panel + 1:], final=None)
    else:
        _take(conv, parts[panel])
        before = parts[:panel]
        lists = next((index for index, part in enumerate(before) if part.kind == LABEL), panel)
        cut = not parts[panel].whole.text
        summary = _summary(before[:lists], cut=cut)
        start = _head(conv, page, before[:lists if summary is None else summary], text_follows=True)
        lead = page.fields.get("summary")
        if lead and (cut or lead[-1].text.rstrip().endswith((".", "!", "?"))):
            summary = None          # a capture that gave its summary above the date (cut before its panel, or opening
                                    # on it, a sentence, not the archive listing's line of another) ends in its text
        body = [part for part in before[start:lists if summary is None else summary] if part.kind != SPACER]
        _fields(conv, page, before[lists:], final=None)
        _fields(conv, page, parts[panel + 1:], final=None)
        if summary is not None:     # (and the site's word under it that a language model wrote it)
            page.fields.setdefault("summary", []).extend(part.value for part in before[summary:lists] if part.kind == TEXT)
        _check_title(page, body)
    page.body = [part.whole for part in body]
    _split_citation(page)
    _merge_values(conv, page)
    if page.fields.get("language") and not page.fields.get("original-language"):
        page.fields["original-language"] = page.fields.pop("language")   # the panel's 'Language'
    return page


def _text_after_tabs(page: RecordPage) -> Span | None:
    """The document's text where an export ran it into the Contents field's line after the tabs
    ('English Translation Embassy Pyongyang, 2 September 1953 …'): taken out of the field, which keeps
    the tabs; None when the line holds tabs alone."""
    values = page.fields.get("contents") or []
    found = _TABS_THEN_TEXT.match(values[-1].text) if values else None
    if found is None:
        return None
    line = values[-1]
    values[-1] = line.cut(0, found.end("tabs"))
    return line.cut(found.end()).strip()


def _tabs_taken(page: RecordPage, body: list[Part]) -> None:
    """The Contents field's tabs opening the text with no label before them ('English Translation' alone, or
    'English Translation Chinese Transcription Probina: Do you …'): the tabs are that field's, the rest text."""
    first = body[0].whole
    if _TABS.fullmatch(first.text):
        page.fields["contents"] = [body.pop(0).whole]
    elif found := _TABS_THEN_TEXT.match(first.text):
        page.fields["contents"] = [first.cut(0, found.end("tabs"))]
        text = first.cut(found.end()).strip()
        body[0] = Part(TEXT, text, text)


def _split_citation(page: RecordPage) -> None:
    """The old site prints the summary under the citation's tab, before the quoted citation (in the
    same paragraph, or in one of its own): the summary is what comes before the quote."""
    spans = page.fields.get("citation") or []
    quoted = next((index for index, span in enumerate(spans) if span.text.lstrip().startswith('"')), None)
    if quoted is None and spans and (line := re.search(r'\n\s*"', spans[0].text)):
        spans = [spans[0].cut(0, line.start()), spans[0].cut(line.start()).strip(), *spans[1:]]
        quoted = 1
    if quoted:
        page.fields["summary"] = [span.strip() for span in spans[:quoted]] + page.fields.get("summary", [])
        page.fields["citation"] = spans[quoted:]


def _summary(parts: list[Part], cut: bool = False) -> int | None:
    """Where the summary of a web capture stands: the last paragraph before the link lists or the
    panel, after the text (set off by spacer lines or not); None when the text ends otherwise, or in
    a line that closes it (a page without a summary: '/V. TESTOV/' is the signature, not the summary),
    or when the title is the only text (a page of metadata without a summary). A capture `cut` before
    its panel may end in its text: its last paragraph is the summary only when it reads as one."""
    last = max((index for index, part in enumerate(parts) if part.kind != SPACER), default=None)
    if last is not None and _MODEL_WRITTEN.match(parts[last].value.text.strip()):   # the site's word on the summary:
        last = max((index for index, part in enumerate(parts[:last]) if part.kind != SPACER), default=None)  # it is above
    if last is None or parts[last].kind != TEXT or _TEXT_ONLY.match(parts[last].value.text) \
            or closing_paragraph(text := parts[last].value.text) and not (len(text.split()) > _CLOSING_WORDS and _summary_like(text)):
        return None
    if cut and not _summary_like(parts[last].value.text):
        return None
    texts = [index for index, part in enumerate(parts) if part.kind == TEXT
             and not DATE_LEAD.fullmatch(part.value.text.strip()) and not CREDITS.match(part.value.text)]
    return last if texts and texts[0] != last else None   # the only text under the date is the title


# The most words a closing line has that could be the site's summary: a sentence longer than this that reads as a
# summary is one, though it names a copy made or sent ('A record whose archive copy … the translator made.').
_CLOSING_WORDS = 15
# What opens a paragraph of the document, never its summary: an endnote ('[1] Memorandum prepared by …'), a
# speaker's label with what he did in parentheses ('Chairman Testov (As he sat down): I am old, …').
_TEXT_ONLY = re.compile(r"\s*(?:\[(?:\d{1,3}|[*]|[ivx]{1,5})\]|[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}? \([^()]{1,40}\):\s)")


# The newer site's word under a summary that a language model wrote it: 'This document summary was generated by an
# artificial intelligence language model and was reviewed by a … staff member.' (a paragraph of the abstract).
_MODEL_WRITTEN = re.compile(r"This (?:document )?summary was (?:generated|written|produced) by an? (?:artificial intelligence|AI)\b")


def _summary_like(text: str) -> bool:
    """A summary as the site prints it: one line of sentences, ended by a stop, not a speaker's turn nor words
    in the first person (a capture cut in the middle of a sentence, or after 'Comrade Examova:' / 'I agree …',
    or after the writer's 'We have not yet seen the draft.', ends in the text)."""
    return "\n" not in text.strip() and PROSE_END.search(text) is not None and not TURN_LINE.match(text.lstrip()) \
        and not FIRST_PERSON.search(text)


def _take(conv: Conversion, part: Part, kind: str | None = None) -> None:
    """The part is taken in its role: its marks (or, given a kind, its whole span) become markup."""
    if kind is not None:
        conv.consume(part.whole.start, part.whole.end, kind)
    for start, end, mark in part.marks:
        conv.consume(start, end, mark)


def _head(conv: Conversion, page: RecordPage, parts: list[Part], text_follows: bool) -> int:
    """Read the head (debris, summary sentences, date, title, rules); return where it ends. With
    `text_follows` the document text begins at the first part the head does not take; otherwise the
    head's leftovers are debris."""
    lead: list[Span] = []
    index, dated = 0, False     # `dated`: the date was the last part read
    while index < len(parts):
        part = parts[index]
        following = parts[index + 1: index + 1 + LEAD_REACH]
        just_dated, dated = dated, False
        if part.kind in (DEBRIS, SPACER, RULE):
            dated = just_dated
            _take(conv, part)
            if part.kind == DEBRIS:
                page.debris.append(part.value)
        elif part.kind not in (TEXT, HEADING):
            break
        elif CREDITS.match(part.value.text) and "credits" not in page.fields:
            page.fields["credits"] = [part.value]
        elif page.title and page.date:
            break
        elif page.date is None and (date := DATE_LEAD.match(part.value.text) or _year_lead(part, following)):
            _take(conv, part)
            rest = part.value.cut(date.end()).strip()
            titled = rest and rest.text[0].isalnum() and page.title is None
            page.date = part.value.cut(0, date.end()) if titled else part.value
            if titled:
                page.title = rest                   # 'Month D, YYYY Title' (plain-text export)
            dated = not titled
        elif page.title is None and following[:1] and following[0].kind == RULE:
            page.title = _taken(conv, part)
        elif page.date is None and any(DATE_LEAD.match(ahead.value.text) for ahead in following):
            if page.title is None and _title_like(part.value) and not _titled_below(parts[index + 1:]):
                page.title = _taken(conv, part)     # a title above its date
            else:
                lead.append(part.value.strip())     # a summary sentence above the date
        elif page.title is None and (part.kind == HEADING or not text_follows or _title_like(part.value)
                                     or just_dated and _title_like(part.value.cut(0, len(part.value.text.rstrip(". "))))):
            page.title = _taken(conv, part)         # (right under the date, a title may end in a full stop)
        else:
            break
        index += 1
    if lead:
        page.fields["summary"] = lead + page.fields.get("summary", [])
    if not text_follows:
        page.debris.extend(part.whole for part in parts[index:])
        return len(parts)
    return index


def _titled_below(following: list[Part]) -> bool:
    """Whether the line under the date below is the page's title: printed again a few parts further on, or
    followed by the support line (a capture opening on a summary, no stop after it, its own or, cut from the
    archive's listing, another document's: the summary, the date, the title, the support line, the title
    again): the line above the date is then not the title."""
    dated = next((at for at, part in enumerate(following[:LEAD_REACH]) if DATE_LEAD.match(part.value.text)), None)
    if dated is None or dated + 1 >= len(following) or not _title_like(following[dated + 1].value):
        return False
    title, below = following[dated + 1].value.text.strip(), following[dated + 2:dated + 2 + LEAD_REACH]
    return bool(below) and CREDITS.match(below[0].value.text) is not None \
        or any(part.value.text.strip() == title for part in below)


def _year_lead(part: Part, following: list[Part]) -> re.Match[str] | None:
    """The year before a plain-text export's title ('1971 Record of …'), the date of a page that knows
    only the year; not when a date follows (a title that begins with a year, above its date)."""
    if any(DATE_LEAD.match(ahead.value.text) for ahead in following):
        return None
    return YEAR_LEAD.match(part.value.text)


def _taken(conv: Conversion, part: Part) -> Span:
    """The part's value, the part taken in its role."""
    _take(conv, part)
    return part.value


def _title_like(span: Span) -> bool:
    """True for a line that can be a page's own title: one line, not long, not a sentence of text."""
    text = span.text.strip()
    return "\n" not in text and len(text) <= TITLE_LENGTH and not text.endswith((".", ":", ";", ","))


def _check_title(page: RecordPage, body: list[Part]) -> None:
    """On a web capture, a line after the date is the title only if the citation does not name another
    (old pages print the title only inside the citation): otherwise it is the document's first line."""
    citation = page.value("citation")
    if page.title is None or citation is None:
        return
    cited = " ".join(parse_citation(citation.text).title.split()).lower()
    own = " ".join(page.title.text.split()).lower()
    if cited and not cited.endswith(own):
        body.insert(0, Part(TEXT, page.title, page.title))
        page.title = None


def _fields(conv: Conversion, page: RecordPage, parts: list[Part], final: str | None) -> int:
    """Read labels and their values; return where they end. A value runs to the next label, except
    that the `final` field, and a last field with no label after it, take one paragraph (what follows
    is the document's text): after the `final` label, and on a page without one, a paragraph is a
    value only if a label follows it. With no `final` (a panel), the last field takes all after it."""
    through = next((index for index, part in enumerate(parts)
                    if part.kind == LABEL and final and field_name(part.name) == final), -1)
    values: list[Span] | None = None
    name = ""
    index = 0
    while index < len(parts):
        part = parts[index]
        if name == final and values and not _more_tabs(name, values, part):
            break                                   # the text follows the Contents field
        if part.kind == LABEL and field_like(part.name):
            name = field_name(part.name)
            if mapped(part.name):
                conv.consume(part.whole.start, part.whole.end, "field-label")
                values = page.fields.setdefault(name, [])
            else:
                _take(conv, part)
                note = FieldNote(part.value, [])
                page.notes.append(note)
                values = note.values
        elif part.kind == SPACER:
            pass
        elif part.kind == DEBRIS:
            page.debris.append(part.whole)
        elif values is None and final is None:
            page.fields.setdefault("source", []).append(part.whole)   # a panel whose labels were lost:
            values = page.fields.setdefault("rights", [])              # source, then rights
        elif values is None:
            break
        elif final is None and name != "rights" and _RIGHTS_STATEMENT.search(part.whole.text):
            name, values = "rights", page.fields.setdefault("rights", [])   # the archive's statement, its label lost
            values.append(part.whole)
        elif final is None or index < through:
            values.append(part.whole)
        else:
            after = next((ahead for ahead in parts[index + 1:] if ahead.kind != SPACER), None)
            cited = name == "citation" and _quoted_citation(part.whole.text) and not any(
                _quoted_citation(line) for value in values for line in value.text.splitlines())
            if values and not cited and not _more_tabs(name, values, part) and (
                    name == final or after is None or after.kind != LABEL) or not _value_like(name, part.whole.text):
                break
            values.append(part.whole)
        index += 1
    return index


# The archive's rights statement, in a panel whose 'Rights' label was lost ('The … Program welcomes reuse of Digital
# Archive materials …').
_RIGHTS_STATEMENT = re.compile(r"\bwelcomes reuse of\b|\bsubject to copyright\b")


# The fields whose value is a few words, never a sentence: a PDF's empty 'Original Language:' over its text
# ('English Translation Chinese Transcription Probina: Do you think …?') leaves the text to the body.
_SHORT_VALUES = frozenset({"original-language", "language"})


def _value_like(name: str, text: str) -> bool:
    """Whether a paragraph can be the value of field `name`: a language is a few words, no question, label or tab."""
    return name not in _SHORT_VALUES or len(text.split()) <= 8 and not re.search(r"[:?]", text) \
        and not _TABS.fullmatch(text)


# A citation's quoted title opening a paragraph ('"From the Diary of …," May 08, 1962, …'), not a date's day in
# quotes as Russian typists wrote it ('"8" May, 1962').
_QUOTED_TITLE = re.compile(r'\s*"[^"]{3,}"')


def _quoted_citation(text: str) -> bool:
    """Whether a paragraph of the old site's citation tab opens on the quoted title."""
    return _QUOTED_TITLE.match(text) is not None


def _more_tabs(name: str, values: list[Span], part: Part) -> bool:
    """True when the part is one more of the page's tabs the Contents field lists a line each
    ('Original Scan', 'Translation - English'); a tab named again opens the text."""
    text = part.whole.text.strip()
    return (name == "contents" and CONTENT_TAB.fullmatch(text) is not None
            and text not in {span.text.strip() for span in values})


def _merge_values(conv: Conversion, page: RecordPage) -> None:
    """A field the header holds as one value keeps all its paragraphs, as one span of the source."""
    for name, spans in page.fields.items():
        if name not in PARAGRAPHS and len(spans) > 1:
            page.fields[name] = [Span(conv.source.text[spans[0].start:spans[-1].end], spans[0].start)]
