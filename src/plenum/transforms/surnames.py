"""A surname alone ('Qiao said …', 'with regard to Yun') in a Latin-script text, where it can only be
one person: linked with @cert='medium', for the review.

The surname is the first word of a longer form the text links ('Qiao Xiaoguang'), and it must be
unambiguous three times over: in the personography (the first word of one person's forms only: never
Kim, Li, Pak or Choe), in the text (no other capitalised name begins with it: 'Ban' is not Ban Hosan
where Ban Hakse is named too) and in the language (never written in lower case there). Originals are
left to `parallel_names`, which reads OCR surnames against the translation.

The text is searched for its few candidate surnames as plain strings (str.find), and only the text
nodes holding one are read with the patterns: a scan of every node with a regular expression cost
more than the rest of the transform.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from lxml import etree

from ..persons import Personography, fold
from ..tei import E, q
from ..textnodes import text_nodes, wrap_spans

PERSNAME = q("persName")
# A capitalised word no other capitalised word follows (a possessive 's may: 'Choe’s request').
LONE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?![\w-])(?!\s+[A-Z])")
# What follows a capitalised word another capitalised word follows ('Ban Hakse').
NAME_AFTER = re.compile(r"\s+(?=[A-Z])")
WORD_CHARACTER = re.compile(r"\w")
# The first word of a linked name that may be a surname alone.
CAPITALISED = re.compile(r"[A-Z][a-z]+")


def link_surnames(parts: list[etree._Element], persons: Personography) -> None:
    """Tag the surnames alone of a Latin-script text (its front, body and back) that name one person."""
    candidates = _candidates(parts, persons)
    if not candidates:
        return
    nodes = [node for part in parts for node in text_nodes(part)]
    texts = [node.tail if is_tail else node.text for node, is_tail in nodes]
    plain = " ".join(texts)
    places = {word: list(_occurrences(plain, word)) for word in candidates}
    surnames = {word: ref for word, ref in candidates.items()
                if not _before_name(plain, word, places[word]) and not _in_lower_case(plain, word)}
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    holding = {bisect.bisect_right(starts, at) - 1 for word in surnames for at in places[word]}
    for index in sorted(holding):
        (node, is_tail), text = nodes[index], texts[index]
        spans = [(match.start(1), match.end(1), E.persName({"ref": surnames[match.group(1)], "cert": "medium"},
                                                         match.group(1)))
                 for match in LONE.finditer(text) if match.group(1) in surnames]
        wrap_spans(node, is_tail, spans)


def _candidates(parts: list[etree._Element], persons: Personography) -> dict[str, str]:
    """Surname -> pointer, for the first words of the text's linked longer forms that are one
    person's in the text and in the personography."""
    owners: dict[str, set[str]] = {}
    for part in parts:
        for name in part.iter(PERSNAME):
            ref = name.get("ref")
            if not ref or name.get("cert"):   # the attributes first: reading a name's words costs more
                continue
            words = "".join(name.itertext()).split()
            if len(words) > 1 and CAPITALISED.fullmatch(words[0]):
                owners.setdefault(words[0], set()).add(ref)
    starts = persons.starting("latin")
    return {word: next(iter(refs)) for word, refs in owners.items()
            if len(refs) == 1 and len(starts.get(fold(word), ())) == 1}


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` occurs in `text`, as a string (inside longer words too)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _before_name(plain: str, word: str, places: list[int]) -> bool:
    """Whether the text writes the word (found at `places`) as a word another capitalised word
    follows ('Ban Hakse')."""
    return any((at == 0 or not WORD_CHARACTER.match(plain, at - 1)) and NAME_AFTER.match(plain, at + len(word))
               for at in places)


def _in_lower_case(plain: str, word: str) -> bool:
    """Whether the text writes the word in lower case, as a word of its own."""
    lower = word.lower()
    return any((at == 0 or not WORD_CHARACTER.match(plain, at - 1))
               and not WORD_CHARACTER.match(plain, at + len(lower)) for at in _occurrences(plain, lower))
