"""The languages of a record's text: the original (e.g. Russian OCR) and the translation, told apart by
script, or for an original in the Latin script (German, Hungarian, Polish, …) by its commonest words."""

from __future__ import annotations

import re

from .citation import MONTHS
from .labels import recognise
from .page_breaks import CLASSIFICATION
from .spans import Span
from .written_dates import is_dateline

SCRIPTS = {"ru": "cyrillic", "bg": "cyrillic", "uk": "cyrillic", "mn": "cyrillic", "zh": "han", "ko": "hangul",
           "ja": "han"}
SCRIPT_CHARS = {"cyrillic": "[А-яЁё]", "han": "[\u4e00-\u9fff]", "hangul": "[\uac00-\ud7af]"}
_ENGLISH = re.compile(r"\b(?:the|of|and|to|in|is|that|for|was|with|on|as|by|at|this|we|he|it|not|be|are|"
                      r"from|his|have|has|had|they|you|our|their|who|will|about)\b", re.I)

# A translation's title alone, one English word the originals' languages do not share ('Report' over the
# translation of 'Jelentés'; not 'Note', 'Memorandum' or 'Information', which German writes too).
_ENGLISH_TITLE = re.compile(r"(?:Report|Record|Minutes|Diary|Transcript|Telegram|Cable)\.?", re.I)
_LETTER = re.compile(r"[^\W\d_]")
# A translation's meeting details, English by their label ('Present: Comrade Béla Tesztelő, …').
_ENGLISH_FIELD = re.compile(r"(?:Present|Participants|Also present|Time|Place|Location|Date)\s*:")


# Originals in the Latin script, told from English by their commonest words: a paragraph is in the
# language when they are at least a sixth of its words (and English ones are fewer).
LATIN_WORDS = {
    "de": "der die das und ist nicht mit den dem des zu ein eine auf für sich von im wir er sie dass daß ich zum zur "
          "auch werden wird haben noch nach aber bei aus nur wie oder sind wurde über uns dann einer einen",
    "pl": "i w na z że się do nie jest to o od po przez jak ich oraz",
    "hu": "a az és hogy nem is egy meg de van volt ezt azt mint már",
    "cs": "a v se na že je s z do to o jsou by jako také",
    "ro": "și în de la cu că pe nu un o din este sunt care mai",
    "vi": "và của là có không được những các đã với cho này trong về một người để đến khi",
    "sq": "dhe të në për një që me nga është se janë do",
}
_WORDS = re.compile(r"[^\W\d_]+")
_SHARE = 6   # one word in six


def split_languages(paragraphs: list[Span], original_language: str) -> list[tuple[str, str, list[Span]]]:
    """[(language, 'original'|'translation', paragraphs)] in the page's order: the original first, or the
    translation first where English paragraphs come before the first one in the original's script.
    Where the page names a language none of its paragraphs is in ('Korean' over a Russian text of the
    original), an original in the Cyrillic, Chinese or Korean script is found by its script: two of
    its paragraphs or more (or the text's only one), and no English one among them. A text the page says was
    written in English, and no original in another script found, is its original alone."""
    parts = _split(paragraphs, original_language)
    if len(parts) > 1 or parts[0][1] == "original":
        return parts
    for language in _BY_SCRIPT:
        found = _split(paragraphs, language) if language != original_language else parts
        original = next((spans for _, kind, spans in found if kind == "original"), [])
        letters = re.compile(SCRIPT_CHARS[SCRIPTS[language]])
        in_script = sum(_majority(span.text, letters) for span in original)
        if (in_script >= 2 or in_script == len(paragraphs)) and not any(_english(span.text) for span in original):
            return found
    return [("en", "original", paragraphs)] if original_language == "en" else parts   # English: no translation


# The originals found by their script where the page's language field names none of the text's.
_BY_SCRIPT = ("ru", "zh", "ko")


def script_language(text: str, first: str) -> str | None:
    """The language in whose script most letters of `text` are: `first` (the page's original's) if its script is
    that, else Russian, Chinese or Korean; None for a text in the Latin script (a note's, '一九五二年…' → 'zh')."""
    for language in dict.fromkeys((first, *_BY_SCRIPT)):
        if language in SCRIPTS and _majority(text, re.compile(SCRIPT_CHARS[SCRIPTS[language]])):
            return language
    return None


def _split(paragraphs: list[Span], original_language: str) -> list[tuple[str, str, list[Span]]]:
    """split_languages for the language the page names."""
    script, common = SCRIPTS.get(original_language), None
    if original_language in LATIN_WORDS:
        common = frozenset(LATIN_WORDS[original_language].split())
        last = _latin_original_end(paragraphs, common)
    elif script is None:
        return [("en", "translation", paragraphs)]
    else:
        letters = re.compile(SCRIPT_CHARS[script])
        first = next((i for i, paragraph in enumerate(paragraphs) if _majority(paragraph.text, letters)), None)
        if first and any(_english(paragraph.text) for paragraph in paragraphs[:first]):
            # the page gives the translation first, the original after it
            return [("en", "translation", paragraphs[:first]), (original_language, "original", paragraphs[first:])]
        # The original ends with the last paragraph written mostly in its script.
        last = next((i for i in reversed(range(len(paragraphs))) if _majority(paragraphs[i].text, letters)), None)
    if last is None:
        return [("en", "translation", paragraphs)]
    # (the translation begins at its first English paragraph, or after an original in another script at its
    # number, date or classification, in Latin letters: 'Nº P12/IV' / '8 August 1955' / 'Strictly Secret')
    boundary = next((i for i in range(last + 1, len(paragraphs))
                     if (_english(paragraphs[i].text) if common is None else _more_english(paragraphs[i].text, common))
                     or _titled_label(paragraphs[i])
                     or script is not None and _translation_head(paragraphs[i].text)), len(paragraphs))
    parts = [(original_language, "original", paragraphs[:boundary])]
    if boundary < len(paragraphs):
        parts.append(("en", "translation", paragraphs[boundary:]))
    return parts


