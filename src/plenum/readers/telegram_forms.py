"""The printed fields of the telegram forms of foreign ministries and their receiving offices, and of their
documents' and reports' dockets, as the translations give them a line each at a record's head: forme work
(fw[@type='header']) that letterheads.py reads."""

from __future__ import annotations

import re

from .block_patterns import COLUMNS, OFFICE, TERMINAL
from .bracket_words import NUMBER_WORDS
from .inline import block_lines
from .page_breaks import CLASSIFICATION
from .body_blocks import TextBlock

# The printed fields of a telegram form as the receiving office filled them in (a Chinese province's
# 'Telegram Received'): its precedence ('Precedence:  Priority Urgent', 'Status: Very Urgent'), the machine's
# and the message's numbers ('Device No. 150', 'Serial No.', left blank), the office that deals with it
# ('Principal agency responsible: Foreign Affairs Bureau.') and those it was passed to ('Already transmitted to …',
# left blank: 'Already transmitted to:').
_PROVINCE_FORM = re.compile(r"(?:Precedence|Level|Status|(?:Degree\s+of\s+)?Urgency)\s*:\s*\S.{0,40}|"
                            r"(?:Device|Serial|Machine)\s+(?:No\.?|Number|Nº)\s*:?\s*[\w/-]*|"
                            r"(?:Principal\s+)?(?:agency|office|unit)\s+responsible\s*:\s*\S.{0,80}|"
                            r"Already\s+(?:transmitted|forwarded|sent|distributed)\s+to(?:\s*:\s*|\s+\S.{0,240})", re.I)


# A Japanese Foreign Ministry cable's form: its number (with its classification and precedence), the
# bureau it goes to first, when it was sent, received or drafted, who approved it, the wires it refers to
# ('Number 0456 Top Secret Top Urgent Q12XY', 'Primary: Asia Bureau', 'Received: MOFA 05:31 1983 March 3',
# 'Received at 10:12:05, October 4, 1985', 'Director of the Division approved', 'Wire 0455, Separate Wire 2'),
# and a bureau's file number over a report ('North Asia 720101'); its number with the sending office's code
# ('Number (TA) RO12345 6789'), what the archive's copy blacked out in place of a number or time ('Number [blacked
# out]', 'Sent: Testland, May 9, 1982 [blacked out]').
_JAPANESE_FORM = re.compile(r"Number\s+(?:(?:\([A-Z]{1,3}\)\s*)?[A-Z]{0,3}\d[\w/-]*(?:\s+\d{2,6})?|\[[^\[\]]{1,30}\])"
                            r"(?:\s+(?:Top\s+Secret|Secret|Confidential|(?:Top\s+)?Urgent|"
                            r"Priority|Immediate|[A-Z]\d[A-Z0-9]{2,7}|\[[^\[\]]{1,30}\]))*|Primary\s*:\s*\S.{0,80}|"
                            r"(?:Sent|Received)\s*:\s*\S.{0,30}(?:\d{1,2}:\d{2}|\[[^\[\]]{1,30}\]).{0,30}|Drafted\s+on\s+\S.{0,40}|"
                            r"Received\s+at\s+\d{1,2}:\d{2}(?::\d{2})?,\s+\S.{0,40}|[A-Z][\w .,'-]{2,80}\s+approved|"
                            r"(?:Separate\s+)?Wire\s+\d+(?:,\s*(?:Separate\s+)?Wire\s+\d+)*|Cable\s+No\.\s*\d[\w/-]*|"
                            r"(?:[A-Z][a-z]+\s+){1,3}(?:Department\s+|Division\s+|Bureau\s+)?(?:No\.\s*)?\d{6}|"
                            # its number as 'No.' with the part it is of and its grades ('No. 1606 (Part 1 of 2) Secret Top
                            # Urgent', 'No. 391 Confidential Urgent (Priority Processing) QQQQQ'), how far it goes ('(Limited
                            # distribution)'), the wire it answers ('Re: Outgoing Telegram No. 1434', 'Concerning Outgoing
                            # Telegram No. 2615', 'In regards to wire1339')
                            r"No\.\s*\d{1,5}(?:\s*\((?:Part\s+)?\d{1,2}\s+of\s+\d{1,2}\))?(?:\s+(?:Top\s+Secret|Secret|"
                            r"Confidential|(?:Top\s+)?Urgent|Priority|Immediate|\(Priority\s+Processing\)|Q{3,}))+|"
                            r"\(Limited\s+[Dd]istribution\)|(?:Re\s*:|Concerning|In\s+regards?\s+to)\s+(?:(?:Outgoing|Incoming)\s+)?"
                            r"(?:[Tt]elegram|[Ww]ire|[Cc]able)\s*(?:No\.\s*)?\d[\w/-]*")


