"""The patterns of a record's meeting details, each a paragraph of its header: when and where ('Time: …',
'Place: …'), who took part ('Participants: …', a side's label, a group's line) and who kept the record
(read by block_kinds, turn_labels and the participant lists)."""

from __future__ import annotations

import re

from .inline import BREAK
from .heading_words import ORIGINALS_PRESENT

# A place line labelled by its city, a building named after it as the value ('Samplezhou: The Samplezhou Hotel,
# Samplezhou'): the city again in the value, its words capitalised, a hotel's or hall's, no sentence; no speaker's turn.
_CITY_LABEL = (rf"(?P<city>[A-Z][a-z]{{2,}})(?=\s*:\s*(?=[^.!?:\n{BREAK}]*\b(?P=city)\b)(?:The\s+)?(?:[A-Z][\w'’-]*,?\s+){{0,4}}"
               rf"(?:Hotel|Guest\s?[Hh]ouse|Hall|Palace|Residence|Villa|Pavilion)\b(?:,?\s+[A-Z][\w'’-]*){{0,3}}\.?\s*(?:$|[\n{BREAK}]))")
SETTING = re.compile(r"(?P<label>Date (?:and|&) [Tt]ime|Time (?:and|&) [Dd]ate|Time|Date|Location|Place|Venue|Beginning|Begin|End|DATE (?:AND|&) TIME|TIME|"
                     r"DATE|TIME (?:AND|&) DATE|LOCATION|PLACE|VENUE|BEGINNING|BEGIN|END|Время|Место|Начало|"
                     rf"(?:Start|Beginning|End) of the (?:conversation|meeting|talks?|session)|{_CITY_LABEL})\s*:\s*")
# A sentence saying when the talk began, and perhaps when it ended, by the hours alone ('The conversation began at
# 1140', 'The conversation started at 16:15 and ended at 16:55'): a detail of its time, as 'Beginning: 10:00 Hours' is
# ('… at 12:00 pm.': the stop the sentence's).
_HOURS = r"\d{1,2}(?::|\.)?\d{2}(?:\s*(?:[ap]\.\s?m\.?|[ap]m\b|[Hh]ours|hrs\.?))?"
HOURS_SENTENCE = re.compile(rf"The (?:conversation|meeting|talks?|session|discussions?) (?:began|started|opened|commenced) "
                            rf"at (?P<start>{_HOURS})(?:,? and (?:ended|finished|closed) at (?P<end>{_HOURS}))?\.?")
# A sitting's heading with its hours, among the record's text, as a day's talks are split ('Morning meeting
# (11:30-13:40)', 'Second session (15:00–17:10)'): the heading of a section, its hours a date.
SITTING_HOURS = re.compile(r"(?:Morning|Afternoon|Evening|Night|First|Second|Third|Fourth|Final|Last) (?:meeting|session|sitting)"
                           r"\s*\((?P<hours>\d{1,2}[:.]\d{2}\s*[-–~]\s*\d{1,2}[:.]\d{2})\)")
# A sitting's title alone in a record's head, by its number in the day's or the talks' series, perhaps its kind and
# its day in parentheses ('Second Meeting', 'First Summit Meeting (September 25th)', 'Third Round'): a heading.
SITTING_NUMBERED = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Final|Last)"
                              r"(?:\s+[A-Z][a-z]+)?\s+(?:Meeting|Session|Sitting|Round)(?:\s+\([^()]{1,30}\))?")
