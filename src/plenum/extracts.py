"""What the edition-wide pages read of the documents' summaries (plenum.render.Renderer.summary), read
one summary at a time, so that no page holds more of the edition than it shows.

Each summary is parsed once and split into extracts, each a summary of the same document (its root
element, its id, and its document's address in xml:base) holding only what one kind of page reads:

- its listing, the summary without its persons: the home page, a dossier's members, previous and next;
- for each person it names (turns or names), its title and date with that person: their page and their
  counts in the person index; kept in a spool file, not in memory, and read back person by person;
- its own persons (a document from another edition), with its title and date: the person index.

A page gets its extracts as one document, <extracts> (xslt/lib/edition.xsl, pl:extracts): one Saxon
document a page, not one for every document it lists. The listings and the persons of other editions
are as large as the pages that show them; a person's extracts are read back and dropped person by
person.
"""

from __future__ import annotations

import copy
import tempfile
from array import array
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from .digests import digest

PL = "https://plenum.invalid/ns"
_PERSON, _LOCAL, _GAP = f"{{{PL}}}person", f"{{{PL}}}local-person", f"{{{PL}}}gap"
_OCCURRENCES = (f"{{{PL}}}turns", f"{{{PL}}}mentions")
# What a person's page and the person index read of a document beside its persons.
_HEAD = (f"{{{PL}}}title", f"{{{PL}}}date")
_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def listing(text: str, path: str) -> str:
    """The listing of the summary `text` of the document `path`: the summary without its persons."""
    return _listing(_parse(text, path))


def together(extracts: Iterable[str | bytes]) -> str:
    """Extracts as one document, <extracts>, for a page."""
    return "".join([f'<extracts xmlns="{PL}">',
                     *(text.decode("utf-8") if isinstance(text, bytes) else text for text in extracts),
                     "</extracts>"])


class Extracts:
    """The listed documents' summaries split into extracts, read one at a time (`read`): each document's
    listing, each summary's digest, the extracts of the documents with persons of their own; the
    documents that name each person, and their extracts from the spool. Of each person's extract, only
    its document's number and its place in the spool are held, in an array."""

    def __init__(self) -> None:
        self.listings: dict[str, str] = {}
        self.versions: dict[str, str] = {}
        self.local: list[str] = []
        self._paths: list[str] = []
        self._spool = tempfile.TemporaryFile(prefix="plenum-persons-")
        self._places: dict[str, array] = {}  # person -> (document's number, offset, size) of each extract
        self._end = 0

    def __enter__(self) -> Extracts:
        return self

    def __exit__(self, *exc) -> None:
        self._spool.close()

    def read(self, documents: Iterable[tuple[str, str]]) -> Extracts:
        """Split the summaries of `documents` (path, file of its summary), read and dropped one by one."""
        for path, part in documents:
            self.add(path, Path(part).read_text(encoding="utf-8"))
        return self

    def add(self, path: str, text: str) -> None:
        """Split one document's summary; a dossier's is its listing alone (its page lists its members,
        not their persons)."""
        self.versions[path] = digest(text)
        root = _parse(text, path)
        persons, local = root.findall(_PERSON), root.findall(_LOCAL)
        self.listings[path] = _listing(root)
        if root.get("root") == "teiCorpus":
            return
        named = [person for person in persons if any(True for _ in person.iterchildren(*_OCCURRENCES))]
        if named or local:
            head, tail = _shell(root)
            if local:
                self.local.append((head + b"".join(map(etree.tostring, local)) + tail).decode("utf-8"))
            if named:
                self._keep(path, [(person.get("ref"), head + etree.tostring(person) + tail) for person in named])

    def listed(self) -> str:
        """Every document's listing, as one document."""
        return together(self.listings.values())

    def named(self) -> list[str]:
        """The persons the documents name (by turns or names), in order."""
        return sorted(self._places)

    def naming(self, person: str) -> list[str]:
        """The documents that name `person`, in the documents' order."""
        places = self._places.get(person, array("Q"))
        return [self._paths[number] for number in places[::3]]

    def person(self, person: str) -> str:
        """The extracts of the documents that name `person`, in the documents' order, as one document."""
        found, places = [], self._places.get(person, array("Q"))
        for offset, size in zip(places[1::3], places[2::3]):
            self._spool.seek(offset)
            found.append(self._spool.read(size))
        return together(found)

    def drop(self, path: str) -> None:
        """Leave a document out of the listings (a dossier whose page failed)."""
        del self.listings[path]

    def _keep(self, path: str, extracts: list[tuple[str, bytes]]) -> None:
        """Put one document's extracts, each of one person, into the spool, in one write."""
        self._spool.seek(self._end)
        self._paths.append(path)
        for person, data in extracts:
            self._places.setdefault(person, array("Q")).extend((len(self._paths) - 1, self._end, len(data)))
            self._end += len(data)
        self._spool.write(b"".join(data for _, data in extracts))


def _parse(text: str, path: str) -> etree._Element:
    """A summary, its root marked with its document's address (xml:base: the pages name it by it)."""
    root = etree.fromstring(text.encode("utf-8"))
    root.set(_BASE, Path(path).resolve().as_uri())
    return root


def _listing(root: etree._Element) -> str:
    """A summary without its persons."""
    for person in root.findall(_PERSON) + root.findall(_LOCAL):
        root.remove(person)
    return etree.tostring(root, encoding="unicode")


def _shell(root: etree._Element) -> tuple[bytes, bytes]:
    """A summary of the document of `root` holding its title and date, as the text before and after
    the persons to go in it."""
    shell = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
    for name in _HEAD:
        found = root.find(name)
        if found is not None:
            shell.append(copy.deepcopy(found))
    etree.SubElement(shell, _GAP)
    head, tail = etree.tostring(shell).split(b"<gap/>")
    return head, tail
