"""The participants of a record (profileDesc/particDesc), from its speakers and participant lists."""

from __future__ import annotations

import re

from ..persons import person_id, pointer
from ..readers import Conversion, Document
from ..tei import E, NS
from . import Transform

# A paragraph before the first turn that says who was present ('… were present at the meeting').
PRESENT = re.compile(r"\bpresent\b|присутствова", re.I)


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
        # descendant:: rather than //, which makes libxml2 gather and sort duplicates (several times slower).
        ids = [person_id(value) for value in root.xpath(
            "descendant::tei:text/descendant::tei:list[@type='participants']/descendant::tei:persName/@ref"
            " | descendant::tei:text/descendant::tei:sp/@who", namespaces=NS)]
        for paragraph in root.iterfind(".//tei:text//tei:p", NS):
            if paragraph.xpath("preceding::tei:sp", namespaces=NS):
                break
            if PRESENT.search("".join(paragraph.itertext())):
                ids += [person_id(value) for value in paragraph.xpath(".//tei:persName/@ref", namespaces=NS)]
        ids = [pid for pid in dict.fromkeys(ids) if pid in conv.persons.persons]
        if not ids:
            return
        people = [E.person({"sameAs": pointer(pid)}, E.persName(conv.persons.persons[pid].main)) for pid in ids]
        particdesc = E.particDesc(E.listPerson({"type": "participants"}, *people))
        usage = profile.find("tei:langUsage", NS)
        if usage is not None:
            usage.addnext(particdesc)
        else:
            profile.append(particdesc)
