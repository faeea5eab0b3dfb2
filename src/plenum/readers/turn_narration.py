"""Paragraphs of a record's narration that end the turn above them: the recorder telling what a speaker said
('Probin asked whether …'), naming the turn's speaker before the next label, or after his quoted words."""

from __future__ import annotations

import re

from .block_patterns import FIRST_PERSON
from .labels import Label
from .body_blocks import TextBlock
from .turn_labels import REPORTED_BY, label_surname


def reports_speaker(text: str, labels: dict[int, Label], title: str = "") -> bool:
    """Whether a paragraph in a record of turns is the recorder's narration of what one of its speakers
    said, his name (perhaps titled, perhaps beside another's) and a reporting verb at its start ('Premier Testov
    said that …', 'Probin asked whether …', 'Examov and Probin say that …'): no one speaks so of his own words,
    and it ends the turn above. A verb the translator supplied ('Probin [says] it went well') is the notes'
    narration whoever the name is; so is a party's the title names ('Ivan Probin agrees …' under '… between
    I.V. Testov and Ivan Probin')."""
    opening = REPORTED_BY.match(text)
    if opening is None:
        return False
    speakers = {label_surname(label).casefold() for label in labels.values()} \
        | {word.casefold() for word in re.findall(r"[A-Z][\w'’-]+", title)}     # ('EXAMOV' labels 'Examov agrees')
    return "[" in opening.group() or opening.group("name").casefold() in speakers \
        or (opening.group("other") or "-").split()[-1].casefold() in speakers


def narrates_speaker(index: int, text: str, labels: dict[int, Label]) -> bool:
    """Whether the last paragraph of a turn, a label after it, names the turn's speaker with no word of the first
    person ('… Comrade Probin presented them to Testov, who rose and greeted each of them, saying:' in Testov's
    turn): the recorder's narration between two turns, which ends the turn above."""
    if index + 1 not in labels:
        return False
    above = next((found for found in range(index - 1, -1, -1) if found in labels), None)   # the turn's label
    if above is None:
        return False
    name = label_surname(labels[above])
    return re.search(rf"\b{re.escape(name)}\b", text) is not None and not FIRST_PERSON.search(text)


def follows_quotation(index: int, text: str, labels: dict[int, Label], blocks: list[TextBlock]) -> bool:
    """Whether a paragraph after a turn that is one quotation, opened under its label and closed on the line
    above ('Kim Test-nam:' / '"These words …' / '… believe us."'), names the turn's speaker with no word of the
    first person ('[…] Kim Test-nam turns to business.'): the diarist's narration after the quoted words."""
    closing = (labels[index - 1].rest.text if index - 1 in labels else blocks[index - 1].text).strip()
    if closing[-1:] not in _CLOSING_QUOTES or text[:1] in _OPENING_QUOTES:
        return False    # (looked at first: the turn's label is sought only after a closed quotation)
    above = next((found for found in range(index - 1, -1, -1) if found in labels), None)
    if above is None or above == index - 1 and not labels[above].rest.text.strip():
        return False
    opening = labels[above].rest.text.strip() or blocks[above + 1].text.strip()
    name = label_surname(labels[above])
    return opening[:1] in _OPENING_QUOTES and re.search(rf"\b{re.escape(name)}\b", text) is not None \
        and not FIRST_PERSON.search(text)


# The marks a quotation opens and closes with ('"…"', '“…”', '«…»').
_OPENING_QUOTES = frozenset('"“«')
_CLOSING_QUOTES = frozenset('"”»')
