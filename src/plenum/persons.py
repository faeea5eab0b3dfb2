"""The personography (tei/persons.xml): one person per xml:id, the name forms that identify them.

The editors own the file; plenum reads their forms to recognise speakers and mentions, and after a
build replaces only the elements marked resp="#plenum" (attested forms and attestations) with what
the documents of the edition attest. A document points to its own persons (``who="#wda117838-mao-zedong"``,
its particDesc), and each of them to the personography (``sameAs="persons.xml#mao-zedong"``), so that
a tool loading one file resolves every speaker; `local_persons` and `person_key` follow the two steps.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import tei
from .edition import PERSONS
from .errors import InputError
from .fileio import write_atomic
from .sourceview import HYPHEN, view_pieces
from .tei import E, NS, XML_ID, XML_LANG

GENERATED = "#plenum"
# Case endings a Russian name may take in running text (Ким Ир Сена, Микояном).
RUSSIAN_ENDINGS = "(?:ом|ем|ём|ым|им|ой|ей|ою|ею|а|я|у|ю|е)?"
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                      "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def pointer(person_id: str) -> str:
    """The value of @who/@ref for a person."""
    return f"{PERSONS}#{person_id}"


def person_id(value: str) -> str:
    """The person id a @who/@ref value points to ('' when it is not a personography pointer)."""
    path, _, fragment = value.partition("#")
    return fragment if path.endswith(PERSONS) else ""


def local_id(document_id: str, person: str) -> str:
    """The xml:id of a personography person in a document's own list: the document's id first, so
    that it is unique within a teiCorpus."""
    return f"{document_id}-{person}"


def local_persons(root: etree._Element) -> dict[str, str]:
    """Each person a document declares itself (xml:id) -> the personography id its @sameAs points to
    ('' for a person of the document only: proposed by plenum, or from another edition)."""
    return {person.get(XML_ID): person_id(person.get("sameAs") or "")
            for person in root.iter(PERSON) if person.get(XML_ID)}


def person_key(value: str, local: dict[str, str]) -> str:
    """The personography id a @who/@ref value names: through the document's own person (#id, its
    @sameAs) or directly (persons.xml#id, as imported files may point); '' otherwise."""
    return local.get(value[1:], "") if value.startswith("#") else person_id(value)


# The elements of persons.xml plenum reads, by Clark name.
PERSON = tei.q("person")
_SEPARATORS = str.maketrans({"-": " ", "'": " ", "’": " ", ".": " ", "ё": "е"})


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name for comparison: case-folded, ё as е, hyphens and apostrophes as spaces, single spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().translate(_SEPARATORS).split())


@functools.lru_cache(maxsize=65536)
def transliterate(name: str) -> str:
    """A rough Latin transliteration of a Cyrillic name, for comparing it with Latin forms."""
    return "".join(_TRANSLIT.get(char, char) for char in fold(name))


@dataclass
class Person:
    id: str
    main: str
    forms: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # language -> forms


@dataclass
class Attestations:
    """What documents attest of persons: forms used, and per document the turns and mentions."""

    forms: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))      # pid -> (lang, form)
    places: dict[str, dict[str, list[int]]] = field(default_factory=lambda: defaultdict(dict))  # pid -> doc -> [turns, mentions]
    titles: dict[str, str] = field(default_factory=dict)                                   # doc -> title