# Participants lists' headings and each side's or country's label, perhaps on a dashed line ('- On the Korean side:',
# 'From the Democratic People's Republic of Korea:', 'Present were:', '[Attendees on] the Testland side:', 'Present
# from the Testland side:', 'Testian delegation represented by:', 'Participants in the meeting were:', 'Invited to the
# meeting were comrades:', 'The talks were attended by:', 'ATTENDED BY:', 'Accompanying personnel from our side:',
# 'Probian Side Participants:', 'from our side:', 'For Testland: comrades …', 'In the presence of comrades:',
# 'Comrades in attendance:', 'Persons present from our side:', 'from the Chinese and Korean sides:', 'Interpreters:',
# a word the translator supplied before it: '[Additional] Participants:', a side's initials glossed: 'from the MfS
# [Ministry for State Security]:'),
# and who chaired a session.
PARTICIPANTS = re.compile(r"(?:[-–—•]\s+)?(?P<label>"
                          r"(?:\[[A-Z][a-z]+\] )?(?:Participants|Present)(?: were)?(?: \[?(?:in|to|at) the (?:talks?|conversation|meeting|discussions?)\]?)?"
                          r"(?: were)?|"
                          # (one side's, the translator's completion in brackets: 'From the Probish side, [the following
                          # comrades] participated in the meeting:')
                          r"(?:(?:From|On) the [A-Z][\w-]+ side,? )?\[?[Tt]he following (?:[A-Z][\w-]+ )?(?:comrades|persons|officials)\]? "
                          r"(?:took part|attended|participated)"
                          r"(?: (?:in )?the \w+)?|"
                          # (a sentence ending in a colon: 'At the meeting there were also present:', 'From the Testish side
                          # there were present:', 'The delegation of the … Party is comprised of:', 'The following
                          # individuals were [also] present at the conversation that took place on …:')
                          r"(?:(?:At|In) the (?:meeting|talks|conversation|discussions?)|(?:From|On) (?:the [A-Z][\w-]+|our|their) side),? "
                          r"(?:there )?(?:were|was)(?: also)? (?:present|these attendees(?: at the (?:meeting|talks))?)|"
                          # (a side's, 'The Samplese side was [also] represented by:')
                          r"The [A-Z][\w-]+ side (?:was|were) (?:\[?also\]? )?represented by|"
                          r"The delegation of (?:the )?[A-Z][^:\n]{2,80}? (?:is|was) (?:comprised|composed|made up) of|"
                          r"The following (?:individuals|persons|comrades|officials) (?:were|was) (?:\[?also\]? )?present"
                          r"(?: (?:at|in) the (?:[^:\n]|(?<=\d):(?=\d\d)){3,200})?|"
                          # (those invited, to a sitting or to points of the agenda: 'Invited to the meeting on 13 XII 1981:',
                          # 'Invited to all points of the agenda:', 'Invited to point 2:')
                          r"(?:Also )?[Ii]nvited(?: to (?:the (?:talks|meeting|session)(?: (?:on|of) [\w ]{1,25}?)?|"
                          r"(?:all )?(?:the )?(?:points?|items?)(?: \d{1,2}(?:(?:,| and) \d{1,2})*)?(?: (?:of|on) the agenda)?))?"
                          r"(?: (?:are|were))?(?: comrades)?|Invitees|Guests|"
                          r"Companions|"
                          r"Participating(?: (?:at|in) the (?:talks|meeting|session)| from (?:the )?[A-Z][\w-]+ side)?(?: (?:are|were))?(?: comrades)?|"
                          r"The (?:talks|meeting|conversation|discussions?) (?:were|was) (?:attended by|conducted(?: by)?)|"
                          r"Attending|PARTICIPANTS|PRESENT|При участии|Присутствовали|In [Aa]ttendance(?: at the (?:meeting|talks))?|"
                          r"Comrades (?:in attendance|present)|"
                          r"Persons present(?: from (?:our|their|the [A-Z][\w-]+) side)?|Present (?:on|from) (?:our|their) side|"
                          # (the chair with a colon before his titled name alone: 'Chair:  Com. TESTOV. P.I.', not the
                          # chair speaking: 'CHAIRMAN: Comrade Testov has the floor.')
                          r"Chair(?:man|person)?(?=\s*:\s*(?:[Cc]om|[Cc]de)[\w\[\]]*\.?\s+(?:[A-ZА-Я][\w'’.-]*[ \t]*){1,4}(?:\n|$))|"
                          # (the other side's, a plural title for its label: 'Cdes: Deputy Chairmen of the Council …')
                          r"(?:Cdes|Comrs)\.?(?=\s*:\s*[A-Z])|"
                          r"Chairing|Chaired by|Presides|Presiding|Chairman(?=\s+(?:[Cc]om|[Cc]de)[\w\[\]]*\.?\s)(?![^\n:]*:)"
                          # (not the chair speaking: 'Chairman Comrade Testov. Let us continue …')
                          r"(?!\s+\S+\s+(?:[A-Z][\w'’-]*\s+)?[A-Z][a-z][\w'’-]*\.\s+[A-Z][a-z]+)|Presiding|Presided over by|Председательствует|Председательствовал|"
                          r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)? )?(?:Attendees?|ATTENDEES?)(?: on the [A-Z][\w-]+ side)?|"
                          # (a side's in a foreign ministry's wording: 'Our side’s participants', 'Receiving side's
                          # participants', 'Guinean side in attendance', 'Chinese participants', 'Accompanied on the
                          # Chinese side by …', 'Attending Persons', 'Accompanying person')
                          r"(?:Our|Their|Receiving|Visiting|Host(?:ing)?|Guest|[A-Z][a-z]+) side(?:['’]s)? participants|"
                          r"[A-Z][a-z]+ side in attendance|[A-Z][a-z]+ [Pp]articipants|"
                          r"Accompanied(?: on the [A-Z][\w-]+ side)? by|Attending [Pp]ersons?|Accompanying [Pp]erson|"
                          r"Those attending(?: the (?:meeting|talks|conversation))?|"
                          r"(?:Participants|Attendees) \((?:the )?[A-Z][a-z]+ side\)|"
                          rf"{ORIGINALS_PRESENT}|"
                          # (a side's representatives, a group of the list: 'Chinese representatives: …', 'Representatives from
                          # Probaos: …'; those present, 'Persons in attendance:')
                          r"(?:[A-Z][a-z]+ )?[Rr]epresentatives(?: (?:from|of) (?:the )?[A-Z][\w-]+)?(?=\s*:)|Persons in attendance|"
                          r"Attending Personnel|Those [Tt]aking [Pp]art|Attended(?: by)?|ATTENDED(?: BY)?|Persons? attending the meeting|"
                          r"(?:Chinese|Korean|\[North\] Korean|Soviet|Foreign) [Pp]ersonnel|Foreign guests|"
                          r"Accompanying (?:persons|personnel|officials)(?: from (?:our|their|the [A-Z][\w-]+) side)?|"
                          r"(?:[Ff]rom )?[Oo]ur side|Also (?:[Pp]resent|[Tt]aking [Pp]art|[Pp]articipating|[Aa]ttending|in [Aa]ttendance)|Personnel accompanied|"
                          r"(?:Participants|Attendees) (?:on|from) the [A-Z][\w-]+ side|"
                          r"[A-Z][a-z]+ [Ss]ide (?:Participants|Attendees)|In the presence of(?: comrades)?|"
                          r"[Ff]rom (?:the )?\[?[A-Z][\w'’\]-]*(?:\s+(?:\[?of|the|for|\[?[A-Z][\w'’\]-]*)){0,7}|"
                          r"(?:Present |\[(?:Attendees|Participants|Present) (?:on|from)\] )?(?:(?:[Oo]n|[Ff]rom|[Ff]or) )?the [A-Z][\w-]+ (?:side|delegation)|"
                          r"(?:[Oo]n|[Ff]rom) the (?:first|second|other|one) side|"
                          # (two countries' sides together, and the interpreters, a group of the list: 'from the Chinese
                          # and Korean sides:', 'Interpreters: …', plural, never an interpreter speaking)
                          r"(?:[Oo]n|[Ff]rom) the [A-Z][\w-]+ and [A-Z][\w-]+ sides|Interpreters(?=\s*:)|"
                          r"[Ff]or [A-Z][\w-]+(?=:\s*(?:[Cc]omrades|[Cc]des?\.|[Cc]omr?s?\.)\s)|"
                          # (a service's or party's initials before its comrades: 'KGB: Comrade Testov – …', 'MfS: Comrade …')
                          r"[A-ZÀ-Ý][A-Za-z]?[A-Z]{1,4}(?=:\s*(?:[Cc]omrades?|[Cc]des?\.|[Cc]omr?s?\.)\s)|\[?[A-Z][a-z]+\]? (?:[Ss]ide|[Dd]elegation)"
                          r"(?: represented by)?|The [A-Z][a-z]+ delegation|[А-Я][а-я]+ (?:делегация|сторона))"
                          # (a colon after it, or after 'by' a name: 'Chaired by cde. M.S. GORBACHEV'; after a side a dash:
                          # 'For the Testish side – Olga Examova, …'; after 'comrades' the names: '… are comrades Probin, …')
                          rf"(?:\s*:\s*|(?<=\sby)\s+(?=(?:[Cc]des?|[Cc]omr?s?)\.|[A-Z])|(?:(?<=side)|(?<=ation))\s+[–—-][\s{BREAK}]+(?=[A-Z\[])"
                          # (a side's plural title right after it: 'On the Testish side comrs. Samplov, …')
                          rf"|(?<=side)[\s{BREAK}]+(?=(?:[Cc]omrades|[Cc]omrs?\.|[Cc]des?\.)(?:[\s{BREAK}]|$))"
                          r"|(?<=comrades)\s+(?=[A-Z])"
                          # (a sentence naming them after its verb, a plural title first: 'Present at the conversation were
                          # Comrades Probov and Lavrin.')
                          r"|(?<=were)\s+(?=(?:[Cc]omrades|[Cc]omrs?\.|[Cc]des?\.)\s)"
                          # (after the chair's or those present's word a plural or single title: 'Chairman com. TESTOV P. K.',
                          # 'Present com[rade]s. Probin A. B., …')
                          r"|(?:(?<=Chairman)|(?<=Present)|(?<=present))\s+(?=(?:[Cc]om|[Cc]de)[\w\[\]]*\.?\s)"
                          # (or, as an American memorandum heads them, the word alone on its line: 'PARTICIPANTS'; a
                          # Japanese ministry's record, 'In attendance')
                          r"|(?<=PARTICIPANTS)(?=\s*$)|(?<=Participants)(?=\s*$)|(?<=In [Aa]ttendance)(?=\s*$))")
