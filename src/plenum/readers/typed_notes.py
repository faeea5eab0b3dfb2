"""A typed document's own footnotes: a mark in the text ('at my request x/ and'), the note under the
text, often after the signature ('x/ the request was made by telephone'). Soviet typists marked them
x/, xx/ (Cyrillic х/ in the originals). Only a mark that stands once in the text, above the one
paragraph it opens, is read as a note: anything else stays text, as written."""

from __future__ import annotations

import re
from collections import Counter

from .spans import Span

# The mark in the text: x/ to xxx/ standing alone (not part of a word or a path).
MARK = re.compile(r"(?<![\w/])[xх]{1,3}/(?![\w/])")
# A paragraph that is a note: it opens with a mark and goes on.
LABEL = re.compile(r"\s*(?P<mark>[xх]{1,3}/)\s+(?=\S)")


def typed_notes(paragraphs: list[Span]) -> dict[int, re.Match[str]]:
    """The paragraphs (by index) that are the notes of marks above them, each with its label."""
    labels = {index: found for index, span in enumerate(paragraphs) if (found := LABEL.match(span.text))}
    where: dict[str, list[int]] = {}
    for index, span in enumerate(paragraphs):
        text = span.text[labels[index].end():] if index in labels else span.text
        for mark in MARK.finditer(text):
            where.setdefault(mark.group(), []).append(index)
    notes = Counter(found.group("mark") for found in labels.values())
    return {index: found for index, found in labels.items()
            if notes[found.group("mark")] == 1 and len(where.get(found.group("mark"), [])) == 1
            and where[found.group("mark")][0] < index}
