"""Each person's page of the site, persons/<id>.html: the documents that name them, with a link to each
turn they speak and each place they are named (template person of xslt/modes/html-persons.xsl).

A person's page is made from the summaries of the documents that name them alone, so the pages
together cost what the occurrences are, however many documents there are; and it is made again only
when its key changed: the code, the person's entry in persons.xml, and the summary of each document
that names them. The person index (persons.html) lists everyone and links to these pages.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .digests import digest
from .fileio import write_atomic
from .tei import NS, XML_ID

# The folder of the person pages in the site.
FOLDER = "persons"
_PERSON = "{https://plenum.invalid/ns}person"
_OCCURRENCES = ("{https://plenum.invalid/ns}turns", "{https://plenum.invalid/ns}mentions")


def page_name(person: str) -> str:
    """A person's page, relative to the site."""
    return f"{FOLDER}/{person}.html"


def publish(renderer, site: Path, personography: etree._ElementTree, texts: dict[str, str], loaded: dict,
            base: str, previous: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The pages of the persons of `personography` whom the documents name, from their summaries (path ->
    text, and as loaded by the renderer), each made again only when its key (from `base`, the code) is
    not the one in `previous`: every page's key, and the names of every page."""
    people = {person.get(XML_ID): etree.tostring(person) for person
              in personography.xpath("/tei:TEI/tei:text/tei:body//tei:person[@xml:id]", namespaces=NS)}
    documents = _named(texts)
    versions = {path: digest(text) for path, text in texts.items()}
    wanted = {person: digest(base, people[person], *(f"{path}={versions[path]}" for path in paths))
              for person, paths in sorted(documents.items()) if person in people}
    for person, key in wanted.items():
        if previous.get(person) != key:
            text = renderer.person(person, [loaded[path] for path in documents[person]])
            write_atomic(site / page_name(person), text.encode("utf-8"))
    return wanted, [page_name(person) for person in wanted]


def _named(summaries: dict[str, str]) -> dict[str, list[str]]:
    """Who the documents name: person id -> the documents (of `summaries`, path -> summary text; a
    dossier's aside) whose turns or names point to them, in the order given."""
    documents: dict[str, list[str]] = {}
    for path, text in summaries.items():
        summary = etree.fromstring(text.encode("utf-8"))
        if summary.get("root") == "teiCorpus":  # a dossier's page lists its members, not their persons
            continue
        for person in summary.iterchildren(_PERSON):
            if any(True for _ in person.iterchildren(*_OCCURRENCES)):
                documents.setdefault(person.get("ref"), []).append(path)
    return documents
