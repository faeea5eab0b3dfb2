"""Names in runs of capitalised words: each run looked up in the personography (and the aliases a document
declares), longest form first, a form of the same person that overlaps the one found joined to it, initials
that contradict the person's forms refused. Used by person_links.py for every text node it reads."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable

from lxml import etree

from ..persons import Personography, fold
from ..readers.labels import LATIN_UPPER
from .proposals import INITIAL

# A word that may be part of a name (capitalised, or an initial), and runs of such words.
# (A possessive 's is not part of the name: "Chairman Mao's".)
UPPER = {"latin": LATIN_UPPER, "cyrillic": "[А-ЯЁ]"}
_AFTER_UPPER = {"latin": r"(?:\.|\w*(?:(?:-|['’](?!s\b))\w+)*)", "cyrillic": r"(?:\.|\w*(?:-\w+)*)"}
WORD = {script: UPPER[script] + after for script, after in _AFTER_UPPER.items()}
WORDS = {script: re.compile(word) for script, word in WORD.items()}
# A run starts at a capital that no letter or hyphen precedes (but a numbered hyphen may: '1-Fedorenko'
# in a distribution list); the look-behind comes after the capital so that the regex engine can skip
# from capital to capital.
RUNS = {script: re.compile(rf"{UPPER[script]}(?:(?<![\w-]{UPPER[script]})|(?<=\d-{UPPER[script]}))"
                           rf"{_AFTER_UPPER[script]}(?:[ \t]+{word})*")
        for script, word in WORD.items()}


CAPITAL = {script: re.compile(upper) for script, upper in UPPER.items()}
# A letter of the Cyrillic script.
CYRILLIC = re.compile(r"[А-ЯЁа-яё]")


def names_in(text: str, script: str, persons: Personography,
           declared: tuple[tuple[str, str], ...] = ()) -> list[tuple[int, int, str]]:
    """(start, end, person id) of each name in `text`: runs of capitalised words, longest form first.
    `declared`: the aliases in force (folded alias, person id), sorted."""
    if not CAPITAL[script].search(text):
        return []
    return [(run.start() + start, run.start() + end, pid) for run in RUNS[script].finditer(text)
            for start, end, pid in _run_names(run.group(), script, persons, declared)]


def names_by_node(texts: list[str], script: str, persons: Personography,
                   in_force: Callable[[int], tuple[tuple[str, str], ...]]) -> dict[int, list[tuple[int, int, str]]]:
    """`names_in` of many texts (the text nodes of a part), by index, `in_force(index)` giving the
    aliases of each. The runs of capitalised words are found in one pass over the texts joined by
    NUL, which no run crosses or touches (XML holds none): a pass per node cost more than the rest."""
    offsets = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    found: dict[int, list[tuple[int, int, str]]] = {}
    for run in RUNS[script].finditer("\0".join(texts)):
        index = bisect.bisect_right(offsets, run.start()) - 1
        at = run.start() - offsets[index]
        for start, end, pid in _run_names(run.group(), script, persons, in_force(index)):
            found.setdefault(index, []).append((at + start, at + end, pid))
    return found


@functools.lru_cache(maxsize=65536)
def _run_names(run: str, script: str, persons: Personography,
               aliases: tuple[tuple[str, str], ...]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, person id) of each name in one run of capitalised words, longest form first.

    Only spans that start with the first word of some curated form (or alias) are looked up.
    Memoised: the same runs ('The', 'Kim Il Sung') recur in every document of a run.
    """
    declared = dict(aliases)
    starts, longest = persons.first_words(script)
    alias_starts = {alias.split()[0] for alias in declared}
    words = [match.span() for match in WORDS[script].finditer(run)]
    found = []
    index = 0
    while index < len(words):
        first = fold(run[words[index][0]:words[index][1]]).split()[0]
        if first in starts or first in alias_starts:
            for length in range(min(longest, len(words) - index), 0, -1):
                start, end = words[index][0], words[index + length - 1][1]
                name = run[start:end]
                ids = persons.lookup(name, script) or (
                    {declared[fold(name)]} if script == "latin" and fold(name) in declared else set())
                if len(ids) == 1 and _initials_contradict(_initials(run, words[:index]), name, next(iter(ids)), persons):
                    index += length   # 'A. B. Ivanov' is not Vasily Ivanov: another person of the surname
                    break
                if len(ids) == 1 and length == 1 and _given_name_after(run, words, index, next(iter(ids)), persons):
                    index += 2        # 'Mao Anying' is not Mao Zedong: another person of the surname
                    break
                if len(ids) == 1:
                    pid = next(iter(ids))
                    index, end = _overlapping(run, words, index, length, pid, persons, script, longest)
                    found.append((start, end, pid))
                    break
            else:
                index += 1
        else:
            index += 1
    return tuple(found)


