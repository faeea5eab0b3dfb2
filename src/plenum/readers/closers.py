"""The blocks that close a record's text, read from its end up: signatures and the lines of a signature
block, dates with the place, records, copy notes and where the copies went, registration lines,
enclosures, greetings; a block of several such lines is one closer of their kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from .block_patterns import (
    SIGNATURE, SIGNATURE_WORDS, RECORDED, SENT_TO, COPIES, ENCLOSED, DISTRIBUTION, REGISTRATION, TYPED_NAME,
    OFFICE, POST, POST_LOWER, MANDATE, SALUTE, OMISSION, SURNAME, CODE_NAME, TERMINAL, TYPIST, POSTSCRIPT,
    COPIES_HEADING, NAMED, EXECUTED, PLACE, CIPHER_OFFICE, INCOMING, KIND_WORD,
)
from .bracket_blocks import hand_block, hand_note, stamp_block
from .bracket_words import left_out_alone, summary
from .brackets import SIGNATURE as SIGNED_BRACKET
from .inline import BREAK, Run
from .page_breaks import CLASSIFICATION
from .quoted_messages import closes_quotation, opens_quotation
from .stages import staged
from .written_dates import HOUR, is_dateline

# A copy note is a line or two ('Five copies printed', 'Printed in 3 copies: 1 - to the addressee, …'), not a
# text that mentions copies.
COPY_NOTE_WORDS = 40


# A word of approval alone under a text ('Approved', 'Agreed', 'Correct'): no surname.
_APPROVAL = re.compile(r"(?:Approv|Agre|Confirm|Not|Check|Verifi|Accept|Receiv|Read|Sign)ed|Correct|True|Yes|"
                       r"Согласен|Согласна|Верно|Утверждаю")


class Block(Protocol):
    """What mark_closers reads and sets of a block: a record's BodyBlock, or a line of one (_Line)."""

    kind: str
    lines: list[str]

    @property
    def text(self) -> str: ...

    @property
    def run(self) -> Run: ...


def _signature_line(text: str) -> bool:
    """A short line holding a signature bracket and a name, perhaps the post before it ('A. Gromyko
    [signature]', 'Ambassador of the USSR in the MPR [Signature] V. Pisarev'): a signature."""
    return bool(SIGNED_BRACKET.search(text)) and len(text.split()) <= SIGNATURE_WORDS + 4 and not TERMINAL.search(text)


# A post, then what may be a typed name in parentheses or slashes (TYPED_NAME decides).
_POST_AND_NAME = re.compile(r"(?P<post>[^()/\[\]]+?)\s+(?P<name>[(/].*)")


def _post_and_name(text: str) -> bool:
    """The rest of a post in capitals with the typed name after it, as a capture runs a signature's two
    columns together ('USSR MFA DVO (B. TESTOV)' under 'COUNSELLOR OF THE [signature]'); or the post the
    translator supplied before the surname in capitals ('[Deputy Foreign Minister] PROBIN'); or the post and the
    name in two columns of one line ('Chairman of the Council of Ministers      P. Testov')."""
    match = _POST_AND_NAME.fullmatch(text)
    supplied = _SUPPLIED_POST.fullmatch(text)
    columns = _POST_COLUMNS.fullmatch(text)
    return match is not None and (match.group("post").isupper() or _POST_COLON.fullmatch(match.group("post")) is not None
                                  and post_line(match.group("post"))) \
        and bool(TYPED_NAME.fullmatch(match.group("name"))) \
        and len(text.split()) <= SIGNATURE_WORDS + 4 or supplied is not None and post_line(supplied.group("post")) \
        or columns is not None and bool(TYPED_NAME.fullmatch(columns.group("name"))) \
        and len(columns.group("post").split()) <= 10 and not TERMINAL.search(columns.group("post"))


