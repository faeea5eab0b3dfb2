"""What an incoming TEI file brings besides itself: what the edition's schema would not accept in it
(reported as warnings), and, for a personography (persons.xml, as plenum export ships it), the persons
that join the edition's own personography so that the documents' person links keep resolving.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path

from lxml import etree

from . import tei
from .adoption import person_list
from .edition import Edition
from .fileio import write_atomic
from .paths import SCHEMA, resource
from .tei import NS, XML_ID
from .validate import Problem, Validator

RNG_NS = "http://relaxng.org/ns/structure/1.0"
# The part of a person plenum compiles from the documents (attested forms, attestations): made again
# by the build from the edition's own documents, so not carried over.
COMPILED = "#plenum"


def schema_elements() -> frozenset[str]:
    """The names of the elements the edition's schema defines."""
    rng = tei.parse_file(resource(SCHEMA, "plenum.rng"))
    return frozenset(rng.xpath("//rng:element/@name", namespaces={"rng": RNG_NS}))


def edition_warnings(tree: etree._ElementTree, name: str, project: Validator,
                     defined: frozenset[str]) -> list[Problem]:
    """What the edition's schema would not accept: its findings, and the elements it does not define."""
    warnings = [replace(problem, severity="warning") for problem in project.check_tree(tree, name)]
    first: dict[str, etree._Element] = {}
    for element in tree.getroot().iter("*"):
        qname = etree.QName(element)
        if qname.namespace != tei.TEI_NS or qname.localname not in defined:
            first.setdefault(qname.localname if qname.namespace == tei.TEI_NS else element.tag, element)
    if first:
        where = next(iter(first.values()))
        names = ", ".join(sorted(first))
        warnings.append(Problem(name, where.sourceline or 1, 1, "warning",
                                f"uses {len(first)} elements the edition's schema does not define: {names}",
                                "plenum.rng"))
    return warnings


def join_personography(data: bytes, tree: etree._ElementTree, path: Path, out_dir: Path) -> str:
    """Add the persons of an incoming personography that the edition's persons.xml lacks (by xml:id)
    to it, or make it the edition's when there is none; the line that says what was done."""
    own = Edition.around(Path(out_dir) / path.name).persons
    if not own.exists():
        own.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(own, data)
        return f"{path}: the edition's personography, {own}"
    edition = tei.parse_file(own)
    people = person_list(edition)
    known = {person.get(XML_ID) for person in people.iterfind("tei:person", NS)}
    added = [_curated(person) for person in tree.iterfind(".//tei:listPerson/tei:person", NS)
             if person.get(XML_ID) and person.get(XML_ID) not in known]
    if added:
        people.extend(added)
        _declare_languages(edition, tree)
        write_atomic(own, tei.serialize(edition))
    kept = len(tree.findall(".//tei:listPerson/tei:person", NS)) - len(added)
    return (f"{path}: {len(added)} person{'s' * (len(added) != 1)} joined the edition's personography {own}"
            + (f" ({kept} it already has, kept as they are)" if kept else ""))


def _curated(person: etree._Element) -> etree._Element:
    """A copy of a person without what plenum compiled into it."""
    found = copy.deepcopy(person)
    for compiled in found.xpath(".//*[@resp = $resp]", resp=COMPILED):
        compiled.getparent().remove(compiled)
    found.tail = None
    return found


def _declare_languages(edition: etree._ElementTree, incoming: etree._ElementTree) -> None:
    """Declare in the edition's langUsage the languages the incoming personography declares and it lacks."""
    usage = edition.find("tei:teiHeader/tei:profileDesc/tei:langUsage", NS)
    if usage is None:
        return
    declared = {language.get("ident") for language in usage}
    for language in incoming.iterfind("tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language", NS):
        if language.get("ident") not in declared:
            usage.append(copy.deepcopy(language))
            declared.add(language.get("ident"))
