"""Punctuation a broken font lost inside decoded runs, guessed from the kind of text around it.

A shifted font drops spaces and punctuation alike into U+FFFD, so between two decoded words two lost
characters are a punctuation mark and a space, and which mark it was must be guessed. `Punctuator`
guesses from context rules about kinds of text (initials and abbreviations take a period, a name list
takes commas, a connective opening a sentence takes a comma, a word that only starts sentences follows
a period, a bracketed label before a quotation takes a colon) and from what the document's own plain
text prints between the same words. Each guess carries its certainty and the rule that made it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .punctuation_words import (
    ABBREVIATIONS, AUXILIARIES, CONJUNCTIONS, CONNECTIVES, PREPOSITIONS, REPORTING, STARTERS, SUBORDINATORS,
)

LOST = "\ufffd"
_WORD = re.compile(r"[A-Za-z][A-Za-z\u2019'\-]*")
_SENTENCE_END = re.compile(r"(?:[.?!][\u201d\u2019\"')\]]*\s|\n\s*\n|^)(?=[^.?!]*$)")
_OPENING = "\u201c\u2018([\""
_CLOSING = "\u201d\u2019)]\""
_LABEL = re.compile(r"\[\s*(?:handwritten|typed|stamp|note|written|printed|signed|in the margin)\b",
                    re.IGNORECASE)


@dataclass(frozen=True)
class Guess:
    """Lost characters read: `text` (marks and spaces), how certain, and the rule that decided."""

    text: str
    cert: str
    rule: str


class PunctuationModel:
    """What a document's plain text prints after words and before quotations, to learn its habits."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.after: dict[str, Counter[str]] = {}
        self.lower: Counter[str] = Counter()
        self.capital: Counter[str] = Counter()
        self.opening: Counter[str] = Counter()
        for line in lines:
            if LOST in line:
                continue
            for match in re.finditer(r"([A-Za-z]+)([.,:;?!]?)\s+(\S)", line):
                word, mark = match.group(1), match.group(2)
                self.after.setdefault(word.lower(), Counter())[mark] += 1
            for index, match in enumerate(_WORD.finditer(line)):
                word = match.group()
                before = line[:match.start()].rstrip()
                if word[0].islower():
                    self.lower[word.lower()] += 1
                elif before and before[-1] not in ".?!\u201c\u201d\"':;" and index:
                    self.capital[word.lower()] += 1
                elif before and before[-1] in ".?!":
                    self.opening[word.lower()] += 1

    def starts_sentence(self, word: str) -> bool:
        """Whether a capitalised word is one the document writes in lower case inside sentences (a common
        word, so capitalised it opens a sentence) rather than a name or title."""
        key = word.lower()
        if key in STARTERS or key in CONNECTIVES:
            return True
        if self.opening[key] and not self.capital[key]:
            return True
        return self.lower[key] > 0 and self.lower[key] >= 2 * self.capital[key]

    def mark_after(self, word: str) -> tuple[str, float]:
        """The mark the plain text most often prints after `word`, and its share of the word's uses."""
        counts = self.after.get(word.lower())
        if not counts or sum(counts.values()) < 3:
            return "", 0.0
        mark, count = counts.most_common(1)[0]
        return mark, count / sum(counts.values())


