"""The TEI of an archive document page, shared by the three export layouts of the archive.

A layout reader finds the parts of the page (date, title, labelled fields, document text, debris)
as spans of its source; this module turns those parts into one TEI document. Field values are
kept verbatim in elements that carry ``@source``; what is derived from them (ISO dates, archive
units, translators) sits beside them without ``@source``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .. import tei
from ..provenance import revision_desc
from ..publication import class_decl, genre, publication_stmt, telegram_heading, text_class
from ..tei import E, XML_ID, XML_LANG, sub
from . import Conversion, Document
from .body import Body, TextInfo
from .citation import Citation, calendar_date, cited_date, credited, heading_dating, parse_citation
from .ms_identifiers import ms_identifier
from .printed_sources import tag_printed_sources
from .references import ArchivalReference, parse_reference
from .language_names import language_code, language_name
from .spans import Span

# What the encoding means, stated in every document's editorialDecl (schema/ENCODING.md has more).
CONVENTIONS = (
    ("p", "Encoded by plenum following the conventions in schema/ENCODING.md. Every character of the "
          "source is kept, either as text or as the markup that replaces it; each block records its "
          "source lines in @source (prefix src:, see listPrefixDef)."),
    ("correction", "The transcription is not corrected silently: OCR errors of the originals are kept; "
                   "what the translator marks [sic] is encoded as sic (with corr where the translator "
                   "gives the correct reading); superfluous characters such as a repeated title or an "
                   "unmatched bracket are kept in surplus."),
    ("normalization", "Where a translation misreads a name through OCR (Kim II Sung for Kim Il Sung), "
                      "orig keeps the source's form and reg, by plenum, the regular one."),
    ("interpretation", "Square brackets of the translation become TEI: [X] supplied by the translator "
                       "(supplied), [handwritten: X] and [inserted by hand: X] insertions in a hand "
                       "(add with hand and place), [illegible …] gaps, […] omissions (gap), "
                       "[X - SIC] translator's glosses (note). In the originals ~~X~~ is a deletion, "
                       "<sup>X</sup> an insertion above the line, the two together a substitution. Speaker "
                       "labels are kept as written in speaker; sp/@who points to the person in the "
                       "personography."),
)
# Markup every archive layout may consume through this module and the body.
MARKUP = {"autolink": r"[<>]"}
# The citation's closing link: a host name (and port), then a path of the characters a URI may hold.
URL = re.compile(r"<?(https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s<>\"{}|\\^`\[\]]*)?)>?\s*$")


@dataclass
class FieldNote:
    """A field the header does not map ('Original Archive', 'Subjects'): its label and value paragraphs."""

    label: Span
    values: list[Span]


@dataclass
class RecordPage:
    """The parts of an archive document page, each a span (or spans) of the source."""

    date: Span | None = None
    title: Span | None = None
    #: Field name -> its value paragraphs. Names: citation, summary, credits, original-language,
    #: contents, source, rights, uploaded, language, record-id.
    fields: dict[str, list[Span]] = field(default_factory=dict)
    #: Paragraphs of the document text (original and/or translation).
    body: list[Span] = field(default_factory=list)
    #: Export or web-page debris, kept in a marked place.
    debris: list[Span] = field(default_factory=list)
    #: Fields the header does not map, in source order: kept as notes.
    notes: list[FieldNote] = field(default_factory=list)

    def value(self, name: str) -> Span | None:
        spans = self.fields.get(name) or []
        return spans[0] if spans else None


# The panel's label of the upload date, as a field note names what stands under it when that is no date.
UPLOADED_LABEL, RECORD_LABEL = "Original Uploaded Date", "Record ID"
# A record number as the archive gives it, which the document's identifiers are made of.
_RECORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,40}")


def document(conv: Conversion, page: RecordPage) -> Document:
    """The TEI document of a record page."""
    source = conv.source
    name = source.path.stem
    citation = parse_citation(page.value("citation").text) if page.value("citation") else Citation()
    record = _record_id(page, citation)
    doc_id = f"wda{record}" if record else "doc-" + re.sub(r"[^A-Za-z0-9-]", "-", name)
    source_field = page.value("source")
    contributors = credited(citation, source_field.text if source_field is not None else "")
    translators = contributors[1]
    language = page.value("original-language")
    title = _title(page, citation)      # (the text's speakers may be named in it)
    body = Body(conv, doc_id, language_code(language.text) if language else "und",
                f"#{doc_id}-translation" if translators else None, title)
    text = body.build(page.body, page.debris) if page.body else _no_text(doc_id, page, body)
    root = E.TEI({XML_ID: doc_id, XML_LANG: "en"})
    root.append(_header(conv, page, citation, record, contributors, doc_id, body.info, title or name))
    root.append(text)
    return Document(name, etree.ElementTree(root))


def _kind(title: str, info: TextInfo) -> str:
    """The document's kind as its title names it, or, where the title names none ('The Testian Minister's
    Visit'), as the text's first heading naming one does ('TELEGRAM 066999'); a telegram whose first
    heading says so alone ('Telegram') under a title naming its sender is a telegram."""
    if info.heads and telegram_heading(info.heads[0]):
        return "telegram"
    kind = genre(title)
    return next((found for head in info.heads[:3] if (found := genre(head)) != "document"), kind) \
        if kind == "document" else kind


def _title(page: RecordPage, citation: Citation) -> str:
    """The document's title: the page's own, unless the citation's ends with it (the heading lost its
    first words), begins with it (a PDF's heading wrapped, its next line lost to the page's furniture)
    or is it in other capitals (an upper-case heading); the citation's when the page prints none; up to
    where it starts again, when the unlabelled citation runs on under it."""
    if page.title is None:
        return citation.title
    own = " ".join(page.title.text.split())
    opening = " ".join(own.split()[:5])
    if len(own.split()) > 5 and (again := own.find(opening, len(opening))) > 0:
        return own[:again].strip()      # a PDF's unlabelled citation run on under the title, which repeats it
    cited = " ".join(citation.title.split())
    if own == cited:
        return page.title.text
    same = cited.upper() == own.upper() or cited.lower() == own.lower()
    cut = cited.lower().endswith(" " + own.lower()) or cited.lower().startswith(own.lower() + " ")
    return cited if same or cut else page.title.text


def _no_text(doc_id: str, page: RecordPage, body: Body) -> etree._Element:
    """The text of a page that gives only the document's description: an empty document marked so."""
    text = E.text()
    if page.debris:
        div = sub(sub(text, "front"), "div", None, {"type": "debris"})
        for span in page.debris:
            div.append(_verbatim(body.conv, "ab", span))
    div = sub(sub(text, "body"), "div", None, {"type": "document"})
    sub(div, "note", "The archive's page gives no text of this document, only its description.",
        {"type": "conversion", "resp": f"#{doc_id}-{tei.PLENUM}"})
    body.info.languages = ["en"]
    return text


