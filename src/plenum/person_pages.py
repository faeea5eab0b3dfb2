"""Each person's page of the site, persons/<id>.html: the documents that name them, with a link to each
turn they speak and each place they are named (template person of xslt/modes/html-persons.xsl).

A person's page is made from the summaries of the documents that name them alone, so the pages
together cost what the occurrences are, however many documents there are; and it is made again only
when its key changed: the code, the person's entry in persons.xml, and the summary of each document
that names them. The person index (persons.html) lists everyone and links to these pages.
"""

from __future__ import annotations

from lxml import etree

from .digests import digest
from .fileio import write_atomic

# The folder of the person pages in the site.
FOLDER = "persons"
_PERSON = "{https://plenum.invalid/ns}person"
_OCCURRENCES = ("{https://plenum.invalid/ns}turns", "{https://plenum.invalid/ns}mentions")


def page_name(person: str) -> str:
    """A person's page, relative to the site."""
    return f"{FOLDER}/{person}.html"


def named(summaries: dict[str, str]) -> dict[str, list[str]]:
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


def keys(base: str, people: dict[str, bytes], named_in: dict[str, list[str]], summaries: dict[str, str]) -> dict[str, str]:
    """Each named person of the personography (`people`: id -> their entry in it) with the key of their
    page: `base` (the code), their entry, and the summaries of the documents that name them (`named_in`)."""
    return {person: digest(base, people[person], *(f"{path}={digest(summaries[path])}" for path in paths))
            for person, paths in sorted(named_in.items()) if person in people}


def write(renderer, site, loaded: dict, documents: dict[str, list[str]], wanted: dict[str, str],
          previous: dict[str, str]) -> list[str]:
    """Make the page of each person in `wanted` (id -> key) whose key is not the one in `previous`,
    from the loaded summaries (path -> Saxon document) of the documents that name them; the names of
    every wanted page."""
    for person, key in wanted.items():
        if previous.get(person) != key:
            text = renderer.person(person, [loaded[path] for path in documents[person]])
            write_atomic(site / page_name(person), text.encode("utf-8"))
    return [page_name(person) for person in wanted]