# The forms of other ministries: a Yugoslav one's place of sending ('Sending: Probegrad') and number alone
# ('No. 312') or its serial alone ('12'), its office's code between dashes ('-DDD-'); a Brazilian one's 'RECEIVED' alone, its register
# number ('14.207'), the embassy it came from ('FROM THE EMBASSY IN PROBEGRAD') and its codes with slashes
# ('ON/4/5/III/71', 'DPO/DEX/410.(12h)', a bracket in them, 'ON/27/28/X/19[62]', and a replacing cable's word after
# them or its classification, '… Substitution', 'CONFIDENTIAL—URGENT SUBSTITUTION'); a Chinese one's desk or station ('From the Probegrad Desk', 'Received from
# the Testland Desk', 'From Probegrad Station'), receipt or sending number ('Received (61) No. 318', 'Foreign Ministry
# Incoming (64) You (1052)', 'Foreign Ministry (65) No. Tes-112') and its routing in one line of
# dashes ('Ministry of Foreign Affairs – Received Cable – Extra Urgent – … – Received (63) No. 564'); a
# Polish ciphergram's copies ('FYI: Probinski, Testek', '(FYI: Probin, Examova)'); the form's title ('Cable Received by the Ministry of
# Foreign Affairs', 'Ministry of Foreign Affairs Cable', a province's 'Testshan Province Telegram Received', 'Telegram Sent
# from the Ministry of Foreign Trade'), where it was sent ('Sent to: Probeland') and the year and office of its number
# ('(63) Ministry of Foreign Trade Wai-41'); a Soviet cipher form's number and its printed 'where' and
# 'to whom' ('Form Nº 18', 'to where PROBEGRAD   to whom TO EXAMOV Copy Nº 1').
_MINISTRY_FORM = re.compile(r"Sending\s*:\s*[A-Z][\w .,-]{0,40}|(?:No\.|Nº|№)\s*(?:\d{1,6}\.?|\[[^\[\]]{1,20}\])|-[A-Z]{2,5}-|"
                            r"RECEIVED|SENT|\d{1,3}(?:\.\d{3})+|\d{1,5}|"
                            r"FROM\s+THE\s+(?:EMBASSY|CONSULATE|LEGATION|MISSION|DELEGATION)\b[A-Z0-9 ,.'—–-]{0,120}|"
                            r"[A-Z]{2,4}(?:/[\w.()\[\]?]+){2,}(?:\s\d{2})?(?:\s+(?:Substitution|SUBSTITUTION))?|"
                            r"(?:[A-Z]+(?:\s?[—–-]\s?[A-Z]+)*\s+)?SUBSTITUTION|"
                            r"(?:Received\s+)?[Ff]rom\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:Desk|Station)|"
                            r"(?:[A-Z][\w ]{0,40}\s)?(?:Received|Incoming|Outgoing|Sent|Ministry)\s*\(\d{2}\)"
                            r"\s*[\w .()-]{0,30}|"
                            r"(?:[^–—\n]{2,40}\s[–—]\s){2,}[^\n]{0,40}(?:Received|Incoming|Outgoing)\s*\(\d{2}\)[^\n]{0,40}|"
                            r"FYI\s*:\s*[A-Z][^\n]{0,120}|\(FYI\s*:\s*[A-Z][^()\n]{0,120}\)|"
                            r"(?:Ministry\s+of\s+Foreign\s+Affairs\s+|[A-Z][\w-]*\s+(?:Province|Provincial|Municipal)\s+)?"
                            r"(?:Cabled?|Telegram)\s+(?:Received|Sent)"
                            r"(?:\s+(?:by|from)\s+[^\n]{1,60})?|Sent\s+to\s*:\s*[A-Z][^\n]{0,60}|"
                            r"\(\d{2}\)\s+[A-Z][\w ]{2,60}?\s+[A-Z][a-z]{0,4}-?\d{1,5}|"
                            r"(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry)\s+(?:(?:Top\s+)?Secret\s+|Confidential\s+)?"
                            r"(?:(?:Outgoing|Incoming)\s+)?(?:Cable|Telegram)|Form\s+(?:No\.?|Nº|№)\s*\d{1,4}|"
                            r"[Tt]o\s+where\s+\S[^\n]{0,60}?\s+to\s+whom\s+\S[^\n]{0,80}")

