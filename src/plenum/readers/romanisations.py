"""Another romanisation of a name, in the translator's bracket after it ('Ri Dong-geon [Ri Tong Gon]', Wade-Giles
and pinyin, 'Mao Tse-tung [Mao Zedong]'): a note of the translator, not words the translator supplied
(readers/brackets.py)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# A name of capitalised words (hyphenated syllables too), and one ending just before a bracket.
_NAME = re.compile(r"[A-Z][\w'’]*(?:-[\w'’]+)*(?:\s+[A-Z][\w'’]*(?:-[\w'’]+)*){1,3}")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’]*(?:-[\w'’]+)*\s+){0,3}[A-Z][\w'’]*(?:-[\w'’]+)*)\s*$")


def romanisation(text: str, start: int, inner: str) -> bool:
    """Whether a bracket holds another romanisation of the name just before it ('Kim Seok-hyeong [Kim
    Sok-hyong]'): two to four capitalised words much like the last words of that name, not a name's
    missing part ('Kim [Gwan]', '[Anastas] Mikoyan')."""
    words = inner.split()
    if len(words) == 1:
        return _one_word(text[max(0, start - 40):start], inner.strip())
    if not 2 <= len(words) <= 4 or not _NAME.fullmatch(inner.strip()):
        return False
    name = _NAME_BEFORE.search(text, max(0, start - 80), start)
    if name is None or name.group(1).split()[-1][:1] == "[":
        return False
    before, spelt = name.group(1).split(), _letters(inner)
    if before[-len(words):] == words:     # the same name again ('Kim Il [Kim Il]'): no other romanisation; one
        return False                      # differing in its hyphens or capitals is ('Pak Ui-wan [Pak Ui Wan]')
    endings = [_letters(" ".join(before[-count:])) for count in range(1, len(before) + 1)]
    return any(_initial(ending) == _initial(spelt) and SequenceMatcher(None, ending, spelt).ratio() >= 0.7
               for ending in endings) \
        or any(SequenceMatcher(None, _pinyin(ending), _pinyin(spelt)).ratio() >= 0.8 for ending in endings)


def _one_word(before: str, inner: str) -> bool:
    """Whether one bracketed word spells the one-word name just before it in the other system of romanising Chinese
    ('Premier Chu [Zhu]', 'Chou [Zhou]', 'Teng [Deng]'): the same sounds in other letters; or spells it otherwise, its
    letters nearly all the same ('at Probetown [Probeton]', _ALIKE); not a missing part ('Kim [Gwan]')."""
    name = re.search(r"\b([A-Z][\w'’]*(?:-[\w'’]+)*)\s*$", before)
    if name is None or not re.fullmatch(r"[A-Z][\w'’]*(?:-[\w'’]+)*", inner):
        return False
    spelt, said = _letters(name.group(1)), _letters(inner)
    return spelt != said and (_pinyin(spelt) == _pinyin(said)
                              or spelt[0] == said[0] and SequenceMatcher(None, spelt, said).ratio() >= _ALIKE)


# How alike a place's two spellings are, at the least ('Probetown' and 'Probeton'; not a name and another, 'Testarov
# [Testov]').
_ALIKE = 0.88


# Wade-Giles spellings of Chinese sounds and the pinyin letters they come to, longest first ('Tse-tung' and 'Zedong'
# both 'zedong', 'Chou' and 'Zhou' both 'jou', 'Ch'iao' and 'Qiao' both 'jiao', 'Hsiao' and 'Xiao' both 'xiao').
_WADE_GILES = re.compile(r"hs|ts|tz|ch|zh|ung|ih|k|t|p|q")
_PINYIN = {"hs": "x", "ts": "z", "tz": "z", "ch": "j", "zh": "j", "ung": "ong", "ih": "i", "k": "g", "t": "d", "p": "b",
           "q": "j"}


def _pinyin(letters: str) -> str:
    """A Chinese name's letters (_letters) with Wade-Giles spellings as pinyin writes them, the same for either."""
    return _WADE_GILES.sub(lambda sound: _PINYIN[sound.group(0)], letters)


# The first sounds the systems of romanising Korean write with different letters: Revised 'Baek', 'Jo', 'Gim', 'Dong',
# 'Ri' against McCune-Reischauer 'Paek', 'Cho', 'Kim', 'Tong', 'Li' or 'Yi'.
_SAME_SOUND = str.maketrans({"b": "p", "j": "c", "g": "k", "d": "t", "r": "l", "y": "l"})


def _initial(letters: str) -> str:
    """A romanised name's first letter, the same for the same sound in either system ('baek', 'paek' -> 'p')."""
    return letters[:1].translate(_SAME_SOUND)


def _letters(name: str) -> str:
    """A name's letters alone, in lower case ('Ri Dong-geon' -> 'ridonggeon')."""
    return re.sub(r"[^\w]|_", "", name).lower()
