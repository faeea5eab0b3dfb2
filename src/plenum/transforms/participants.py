"""The participants of a record (profileDesc/particDesc), from its speakers and participant lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..persons import person_id, pointer
from ..readers import Conversion, Document
from ..tei import E, NS, q
from . import Transform
from .proposals import proposed_persons

# A paragraph before the first turn that says who was present ('… were present at the meeting').
PRESENT = re.compile(r"\bpresent\b|присутствова", re.I)
SP, P, TEXT, PERSNAME, LIST = q("sp"), q("p"), q("text"), q("persName"), q("list")


class ListParticipants(Transform):
    name = "participants"
    priority = 500

    def apply(self, document: Document, conv: Conversion) -> None:
        root = document.root
        profile = root.find("tei:teiHeader/tei:profileDesc", NS)
        if profile is None or conv.persons is None:
            return
        for old in profile.findall("tei:particDesc", NS):
            profile.remove(old)
        ids = [person_id(value) for value in named(root, everywhere=False)]
        for paragraph in before_turns(root):
            if PRESENT.search("".join(paragraph.itertext())):
                ids += [person_id(value) for value in paragraph.xpath(".//tei:persName/@ref", namespaces=NS)]
        ids = [pid for pid in dict.fromkeys(ids) if pid in conv.persons.persons]
        people = [E.person({"sameAs": pointer(pid)}, E.persName(conv.persons.persons[pid].main)) for pid in ids]
        people += proposed_persons(root)
        if not people:
            return
        particdesc = E.particDesc(E.listPerson({"type": "participants"}, *people))
        usage = profile.find("tei:langUsage", NS)
        if usage is not None:
            usage.addnext(particdesc)
        else:
            profile.append(particdesc)


def named(root: etree._Element, everywhere: bool = True) -> list[str]:
    """The person pointers of the text, in document order: each turn's @who and each name's @ref
    (not `everywhere`: only in participants lists). One walk of the tree; an XPath union of the two
    would make libxml2 merge the node sets in time quadratic in their size."""
    found = []
    for element in root.iter(SP, PERSNAME):
        ancestors = list(element.iterancestors())
        if not any(ancestor.tag == TEXT for ancestor in ancestors):
            continue
        if element.tag == SP:
            value = element.get("who")
        elif everywhere or any(ancestor.tag == LIST and ancestor.get("type") == "participants"
                               for ancestor in ancestors):
            value = element.get("ref")
        else:
            continue
        if value is not None:
            found.append(value)
    return found


def before_turns(root: etree._Element) -> Iterator[etree._Element]:
    """The text's paragraphs that no turn (sp) precedes, in document order: those before the first
    turn ends. One walk of the tree, however long the text (not a preceding:: search per paragraph)."""
    first = None
    for element in root.iter(SP, P):
        if element.tag == SP:
            if first is not None:
                return
            first = element
            continue
        ancestors = list(element.iterancestors())
        if not any(ancestor.tag == TEXT for ancestor in ancestors):
            continue
        if first is not None and not any(ancestor is first for ancestor in ancestors):
            return
        yield element