# A ministry's printed document form over a record, as a foreign ministry's files carry it: its number, the office's
# document, what to do after reading, who printed and issued it, how far it may be shared ('Secret Document 281',
# 'Secret document 35', 'Document Serial No. 50', 'Ministry of Foreign Affairs Document', 'Foreign Affairs Ministry
# Document', a committee's with its initials, 'Committee for Foreign Cultural Relations [CFCR] Document', 'Foreign
# Ministry File', 'Foreign Ministry Top Secret File', 'File #: 412', 'Not to be reproduced', 'For Internal
# Distribution Only at the Highest Levels', 'Destroy after reading', 'To be kept in' / '1 handwritten copy only',
# 'Printed by the Ministry of Foreign Affairs Office was issued on April 26, 1965.', 'General Office, Printed and
# Distributed 10 October 1963', 'General Office, CFCR, Printed and Distributed 22 October 1962', 'Share within the
# Ministry to the commissioner rank and above.', 'Within the Ministry share to …'), the office asked to deal with it
# ('Request General Bureau for Canal Affairs to Handle'), a cable room's code ('Room Code [63] 4412'); its registry's
# number and grade ('Document No. 274 (General)'), the day it came in ('Date of receipt 12 August 1978'), an office's
# outgoing number and date ('Ministry of Defense Foreign Affairs Department Defense No. 22/108 April 3, 1964'), the
# office that issued it and when ('Office of the Ministry of Foreign Affairs, 10 May 1962', 'General Office, Ministry
# of Foreign Affairs'), to whom it may be passed ('Pass to section chiefs within Ministry'), whose property a
# cabinet's paper is ('(THIS DOCUMENT IS THE PROPERTY OF HER MAJESTY'S GOVERNMENT)') and its number ('OPD(68)6',
# 'C(67) 12').
_DOCUMENT_FORM = re.compile(r"(?:(?:Top\s+)?Secret|Confidential|Classified)\s+[Dd]ocument\s+(?:No\.\s*)?\d[\w/-]*|"
                            r"Document\s+(?:Serial\s+)?No\.\s*\d[\w/-]*(?:\s+\([A-Z][a-z]+\))?|"
                            r"Date\s+of\s+(?:receipt|dispatch)\s*:?\s*\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|"
                            r"[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|of|the|for|and))*\s+(?:\(\?\)\s+|\[sic\]\s+){0,2}(?:No\.|Nº)\s*\d[\w/-]*\s+"
                            r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})|"
                            r"(?:Foreign\s+(?:Affairs\s+)?)?(?:Ministry|Department|Office|Committee|Commission|Bureau)"
                            r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){1,4}|\s+)(?:[\[(][A-Z]{2,8}[\])]\s+)?"
                            r"(?:(?:Top\s+)?Secret\s+|Confidential\s+)?(?:[Dd]ocument|File)|"
                            r"File\s*(?:#|No\.|Nº)\s*:?\s*\d[\w/-]*|(?:Not\s+to\s+be|Do\s+not)\s+(?:reproduced?|copied|copy)\.?|"
                            r"For\s+[Ii]nternal\s+(?:[Dd]istribution|[Uu]se|[Rr]eference)(?:\s+[Oo]nly)?[^.!?\n]{0,60}|"
                            r"Request\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){1,8}(?:for\s+(?:[A-Z][\w'’]*\s+){1,4})?to\s+(?:[Hh]andle|[Dd]eal\s+with(?:\s+it)?|[Pp]rocess)\.?|"
                            r"Room\s+Code\s+(?:\[\d{2}\]|\(\d{2}\))?\s*\d[\w/-]*|"
                            r"(?:To\s+be\s+)?(?:[Dd]estroy(?:ed)?|[Rr]eturn(?:ed)?)\s+after\s+(?:[Rr]eading|[Uu]se)\.?|"
                            r"To\s+be\s+kept\s+in(?:\s+\d{1,2}\s+\w+\s+cop(?:y|ies))?(?:\s+only)?|\d{1,2}\s+\w+\s+cop(?:y|ies)\s+only|"
                            r"(?:Printed\s+by|The)\s+[^.!?\n]{3,80}?\s+(?:was\s+)?issued\s+on\s+[^.!?\n]{3,30}\.?|"
                            r"(?:[A-Z][\w ]{0,40},\s+){0,2}Printed\s+and\s+(?:[Dd]istributed|[Ii]ssued)\s+[^.!?\n]{3,40}\.?|"
                            r"(?:Within\s+the\s+\w+\s+)?(?:[Ss]hare|[Dd]istribute|[Cc]irculate)\s+(?:within|to)\s+[^.!?\n]{3,80}\.?|"
                            r"\(?(?i:this\s+document\s+is\s+the\s+property\s+of)\s+[^()\n]{3,80}\)?|"
                            r"(?:General\s+)?Office(?:\s+of\s+the\s+|,\s+)[A-Z][^,\n]{3,60}(?:,\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?|"
                            r"Pass\s+to\s+[^.!?\n]{3,80}|"
                            r"[A-Z]{1,5}\s?\(\d{2}\)\s?\d{1,4}")

