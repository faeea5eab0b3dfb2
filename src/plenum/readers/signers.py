"""The lines of a signature block under a text, each read with the kind of the line below it: the signer's
post and name, a pseudonym, initials, a surname in parentheses, the office that sends it."""

from __future__ import annotations

import re

from .block_patterns import (
    OFFICE, POST, POST_LOWER, SURNAME, CODE_NAME, TERMINAL, PLACE, KIND_WORD,
)
from .brackets import SIGNATURE as SIGNED_BRACKET
from .page_breaks import CLASSIFICATION
from .signature_patterns import MANDATE, SIGNATURE_WORDS
from .stages import staged


# A signer's label and its colon, the signature's bracket after it perhaps ('AMBASSADOR:', 'Prepared by: [signature]'),
# and the words saying who drew up the text ('Prepared by', 'Drafted by').
_SIGNER_LABEL = re.compile(r"(?P<label>[^:\[\]]{2,60}?):(?:\s*(?P<bracket>\[[^\[\]]{1,40}\]))?")
_BY_LABEL = re.compile(r"(?:Prepared|Drafted|Compiled|Written|Submitted)\s+by", re.I)
# A word of approval alone under a text ('Approved', 'Agreed', 'Correct'): no surname.
_APPROVAL = re.compile(r"(?:Approv|Agre|Confirm|Not|Check|Verifi|Accept|Receiv|Read|Sign)ed|Correct|True|Yes|"
                       r"Согласен|Согласна|Верно|Утверждаю")


def post_line(text: str) -> bool:
    """Whether a line names a post, in capitals too ('USSR AMBASSADOR IN THE DPRK')."""
    return bool(POST.search(text) or text.isupper() and POST.search(text.title()))