class Personography:
    """The curated persons and their forms, loaded once per run."""

    def __init__(self, path: Path, tree: etree._ElementTree | None) -> None:
        self.path = path
        self.tree = tree
        self.persons: dict[str, Person] = {}
        self._by_form: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._similar: dict[tuple[str, ...], float] = {}
        self._first: dict[str, tuple[frozenset[str], int]] = {}
        self._starting: dict[str, dict[str, frozenset[str]]] = {}
        if tree is not None:
            self._read(tree)

    @classmethod
    def load(cls, path: Path | str) -> "Personography":
        """Read persons.xml; an absent file gives an empty personography."""
        path = Path(path)
        if not path.exists():
            return cls(path, None)
        return cls(path, curated(tei.parse_file(path)))  # update() compiles its parts anew

    def _read(self, tree: etree._ElementTree) -> None:
        for element in tree.iterfind(".//tei:listPerson/tei:person", NS):
            pid = element.get(XML_ID)
            if not pid:
                raise InputError(self.path, "a person has no xml:id", element.sourceline)
            if pid in self.persons:
                raise InputError(self.path, f"the id {pid} is used twice", element.sourceline)
            person = Person(pid, "")
            for name in element.iterfind("tei:persName", NS):
                if name.get("resp") == GENERATED:
                    continue
                text = " ".join("".join(name.itertext()).split())
                language = name.get(XML_LANG) or "en"
                person.forms[language].append(text)
                self._by_form[(_script(language), fold(text))].add(pid)
                if name.get("type") == "main":
                    person.main = text
            person.main = person.main or next(iter(person.forms.get("en", [])), pid)
            self.persons[pid] = person

    # -- lookup -----------------------------------------------------------------------------

    def lookup(self, name: str, script: str) -> set[str]:
        """The persons one of whose curated forms is `name` (in a script: 'latin' or 'cyrillic')."""
        found = self._by_form.get((script, fold(name)), set())
        if found or script != "cyrillic":
            return set(found)
        stem = re.sub(RUSSIAN_ENDINGS + "$", "", fold(name))
        return set(self._by_form.get((script, stem), set()))

    def similarity(self, name: str, pid: str) -> float:
        """How alike a (possibly garbled) name is to the person's forms, from 0 to 1."""
        key = (name, pid)
        if key not in self._similar:
            self._similar[key] = self._similarity(name, pid)
        return self._similar[key]

    def _similarity(self, name: str, pid: str) -> float:
        person = self.persons.get(pid)
        if person is None:
            return 0.0
        folded = fold(name)
        best = 0.0
        for language, forms in person.forms.items():
            for form in forms:
                if _script(language) == "cyrillic" and re.search("[а-я]", folded):
                    best = max(best, _ratio(folded, fold(form)))
                elif _script(language) == "latin":
                    best = max(best, _ratio(transliterate(name), fold(form)))
        return best

    def likeness(self, name: str, pid: str) -> float:
        """How alike an OCR name form is to the person's forms of as many words, from 0 to 1: compared
        as written and without a Russian case ending, in Cyrillic and transliterated ('Пон До-худом',
        'Мухомinov' with OCR-mixed Latin letters). Memoised, as `similarity`."""
        key = (name, pid, "ocr")
        if key not in self._similar:
            self._similar[key] = self._likeness(name, pid)
        return self._similar[key]

    def _likeness(self, name: str, pid: str) -> float:
        person = self.persons.get(pid)
        folded = fold(name)
        variants = {folded, re.sub(RUSSIAN_ENDINGS + "$", "", folded)}
        best = 0.0
        for language, forms in (person.forms.items() if person else ()):
            for form in (fold(form) for form in forms):
                if len(form.split()) != len(folded.split()):
                    continue
                for variant in variants:
                    if _script(language) == "cyrillic":
                        best = _better(_better(best, variant, form), transliterate(variant), transliterate(form))
                    elif _script(language) == "latin":
                        best = _better(best, transliterate(variant), form)
        return best

    def first_words(self, script: str) -> tuple[frozenset[str], int]:
        """The first words of the script's forms (folded, Russian stems too) and the longest form's length."""
        if script not in self._first:
            forms = [form for (form_script, form) in self._by_form if form_script == script]
            words = {form.split()[0] for form in forms}
            if script == "cyrillic":
                words |= {re.sub(RUSSIAN_ENDINGS + "$", "", word) for word in words}
            self._first[script] = (frozenset(words), max((len(form.split()) for form in forms), default=0))
        return self._first[script]

    def starting(self, script: str) -> dict[str, frozenset[str]]:
        """The first word of the script's forms (folded) -> the persons whose forms begin with it (a
        surname alone names one person only when one owns it); made once per personography."""
        if script not in self._starting:
            owners: dict[str, set[str]] = defaultdict(set)
            for (form_script, form), ids in self._by_form.items():
                if form_script == script:
                    owners[form.split()[0]].update(ids)
            self._starting[script] = {word: frozenset(ids) for word, ids in owners.items()}
        return self._starting[script]

    # -- attestations -----------------------------------------------------------------------

    def update(self, found: Attestations) -> bool:
        """Replace the compiled parts (resp="#plenum") with what the documents attest; True if written."""
        if self.tree is None:
            return False
        root = curated(self.tree).getroot()
        for element in root.iterfind(".//tei:listPerson/tei:person", NS):
            pid = element.get(XML_ID)
            self._attest(element, found.forms.get(pid, Counter()), found.places.get(pid, {}), found.titles)
        return write_atomic(self.path, tei.serialize(self.tree))

    def _attest(self, element: etree._Element, forms: Counter, places: dict[str, list[int]],
                titles: dict[str, str]) -> None:
        """Add a person's attested forms (not yet curated) and the documents that attest them."""
        curated = {(_script(n.get(XML_LANG) or "en"), fold("".join(n.itertext())))
                   for n in element.iterfind("tei:persName", NS)}
        names = element.findall("tei:persName", NS)
        anchor = names[-1] if names else None
        for (language, form), _ in sorted(forms.items(), key=lambda item: (item[0][0], item[0][1])):
            if not form or (_script(language), fold(form)) in curated:
                continue
            curated.add((_script(language), fold(form)))
            name = E.persName({XML_LANG: language, "type": "attested", "resp": GENERATED}, form)
            _insert_after_names(element, name, anchor)
            anchor = name
        if not places:
            return
        items = []
        for document in sorted(places):
            turns, mentions = places[document]
            counts = ", ".join(part for part in (count(turns, "turn"), count(mentions, "mention")) if part)
            items.append(E.item(E.ref({"target": document}, titles.get(document) or document), f": {counts}"))
        element.append(E.note({"type": "attestations", "resp": GENERATED}, E.list(*items)))