# A signer's post and a colon before his name in slashes ('Ambassador: /I. Testov/').
_POST_COLON = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+:")
_SUPPLIED_POST = re.compile(r"\[(?P<post>[^\[\]]{3,60})\]\s+(?:[A-Z]\.\s?){0,2}[A-ZÀ-Ž][A-ZÀ-Ž'’-]+")
_POST_COLUMNS = re.compile(r"(?P<post>[A-Z][^\n]{3,100}?)(?:[ \u00a0]{3,}|\t+)(?P<name>\S[^\n]{1,40})")


def _signature_block(run_text: str) -> bool:
    """A signature of two to four lines (a block's run text), the signer's post, office or mandate above the
    name ('Ambassador of the USSR in the DPRK' / 'A. Testov'; 'USSR AMBASSADOR IN THE DPRK' / '(A. TESTOV)';
    'For the Government of the Republic of Testland' / 'Pak Test-yong'), the typist's '(signature)' perhaps before
    the name; or up to four short lines opening on '(Signed)' and the name."""
    lines = [line.strip() for line in run_text.split(BREAK) if line.strip()]
    if lines and _SIGNED_FIRST.match(lines[0]) and len(lines) <= 4 and all(
            len(line.split()) <= SIGNATURE_WORDS + 4 and not TERMINAL.search(line) for line in lines):
        return True     # signed so, the name and the posts under it ('(Signed) General …' / 'General Secretary of …')
    lines[-1:] = [_SIGNED_FIRST.sub("", line) for line in lines[-1:]]     # ('(signature) A. EXAMOV')
    if not 2 <= len(lines) <= 4 or not (TYPED_NAME.fullmatch(lines[-1]) or _name(lines[-1])):
        return False
    return all(len(line.split()) <= SIGNATURE_WORDS + 4 and not TERMINAL.search(line)
               and (post_line(line) or OFFICE.search(line) or MANDATE.fullmatch(line)) for line in lines[:-1])


# The typist's word that the signature stands there, before the name: '(signature) A. EXAMOV', '(Signed) General …'.
_SIGNED_FIRST = re.compile(r"\((?i:signature|signed|sgd\.?|illegible signature)\)\s*(?=[A-Z])")


def post_line(text: str) -> bool:
    """Whether a line names a post, in capitals too ('USSR AMBASSADOR IN THE DPRK')."""
    return bool(POST.search(text) or text.isupper() and POST.search(text.title()))



def mark_closers(blocks: list[Block], letters: re.Pattern[str] | None) -> None:
    """Mark the blocks that close the text, from its end up to the first that does not: signatures
    and the lines of a signature block (`_signer`, `_signature_block`), dates (with the place), records,
    copy notes with the list of where the copies went (a numbered list is a closer only under a copy
    note), registration lines, enclosures, typists' marks; a block of several such lines
    (`_closing_lines`); above a postscript, the last blocks from a 'P.S.' on; an omission '[…]', a rule or
    the translator's summary of what is left out ('[Omitted here is …]') under them."""
    listed: list[Block] = []   # distribution items, until a copy note above them confirms them
    omitted: list[Block] = []  # what the translator left out at the end ('[…]'), until a closer above confirms it
    by_hand, named = _listed_by_hand(blocks), _named_under_copies(blocks)
    for index in range(_postscript(blocks) - 1, -1, -1):
        block, text = blocks[index], _NOTE_MARK_END.sub("", blocks[index].text.strip())
        if closes_quotation(text) and index + 1 < len(blocks) \
                and any(opens_quotation(above.text) for above in blocks[:index]):
            return                   # the end of a message the text quotes, its signature not the text's below it
        if index in named:
            listed.append(block)     # a name of those the copies went to ('Recipients:' / 'Com. Testowska')
            continue
        if index in by_hand:
            block.kind = "closer"    # a hand's list under the text ('[Handwritten list on the side:]' / '-Ramiz')
            continue
        if stamp_block(text) and index + 1 < len(blocks):
            continue                 # a stamp among the closing lines ('[Stamp:] Secretariat of …'): the scan goes on
        if (OMISSION.fullmatch(text) or _RULE.fullmatch(text) or _SUMMARY.fullmatch(text) and summary(text[1:-1])
                or left_out_alone(text)) \
                and len(omitted) == len(blocks) - 1 - index:
            omitted.append(block)    # (or a rule the notes under the text stood below: '——————'; a summary of
            continue                 # what is left out: '[Omitted here is …]')
        if index and _ANNOUNCING.search(blocks[index - 1].text.strip()):
            return                   # what the sentence above announces ('… the following have travelled there:')
        below = blocks[index + 1] if index + 1 < len(blocks) - len(omitted) else None
        kind = _closer_kind(text, letters) or _signer(text, below and below.kind, below.text.strip() if below else "") \
            or ("closer-signed" if _signature_block(block.run.text) or _post_under_name(blocks, index) else None)
        if kind is None and BREAK not in block.run.text and _NUMBER_AND_DATE.fullmatch(text):
            kind = "closer"          # the registry's number and the date on one line ('Nº 12 5 March 1957')
        if (kind is None or kind == "closer" and BREAK in block.run.text) \
                and (lines := _closing_lines(block.run.text, letters)) and (kind is None or set(lines) - {"closer"}):
            kind, block.lines = "closer-lines", lines     # (a trailer's date among its lines: 'No. 1522/sh' / '16 …')
        if kind is None and DISTRIBUTION.fullmatch(text):
            listed.append(block)
            continue
        if kind is None or listed and not (COPIES.search(text) or COPIES_HEADING.fullmatch(text)):
            return
        for item in listed + omitted:
            item.kind = "closer"
        listed, omitted, block.kind = [], [], kind


