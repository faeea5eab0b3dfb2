"""The patterns a block of a record's text is recognised by: headings, meeting details, participants,
letterheads and dockets, openers, closers (read by block_kinds, which decides a block's kind); a signature's own
in signature_patterns."""

from __future__ import annotations

import re

from .brackets import OMITTED
from .inline import NOTE_LINK
from .labels import LATIN_LOWER, LATIN_UPPER
from .reporting_verbs import SPEECH_PAST
from .written_dates import DATELINE

MD_HEADING = re.compile(r"#{1,6}\s+")
# A line of a Markdown export's block quotation: its '>' and a space.
QUOTE_LINE = re.compile(r"[ \t]{0,3}>[ \t]?")
# A request a reader wrote at the top of a cable, above its addressee ('Please have the Press Department …').
INSTRUCTION = re.compile(r"(?:Please|Kindly)\s")
# The editor's pointer to the scan where the page gives no translation of a part: 'Please see the attached
# original (PDF).'
SEE_ORIGINAL = re.compile(r"(?:Please\s+)?see\s+the\s+(?:attached\s+)?original(?:\s+(?:document|scan))?"
                          r"(?:\s*\((?:PDF|scan)\))?\.?", re.I)
# The line of a translated document saying from what language, perhaps with its classification beside
# it ('Translation from Korean SECRET', 'Translated from the Chinese'): a docket's, not the title.
TRANSLATED_FROM = re.compile(r"(?:Translation|Translated)\s+from\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][A-Za-z ]{0,30})?\.?")
# Two columns of a letterhead or docket on one line: a run of three spaces (no-break ones too) or a tab between words.
COLUMNS = re.compile(r"(?<=\S)(?:[ \u00a0]{3,}|\t+ *)(?=\S)")
STATUS = re.compile(r"[(\[](?:not(?: yet)? proof[- ]?read|draft translation|unedited|(?:un|not )corrected|(?:(?:the\s+)?[A-Z][\w ,]{0,40}?\s+)?"
                    r"(?:has\s+|have\s+)?(?:yet to|not(?: yet)?)\s+(?:be(?:en)?\s+)?(?:review(?:ed)?|examined?|checked|verified)"
                    r"(?:\s+(?:and|or)\s+approve[d]?)?"
                    r"(?:\s+by\s+[^()\[\]]{1,40})?|not\s+(?:yet\s+)?reviewed(?:\s+by\s+[^()\[\],;]{1,40})?"
                    # (what the record rests on after it: '(not reviewed, from the interpreter's recollection, for reference only)')
                    r"(?:[,;]\s*[^()\[\]]{1,120})?)\.?[)\]]"
                    # a stenogram's own word for it, alone on its line ('Uncorrected', 'Not proofread'), a ministry's between
                    # dashes ('--Not Yet Approved--')
                    r"|(?:Uncorrected|Not corrected|Unedited|Not proof-?read|Not reviewed)(?:\s+(?:text|transcript|copy|version))?\.?"
                    r"|(?:--|[—–])\s*Not\s+(?:yet\s+)?(?:approved|reviewed)\s*(?:--|[—–])"
                    # a ministry's note that the record was typed again later from its originals ('(Note: The following
                    # record was typed in May 1978 from the original negotiation records)')
                    r"|\((?:Note\s*:\s*)?(?:The following|This) (?:record|text|document|transcript) was (?:re-?)?typed"
                    r"[^()]{0,60} from the originals?\b[^()]{0,40}\)", re.I)
SECTION = re.compile(r"\W*(?:from (?:a|the) conversation|из беседы)\b", re.I)
CLOSING = re.compile(r"(?:The|This) (?:meeting|conversation|session|sitting|talks?) (?:is |has |has been )?"
                     r"(?:ended|ends|closed|closes|concluded|concludes|adjourned|adjourns|lasted|was)"
                     # (when it ended, as a detail after the turns: 'End: 17:40 Hours', 'End of the meeting: 19.00')
                     r"|End(?: of the (?:meeting|conversation|session|sitting|talks?))?\s*:\s*\S"
                     # (where a cable's quoted text ends, a line alone, perhaps numbered: '3. End text.', 'END QUOTE')
                     r"|(?:\d{1,2}\.\s+)?(?i:end(?: of)? (?:text|quote|quotation)|unquote)\.?\s*$"
                     r"|(?:Заседание|Беседа) (?:закончилось|закрыто|окончена|продолжалась)")
# The heading of a session's item, numbered in Roman numerals ('I. On Deliveries of Grain', 'II. Miscellaneous'),
# or a point of its agenda alone ('POINT 5'), as a protocol moves on to it ('On point 2 on the agenda.', 'Re point 1
# of the agenda').
ITEM_HEADING = re.compile(r"[IVX]{1,5}\.\s+[A-ZА-ЯЁ][^.!?:;]{0,100}$|(?:POINT|Point)\s+\d{1,3}\.?$"
                          r"|(?:On|Re|Ad\.?)\s+point\s+\d{1,3}\s+(?:on|of)\s+the\s+agenda\.?$")
# The recorder's narration after a turn, which ends it: what happened at the end of the talk ('At the end
# of the conversation Probe invited …'), what a participant then did ('Then Premier Probe asked …'), what
# a participant named by his post did ('The Premier thanked me …'): no one speaks so of his own words.
# Also what the session decided, and the heading of its next item.
# (the speech verbs, and what a participant did: 'Then Testov handed …', 'The Minister raised …')
REPORTING = rf"{SPEECH_PAST}|invited|handed|passed|raised|touched|turned"
OCCASION = re.compile(r"(?:At the (?:end|close) of|In the course of|During|After|Following) (?:the|our|this) "
                      r"(?:conversation|meeting|talks?|visit|dinner|lunch|reception|discussion)\b")