def curated(tree: etree._ElementTree) -> etree._ElementTree:
    """persons.xml's tree without the parts plenum compiles (resp="#plenum" in its persons: attested
    forms and attestations), which grow with the edition and which no document's page or rule reads."""
    for element in tree.getroot().xpath(f".//*[@resp='{GENERATED}'][ancestor::tei:listPerson]", namespaces=NS):
        element.clear()     # emptied first: removing the attestations' thousands of items whole is slower
        element.getparent().remove(element)
    return tree


def count(number: int, noun: str) -> str:
    """'3 turns', '1 turn', '' for none."""
    return f"{number} {noun}{'' if number == 1 else 's'}" if number else ""


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _better(best: float, a: str, b: str) -> float:
    """max(best, _ratio(a, b)), the ratio not worked out when the lengths alone keep it from
    exceeding `best` (it is at most 2 × the shorter length / both lengths)."""
    if len(a) + len(b) and 2.0 * min(len(a), len(b)) / (len(a) + len(b)) <= best:
        return best
    return max(best, _ratio(a, b))


def _script(language: str) -> str:
    return "cyrillic" if language.split("-")[0] in ("ru", "uk", "bg", "mn") else \
        "latin" if language.split("-")[0] in ("en", "hu", "de", "pl", "cs") or language.endswith("-Latn") else language


def name_text(element: etree._Element, plenum: frozenset[str] | None = None) -> str:
    """A name (or speaker label) as the source writes it: its source view (`sourceview`) without the
    hyphen a line end put into a word."""
    return "".join([text for text, _, role in view_pieces(element, plenum) if role != HYPHEN])


def _insert_after_names(element: etree._Element, name: etree._Element, after: etree._Element | None) -> None:
    """Put `name` after `after`, or first in `element` when there is nothing to follow."""
    if after is None:
        element.insert(0, name)
    else:
        after.addnext(name)