# A count of copies, in figures or words ('3', 'three', 'Three').
_COUNT = rf"(?:\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS[:10])}))"

# A ministry's report or memorandum docket, as a Central European foreign ministry types it, its columns run
# together by a capture: how many copies were made, this copy's number, who got them, the file number with
# the addressees beside it, the author beside 'Copies to:', what is attached ('Written: in 6 copies', 'Made
# in: 9 copies', 'Prepared in 5 copies', 'Copy number: 1.', 'Private copy', 'Sent to: Comrade …', 'Tibor
# Próbás Copies to: Comrade …', '1234-2/1983 Comrade K. Minta …', 'Department of District IX (2 copies) …',
# 'Attachment: rough translation of …', 'Enclosure # 3 to Protocol #12 from 03.04.1979', a number's field left
# blank, 'OFICIO No.'); a general staff's cipher form's copies and series ('Copies: Testarov (2), Examova',
# 'SERIES "G" T').
_REPORT_FORM = re.compile(rf"(?:Written|Made|Prepared|Produced|Typed|Printed)\s*:?\s+in\s*:?\s+{_COUNT}\s+cop(?:y|ies)\.?|"
                          rf"{_COUNT}\s+(?:cop(?:y|ies)\s+)?to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\.?|"
                          r"(?:Official\s*:|Prepared\s*:|(?:Typed|Drafted|Checked|Created)\s+by\s*:?)\s*\S[^!?\n]{0,60}|"
                          r"(?:[A-Z](?:\s[a-z]){2,}\s+)?By\s+(?:courier|diplomatic\s+(?:post|mail|bag)|hand)\.?|"
                          r"Copy\s+(?:number|No\.?|Nº)\s*:?\s*\d{1,3}\.?|(?:Private|Own|File)\s+copy\.?|"
                          r"Sent\s+to\s*:\s*\S[^.!?\n]{0,100}|"
                          r"(?:[A-ZÀ-Ž][\w'’-]+\s+){1,3}Copies\s+to\s*:\s*\S[^.!?\n]{0,80}|"
                          r"\d{1,6}(?:-\d{1,4})?/\d{4}(?:[\s/]+[^!?\n]{0,80})?|[^.!?\n]{2,60}\(\d{1,2}\s+cop(?:y|ies)\)[^.!?\n]{0,60}|"
                          r"Attachments?\s*:\s*[^.!?\n]{2,80}|Copies\s*:\s*[A-ZА-Я][^!?\n]{0,400}|"
                          r"(?:SERIES|Series)\s+[\"“]?[A-ZА-Я][\"”]?\.?(?:\s+[A-ZА-Я])?|"
                          r"(?:Enclosure|Attachment|Appendix|Annex)\s*(?:#|No\.?|Nº)?\s*\d{1,3}\s+to\s+[^!?\n]{3,80}|"
                          r"[A-Z][A-Za-z]{2,12}\s+(?:No\.|Nº|№)|"
                          # (a security ministry's: 'Return [of Document] Requested!', 'Archive', 'Nr. 77/67', '2 Pages',
                          # '3rd Copy')
                          r"Return\s+(?:\[of\s+[Dd]ocument\]\s+)?[Rr]equested!?|Archive|Nr\.\s*\d{1,5}/\d{2,4}|"
                          r"\d{1,3}\s+Pages?|\d{1,2}(?:st|nd|rd|th)\s+Copy")

