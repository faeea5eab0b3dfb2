"""Code names a document gives with the real name in the translator's brackets ('FILIPPOV [Stalin]'): who
each is in persons.xml, and the translator's note such a bracket is; a concern of linking, not of proposals."""

from __future__ import annotations

import re

from lxml import etree

from ..persons import Personography, fold
from ..tei import NS, XML_ID, q
from .ids import assign_ids
from .proposals import document_title


def code_names(root: etree._Element, persons: Personography) -> dict[str, str]:
    """The code names a document gives with the real name in the translator's brackets, in its title
    ('… to Probin [Stalin]') or text (in capitals, the bracket supplied words there: 'FILIPPOV
    <supplied>Stalin</supplied>'):
    folded code name -> the one person of persons.xml the real name is, where the code name is no one's
    form itself (so 'Filippov' alone links to Stalin)."""
    pairs = [match.group("code", "real") for match in _CODE_NAME.finditer(document_title(root))]
    pairs += [(code, "".join(supplied.itertext())) for code, supplied in _bracketed_real_names(root)]
    found = {}
    for code, real_name in pairs:
        if real := _real_person(code, real_name, persons):
            found.setdefault(fold(code), real)
    return found


def real_name_notes(root: etree._Element, persons: Personography) -> None:
    """Make the translator's note it is each bracket giving a code name's real name in the text ('FILIPPOV
    [Stalin]', read as supplied words): who the code name is, no word missing from the original."""
    made = False
    for code, supplied in list(_bracketed_real_names(root)):
        if supplied.tag == q("supplied") and _real_person(code, "".join(supplied.itertext()), persons):
            for name in ("reason", "resp"):
                supplied.attrib.pop(name, None)
            supplied.tag = q("note")
            supplied.attrib.update({"type": "translator", "place": "inline"})
            made = True
    if made:
        assign_ids(root, root.get(XML_ID))     # (the ids transform ran before: the notes' ids, as it gives them)


def _bracketed_real_names(root: etree._Element):
    """(code name, element) for each bracket's supplied words, or the translator's note they became, right after a
    name in capitals, as a telegram writes its code names ('FILIPPOV <supplied>Stalin</supplied>'; 'He [Ri Sang-jo]'
    is none)."""
    for supplied in root.xpath("tei:text//tei:supplied | tei:text//tei:note[@type = 'translator'][@place = 'inline']",
                               namespaces=NS):
        before = supplied.getprevious()
        code = _CODE_BEFORE.search(((before.tail if before is not None else supplied.getparent().text) or "")[-_CODE_REACH:])
        if code and code.group(1).isupper():
            yield code.group(1), supplied


def _real_person(code: str, real_name: str, persons: Personography) -> str:
    """The one person of persons.xml a real name is, where the code name is no one's form itself; '' else."""
    real = persons.lookup(real_name, "latin")
    return next(iter(real)) if len(real) == 1 and not persons.lookup(code, "latin") and fold(code) not in _NO_CODE else ""


# Words a title may put before a bracket that are no code name ('He [Kim] …').
_NO_CODE = frozenset({"he", "she", "they", "it", "we", "the", "this", "that", "his", "her", "comrade", "cde"})
# A code name and the real name in brackets after it ('FILIPPOV [Stalin]', 'Probin [Stalin]'), and the code
# name right before a bracket's supplied words.
_CODE_NAME = re.compile(r"\b(?P<code>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*\[(?P<real>[A-Z][\w'’ -]{1,40})\]")
_CODE_BEFORE = re.compile(r"\b([A-Z][A-Z'’-]{3,}(?:\s+[A-Z][A-Z'’-]+)?)\s*$")
# How much of the text before a bracket the code name is looked for in (two words in capitals and the spaces after
# them): a search of the whole text for its end tries every character.
_CODE_REACH = 80
