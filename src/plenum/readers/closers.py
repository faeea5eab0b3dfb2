"""The blocks that close a record's text, read from its end up: signatures and the lines of a signature
block, dates with the place, records, copy notes and where the copies went, registration lines,
enclosures, greetings; a block of several such lines is one closer of their kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from .block_patterns import (
    RECORDED, SENT_TO, COPIES, ENCLOSED, DISTRIBUTION, REGISTRATION,
    OFFICE, POST_LOWER, OMISSION, TERMINAL, TYPIST, POSTSCRIPT,
    COPIES_HEADING, NAMED, CIPHER_OFFICE, INCOMING, NUMBER_SIGN, PLACE,
)
from .addresses import foot_address, typed_address
from .bracket_blocks import bracket_stage, hand_block, hand_note, stamp_block
from .bracket_words import left_out_alone, summary
from .brackets import SIGNATURE as SIGNED_BRACKET
from .inline import BREAK, Run
from .quoted_messages import closes_quotation, opens_quotation
from .signature_patterns import EXECUTED, MANDATE, SALUTE, SIGNATURE, SIGNATURE_WORDS, TYPED_NAME
from .signers import name_alone, post_line, signer_kind
from .written_dates import HOUR, is_dateline

# A copy note is a line or two ('Five copies printed', 'Printed in 3 copies: 1 - to the addressee, …'), not a
# text that mentions copies.
COPY_NOTE_WORDS = 40


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
    if not 2 <= len(lines) <= 4 or not (TYPED_NAME.fullmatch(lines[-1]) or name_alone(lines[-1])):
        return False
    return all(len(line.split()) <= SIGNATURE_WORDS + 4 and not TERMINAL.search(line)
               and (post_line(line) or OFFICE.search(line) or MANDATE.fullmatch(line)) for line in lines[:-1])


# The typist's word that the signature stands there, before the name: '(signature) A. EXAMOV', '(Signed) General …'.
_SIGNED_FIRST = re.compile(r"\((?i:signature|signed|sgd\.?|illegible signature)\)\s*(?=[A-Z])")


def mark_closers(blocks: list[Block], letters: re.Pattern[str] | None) -> None:
    """Mark the blocks that close the text, from its end up to the first that does not: signatures
    and the lines of a signature block (`signer_kind`, `_signature_block`), dates (with the place), records,
    copy notes with the list of where the copies went (a numbered list is a closer only under a copy
    note), registration lines, enclosures, typists' marks; a block of several such lines
    (`_closing_lines`); above a postscript, the last blocks from a 'P.S.' on; an omission '[…]', a rule or
    the translator's summary of what is left out ('[Omitted here is …]') under them; the text's last paragraph
    whose last line is the greeting ('… tagged on to it.' / 'Warm regards.'), 'closer-after-text', ends the scan."""
    if _address_under_signature(blocks, letters):
        return
    listed: list[Block] = []   # distribution items, until a copy note above them confirms them
    attached: list[Block] = []  # the items of a list of what is attached, until its heading above confirms them
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
            _stamp_lines_under(blocks, index)
            continue                 # a stamp among the closing lines ('[Stamp:] Secretariat of …'): the scan goes on
        if (OMISSION.fullmatch(text) or _RULE.fullmatch(text) or _SUMMARY.fullmatch(text) and summary(text[1:-1])
                or left_out_alone(text) or _FILED_UNDER.fullmatch(text)) \
                and all(below in omitted or below.kind == "closer-stamp" or stamp_block(below.text.strip())
                        for below in blocks[index + 1:]):
            omitted.append(block)    # (or a rule the notes under the text stood below: '——————'; a summary of
            continue                 # what is left out: '[Omitted here is …]'; the file's number alone: '346-V')
        if bracket_stage(text):
            return                   # what the recording does or the room hears, last ('[END OF INTERVIEW]'): a stage
        if index and _ANNOUNCING.search(blocks[index - 1].text.strip()):
            return                   # what the sentence above announces ('… the following have travelled there:')
        below = blocks[index + 1] if index + 1 < len(blocks) - len(omitted) else None
        kind = _closer_kind(text, letters) or signer_kind(text, below and below.kind, below.text.strip() if below else "") \
            or ("closer-signed" if _signature_block(block.run.text) or _post_under_name(blocks, index) else None)
        if kind is None and BREAK not in block.run.text and _NUMBER_AND_DATE.fullmatch(text):
            kind = "closer"          # the registry's number and the date on one line ('Nº 12 5 March 1957')
        if (kind is None or kind == "closer" and BREAK in block.run.text) \
                and (lines := _closing_lines(block.run.text, letters)) and (kind is None or set(lines) - {"closer"}):
            kind, block.lines = "closer-lines", lines     # (a trailer's date among its lines: 'No. 1522/sh' / '16 …')
        if kind is None and DISTRIBUTION.fullmatch(text):
            listed.append(block)
            continue
        if kind is None and _YEAR_ALONE.fullmatch(text) and below is not None and below.kind.startswith("closer"):
            kind = "closer-dateline"     # the year alone over the distribution ('1964' / 'Distribution: …')
        if kind is None and not listed and _ATTACHED_ITEM.fullmatch(text) \
                and (below is None or below.kind.startswith("closer") or below in attached):
            attached.append(block)       # ('1. Letter from …' / '2. Draft letter of reply', under 'Attached:')
            continue
        if attached and not _ATTACHED_HEADING.fullmatch(text):
            return
        if kind is None and not (listed or omitted) and (below is None or below.kind.startswith("closer")) \
                and _greeting_last(block.run.text):
            block.kind = "closer-after-text"     # the text's last paragraph, the greeting its last line
            return
        if kind is None and not attached or listed and not (COPIES.search(text) or COPIES_HEADING.fullmatch(text)):
            return
        for item in listed + omitted + attached:
            item.kind = "closer"
        listed, omitted, attached, block.kind = [], [], [], kind or "closer"


def _stamp_lines_under(blocks: list[Block], index: int) -> None:
    """The stamp's date and incoming number, a line each right under it ('[Stamp:] Secretariat of …' / '21 May
    1952' / 'Incoming Nº M-6843s'), the closing lines read below it: lines of the stamp, no closer. A date with its
    place before it is the text's own dateline ('[Seal of the Mission]' / 'Vienna, 14 May 1974')."""
    for below in blocks[index + 1:index + 3]:
        text = below.text.strip()
        if not below.kind.startswith("closer") or BREAK in below.run.text \
                or not (is_dateline(text) and not _PLACE_BEFORE_DATE.match(text) or INCOMING.match(text)):
            return
        below.kind = "closer-stamp"