REPORTED = re.compile(rf"{OCCASION.pattern}"
                      rf"|(?:Then|After that|Afterwards|Later|Next|Further),?\s+(?:Cde\.\s*|Comrade\s+)?"
                      rf"(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:{REPORTING})\b"
                      rf"|The\s+(?:Ambassador|Premier|Minister|Chairman|Counsell?or|Secretary|President|Consul|"
                      rf"Vice[- ]\w+|Deputy \w+|First Secretary|General Secretary)\s+(?:also\s+)?(?:{REPORTING})\b"
                      # what a session then decided, a sentence alone ('The decision is adopted.', 'Resolution
                      # approved.', 'The draft of the resolution is accepted.'; a speaker's 'The proposal was approved
                      # by …' goes on), or the body did, a short sentence ('The Politburo accepted the information.'),
                      # or over its numbered decisions ('The Politburo resolved:')
                      r"|(?:The\s+)?(?:[Dd]ecision|[Rr]esolution|[Pp]roposal|[Dd]raft)s?(?:\s+of\s+(?:the\s+\w+|"
                      r"(?:Cde\.|Comrade)\s+(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+))?\s+"     # ('The proposals of Cde. L. I. Testov')
                      r"(?:(?:is|was|are|were|has been)\s+)?(?:adopted|accepted|approved)(?:\s+unanimously)?\.?$"
                      r"|The\s+(?:[A-Z][\w.]*\s+){0,3}?(?:Politburo|Presidium|Secretariat|Bureau|Plenum|Council|Commission|"
                      r"meeting|session)\s+"                                               # ('The CPSU CC Politburo')
                      r"(?:accepted|accepts|approved|approves|adopted|adopts|decided|decides|resolved|resolves|agreed|agrees|took note|"
                      r"takes note|endorsed|endorses)\b[^.!?]{0,80}\.?$"
                      # the members' assent alone ('The members agree.', 'All agreed.')
                      r"|(?:The\s+(?:members|comrades|participants)|All|Everyone)\s+(?:(?:all\s+)?(?:agree|agreed|approve|"
                      r"approved|accept|accepted)|(?:are|were)\s+in\s+favou?r)\.?$"
                      # the recorder's word that the talk moved on ('They switch to the question of the canal.', '…
                      # to international questions.'), or how it was interpreted ('The interpreters Testo and Probe
                      # translate orally …')
                      r"|(?:They|Both sides|The (?:two )?(?:sides|delegations|interlocutors))\s+(?:then\s+)?"
                      r"(?:switch(?:ed)?|turn(?:ed)?|mov(?:e|ed)|pass(?:ed)?|proceed(?:ed)?|go|went|c[oa]me)\s+(?:on\s+)?to\s+"
                      r"(?:the\s+)?(?:[a-z]+\s+){0,2}(?:question|issue|subject|matter|discussion|problem|topic)s?\b"
                      r"|The\s+interpreters?\s+(?:[\w'’.,-]+\s+){0,8}?(?:translat|interpret)(?:e|es|ed)\b"
                      # the heading of a session's next item ('II. Miscellaneous'): no speaker's words
                      rf"|{ITEM_HEADING.pattern}"
                      # the editor's heading of a speech between the turns ('Speech by the … delegation head Com. X.')
                      r"|(?:Speech|Statement|Report|Address|Remarks|Reply|Toast)\s+(?:by|of)\s+[^!?,;:]{3,100}$")
# The first person in a paragraph that opens on an occasion as the record's narration does (OCCASION:
# 'During the talks they told us …', 'After the dinner we spoke …'): a speaker telling of his talks, whose
# turn goes on (the recorder's 'Then Premier Probak asked … I answered' names whom he reports).
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|us|me|I)\b")
# A paragraph opening with a comrade doing something in the present ('Cde. Khrushchev puts the proposal
# to a vote.', 'тов. Хрущев ставит …'): in a record whose speakers' words follow their label on lines
# of their own ('Cde. Malenkov speaks:'), the record's own narration again, which ends the turn.
NARRATION = re.compile(r"(?:Cde\.|Com\.|Comrade)\s*(?:[A-Z][\w'’-]*\s+){1,4}(?:is|has|[a-z]+s)\b"
                       r"|[Тт]ов\.\s*(?:[А-ЯЁ][\w-]*\s+){1,3}[а-яё]+[ие]т\b")
RECORDED = re.compile(r"(?:(?:The\s+)?(?:Conversation|Talk|Record)\s+(?:was\s+)?(?:recorded|written\s+down|taken\s+down)\s+by|"
                      r"Recorded by|Record made by|"
                      r"Записал|Записали|Составил)\b", re.I)
# A cipher office's note of its work under a telegram: 'Deciphered on 3.4 at 16:10 hours', 'Deciphered by Probka, checked
# by Testek', 'Typed by …', when it came, was printed or sent ('Received: 4 November at 19:25; printed: …', 'Ciphered and sent').
CIPHER_OFFICE = re.compile(r"Ciphered\s+and\s+(?:sent|delivered)\.?|(?:Deciphered|Decoded|Decrypted|Enciphered|Ciphered(?:\s+and\s+sent)?|"
                           r"Encoded|Typed|Checked|Received|Printed)"
                           r"(?:\s+(?:on|by|at)|\s*:)\s+(?:[^\n.!?]|(?<=\d)\.(?=\d)|\b[ap]\.\s?m\b\.?){1,100}\.?")
