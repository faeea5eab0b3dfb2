"""Persons: speakers (sp/@who), persons addressed (sp/@toWhom), persons named in the text (persName).

Names are recognised in the front, body and back of each text (a title names persons too), only
through the curated forms of the personography and through aliases a document declares ('Chairman
Mao (hereafter, Chairman):'), which hold from there to the end of that document; a name a line end
splits is one name (`split_names` where a decoded run's edge is there too), a surname alone where it
can only be one person (`surnames`). A name after a title ('Cde.', 'тов.') that no form recognises
is tagged persName without @ref and reported: it is never guessed. Speakers of an original that has
a translation are left to the alignment transform, which compares them with the translation's turns.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from lxml import etree

from ..persons import Personography, fold, pointer
from ..readers import Conversion, Document
from ..readers.label_names import plain_names
from ..readers.label_titles import SIDES
from ..readers.labels import INITIALS, LATIN_LETTER, LATIN_LOWER, LATIN_UPPER, parse_label
from ..tei import E, NS, XML_LANG, local, new_element, q
from ..textnodes import SKIP, text_nodes, text_nodes_holding, wrap, wrap_spans
from . import Transform
from .titled_names import link_entries, link_listed, link_supplied_first
from .ocr_names import cast, in_participants, ocr_spans
from .proposals import Proposals, initialled_person, label_text, listed_participants, written_label
from .real_names import code_names, real_name_notes
from .name_runs import first_words_named, names_by_node, names_in
from .split_names import split_names
from .surnames import link_surnames

# Titles before a name, a longer one before the shorter it begins with.
TITLES = ("Cdes.", "Cde.", "cdes.", "cde.", "Comrades", "Comrade", "Comrs.", "Comr.", "comrades", "comrade", "comrs.",
          "Тов.", "тов.", "т.", "Genossen",
          "Genossin", "Genosse", "Tov.", "Tovarășul", "Soudruh")
# A title that no letter precedes. The look-behind follows the title's first letter, so that the regex
# engine can skip from one such letter to the next instead of trying every position.
TITLE = "(?:" + "|".join(re.escape(title[0]) + r"(?<!\w.)" + re.escape(title[1:]) for title in TITLES) + ")"
_LATIN_WORD = rf"{LATIN_UPPER}{LATIN_LOWER}+(?:(?:-|['’](?!s\b)){LATIN_LETTER}{LATIN_LOWER}*)*"   # not a possessive's 's
                                                                                              # ('Il’nyts’kyi' whole)
# A name after a title: up to three capitalised words, never a word's beginning ('Próbás' whole, not 'Pr'),
# nor the next title where a stop was lost ('Cde. Probin Cde. Testov' names Probin), nor the post after it
# where a list runs the name into it ('Comrade Samplov Head of Representation', '… Testenko Interpreter').
_NEXT_TITLE = (r"(?!(?:Cdes?|Comrades?|Comrs?|Genossen?|Genossin|Tov|Soudruh|Head|Deputy|Chief|Interpreter|"
               r"Translator|Director|Minister|Ambassador|Secretary|Chairman|Member|Counsell?or|Attaché|Adviser)\b)")
NAME = {"latin": rf"{_LATIN_WORD}(?:\s+{_NEXT_TITLE}{_LATIN_WORD}){{0,2}}(?!\w)",
        "cyrillic": r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*){0,2}(?!\w)"}
SPEAKER, SIC, LB, PERSNAME, REG = q("speaker"), q("sic"), q("lb"), q("persName"), q("reg")
# An office after 'Comrade' ('Comrade Premier', 'тов. Посол', 'Comrade Soviet Ambassador', 'Comrade Ad Interim
# Director', 'Comrade Foreign Minister'), or the file's copy in a list of copies ('3. Comr. Copy'): not a name to resolve.
OFFICE = {"latin": rf"(?!(?:(?:{SIDES.pattern}|Foreign|Prime|Defen[cs]e|Trade|Interior|Party|State|First)\s+)?(?:Premier|Chairman|Ambassador|Minister|President|Secretary|Marshal|"
                   r"General|Counsell?or|Consul|Director|Deputy|Vice|Head|Chief|Delegation|Leader|Ad\s+Interim|Acting|Copy|File)\b)",
          "cyrillic": r"(?!(?:Посол|Министр|Председатель|Секретарь|Премьер|Заместитель)\b)"}
# A doctor's or professor's title between the title and the name is neither ('Comrade Dr. Nagy Lajos', 'Comrade Prof.
# Dr. Kurt Probe').
DOCTOR = r"(?:(?:Prof|Dr)\.?\s+){0,2}"
# A titled name, initials before it part of it ('Cde. Yu. V. Testrov', not a name 'Yu').
UNRESOLVED = {script: re.compile(rf"{TITLE}\s*{DOCTOR}{OFFICE[script]}(?P<name>(?:{INITIALS[script]})?{pattern})")
              for script, pattern in NAME.items()}
# Where names are looked for inside a run decoded from a shifted font: all but the usual skips of its reg.
DECODED = SKIP - {"reg"}
# Every title holds one of these: a text without any is passed over without running the pattern.
TITLE_MARKS = ("Cde", "cde", "omr", "ов.", "т.", "Genoss")


def script_of(element: etree._Element) -> str:
    """The script names are written in at an element: Cyrillic in Russian texts, else Latin."""
    lang = next((e.get(XML_LANG) for e in (element, *element.iterancestors()) if e.get(XML_LANG) is not None), None)
    return "cyrillic" if lang is not None and lang.split("-")[0] in ("ru", "uk", "bg") else "latin"


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with this (Clark) tag, or None: what find(tag) gives, several times faster."""
    return next(element.iterchildren(tag), None)