# A place, a word or two, and the comma before a date ('Vienna, 14 May 1974', 'Addis Ababa, 3.V.1978').
_PLACE_BEFORE_DATE = re.compile(rf"{PLACE.pattern}(?:[ -][A-Z][a-z]+)?,\s*\d")


def _address_under_signature(blocks: list[Block], letters: re.Pattern[str] | None) -> bool:
    """Whether the text's last block is the addressee's inside address typed under the signature ('(Karl Testmund)' /
    'HE Mr Otto Samplinger' / 'President PGC' / 'Villa Probe' / 'CH-9998 Samplestadt'), as an English letter may set
    it, or under a note verbale's place and date ('To the Director General' / … / 'Vienna'): the closer's salute, the
    blocks above read as the end without it; if no signature (or date) stands right above, they are left as they were."""
    foot = len(blocks) >= 2 and foot_address(blocks[-1].run.text)
    if len(blocks) < 2 or not (typed_address(blocks[-1].run.text) or foot):
        return False
    before = [(block.kind, block.lines) for block in blocks]
    mark_closers(blocks[:-1], letters)
    above = blocks[-2]
    if above.kind == "closer-signed" or above.kind == "closer-lines" and above.lines[-1:] == ["closer-signed"] \
            or foot and above.kind == "closer-dateline":
        blocks[-1].kind = "closer-salute"
        return True
    for block, (kind, lines) in zip(blocks, before):
        block.kind, block.lines = kind, lines
    return False


