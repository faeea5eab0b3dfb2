"""Each person's page of the site, persons/<id>.html: the documents that name them, with a link to each
turn they speak and each place they are named (template person of xslt/modes/html-persons.xsl).

A person's page is made from the documents that name them alone, and of each only its title, date and
what it says of that person (plenum.extracts), so that a page holds what it shows and the pages
together cost what the occurrences are, however many documents there are; and it is made again only
when its key changed: the code, the person's entry in persons.xml, and the summary of each document
that names them. The person index (persons.html) lists everyone and links to these pages.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .digests import digest
from .extracts import Extracts
from .fileio import write_atomic
from .tei import NS, XML_ID

# The folder of the person pages in the site.
FOLDER = "persons"


def page_name(person: str) -> str:
    """A person's page, relative to the site."""
    return f"{FOLDER}/{person}.html"


def publish(renderer, site: Path, personography: etree._ElementTree, extracts: Extracts, base: str,
            previous: dict[str, str]) -> tuple[dict[str, str], list[str], list]:
    """The pages of the persons of `personography` whom the documents name, each from the extracts of the
    documents that name them (plenum.extracts), loaded and dropped person by person; a page is made
    again only when its key (from `base`, the code) is not the one in `previous`. Every page's key, the
    names of every page, and each person's counts for the person index (Renderer.occurrences)."""
    people = {person.get(XML_ID): etree.tostring(person) for person
              in personography.xpath("/tei:TEI/tei:text/tei:body//tei:person[@xml:id]", namespaces=NS)}
    keys, counts = {}, []
    for person in extracts.named():
        if person not in people:
            continue
        keys[person] = digest(base, people[person], *(f"{path}={extracts.versions[path]}"
                                                      for path in extracts.naming(person)))
        summaries = [renderer.load_summary(extracts.person(person), site / page_name(person))]
        counts.append(renderer.occurrences(person, summaries))
        if previous.get(person) != keys[person]:
            write_atomic(site / page_name(person), renderer.person(person, summaries).encode("utf-8"))
    return keys, [page_name(person) for person in keys], counts