# Where a telegram or report was sent, under it: 'Sent to: Cdes. …', 'Distribution: …', 'Разослано: …'.
SENT_TO = re.compile(r"(?:Sent to|Distributed to|Distribution|Copies to|Разослано|Разослать)\s*:", re.I)
# The heading of a list of those copies went to: 'Distribution:', 'Recipients:', 'bcc.', 'Distributed to' alone.
# (and a routing slip's readers: 'To be seen by' / 'Seen by', the names a line each under it)
COPIES_HEADING = re.compile(r"(?:B?CC|Copies|Distribution|Recipients)\s*:\s*|BCC\.\s*|Distributed\s+to\s*:?\s*|(?:To\s+be\s+)?(?:seen|read)\s+by\s*:?\s*",
                            re.I)
# A copy note under a text: 'Three copies printed', 'Printed in 4 copies', '2 copies', the typist's initials after it too
# ('2 copies mp'); the copies made listed on its line by their numbers ('Made: 1 Ministry, 2 Comrade Probin, 3 File').
COPIES = re.compile(r"\bcop(?:y|ies)\b.*\b(?:printed|made|typed|sent)\b|^copies\s+(?:distributed|sent)\s+to\b.{0,80}$|"
                    r"^(?:made|printed|typed)\s*:\s*1\.?\s*[-–—]?\s*\w[^\n]{0,80}?,\s*2\.?\s*[-–—]?\s*\w|"
                    r"^no\s+cop(?:y|ies)\s+to\b.{1,60}$|"
                    r"\bотп\.|\bэкз\.|\btyped by\b|\bпеч\.|"
                    r"\b(?:printed|made|typed)\s+in\s+\w+\s+cop(?:y|ies)\b|^\w+\s+cop(?:y|ies)\.?(?:\s+(?!to$|of$|in$)[a-zа-я]{1,3})?$|"
                    rf"^{COPIES_HEADING.pattern}$|^distributed\s+(?:according\s+to|by)\s+(?:a|the)\s+list\.?$",
                    re.I)
# The sign a number of a registry, a copy or a document is written with: 'Nº 135', '№ 58', 'No. 0767s'.
NUMBER_SIGN = r"(?:N[º°o]\.?|№)"
# A registry's incoming or outgoing number in a letterhead ('GENERAL SECRETARIAT  Incoming Nº 741', 'Initial #117'), the
# number a letter replies to ('In reply to Nº 558/DV of 28 July 1960', 'to Nº 419/OP 30 June 1956', the Russian 'к №'
# transliterated: 'k # 25-C-517').
INCOMING = re.compile(rf"\b(?:Incoming|Outgoing|Issuing|Initial|Special|Spec\.|Spets\.|Inc\.|Out\.|Вх\.|Исх\.|Vkh\.|Iskh\.|Входящий|Исходящий)\s*"
                      rf"(?:{NUMBER_SIGN}|#)\s*(?:[A-ZА-Я]{{1,3}}-)?\d"
                      rf"|^(?:In (?:reply|answer) to|With reference to|Ref\.?:?|Re:|На|[Tt]o|[KК])\s+(?:your\s+)?(?:{NUMBER_SIGN}|#)\s*\d", re.I)
# A postscript under a letter's signature: 'P.S. The specialists …', 'P. S.', 'P.P.S.', 'Postscript:', 'П.С.'
# (never 'PS:', which may be a speaker's initials).
POSTSCRIPT = re.compile(r"(?:P\.\s?)?P\.\s?S\.:?\s+\S|\[(?:P\.\s?)?P\.\s?S\.?\]:?\s+\S|Postscript:\s+\S|П\.\s?С\.\s+\S")
# A typist's or clerk's mark under a document, its copy number and initials: '4ak', '5-nb', '12-ts'; or
# the typist's and the author's initials: 'me/MB'.
TYPIST = re.compile(r"\d{1,3}\s?-?\s?[a-zа-я]{1,3}\.?|[a-zа-я]{1,3}/[A-Za-zА-Яа-я]{1,3}")
# Where an attachment begins, after the document it is attached to: '[Attachment to the Decision of the
# Politburo #78 regarding #168]', 'Attachment No. 1', 'Appendix 2 to the letter of 3 March', 'Приложение № 1'.
ATTACHMENT = re.compile(r"\[?\s*(?:Attachment|Appendix|Annexe?|Enclosure|Приложение)(?:\s+(?:No\.|Nº|№|#)?\s*\d{1,3})?"
                        r"(?:\s+(?:to|of|к)\s+[^\[\]\n.!?]{1,150})?\s*\]?"
                        # (numbered in Roman figures, what it is after a colon: 'Annex I: Letter from the … Association')
                        r"|(?:Attachment|Appendix|Annexe?|Enclosure)\s+(?:[IVX]{1,4}|\d{1,3})\s*:\s+[A-Z][^\[\]\n!?]{1,150}", re.I)
# A decision's date under a protocol's title, its first line: 'Decision of 19 November 1951', 'Resolution
# dated March 12, 1951'.
DECIDED = re.compile(r"(?:Decision|Resolution|Decree|Постановление|Решение)\s+(?:of|dated|from|от)\s+\S")
# The protocol's numbered point a decision is taken on, a paragraph of its own under it: '118. Telegram from Comrade
# Probov # 1298.', '311. Cable of Comrade Ispytov'.
DECISION_POINT = re.compile(r"\d{1,4}\.\s+[A-ZА-Я][^!?;:]{2,120}")
# A letter's line saying what it encloses: 'Attachment: the aforementioned on 13 pages', 'Enclosure: …', 'I
# submit a memo concerning …', 'I am sending you a report …'.
ENCLOSING = re.compile(r"^(?:Attachments?|Enclosures?|Приложение)\s*:|\bI (?:am |hereby )?(?:submit(?:ting)?|send(?:ing)?|"
                       r"enclos(?:e|ing)|forward(?:ing)?|attach(?:ing)?)\b.{0,60}?\b(?:memo|memorandum|report|information|"
                       r"note|record|materials?|letter|telegram|draft|resolution|decision)\b", re.I)
