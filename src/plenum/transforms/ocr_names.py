"""OCR forms of names in Russian originals ('Пон До-худом', 'А.Миноян', 'Клм Ир ouchert Сена').

A run of capitalised words that no curated form recognises is compared (`Personography.likeness`)
with the forms of the persons the document names elsewhere (its translation, its header): only
those, so that an ordinary word is never taken for someone the document does not name. A run clearly
most like one of them becomes persName[@ref] with @cert (medium, or low when the likeness is weaker)
(no @resp: plenum's @resp marks text it adds, and the name is the source's): a guess the review lists. A run as like two persons, a name after an initial
('В. Кобяев') and an entry of a participants list that is like no one become persName without
@ref: the review lists them as unresolved names, unless `parallel_names` reads them against the translation.
Nothing is guessed outside Cyrillic texts.
"""

from __future__ import annotations

import functools
import re

from lxml import etree

from ..persons import Personography, person_id, pointer
from ..tei import NS
from .participants import named

# A run of capitalised words (an initial may lead: 'А.Миноян', 'В. Кобяев'), Latin OCR debris of
# lower-case letters allowed between its words ('Клм Ир ouchert Сена').
WORD = re.compile(r"[А-ЯЁ][\w-]*|[А-ЯЁ]\.")
RUN = re.compile(r"(?<![\w-])(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][\w-]*(?:[ \t]+(?:[a-z]+[ \t]+)?[А-ЯЁ][\w-]*){0,2}")
INITIAL = re.compile(r"^[А-ЯЁ]\.")
# A guess needs this likeness, and this lead over the next person (one word: more of both, and length).
LIKE = {False: 0.65, True: 0.75}
LEAD = {False: 0.1, True: 0.15}
SHORTEST = 5
MEDIUM = 0.8
# An entry of a participants list: after the list's start, a comma or 'т.т.', before a comma, period or '('.
ENTRY_BEFORE = re.compile(r"(?:^|[,:]\s*|т\.\s?т\.\s*)$")
ENTRY_AFTER = re.compile(r"^\s*(?:[,.(]|$)")
PARTICIPANTS_LIST = etree.XPath("boolean(ancestor-or-self::tei:list[@type='participants'])", namespaces=NS)


def cast(root: etree._Element, persons: Personography) -> tuple[str, ...]:
    """The persons of persons.xml the document names or gives turns to."""
    return tuple(sorted({pid for value in named(root) if (pid := person_id(value)) in persons.persons}))


@functools.lru_cache(maxsize=65536)
def guess(name: str, candidates: tuple[str, ...], persons: Personography) -> tuple[str, float, bool]:
    """The candidate a name is most like, how alike, and whether the guess stands (clear of the next).
    Memoised: a document repeats its names, and each guess compares one with its whole cast."""
    scored = sorted(((persons.likeness(name, pid), pid) for pid in candidates), reverse=True) + [(0.0, "")] * 2
    (score, pid), (second, _) = scored[0], scored[1]
    single = len(name.replace(".", " ").split()) == 1
    if single and len(name) < SHORTEST:
        return pid, score, False
    return pid, score, score >= LIKE[single] and score - second >= LEAD[single]


def ocr_spans(text: str, candidates: tuple[str, ...], persons: Personography,
              entries: bool = False) -> list[tuple[int, int, dict[str, str]]]:
    """(start, end, persName attributes) of each OCR name form in a text: the longest span of a run
    that names someone, else a span the review should see ({} for persName without @ref)."""
    found = []
    for run in RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start()) for m in WORD.finditer(run.group())]
        index = 0
        while index < len(words):
            for end_index in range(len(words), index, -1):
                start, end = words[index][0], words[end_index - 1][1]
                name = " ".join(text[a:b] for a, b in words[index:end_index])
                pid, score, stands = guess(name, candidates, persons)
                if stands or end_index - index > 1 and score >= LIKE[False]:   # else as like two persons
                    cert = "medium" if score >= MEDIUM else "low"
                    found.append((start, end, {"ref": pointer(pid), "cert": cert} if stands else {}))
                    index = end_index
                    break
            else:
                if index == 0 and _doubtful(text, run, words, entries):
                    found.append((run.start(), run.end(), {}))
                    break
                index += 1
    return found


def _doubtful(text: str, run: re.Match, words: list[tuple[int, int]], entries: bool) -> bool:
    """A run like no one that is still a name to review: a name after an initial, an entry of a
    participants list."""
    if INITIAL.match(run.group()) and len(words) > 1:
        return True
    return entries and bool(ENTRY_BEFORE.search(text[:run.start()]) and ENTRY_AFTER.match(text[run.end():]))


def in_participants(element: etree._Element) -> bool:
    """True inside an item of a participants list."""
    return PARTICIPANTS_LIST(element)
