"""The languages of a record's text: the original (e.g. Russian OCR) and the translation, told apart by script."""

from __future__ import annotations

import re

from .page_breaks import CLASSIFICATION
from .spans import Span

SCRIPTS = {"ru": "cyrillic", "bg": "cyrillic", "uk": "cyrillic", "mn": "cyrillic", "zh": "han", "ko": "hangul",
           "ja": "han"}
SCRIPT_CHARS = {"cyrillic": "[А-яЁё]", "han": "[\u4e00-\u9fff]", "hangul": "[\uac00-\ud7af]"}
_ENGLISH = re.compile(r"\b(?:the|of|and|to|in|is|that|for|was|with|on|as|by|at|this|we|he|it|not|be|are|"
                      r"from|his|have|has|had|they|you|our|their|who|will|about)\b", re.I)

_LETTER = re.compile(r"[^\W\d_]")


def split_languages(paragraphs: list[Span], original_language: str) -> list[tuple[str, str, list[Span]]]:
    """[(language, 'original'|'translation', paragraphs)], the original first."""
    script = SCRIPTS.get(original_language)
    if script is None:
        return [("en", "translation", paragraphs)]
    letters = re.compile(SCRIPT_CHARS[script])
    # The original ends with the last paragraph written mostly in its script.
    last = next((i for i in reversed(range(len(paragraphs))) if _majority(paragraphs[i].text, letters)), None)
    if last is None:
        return [("en", "translation", paragraphs)]
    boundary = next((i for i in range(last + 1, len(paragraphs)) if _english(paragraphs[i].text)),
                    len(paragraphs))
    parts = [(original_language, "original", paragraphs[:boundary])]
    if boundary < len(paragraphs):
        parts.append(("en", "translation", paragraphs[boundary:]))
    return parts


def _majority(text: str, letters: re.Pattern[str]) -> bool:
    """True when most letters of `text` are in the given script."""
    # Most paragraphs hold no letter of the script (and an ASCII one cannot): nothing to count.
    if text.isascii() or not letters.search(text):
        return False
    total = len(_LETTER.findall(text))
    return total > 0 and len(letters.findall(text)) * 2 > total


def _english(text: str) -> bool:
    """True for a paragraph that reads as English (function words or an English classification)."""
    return bool(_ENGLISH.search(text)) or bool(CLASSIFICATION.fullmatch(text.strip())) and text.isascii()
