"""The persons of a record (profileDesc/particDesc): its participants (its speakers, its participants
lists, the names of a sentence saying who was present, whom its title says it met: 'Conversation
with …'), then the persons it only names (listPerson type="mentioned"); each with a local xml:id the
turns and names point to (`local_persons`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..persons import person_id
from ..readers import Conversion, Document
from ..tei import E, NS, q
from . import Transform
from .local_persons import delocalise, local_person, localise, pointed, pointing
from .proposals import absent_item, proposed_persons

# A sentence before the first turn that says who was present ('… were present at the meeting',
# 'Present: …', 'присутствовали …'); not 'at the present time', 'the present leadership', 'to be present'.
PRESENT = re.compile(r"\b(?:were|was)\s+present\b|(?<!\w)present\s*:|присутствовал|(?<!\w)при\s+участии\b", re.I)
# A record's writer receiving someone ('I received Li Sangjo at his request'): the names up to the
# clause's end ('with the aim …', 'at his request', a full stop).
RECEIVED = re.compile(r"\bI received\b")
CLAUSE_END = re.compile(r"\b(?:with|about|at|on|who|which|regarding)\b|[.;:]")
# A title or heading naming whom a record met: 'Memorandum of Conversation with …', 'RECEPTION of …'.
MET = re.compile(r"\b(?:conversation|meeting|talks|reception)\s+(?:with|of)\b", re.I)
# A sentence ends at '.', '!' or '?' and a space, unless the word it ends is a title or an initial
# ('Cde.', 'Cdes.', 'т.', 'V.'): a short word or a single letter (looked for in the last 8 characters).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
ABBREVIATION = re.compile(r"(?:^|[\s(])(?:\w|[A-ZА-ЯЁ]\w{0,3}|т\.т|тов)\.$")
SP, P, TEXT, PERSNAME, LIST, ITEM = q("sp"), q("p"), q("text"), q("persName"), q("list"), q("item")


class ListParticipants(Transform):
    name = "participants"
    priority = 500

    def apply(self, document: Document, conv: Conversion) -> None:
        root = document.root
        profile = root.find("tei:teiHeader/tei:profileDesc", NS)
        if profile is None or conv.persons is None:
            return
        delocalise(root)
        for old in profile.findall("tei:particDesc", NS):
            profile.remove(old)
        ids = [person_id(value) for value in named(root, everywhere=False)]
        for paragraph in before_turns(root):
            ids += [person_id(ref) for ref in present(paragraph)]
        for title in root.xpath(".//tei:text//tei:titlePart | .//tei:text//tei:head", namespaces=NS):
            ids += [person_id(ref) for ref in met(title)]
        ids = [pid for pid in dict.fromkeys(ids) if pid in conv.persons.persons]
        people = [local_person(root, pid, conv.persons) for pid in ids] + proposed_persons(root)
        pointers = pointing(root)
        mentioned = [local_person(root, pid, conv.persons) for pid in pointed(pointers) if pid not in ids]
        localise(root, pointers)
        if not people and not mentioned:
            return
        particdesc = E.particDesc(*([E.listPerson({"type": "participants"}, *people)] if people else []),
                                  *([E.listPerson({"type": "mentioned"}, *mentioned)] if mentioned else []))
        usage = profile.find("tei:langUsage", NS)
        if usage is not None:
            usage.addnext(particdesc)
        else:
            profile.append(particdesc)


def present(paragraph: etree._Element) -> list[str]:
    """The @ref of each name in the sentences of a paragraph that say who was present, and of each
    name the writer says they received."""
    text = "".join(paragraph.itertext())
    spans = []
    ends = [end for end in SENTENCE_END.finditer(text)
            if not ABBREVIATION.search(text, max(0, end.start() - 8), end.start())]
    for match in PRESENT.finditer(text):
        start = max([0] + [end.end() for end in ends if end.end() <= match.start()])
        spans.append((start, min([len(text)] + [end.start() for end in ends if end.start() >= match.end()])))
    for match in RECEIVED.finditer(text):
        clause = CLAUSE_END.search(text, match.end())
        spans.append((match.end(), clause.start() if clause else len(text)))
    if not spans:
        return []
    return [name.get("ref") for name, at in _name_offsets(paragraph)
            if name.get("ref") and any(start <= at < end for start, end in spans)]


def met(title: etree._Element) -> list[str]:
    """The @ref of each name a title or heading gives after 'Conversation with', 'Reception of'."""
    found = MET.search("".join(title.itertext()))
    if found is None:
        return []
    return [name.get("ref") for name, at in _name_offsets(title) if name.get("ref") and at >= found.end()]


def _name_offsets(paragraph: etree._Element) -> list[tuple[etree._Element, int]]:
    """Each persName of a paragraph with the offset in the paragraph's text where it starts."""
    found, at = [], 0
    for event, element in etree.iterwalk(paragraph, events=("start", "end")):
        if event == "start":
            if element.tag == PERSNAME:
                found.append((element, at))
            at += len(element.text or "") if isinstance(element.tag, str) else 0
        elif element is not paragraph:
            at += len(element.tail or "")
    return found


def named(root: etree._Element, everywhere: bool = True) -> list[str]:
    """The person pointers of the text, in document order: each turn's @who and each name's @ref
    (not `everywhere`: only in participants lists). One walk of the tree; an XPath union of the two
    would make libxml2 merge the node sets in time quadratic in their size."""
    found = []
    for text in _outer_texts(root):
        listed = set() if everywhere else _in_participants_lists(text)
        for element in text.iter(SP, PERSNAME):
            if element.tag == SP:
                value = element.get("who")
            elif everywhere or element in listed:
                value = element.get("ref")
            else:
                continue
            if value is not None:
                found.append(value)
    return found


def _in_participants_lists(element: etree._Element) -> set[etree._Element]:
    """The names inside participants lists in or around `element` (one walk of each list, not every
    name's ancestors read), but those of an item listing the absent."""
    around = [ancestor for ancestor in element.iterancestors(LIST) if ancestor.get("type") == "participants"]
    if around:
        absent = any(absent_item(item) for item in element.iterancestors(ITEM))
        return set() if absent else set(element.iter(PERSNAME)) - _absentees(element)
    return {name for listing in element.iter(LIST) if listing.get("type") == "participants"
            for name in listing.iter(PERSNAME)} - _absentees(element)


def _absentees(element: etree._Element) -> set[etree._Element]:
    """The names of the items of participants lists in `element` that list those absent ('Absent: Cdes. …'): named
    in the record, no participants of it."""
    return {name for item in element.iter(ITEM) if absent_item(item) for name in item.iter(PERSNAME)}


def _outer_texts(root: etree._Element) -> list[etree._Element]:
    """The elements under `root` whose descendants are in a text, disjoint and in document order:
    `root` itself when a text holds it, else its outermost texts (a header's names are not the text's)."""
    if root.tag == TEXT or any(ancestor.tag == TEXT for ancestor in root.iterancestors()):
        return [root]
    return [text for text in root.iter(TEXT) if not any(ancestor.tag == TEXT for ancestor in text.iterancestors())]


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