# What a document has enclosed, under it: 'Attachment: on 3 pages.', 'Enclosure: 2 sheets', 'Приложение: на 4 л.'
ENCLOSED = re.compile(r"(?:Attachments?|Enclosures?|Appendix|Приложение)\s*:?\s*(?:on\s+|на\s+)?\w+\s+"
                      r"(?:pages?|sheets?|pp?\.|copies|листах|листе|л\.)\.?", re.I)
# Under a copy note, where each copy went: '1 - Cde. A. B. Ivanov', '2nd - to file', '3 - в дело', '2x Embassy', the
# ordinal and 'to' with no dash ('1st to the addressee', '2nd to file').
DISTRIBUTION = re.compile(r"\d{1,2}(?:st|nd|rd|th|-?[йяе])?\s*[-–—]\s*\S.{0,80}|\d{1,2}\s?x\s+\S.{0,80}|"
                          r"\d{1,2}(?:st|nd|rd|th)\s+to\s+\S.{0,60}|"
                          r"\d{1,2}\.\s+(?:Comr?s?\.|Cdes?\.|Comrades?)\s+\S.{0,60}")    # ('1. Comr. Probin')
# A docket's copy note at the top of a report, over the list of where the copies went ('Produced in 6
# copies for:' / '- Comrade Testai' …); a cipher telegram's heading alone over its numbered copies ('Copies to:' /
# '1 - cde. Examin' …), no office's docket above it.
COPIES_FOR = re.compile(r"(?:Produced|Made|Printed|Typed|Prepared)\s+in\s+\d{1,2}\s+cop(?:y|ies)(?:\s+for)?\s*:?", re.I)
COPIES_TO = re.compile(r"Copies\s+(?:to|for)\s*:", re.I)
# A point of the text marked with a dash or bullet ('- Coal (before, …)'), the space after a hyphen perhaps lost
# before a capital ('-The sectors of …'): with another beside it, a list's item.
POINT = re.compile(r"[ \t]*(?:[-–—•*+]\s+\S|-(?=[A-Z][a-z]))")
COPY_ITEM = re.compile(r"[-–—•]\s+\S.{0,80}|\d{1,2}\s*[-–—.]{1,2}\s+\S.{0,80}")   # ('5 .- cde. Testarin')
# The number and date a record was sent under, its last line: 'Nº 212 - 14 March 1961', '№ 212', the
# number an editor read into brackets ('Nº [208]'), its figures grouped by thousands ('No. 41 517').
REGISTRATION = re.compile(rf"(?:{NUMBER_SIGN}|#|N(?=\s\d))\s*(?:[A-ZА-Я]?\d[\w./-]*(?: \d{{3}})*|\[\d[\w./-]*\])(?:\s*[-–—,]\s*(?:{DATELINE.pattern}))?\.?"
                          r"(?:\s*\((?:on\s+)?\d{1,3}\s+(?:pages?|sheets?|pp?\.|l\.|листа?х?)\))?")
# An office that signs a cable or report ('[Chinese] Embassy in [North] Korea', 'Посольство СССР в КНДР').
OFFICE = re.compile(r"\b(?:Embassy|Consulate|Legation|Mission|Station|Ministry|Department|Committee|Bureau|Delegation|Office|"
                    r"Headquarters|Section|Directorate|Cabinet|Presidency|Chancellery|"
                    r"Secretariat|Commission|Посольство|Министерство|Отдел|Комитет)\b")
# The printed form of an American memorandum above its title: its office, then its place ('THE WHITE HOUSE' /
# 'WASHINGTON'), perhaps under the form's word 'MEMORANDUM'.
FORM_OFFICE = re.compile(r"(?:THE\s+)?WHITE\s+HOUSE|DEPARTMENT\s+OF\s+STATE|NATIONAL\s+SECURITY\s+COUNCIL|"
                         r"EXECUTIVE\s+OFFICE\s+OF\s+THE\s+PRESIDENT", re.I)
FORM_PLACE = re.compile(r"WASHINGTON(?:,?\s+D\.\s?C\.?)?", re.I)
# A signer's post ('Deputy Head of Department', 'Ambassador'), the last line of a signature block.
POST = re.compile(r"\b(?:Ambassador|Premier|President|Minister|(?:Under-)?Secretary|Charg[ée]|Counsell?or|Consul|"
                  r"Attach[ée]|Director|Head|Chief|Chairman|Deputy|Envoy|Advis[eo]r|Officer|Referent|General|Colonel|"
                  r"Marshal|Admiral|Commander|Commanding|Commissar|Editor(?!['’]s)|Publisher|Посол|Министр|"
                  r"Секретарь|Советник|Заведующий|Начальник)\b")