class Punctuator:
    """Guesses what a run of lost characters between two pieces of reading text stood for."""

    def __init__(self, model: PunctuationModel) -> None:
        self.model = model

    def guess(self, lost: int, left: str, right: str) -> Guess | None:
        """The reading of `lost` characters between `left` and `right` (reading text around them, lost
        characters further right still U+FFFD), or None when nothing can be guessed."""
        word = _last_word(left)
        if not word or left[-1].isspace():
            return None
        if lost == 1:
            return self._single(word, right)
        if lost == 2:
            if right.lstrip().startswith(LOST):
                return None
            if _opens_parenthesis(left, right) or _acronym_defined(left, right):
                return Guess(" (", "medium", "parenthesis-opens")
            if _short_parenthesis(left):
                return Guess(") ", "medium", "parenthesis-closes")
            mark = self._mark(left, word, right)
            return Guess(mark.text + " ", mark.cert, mark.rule)
        if lost == 3:
            return self._three(left, word, right)
        return None

    def _single(self, word: str, right: str) -> Guess | None:
        """One lost character touching a word: a period after an initial before another initial, or a
        mark inside a closing quotation mark."""
        if re.fullmatch(r"[A-Z]", word) and _is_initial(right):
            return Guess(".", "high", "initial")
        if right[:1] and right[0] in _CLOSING:
            after = right[1:].lstrip(_CLOSING + LOST + " \t\n")
            if not after.strip():
                return Guess(".", "low", "quotation-end")
            following = _first_word(after)
            if after[0].islower():
                return Guess(",", "medium", "quotation-continues")
            if following and self.model.starts_sentence(following):
                return Guess(".", "medium", "quotation-ends-sentence")
            return Guess(",", "low", "quotation-before-name")
        return None

    def _three(self, left: str, word: str, right: str) -> Guess | None:
        """Three lost characters between words: a closing parenthesis left open before them, or an
        abbreviation's period, then a mark and a space."""
        if _open_parenthesis(left):
            mark = self._mark(left + ")", word, right)
            return Guess(")" + mark.text + " ", "medium", "parenthesis-closes+" + mark.rule)
        if word.lower() in ABBREVIATIONS:
            mark = self._mark(left + ".", ".", right)
            return Guess("." + mark.text + " ", "medium", "abbreviation+" + mark.rule)
        return None

    def _mark(self, left: str, word: str, right: str) -> Guess:
        """The punctuation mark (without its space) between `left`, ending in `word`, and `right`."""
        following = _first_word(right)
        if word.lower() in ABBREVIATIONS and len(word) <= 4:
            return Guess(".", "high", "abbreviation")
        if re.fullmatch(r"[A-Z]", word) and not left[-2:-1].isalpha() and following[:1].isupper():
            return Guess(".", "high", "initial")
        segment = _segment(left)
        if _is_connective(segment) and _clause_start(left):
            return Guess(",", "high", "connective")
        stripped = right.lstrip()
        if not stripped or re.match(r"[ \t]*\n[ \t]*\n", right):
            return Guess(".", "medium", "paragraph-end")
        if stripped[0] in "\u201c\"":
            return self._before_quotation(left, word, right)
        habit, share = self.model.mark_after(word)
        if habit == ":" and share >= 0.6:
            return Guess(":", "medium", "document-habit")
        if _semicolon_list(_sentence(left), stripped):
            return Guess(";", "medium", "list-of-clauses")
        if stripped[0].islower() or stripped[0] == "[" and stripped[1:2].islower():
            return Guess(",", "medium", "lower-case-follows")
        if not following or not following[0].isupper():
            return Guess(",", "low", "default")
        return self._before_capital(left, segment, following, right)

    def _before_quotation(self, left: str, word: str, right: str) -> Guess:
        """Before an opening quotation mark: a colon after a bracketed label ('[Handwritten …: “To …'), or
        what the document prints after the word, else a comma."""
        opened = left.rfind("[")
        if opened > left.rfind("]") and _LABEL.match(left[opened:]):
            return Guess(":", "high", "label-before-quotation")
        mark, share = self.model.mark_after(word)
        if mark in (":", ",") and share >= 0.6:
            return Guess(mark, "medium", "document-habit")
        if word.lower() in REPORTING:
            return Guess(",", "medium", "quotation-reported")
        if any(w.lower() in REPORTING for w in _words(_sentence(left))[:-1]):
            return Guess(":", "low", "quotation-after-object")
        if _first_word(right)[:1].isupper() and not _introductory(_sentence(left)):
            return Guess(".", "low", "quotation-opens-sentence")
        return Guess(",", "low", "quotation-follows")

    def _before_capital(self, left: str, segment: str, following: str, right: str) -> Guess:
        """Before a capitalised word: a period before a word that opens sentences, a comma inside a list
        of names or after an introductory clause, a period before a name that a verb follows."""
        sentence = _sentence(left)
        introductory = _introductory(sentence)
        pronoun = following == "I" and not _is_initial(right)
        if pronoun or following != "I" and self.model.starts_sentence(following):
            return Guess(".", "medium", "sentence-starts")
        if _is_list_item(segment) and _list_before(left):
            return Guess(",", "medium", "name-list")
        next_segment = _segment_ahead(right)
        if _is_list_item(next_segment) and _continues_list(right, next_segment):
            return Guess(",", "medium", "name-list")
        if _reported(next_segment):
            return Guess(",", "medium", "reporting-clause")
        if introductory:
            return Guess(",", "medium", "introductory-clause")
        if len(_words(sentence)) <= 2:
            return Guess(",", "low", "short-sentence")
        return Guess(".", "low", "clause-follows")