# A note's mark run on to the last word of a closing line ('Ivan Probashev[1]'): no part of what the line is.
_NOTE_MARK_END = re.compile(r"(?<=[^\W\d_])\[\d{1,3}\]$")
# A sentence announcing what follows it, six words or more ended by a colon ('The IC shared that the following
# emigres have travelled to Probeland:'): the lines under it are the text's list, not a signature block.
_ANNOUNCING = re.compile(r"^(?=(?:\S+\s+){5})[^:\n]*\b[a-z]{3,}\b[^:\n]*:$")


def _named_under_copies(blocks: list[Block]) -> set[int]:
    """Where the names alone stand in a run of them right under a copy note's heading ('Recipients:' /
    'Com. Samplewicz' / 'Com. Testowska'; under a titled first one, bare: 'Cdes. Testov' / 'Examova'): where
    the copies went, not signatures. One pass down the text."""
    named: set[int] = set()
    under = False
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if under and (NAMED.fullmatch(text) or index - 1 in named and _BARE_NAME.fullmatch(text)):
            named.add(index)
        else:
            under = COPIES_HEADING.fullmatch(text) is not None
    return named


# A name alone with no title, a word or three capitalised: 'Examova', 'Ivan Probinsky'.
_BARE_NAME = re.compile(r"[A-ZА-Я][\w'’-]+(?:\s+[A-ZА-Я][\w'’.-]+){0,2}")


def _listed_by_hand(blocks: list[Block]) -> range:
    """Where the short lines of a list a hand wrote under the text stand, the bracket announcing it above
    them ('[Handwritten list on the side:]' / '-Ramiz [Alia]' / '-Rita [Marko?]'); an empty range if none."""
    above = len(blocks) - 1
    while above >= 0 and _HAND_ITEM.fullmatch(blocks[above].text.strip()):
        above -= 1
    announced = 0 <= above < len(blocks) - 1 and hand_block(blocks[above].text.strip()) \
        and blocks[above].text.strip().endswith(":]")
    return range(above + 1, len(blocks)) if announced else range(0)


# A line of a hand's list: a few words, a dash before them perhaps, the translator's brackets in them.
_HAND_ITEM = re.compile(r"[-–—]?\s*[A-ZА-Я][^.!?\[\]]{0,40}(?:\[[^\[\]]{1,30}\][^.!?\[\]]{0,20})*")


