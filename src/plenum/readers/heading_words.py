"""The words that head a record's meeting details, lists and sections, written where a speaker's label would be
('Present:', 'Interpreter:', 'Time:', 'Excused:', 'Session II:'): never a speaker's name (labels.py)."""

from __future__ import annotations

import re

# The participants headings of originals in German, Hungarian, Polish, Czech, Romanian, Serbo-Croatian and
# Bulgarian ('Anwesend:', 'Jelen vannak:', 'Au participat:'): never a speaker, and a participants list.
ORIGINALS_PRESENT = (r"Anwesend|Teilnehmer|Jelen vannak|Jelen voltak|Résztvevők|Obecni|Uczestnicy|Přítomni|Účastníci|"
                     r"Prezenți|Participanți|Au participat|Au luat parte|Prisutni|Присъстват|Присъстваха")
# Headings of meeting details and lists, never a speaker's name (a protocol's 'Excused:', 'Report: …', 'The Agenda:';
# 'Guest:' speaks), nor a resolution's fields under its points, however often they recur ('Responsible: …' / 'Deadline: …').
NOT_SPEAKERS = re.compile(r"(?:Present|Participants?|Attending|Attendees|Attended(?:\s+by)?|Printed|Typed|Time|Date|Place|Location|Venue|Interpreters?|"
                          r"Translators?|Translation|Recorded|Record|Recorders?|Note-?takers?|Note takers?|Note|Notes|"
                          r"(?:Translator|Editor)['’]?s Notes?|Ed\.\s*Notes?|Editorial\s+Notes?|"
                          r"Source|Subject|Subj|Topic|Content|Abstract|"
                          r"Re|To|From|Copy|Copies|Distribution|Attachments?|Att|Enclosures?|Minutes(?: [Pp]repared| [Tt]aken)?|Summary|(?:The\s+)?Agenda|Cc|"
                          r"No|Nr|File(?:\s+No)?|Title|Sheets?|Pages|Recipients|Ref|Registered|Code message|Cipher|Приложение|Справка|"
                          r"Also present|Others present|Secret|Top secret|Classification|Contents|Citation|"
                          r"Presenter|Speaker|Rapporteur|Invited|Invitees|Guests|Excused|Absent|Report|Companions|Commenters?|Primary|Signed|Sent|Received|Deciphered|Created|"
                          r"Checked|Document Date|(?:[\w-]+\s+){0,2}Record Number|Key|Legend|"
                          r"Documentation|Interpretation(?: and [Mm]inutes)?|Appendix|He|She|They|We|It|"      # (pronouns: 'He said:' is reported speech)
                          r"Conversation|Discussion|Text|Background|Remarks|Comments|"    # (a section's heading)
                          r"(?:Session|Sitting|Meeting|Part|Round)\s+[IVXLC]+|"     # (a session's: 'Session II: Chairman …')
                          r"Cdes|Comrades|Comrs|"                           # (a plural title alone: 'Cdes: …' lists names)
                          r"Archival Signature|Reference|Referencing|Address|Addressee|Encl|Annex|"
                          r"Level|Grade|Precedence|Status|Urgency|Priority|Receiver|"      # (a telegram form's fields: 'Level: Secret 512')
                          r"Responsible|Deadline|Executors?|"     # (a resolution's fields under each point: 'Responsible: Comrade …')
                          r"(?:Your\s+)?Excellency|(?:Dear\s+)?Sir|Madam|"     # (a diplomatic note's salutation)
                          # the same headings in originals: German, Hungarian, Polish, Czech, Romanian,
                          # Serbo-Croatian, Bulgarian
                          rf"{ORIGINALS_PRESENT}|Ort|Zeit|Datum|Betreff|Verteiler|Verantwortlich|Termin|Tárgy|Felelős|Határidő)",
                          re.I)
# Words that make a capitalised heading a list of people or a salutation, not a speaker.
HEADING_WORDS = re.compile(r"\b(?:Personnel|Attendance|Attending|Attendees|Participants?|Present|Taking Part|Guests|Officials|"
                           r"Persons|Members)\b|^(?:From|Dear|To|\[To(?: the)?\]|On the|Our|Their)\s", re.I)   # ('[To] The …:')
# A body's members answering together, as a session's record labels them ('POLITBURO MEMBERS. Yes, we have.'):
# a speaker although its words name a group.
BODY_SPEAKING = re.compile(r"(?:Politburo|Presidium|Secretariat|Bureau|Commission|Committee|Council)\s+Members", re.I)
