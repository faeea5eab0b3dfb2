"""The TEI headers of a journal dossier: each essay and document, and the corpus that holds them.

Values derived from the source (titles with words rejoined, ISO dates, archive units, people)
sit in the header without ``@source``; the printed text they come from stays in the text, so
nothing is counted twice. Each document names the dossier as its published source
(``sourceDesc/biblStruct``) and, where the source note gives it, its archive (``msDesc``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .. import tei
from ..provenance import revision_desc
from ..publication import class_decl, genre, publication_stmt, text_class
from ..tei import E, XI_NS, XML_ID, XML_LANG, sub
from . import Conversion
from .ms_identifiers import ms_identifier
from .cited_archives import ArchivalReference

EDITORIAL = ("Encoded by plenum from the text layer of a printed journal. Every character of the source "
             "is kept (brackets and their labels as markup); each block records its source lines in @source. Runs whose glyphs the text layer "
             "shows shifted by a constant offset are kept as printed in orig and decoded in reg "
             "(type font-decoded); characters the shift made unrecoverable are gap or, for "
             "punctuation guessed from its context (initials, abbreviations, name lists, sentence "
             "openings, parentheses), unclear with cert high, medium or low by how decisive the context "
             "is (reason font-encoding); brackets in reg are read as elsewhere. Line ends are lb; a hyphen "
             "that only split a word is lb with break no and rend hyphen, a compound's hyphen stays "
             "text. Running heads and page numbers are fw; a printed page number opens its page, pb with "
             "@n before its head. Where the text layer breaks off a paragraph "
             "and resumes elsewhere, the pieces are p with @part; fragments that cannot be placed are "
             "kept in div type unplaced. Square brackets are read as on the archive pages: supplied "
             "words, sic, gap with the bracket's words as desc, add for handwriting, stamp, the translator's "
             "notes; the brackets and labels themselves are markup. An essay's initial lost with its drop "
             "cap is supplied by plenum where its word makes it certain, or with cert medium where its "
             "sentence decides between two words (a conversion note says how).")


@dataclass
class Publication:
    """The journal the dossier was printed in, as its running heads name it."""

    journal: str = ""
    issue: str = ""


@dataclass
class Heading:
    """What a document's heading and source note say, derived for the header."""

    number: int | None
    title: str = ""
    date: str | None = None
    reference: ArchivalReference = field(default_factory=ArchivalReference)
    shelfmark: str = ""
    obtained: list[str] = field(default_factory=list)
    translated: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    hands: set[str] = field(default_factory=set)


def tei_root(identifier: str) -> etree._Element:
    return E.TEI({XML_ID: identifier, XML_LANG: "en"})