def _postscript(blocks: list[Block]) -> int:
    """Where a postscript begins among the last blocks ('P.S. The specialists …' and up to two more
    paragraphs), marked 'postscript' and 'postscript-continued'; the number of blocks when none does."""
    for index in range(len(blocks) - 1, max(len(blocks) - 4, -1), -1):
        if POSTSCRIPT.match(blocks[index].text.strip()):
            for block in blocks[index:]:
                block.kind = "postscript-continued"
            blocks[index].kind = "postscript"
            return index
    return len(blocks)


def _closing_lines(run_text: str, letters: re.Pattern[str] | None) -> list[str]:
    """The closer kind of each line of a block of several lines each of which closes the text by
    itself, read as blocks of their own (a single-break export's one paragraph: the office above the
    date, the signature and the copy note, the number and the date); none when one does not, or a
    bracket runs across lines."""
    texts = run_text.split(BREAK)
    if len(texts) < 2 or any(not line.strip() or line.count("[") != line.count("]") for line in texts):
        return []
    groups: list[list[str]] = []    # a list ending on a comma goes on in the next line ('Copies: A, B,' / 'File of 8th')
    for line in texts:
        if groups and groups[-1][-1].rstrip().endswith(",") and groups[-1][-1].count(",") >= 2:
            groups[-1].append(line)
        else:
            groups.append([line])
    lines = [_Line(" ".join(part.strip() for part in group)) for group in groups]
    mark_closers(lines, letters)
    if any(line.kind == "p" for line in lines):
        return []
    return [line.kind for line, group in zip(lines, groups) for _ in group]


@dataclass
class _Line:
    """A line of a block, read as a block of its own by mark_closers."""

    text: str
    kind: str = "p"
    lines: list[str] = field(default_factory=list)

    @property
    def run(self) -> Run:
        return Run(self.text)


def _signer(text: str, below: str | None, below_text: str = "") -> str | None:
    """'closer-signed' for a line of a signature block, read with the kind of the block below it (None:
    the text's last block): the signer's post, last or in capitals above a signature ('USSR AMBASSADOR
    IN THE DPRK'); the sending office above a closing line; the signer's name above a post; under
    whose authority, above a name; a name alone, last or above a closing line ('Testu Bogdanescu'), a surname over
    the date ('Terebin.' / '17.XII.1947'), the name and the body he signs for ('Testan Probowski, Central Committee
    of …'). A label and words after its colon are none ('Premier Testov: The Probeland', a turn a capture cut short)."""
    if ":" in text.rstrip(":"):
        return None
    if below == "closer-signed" and text.endswith(":") and POST.search(text) and len(text.split()) <= 6:
        return "closer-signed"       # the signer's post above the signature ('First Secretary:')
    if below in ("closer-signed", "closer-dateline") and text[:1].isupper() and len(text.split()) <= SIGNATURE_WORDS + 4 \
            and post_line(text) and not TERMINAL.search(text):
        return "closer-signed"       # the signer's post above the name ('Ambassador of the USSR in the DPRK') or above
                                     # the place and date ('Chairman of the Committee for State Security of the USSR')
    if below == "closer-dateline" and (PLACE.fullmatch(text) or _POSTAL_PLACE.fullmatch(text)):
        return "closer-dateline"     # the place over the date ('Pyongyang', 'Foreign Office, S.W.1.' / '30 August 1951')
    if below and below.startswith("closer") and MANDATE.fullmatch(text[:1].upper() + text[1:]):
        return "closer-signed"       # on whose behalf the name above signs ('on behalf of the Political Council …')
    if (named := _PSEUDONYM.fullmatch(text)) and (below is None or below.startswith("closer")) \
            and (SURNAME.fullmatch(named["name"]) or _name(named["name"]) or _code_name(named["name"])):
        return "closer-signed"       # a pseudonym and the real name the translator gives ('FILIPPOV [Stalin]')
    if below is None and _NAME_STOP.fullmatch(text) and (_name(text[:-1]) or _code_name(text[:-1])):
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
    if below is None and comma and _name(name.strip()) and OFFICE.search(body) and len(text.split()) <= 16 \
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
    if (below is None or below.startswith("closer")) and (_name(text) or _code_name(text)):
        return "closer-signed"
    if below is None and SURNAME.fullmatch(text) and not _APPROVAL.fullmatch(text):
        return "closer-signed"       # a surname alone, last ('Testov', 'Тестов'), not an approval's word
    if below == "closer-signed" and below_text and POST.search(below_text) and SURNAME.fullmatch(text):
        return "closer-signed"       # a surname alone above the signer's post ('Probst' / 'Acting Ambassador')
    if below is None and OFFICE.search(text) and text[:1].isupper() and len(text.split()) <= 8:
        return "closer-signed"       # the office that sends a cable, its last line ('Embassy of the USSR in the PRC')
    return "closer-signed" if below and below.startswith("closer") and OFFICE.search(text) else None


