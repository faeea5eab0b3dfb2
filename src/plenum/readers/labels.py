"""Speaker labels of records of conversation, as minutes and memoranda print them.

Styles recognised (English and Russian):
  Mikoyan: text                       Chairman Mao (hereafter, Chairman): text
  Chairman [sic]: text                Chairman (to Mukhitdinov): text
  Cde. Mikoyan - text                 Cde. Cde. Rim Hae - text   (doubled title)
  Cde. Kim Il. text                   Cde. Mikoyan: text
  Cde. Peng Dehuai                    (alone on its line; the turn is the following paragraphs)
  Kim Chang-man continued: text       Cde. Mikoyan asks a question: text
  тов. Микоян - text                  ○ тов. Микоян. text      (a stray OCR mark before the label)
  JEONG: text    Han Ik-su : text     MAO ZEDONG. text         (a name in capitals, ended by a period)
  VOROSHILOV - text                   (a name in capitals, a dash after it, as stenograms print it)
  J. Batmunkh – text                  (initials and a name, a dash after it)
  Pak - text                          (a bare name and a dash: only where the name labels other turns)
  Cde. Malenkov speaks:               (alone on its line; the turn is the following paragraphs)
  Deng [Xiaoping]: text               Premier: text            (a title alone)
  Commander in Chief: text            (an office of several words alone)   Male 2: text  (a recording's numbered voice)
  Cro. Probez: text                   (a Spanish title)    Tariq ʿAzzest: text   (an Arabic name's ayn inside it)
  North (KIM): text                   (a side, and its speaker in parentheses: the speaker is KIM)
  Ambassador (Testov): text           (a title of office, and its speaker in parentheses)
  Premier Zhou Enlai (hereafter abbreviated Zhou): text      (also 'hereafter referred to as Zhou', 'hereinafter Zhou')
  MAO ZEDONG says that …              (reported speech under a name in capitals: the name is the label)
  SUSLOV The comrades have read …     (a name in capitals and the words, as working notes print a session)
  Ligachev. Arguably …                (a bare name and a period, as an aide's notes of a session print it)
  [Oskar] Fischer. The letter …       (the same, an editor's completion before the name)
A label's name must be written in the script of the text (a Latin word in a Russian original is
not a speaker). Words that head a paragraph of meeting details ('Present:', 'Interpreter:', 'Time:')
are never speakers. Labels without a title ('Mikoyan:') are only candidates: turn_labels.py decides.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .heading_words import BODY_SPEAKING, HEADING_WORDS, NOT_SPEAKERS
from .label_titles import (CHAIR_BEFORE_TITLE, OFFICE_ALONE, OFFICE_LABEL, PARTY_TITLES, POSTPOSED, SIDES,
                           TITLE, TITLE_ABBREVIATIONS, VOICES)
from .punctuation_words import ABBREVIATIONS
from .reporting_verbs import SPEECH_PAST, SPEECH_PRESENT
from .spans import Span

# Latin letters with their accented forms (Latin-1, Latin Extended-A and -B, Latin Extended Additional:
# Kádár, Łukasz, Ceaușescu, Phạm Văn Đồng), by case.
_LATIN = [chr(code) for code in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
          if chr(code).isalpha()]
LATIN_UPPER = "[" + "".join(char for char in _LATIN if char.isupper()) + "]"
LATIN_LOWER = "[" + "".join(char for char in _LATIN if char.islower()) + "]"
LATIN_LETTER = "[" + "".join(char for char in _LATIN if char.isupper() or char.islower()) + "]"
# The letter ayn of an Arabic name, as a transliteration keeps it before the capital ('Tariq ʿAzzest', 'Tariq 'Azzest',
# 'al-ʿTesti'): the mark ʿ anywhere, an apostrophe after a space or hyphen (at a label's start it is the lead's).
_AYN = r"(?:[ʿʻ]|(?<=[\s-])['‘’])"
NAMES = {
    # a capitalised word ('McCloy' too), a word in capitals ('JEONG'), or a word an editor supplied ('[Xiaoping]');
    # accented letters too ('Kádár', 'RÁKOSI')
    "latin": rf"(?:{LATIN_UPPER}{LATIN_UPPER}+(?!{LATIN_LOWER})|\[{LATIN_UPPER}(?:{LATIN_LETTER}|['’ .-]){{0,30}}\]"
             rf"(?:{LATIN_UPPER}{LATIN_UPPER}+(?!{LATIN_LOWER}))?"      # (glued to the name in capitals: '[Peng]PROBESAVAN')
             rf"|{_AYN}?(?:Ma?c|Fitz)?{LATIN_UPPER}{LATIN_LOWER}*)(?:[-'’ʿ]{LATIN_LETTER}(?:{LATIN_LOWER}*|{LATIN_UPPER}*))*",
    "cyrillic": r"[А-ЯЁ][а-яёА-ЯЁ]*(?:-[А-ЯЁа-яё]+)*",
}
# Initials before a name ('Yu. Tsedenbal', 'L. Rinchin', 'А. И. Микоян').
INITIALS = {"latin": rf"(?:{LATIN_UPPER}{LATIN_LOWER}?\.\s?){{1,3}}", "cyrillic": r"(?:[А-ЯЁ][а-яё]?\.\s?){1,3}"}
# A middle initial between a first name and the surname ('Pavel S. Testov').
MIDDLE_INITIAL = {"latin": rf"(?:{LATIN_UPPER}\.\s?)?", "cyrillic": r"(?:[А-ЯЁ]\.\s?)?"}
# Initials after a surname, as Russian lists write names ('Probnev L.I.:', 'Брежнев Л. И.:').
TRAILING_INITIALS = {"latin": rf"(?P<after>\s+(?:{LATIN_UPPER}\.\s?){{0,2}}{LATIN_UPPER}\.)?",
                     "cyrillic": r"(?P<after>\s+(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ]\.)?"}
_SPACED_INITIALS = re.compile(r"\.(?=[^.\s])")
VERBS = {
    "latin": r"continued|continues|notes|noted|asks a question|asked a question|asks|asked|adds|added|"
             r"replies|replied|answers|answered|says|said|speaks|spoke|remarks|remarked|interjects|interjected|"
             r"objects|objected|declares|declared|states|stated|clarifies|clarified",
    "cyrillic": r"продолжает|продолжил|спрашивает|спросил|отвечает|ответил|добавляет|добавил|"
                r"заявляет|заявил|замечает|заметил|говорит|сказал",
}
# The one a speaker addresses, after his verb ('The Chairman tells Probin:', '… says to Probin:', 'Probin
# replies to the Chairman:'); a 'tells' or 'told' only with him.
_SPOKEN_TO = r"(?:\s+(?:to\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
_SPOKEN = {"latin": rf"(?P<verb>(?:{VERBS['latin']}){_SPOKEN_TO}?|(?:tells|told){_SPOKEN_TO})",
           "cyrillic": rf"(?P<verb>{VERBS['cyrillic']})"}
# After the name: a parenthesis ('(hereafter, Chairman)'), '[sic]', the translator's few words on how he
# spoke ('[interrupting]', '[to Mikoyan]'), or on who he is, too long to be a name's ('[CC secretary
# responsible for trade]': a shorter one is read as part of the name).
_EXTRA = r"(?P<extra>(?:\s*\((?:[^()]{1,40})\)|\s*\[(?:sic|SIC|[a-z“\"‘][^\[\]]{0,60}|[A-Z][^\[\]]{30,120})\])*)"
_LEAD = r"(?P<lead>[^\w\s(\[«\"“\-–—•·]\s*)?"     # not a dash or bullet: '- Comrade X' is an item of a list
_PAREN = re.compile(r"[(（]([^()（）]*)[)）]|\[([^\[\]]*)\]")
_ALIAS = re.compile(r"(?:(?:here(?:in)?after|henceforth),?\s+(?:(?:abbreviated|referred\s+to|called|cited|shortened)(?:\s+(?:as|to))?[,:]?\s+)?"
                    r"|to\s+be\s+(?:abbreviated|referred\s+to|called|shortened)\s+(?:as\s+|to\s+)?|以下简称|以下称|下称)"
                    r"[\"“‘']?(.+?)[\"”’']?$", re.I)
_PERSON = re.compile(r"[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}")
# What follows 'Name - ' in a journal's characterisation of a person, not a turn ('- a member of …').
_CHARACTERISATION = re.compile(r"(?:a|an|the|one of|member|deputy|head|chief|former|formerly|born|chairman|secretary|"
                               r"minister|director|vice)\b|[a-z]+ (?:of|in|at)\b")
# Roman numerals of a numbered section ('II. The harvest'), not a name in capitals.
_ROMAN = re.compile(r"[IVXLC]+")
# A name ending in an initial ('T. A' of 'Cde. T. A. TESTOV presiding.'): its period is the initial's.
_INITIAL_LAST = re.compile(r"(?:^|\s|\.)[A-ZА-ЯЁ]$")
# The last word of a name in capitals with no mark after it: three letters or more, a vowel inside ('KIM',
# 'SUSLOV'), not an acronym ('USSR', 'CPSU'); turn_labels.py asks that several turns have such labels.
_SPACED_NAME = re.compile(r"(?:^|\s)[A-ZА-ЯЁ](?=[A-ZА-ЯЁ'’-]*[AEIOUYАЕЁИОУЫЭЮЯ][A-ZА-ЯЁ'’-])[A-ZА-ЯЁ'’-]{2,}$")
# Words a period after them abbreviates, never a bare name and a period ('Mr. Testov', 'Gen. Probin'): the
# abbreviations the punctuation guesses know, and titles, days and a company's.
_ABBREVIATED = ABBREVIATIONS | frozenset({
    "ms", "maj", "capt", "amb", "dep", "sec", "gov", "rep", "sen", "messrs", "art", "fig", "encl", "ref", "ibid",
    "trans", "approx", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "inc", "ltd", "co", "corp", "dept", "govt"})
# A label in Markdown bold or italics: '**Mikoyan:**', '*Mikoyan*:', '***Mikoyan:***', '_Mikoyan:_' (the
# colon may follow the marks, which close as they open; no space inside them: '* item' is a list's).
EMPHASIS = re.compile(r"(?P<mark>\*{1,3}|_{1,2})(?P<inner>[^*_\s][^*_\n]{0,79}?)(?P=mark)(?![*_])")
_TO = re.compile(r"to\s+(.+)", re.I)


class Label(NamedTuple):
    """A speaker label: the label as written, the name, and what follows it on the line.

    Immutable (so parse_label may share its memoised labels), and a tuple: cheap to make.
    """

    label: Span        # exactly as written, separator included (goes into <speaker>)
    name: str          # the name as written ('Kim Il Sung')
    titles: int        # how many titles precede the name (2: a doubled title)
    style: str         # colon | dash | period | alone | capitals | reported | bare-dash | spaced | bare-period |
                       # notes-dash
    rest: Span         # the text after the label ('' when the label is alone)
    alias: str = ""    # '(hereafter, Chairman)' declares 'Chairman'
    side: str = ""     # 'North' of 'North (KIM)', whose speaker is the name in parentheses
    to: str = ""       # '(to Mukhitdinov)': the person addressed
    verb: str = ""     # 'continued', 'asks a question', ...
    lead: str = ""     # a stray mark before the label


# (a British record's past tense too: 'THE PREMIER suggested that …', 'MARSHAL TESTOV interrupted …')
REPORTING = {"latin": f"{SPEECH_PRESENT}|{SPEECH_PAST}",
             "cyrillic": r"говорит|сказал|отмечает|спрашивает|отвечает|заявляет|подчеркивает|добавляет|"
                         r"продолжает|соглашается|предлагает|сообщает|благодарит"}
# A name's particle in lower case between its words ('Probe de Testville', 'Kurt von Probe', 'Ibn al Testi',
# 'Ahmad al-Testi').
_PARTICLE = r"(?:de|da|di|du|des|del|della|dos|das|van|von|der|den|ter|ten|zu|le|la|bin|ibn|al|el|y)"
# (a Burmese name's honorific before it, a letter alone: 'U THANT'; a particle in lower case: 'O. van PROBE')
CAPITALS = {"latin": rf"(?:U\s|(?:{LATIN_UPPER}\.\s?){{0,2}})(?:{_PARTICLE}\s)?{LATIN_UPPER}(?:{LATIN_UPPER}|['’])+(?:-{LATIN_UPPER}+)*(?![\w-])",
            "cyrillic": r"[А-ЯЁ][А-ЯЁ]+(?:-[А-ЯЁ]+)*(?![\w-])"}


# Where a turn's words start after a label and its period or dash: a capital, a bracket or quotation mark,
# or a party title in lower case, as session minutes write it ('GORBACHEV. cde. Chazov is in attendance.').
_WORDS_START = r"(?=[A-ZА-ЯЁ(\[«\"“]|(?:cdes?|coms?|comrs?|comrades?|тов)\.?\s)"


# A speaker's initial alone, as a record labels him after naming him in full: 'P.', 'St.'.
INITIAL_ALONE = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]?\.")


def _patterns(script: str) -> dict[str, re.Pattern[str]]:
    name = NAMES[script]
    names = rf"(?P<name>{VOICES[script]}|{OFFICE_LABEL[script]}|(?:{TITLE_ABBREVIATIONS[script]})?(?:{INITIALS[script]})?{name}" \
            rf"(?:\s+(?:{_PARTICLE}(?:\s+|-(?=['‘’ʿʻ]?[A-Z]))){{0,2}}{MIDDLE_INITIAL[script]}{name}){{0,4}})"
    titles = rf"{CHAIR_BEFORE_TITLE}(?P<titles>(?:{TITLE}\s*)+)"
    verb = rf"(?:\s+{_SPOKEN[script]})?"
    return {
        "colon": re.compile(rf"^{_LEAD}(?:{titles})?{names}{TRAILING_INITIALS[script]}{POSTPOSED[script]}"
                            rf"{_EXTRA}{verb}\s*:(?:\d{{1,2}}(?=\s))?(?:\s+|$|(?=[A-ZА-ЯЁ][a-zа-яё]|…))"),   # ('Testov:We …',
                                                                                  # 'Testov:… We', a note's 'Testov:1 We')
        # a title, or initials, before the name: 'Cde. Orekhov - …', 'J. Batmunkh – …'
        "dash": re.compile(rf"^{_LEAD}(?:{titles}|(?={INITIALS[script]}{name}))"
                           rf"{names}{_EXTRA}(?:\s+--\s+|\s+[-–—](?:\s+|$))"),
        # (not an initial's period: 'Cde. Zb. Probin—…', 'Cde. Yu. Testov: …')
        "period": re.compile(rf"^{_LEAD}{titles}{names}{_EXTRA}\.\s+(?!{name}\s?(?:[—–:]|--)){_WORDS_START}"),
        "alone": re.compile(rf"^{_LEAD}{titles}{names}{_EXTRA}\s*$"),
        "capitals": re.compile(rf"^{_LEAD}(?P<name>(?:\[{LATIN_UPPER}[\w'’-]{{1,20}}\]\s+)?"   # ('[Anna] TESTOV.')
                               rf"{CAPITALS[script]}(?:\s+{CAPITALS[script]}){{0,3}}){_EXTRA}"
                               rf"(?:\.\s+|\s+[-–—]\s+){_WORDS_START}"),
        # 'MAO ZEDONG says that …': reported speech under a name in capitals, a clause perhaps between ('EXAMIN,
        # opening …, says'), a British record's title in lower case before it ('Mr. PROBOV remarked …'); a turn only
        # in a record whose labels are names in capitals (turn_labels.py decides)
        "reported": re.compile(rf"^{_LEAD}(?P<titles>(?:Mr|Mrs|Dr)\.\s|Sir\s)?(?P<name>{CAPITALS[script]}(?:\s+{CAPITALS[script]}){{0,3}})"
                               rf"(?:\s+(?=(?:{REPORTING[script]})\b)|,(?=[^,.:;]{{3,120}},\s+(?:{REPORTING[script]})\b))"),
        # 'Pak - The answer …': a bare name and a dash; a turn only where the name labels other turns
        # too (turn_labels.py decides)
        "bare-dash": re.compile(rf"^{_LEAD}(?P<name>{name}(?:\s+{name}){{0,2}}){_EXTRA}\s+[-–—]\s+(?=[A-ZА-ЯЁ])"),
        # 'SUSLOV The comrades have …': a name in capitals and the words with no mark between, as working
        # notes of a session print it; a turn only where such names label several turns (turn_labels.py)
        "spaced": re.compile(rf"^{_LEAD}(?P<name>{CAPITALS[script]}(?:\s+{CAPITALS[script]}){{0,2}})\s+"
                             rf"(?=[A-ZА-ЯЁ](?:[a-zа-яё'’]|\s))"),
        # 'Samplin—the bureau has …', 'Cde. Examov—the proposal …', 'Cde. Zb. Probin—…': a name and a long dash
        # (or two hyphens typed for it, 'Examov--we …'), the words after it in any case, as working notes of a session print them; a turn only where such names label
        # several turns or the session's participants are named (turn_labels.py)
        "notes-dash": re.compile(rf"^{_LEAD}(?:{titles})?(?P<name>(?:{INITIALS[script]})?{name}(?:\s+{name}){{0,2}})"
                                 rf"{_EXTRA}\s?(?:[—–]|--)\s?(?=[\w(\[«\"“])"),
        # 'Ligachev. Arguably …', 'Chebrikov [KGB chairman]. There are …': a bare name and a period, as an
        # aide's notes of a session print it; a turn only where such names label several turns (turn_labels.py)
        # ('[Oskar] Fischer. …' with an editor's completion first, 'A. Probin. …', 'Sh.P.Probin. …' with initials; the space
        # after the period may be lost: 'Fischer.The letter …')
        "bare-period": re.compile(rf"^{_LEAD}(?P<name>{INITIALS[script]}{name}|{name}(?:\s+{name}){{0,2}}){_EXTRA}"
                                  rf"\.(?:\s+(?=[A-ZА-ЯЁ.…])|(?=[A-ZА-ЯЁ][a-zа-яё]))"),
        # '(FM Ohara) We have not yet …': a name in parentheses before the words, as a Japanese ministry's record labels
        # the turns of talks; a turn only where such labels carry a session (turn_labels.py)
        "paren": re.compile(rf"^(?P<lead>)\((?P<name>(?:{TITLE_ABBREVIATIONS[script]})?(?:{INITIALS[script]})?{name}"
                            rf"(?:\s+{name}){{0,3}})\)\s+(?=[A-ZА-ЯЁ])"),
        # 'P.: Another sixty wagons …': a speaker's initial alone, after his name labelled turns in full; a turn
        # only where it begins one of the other labels' names and no other (turn_labels.py)
        "initial": re.compile(rf"^{_LEAD}(?P<name>{INITIAL_ALONE.pattern})\s?:\s+(?=\S)"),
    }


# Styles whose label is a turn only where turn_labels.py finds such labels on several turns: a line that
# only looks like one ('Moscow - as …', 'TASS The agency …', 'Yes. We agree.') is text.
UNSURE = frozenset({"bare-dash", "spaced", "bare-period", "notes-dash", "initial", "paren"})


# Labels of originals in Chinese and Korean: a name (or title) of a few characters, an alias perhaps ('张副部长（以下简称张）：'),
# and a colon, full-width or not ('周恩来：', '김철수:'); a turn only where names label two turns or more (turn_labels.py).
_CJK_NAMES = {"han": r"[\u4e00-\u9fff·]{1,8}", "hangul": r"[\uac00-\ud7af]{2,5}(?: [\uac00-\ud7af]{1,5}){0,2}"}
PATTERNS = {script: _patterns(script) for script in NAMES} | {
    script: {"colon": re.compile(rf"^(?P<lead>)(?P<name>{name})(?P<extra>(?:[（(][^（）()]{{1,20}}[）)])?)\s*[:：]\s*")} for script, name in _CJK_NAMES.items()}
_TITLED = re.compile(rf"{_LEAD}{CHAIR_BEFORE_TITLE}{TITLE}")
WHOLE = {script: re.compile(
    rf"^{_LEAD}{CHAIR_BEFORE_TITLE}(?P<titles>(?:{TITLE}\s*)*)(?P<name>{VOICES[script]}|{OFFICE_LABEL[script]}|(?:{TITLE_ABBREVIATIONS[script]})?(?:{INITIALS[script]})?{name}(?:\s+{name}){{0,4}}"
    rf"|{CAPITALS[script]}(?:\s+{CAPITALS[script]}){{0,3}}){TRAILING_INITIALS[script]}{POSTPOSED[script]}{_EXTRA}"
    rf"(?:\s+{_SPOKEN[script]})?\s*(?:--|:\d{{0,2}}|[.,\-–—])?\s*$") for script, name in NAMES.items()}


@functools.lru_cache(maxsize=4096)
def parse_label(text: str, script: str) -> Label | None:
    """A speaker label standing alone, as kept in <speaker> ('Chairman [sic]:'), or None.

    Memoised: a document repeats its few labels turn after turn.
    """
    text = " ".join(text.split())
    match = WHOLE[script].match(text) if script in WHOLE else None
    if not match:
        return None
    return _speaking(_label(match, Span(text, 0), "whole", Span("", len(text))))


def recognise(span: Span, script: str) -> Label | None:
    """The speaker label at the start of a paragraph (after the spaces a capture may indent it with), or None."""
    if indent := len(span.text) - len(span.text.lstrip(" \t")):
        span = span.cut(indent)
    label = _recognised(span.text, script)
    if label is None or span.start == 0:
        return label
    return label._replace(label=Span(label.label.text, label.label.start + span.start),
                          rest=Span(label.rest.text, label.rest.start + span.start))


@functools.lru_cache(maxsize=4096)
def _recognised(text: str, script: str) -> Label | None:
    """The speaker label at the start of a text, its spans counted from the text's start.

    Memoised: the readers ask of a paragraph more than once (is it a turn, does it end a block).
    """
    span = Span(text, 0)
    if text.startswith(("*", "_")):
        return _emphasised(text, script)
    if (whole := _WHOLE_BRACKET.match(text)) and (inner := _recognised(f"{whole['inner']} {text[whole.end():]}", script)) \
            and inner.label.text == whole["inner"].rstrip():
        # the translator's whole label, where the page lost it ('[A.B. PROBIN.]  You know …'): the bracket is it
        return inner._replace(label=span.cut(0, whole.end("inner") + 1), rest=span.cut(whole.end()).strip())
    for style, pattern in PATTERNS.get(script, {}).items():
        if _may_match(style, text) and (match := pattern.match(text)):
            if style in ("period", "bare-period") and _INITIAL_LAST.search(match["name"]):
                continue    # an initial's period, the name going on ('Comrade Pavel I. Testov'): another style's
            end = match.end()
            return _speaking(_label(match, span.cut(0, len(text[:end].rstrip())), style, span.cut(end).strip()))
    return None


# A paragraph opening on a bracket that ends in a label's mark, words after it: '[A.B. PROBIN.]  You know …'.
_WHOLE_BRACKET = re.compile(r"\[(?P<inner>[^\[\]]{2,60}[.:])\]\s+(?=\S)")


def _emphasised(text: str, script: str) -> Label | None:
    """A label a Markdown export set in bold or italics ('**Mikoyan:** text', '*Mikoyan*: text', a name
    and its period: '**GORBACHEV.** text'): the label with its marks (markup the turn's writer takes out),
    read as the label inside them."""
    if not (bold := EMPHASIS.match(text)):
        return None
    inner, end = bold.group("inner").strip(), bold.end()
    if not inner.endswith(":") and text[end:end + 1] == ":":
        inner, end = inner + ":", end + 1
    span = Span(text, 0)
    if inner.endswith(".") and not inner.startswith(("*", "_")):     # '**GORBACHEV.** Comrades, …'
        found = _recognised(inner + text[end:], script)
        if found is None or found.label.text != inner:
            return None
        return found._replace(label=span.cut(0, end), rest=span.cut(end).strip())
    found = parse_label(inner, script) if inner.endswith(":") else None
    if found is None:
        return None
    return found._replace(label=span.cut(0, end), style="colon", rest=span.cut(end).strip())


def _speaking(label: Label) -> Label | None:
    """The label, unless its name heads meeting details or a section ('Present:', 'II.'), opens a wrapped title's line
    ('OF CDE. A.B. TESTOV'), or ends on the title of a second name, two stamps' columns run together ('Cde.
    LAVRENTEVICH Cde. PROBYKO'), or is a first name's abbreviation, no vowel in it ('Cde. Wl. Gorski.'): None then."""
    if NOT_SPEAKERS.fullmatch(label.name) or HEADING_WORDS.search(label.name) and not BODY_SPEAKING.fullmatch(label.name) \
            or (label.style in ("capitals", "spaced") and (_ROMAN.fullmatch(label.name) or _TITLE_LINE_OPENING.match(label.name))) \
            or (label.style == "spaced" and not _SPACED_NAME.search(label.name)) \
            or (label.style == "bare-period" and (PARTY_TITLES.fullmatch(label.name + ".") or _abbreviation(label.name)
                                                  or OFFICE_ALONE.fullmatch(label.name))) \
            or (label.style == "period" and (PARTY_TITLES.fullmatch(label.name.split()[-1] + ".") or not _VOWEL.search(label.name))) \
            or (label.style in ("dash", "bare-dash")
                and (_CHARACTERISATION.match(label.rest.text) or label.rest.text[:1].islower())):
        return None
    return label


# A vowel: a name has one; a first name's abbreviation need not ('Cde. Wl. Gorski.', 'St.', 'Zb.'), its period no label's.
_VOWEL = re.compile(r"[AEIOUYaeiouyАЕЁИОУЫЭЮЯаеёиоуыэюя]")
# A word in capitals that opens a wrapped title's line, never a name ('OF CDE. A.B. TESTOV' under 'RECORD OF A
# CONVERSATION', 'WITH A DELEGATION OF …'); 'THE' may open one ('THE PREMIER').
_TITLE_LINE_OPENING = re.compile(r"(?:OF|WITH|AND|FOR|FROM|BETWEEN|ON|BY|AT|ABOUT|CONCERNING|REGARDING)\b")


def _abbreviation(word: str) -> bool:
    """Whether a word as a sentence or name writes it ('Gen', 'Sept') is an abbreviation its period ends."""
    return word == word.capitalize() and word.lower() in _ABBREVIATED


# A British record's title in lower case before a name in capitals: 'Mr. PROBOV', 'Sir B. DUMMER'.
_HONORIFIC_CAPITALS = re.compile(r"(?:(?:Mr|Mrs|Dr)\.|Sir)\s+[A-Z](?:[A-Z]|\.\s?[A-Z])")


def _may_match(style: str, text: str) -> bool:
    """What a style's pattern needs, tested cheaply first: a colon; capitals at the start; a title at
    the start, or for a dash an initial and a dash; for a bare name a dash near the start. Most
    paragraphs are not labels, and the patterns take long to say so."""
    if style == "colon":
        return ":" in text or "：" in text
    if style in ("capitals", "reported", "spaced"):
        return text[:2].isupper() or text[1:3].isupper() or style == "reported" and _HONORIFIC_CAPITALS.match(text) is not None
    if style == "dash":
        return _TITLED.match(text) is not None or text[1:2] == "." and (" -" in text or " –" in text or " —" in text)
    if style == "bare-dash":
        return text[:1].isupper() and any(dash in text[:60] for dash in (" - ", " – ", " — "))
    if style == "bare-period":
        return (text[:1].isupper() or text[:1] == "[") and "." in text[:80]
    if style == "notes-dash":
        return "—" in text[:60] or "–" in text[:60] or "--" in text[:60]
    if style == "paren":
        return text[:1] == "(" and ") " in text[:60]
    if style == "initial":
        return ".:" in text[:5] or ". :" in text[:6]
    return _TITLED.match(text) is not None


def _label(match: re.Match[str], label: Span, style: str, rest: Span) -> Label:
    """The Label a match of one of the label patterns describes."""
    groups = match.groupdict()
    alias, to, named = _parentheses(groups.get("extra") or "")
    name, side = groups["name"], ""
    if after := groups.get("after"):   # 'Probnev L.I.' is the name 'L. I. Probnev'
        name = _SPACED_INITIALS.sub(". ", after.strip()) + " " + name
    if named and (SIDES.fullmatch(name) or OFFICE_ALONE.fullmatch(name)):
        name, side = named, name
    return Label(label, name, len(PARTY_TITLES.findall(groups.get("titles") or "")), style, rest,
                 alias=alias, side=side, to=to, verb=groups.get("verb") or "", lead=groups["lead"] or "")


def _parentheses(extra: str) -> tuple[str, str, str]:
    """The alias of '(hereafter, X)', the person of '(to X)' and a name alone '(KIM)' after a name
    ('' for none); the translator's square brackets say the same ('[to Mikoyan]', '[hereafter Mao]')."""
    alias = to = named = ""
    for inner in (round or square for round, square in _PAREN.findall(extra)):
        if found := _ALIAS.match(inner):
            alias = found.group(1).strip()
        elif found := _TO.match(inner):
            to = found.group(1).strip()
        elif _PERSON.fullmatch(inner.strip()):
            named = inner.strip()
    return alias, to, named