def _words(text: str) -> list[str]:
    """The words of a text (letters, apostrophes, hyphens)."""
    return _WORD.findall(text)


def _last_word(text: str) -> str:
    """The word a text ends in (closing quotation marks and brackets aside); '' if it ends otherwise."""
    words = re.findall(r"[A-Za-z][A-Za-z\u2019']*", text[-40:])
    return words[-1] if words and re.search(r"[A-Za-z\u2019'][\u201d\u2019)\]\"]*$", text) else ""


def _first_word(text: str) -> str:
    """The word a text opens with (opening quotation marks and brackets aside); '' if none."""
    match = re.match(r"[\s\u201c\u2018(\[\"]*([A-Za-z][A-Za-z\u2019']*)", text)
    return match.group(1) if match else ""


def _sentence(left: str) -> str:
    """The sentence `left` ends in: the text since the last sentence end or paragraph break."""
    text = left[-600:]
    ends = [m.end() for m in re.finditer(r"[.?!][\u201d\u2019\"')\]]*\s+(?=[\u201c\u2018(\[\"]*[A-Z])|\n\s*\n", text)]
    return text[ends[-1]:] if ends else text


def _segment(left: str) -> str:
    """The text since the last punctuation mark or lost character: the phrase a mark would close."""
    parts = re.split(r"[.,;:?!()\[\]\u201c\u201d\"\ufffd]", left[-300:])
    return parts[-1].strip()


def _segment_ahead(right: str) -> str:
    """The text up to the next punctuation mark or lost character."""
    parts = re.split(r"[.,;:?!()\[\]\u201c\u201d\"\ufffd]", right[:300])
    return parts[0].strip()


def _is_connective(segment: str) -> bool:
    """Whether a phrase is a connective that a comma sets off ('However', 'For example')."""
    return " ".join(segment.lower().split()) in CONNECTIVES


def _clause_start(left: str) -> bool:
    """Whether the phrase before the slot opens a sentence or follows a comma (a connective set off)."""
    text = left.rstrip()
    head = re.sub(r"[A-Za-z\s]+$", "", text)
    return head == "" or head[-1] in ".?!,;:\n" or head.endswith(("\u201d", "\ufffd")) or bool(
        re.search(r"[.?!][\u201d\u2019\"')\]]*\s*$", head))


def _introductory(sentence: str) -> bool:
    """Whether the clause before the slot is an introductory one: the sentence, or its part since the last
    comma, opens with a subordinator, a preposition or a participle ('Despite agreeing with Lankov …', 'In
    1954', 'Speaking about the conditions …', '… that if she dared to do so')."""
    words = _words(sentence)
    if not words:
        return False
    clause = _words(sentence.split(",")[-1])
    if "," in sentence and clause and clause[0].lower() in CONJUNCTIONS:
        return True
    if "," in sentence:
        return False
    text = " ".join(words).lower()
    if any(text == opener or text.startswith(opener + " ") for opener in SUBORDINATORS):
        return True
    head = re.split(r"\b(?:where|that|which|who|whom|whose|when|if)\b", sentence)[0]
    return (words[0].lower() in PREPOSITIONS or words[0].endswith("ing")) and not _has_verb(head)


def _has_verb(text: str) -> bool:
    """Whether a stretch of text holds a finite verb: an auxiliary or a past form ('was started', 'admitted')."""
    return any(w.lower() in AUXILIARIES or len(w) > 4 and w.endswith("ed") for w in _words(text)[1:])


def _semicolon_list(sentence: str, right: str) -> bool:
    """Whether the slot separates items of a list after a colon whose items hold commas: such items are
    set off by semicolons ('four factions: the “Soviet faction” …; the “Yan’an faction,” made up …; and')."""
    if ":" not in sentence:
        return False
    items = sentence[sentence.rfind(":") + 1:]
    first = _words(items)[:1]
    if "," not in items or not first or re.search(r",\s*" + re.escape(first[0]) + r"\b", items, re.IGNORECASE):
        return False
    opening = _first_word(right)
    return opening.lower() == first[0].lower() or opening == "and" and (";" in items or bool(
        re.match(r"and\s+" + re.escape(first[0]) + r"\b", right, re.IGNORECASE)))