def _overlapping(run: str, words: list[tuple[int, int]], index: int, length: int, pid: str, persons: Personography,
                 script: str, longest: int) -> tuple[int, int]:
    """Where a name found at `index` (`length` words) ends, and the next word to look at: past another form of
    the same person that begins inside it and goes on ('Chairman Mao Zedong', where 'Chairman Mao' and 'Mao
    Zedong' are forms of one person)."""
    for inner in range(index + 1, index + length):
        for size in range(min(longest, len(words) - inner), index + length - inner, -1):
            if persons.lookup(run[words[inner][0]:words[inner + size - 1][1]], script) == {pid}:
                return inner + size, words[inner + size - 1][1]
    return index + length, words[index + length - 1][1]


# Words that follow a name in a heading's title case, no given name ('Talks with Mao About …', 'Stalin And Mao').
_TITLE_CASE = frozenset({"about", "and", "on", "with", "in", "of", "the", "to", "for", "at", "by", "from", "regarding",
                         "concerning", "or", "into", "over", "during", "after", "before", "between", "against", "as", "is"})


def _given_name_after(run: str, words: list[tuple[int, int]], index: int, pid: str, persons: Personography) -> bool:
    """Whether the surname alone at words[index], of a person whose forms put it first ('Mao' of 'Mao Zedong'), has
    another given name after it in the run ('Mao Anying'): another person of that surname, as initials that
    contradict the person's are ('A. B. Ivanov')."""
    if index + 1 >= len(words):
        return False
    surname, following = run[words[index][0]:words[index][1]], run[words[index + 1][0]:words[index + 1][1]]
    if INITIAL.fullmatch(following) or following.lower() in _TITLE_CASE or len(following) < 3:
        return False
    first = fold(surname)
    return any(len(fold(form).split()) > 1 and fold(form).split()[0] == first
               for forms in persons.persons[pid].forms.values() for form in forms)


def _initials(run: str, before: list[tuple[int, int]]) -> str:
    """The first of the initials that stand just before a name in a run ('A.' of 'A. B. Ivanov'), or ''."""
    found = ""
    for start, end in reversed(before):
        if not INITIAL.fullmatch(run, start, end):
            break
        found = run[start]
    return found


def _initials_contradict(initial: str, name: str, pid: str, persons: Personography) -> bool:
    """Whether the initial before a name is none of the initials of the given names and patronymics
    the person's forms put before that name in the initial's script ('V.' or 'I.' for 'Vasily
    Ivanov', 'V. I. Ivanov'; the run may begin at a patronymic, as in 'V.I. Ivanov')."""
    if not initial:
        return False
    cyrillic = bool(CYRILLIC.match(initial))
    ending = " " + fold(name)
    given = {word[0].upper() for forms in persons.persons[pid].forms.values() for form in forms
             if fold(form).endswith(ending) and bool(CYRILLIC.match(form.strip())) == cyrillic
             for word in form.replace(".", ". ").split()[:-len(name.split())]}
    return bool(given) and initial.upper() not in given


def first_words_named(text: etree._Element, script: str, persons: Personography) -> dict[str, set[str]]:
    """The persons a text names by a form of two words or more, by that form's first word folded ('deng' ->
    {deng-xiaoping} where the text says 'Deng Xiaoping'): whom a surname alone may mean there."""
    named: dict[str, set[str]] = {}
    joined = "".join(text.itertext())
    for start, end, pid in names_in(joined, script, persons):
        words = joined[start:end].split()
        if len(words) > 1:
            named.setdefault(fold(words[0]), set()).add(pid)
    return named