def signer_kind(text: str, below: str | None, below_text: str = "") -> str | None:
    """'closer-signed' for a line of a signature block, read with the kind of the block below it (None:
    the text's last block): the signer's post, last or in capitals above a signature ('USSR AMBASSADOR
    IN THE DPRK'); the sending office above a closing line; the signer's name above a post; under
    whose authority, above a name; a name alone, last or above a closing line ('Testu Bogdanescu'), a surname over
    the date ('Terebin.' / '17.XII.1947'), the name and the body he signs for ('Testan Probowski, Central Committee
    of …'). A label and words after its colon are none ('Premier Testov: The Probeland', a turn a capture cut short)."""
    if below == "closer-signed" and (label := _SIGNER_LABEL.fullmatch(text)) and len(text.split()) <= 6 \
            and (post_line(label["label"]) or _BY_LABEL.fullmatch(label["label"])) \
            and (text.endswith(":") or SIGNED_BRACKET.fullmatch(label["bracket"])):
        return "closer-signed"       # the signer's post or the drafter's word and its colon above the signature, the
                                     # signature's bracket after it perhaps ('First Secretary:', 'AMBASSADOR:' /
                                     # '(G. Testov)', 'Prepared by: [signature]' / '/E. Probova/')
    if ":" in text.rstrip(":"):
        return None
    if below in ("closer-signed", "closer-dateline") and text[:1].isupper() and len(text.split()) <= SIGNATURE_WORDS + 4 \
            and post_line(text) and not TERMINAL.search(text):
        return "closer-signed"       # the signer's post above the name ('Ambassador of the USSR in the DPRK') or above
                                     # the place and date ('Chairman of the Committee for State Security of the USSR')
    if below == "closer-dateline" and (PLACE.fullmatch(text) or _POSTAL_PLACE.fullmatch(text)):
        return "closer-dateline"     # the place over the date ('Pyongyang', 'Foreign Office, S.W.1.' / '30 August 1951')
    if below and below.startswith("closer") and MANDATE.fullmatch(text[:1].upper() + text[1:]):
        return "closer-signed"       # on whose behalf the name above signs ('on behalf of the Political Council …')
    if (named := _PSEUDONYM.fullmatch(text)) and (below is None or below.startswith("closer")) \
            and (SURNAME.fullmatch(named["name"]) or name_alone(named["name"]) or code_name(named["name"])):
        return "closer-signed"       # a pseudonym and the real name the translator gives ('FILIPPOV [Stalin]')
    if below is None and _NAME_STOP.fullmatch(text) and (name_alone(text[:-1]) or code_name(text[:-1])):
        return "closer-signed"       # the name, last, with a stop ('Kim Test-song.'; not 'KALKIN. Good.', a turn)
    if below is None and _INITIALS_ALONE.fullmatch(text) \
            or below == "closer-dateline" and _INITIALS_OVER_DATE.fullmatch(text):
        return "closer-signed"       # the author's initials, last ('T.E.X.') or over the date ('G.B.' / '18 May 1967')
    if below is None and POST.match(text) and len(text.split()) <= SIGNATURE_WORDS + 6 and not TERMINAL.search(text) \
            and " of " in text:
        return "closer-signed"       # the signer's long post, last ('Premier of the State Council of the … Republic of …')
    if below == "closer-dateline" and SURNAME.fullmatch(text.removesuffix(".")) and not _APPROVAL.fullmatch(text):
        return "closer-signed"       # a surname, its stop perhaps, over the date ('Terebin.' / '17.XII.1947')
    if (below is None or below == "closer-dateline") and _HAN_NAME.fullmatch(text):
        return "closer-signed"       # a Chinese name alone, last or over the date ('周恩来' / '八月三日')
    if (below is None or below.startswith("closer")) and _SURNAME_IN_PARENTHESES.fullmatch(text) \
            and not (staged(text[1:-1]) or CLASSIFICATION.fullmatch(text) or KIND_WORD.fullmatch(text[1:-1])
                     or _NOT_NAMES.fullmatch(text[1:-1])):
        return "closer-signed"       # the signer's surname typed in parentheses, last ('(Testmann)'; not '(Applause)')
    name, comma, body = text.partition(",")
    if below is None and comma and name_alone(name.strip()) and OFFICE.search(body) and len(text.split()) <= 16 \
            and not TERMINAL.search(text):
        return "closer-signed"       # the name and the body he signs for, last ('Testan Probowski, Central Committee of …')
    short = len(text.split()) <= SIGNATURE_WORDS and (not TERMINAL.search(text) or _AD_INTERIM.search(text)
                                                      or _RANK_INITIALS.fullmatch(text)) \
        and not any(c.isdigit() for c in _ORDINAL.sub("", text))
    if not short:
        return None
    if (below is None or below.startswith("closer")) and (POST.search(text) and text[:1].isupper()
                                                          or _ORDINAL.match(text) and POST_LOWER.search(text)):
        return "closer-signed"       # the signer's post, last or above a closing line ('Chairman of the … Ministers',
                                     # 'Chargé d'Affaires a.i.', '2nd secretary of the Embassy')
    if below == "closer-signed" and (text.isupper() and len(text.split()) >= 2 or MANDATE.fullmatch(text)):
        return "closer-signed"
    if (below is None or below.startswith("closer")) and (name_alone(text) or code_name(text)):
        return "closer-signed"
    if below is None and SURNAME.fullmatch(text) and not _APPROVAL.fullmatch(text):
        return "closer-signed"       # a surname alone, last ('Testov', 'Тестов'), not an approval's word
    if below == "closer-signed" and below_text and POST.search(below_text) and SURNAME.fullmatch(text):
        return "closer-signed"       # a surname alone above the signer's post ('Probst' / 'Acting Ambassador')
    if below is None and _office_line(text) and text[:1].isupper() and len(text.split()) <= 8:
        return "closer-signed"       # the office that sends a cable, its last line ('Embassy of the USSR in the PRC'), the
                                     # body signing a letter, in capitals too ('THE CENTRAL COMMITTEE OF THE … PARTY')
    return "closer-signed" if below and below.startswith("closer") and _office_line(text) else None