def _reported(segment: str) -> bool:
    """Whether a phrase ahead is only a name and a verb of saying ('Li Sangjo said,', 'Li Sangjo pointed
    out,'): a reporting clause set in the sentence, not a new sentence ('Bak said that …')."""
    words = segment.split()
    names = [w for w in words[:4] if w[0].isupper()]
    rest = [w.lower() for w in words[len(names):]]
    return bool(names) and words[:len(names)] == names and bool(rest) and rest[0] in REPORTING \
        and rest[1:] in ([], ["out"])


def _acronym_defined(left: str, right: str) -> bool:
    """Whether the word ahead is an acronym of the capitalised words before the slot ('Chinese Communist
    Party' CCP): two lost characters before it were a space and an opening parenthesis."""
    match = re.match(r"\s*([A-Z]{2,6})(?![A-Za-z])", right)
    if not match:
        return False
    acronym = match.group(1)
    words = re.findall(r"[A-Za-z][A-Za-z\u2019']*", left[-120:])[-len(acronym) - 2:]
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials.endswith(acronym) or initials.endswith(acronym[:-1]) and len(acronym) > 2


def _short_parenthesis(left: str) -> bool:
    """Whether a parenthesis opened just before holds only an acronym or a few words: the next lost
    characters close it ('(KWP) over')."""
    opened = left.rfind("(")
    inside = left[opened + 1:]
    return opened >= 0 and ")" not in inside and len(inside.split()) <= 3 and not re.search(r"[.,;:\ufffd\n]", inside)


def _names_only(segment: str) -> bool:
    """A phrase of capitalised words (names, titles, places), allowing 'of', 'the', 'and', 'to', 'for'."""
    words = segment.split()
    return bool(words) and all(w[0].isupper() or w in ("of", "the", "and", "to", "for") for w in words) \
        and words[0][0].isupper()


def _is_list_item(segment: str) -> bool:
    """Whether a phrase could be an item of a list of names: a few capitalised words."""
    return _names_only(segment) and len(segment.split()) <= 7


def _list_before(left: str) -> bool:
    """Whether the phrase before the slot follows a comma that itself closed a short capitalised phrase
    (the second and later items of a name list)."""
    text = left.rstrip()
    head = text[: len(text) - len(_segment(text))].rstrip()
    if not head.endswith(","):
        return False
    previous = _segment(head[:-1])
    return _is_list_item(previous)


def _continues_list(right: str, segment: str) -> bool:
    """Whether the capitalised phrase ahead is followed by another lost mark, a comma, 'and' or a closing
    quotation mark: an item of a list rather than the subject of a new sentence."""
    rest = right.lstrip()[len(segment):] if right.lstrip().startswith(segment) else ""
    rest = rest.lstrip()
    return rest[:1] in (LOST, "\u201d", ")", "") or rest.startswith(("and ", ", and ")) or bool(
        re.match(r",\s*[A-Z]", rest))


def _is_initial(right: str) -> bool:
    """Whether the text ahead opens with an initial: a capital, a lost character or period, a capital."""
    return bool(re.match(r"\s*[A-Z](?:\ufffd+|\.\s*)[A-Z]", right))


def _open_parenthesis(left: str) -> bool:
    """Whether a parenthesis opened in the text before (within its paragraph) is not yet closed."""
    closed = 0
    for char in reversed(left[-800:].split("\n\n")[-1]):
        if char == ")":
            closed += 1
        elif char == "(":
            if not closed:
                return True
            closed -= 1
    return False


def _opens_parenthesis(left: str, right: str) -> bool:
    """Whether the text ahead closes a parenthesis that nothing before opened: two lost characters before it,
    with no parenthesis open, were a space and the opening one ('Ban Hosan (formerly … a mine), and')."""
    if _open_parenthesis(left):
        return False
    opened = 0
    for char in right[:400].split("\n\n")[0]:
        if char == "(":
            opened += 1
        elif char == ")":
            if not opened:
                return True
            opened -= 1
        elif char in ".?!" and not opened:
            return False
    return False