def _translation_head(text: str) -> bool:
    """A translation's number, date or classification in Latin letters ('Nº P12/IV', '8 August 1955')."""
    text = text.strip()
    return _LATIN_NUMBER.fullmatch(text) is not None or bool(CLASSIFICATION.fullmatch(text)) \
        or is_dateline(text) and _LATIN_MONTH.search(text) is not None


# A registry's number written the translation's way ('Nº P12/IV[1]', 'No. 88'; never the Russian '№ 88'), and an
# English month's name.
_LATIN_NUMBER = re.compile(r"(?:No\.?|Nº)\s*[A-Z]{0,3}\d[\w/.-]*(?:\[\d{1,3}\])?")
_LATIN_MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b")


def _latin_original_end(paragraphs: list[Span], common: frozenset[str]) -> int | None:
    """The last paragraph of an original in a Latin script: the last one in its language before the
    first in English; None when English comes first (most pages give the translation alone)."""
    last = None
    for index, paragraph in enumerate(paragraphs):
        words, own, english = _word_counts(paragraph.text, common)
        if words < 4 or CLASSIFICATION.fullmatch(paragraph.text.strip()):
            continue                      # a heading or a date: too short to tell; a classification letter-spaced,
                                          # its letters no words ('H i g h l y c l a s s i f i e d !')
        if own * _SHARE >= words and own > english:
            last = index
        elif english * _SHARE >= words:
            return last
    return last


def _more_english(text: str, common: frozenset[str]) -> bool:
    """Whether a paragraph after an original in a Latin script reads as English rather than as the original
    ('in' and 'von' in a German heading, 'Besuch von AM Probinski in Probstadt', are the original's); a short one,
    a title or classification, as _english says."""
    words, own, english = _word_counts(text, common)
    return _english(text) and (words < 4 or english * _SHARE >= words and english > own)   # (a title alone: 'Report')


def _word_counts(text: str, common: frozenset[str]) -> tuple[int, int, int]:
    """How many words a paragraph has, how many of them are common words of the original's language and how
    many English ones: the figures both _latin_original_end and _more_english weigh."""
    words = [word.lower() for word in _WORDS.findall(text)]
    return len(words), sum(word in common for word in words), len(_ENGLISH.findall(text))


def _majority(text: str, letters: re.Pattern[str]) -> bool:
    """True when most letters of `text` are in the given script."""
    # Most paragraphs hold no letter of the script (and an ASCII one cannot): nothing to count.
    if text.isascii() or not letters.search(text):
        return False
    total = len(_LETTER.findall(text))
    return total > 0 and len(letters.findall(text)) * 2 > total


def _titled_label(paragraph: Span) -> bool:
    """A speaker label in the Latin script with a title or a verb ('Cde. Orekhov speaks:'): the
    translation's first paragraph may be one (a bare 'Benno: Marol' may be a scan's OCR noise)."""
    label = recognise(paragraph, "latin")
    return label is not None and bool(label.titles or label.verb)


def _english(text: str) -> bool:
    """True for a paragraph that reads as English (function words, an English classification or title)."""
    return bool(_ENGLISH.search(text)) or bool(CLASSIFICATION.fullmatch(text.strip())) and text.isascii() \
        or bool(_ENGLISH_TITLE.fullmatch(text.strip())) or bool(_ENGLISH_FIELD.match(text.strip()))


def garbled(text: str) -> bool:
    """Whether a block is what OCR made of specks and smudges on a scan ('~ · .· ~·~· · .._ : .•. _'): a
    letter or more, but fewer than three in ten of its marks letters or digits (a table's row has more); never a
    table of contents' line, its dots leading to the page ('2. Later questions.........4')."""
    marks = _SPACES.sub("", text)
    leaders = _LEADERS_TO_PAGE.search(text)
    if len(marks) < 8 or leaders is not None and _LETTER.search(text, 0, leaders.start()) is not None:
        return False
    alnum = len(_NOT_ALNUM.sub("", marks))
    return 0 < alnum < 0.3 * len(marks) and _LETTER.search(marks) is not None


_SPACES, _NOT_ALNUM, _LETTER = re.compile(r"\s+"), re.compile(r"[\W_]+"), re.compile(r"[^\W\d_]")
# The dots of a table of contents' line leading to its page number, at the line's end (after a word: garbled).
_LEADERS_TO_PAGE = re.compile(r"(?:[.…·]\s?){4,}\s*\d{1,4}\s*$")