def _office_line(text: str) -> bool:
    """Whether a line names an office or a body, in capitals too, the office its first words' ('THE CENTRAL COMMITTEE
    OF THE … PARTY'; not 'END OF SECTION')."""
    found = OFFICE.search(text.title()) if text.isupper() else None
    return bool(OFFICE.search(text)) or found is not None and len(before := text.title()[:found.start()].split()) <= 3 \
        and "Of" not in before


# A post held for the time being, its abbreviation's stops ending the line ('Chargé d'Affaires a.i.'), and
# an ordinal before a post ('2nd secretary').
_AD_INTERIM = re.compile(r"\b(?:a\.\s?i\.|ad int\.)$")
# A rank line in capitals ending on its initials: 'EL CORONEL D. E. M.'.
_RANK_INITIALS = re.compile(r"[A-Z ]+\s(?:[A-Z]\.\s?){2,}")
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b")
# A Chinese name of two to four characters, alone on its line; a surname in parentheses alone on its line.
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_SURNAME_IN_PARENTHESES = re.compile(r"\((?:[A-ZА-Я]\.\s?){0,2}[A-ZА-Я][a-zа-яё'’-]+(?:-[A-ZА-Я][a-zа-яё'’-]+)?\)")
_NOT_NAMES = re.compile(r"Continued|Concluded|End|Ends|Translation|Original|Unofficial|Official|Excerpt|Extract|Signed|"
                        r"Signature|Seal|Stamp|Illegible|Handwritten|Unsigned|Untitled|Undated|Attachment|Enclosure|Copy", re.I)
# A name and the stop after it, its initials first perhaps ('Kim Test-song.', 'A. Probin.').
_NAME_STOP = re.compile(r"(?:[A-ZА-Я]\.\s?){0,2}[A-ZА-Я][\w'’-]+(?:\s+[A-ZА-Я][\w'’-]+){0,3}\.")
# A signer's pseudonym and the real name in the translator's brackets after it ('FILIPPOV [Stalin]'), closing
# a quoted message ('PROBIN [Testov].”').
_PSEUDONYM = re.compile(r"(?P<name>[A-ZА-Я][\w'’. -]{1,40}?)\s*\[[A-ZА-Я][\w'’. -]{1,40}\]\.?[”\"»]?")


def code_name(text: str) -> bool:
    """A telegram's signature, one name in capitals ('FILIPPOV', 'ФИЛИППОВ'): four letters or more with a
    vowel among them (not an acronym such as 'USSR'), no stop word."""
    return bool(CODE_NAME.fullmatch(text)) and text not in ("STOP", "TASS", "END", "ENDS")


# The particles between a name's words ('da', 'dos', 'van', 'von'), in any case.
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "van", "von", "der", "y"})


def name_alone(text: str) -> bool:
    """A person's name alone on its line: two to four capitalised words or initials ('Test Officer'), in
    parentheses too, as a signature types it under the post ('(Hasan Testerko)')."""
    words = (text[1:-1] if text.startswith("(") and text.endswith(")") else text).split()
    core = [word for word in words if word.lower() not in _NAME_PARTICLES]     # ('PAULO TESTÃO PROBÃO DA SILVA')
    return 2 <= len(core) <= 4 and len(words) - len(core) <= 2 and all(word.lstrip("[")[:1].isupper() for word in core) \
        and words[0] in core and not POST.search(text) \
        and not OFFICE.search(text) and ":" not in text   # (a first name the translator supplied: '[Hans] Testmann';
                                                          # a turn cut short, 'Testov: The Probeland', no name)


# A writer's initials alone, each with its stop: 'T.E.X.', 'A. B.'.
_INITIALS_ALONE = re.compile(r"(?:[A-Z]\.\s?){2,4}")
# An office and its London postal district, over the date of a minute: 'Foreign Office, S.W.1.'.
_POSTAL_PLACE = re.compile(r"[A-Z][\w'’ ]{2,40},\s+(?:[NSEW]\.){1,2}(?:[CW]\.)?\s?\d{1,2}\.?")
# Over the date, a single initial is a signature too (a minister's minute signed 'C.').
_INITIALS_OVER_DATE = re.compile(r"(?:[A-Z]\.\s?){1,4}")
