"""A surname alone ('Qiao said …', 'with regard to Yun') in a Latin-script text, where it can only be
one person: linked with @cert='medium', for the review.

The surname is the first word of a longer form the text links ('Qiao Xiaoguang'), and it must be
unambiguous three times over: in the personography (the first word of one person's forms only: never
Kim, Li, Pak or Choe), in the text (no other capitalised name begins with it: 'Ban' is not Ban Hosan
where Ban Hakse is named too) and in the language (never written in lower case there). Originals are
left to `parallel_names`, which reads OCR surnames against the translation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from lxml import etree

from ..persons import Personography, fold
from ..tei import E, q
from ..textnodes import text_nodes, wrap_spans

PERSNAME = q("persName")
# Each pattern is made for the text's candidate surnames (`{words}`: an alternation of them), so that a
# text is scanned for those words only. A surname no other capitalised word follows (a possessive 's
# may: 'Choe’s request'):
LONE = r"(?<![\w'’-])({words})(?![\w-])(?!\s+[A-Z])"
# a surname another capitalised word follows ('Ban Hakse'), and the surname written in lower case:
BEFORE_NAME = r"\b({words})\s+(?=[A-Z])"
LOWER = r"(?<!\w)({words})(?!\w)"


def link_surnames(parts: list[etree._Element], persons: Personography) -> None:
    """Tag the surnames alone of a Latin-script text (its front, body and back) that name one person."""
    surnames = _surnames(parts, persons)
    if not surnames:
        return
    lone = _alternation(LONE, surnames)
    for part in parts:
        for node, is_tail in text_nodes(part):
            text = node.tail if is_tail else node.text
            spans = [(match.start(1), match.end(1), E.persName({"ref": surnames[match.group(1)], "cert": "medium"},
                                                             match.group(1)))
                     for match in lone.finditer(text)]
            wrap_spans(node, is_tail, spans)


def _surnames(parts: list[etree._Element], persons: Personography) -> dict[str, str]:
    """Surname -> pointer, for the first words of the text's linked longer forms that pass the checks."""
    owners: dict[str, set[str]] = {}
    for part in parts:
        for name in part.iter(PERSNAME):
            words = " ".join("".join(name.itertext()).split()).split()
            if name.get("ref") and not name.get("cert") and len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+", words[0]):
                owners.setdefault(words[0], set()).add(name.get("ref"))
    starts = persons.starting("latin")
    single = {word: next(iter(refs)) for word, refs in owners.items()
              if len(refs) == 1 and len(starts.get(fold(word), ())) == 1}
    if not single:
        return {}
    plain = " ".join((node.tail if is_tail else node.text) for part in parts for node, is_tail in text_nodes(part))
    before_names = set(_alternation(BEFORE_NAME, single).findall(plain))
    lower = set(_alternation(LOWER, {word.lower() for word in single}).findall(plain))
    return {word: ref for word, ref in single.items() if word not in before_names and word.lower() not in lower}


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str, words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(pattern.format(words="|".join(map(re.escape, words))))


def _alternation(pattern: str, words: Iterable[str]) -> re.Pattern[str]:
    """`pattern` for these words (compiled once per set of words: the same sets recur in a run)."""
    return _compiled(pattern, tuple(sorted(words)))
