"""Persons the documents propose, adopted into persons.xml (`plenum persons --accept/--rename/--merge`).

A speaker persons.xml does not know is proposed in the document it speaks in (transforms/proposals.py):
a particDesc person without @sameAs, @n the id it would take, its persName the forms its labels use.
The editor decides: accept it under that id, rename it (accept under another id), or merge it into a
person persons.xml already has (its forms are added there). The personography then knows the forms;
each document's proposal becomes its local entry for the person (@sameAs into persons.xml), so that
the documents point to the person at once, and the next build links the turns and names anew.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import tei
from .errors import InputError
from .fileio import write_atomic
from .persons import pointer
from .tei import E, NS, XML_ID, XML_LANG

ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# Names of the languages a proposed form may carry (its text's xml:lang), for persons.xml's langUsage.
LANGUAGES = {"ru": "Russian", "zh-Hans": "Chinese (simplified characters)", "ko-Hang": "Korean (Hangul)",
             "hu": "Hungarian", "de": "German", "ro": "Romanian", "pl": "Polish", "uk": "Ukrainian"}


@dataclass
class Proposal:
    """One proposed person, gathered over the documents that propose it."""

    n: str                                                      # the id it would take in persons.xml
    forms: dict[tuple[str, str | None], None] = field(default_factory=dict)   # (form, xml:lang), longest first
    documents: list[str] = field(default_factory=list)
    cert: str = ""


def proposals(documents: list[Path]) -> dict[str, Proposal]:
    """The persons the documents propose, by their proposed id, in order of first document."""
    found: dict[str, Proposal] = {}
    for path in documents:
        root = tei.parse_file(path).getroot()
        for person in root.iterfind(".//tei:particDesc//tei:person", NS):
            if person.get("sameAs") is not None or not person.get("n"):
                continue
            proposal = found.setdefault(person.get("n"), Proposal(person.get("n")))
            proposal.forms.update(dict.fromkeys((" ".join("".join(name.itertext()).split()), name.get(XML_LANG))
                                                for name in person.iterfind("tei:persName", NS)))
            proposal.documents.append(path.name)
            proposal.cert = proposal.cert or person.get("cert", "")
    return found


def adopt(persons_path: Path, found: dict[str, Proposal], accept: list[tuple[str, str]],
          merge: list[tuple[str, str]], documents: tuple[Path, ...] | list[Path] = ()) -> list[str]:
    """Add accepted proposals to persons.xml as persons (proposal, new id) and merged ones' forms to
    existing persons (proposal, their id), and point the proposals of `documents` to them; the lines
    that say what was done. Nothing is written when one request cannot be met (an unknown proposal,
    an id taken or missing, an id not of a–z, 0–9, -)."""
    if not persons_path.is_file():
        raise InputError(persons_path, "there is no persons.xml: start an edition with plenum init")
    tree = tei.parse_file(persons_path)
    people = {person.get(XML_ID): person for person in tree.iterfind(".//tei:listPerson/tei:person", NS)}
    done = []
    for name, pid in accept:
        proposal = _proposal(found, name, persons_path)
        if not ID.fullmatch(pid):
            raise InputError(persons_path, f"'{pid}' cannot be an id: use lower-case letters, digits and hyphens")
        if pid in people:
            raise InputError(persons_path, f"the id {pid} is taken: merge the proposal {name} into it "
                                           f"(--merge {name}={pid}) or choose another id")
        names = [_name(form, language) for form, language in proposal.forms]
        names[0].set("type", "main")
        people[pid] = E.person({XML_ID: pid}, *names)
        person_list(tree).append(people[pid])
        done.append(f"{name}: added to persons.xml as {pid} ({'; '.join(form for form, _ in proposal.forms)})")
    for name, pid in merge:
        proposal = _proposal(found, name, persons_path)
        if pid not in people:
            raise InputError(persons_path, f"there is no person {pid} in persons.xml to merge {name} into")
        person = people[pid]
        have = {" ".join("".join(n.itertext()).split()).casefold() for n in person.iterfind("tei:persName", NS)}
        added = [(form, language) for form, language in proposal.forms if form.casefold() not in have]
        names = person.findall("tei:persName", NS)
        anchor = names[-1] if names else None
        for form, language in added:
            element = _name(form, language)
            if anchor is not None:
                anchor.addnext(element)
            else:
                person.insert(0, element)
            anchor = element
        done.append(f"{name}: merged into {pid}" + (f" (new forms: {'; '.join(f for f, _ in added)})" if added else ""))
    if done:
        _declare(tree, {name.get(XML_LANG) for name in tree.iterfind(".//tei:listPerson//tei:persName", NS)})
        write_atomic(persons_path, tei.serialize(tree))
        point_proposals(list(documents), accept + merge)
    return done


def point_proposals(documents: list[Path], adopted: list[tuple[str, str]]) -> list[str]:
    """Make each adopted proposal (proposal, person id) its documents' local entry for the person:
    @sameAs into persons.xml, the proposal's marks (@n, @cert, @resp) gone; the files changed."""
    ids = dict(adopted)
    changed = []
    for path in documents:
        tree = tei.parse_file(path)
        found = [person for person in tree.iterfind(".//tei:particDesc//tei:person", NS)
                 if person.get("sameAs") is None and person.get("n") in ids]
        for person in found:
            person.set("sameAs", pointer(ids[person.get("n")]))
            for mark in ("n", "cert", "resp"):
                person.attrib.pop(mark, None)
        if found and write_atomic(path, tei.serialize(tree)):
            changed.append(path.name)
    return changed


def _declare(tree: etree._ElementTree, languages: set[str | None]) -> None:
    """Declare in the personography's langUsage each language its forms use that it does not declare yet."""
    usage = tree.find("tei:teiHeader/tei:profileDesc/tei:langUsage", NS)
    if usage is None:
        return
    declared = {language.get("ident") for language in usage}
    for ident in sorted(language for language in languages - declared if language):
        usage.append(E.language({"ident": ident}, LANGUAGES.get(ident, ident)))


def _name(form: str, language: str | None) -> etree._Element:
    """A persName of persons.xml for a proposed form (its language when not the documents' own)."""
    return E.persName({XML_LANG: language} if language else {}, form)


def _proposal(found: dict[str, Proposal], name: str, path: Path) -> Proposal:
    if name not in found:
        known = ", ".join(found) or "none"
        raise InputError(path, f"no document proposes a person {name} (proposed: {known})")
    return found[name]


def person_list(tree: etree._ElementTree) -> etree._Element:
    """The personography's listPerson, made in place of an empty personography's note if need be."""
    listing = tree.find(".//tei:body/tei:listPerson", NS)
    if listing is not None:
        return listing
    body = tree.find(".//tei:body", NS)
    for child in list(body):
        body.remove(child)
    listing = E.listPerson()
    body.append(listing)
    return listing