# A note's mark run on to the last word of a closing line ('Ivan Probashev[1]'): no part of what the line is.
_NOTE_MARK_END = re.compile(r"(?<=[^\W\d_])\[\d{1,3}\]$")
# A sentence announcing what follows it, six words or more ended by a colon ('The IC shared that the following
# emigres have travelled to Probeland:'): the lines under it are the text's list, not a signature block.
_ANNOUNCING = re.compile(r"^(?=(?:\S+\s+){5})[^:\n]*\b[a-z]{3,}\b[^:\n]*:$")


def _greeting_last(run_text: str) -> bool:
    """Whether a paragraph of several lines ends on the closing greeting, a line of its own under the text's last
    sentence ('… may be tagged on to it.' / 'Warm regards.'), no bracket open across them."""
    *text, last = run_text.split(BREAK)
    return bool(text) and SALUTE.fullmatch(last.strip()) is not None and "".join(text).strip() != "" \
        and run_text.count("[") == run_text.count("]")


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


# A rule drawn across the page, as a line of dashes or underscores ('——————', '_______'), or of spaced asterisks
# ('* * * * *'), or of hashes ('###').
_RULE = re.compile(r"[-–—_=*#]{3,}|\*(?:\s+\*){2,}")


def _post_under_name(blocks: list[Block], index: int) -> bool:
    """A post in lower case under a name ('Teszt Áron' / 'desk officer'), the text's last line or over closing
    lines (the copies made, a receipt stamp): the signer's."""
    text = blocks[index].text.strip()
    return (index == len(blocks) - 1 or blocks[index + 1].kind.startswith("closer")) and index > 0 \
        and len(text.split()) <= 4 and not TERMINAL.search(text) \
        and bool(POST_LOWER.search(text)) and name_alone(blocks[index - 1].text.strip())


def closing_line(text: str) -> bool:
    """Whether a line reads as a closer by itself (a signature, typed name, date, record or copy
    note, registration, greeting, bracketed remark): a web capture's last paragraph that is one is
    the end of the text, not the page's summary."""
    return _closer_kind(text.strip(), None) is not None


def closing_paragraph(text: str) -> bool:
    """Whether a paragraph reads as a closer, each of its lines closing the text when it has several (the signer's
    post in capitals over '/s/ V. TESTOV'): a web capture's last paragraph that does is its end, not its summary."""
    lines = text.strip().split("\n")
    return closing_line(text) if len(lines) < 2 else bool(_closing_lines(BREAK.join(lines), None))


