"""OCR name forms of an original read against its translation's parallel: the names the same place says.

A name form left without @ref in an original (no curated form, no clear likeness: `ocr_names`) is
compared with the names of its parallel in the translation: the aligned turn (`sp/@corresp`), the
participants list and its item at the same place, the closer at the same place (when both texts have
as many). In a list whose item holds as many names on both sides, the name at the same position is
the same person (`@cert='medium'`); elsewhere a name of the parallel that the original's block does
not already name, alike enough and clearly the most alike of them, is linked with `@cert='low'`.
Each link is flagged with its evidence, for the review; a form no parallel settles stays unresolved.

A surname alone ('Юн', 'Юна') is a name too when the original names exactly one person with a
longer form it begins ('Юн Кон Хын') and the word is no ordinary word of the text (never written in
lower case there: 'Нам' is 'to us' as well as Nam Il's surname): linked (`@cert='medium'`) in a
block whose parallel names that person, beyond the block's own longer forms, as often as the block
has such surnames (one 'Yun' in the translation, one 'Юна' in the original), else a persName without
@ref for the review (an OCR misreading may make a surname of another word: 'Юн' for 'был').
"""

from __future__ import annotations

from lxml import etree

import re
from collections import Counter

from ..persons import RUSSIAN_ENDINGS, Personography, fold, person_id
from ..readers import Conversion, Document
from ..tei import E, NS, XML_ID, q
from ..textnodes import text_nodes, wrap_spans
from . import Transform

PERSNAME = q("persName")
ALIKE = 0.4   # a parallel name at least this like the form may be the same person
LEAD = 0.1    # ... when it leads every other candidate by this much


class ParallelNames(Transform):
    name = "parallel_names"
    priority = 450    # after the alignment (sp/@corresp), before the participants are listed

    def apply(self, document: Document, conv: Conversion) -> None:
        if conv.persons is None:
            return
        for group in document.root.iterfind(".//tei:group", NS):
            original = group.find("tei:text[@type='original']", NS)
            translation = group.find("tei:text[@type='translation']", NS)
            if original is None or translation is None:
                continue
            pairs = parallels(original, translation)
            for block, parallel, positional in pairs:
                for name, pid, cert, why in _readings(block, parallel, positional, conv.persons):
                    name.set("ref", parallel_pointer(parallel, pid))
                    name.set("cert", cert)
                    conv.flag(document.name, "name", f"'{_name_text(name)}' read as {pid} ({why}), @cert {cert}",
                              _lines_of(name))
            surnames = _surnames(original)
            for block, parallel, positional in pairs:
                for name in _surnames_alone(block, parallel, surnames):
                    conv.flag(document.name, "name", f"the surname '{_name_text(name)}' read as "
                              f"{person_id(name.get('ref'))}, whom the translation's parallel names, @cert medium",
                              _lines_of(name))
            for body in original.iterfind("tei:body", NS):
                _surnames_alone(body, None, surnames)


def parallels(original: etree._Element, translation: etree._Element
              ) -> list[tuple[etree._Element, etree._Element, bool]]:
    """(original block, translation block, whether names pair by position) for every parallel."""
    by_id = {element.get(XML_ID): element for element in translation.iter(q("sp"))}
    pairs = [(sp, by_id[sp.get("corresp")[1:]], False) for sp in original.iter(q("sp"))
             if sp.get("corresp", "")[1:] in by_id]
    lists = [_in_text_order(text, ".//tei:list[@type='participants']") for text in (original, translation)]
    if len(lists[0]) == len(lists[1]):
        for mine, theirs in zip(*lists):
            items = [mine.findall("tei:item", NS), theirs.findall("tei:item", NS)]
            if len(items[0]) == len(items[1]):
                pairs += [(a, b, True) for a, b in zip(*items)]
    closers = [_in_text_order(text, ".//tei:closer") for text in (original, translation)]
    if len(closers[0]) == len(closers[1]):
        pairs += [(a, b, False) for a, b in zip(*closers)]
    return pairs