# A Chinese party centre's or army's cable form as its receiving office filled it in: the grade or priority, the
# cable's numbers, its type, who recorded it, the departments handling it and those it is sent to, the issuing
# organization, the addressee and distribution, the count of copies and the commander's instructions ('Grade:
# Urgent', 'Classification: Security', 'Security level [not specified].', 'Original number: 42', 'Registry number:
# 0777', 'Type: Party', '[Receiving Office] Confidential Department', 'February 24; Received 4 pm', 'Recorded by
# Testo', 'Handling Departments: General Office', 'CC: …', 'Send to: …', 'Organization: …', 'Priority: Very Urgent
# File 3/3-No. 9', 'Addressee: …', 'Distribution: …', 'Total of 8 copies', "Commander's Instructions:").
_PARTY_FORM = re.compile(r"(?:Grade|Priority|Classification)\s*:\s*\S.{0,40}|Security\s+level\s*:?\s*\S.{0,30}|"
                         r"(?:Original|Registry|Serial|Cable)\s+[Nn]umber\s*:\s*[\w/-]{1,20}|"
                         r"(?:\[[^\[\]]{1,30}\]\s*)?(?:Confidential|General|Receiving)\s+(?:Department|Office)|"
                         r"[A-Z][a-z]+\s+\d{1,2};?\s+Received\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|CC\s*:\s*\S.{0,200}|"
                         r"Type\s*:\s*[A-Z]\w*(?:\s+\w+)?|Recorded\s+by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|"
                         r"Handling\s+(?:Departments?|Offices?|Units?)\s*:\s*\S.{0,100}|Send\s+to\s*:\s*\S.{0,160}|"
                         r"(?:Organization|Addressee|Distribution)\s*:\s*\S.{0,160}|Total\s+of\s+\d{1,3}\s+cop(?:y|ies)\.?|"
                         r"Commander['’]s\s+Instructions\s*:")

# A Chinese foreign ministry's cable form in its other printings: its title ('Incoming Telegram of Foreign Ministry',
# 'Cable sent by the Ministry of …', 'Telegram received by the Central Committee'), the department in charge, the
# station it came by, the ministry's and department's numbers ('Foreign Ministry Dispatch No. 77', 'No. (61) 318',
# '… 2nd department No. 12'), the desk's code ('ASIA TESTLAND MARCH No.77', no kind's: 'CIPHERED TELEGRAM No. 4'),
# and its fields, some left blank ('Receiver: …', 'Approved by:', 'Copy to:', 'Read by:', 'Forward to: …', 'Already
# Read', 'Telegram From: …').
_CABLE_FORM = re.compile(r"(?:Incoming|Outgoing)\s+(?:Telegram|Cable)\s+of\s+(?:the\s+)?Foreign\s+Ministry|"
                         r"(?:Cable|Telegram)\s+(?:sent|received)\s+by\s+(?:the\s+)?[A-Z\[][^\n]{3,100}|"
                         r"In\s+the\s+charge\s+of\s+[^\n]{3,80}|From\s+the\s+transmitter-receiver\s+in\s+[^\n]{2,40}|"
                         r"(?:Foreign\s+Ministry\s+)?(?:Dispatch|Incoming|Outgoing)\s+No\.\s*\d[\w/-]*|No\.\s*\(\d{2}\)\s*\d{1,6}|"
                         r"Ministry\s+of\s+Foreign\s+Affairs\s+\d\w*\s+[Dd]epartment\s+No\.\s*\d{1,6}|"
                         r"(?![^\n]*\b(?:TELEGRAM|CABLE|CIPHERGRAM|REPORT|MEMORANDUM|NOTE|LETTER|RECORD|PROTOCOL|ORDER|DECREE)\b)"
                         r"[A-Z]{3,}(?:\s+[A-Z]{3,}){1,3}\s+No\.\s?\d{1,5}|Already\s+[Rr]ead(?:\s+by\s+[^\n]{1,80})?|"
                         r"(?:Receiver|Approved\s+by|Approval|Cop(?:y|ied)\s+to|Read\s+[Bb]y|Forward\s+to|Telegram\s+From|"
                         r"Already\s+(?:[Ff]orwarded|[Ss]ent|[Ss]end)\s+to)\s*:(?:\s*\S[^\n]{0,160})?|"
                         # (who else gets it, above the addressee: 'Ambassadors Zhu Testwen, Liu Samplang also copied')
                         r"[A-Z][^.!?\n]{2,120}?\s+also\s+copied\.?")
