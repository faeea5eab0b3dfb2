"""The text layer of a printed journal dossier: an essay and numbered documents with [Source: …] notes."""

from __future__ import annotations

import re

from lxml import etree

from ..source import Source
from ..tei import E, XML_ID, XML_LANG, sub
from . import Conversion, Document, Reader
from .spans import paragraphs

HEADING = re.compile(r"^\s*DOCUMENT No\.\s*\d+\s*$", re.I)
SOURCE_NOTE = re.compile(r"^\s*\[Source:")


class DossierReader(Reader):
    name = "dossier"
    layout = "text layer of a journal dossier: 'DOCUMENT No. N' headings with '[Source: …]' notes"

    def sniff(self, source: Source) -> str | None:
        if not any(HEADING.match(line) for line in source.lines):
            return "no 'DOCUMENT No. N' headings"
        if not any(SOURCE_NOTE.match(line) for line in source.lines):
            return "no '[Source: …]' notes"
        return None

    def read(self, source: Source) -> Conversion:
        conv = Conversion(source, self)
        name = source.path.stem
        doc_id = "dossier-" + re.sub(r"[^A-Za-z0-9-]", "-", name)
        root = E.TEI({XML_ID: doc_id, XML_LANG: "en"})
        header = sub(root, "teiHeader")
        file_desc = sub(header, "fileDesc")
        sub(sub(file_desc, "titleStmt"), "title", f"Journal dossier ({source.name})", {"type": "main"})
        publication = sub(file_desc, "publicationStmt")
        sub(publication, "p", "Part of plenum: the 1956 August Plenum documents in TEI.")
        sub(sub(file_desc, "sourceDesc"), "p", f"Text layer of a printed journal dossier, {source.name}.")
        encoding = sub(header, "encodingDesc")
        prefix = sub(sub(encoding, "listPrefixDef"), "prefixDef", None,
                     {"ident": "src", "matchPattern": "(L.+)", "replacementPattern": source.href + "#$1"})
        sub(prefix, "p", f"Line ranges in the source file {source.name} (lines numbered from 1).")
        change = sub(sub(header, "revisionDesc"), "change")
        change.text = f"Converted by plenum ({self.name} reader) from {source.name}, SHA-256 {source.sha256}."
        div = sub(sub(sub(root, "text"), "body"), "div", None, {"type": "dossier"})
        for span in paragraphs(source):
            p = sub(div, "p", span.text)
            p.set("source", source.pointer_for(span.start, span.end))
        conv.documents.append(Document(name, etree.ElementTree(root)))
        return conv
