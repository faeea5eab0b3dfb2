"""A second nothing-lost check, independent of the readers' markup spans: every word of a source is in its TEI.

`lossless.check` compares the source less the spans a reader declared as markup with the TEI, so a
markup pattern that swallows words declares the loss itself. This check trusts no span: it counts
the words (runs of letters, runs of digits) of the whole source, takes away only the occurrences of the
convention phrases the reader declares (`Reader.CONVENTION_WORDS`, e.g. 'handwritten', 'Citation', and
`Reader.CONVENTION_PATTERNS`, e.g. a note marker's anchor '_ftn1'),
and requires the rest, as a multiset, in the text of the TEI's blocks (elements with ``@source``).
Editorial alternatives (``reg``, ``corr``, ``expan``) and plenum's own additions do not count; a
note's ``@n`` counts (the number of its marker and of its label), and so do a link's ``@target`` and an
image's ``@url`` in the text (the address of a Markdown export's ``[X](https://…)``, ``![X](https://…)``).
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .readers import Conversion
from .tei import TEI_NS, plenum_pointers

# A run of letters or a run of digits: an underscore is no letter (Markdown italics, a rule), and a figure run on
# to a word is a word of its own (a printed volume's note mark, 'Conversation1', is a note's @n in the TEI).
WORD = re.compile(r"[^\W\d_]+|\d+")
_ALTERNATIVES = frozenset(f"{{{TEI_NS}}}{name}" for name in ("reg", "corr", "expan"))
_BREAKS = frozenset(f"{{{TEI_NS}}}{name}" for name in ("lb", "pb", "cb"))
_NOTE = f"{{{TEI_NS}}}note"
_ADDRESSED = {f"{{{TEI_NS}}}ref": "target", f"{{{TEI_NS}}}graphic": "url"}


def lost_words(conv: Conversion) -> list[str]:
    """One line per word of the source the TEI lacks (beyond the reader's convention words)."""
    found: Counter[str] = Counter()
    for document in conv.documents:
        found += tei_words(document.root)
    text = conv.source.text
    words = Counter(WORD.findall(text))
    missing = words - found - convention_allowance(text, conv.reader.CONVENTION_WORDS) \
        - pattern_allowance(text, conv.reader.CONVENTION_PATTERNS)
    problems = []
    for word, count in sorted(missing.items(), key=lambda item: _first(text, item[0])):
        line = conv.source.line_of(_first(text, word))
        problems.append(f"{conv.source.path}:{line}: the TEI lacks '{word}' ({count} of its {words[word]} "
                        f"occurrences in the source; the first is on this line)")
    return problems


def convention_allowance(text: str, phrases: frozenset[str]) -> Counter[str]:
    """The words the convention phrases account for: each phrase's words, once per occurrence in `text`
    (in any case, whatever stands between its words)."""
    return pattern_allowance(text, tuple(r"(?i)(?<!\w)" + r"\W+".join(map(re.escape, WORD.findall(phrase))) + r"(?!\w)"
                                         for phrase in phrases))


def pattern_allowance(text: str, patterns: tuple[str, ...]) -> Counter[str]:
    """The words the varying convention words account for: the words of each pattern's matches in `text`."""
    allowance: Counter[str] = Counter()
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            allowance.update(WORD.findall(match.group()))
    return allowance


def tei_words(root: etree._Element) -> Counter[str]:
    """The words of a TEI document's blocks, read twice: with element boundaries as spaces and
    without (a word may be split by an element, or two words run together at one); each word
    counts as often as the reading holding it more often has it."""
    plenum = plenum_pointers(root)
    spaced: list[str] = []
    joined: list[str] = []
    blocks = [root]
    while blocks:
        element = blocks.pop()
        if element.get("source") is not None:
            _read(element, plenum, spaced, joined)
            joined.append(" ")
        else:
            blocks.extend(child for child in reversed(element) if isinstance(child.tag, str))
    return (Counter(WORD.findall("".join(spaced))) | Counter(WORD.findall("".join(joined)))) + _note_numbers(root) \
        + _link_addresses(root)


def _note_numbers(root: etree._Element) -> Counter[str]:
    """The numbers of notes (@n): a footnote at its marker stands for the marker's number and its own label's."""
    numbers: Counter[str] = Counter()
    for note in root.iter(_NOTE):
        if note.get("n"):
            anchored = note.get("place") == "foot" and note.get("source") is not None
            for word in WORD.findall(note.get("n")):   # 'x/' stands for the word 'x'
                numbers[word] += 2 if anchored else 1
    return numbers


def _link_addresses(root: etree._Element) -> Counter[str]:
    """The words of the addresses of the text's links and images (ref/@target, graphic/@url under a
    block): a Markdown export's '[X](https://…)' and '![X](https://…)' keep their address there."""
    addresses: Counter[str] = Counter()
    for element in root.iter(*_ADDRESSED):
        address = element.get(_ADDRESSED[element.tag])
        if address and any(above.get("source") is not None for above in element.iterancestors()):
            addresses.update(WORD.findall(address))
    return addresses


def _read(element: etree._Element, plenum: frozenset[str], spaced: list[str], joined: list[str]) -> None:
    """Append an element's text, as the two readings have it, to `spaced` and `joined`."""
    if element.tag in _BREAKS:
        mark = ("-" if element.get("rend") == "hyphen" else "") if element.get("break") == "no" else " "
        spaced.append(mark)
        joined.append(mark)
        return
    if (element.tag in _ALTERNATIVES and element.get("source") is None) or element.get("resp") in plenum:
        spaced.append(" ")
        return
    spaced.append(" " + (element.text or ""))
    joined.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str):
            _read(child, plenum, spaced, joined)
        spaced.append(child.tail or "")
        joined.append(child.tail or "")
    spaced.append(" ")


def _first(text: str, word: str) -> int:
    """The offset of the first occurrence of `word` as a whole word in `text`."""
    match = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)
    return match.start() if match else 0