# The fields of its sending form as it prints them in columns (form_columns): who checked it, where it goes, its
# grade, what it carries ('Wu reviewed before sending', 'Sent to Li Probefei', 'Level', 'Most Urgent', 'Notes appended').
_SENDING_COLUMN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+reviewed(?:\s+before\s+sending)?|"
                             r"Sent\s+to\s+[A-Z][^\n]{1,80}|Level|(?:Most\s+|Extra\s+|Very\s+)?Urgent|Notes\s+appended")

# A German ministry's note: its drafter by his rank ('VLR I Dr. Examer', 'VLR 1 …' as a scan reads it, 'LR Testmann',
# 'MDg Probe'), his desk's number, perhaps with its place and date ('Referat 214', 'Ref. 311', 'Referat 214 Bonn,
# 29.04.1993'), over the spaced kind ('V e r m e r k').
_GERMAN_NOTE = re.compile(r"(?:VLR|VLRin|LR|LRin|MD|MDg|MDgin|BR|VR)(?:\s+(?:I{1,2}|[12]))?\s+(?:Dr\.\s+)?[A-ZÄÖÜ][\w'-]+|"
                          r"(?:Referat|Ref\.)\s+\d{3}(?:-\d{1,3})?(?:\s+[A-ZÄÖÜ][\w-]+,\s+(?:den\s+)?\d{1,2}\.\s*[\w.]+\s*\d{4})?")

# A Czechoslovak ministry's telegram form: the copy's number, who gets it by the desks' codes, some figures among
# them ('Sp, Sv, 1, 10, ZPO, GS'), the count of pages, the registry's reference ('C.j.: 998.181', 'Č.j. 024.311/81').
_CZECH_FORM = re.compile(r"Copy\s+No\.?\s*:\s*\d{1,3}|Number\s+of\s+[Pp]ages\s*:\s*\d{1,3}|[CČ]\.\s?j\.\s*:?\s*\d[\d./-]*|"
                         r"(?=[^\n]*\b\d{1,3}\b)(?=[^\n]*\b[A-Z][A-Za-z]{0,4}\b)"
                         r"(?:[A-Z][A-Za-z]{0,4}|\d{1,3})(?:,\s*(?:[A-Z][A-Za-z]{0,4}|\d{1,3})){3,11}")

# A street and its number ('Harbour Pier Road', '12 Harbour Lane'), and a letterhead's printed ways to reach the office
# and its street: 'Telephone: 412233', 'Telegrams: PROBATOM', 'Telex: 011-2345'.
STREET = re.compile(r"(?:\d{1,4},?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:Road|Street|Avenue|Lane|Boulevard)")
_REACHED_BY = re.compile(r"(?:Telephones?|Tel\.?|Phone|Telegrams?|Cables?|Telex|Fax)\s*:\s*[\w.()/ -]{1,30}|"
                         + STREET.pattern)

