"""Handwritten replacements: when a translation gives a single handwritten word right after a typed
word of the same kind ('not defending [handwritten: weakening] but', 'cannot in any way approve
[handwritten: tolerate] the methods'), the hand replaced the typed word. The translator's bracket does
not say the typed word was struck, so the reading is plenum's, with its certainty and reason: the
bracket becomes subst(del[@cert], add) and a finding for review. Any other handwritten bracket stays an
insertion (see schema/ENCODING.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A typed word directly before the bracket: letters, then only spaces (no punctuation, no line break).
_TYPED = re.compile(r"(?<![\w'’-])([A-Za-z]+)[ \t]+$")
# One handwritten word and nothing else.
_WRITTEN = re.compile(r"\s*([a-z]+)\s*")
# Words that are never the replaced word or the replacing one: articles, pronouns, prepositions,
# conjunctions, auxiliaries and other closed-class words (an insertion after them adds, as
# 'the [handwritten: ideological] solidarity', 'and [handwritten: no] such', 'is [handwritten: even]').
_CLOSED = frozenset("""a an the this that these those some any no not all each every both either neither
and or but nor so yet if than then as because while whereas although though when where whether
of in on at to for from by with without into onto upon about over under between among through during
i you he she it we they me him her us them my your his its our their mine yours ours theirs who whom
whose which what be is are was were been being am have has had having do does did done
can cannot could may might must shall should will would also even only still just very too more most
much many such other same own here there now never always again indeed nothing something anything
everything""".split())
# Modal verbs: a typed word a few words after one, and the word replacing it, are both bare verbs.
_MODALS = frozenset("can cannot could may might must shall should will would".split())
# What may stand between a modal and its verb ('cannot in any way approve', 'would not fully accept').
_BETWEEN = frozenset("not never in any way at all also even ever only still really simply no longer".split())
# Endings that make a word not a bare verb.
_INFLECTED = ("ing", "ed", "ly", "s")


@dataclass(frozen=True)
class Replacement:
    """A handwritten word read as replacing the typed word before it: the typed word, the spaces
    between it and the bracket, the certainty of the reading and why."""

    typed: str
    space: int
    cert: str
    reason: str


def replacement(before: str, written: str) -> Replacement | None:
    """The replacement a handwritten bracket holding `written` makes of the typed text `before` it
    (the text of its paragraph up to the bracket), or None when the bracket reads as an insertion."""
    typed_match, written_match = _TYPED.search(before), _WRITTEN.fullmatch(written)
    if not typed_match or not written_match:
        return None
    typed, word = typed_match.group(1), written_match.group(1)
    if typed.lower() in _CLOSED or word in _CLOSED or typed.lower() == word or not typed.islower():
        return None
    space = len(before) - typed_match.end(1)
    for ending in ("ing", "ed"):
        if _inflected(typed, ending) and _inflected(word, ending):
            return Replacement(typed, space, "medium", f"both words end in -{ending}")
    if _after_modal(before[:typed_match.start(1)]) and _bare(typed) and _bare(word):
        return Replacement(typed, space, "low", "both words are bare verbs after a modal")
    return None


def _inflected(word: str, ending: str) -> bool:
    """Whether `word` carries `ending` on a stem of at least three letters ('defending', not 'ring')."""
    return word.endswith(ending) and len(word) - len(ending) >= 3


def _bare(word: str) -> bool:
    """Whether a word may be a bare verb: an open-class word of four letters or more with no
    inflectional ending."""
    return len(word) >= 4 and word.lower() not in _CLOSED and not word.endswith(_INFLECTED)


def _after_modal(text: str) -> bool:
    """Whether `text` ends with a modal verb or a negated auxiliary ('can't', 'don't'), at most three
    adverbial words before its end."""
    words = re.findall(r"[A-Za-z']+", text[-80:].lower())
    for back, word in enumerate(reversed(words)):
        if word in _MODALS or word.endswith("n't"):
            return True
        if back >= 3 or word not in _BETWEEN:
            return False
    return False