def _readings(block: etree._Element, parallel: etree._Element, positional: bool,
              persons: Personography) -> list[tuple[etree._Element, str, str, str]]:
    """(name, person id, @cert, evidence) for each name of `block` its parallel settles."""
    names = list(block.iter(PERSNAME))
    theirs = [person_id(name.get("ref", "")) for name in parallel.iter(PERSNAME)]
    if positional and len(names) == len(theirs):
        return [(name, pid, "medium", f"the name at the same place of the translation's list, "
                 f"likeness {persons.likeness(_name_text(name), pid):.2f}")
                for name, pid in zip(names, theirs) if name.get("ref") is None and pid in persons.persons]
    named = {person_id(name.get("ref", "")) for name in names}
    left = [pid for pid in dict.fromkeys(theirs) if pid in persons.persons and pid not in named]
    found = []
    for name in (name for name in names if name.get("ref") is None):
        scored = sorted(((persons.likeness(_name_text(name), pid), pid) for pid in left), reverse=True) + [(0.0, "")] * 2
        (score, pid), (second, _) = scored[0], scored[1]
        if pid and score >= ALIKE and score - second >= LEAD:
            found.append((name, pid, "low", f"a name of the translation's parallel the original's does not "
                          f"otherwise give, likeness {score:.2f}"))
            left.remove(pid)
    return found


def _surnames(original: etree._Element) -> dict[str, str]:
    """Folded first word -> pointer, for the longer name forms of an original whose first word
    begins the forms of one person only and is never an ordinary (lower-case) word of its text."""
    owners: dict[str, set[str]] = {}
    for name in original.iter(PERSNAME):
        words = _name_text(name).split()
        if name.get("ref") and len(words) > 1 and len(words[0]) > 1 and not words[0].endswith("."):
            owners.setdefault(fold(words[0]), set()).add(name.get("ref"))
    lower = {word for node, tail in text_nodes(original)
             for word in re.findall(r"\b[а-яёa-z]+\b", node.tail if tail else node.text)}
    return {word: next(iter(refs)) for word, refs in owners.items() if len(refs) == 1 and word not in lower}


def _surnames_alone(block: etree._Element, parallel: etree._Element | None,
                    surnames: dict[str, str]) -> list[etree._Element]:
    """Wrap the surnames alone in `block`: linked when the parallel names that person, beyond the
    names the block links already, at least as often as the block has such surnames (an OCR misreading
    may make a surname of another word: 'Юн' for 'был'); without a parallel, every surname alone,
    without @ref. The names made."""
    quota: Counter[str] = Counter()
    if parallel is not None:
        quota.update(name.get("ref") for name in parallel.iter(PERSNAME) if name.get("ref") and not name.get("prev"))
        quota.subtract(name.get("ref") for name in block.iter(PERSNAME) if name.get("ref"))
    wanted = {word: ref for word, ref in surnames.items() if parallel is None or quota[ref] > 0}
    if not wanted:
        return []
    pattern = re.compile(r"(?<![\w.-])(\w+?)" + RUSSIAN_ENDINGS + r"(?![\w-])")
    nodes = [(node, is_tail, [(match, wanted.get(fold(match.group(1)))) for match in
                              pattern.finditer(node.tail if is_tail else node.text) if match.group()[0].isupper()])
             for node, is_tail in text_nodes(block)]
    found = Counter(ref for _, _, matches in nodes for _, ref in matches if ref)
    made = []
    for node, is_tail, matches in nodes:   # linked only when the parallel accounts for every one
        spans = [(match.start(), match.end(), E.persName(
                  {"ref": ref, "cert": "medium"} if parallel is not None else {}, match.group()))
                 for match, ref in matches if ref and (parallel is None or found[ref] <= quota[ref])]
        made += [element for _, _, element in spans]
        wrap_spans(node, is_tail, spans)
    return made


def parallel_pointer(parallel: etree._Element, pid: str) -> str:
    """The pointer the parallel uses for a person (as written there: 'persons.xml#…')."""
    return next(name.get("ref") for name in parallel.iter(PERSNAME) if person_id(name.get("ref", "")) == pid)


def _in_text_order(text: etree._Element, path: str) -> list[etree._Element]:
    return text.xpath(path, namespaces=NS)


def _name_text(name: etree._Element) -> str:
    """A name's text, a line end inside it read as a space."""
    return " ".join(" ".join(name.xpath(".//text()")).split())


def _lines_of(element: etree._Element) -> str:
    return next((e.get("source") for e in (element, *element.iterancestors()) if e.get("source")), "")