def is_original_with_translation(text: etree._Element) -> bool:
    """True for the original text of a group that also holds a translation."""
    return text.get("type") == "original" and bool(text.xpath("../tei:text[@type='translation']", namespaces=NS))


def language_texts(document: Document) -> list[tuple[etree._Element, str]]:
    """The body-bearing texts of a document (each text of a group, or the one text) with their script."""
    text = document.root.find("tei:text", NS)
    if text is None:
        return []
    inner = text.findall("tei:group/tei:text", NS)
    return [(element, script_of(element)) for element in (inner or [text])]


@functools.lru_cache(maxsize=4096)
def _curated(name: str, script: str, persons: Personography) -> frozenset[str]:
    """The persons a label's name is a curated form of (memoised: a document repeats its few labels)."""
    return frozenset(next((ids for plain in plain_names(name) if (ids := persons.lookup(plain, script))), ()))


def _surname_of_named(name: str, script: str, persons: Personography, named: Callable[[], dict[str, set[str]]]) -> str:
    """The one person a label's surname alone means ('Deng' of 'Vice Premier Deng'): the first word of a form
    of his the text names in full, and of no other person's forms in persons.xml (never Kim, Li or Pak); ''
    for any other name."""
    bare = plain_names(name)[-1]
    if " " in bare or script != "latin":
        return ""
    word = fold(bare)
    owners = named().get(word, set()) if len(persons.starting(script).get(word, ())) == 1 else set()
    return next(iter(owners)) if len(owners) == 1 else ""


def _name_across_line_end(lb: etree._Element, find: Callable[[str], list[tuple[int, int, dict[str, str]]]]) -> None:
    """A name a line end splits ('Kim Il' / 'Sung') becomes one persName holding the lb, so that the
    longer form wins over the shorter one the first line ends with. `find` gives the (start, end,
    persName attributes) of the names in a text."""
    parent, previous = lb.getparent(), lb.getprevious()
    before = (previous.tail if previous is not None else parent.text) or ""
    after = lb.tail or ""
    if lb.get("break") == "no" or parent.tag == PERSNAME or not before.strip() or not after.strip():
        return
    left, right = before.rstrip(), after.lstrip()
    joint = len(left)
    for start, end, attributes in find(f"{left} {right}"):
        if start < joint < end - 1:
            cut = len(after) - len(right) + end - joint - 1
            name = E.persName(attributes, before[start:])
            if previous is not None:
                previous.tail = before[:start]
            else:
                parent.text = before[:start]
            lb.addprevious(name)
            name.append(lb)
            name.tail, lb.tail = after[cut:], after[:cut]
            return