def _upload_date(page: RecordPage) -> Span | None:
    """The page's upload date; None when the paragraph under its label holds no figure ('Memorandum of
    Conversation': the date was left empty, and that is another field's value whose label the capture lost)."""
    uploaded = page.value("uploaded")
    return uploaded if uploaded is not None and any(char.isdigit() for char in uploaded.text) else None


def _field_note(conv: Conversion, note: FieldNote) -> etree._Element:
    """A field the header does not map, as a note: its label as printed, then its values (each of
    several on a line of its own: 'Subjects', 'Ports', 'Shipping')."""
    end = note.values[-1].end if note.values else note.label.end
    element = E.note({"type": "field", "n": " ".join(note.label.text.split()),
                      "source": conv.source.pointer_for(note.label.start, end)})
    last = sub(element, "label", note.label.text)
    for position, span in enumerate(note.values):
        if position:
            last = sub(element, "lb")
        last.tail = ("\n" if position == 0 else "") + span.text
    return element


def _record_id(page: RecordPage, citation: Citation) -> str:
    """The archive's record number (the page's field, else the citation's link), '' when it has none
    that can name the document ('Original Classification' read as the value of an empty field)."""
    span = page.value("record-id")
    record = span.text.strip() if span else citation.record
    return record if _RECORD.fullmatch(record) else ""


def _misplaced(page: RecordPage) -> list[tuple[str, Span]]:
    """The values under an upload date or a record ID that are none (what an empty field's next field holds, 'a
    test foundation'), each with its field's label: field notes, not the record's date or number."""
    uploaded, record = page.value("uploaded"), page.value("record-id")
    stray = [(UPLOADED_LABEL, uploaded)] if uploaded is not None and _upload_date(page) is None else []
    return stray + ([(RECORD_LABEL, record)] if record is not None and not _RECORD.fullmatch(record.text.strip()) else [])


def _verbatim(conv: Conversion, tag: str, span: Span, attrs: dict[str, str] | None = None) -> etree._Element:
    """An element holding a field value exactly as the source has it, with its line range."""
    element = E(tag, attrs or {})
    element.set("source", conv.source.pointer_for(span.start, span.end))
    element.text = span.text
    return element