# A party's or government's docket over a paper for its leadership: the sitting it is for, whom it went to, the
# registry's number, the agenda's point ('For a Secretariat meeting', 'Material for the meeting of …', 'Sent out to
# Secretariat members …', '9.V.1989 L.dz. KS/913/89', 'to point "4"'), a German ministry's head of a department
# ('Abteilungsleiter 2').
_SITTING_DOCKET = re.compile(r"For\s+(?:a|the)\s+(?:Secretariat|Politburo|Political\s+Bureau|Presidium|Bureau|Council)"
                             r"\s+[Mm]eeting|Material\s+for\s+the\s+(?:meeting|session)(?:\s+of\s+[^.\n]{3,80})?|"
                             r"Sent\s+out\s+to\s+[^.\n]{3,100}|(?:\d{1,2}\.[IVX]{1,4}\.\d{4}\s+)?L\.\s?dz\.\s*[\w/.-]+|"
                             r"[Tt]o\s+point\s+[\"“]?\d{1,3}[\"”]?|(?:Abteilungsleiter|Referatsleiter)\s+\d{1,3}")

# Each a whole line of the docket.
FORM_FIELDS = (_PROVINCE_FORM, _JAPANESE_FORM, _MINISTRY_FORM, _DOCUMENT_FORM, _REPORT_FORM, _PARTY_FORM, _CABLE_FORM,
               _GERMAN_NOTE, _CZECH_FORM, _REACHED_BY, _SITTING_DOCKET)


def copies_to_lines(text: str) -> bool:
    """A cable's list of whom its copies went to, a line each under 'Copies to' ('Copies to Cde. Testov' / 'to Cde.
    Examov' / 'to Cde. Samplov'): the docket's distribution, as a one-line 'Copies: Testov (2), …' is; never one line
    alone, the addressee's copy under his name ('Copy: People's Commissar of …')."""
    lines = block_lines(text)
    return len(lines) >= 2 and _COPIES_TO_FIRST.fullmatch(lines[0]) is not None \
        and all(_COPY_TO_NEXT.fullmatch(line) for line in lines[1:])


# The first line of such a list and each line under it: 'Copies to Cde. Testov', 'to Cde. Examov', 'to Comrade A. B.
# Probin'.
_COPY_TO_NAME = r"(?:Cdes?\.|Comrades?|Com\.)\s+(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\.?"
_COPIES_TO_FIRST = re.compile(rf"Cop(?:y|ies)\s+to\s+{_COPY_TO_NAME}")
_COPY_TO_NEXT = re.compile(rf"to\s+{_COPY_TO_NAME}")


def form_lines(text: str) -> bool:
    """A docket as one block of lines each a classification or a form's field ('Top Secret!' / 'Prepared
    in 5 copies')."""
    lines = block_lines(text)
    return len(lines) >= 2 and all(CLASSIFICATION.fullmatch(line) or any(field.fullmatch(line) for field in FORM_FIELDS)
                                   for line in lines)


def form_columns(text: str) -> bool:
    """A line of a form's fields printed in columns, each column a field or a classification ('Wu reviewed
    before sending      Sent to Li Probefei', 'Level   Most Urgent   Notes appended')."""
    return any(len(columns := COLUMNS.split(line.strip())) >= 2 and all(
        CLASSIFICATION.fullmatch(column) or any(field.fullmatch(column) for field in (*FORM_FIELDS, _SENDING_COLUMN))
        for column in columns)
        for line in block_lines(text))


def office_over_form(blocks: list[TextBlock], index: int) -> bool:
    """The office alone over a docket's classification or a report's docket field ('7th Territorial Department' /
    'Written: in 6 copies', 'Ministry of Foreign Affairs' / 'Top Secret!'): a short line, no stop."""
    text = blocks[index].text.strip()
    if index + 1 >= len(blocks) or not OFFICE.search(text) or len(text.split()) > 6 or TERMINAL.search(text) \
            or ":" in text:     # (a sender's line, 'From: Ministry of …')
        return False
    below = block_lines(blocks[index + 1].run.text)[0]
    return bool(CLASSIFICATION.fullmatch(below) or _REPORT_FORM.fullmatch(below))     # (a telegram form's
                                                                                       # heading stays its head)