# A post as a signer may type it under the name in lower case ('desk officer', 'third secretary').
POST_LOWER = re.compile(POST.pattern, re.I)
# An omission the translator marks ('[…]', '[...]', '[. . .]', as brackets reads it): text left out, no closing line.
OMISSION = re.compile(rf"\[{OMITTED.pattern}\]")
# A divider alone on its line between a text's parts, as typed: a rule ('======', '-----', '———', '____'), or
# asterisks or crosses ('* * *', '***', 'x x x', 'xxx').
DIVIDER = re.compile(r"\s*(?:[-–—_=~](?:\s?[-–—_=~]){2,}|\*(?:\s{0,2}\*){2,}|([xX])(?:\s{0,2}\1){2,})\s*")
# Where an addressee or salutation begins ('To …', 'to the Secretary of …', 'Dear …', 'Your Excellency', 'Destination:', an
# office, then whom in it: 'CC of …, to Cde. N. Testov'), or a speech's address to the hall alone ('Comrades!').
ADDRESSEE = re.compile(r"\[[Tt]o(?: the)?\]|To\b|TO\s|INFO\s|Addressed\s+to\s|<u>|(?:My\s+)?[Dd]ear\b|(?:MY\s+)?DEAR\s|(?:(?:Your|His|Her)\s+)?Excellency\b|Sir\s*[,:]|"
                       r"to\s+(?:his|her|your)\s+Excellency\b|(?:FOR|For|for|to)\s+(?:Comrades?|COMRADES?|Cdes?\.|Comr\.|Com\.)\s|to\s+the\s+(?=[A-Z])|"
                       r"(?=[A-Z][^,.!?\n]{2,60},\s+to\s+(?:Comrades?|Cdes?\.|Comr\.|Com\.)\s)|"
                       # a cipher telegram's addressee by name alone ('For Kim Probe-song.')
                       r"For\s+(?!(?:Official|Internal|Immediate|Information|Your|The)\b)(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\.?$)|"
                       # (a party's central committee by its initials: 'For CC CPCz [Central Committee of …]')
                       r"For\s+(?:the\s+)?(?:CC|C\.C\.|ЦК)\s+[A-ZА-Я]|"
                       r"Destination\s*:|(?:Comrades|Comrade [Dd]elegates|Comrade [Dd]eputies|Товарищи)\s*[!,]\s*$|"
                       # a post addressed by its title ('Comrade ad interim chargé d'affaires')
                       r"Comrade\s+(?:ad\s+interim\s+)?(?:chargé|charge|ambassador|minister|consul|counsell?or)\b|"
                       r"Уважаемый\b|Дорогой\b")
# A circular's addressees, a sentence's opening up to its colon: 'To the foreign affairs bureaus of all
# provincial revolutionary committees, with copies to the military districts:'.
TO_ALL = re.compile(r"To\s+(?:the\s+|all\s+)[^:]{3,300}:")
# A cable's addressees named without 'To', offices and posts up to a colon, at most twenty words: 'Ministry of
# Foreign Affairs:', 'Premier Zhou, Vice Premier Chen and the Foreign Ministry:', the classification in parentheses
# after it, 'The Foreign Ministry …: (Secret)', or the cable's own number, 'To the Central Committee and …: (Testland
# Zhao No. 101)' (an office among them; never a sentence reporting what was said or asked, whom an official spoke
# to: 'Probin, Director of …, told Comrade Testova the following:', the text's first under the addressees: 'The
# delegation asked the Embassy to report …:', nor a body's resolution opening on what it decides: 'The Political
# Committee, having discussed …, resolves:').
OFFICES_ADDRESSED = re.compile(rf"(?![^:]*\b(?:{SPEECH_PAST}|presents|the following|as follows|resolves|resolved|decides|decided)\b)"
                               rf"[A-Z][^:.!?;\n]{{2,160}}:(?<!\s:)"
                               r"(?:\s*\((?:(?:Top\s+|Strictly\s+)?(?:Secret|Confidential)"    # (the classification after it,
                               r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+No\.\s*\d{1,5})\))?")  # or the number)
# Whom a cipher telegram is to be passed on to, above its salutation: 'For immediate report to comrade Mao
# Zedong.', 'For transmission to Cde. …'.
# A cipher office's list of who got the copies, at a telegram's head ('Distribution list - 4 copies: Probin - 2, …').
# A reader's mark at the top that he has read the document: 'Vice Minister Examov has read this', 'Read by …'; a
# leader's instruction to pass it on, signed with his name and the day ('Send to Chairman, Examov and Probina for
# reading, instructed by Probin May 5', 'Immediately send it to …'), or his signing it ('Signed by Probin on Jan. 13');
# a request for approval signed with the name and day after a dash ('Please [send to] the Premier [for] Approval.
# (Already read by …) - TESTOV 9 July'); an office's request to pass it on ('Request … after reading pass to …').
READ_MARK = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}(?:has|have)\s+read\s+(?:this|it)\.?"
                       r"|Please\b[^\n]{2,200}?\s[-–—]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
                       r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\.?"
                       r"|Request\b[^.!?\n]{2,80}\bafter\s+reading,?\s+(?:pass|send|forward)\b[^!?\n]{2,120}"
                       r"|(?:Read|Seen)\s+by\s+[A-Z][^.!?\n]{2,60}\.?"
                       r"|(?:Immediately\s+)?(?:[Ss]end|[Cc]irculate|[Dd]istribute|[Ff]orward|[Pp]rint)\b[^.!?\n]{2,160}"
                       r"\binstructed\s+by\s+\[?[A-Z][^!?\n]{1,40}"
                       r"|Signed\s+by\s+[A-Z][\w .'’-]{2,40}\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?")
DISTRIBUTION_LIST = re.compile(r"(?:Distribution\s+list\s*[-–—:]|Sent\s+to\s*:?\s*(?=Cdes?\.|Comrades?\b))\s*\S", re.I)
ROUTED_TO = re.compile(r"For\s+(?:immediate\s+)?(?:report|transmission|delivery|handing\s+over)\s+to\b.{0,80}")
# A heading's second line: 'with the deputy chairman of …', 'of Soviet Ambassador … for the period', 'about' alone.
HEADING_GOES_ON = re.compile(r"(?:of|with|for|from|to|on|about|between|Between|regarding|concerning|с|со|о|об|по|между|"
                             r"относительно)(?:\s|$)")