class LinkPersons(Transform):
    name = "person_links"
    priority = 300

    def apply(self, document: Document, conv: Conversion) -> None:
        if conv.persons is None:
            return
        declared = self._speakers(document, conv)
        # Where each element stands, to tell where an alias is declared (needed only when one is).
        order = {element: index for index, element in enumerate(document.root.iter())} if declared else {}
        aliases = {alias: (pid, order[turn]) for alias, (pid, turn) in declared.items()}
        for alias, pid in code_names(document.root, conv.persons).items():   # in force from the title on
            aliases.setdefault(alias, (pid, 0))
        real_name_notes(document.root, conv.persons)
        texts = [(text, script, [element for element in text if local(element) in ("front", "body", "back")])
                 for text, script in language_texts(document)]
        for text, script, body in texts:
            self._regularised(text, conv)
            for part in body:
                self._mentions(part, conv, script, aliases, order)
                self._supplied_name_parts(part, conv)
            if script == "latin":
                link_surnames(body, conv.persons)
        candidates = cast(document.root, conv.persons)
        for text, script, body in texts:
            for part in body:
                if script == "cyrillic":
                    self._ocr_forms(part, conv.persons, candidates)
                self._unresolved(part, script)

    # -- speakers ---------------------------------------------------------------------------

    def _speakers(self, document: Document, conv: Conversion) -> dict[str, tuple[str, etree._Element]]:
        """Resolve each sp's label; return the aliases the document declares (folded alias -> id, turn)."""
        aliases: dict[str, tuple[str, etree._Element]] = {}
        for text, script in language_texts(document):
            original = is_original_with_translation(text)
            proposals = Proposals(document.root)
            for name in listed_participants(text):
                proposals.list_participant(name)
            # whom the text names in full, read at the first need
            named = functools.cache(functools.partial(first_words_named, text, script, conv.persons))
            for sp in text.iter(q("sp")):
                self._speaker(sp, script, original, aliases, conv, document, proposals, named)
        return aliases

    @staticmethod
    def _speaker(sp: etree._Element, script: str, original: bool, aliases: dict[str, tuple[str, etree._Element]],
                 conv: Conversion, document: Document, proposals: Proposals,
                 named: Callable[[], dict[str, set[str]]]) -> None:
        """Resolve one turn's label (a translation's or a single-language text's; originals wait
        for the alignment) and note the alias it declares; a surname alone the one person the text names in
        full with it (`named`), with medium certainty; a speaker persons.xml does not know is proposed as a
        person of the document (proposals.py)."""
        speaker = first_child(sp, SPEAKER)
        label = parse_label(label_text(speaker), script) or written_label(speaker) if speaker is not None else None
        if label is None:
            return
        name, alias = fold(label.name), fold(label.alias)
        found = _curated(label.name, script, conv.persons) or ({aliases[name][0]} if name in aliases else set()) \
            or initialled_person(label.name, script, conv.persons)      # 'L. Brezhnev:' where persons.xml has Leonid
        if not found and (full := proposals.declared(label.name)):    # 'VL:' of 'Victor Louis (VL)'
            found = _curated(full, script, conv.persons)
        surname = not found and not original and _surname_of_named(label.name, script, conv.persons, named)
        if surname:
            found = {surname}                                           # 'Vice Premier Deng:' where 'Deng Xiaoping' is named
        if len(found) == 1:
            pid = next(iter(found))
            proposals.note(label.name, pointer(pid))
            if alias:  # an alias of punctuation only ('(hereafter, -)') names no one
                aliases[alias] = (pid, sp)
            if not original:
                sp.set("who", pointer(pid))
                if surname:
                    sp.set("cert", "medium")
                    conv.flag(document.name, "speaker", f"speaker '{label.name}' read as {pid}, whom the text names "
                              f"in full; check it", sp.get("source", ""))
                if first_child(speaker, SIC) is not None:
                    sp.set("cert", "medium")
                    conv.flag(document.name, "speaker", f"the translator marks the label '{label.label.text}' "
                              f"[sic]; attributed to {pid} as written", sp.get("source", ""))
        elif not original:
            known = set(proposals.by_name.values())
            target = proposals.resolve(label.name)
            if alias:
                proposals.note(label.alias, target)
            sp.set("who", target)
            if target not in known:
                what = "is ambiguous in" if found else "is not in"
                conv.flag(document.name, "speaker", f"speaker '{label.name}' {what} persons.xml: proposed as "
                          f"a person of this document ({target}); accept, merge or rename it with plenum persons",
                          sp.get("source", ""))
        if label.to:
            addressed = conv.persons.lookup(label.to, script)
            if len(addressed) == 1:
                sp.set("toWhom", pointer(next(iter(addressed))))
            elif met := proposals.met(label.to):     # a speaker of this document persons.xml does not know
                sp.set("toWhom", met)
            else:
                sp.attrib.pop("toWhom", None)
                conv.flag(document.name, "speaker", f"addressee '{label.to}' not resolved", sp.get("source", ""))

    # -- mentions ---------------------------------------------------------------------------

    def _regularised(self, text: etree._Element, conv: Conversion) -> None:
        """A regularised name (choice/reg by plenum) that names a person becomes a persName."""
        for choice in list(text.iterfind(".//tei:choice[tei:reg]", NS)):
            if local(choice.getparent()) == "persName":
                continue
            found = conv.persons.lookup("".join(choice.find("tei:reg", NS).itertext()), "latin")
            if len(found) == 1:
                name = E.persName({"ref": pointer(next(iter(found)))})
                choice.addprevious(name)
                name.tail, choice.tail = choice.tail, None
                name.append(choice)

    def _mentions(self, part: etree._Element, conv: Conversion, script: str,
                  aliases: dict[str, tuple[str, int]], order: dict[etree._Element, int]) -> None:
        """Tag every unambiguous curated form (and declared alias) of the script in the text, also in
        runs plenum decoded from a shifted font (reg type font-decoded).

        Runs of capitalised words are looked up in the personography, longest first, so that
        'Kim Il Sung' is one person and 'Kim Il' another, whatever the number of forms.
        """
        if not conv.persons.persons:
            return
        def find(text: str) -> list[tuple[int, int, dict[str, str]]]:
            return [(start, end, {"ref": pointer(pid)}) for start, end, pid in names_in(text, script, conv.persons)]

        for lb in list(part.iter(LB)):
            _name_across_line_end(lb, find)
        split_names(part, find, part.getroottree().getroot())
        decoded = [node for reg in part.iter(REG) if reg.get("type") == "font-decoded"
                   and reg.getparent().getparent().tag != PERSNAME for node in text_nodes(reg, DECODED)]
        starts = sorted(start for _, start in aliases.values())
        active: dict[int, tuple[tuple[str, str], ...]] = {0: ()}   # aliases declared so far -> those aliases

        def in_force(node: etree._Element, is_tail: bool) -> tuple[tuple[str, str], ...]:
            if not aliases:
                return ()
            place = order.get(node.getparent() if is_tail else node, 0)
            declared = bisect.bisect_right(starts, place)
            if declared not in active:
                active[declared] = tuple(sorted((alias, pid) for alias, (pid, start) in aliases.items()
                                                if start <= place))
            return active[declared]

        # Each node once: every text is read before any node is wrapped.
        nodes = list(dict.fromkeys(text_nodes(part) + decoded))
        texts = [node.tail if is_tail else node.text for node, is_tail in nodes]
        for index, found in names_by_node(texts, script, conv.persons, lambda i: in_force(*nodes[i])).items():
            text = texts[index]
            wrap_spans(*nodes[index], [(start, end, new_element("persName", {"ref": pointer(pid)}, text[start:end]))
                                       for start, end, pid in found])

    def _supplied_name_parts(self, part: etree._Element, conv: Conversion) -> None:
        """'[Anastas] Mikoyan', 'Nie [Rongzhen]': a supplied name part joins the name beside it."""
        for supplied in list(part.iter(q("supplied"))):
            word = "".join(supplied.itertext())
            if not re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", word) or local(supplied.getparent()) == "persName":
                continue
            following = supplied.getnext()
            if supplied.tail == " " and following is not None and local(following) == "persName" \
                    and len(following) == 0:
                rest, following.text = following.text or "", None
                following.insert(0, supplied)
                supplied.tail = " " + rest
                continue
            previous = supplied.getprevious()
            holder, attribute = (previous, "tail") if previous is not None else (supplied.getparent(), "text")
            before = getattr(holder, attribute) or ""
            match = re.search(r"(?<!\w)([A-Z][a-z]+) $", before)
            found = conv.persons.lookup(f"{match.group(1)} {word}", "latin") if match else set()
            if len(found) == 1:
                setattr(holder, attribute, before[: match.start()])
                name = E.persName({"ref": pointer(next(iter(found)))}, match.group(0))
                supplied.addprevious(name)
                name.tail, supplied.tail = supplied.tail, None
                name.append(supplied)

    @staticmethod
    def _ocr_forms(part: etree._Element, persons: Personography, candidates: tuple[str, ...]) -> None:
        """OCR forms of names the curated forms miss, linked by likeness or left for review (ocr_names)."""
        for lb in list(part.iter(LB)):
            _name_across_line_end(lb, lambda text: ocr_spans(text, candidates, persons, in_participants(lb)))
        for node, is_tail in text_nodes(part):
            text = node.tail if is_tail else node.text
            entries = in_participants(node.getparent() if is_tail else node)
            spans = [(start, end, E.persName(attributes, text[start:end]))
                     for start, end, attributes in ocr_spans(text, candidates, persons, entries)]
            wrap_spans(node, is_tail, spans)

    def _unresolved(self, part: etree._Element, script: str) -> None:
        """A name after a title, or in a list one opens, that no form recognises: persName without @ref."""
        for node, is_tail in text_nodes_holding(part, TITLE_MARKS):
            wrap(node, is_tail, UNRESOLVED[script], lambda match: E.persName(match.group("name")), group="name")
        link_listed(part, script, rf"(?:{INITIALS[script]})?{NAME[script]}", OFFICE[script])
        link_supplied_first(part, TITLE, NAME[script], OFFICE[script])
        link_entries(part, script, NAME[script], INITIALS[script], OFFICE[script] + _NEXT_TITLE, TITLE)