# Those of a body who were absent, a group of the participants list they follow ('Absent: Cdes. T. Examski, …',
# 'Absent com. K. Testrynak.', a protocol's 'Excused: …'): never a speaker; their names are no participants.
_ABSENT_WORDS = r"Absent(?: (?:with|on) (?:leave|excuse|business))?|Excused|Not present"
ABSENT = re.compile(rf"(?:[-–—•]\s+)?(?P<label>{_ABSENT_WORDS})"
                    r"(?:\s*:\s*|(?<=Absent)\s+(?=(?:[Cc]om|[Cc]de)[\w\[\]]*\.?\s))")
# The same words as a participants list's label ('Absent:', 'Absent'): the item after it names no participant.
ABSENT_LABEL = re.compile(rf"(?:{_ABSENT_WORDS})\s*:?")
# A body a group of participants is for: 'For the PGC', 'For the Games Committee of Testland :'.
_FOR_BODY = r"For\s+the\s+[A-Z][\w'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'.-]*){0,4}(?:\s*:)?"
# A group of participants headed by a line of its own under the list's heading ('From Seoul', 'USSR' / names; a
# body's, _FOR_BODY).
GROUP_LINE = re.compile(rf"(?P<label>(?:From\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}}|{_FOR_BODY})\s*{BREAK}")
# The same side alone on its line, as pages of single breaks give it: a country or body in capitals ('US',
# 'USSR'), a divided country's half ('North', 'South'), a side ('Soviet side:', 'On the Chinese side'), a body's
# ('For the GC of Testland :'), or a few capitalised words and a colon.
SIDE_ALONE = re.compile(r"[A-Z]{2,6}:?|(?:North|South)(?:ern)?(?:\s+side)?\s*:?|"
                        rf"{_FOR_BODY}|"
                        r"(?:(?:On|From)\s+the\s+)?(?:[A-Z][\w'’.-]*\s+){1,2}side\s*:?|"
                        r"(?:From\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*:|"
                        # (an American memorandum's: 'U.S.', the other side's city, 'Joined meeting in progress:')
                        r"(?:[A-Z]\.){2,4}|[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[a-z]+){1,4}\s*:")
