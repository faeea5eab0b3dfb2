"""The manuscript identifier of a cited archival reference (references.py): the first archive's place, name,
units and folios; each further archive the citation names an alternative identifier."""

from __future__ import annotations

from lxml import etree

from ..tei import sub
from .archival_units import UNIT_FIELDS
from .cited_archives import ArchivalReference


def ms_identifier(ms_desc: etree._Element, reference: ArchivalReference, shelfmark: str = "") -> etree._Element:
    """The msIdentifier of a cited archival reference: place, archive, Fond/Opis/Delo, folios, any shelfmark and a
    disclosure's number; an idno 'unknown' when the citation names none of them."""
    identifier = sub(ms_desc, "msIdentifier")
    _archive(identifier, reference)
    if reference.papers:
        sub(identifier, "collection", reference.papers, {"type": "papers"})
    for unit in UNIT_FIELDS:
        value = getattr(reference, unit)
        if value:
            sub(identifier, "collection", f"{unit.capitalize()} {value}", {"type": unit, "n": value})
    if reference.folios:
        sub(identifier, "idno", reference.folios, {"type": "folios"})
    for mark in dict.fromkeys(filter(None, (reference.shelfmark, shelfmark))):
        sub(identifier, "idno", mark, {"type": "shelfmark"})
    if reference.disclosure:        # (the ministry's number, no archive's: '2002-113, Act on Access to Information …')
        sub(identifier, "idno", reference.disclosure, {"type": "disclosure"})
    if len(identifier) == 0:
        sub(identifier, "idno", "unknown", {"type": "shelfmark"})
    for other in reference.further:
        _alt_identifier(identifier, other)
    return identifier


def _alt_identifier(identifier: etree._Element, reference: ArchivalReference) -> None:
    """A further archive the citation names (the same document's file there): an altIdentifier of its place,
    archive and file, the file's units in one shelfmark (TEI allows an altIdentifier one idno)."""
    alternative = sub(identifier, "altIdentifier", None, {"type": "archive"})
    _archive(alternative, reference)
    units = [f"{unit.capitalize()} {getattr(reference, unit)}" for unit in UNIT_FIELDS
             if getattr(reference, unit)]
    units += [f"folios {reference.folios}"] if reference.folios else []
    sub(alternative, "idno", ", ".join(units + [reference.shelfmark] if reference.shelfmark else units),
        {"type": "shelfmark"})


def _archive(parent: etree._Element, reference: ArchivalReference) -> None:
    """The archive's city and name (its full name in @n, where plenum knows it) in an identifier."""
    if reference.settlement:
        sub(parent, "settlement", reference.settlement)
    if reference.repository:
        repository = sub(parent, "repository", reference.repository)
        if reference.archive_name:
            repository.set("n", reference.archive_name)
