"""What the DTS API offers: the edition as a collection of collections of Resources (documents, each with
its citation trees): `documents` (those of the archive pages), each journal dossier (its documents in
printed order) and `imported` (other editions' documents). Read once, when the server starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .. import tei
from ..edition import IMPORTED, PERSONS, tei_files
from ..errors import InputError
from ..tei import NS, XI_NS
from .citations import CitationReader, Tree

ROOT_ID = "edition"
DOCUMENTS_ID = "documents"
IMPORTED_ID = "imported"


@dataclass
class Resource:
    """One TEI document: its identifier (the file's stem, as the site names its page), title, file, tree."""

    identifier: str
    title: str
    path: Path
    root: etree._Element
    trees: list[Tree]
    elements: list[etree._Element] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.elements = list(self.root.iter(etree.Element))

    def tree(self, identifier: str | None) -> Tree | None:
        """The citation tree named `identifier` (None: the default one); None when there is none."""
        for number, tree in enumerate(self.trees):
            if tree.identifier == identifier or (identifier is None and number == 0):
                return tree
        return None

    def element(self, position: int) -> etree._Element:
        """The element at `position` among the document's elements (document order, from 0)."""
        return self.elements[position]


@dataclass
class Collection:
    """A collection: identifier, title, description, and its members' identifiers in order."""

    identifier: str
    title: str
    description: str
    members: list[str]


@dataclass
class Catalog:
    """Every collection and resource by identifier, and each one's parents."""

    collections: dict[str, Collection]
    resources: dict[str, Resource]
    parents: dict[str, list[str]]
    unreadable: list[str] = field(default_factory=list)

    def count_units(self) -> int:
        """How many citable units the resources have, in all their trees."""
        return sum(len(tree.units) for resource in self.resources.values() for tree in resource.trees)


def load(tei_dir: Path) -> Catalog:
    """The catalog of the edition in `tei_dir` (its documents, dossiers and imported documents); a file
    that cannot be read is left out and named in `unreadable`, as the build reports it."""
    reader = CitationReader()
    resources: dict[str, Resource] = {}
    corpora: list[tuple[str, etree._Element]] = []
    own = [path for path in tei_files([tei_dir]) if path.name != PERSONS]
    imported_dir = tei_dir / IMPORTED
    imported = tei_files([imported_dir]) if imported_dir.is_dir() else []
    unreadable = []
    for path in own + imported:
        try:
            root = tei.parse_file(path).getroot()
        except InputError as error:
            unreadable.append(str(error))
            continue
        if root.tag == tei.q("teiCorpus"):
            corpora.append((path.stem, root))
        elif root.tag == tei.q("TEI"):
            resources[path.stem] = Resource(path.stem, _title(root, path.stem), path, root,
                                            reader.trees(root, path))
    collections: dict[str, Collection] = {}
    in_dossier: set[str] = set()
    for stem, root in corpora:
        members = [Path(href).stem for href in root.xpath("xi:include/@href", namespaces={"xi": XI_NS})]
        members = [member for member in members if member in resources]
        in_dossier.update(members)
        collections[stem] = Collection(stem, _title(root, stem), "A journal dossier: its essays and documents "
                                       "in their printed order.", members)
    imported_stems = {path.stem for path in imported}
    loose = [stem for stem in resources if stem not in in_dossier and stem not in imported_stems]
    top = list(collections)
    if loose:
        collections[DOCUMENTS_ID] = Collection(DOCUMENTS_ID, "Documents", "The edition's documents that "
                                               "are not part of a dossier, one per archive page.", loose)
        top.insert(0, DOCUMENTS_ID)
    if imported_stems:
        collections[IMPORTED_ID] = Collection(IMPORTED_ID, "Imported editions", "TEI documents of other "
                                              "editions, imported with plenum import.", sorted(imported_stems))
        top.append(IMPORTED_ID)
    edition_title = _edition_title(resources)
    collections[ROOT_ID] = Collection(ROOT_ID, edition_title, "The edition's documents, its journal "
                                      "dossiers and the documents imported from other editions.", top)
    parents: dict[str, list[str]] = {}
    for collection in collections.values():
        for member in collection.members:
            parents.setdefault(member, []).append(collection.identifier)
    return Catalog(collections, resources, parents, unreadable)


def _title(root: etree._Element, fallback: str) -> str:
    """The document's main title (its first title when none is marked main), in one line."""
    titles = root.xpath("tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title", namespaces=NS)
    main = [title for title in titles if title.get("type") == "main"] or titles
    return " ".join("".join(main[0].itertext()).split()) if main else fallback


def _edition_title(resources: dict[str, Resource]) -> str:
    """The edition's name, as its documents' publicationStmt gives it."""
    for resource in resources.values():
        authority = resource.root.find("tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:authority", NS)
        if authority is not None and (authority.text or "").strip():
            return authority.text.strip()
    return "The edition"