# A date in figures whose year has two digits, on its own line at a cable's head ('88.03.25'): which figure
# is the year the line does not say.
SHORT_DATE = re.compile(r"\d{2}\.\d{2}\.\d{2}")
# A party's central committee by its initials, the office at the head of its papers, or the addressee of a report
# to it ('CC PWP', 'CC CPSU', 'CPSU CC', 'ЦК КПСС').
PARTY_INITIALS = re.compile(r"(?:CC|ЦК)\s+[A-ZА-Я]{2,6}(?:\s?\([a-zб]\))?|[A-Z]{2,6}(?:\([a-z]\))?\s+CC")
# A heading in capitals going on on its next line ('RECORD OF CONVERSATION WITH PRIME MINISTER' / 'OF THE
# MPR c. TSEDENBAL'), which a stray lower-case abbreviation does not make a sentence.
CAPITALS_GO_ON = re.compile(r"(?:OF|WITH|FOR|FROM|ON|ABOUT|BETWEEN|AND|IN|TO|AT)\s+[A-Z]")
# What a decision or resolution is on, a line of its own under its title and date ('On the results of …', in title
# case too: 'About Certain Problems of …').
SUBJECT = re.compile(r"(?:On|About|Concerning|Regarding|On the question of)\s+(?:the\s+)?(?:[a-z]|"
                     r"(?:Certain|Some|Several|Various|Current|Questions?|Problems?|Issues?|Matters?|Results?|Situation)\b)")
# What a record is on, labelled, at its head: 'Subject: A delegation's interest in a visit', 'SUBJECT: UN Matters',
# 'Re: …', 'Regarding: …', 'Content: …', 'Topic: …' (a heading, also under the document's kind), a cable form's 'Title: …'.
SUBJECT_LINE = re.compile(r"(?:Subject|SUBJECT|Re|RE|Title|Regarding|REGARDING|Concerning|Object|Contents?|Topic|Betr\.?|Betreff)\s*:\s*\S"
                          r"|(?:Subject|SUBJECT)\.\s+[A-Z]")     # (a stop after it: 'Subject. Conversation with …')