# A word naming an institution, not a person, among those who translated a document ('Fundação Getúlio Vargas',
# 'the Made-up Institute of History'; a name opening on figures is a firm's too, '7Brands').
_INSTITUTION = re.compile(r"\b(?:Foundation|Fundação|Fundación|Fondation|Stiftung|Institute|Instituto|Institut|Center|Centre|"
                          r"Centro|University|Universidade|Universidad|Program(?:me)?|Project|Archives?|Ministry|Society|"
                          r"Association|Library|Academy|College|Fund|Trust|Television|Broadcasting|Agency|Group|Committee)\b"
                          r"|^[A-Z]{2,6}$")   # (a broadcaster's or body's initials alone: 'TBS')


def _header(conv: Conversion, page: RecordPage, citation: Citation, record: str, contributors: tuple[list[str], ...],
            doc_id: str, info: TextInfo, title: str) -> etree._Element:
    source = conv.source
    header = E.teiHeader()
    file_desc = sub(header, "fileDesc")

    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", title, {"type": "main"})
    for names, done, ident in zip(contributors, ("Obtained by", "Translated by", "Contributed by", "Transcribed by",
                                                 "Edited by", "Revised by", "Interviewed by"),
                                  ("obtained", "translation", "contributed", "transcribed", "edited", "revised",
                                   "interviewed")):
        if names:    # (the translators' statement is the one their interventions point to, @resp)
            resp = sub(title_stmt, "respStmt", None, {XML_ID: f"{doc_id}-{ident}"})
            sub(resp, "resp", done)
            for name in names:
                sub(resp, "orgName" if _INSTITUTION.search(name) or name[:1].isdigit() else "persName", name)
    title_stmt.append(tei.plenum_resp_stmt(doc_id))
    credits = page.value("credits")
    if credits is not None:
        funder = re.search(r"support from (?:the )?(.+?)\.?$", credits.text.strip())
        if funder:
            sub(title_stmt, "funder", funder.group(1))

    rights = [_verbatim(conv, "p", span) for span in page.fields.get("rights") or []]
    file_desc.append(publication_stmt(rights, "The source states no rights; see the archive's record of the document."))

    notes = [(kind, span) for kind in ("credits", "contents") if (span := page.value(kind)) is not None]
    misplaced = _misplaced(page)
    if notes or page.notes or misplaced:
        notes_stmt = sub(file_desc, "notesStmt")
        for kind, span in notes:
            notes_stmt.append(_verbatim(conv, "note", span, {"type": kind}))
        for note in page.notes:
            notes_stmt.append(_field_note(conv, note))
        for label, span in misplaced:   # what stands under an empty upload date or record ID: another field's value
            notes_stmt.append(_verbatim(conv, "note", span, {"type": "field", "n": label}))

    file_desc.append(_source_desc(conv, page, citation, record, doc_id))
    header.append(_encoding_desc(conv))
    header[-1].append(class_decl(doc_id))
    header.append(_profile_desc(conv, page, info, doc_id))
    header[-1].append(text_class(doc_id, _kind(title, info)))
    header.append(revision_desc(conv.reader.name, source))
    return header


def _heading(conv: Conversion, page: RecordPage) -> etree._Element | None:
    """The page's heading as printed, date and title in source order, as a bibl."""
    parts = []
    if page.date is not None:
        attrs = heading_dating(page.date.text)
        parts.append((page.date.start, _verbatim(conv, "date", page.date, attrs)))
    if page.title is not None:
        parts.append((page.title.start, _verbatim(conv, "title", page.title)))
    if not parts:
        return None
    bibl = E.bibl({"type": "heading"})
    for position, (_, element) in enumerate(sorted(parts, key=lambda part: part[0])):
        tei.append(bibl, " " if position else "", element)
    return bibl


