"""The languages an archive page names for its original ("Original Language: Russian, Korean"), with their
ISO 639 codes, as the header's textLang and langUsage write them."""

from __future__ import annotations

import re

# Languages named in "Original Language:" fields -> ISO 639 codes.
LANGUAGES = {"english": "en", "russian": "ru", "chinese": "zh", "korean": "ko", "german": "de",
             "hungarian": "hu", "polish": "pl", "czech": "cs", "mongolian": "mn", "japanese": "ja",
             "bulgarian": "bg", "romanian": "ro", "vietnamese": "vi", "albanian": "sq", "portuguese": "pt",
             "spanish": "es", "french": "fr", "italian": "it", "serbo-croatian": "sh", "serbian": "sr",
             "croatian": "hr", "slovak": "sk", "slovenian": "sl", "macedonian": "mk", "greek": "el",
             "finnish": "fi", "swedish": "sv", "dutch": "nl", "ukrainian": "uk", "georgian": "ka",
             "arabic": "ar", "persian": "fa", "dari": "prs", "pashto": "ps", "hindi": "hi", "turkish": "tr",
             "hebrew": "he", "lao": "lo", "khmer": "km", "indonesian": "id"}
# Between the languages of a field that names more than one ('Russian, Korean', 'Chinese and Korean').
_LANGUAGE_LIST = re.compile(r"\s*(?:[,;/&]|\band\b)\s*", re.I)


def language_code(field: str) -> str:
    """The code of the original's language the field names: the first it names that plenum knows
    ('Russian, Korean' is Russian), 'und' for none."""
    names = [name.lower() for name in _LANGUAGE_LIST.split(field.strip()) if name]
    return next((LANGUAGES[name] for name in names if name in LANGUAGES), "und")


def language_name(code: str) -> str:
    """The English name of a language by its code ('ru' Russian), 'Undetermined' for one plenum does not know."""
    names = {v: k.capitalize() for k, v in LANGUAGES.items()}
    return names.get(code, "Undetermined")