# A rule drawn across the page, as a line of dashes or underscores ('——————', '_______'), or of spaced asterisks
# ('* * * * *'), or of hashes ('###').
_RULE = re.compile(r"[-–—_=*#]{3,}|\*(?:\s+\*){2,}")
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


def _post_under_name(blocks: list[Block], index: int) -> bool:
    """The text's last line a post in lower case under a name ('Teszt Áron' / 'desk officer'): the signer's."""
    text = blocks[index].text.strip()
    return index == len(blocks) - 1 and index > 0 and len(text.split()) <= 4 and not TERMINAL.search(text) \
        and bool(POST_LOWER.search(text)) and _name(blocks[index - 1].text.strip())


def _code_name(text: str) -> bool:
    """A telegram's signature, one name in capitals ('FILIPPOV', 'ФИЛИППОВ'): four letters or more with a
    vowel among them (not an acronym such as 'USSR'), no stop word."""
    return bool(CODE_NAME.fullmatch(text)) and text not in ("STOP", "TASS", "END", "ENDS")


# The particles between a name's words ('da', 'dos', 'van', 'von'), in any case.
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "van", "von", "der", "y"})


def _name(text: str) -> bool:
    """A person's name alone on its line: two to four capitalised words or initials ('Test Officer'), in
    parentheses too, as a signature types it under the post ('(Hasan Testerko)')."""
    words = (text[1:-1] if text.startswith("(") and text.endswith(")") else text).split()
    core = [word for word in words if word.lower() not in _NAME_PARTICLES]     # ('PAULO TESTÃO PROBÃO DA SILVA')
    return 2 <= len(core) <= 4 and len(words) - len(core) <= 2 and all(word.lstrip("[")[:1].isupper() for word in core) \
        and words[0] in core and not POST.search(text) \
        and not OFFICE.search(text) and ":" not in text   # (a first name the translator supplied: '[Hans] Testmann';
                                                          # a turn cut short, 'Testov: The Probeland', no name)


def closing_line(text: str) -> bool:
    """Whether a line reads as a closer by itself (a signature, typed name, date, record or copy
    note, registration, greeting, bracketed remark): a web capture's last paragraph that is one is
    the end of the text, not the page's summary."""
    return _closer_kind(text.strip(), None) is not None