# Who interpreted or kept the record, or chaired the session, in a record's header: a paragraph, no turn nor heading;
# the label of who interpreted or kept it ('Interpreter:', 'Minutes Prepared:').
STAFF_LABEL = re.compile(r"(?:Interpreters?|Translators?|Recorders?|Recording officials?|Note-takers?|Documentation|"
                         r"Minutes(?: prepared| taken| kept)?(?: by)?|Interpretation(?: and minutes)?|"
                         r"Переводчики?|Записывающий|"
                         # (a reception's guest, host and recorder as a foreign ministry's record gives them: 'Guest: …',
                         # 'Received by: …', 'Recorded by: …')
                         r"Guests?|Hosts?|Received\s+by|Recorded\s+by|"
                         # (an interview's: 'Interviewee: …', 'Interviewer: …', 'Interviewed by: …', 'Transcribed by: …')
                         r"Interviewees?|Interviewers?|Interviewed\s+by|Transcribed\s+by|Transcribers?)(?:\s+and\s+(?:recorders?|note-takers?|interpreters?))?\s*:|"
                         # (one who did both: 'Interpreter and recorder:', 'Translator and Recorder:')
                         # (who interpreted at the talk, by a plural title: 'Translated by comrs. Fedotov and Shi Zhe')
                         r"Translated\s+by(?=\s+(?:comrs?|cdes?|comrades)\b)", re.I)
STAFF = re.compile(rf"{STAFF_LABEL.pattern}|"
                   # who chaired the session, in a line of his own ('Cde. M. A. TESTOV presiding.')
                   r"(?:(?:Cde|Comrade|Comr)\.?\s+)?(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+\s+presiding\.?$", re.I)