# A paragraph that is one bracket (what it holds weighed by `summary`).
_SUMMARY = re.compile(r"\[[^\[\]]+\]")
# A list of what a covering document attaches, closing it: its heading alone ('Attached:', 'Attachments:'), and each
# item numbered, a short line ('1. Letter from the Testland Tennis Union', '2. Draft letter of reply'); a year alone
# under them, its month and day left out, over the distribution ('1964').
_ATTACHED_HEADING = re.compile(r"(?:Attached|Attachments?|Enclosures?|Enclosed)\s*:")
_ATTACHED_ITEM = re.compile(r"\d{1,2}\.\s+[A-Z][^.!?:;]{2,100}\.?")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
# What a covering document attaches named after the colon, one short line under its signature and date ('Attachment:
# List of Probian delegations expected in 1967 (omitted)').
_ATTACHMENT_TITLED = re.compile(r"(?:Attachments?|Enclosures?|Appendix|Annexe?)\s*:\s*[A-Z\[(][^\n:]{2,120}")
# The number a record was filed under, alone on the text's last line, its figures and a letter or two after a hyphen
# ('346-V', '1021-sh'): a closer when a closer stands over it, as under a journal's distribution.
_FILED_UNDER = re.compile(r"\d{1,5}-[A-Za-z]{1,2}\.?")
# A registry's number and the date after a space, on one line: 'Nº 12 5 March 1957'.
_NUMBER_AND_DATE = re.compile(rf"{REGISTRATION.pattern}\s+\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\s+\d{{4}}")
# A cipher office's registry line, its number, the hour or its own number and the date between spaced slashes
# ('Nº 1123 / 12-10 / 18.III.79').
_REGISTRY_SLASHED = re.compile(rf"{NUMBER_SIGN}\s*\d[\w.-]*(?:\s+/\s+[\w.-]{{1,12}}){{1,3}}")
# A Hungarian telegram's number alone between double hyphens, where its signer's name would stand: '-- 78 --'.
_NUMBER_IN_HYPHENS = re.compile(r"--\s*\d{1,4}\s*--")
# The hour the text was signed, alone on its line under the date ('11:20', '14.30 hrs'), and who attested the copy
# ('Attested: Major General', 'Certified true copy:').
_HOUR_ALONE = re.compile(HOUR)
_ATTESTED = re.compile(r"(?:Attested|Certified(?:\s+true\s+copy)?|True\s+copy)\s*(?::|$)", re.I)
# Who translated a letter, signing under it in the receiving service's copy ('Translated: [signed, illegible], Lieutenant
# Colonel', 'Translated by: Major Probe').
_TRANSLATED_BY = re.compile(r"Translated(?:\s+by)?\s*:\s*\S.{0,80}")
# Who drafted the text, a line under it ('Drafted by Chukov', 'Prepared by A. Testov').
_DRAFTED = re.compile(r"(?:Drafted|Prepared|Compiled|Executed)\s+by\s+(?:[A-ZА-ЯЁ]\.\s?){0,2}[A-ZА-ЯЁ][\w'’-]+\.?")
# Who filled in a form, its field under the form's fields ('Filled in by: Capt. Examek'): his rank, initials, name.
_FILLED_IN = re.compile(r"Filled\s+in\s+by\s*:?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+\.?")

# The cipher office's reference under a telegram ('Spravka: no. 7 (from no. 300) of 1 April 1951. …'), and the
# paper a letter was printed in, in brackets under it ('("Probegrad Herald," No. 17, 3 April, 1951)').
_REFERENCE = re.compile(r"(?:Spravka|Справка|Reference)\s*:\s*\S"
                        r"|\(\s*[\"“«][^\"“”«»()]{2,60}[\"”»][^()]{0,40}\d{4}\s*\)\.?$")


def _closer_kind(text: str, letters: re.Pattern[str] | None) -> str | None:
    """The kind of closer a final block's text is ('closer-signed', …), or None when it is not one."""
    if SIGNATURE.match(text) or _signature_line(text) or TYPED_NAME.fullmatch(text) or _post_and_name(text):
        return "closer-signed"
    if RECORDED.match(text) or COPIES.search(text) and len(text.split()) <= COPY_NOTE_WORDS or EXECUTED.fullmatch(text) \
            or REGISTRATION.fullmatch(text) or _REGISTRY_SLASHED.fullmatch(text) or SENT_TO.match(text) \
            or ENCLOSED.fullmatch(text) or TYPIST.fullmatch(text) \
            or _ATTACHMENT_TITLED.fullmatch(text) and len(text.split()) <= 20 and not TERMINAL.search(text) \
            or CIPHER_OFFICE.fullmatch(text) or _DRAFTED.fullmatch(text) or _FILLED_IN.fullmatch(text) \
            or _NUMBER_IN_HYPHENS.fullmatch(text) \
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