# The place in capitals, perhaps the office there, and whom the telegram is for, a surname in capitals, in one line
# ('BELGRAD, KISELEV for Marshal TITO', 'PEKING, TO THE SOVIET AMBASSADOR'): an address, never a heading in capitals.
PLACE_ADDRESSED = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{3,})?,\s+(?:[A-Z][\w().'’-]*,?\s+){0,3}(?:for|to|TO)\s+"
                             r"(?:(?:Cdes?\.|Comrades?|Comrade|Marshal|General|THE)\s*)?[A-Z][A-Z'’-]+\b[^.!?;:]{0,160}")
# A heading line that leaves what it says unfinished, the next line going on: '… for the period' /
# '29 April through 30 May 1960', '… during the period' / '14 to 30 June 1958', '… and the leaders of the' /
# 'Probian Unity Party …', a talk's parties cut after a comma, '… between I. Testov and the Chairman of the Council,' /
# 'O. van Probe' (not the dateline: see block_kinds).
HEADING_CUT = re.compile(r"\b(?:(?:for|during|over|in)\s+the\s+period|for|from|of|with|between|and|the|about|concerning|regarding|"
                         r"за период|за)\s*$|\b(?:between|with)\b[^\n]*,\s*$", re.I)
# A word spaced out letter by letter, as a letter's address prints its city ('B e r l i n').
SPACED = re.compile(r"(?:[A-ZА-Я] )(?:[a-zа-яA-ZА-Я] )+[a-zа-яA-ZА-Я]")
# A surname alone, in title case ('Probst', 'Testmann-Weiss', 'Testák', 'Тестов'), above the signer's post or last.
_SURNAME_PART = f"(?:{LATIN_UPPER}|[А-ЯЁ])(?:{LATIN_LOWER}|[а-яё'’])+"
SURNAME = re.compile(f"{_SURNAME_PART}(?:-{_SURNAME_PART})?")
# One name in capitals, a telegram's signature ('PROBIN'); _code_name keeps acronyms out.
CODE_NAME = re.compile(r"(?=[A-ZА-ЯЁ'’-]*[AEIOUYАЕЁИОУЫЭЮЯ])[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]{3,}")
# A titled name alone: 'Comrade Petar Stoilov', 'Cde. Kim', in parentheses under an address ('(Comrade Piro Bita)').
_TITLED = r"(?:Comrades?|[Cc]des?\.|[Cc]omr\.|[Cc]om\.|Mr\.|Mrs\.|Dr\.)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
NAMED = re.compile(rf"{_TITLED}|\({_TITLED}\)")
# An addressee's rank in capitals before his name, under the office he heads: 'GENERAL-LIEUTENANT Cde. TESTOV',
# 'MARSHAL OF THE SOVIET UNION Comrade A. B. PROBIN'.
RANKED_NAME = re.compile(r"(?:[A-Z][A-Z-]+\s+){1,5}(?:Cde\.|Comrade|COMRADE|Comr\.|Com\.)\s*(?:[A-Z]\.\s?){0,3}"
                         r"[A-Z][A-Z'’-]+\.?")
# A speech's address to the hall alone on its line, its parts parted by commas or 'and' ('Mr. Chairman and Fellow
# Delegates:', 'Honourable Chairman, Distinguished Delegates:', 'Ladies and Gentlemen,', 'Comrades, friends!').
_HALL_PART = (r"(?:(?:Mr\.|Madam|Madame|Honou?rable|Respected|Esteemed|Distinguished|Dear|Fellow|My|Comrade)\s+){0,2}"
              r"(?:Chairman|Chairperson|President|Delegates|Comrades|Friends|Gentlemen|Ladies|Colleagues|Deputies|"
              r"Guests|Members|Excellenc(?:y|ies)|Representatives)")
HALL = re.compile(rf"{_HALL_PART}(?:\s*(?:,|and|&)\s*(?:and\s+)?{_HALL_PART}){{0,4}}\s*[:,!]", re.I)
# A code name in capitals with the real name in the translator's brackets ('LIN FU [Stalin]', 'FENG XI [Stalin]').
CODE_PSEUDONYM = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){0,2}\s*\[[A-ZА-ЯЁ][\w'’. -]{1,40}\]")
# The words of respect a salutation opens on ('Respected …', 'Much respected …', 'Beloved …', 'Honourable …'; a
# letter's inside address (inside_addresses), a minute's addressee (addresses) and a salutation cut before its name
# (joins) read them too).
RESPECT_WORDS = r"Much\s+(?i:respected|esteemed|honou?red)|Respected|Esteemed|Honou?red|Honou?rable|Beloved"
# A salutation's opening words: one of respect, or 'Dear', and a second joined by 'and' ('Respected and beloved …').
_RESPECT_JOINED = rf"(?:{RESPECT_WORDS}|Dear)(?:\s+and\s+(?i:{RESPECT_WORDS}|dear))?"
# A letter's salutation alone on its line, a titled name and perhaps the word of respect before it, ended by
# ',', '!' or ':' ('Respected Comrade Probin!', 'Comrade KIM TEST-SONG!', 'Com[rade] Testov [Probin]:',
# 'Esteemed Comrade Probo Testić,').
SALUTATION = re.compile(rf"[“\"«]?(?:{_RESPECT_JOINED}\s+)?"
                        r"(?:Comrade|Com\[rade\]|Cde\.|Comr\.|Com\.|Mr\.|Mrs\.|Dr\.)\s+\[?[A-Z][\w'’.-]*\]?"
                        r"(?:\s+\[?[A-Z][\w'’.-]*\]?){0,4}\s*[,!:]"
                        # (the title alone after a word of respect: 'Respected Comrade,', 'Dear Comrades!'; a
                        # first name and patronymic: 'Esteemed Anton Borisovich!')
                        rf"|{_RESPECT_JOINED}\s+(?:Comrades?|Sir|Madam"
                        r"|[A-Z][a-z]+\s+[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna))\s*[,!:]"
                        # (a post after them, a name perhaps after it: 'Respected and beloved Chairman Testao,',
                        # 'Honourable Prime Minister,', 'Beloved Chairman Examao,')
                        rf"|{_RESPECT_JOINED}\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{POST.pattern})(?:\s+\[?[A-Z][\w'’.-]*\]?){{0,4}}\s*[,!:]"
                        # (a Chinese original's: '主席并刘、朱同志：', to the Chairman and comrades Liu and Zhu)
                        r"|[\u4e00-\u9fff、，]{0,24}(?:同志们?|主席|总理|部长|大使|先生|阁下)[：:]")
# An extract's distribution at its head: 'To Comrades Testov, Probin - everything; Mintov - point 2.'
TO_COMRADES = re.compile(r"To\s+(?:Comrades?|Cdes?\.)\s")
# A telegram's or memorandum's header lines at its top: 'To: the Ministry …' ('For the information of: …', an American
# memorandum's 'MEMORANDUM FOR: THE PRESIDENT'), 'From: the Embassy in …' ('Produced by: …'), 'Date: May 9th, 1977'
# (a date line only there: elsewhere 'Date:' is a meeting's).
MEMO_TO = re.compile(r"(?:To|TO|Through|THROUGH|For\s+the\s+information\s+of|MEMORANDUM\s+FOR|Memorandum\s+for)\s*:\s*\S")
MEMO_FROM = re.compile(r"(?:From|FROM|from|City|Sender|SENDER|Produced\s+by)\s*:\s*\S")
MEMO_DATE = re.compile(r"(?:Date|DATE|date)\s*:\s*\S")
# Where a telegram comes from, above its text: 'From Pyongyang.', 'FROM: PYONGYANG', 'Из Пекина', an American
# cable's 'FM AMEMBASSY MOSCOW', an office abroad ('From the Station in Testland').
SENDER = re.compile(r"(?:From|FROM|FM|Из|ИЗ)\s*:?\s+[A-ZА-Я][\w'-]*(?:\.?\s+[A-ZА-Я][\w'-]*){0,3}\.?|"
                    # the place and the hour it was sent, a telegram's first line ('Testburg 2010 hrs')
                    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?\s+\d{3,4}\s*(?:hrs|hours)\.?|"
                    # the office abroad it came from: 'From the Station in Testland', 'From the Embassy in Probegrad',
                    # 'From Probian Embassy in Testgrad MFA', a comma after it: 'From Made-up Embassy in Testgrad,'
                    r"From\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?(?:Station|Embassy|Consulate|Legation|Mission|Branch|Office|"
                    r"Delegation|Residency)\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:\s+[A-Z]{2,5})?[.,]?")
# A heading that is the kind of document alone: 'Ciphered Telegram.', 'Telegram No. 215', 'Шифртелеграмма', a
# Polish 'Code message No 4851/I/903'.
KIND_HEADING = re.compile(r"(?:(?:Ciphered|Cipher|Coded|Code|Outgoing|Incoming|Flash|Lightning)\s+)?(?:Telegram|Cable|Message)"
                          r"(?:\s*\[[^\[\]]{1,30}\])?"      # (the original's word for it: 'Flash Telegram [Molnia]')
                          r"(?:\s*(?:#|No\.?|Nº|№):?\s*[\w/-]+)?\.?|Шифртелеграмма\.?|Телеграмма\.?", re.I)
# A document's own title under its docket: 'The Journal of the Ambassador … for the period …', 'Record of
# a Conversation with …', 'Memorandum on …', 'Notes of Conference with …', a ministry's 'Notice on Holding Talks …'
# (no sentence's end).
DOC_TITLE = re.compile(r"(?:The\s+|An?\s+)?(?:Journal|Diary|Record|Memorandum|Minutes|Report|Transcript|Stenogram|"
                       r"Stenographic\s+(?:Record|Report|Transcript)|Protocol|Notes?|"
                       r"Information|Excerpt|Extract|Agreement|Treaty|Declaration|Communiqu[eé]|Notice|Circular|"
                       r"Directive|Instructions?|Decision|Resolution|Decree|Statement|Proposals?|Announcement|Bulletin)"
                       r"(?:\s+(?:Minutes|Protocol|Record))?"
                       r"\s+(?:of|on|about|from|between|concerning|regarding)\s")
# Whose journal or diary a record is taken from, a heading above its title: 'from the journal of' / 'N. G.
# TESTARIKOV', 'From the Diary of …', 'Excerpt from the journal of …', in capitals with its 'OF' on the next line
# ('FROM THE JOURNAL' / 'OF A. B. TESTOV').
FROM_JOURNAL = re.compile(r"(?:(?:Excerpt|Extract)\s+)?from\s+the\s+(?:journal|diary|notes)(?:\s+of\b|\s*$)", re.I)
# The words naming a body's sitting, which a record's title may open with ('Meeting of the Politburo …', 'PLENUM OF
# THE …'), in lower case: each pattern takes them in the case it reads.
SITTING_WORDS = ("meeting", "session", "sitting", "plenum", "conference")
# The kind of a document alone on its line, above what it is on ('Memorandum' / 'on a Conversation …'),
# perhaps spaced out ('N o t e').
KIND_WORD = re.compile(r"(?:Memorandum|Memo|Note|Notes|Record|Report|Information|Minutes|Protocol|Journal|Diary|Transcript|"
                       r"Aide-m[ée]moire|Agreement|Treaty|Declaration|Communiqu[eé])\.?", re.I)
# A stamp the translator describes without brackets, at the head of a record: 'stamped: confidential matter'; or in
# parentheses, its word after it: '(stamped confidential)', '(Stamp: Secret)'.
STAMPED = re.compile(r"(?:stamped|stamp)\s*:\s*\S.{0,60}|\((?:stamped|stamp)\s*:?\s+[^()]{1,60}\)", re.I)
# A declassification stamp on a scan's first page: 'DECLASSIFIED Authority NND 947003', 'Declassified E.O. 12958'.
DECLASSIFIED = re.compile(r"(?:DECLASSIFIED|Declassified)(?:[\s:]+(?:Authority|E\.\s?O\.|per|by|on|NND|PA/HO)\b.{0,60})?")
# A registry's stamp at the head of a record as a capture leaves its words: the day, the month cut short in capitals,
# the year in two figures, the incoming number ('21 FEB 79 09999'); or its legend that the paper goes back to the
# registry ('Subject to return to the' / 'CPSU CC General Department': cut, it goes on in the next line).
REGISTRY_STAMP = re.compile(r"\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\.?\s+\d{2}\s+\d{3,7}[a-z]{0,3}|"
                            r"Subject\s+to\s+return\b[^.!?\[\]]{0,80}")
# A place alone under the title, where the document was written ('Pyongyang'): one capitalised word that
# names no kind of document nor a part of one ('Agenda').
PLACE = re.compile(r"(?!(?:Record|Memorandum|Minutes|Report|Note|Telegram|Information|Summary|Subject|Contents|"
                   r"Translation|Original|Appendix|Attachment|Draft|Excerpt|Conversation|Agenda|Protocol|Resolution|"
                   r"Decision|Annex|Enclosure|Introduction|Conclusions?|Statement|Communiqu[eé]|Directive|Instructions?)\b)"
                   r"[A-ZА-ЯЁ][a-zа-яё]{2,}")
# A sentence's end, closing quotes and brackets, a stage direction ('… long. (Laughter)', '… world. [Applause]'), marks, and note marks
# after it ('… newspaper.[2]', a printed volume's '… present.(695)', a figure run on to the stop after a word: '… Examov.1').
TERMINAL = re.compile(rf"[.!?…:;]['\"”’»)\]]*(?:\s+(?:\([^()]{{1,60}}\)|\[[^\[\]]{{1,60}}\])\.?)?(?:~~|</sup>|</u>)?(?:\[\d{{1,3}}\]|\(\d{{1,4}}\)|<sup>\[\d+\]</sup>|\[\\\[\d+\\\]\]{NOTE_LINK})*\s*$|(?<=[^\W\d_])[.!?]\d{{1,2}}\s*$")
STAGE = re.compile(r"\((?P<inner>[^()]*)\)\.?")
NOTE_LABEL = re.compile(rf"\[\\\[(\d+)\\\]\]{NOTE_LINK}\s*")
# A short title naming the record's kind, under its classification: 'Stenographic record', 'Record of Conversation'.
KIND_TITLE = re.compile(r"(?:[A-Z]\w+\s+){0,2}(?:Record|Minutes|Protocol|Memorandum|Note|Report|Transcript|Stenogram|"
                        r"Information|Telegram|Journal)\b[^.!?]{0,80}", re.I)
# A printed collection's number of the document alone over its title ('311.').
DOCUMENT_NUMBER = re.compile(r"\d{1,4}\.")
# The stop of the hour ending a title ('… AT 10 p.m.'), no sentence's.
HOUR_STOP = re.compile(r"\b[ap]\.m\.$")
