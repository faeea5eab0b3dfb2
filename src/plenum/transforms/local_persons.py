"""Persons of a document in its own header: every turn (sp/@who, @toWhom) and name (persName/@ref)
points to a person of the document's particDesc (`#wda117838-mao-zedong`), which points to the
personography (`@sameAs="persons.xml#mao-zedong"`), so that a tool loading one file, CETEIcean or a
DraCor reader, resolves every speaker. The transforms before `participants` link persons with
personography pointers (persons.xml#id); `localise` turns them into local ones at the end.
"""

from __future__ import annotations

from lxml import etree

from ..persons import Personography, local_id, local_persons, person_id, pointer
from ..tei import E, XML_ID, q

# The attributes that name persons, by the element that carries them.
POINTING = {q("sp"): ("who", "toWhom"), q("persName"): ("ref",)}


def pointing(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """Each element and attribute of a document that points to persons, in document order."""
    return [(element, name) for element in root.iter(*POINTING) for name in POINTING[element.tag]
            if element.get(name) is not None]


def delocalise(root: etree._Element) -> None:
    """Point the document's turns and names back into the personography (the local persons'
    @sameAs), as the transforms before `participants` expect: a document converted again stays
    what one conversion makes of it."""
    local = {key: pointer(pid) for key, pid in local_persons(root).items() if pid}
    if not local:   # a document converted the first time: nothing points into its own list
        return
    for element, name in pointing(root):
        element.set(name, " ".join(local.get(value[1:], value) if value.startswith("#") else value
                                   for value in element.get(name).split()))


def pointed(pointers: list[tuple[etree._Element, str]]) -> list[str]:
    """The personography ids the turns and names point to (`pointing`), in document order."""
    values = dict.fromkeys(element.get(name) for element, name in pointers)   # a few values, repeated
    ids = [person_id(part) for value in values for part in value.split()]
    return [pid for pid in dict.fromkeys(ids) if pid]


def localise(root: etree._Element, pointers: list[tuple[etree._Element, str]]) -> None:
    """Point every personography pointer of the document (`pointing`) to the document's own person instead."""
    document = root.get(XML_ID) or "document"
    local: dict[str, str] = {}   # value -> its local form, worked out once per value
    for element, name in pointers:
        value = element.get(name)
        if value not in local:
            local[value] = " ".join("#" + local_id(document, pid) if (pid := person_id(part)) else part
                                    for part in value.split())
        element.set(name, local[value])


def local_person(root: etree._Element, pid: str, persons: Personography) -> etree._Element:
    """The document's own entry for a person of the personography: a local xml:id, @sameAs to the
    personography and the person's name for display."""
    person = persons.persons.get(pid)
    return E.person({XML_ID: local_id(root.get(XML_ID) or "document", pid), "sameAs": pointer(pid)},
                    E.persName(person.main if person else pid))
