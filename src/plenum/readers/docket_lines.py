"""Lines of a record's docket that a letterhead's rules (letterheads.py) read as forme work, each whole on its line: a
cable's header, a receiving office's number, a protocol's with its copies, a stamp's columns, how a telegram went, a party's
name; and, never as its title, the number its file gives the document and whom its copies were distributed to."""

from __future__ import annotations

import re

from .block_patterns import NUMBER_SIGN
from .citation import MONTHS

# The number a file or collection gives the document, alone on its line over the title ('Document 317', 'Document
# No. 518', 'Doc. Nº 12').
FILED_NUMBER = re.compile(rf"(?:Document|Doc\.)\s+(?:No\.?\s*|{NUMBER_SIGN}\s*|#\s*)?\d{{1,5}}")
# Whom a record's copies were distributed to, a docket's printed line over the title ('Distributed to CPSU CC
# Politburo members and candidate members and CPSU CC Secretaries'): no sentence's stop, no colon.
DISTRIBUTED = re.compile(r"(?:Distributed|Circulated|Sent\s+out)\s+to\s+(?:the\s+)?[A-Z][^.!?;:]{2,200}(?<=\w)(?:\s*\))?")

# The lines of a teletyped cable's header (an American embassy's or the State Department's): who acts on it
# and who gets it for information ('ACTION EA-13', 'INFO OCT-01 SS-14 … /060 W'), the control number
# ('------- 038443'), its precedence and date-time group ('R 170850Z SEP 74'), its classification spaced out
# with its number ('C O N F I D E N T I A L TOKYO 12029'), the declassification rule and subject tags
# ('E.O. 11652: GDS', 'TAGS: PFOR, JA, KS') and the cables it refers to ('REF: STATE 203459').
CABLE_HEADER = re.compile(r"ACTION\s+(?:[A-Z]{2,6}-\d{2,3}\s*)+|INFO\s+(?:[A-Z]{2,6}-\d{2,3}[\s/]*)+(?:/?\d{3}\s*W)?|"
                          r"-{5,}\s*\d{4,7}|[ZOPR]{1,2}\s+\d{6}Z\s+[A-Z]{3}\s+\d{2}|"
                          r"(?:(?:T O P )?S E C R E T|C O N F I D E N T I A L|U N C L A S S I F I E D)"
                          r"(?:\s+[A-Z]{2,}\s+\d{2,6})?|E\.\s?O\.\s+\d{4,5}\s*:\s*\S.{0,40}|"
                          r"TAGS\s*:\s*\S.{0,80}|REF\s*:\s*\S.{0,80}")

# A protocol's number and those its extract goes to, the columns run together ('No. P84/422 Copies: Comrades
# Malenkov, Molotov, Gromyko', 'Nº P43/IV To Comrades …').
NUMBER_AND_COPIES = re.compile(rf"(?:{NUMBER_SIGN}|#)\s*[A-ZА-Я]?\d[\w./-]*\s+(?:Copies|Copy|Sent)?\s*(?:to\s*)?:?\s*"
                               r"(?:Comrades|Comrade|Cdes\.|Cde\.|Cmrds\.?|тт?\.)\s+[A-ZА-Я][^.!?]{0,200}\.?", re.I)

# A receiving office's lines under a cipher message's receipt: its number ('No: KRLD-0-24/3-9-88', a Romanian
# telegram's 'No.: 067.046', a form's 'Number: 412', 'Doc No.: 2(I)(iv)/71', 'Telegram No: PRB/12-1/71', a registry's
# 'Central Committee Entry Number 41') and what came with it ('Att: – Sheet: 1').
REGISTRY_LINE = re.compile(r"(?:(?:Doc(?:ument)?|Telegram|Cable|File|Letter|Serial)\s+)?(?:No|Nr|Ref|Number)\.?\s*:\s*"
                           r"[A-Z0-9][\w/().-]*\d[\w/().-]*|"
                           r"(?:[A-Z][\w.]*\s+){0,4}(?:Entry|Registration)\s+(?:Number|No\.?|Nº)\s*\d[\w/.-]*|"
                           r"(?:Att|Attachments?|Encl\.?|Enclosures?)\s*:\s*(?:[-–—]\s*)?"
                           r"(?:(?:Sheets?|Pages?)\s*:\s*)?\d{1,3}")

# What a capture's columns leave of the docket's stamps beside the embassy's number: the number and the stamp's
# incoming number in one line ('Nº 88 04417s'), a stamp's number alone ('Incoming 01122-s;'), and the dates
# closing its bracket ('12 July 1961 2[[1]] July 1961]', '15/16 March 1959]').
_STAMP_MONTH = "|".join(MONTHS)
STAMP_COLUMNS = re.compile(rf"{NUMBER_SIGN}\s*\d{{1,5}}\s+\d{{3,6}}[a-zа-я]{{0,3}}|(?:Incoming|Outgoing)\s+\d[\w/.-]*[;,]?|"
                           rf"(?:[\d\[\]]{{1,8}}(?:/\d{{1,2}})?\s+(?:{_STAMP_MONTH})\s+\d{{4}}\s*){{1,2}}\]")

# How a cipher telegram went, and the number of the one it answers, a line each under its sending lines
# ('By telegraph', 'By telegram', 'By cipher', 'CYPHER', its classification after it, 'Cypher. Strictly secret.',
# 'To No. 212/sh.');
# a letter's wire and where from, in parentheses too ('(Teletyped from Portprobe)').
SENT_HOW = re.compile(rf"By\s+(?:telegraph|telegram|teletype|cipher|courier|diplomatic\s+(?:mail|pouch|courier|bag)|bag(?:\s+[A-Z0-9]{{1,3}})?|air\s?mail|radio)\.?|"
                     r"\(?(?:Teletyped|Telegraphed|Cabled|Radioed|Wired)\s+from\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\)?\.?|"
                     rf"(?:In\s+)?(?:cypher|cipher|en\s+clair)\.?(?:\s+(?:(?:Strictly|Top)\s+)?secret\.?)?|"
                     rf"To\s+{NUMBER_SIGN}\s*\d[\w./-]*\.?", re.I)

# A captured recording's cover, as its collection's transcripts open: the document's date, the collection's
# record number and the key to the speakers' abbreviations ('Document Date: Undated (circa 1986)', 'Made-up
# Record Number: MR-TAPE-B-001-234', 'Key: UM = Unidentified Male Speaker …').
TAPE_FIELDS = re.compile(r"(?:Document Date|(?:[\w-]+\s+){0,2}Record Number|Key)\s*:\s*\S.{0,200}")

# A party's name and its central committee, a line each at the head of its paper ('Communist Party of the Soviet
# Union' / 'Central Committee'; 'CENTRAL COMMITTEE POLITBURO'; 'Central Committee of the Testland Workers' Party',
# 'PROBELAND PEOPLE'S PARTY').
PARTY_LETTERHEAD = re.compile(r"(?:The\s+)?Central\s+Committee(?:\s+Politburo|\s+of\s+the\s+[A-Z][\w'’ ]{2,60})?|"
                              r"(?:[A-Z][\w'’]+\s+){0,3}(?:Communist|Workers['’]?|Socialist\s+Unity|Labou?r|People['’]?s|"
                              r"Revolutionary)\s+Party(?:\s+of\s+(?:the\s+)?[A-Z][\w ]{2,40})?", re.I)