# A paragraph that is one bracket (what it holds weighed by `summary`).
_SUMMARY = re.compile(r"\[[^\[\]]+\]")
# A registry's number and the date after a space, on one line: 'Nº 12 5 March 1957'.
_NUMBER_AND_DATE = re.compile(rf"{REGISTRATION.pattern}\s+\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\s+\d{{4}}")
# A Hungarian telegram's number alone between double hyphens, where its signer's name would stand: '-- 78 --'.
_NUMBER_IN_HYPHENS = re.compile(r"--\s*\d{1,4}\s*--")
# The hour the text was signed, alone on its line under the date ('11:20', '14.30 hrs'), and who attested the copy
# ('Attested: Major General', 'Certified true copy:').
_HOUR_ALONE = re.compile(HOUR)
_ATTESTED = re.compile(r"(?:Attested|Certified(?:\s+true\s+copy)?|True\s+copy)\s*(?::|$)", re.I)
# Who translated a letter, signing under it in the receiving service's copy ('Translated: [signed, illegible], Lieutenant
# Colonel', 'Translated by: Major Probe').
_TRANSLATED_BY = re.compile(r"Translated(?:\s+by)?\s*:\s*\S.{0,80}")
# A writer's initials alone, each with its stop: 'T.E.X.', 'A. B.'.
_INITIALS_ALONE = re.compile(r"(?:[A-Z]\.\s?){2,4}")
# An office and its London postal district, over the date of a minute: 'Foreign Office, S.W.1.'.
_POSTAL_PLACE = re.compile(r"[A-Z][\w'’ ]{2,40},\s+(?:[NSEW]\.){1,2}(?:[CW]\.)?\s?\d{1,2}\.?")
# Over the date, a single initial is a signature too (a minister's minute signed 'C.').
_INITIALS_OVER_DATE = re.compile(r"(?:[A-Z]\.\s?){1,4}")
# Who drafted the text, a line under it ('Drafted by Chukov', 'Prepared by A. Testov').
_DRAFTED = re.compile(r"(?:Drafted|Prepared|Compiled|Executed)\s+by\s+(?:[A-ZА-ЯЁ]\.\s?){0,2}[A-ZА-ЯЁ][\w'’-]+\.?")

# The cipher office's reference under a telegram ('Spravka: no. 7 (from no. 300) of 1 April 1951. …'), and the
# paper a letter was printed in, in brackets under it ('("Probegrad Herald," No. 17, 3 April, 1951)').
_REFERENCE = re.compile(r"(?:Spravka|Справка|Reference)\s*:\s*\S"
                        r"|\(\s*[\"“«][^\"“”«»()]{2,60}[\"”»][^()]{0,40}\d{4}\s*\)\.?$")


def _closer_kind(text: str, letters: re.Pattern[str] | None) -> str | None:
    """The kind of closer a final block's text is ('closer-signed', …), or None when it is not one."""
    if SIGNATURE.match(text) or _signature_line(text) or TYPED_NAME.fullmatch(text) or _post_and_name(text):
        return "closer-signed"
    if RECORDED.match(text) or COPIES.search(text) and len(text.split()) <= COPY_NOTE_WORDS or EXECUTED.fullmatch(text) \
            or REGISTRATION.fullmatch(text) or SENT_TO.match(text) or ENCLOSED.fullmatch(text) or TYPIST.fullmatch(text) \
            or CIPHER_OFFICE.fullmatch(text) or _DRAFTED.fullmatch(text) or _NUMBER_IN_HYPHENS.fullmatch(text) \
            or INCOMING.match(text) and len(text.split()) <= 6 or _REFERENCE.match(text) \
            or text.startswith("on ") and is_dateline(text[3:]) or _HOUR_ALONE.fullmatch(text) \
            or _ATTESTED.match(text) and len(text.split()) <= 8 or _TRANSLATED_BY.fullmatch(text) \
            or COPIES_HEADING.match(text) and len(text.split()) <= COPY_NOTE_WORDS and not TERMINAL.search(text):
        return "closer"             # (where the copies went, in one line: 'Copies: Probin, Testov'; when the
                                    # cipher office sent it, on the line under its note: 'on 24 June 1963')
    if SALUTE.fullmatch(text):
        return "closer-salute"
    if is_dateline(text):
        return "closer-dateline"
    if text.startswith("[") and text.endswith("]") and not OMISSION.fullmatch(text) or hand_note(text):
        return "closer"
    if letters is not None and not letters.search(text) and any(char.isalpha() for char in text):
        return "closer-noise"
    return None
