"""The parts of the exchange package that describe the edition as a whole: the corpus header (with
the edition's title, version and release date, plenum.siteconfig.identity), the expanded corpus (every
document in place, for tools without XInclude such as CETEIcean), and the BagIt bag that repositories
and archives ingest.
"""

from __future__ import annotations

import copy
from pathlib import Path

from lxml import etree

from . import __version__, includes, tei
from .publication import LICENCE_URL
from .siteconfig import Identity

XML_BASE = f"{{{tei.XML_NS}}}base"
LICENCE = ("The encoding of the edition's files (their TEI markup and the text plenum adds) is licensed under "
           "the Creative Commons Attribution 4.0 International licence (CC BY 4.0); each document states its "
           "source's rights apart.")


def corpus_header(edition: Identity, count: int, note: str) -> etree._Element:
    """The header of the package's teiCorpus: the edition's title, version, release date and licence."""
    E = tei.E
    file_desc = E.fileDesc(E.titleStmt(E.title(edition.title)))
    if edition.version:
        file_desc.append(E.editionStmt(E.edition({"n": edition.version}, f"Version {edition.version}")))
    publication = E.publicationStmt(E.authority(edition.title))
    if edition.released:
        publication.append(E.date({"when": edition.released}, edition.released))
    publication.append(E.availability({"status": "free"}, E.licence({"target": LICENCE_URL}, LICENCE)))
    file_desc.append(publication)
    file_desc.append(E.notesStmt(E.note(f"Exchange package written by plenum {__version__}: {count} TEI documents. "
                                        + note)))
    file_desc.append(E.sourceDesc(E.p("Each document's own header describes its source.")))
    return E.teiHeader(file_desc)


def expanded(header: etree._Element, members: dict[Path, Path]) -> bytes:
    """A teiCorpus holding each member document itself (its own includes put in place), `xml:base` its
    place in the package so that its relative pointers (persons.xml#id, ../seeds/…) resolve."""
    root = etree.Element(tei.q("teiCorpus"), nsmap={None: tei.TEI_NS})
    root.append(copy.deepcopy(header))
    for name in sorted(members):
        member = includes.expand(tei.parse_file(members[name]), members[name]).tree.getroot()
        member.set(XML_BASE, name.as_posix())
        root.append(member)
    return tei.serialize(root)


def bag_info(edition: Identity) -> dict[str, str]:
    """The bag's bag-info.txt fields; its Bagging-Date the edition's release date, so that the same
    edition gives the same bag on every run."""
    info = {"Source-Organization": edition.title, "External-Description": edition.title,
            "Bag-Software-Agent": f"plenum {__version__} with bagit"}
    if edition.version:
        info["Bag-Group-Identifier"] = f"{edition.title}, version {edition.version}"
    if edition.released:
        info["Bagging-Date"] = edition.released
    return info