def document_header(conv: Conversion, publication: Publication, heading: Heading, identifier: str) -> etree._Element:
    """The header of one printed document: title, people, dossier, archive, date."""
    header = E.teiHeader()
    file_desc = sub(header, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", heading.title or f"Document No. {heading.number}", {"type": "main"})
    for name in heading.obtained:
        resp = sub(title_stmt, "respStmt")
        sub(resp, "resp", "Obtained by")
        sub(resp, "persName", name)
    if heading.translated:  # one statement, which the translator's interventions point to (@resp)
        resp = sub(title_stmt, "respStmt", None, {XML_ID: f"{identifier}-translation"})
        sub(resp, "resp", "Translated by")
        for name in heading.translated:
            sub(resp, "persName", name)
    title_stmt.append(tei.plenum_resp_stmt(identifier))
    file_desc.append(_publication_stmt())
    if heading.notes:
        notes = sub(file_desc, "notesStmt")
        for text in heading.notes:
            sub(notes, "note", text, {"type": "conversion"})
    source_desc = sub(file_desc, "sourceDesc")
    source_desc.append(_bibl_struct(publication, heading.title or f"Document No. {heading.number}",
                                    "" if heading.number is None else str(heading.number)))
    source_desc.append(_ms_desc(heading.reference, heading.shelfmark))
    header.append(_encoding_desc(conv))
    header[-1].append(class_decl(identifier))
    profile = sub(header, "profileDesc")
    if heading.date:
        sub(sub(profile, "creation"), "date", heading.date, {"when": heading.date})
    sub(sub(profile, "langUsage"), "language", "English", {"ident": "en"})
    if heading.hands:
        notes = sub(profile, "handNotes")
        for hand in sorted(heading.hands):
            sub(notes, "handNote", "Handwriting on the document, as the translation marks it ('[handwritten "
                                   "…]'); the writer is not identified.", {XML_ID: hand.lstrip("#")})
    profile.append(text_class(identifier, genre(heading.title)))
    header.append(revision_desc(conv.reader.name, conv.source))
    return header


def essay_header(conv: Conversion, publication: Publication, number: int, opening: str,
                 identifier: str) -> etree._Element:
    """The header of an essay whose title the source does not give: named by its opening words."""
    header = E.teiHeader()
    file_desc = sub(header, "fileDesc")
    title = f"Essay {number} of the dossier, beginning “{opening}…”"
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", title, {"type": "main"})
    title_stmt.append(tei.plenum_resp_stmt(identifier))
    file_desc.append(_publication_stmt())
    notes = sub(file_desc, "notesStmt")
    sub(notes, "note", "The text layer does not give the essay's title or author.", {"type": "conversion"})
    source_desc = sub(file_desc, "sourceDesc")
    source_desc.append(_bibl_struct(publication, title, ""))
    header.append(_encoding_desc(conv))
    header[-1].append(class_decl(identifier))
    profile = sub(header, "profileDesc")
    sub(sub(profile, "langUsage"), "language", "English", {"ident": "en"})
    profile.append(text_class(identifier, "essay"))
    header.append(revision_desc(conv.reader.name, conv.source))
    return header


def corpus(conv: Conversion, publication: Publication, identifier: str, members: list[str]) -> etree._Element:
    """The teiCorpus of the dossier: its own header and the member files, in order, by XInclude."""
    root = etree.Element(tei.q("teiCorpus"), {XML_ID: identifier, XML_LANG: "en"},
                         nsmap={None: tei.TEI_NS, "xi": XI_NS})
    header = sub(root, "teiHeader")
    file_desc = sub(header, "fileDesc")
    title = _journal_title(publication) + ": dossier of essays and documents"
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", title, {"type": "main"})
    title_stmt.append(tei.plenum_resp_stmt(identifier))
    file_desc.append(_publication_stmt())
    sub(file_desc, "sourceDesc").append(_bibl_struct(publication, "", ""))
    header.append(_encoding_desc(conv))
    header[-1].append(class_decl(identifier))
    profile = sub(header, "profileDesc")
    sub(sub(profile, "langUsage"), "language", "English", {"ident": "en"})
    profile.append(text_class(identifier, "dossier"))
    header.append(revision_desc(conv.reader.name, conv.source))
    for name in members:
        etree.SubElement(root, f"{{{XI_NS}}}include", {"href": f"{name}.xml"})
    return root


def _journal_title(publication: Publication) -> str:
    journal = publication.journal or "Unidentified journal"
    return f"{journal}, Issue {publication.issue}" if publication.issue else journal


def _publication_stmt() -> etree._Element:
    return publication_stmt(None, "The source states no rights; see the printed journal.")


def _bibl_struct(publication: Publication, title: str, number: str) -> etree._Element:
    """The dossier as published: the piece (if any) in the journal issue."""
    bibl = E.biblStruct({"type": "journal"})
    if title:
        analytic = sub(bibl, "analytic")
        sub(analytic, "title", title, {"level": "a"})
        if number:
            sub(analytic, "idno", number, {"type": "document"})
    monogr = sub(bibl, "monogr")
    sub(monogr, "title", publication.journal or "Unidentified journal", {"level": "j"})
    imprint = sub(monogr, "imprint")
    if publication.issue:
        sub(imprint, "biblScope", publication.issue, {"unit": "issue"})
    else:
        sub(imprint, "date")
    return bibl


def _ms_desc(reference: ArchivalReference, shelfmark: str) -> etree._Element:
    """The archive and units of a document, as its source note gives them."""
    ms_desc = E.msDesc()
    ms_identifier(ms_desc, reference, shelfmark)
    return ms_desc


def _encoding_desc(conv: Conversion) -> etree._Element:
    encoding = E.encodingDesc()
    sub(sub(encoding, "editorialDecl"), "p", EDITORIAL)
    prefix = sub(sub(encoding, "listPrefixDef"), "prefixDef", None,
                 {"ident": "src", "matchPattern": "(L.+)", "replacementPattern": conv.source.href + "#$1"})
    sub(prefix, "p", f"Line ranges in the source file {conv.source.name} (lines numbered from 1).")
    return encoding


def slug(text: str) -> str:
    """A string usable inside an xml:id."""
    return re.sub(r"[^A-Za-z0-9_.-]", "-", text)
