"""The edition as the authority of each document it publishes: the title CITATION.cff gives the edition
(plenum.siteconfig.edition_title, read once per conversion into `Conversion.edition`), in every header's
publicationStmt, so that the same page converted in another edition names that edition."""

from __future__ import annotations

from ..readers import Conversion, Document
from ..tei import NS
from . import Transform


class NameAuthority(Transform):
    name = "authority"
    priority = 50

    def apply(self, document: Document, conv: Conversion) -> None:
        for authority in document.root.iterfind(".//tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:authority", NS):
            authority.text = conv.edition
