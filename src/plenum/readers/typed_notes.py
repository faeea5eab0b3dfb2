"""Notes whose marks are plain text: a typist's footnote mark ('at my request x/ and', its note 'x/ the
request was made by telephone' under the text, often after the signature; x/, xx/, Cyrillic х/ in the
originals; an asterisk or two after a word, 'early this year.*', its note '* The report …'), and a web
capture's numbered mark ('met on 23 September.[1]', its note '[1] The plenum of …' after the text).
Only a mark that stands once in the text, above the one paragraph it opens, is read as a note:
anything else stays as written ('[1]' then reads as a bracket)."""

from __future__ import annotations

import re
from collections import Counter

from .spans import Span

# The mark in the text: x/ to xxx/ standing alone (not part of a word or a path), [1] to [999], or one
# to three asterisks after a word. The look-behinds follow the first character, so that a search can
# skip from one x (or asterisk) to the next, and the mark alone matches in full.
MARK = re.compile(r"[xх](?<![\w/][xх])[xх]{0,2}/(?![\w/])|\[\d{1,3}\]|\*(?<![\s*]\*)\*{0,2}(?![\w*])")
# A mark as written, wherever it stands.
MARK_TEXT = r"[xх]{1,3}/|\[\d{1,3}\]|\*{1,3}"
# A paragraph that is a note: it opens with a mark and goes on.
LABEL = re.compile(rf"\s*(?P<mark>{MARK_TEXT})\s+(?=\S)")


def typed_notes(paragraphs: list[Span]) -> dict[int, re.Match[str]]:
    """The paragraphs (by index) that are the notes of marks above them, each with its label."""
    labels = {index: found for index, span in enumerate(paragraphs) if (found := LABEL.match(span.text))}
    if not labels:
        return {}
    where: dict[str, list[int]] = {}
    for index, span in enumerate(paragraphs):
        text = span.text[labels[index].end():] if index in labels else span.text
        for mark in MARK.finditer(text):
            where.setdefault(mark.group(), []).append(index)
    notes = Counter(found.group("mark") for found in labels.values())
    return {index: found for index, found in labels.items()
            if notes[found.group("mark")] == 1 and len(where.get(found.group("mark"), [])) == 1
            and where[found.group("mark")][0] < index}


def note_number(mark: str) -> str:
    """What a note's @n keeps of its mark: the number of '[1]', a typist's mark as it is ('x/', '*')."""
    return mark.strip("[]")


def note_type(mark: str) -> str:
    """Whose note a mark's is: a typist's mark is the document's own; a numbered one the translator's."""
    return "translator" if mark.startswith("[") else "document"