def _source_desc(conv: Conversion, page: RecordPage, citation: Citation, record: str,
                 doc_id: str) -> etree._Element:
    source_desc = E.sourceDesc()
    heading = _heading(conv, page)
    if heading is not None:
        source_desc.append(heading)
    cited = page.value("citation")
    if cited is not None:
        source_desc.append(_citation(conv, cited))
    for span in page.fields.get("source") or []:
        source_desc.append(source := _verbatim(conv, "bibl", span, {"type": "source"}))
        tag_printed_sources(source)      # (the edited book a Source field names, as a citation's is)

    details = E.bibl({"type": "record"})
    sub(details, "distributor", "Wilson Center Digital Archive")
    if citation.url:
        sub(details, "idno", citation.url, {"type": "URL"})
    elif record:
        sub(details, "idno", f"https://digitalarchive.wilsoncenter.org/document/{record}",
            {"type": "URL", "resp": f"#{doc_id}-{tei.PLENUM}"})
    record_span = page.value("record-id")
    if record_span is not None and _RECORD.fullmatch(record_span.text.strip()):
        details.append(_verbatim(conv, "idno", record_span, {"type": "record"}))
    elif record:
        sub(details, "idno", record, {"type": "record"})
    uploaded = _upload_date(page)
    if uploaded is not None:
        attrs = {"type": "uploaded"}
        if found := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", uploaded.text.strip()):
            if when := calendar_date(*found.groups()):     # not '2017-01-90'
                attrs["when"] = when
        details.append(_verbatim(conv, "date", uploaded, attrs))
    source_desc.append(details)

    reference = citation.reference
    if not reference.repository and page.value("source") is not None:
        reference = parse_reference(page.value("source").text)
    source_desc.append(_ms_desc(conv, page, reference))
    return source_desc


def _ms_desc(conv: Conversion, page: RecordPage, reference: ArchivalReference) -> etree._Element:
    ms_desc = E.msDesc()
    ms_identifier(ms_desc, reference)
    language = page.value("original-language")
    if language is not None:
        contents = sub(ms_desc, "msContents")
        contents.append(_verbatim(conv, "textLang", language, {"mainLang": language_code(language.text)}))
    return ms_desc


def _encoding_desc(conv: Conversion) -> etree._Element:
    encoding = E.encodingDesc()
    decl = sub(encoding, "editorialDecl")
    for tag, statement in CONVENTIONS:
        element = sub(decl, tag)
        sub(element, "p", statement) if tag != "p" else setattr(element, "text", statement)
    prefixes = sub(encoding, "listPrefixDef")
    prefix = sub(prefixes, "prefixDef", None, {"ident": "src", "matchPattern": "(L.+)",
                                              "replacementPattern": conv.source.href + "#$1"})
    sub(prefix, "p", f"Line ranges in the source file {conv.source.name} (lines numbered from 1).")
    return encoding


def _profile_desc(conv: Conversion, page: RecordPage, info: TextInfo, doc_id: str) -> etree._Element:
    profile = E.profileDesc()
    if page.date is not None:
        sub(sub(profile, "creation"), "date", page.date.text, heading_dating(page.date.text))
    elif (cited := page.value("citation")) is not None and (date := cited_date(cited.text)):
        # a page that prints no date (the old site's, some exports): the date its citation gives
        sub(sub(profile, "creation"), "date", date, {**heading_dating(date), "evidence": "external"})
    summary = page.fields.get("summary") or []
    if summary:
        abstract = sub(profile, "abstract")
        for span in summary:
            abstract.append(_verbatim(conv, "p", span))
    usage = sub(profile, "langUsage")
    codes = list(info.languages)
    language = page.value("original-language")
    if language is not None:
        codes.append(language_code(language.text))
    codes.append("en")   # the header's and plenum's own words (the TEI element's xml:lang), even with no English text
    for code in dict.fromkeys(codes):
        sub(usage, "language", language_name(code), {"ident": code})
    if info.hands:
        notes = sub(profile, "handNotes")
        for hand in sorted(info.hands):
            sub(notes, "handNote", "Handwriting in the document, as the translation marks it "
                                   "('[handwritten: …]', '[inserted by hand: …]'); the writer is not identified.",
                {XML_ID: hand.lstrip("#")})
    if info.setting_date or info.setting_place:
        setting = sub(sub(profile, "settingDesc"), "setting")
        if info.setting_place:
            sub(setting, "placeName", info.setting_place)
        if info.setting_date:
            sub(setting, "date", None, info.setting_date)
    return profile


def _citation(conv: Conversion, span: Span) -> etree._Element:
    """The printed citation, verbatim, its closing URL (with or without <…>) made a link, the edited books it
    names tagged (printed_sources.py)."""
    bibl = _verbatim(conv, "bibl", span, {"type": "citation"})
    match = URL.search(span.text)
    if match:
        url = match.group(1)
        bibl.text = span.text[: match.start()]
        tei.append(bibl, E.ref({"target": url}, url), span.text[match.end(1):].strip(">"))
        if span.text[match.start()] == "<":
            conv.consume(span.start + match.start(), span.start + match.start() + 1, "autolink")
        if span.text[match.end(1):].startswith(">"):
            conv.consume(span.start + match.end(1), span.start + match.end(1) + 1, "autolink")
    tag_printed_sources(bibl)
    return bibl
