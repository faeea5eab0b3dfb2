"""What the documents of an edition attest of its persons: the turns and mentions of each person per
document and the name forms they use, read one TEI file at a time into plain data a build can keep
(`attest_tree`), merged for the edition (`merge`) into the person index (`index`). persons.xml takes
the attested forms from them (`Personography.update`)."""

from __future__ import annotations

import copy
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from lxml import etree

from . import tei
from .persons import Attestations, Personography, local_persons, name_text, person_key
from .tei import XML_ID, XML_LANG

# What attest_tree looks for, by Clark name (tree.iter, find: no path to compile or walk twice).
SP, SPEAKER, PERSNAME, TEXT, TITLESTMT, TITLE, SUPPLIED = map(
    tei.q, ("sp", "speaker", "persName", "text", "titleStmt", "title", "supplied"))
_STRING = etree.XPath("string()")
# What _label_name takes off a speaker label: titles before the name, asides, separators after it.
_TITLES = re.compile(r"^\W*(?:(?:Cdes?\.|Comrades?|[Тт]ов\.|т\.\s?т\.|т\.)\s*)+")
_ASIDES = re.compile(r"\s*(?:\(.*?\)|\[.*?\])")
_ENDINGS = re.compile(r"\s*(?:[-–—:.]|\b(?:continued|notes|asks a question)\b)+\s*$")


def attest(documents: list[Path]) -> Attestations:
    """Read the turns (sp/@who) and mentions (persName/@ref) of the documents."""
    return merge(attest_tree(tei.parse_file(path), path.name) for path in documents)


def attest_tree(tree: etree._ElementTree, name: str) -> dict:
    """What one document attests, as plain data a build can keep: its title, per person its turns and
    mentions, and the forms (language, form, count) the document uses for them.

    One walk over the elements; a name counts once wherever it stands in the text (a text nested in
    a group, as the original beside its translation, included). Forms come from certain turns and
    mentions only (not from a name plenum linked with doubt, which the review lists)."""
    places: dict[str, list[int]] = {}
    forms: Counter = Counter()
    plenum = tei.plenum_pointers(tree.getroot())
    local = local_persons(tree.getroot())
    for sp in tree.iter(SP):
        for value in (sp.get("who") or "").split():
            if pid := person_key(value, local):
                places.setdefault(pid, [0, 0])[0] += 1
                speaker = sp.find(SPEAKER)
                if speaker is not None and sp.get("cert", "high") == "high":
                    forms[(pid, _language(sp), _label_name(speaker, plenum))] += 1
    parts = {part.get(XML_ID): part for part in tree.iter(PERSNAME) if part.get("prev")}
    for mention in counted_mentions(tree):
        if (ref := mention.get("ref")) is not None and (pid := person_key(ref, local)):
            places.setdefault(pid, [0, 0])[1] += 1
            if mention.get("cert", "high") == "high":      # an OCR form linked by likeness attests no form
                written = " ".join(name_text(part, plenum) for part in _chain(mention, parts))
                forms[(pid, _language(mention), " ".join(written.split()))] += 1
    return {"name": name, "title": _title(tree), "places": places,
            "forms": [[*key, count] for key, count in sorted(forms.items())]}


def counted_mentions(tree: etree._ElementTree) -> Iterator[etree._Element]:
    """The names that count as mentions: those in a text (not the header), a name in parts (@next,
    @prev: a line end splits it) once, as its first part."""
    for mention in tree.iter(PERSNAME):
        if not mention.get("prev") and next(mention.iterancestors(TEXT), None) is not None:
            yield mention


def _chain(first: etree._Element, parts: dict[str, etree._Element]) -> list[etree._Element]:
    """A name and the parts that continue it (@next, a name a line end splits)."""
    chain = [first]
    while (following := parts.get((chain[-1].get("next") or "").lstrip("#"))) is not None and len(chain) < 10:
        chain.append(following)
    return chain


def _title(tree: etree._ElementTree) -> str:
    """The first title of the document's first titleStmt that has one, its whitespace normalised
    (string(//tei:titleStmt/tei:title[1]), without reading past the header)."""
    for statement in tree.iter(TITLESTMT):
        title = statement.find(TITLE)
        if title is not None:
            return " ".join(_STRING(title).split())
    return ""


def merge(records: Iterable[dict]) -> Attestations:
    """The attestations of many documents, from their `attest_tree` records."""
    found = Attestations()
    for record in records:
        found.titles[record["name"]] = record["title"]
        for pid, counts in record["places"].items():
            found.places[pid][record["name"]] = list(counts)
        for pid, language, form, count in record["forms"]:
            found.forms[pid][(language, form)] += count
    return found


def _language(element: etree._Element) -> str:
    """The nearest xml:lang of an element (the language its text is written in)."""
    for candidate in (element, *element.iterancestors()):
        if (value := candidate.get(XML_LANG)) is not None:
            return value
    return "en"


def _label_name(speaker: etree._Element, plenum: frozenset[str]) -> str:
    """The name in a speaker label, without titles, separators or parentheses, nor an alternative
    romanisation an editor supplied ('Han [Ik-su] [Han Ik Su]:' attests 'Han Ik-su')."""
    alternatives = [e for e in speaker.iter(SUPPLIED) if " " in "".join(e.itertext()).strip()]
    if alternatives:
        speaker = copy.deepcopy(speaker)
        for supplied in [e for e in speaker.iter(SUPPLIED) if " " in "".join(e.itertext()).strip()]:
            parent, previous = supplied.getparent(), supplied.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + (supplied.tail or "")
            else:
                parent.text = (parent.text or "") + (supplied.tail or "")
            parent.remove(supplied)
    return _bare_name(" ".join(name_text(speaker, plenum).split()))


@functools.lru_cache(maxsize=4096)
def _bare_name(label: str) -> str:
    """A speaker label's name (labels repeat: each is worked out once)."""
    return _ENDINGS.sub("", _ASIDES.sub("", _TITLES.sub("", label))).strip()


def index(persons: Personography, found: Attestations) -> list[dict]:
    """The person index: every attested person (by surname, as the site's), their forms, and per document
    the turns and mentions."""
    entries = []
    for pid in sorted(found.places, key=str.lower):  # by identifier, surname first: the person index's order
        person = persons.persons.get(pid)
        curated = [form for forms in person.forms.values() for form in forms] if person else []
        attested = sorted({form for (_, form) in found.forms.get(pid, {})} - set(curated))
        entries.append({
            "id": pid, "name": person.main if person else pid, "forms": curated, "attested": attested,
            "documents": [{"file": name, "title": found.titles.get(name, ""), "turns": counts[0], "mentions": counts[1]}
                          for name, counts in sorted(found.places[pid].items())],
        })
    return entries
