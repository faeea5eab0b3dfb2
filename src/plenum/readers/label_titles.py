"""The titles and offices a speaker label carries beside a name (labels.py): party titles ('Cde.', 'Genosse',
'Tov.'), titles of office, abbreviated or of several words ('Amb.', 'Secretary of State'), forms of address, a
party title after the name, the sides of a meeting, the voices of the room, and the chair named before his title."""

from __future__ import annotations

import re

# A party title before a name: English, Russian, and in originals German, Polish, Romanian, Czech and
# Serbo-Croatian ('Genosse Probst:', 'Tov. Ceaușescu:', 'Soudruh Novotný:', 'Druže …'), transliterated
# Russian ('Tovarishch'), and Spanish, as Cuban minutes abbreviate it ('Cro. Probez:', 'Cra. …', 'Compañero …').
TITLE = (r"(?:[Cc]des?\.|[Cc]omr?s?\.|Comrades?|(?<=Chairman\s)comrade|[Тт]ов\.|т\.\s?т\.|т\.|Genossen?|Genossin|"
         r"Towarzyszu?|Towarzyszka|Tow\.|Cr[oa]\.|Compañer[oa]|"
         r"Tov\.|Tovarășu?l?|Tovarășa|Tovarăşu?l?|Soudruh[ua]?|Soudružka|Soudr\.|Druže|Tovarishch)")
PARTY_TITLES = re.compile(TITLE)
# What a stenogram calls the voices of the room, which speak as a speaker does ('Voices: No.', 'Voice from
# the floor: …', 'A voice: …', 'Голоса с мест: …'), and a recording's transcript its voices by number, named or
# not ('Male 2:', 'Unidentified Female 1:', 'Speaker 3:'): a label although its words are not a name's.
VOICES = {"latin": r"(?:(?:Unidentified|Unknown)\s+)?(?:Male|Female|Man|Woman|Speaker|Voice)\s+\d{1,2}(?![\w-])|"
                   r"(?:(?:A|One|Another)\s+)?[Vv]oices?(?:\s+(?:from|in|of)\s+(?:the\s+)?(?:floor|hall|audience|"
                   r"presidium|room|seats?|gallery|places?|delegates))?(?![\w-])",
          "cyrillic": r"Голос(?:а)?(?:\s+(?:с\s+мест(?:а)?|из\s+зала|в\s+зале|из\s+президиума))?(?![\w-])"}
# A title of office abbreviated before a name ('Amb. Testov:', 'Gen. Probin:', an Indian record's 'Smt. Probhi:';
# 'Mr.', 'Dr.' read as initials), or one whose words are not all capitalised ('Secretary of State Rogers:', 'Minister
# of Foreign Affairs Testov:', 'Commander in Chief …', in Spanish minutes 'Cmdte. en Jefe …').
_OFFICE_OF = (r"Command(?:er|ant)[- ]in[- ]Chief|(?:Cmdte\.|Comandante)\s+en\s+Jefe|Secretary\s+of\s+(?:State|Defen[cs]e)|Minister\s+of\s+(?:Foreign\s+Affairs|(?:National\s+)?Defen[cs]e|"
              r"Foreign\s+Trade)|Chief\s+of\s+(?:the\s+)?General\s+Staff|"
              # (a government's or party's head: 'Chairman of the Council of Ministers [of Probeland] …', 'First Secretary of the CC …')
              r"(?:Chairman|President|(?:First\s+)?Secretary)\s+of\s+the\s+(?:Council\s+of\s+Ministers|State\s+Council|Supreme\s+Council|"
              r"Presidium(?:\s+of\s+the\s+Supreme\s+Soviet)?|CC|Central\s+Committee|[A-Z][\w-]+\s+Party)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?")
_ABBREVIATED_OFFICE = r"(?:Amb|Gen|Col|Maj|Capt|Adm|Mrs|Smt|Sen|Gov|Prof|MRS?|MS|DR|AMB|GEN)\."
TITLE_ABBREVIATIONS = {"latin": rf"{_ABBREVIATED_OFFICE}\s?|(?:(?:Vice|Deputy|First)\s+)?(?:{_OFFICE_OF})\s+",
                       "cyrillic": r"(?!)"}
# Such an office of several words alone as the label ('Commander in Chief:', 'Secretary of State:'): its holder speaking.
OFFICE_LABEL = {"latin": rf"(?:(?:Vice|Deputy|First)\s+)?(?:{_OFFICE_OF})(?![\w-])", "cyrillic": r"(?!)"}
# A party title after the name, as Hungarian writes it ('Kádár elvtárs:'): not part of the name.
POSTPOSED = {"latin": r"(?:\s+(?:elvtársnő|elvtársak|elvtárs))?", "cyrillic": ""}


# Sides of a meeting, whose speaker a group label names in parentheses: 'North (KIM):'.
SIDES = re.compile(r"North|South|Soviet|Chinese|Korean|Polish|Hungarian|Vietnamese|American|Japanese|"
                   r"Soviet side|Chinese side|Korean side|Host|Guest")
# Titles of office a label may carry before the name, or alone ('Premier:', 'Deputy Chief Minister Ivo Probinski:'), and
# forms of address (an Indian record's 'Shri Examan:', 'Shrimati …').
_OFFICE = (rf"(?:(?:Vice|Deputy|First|General|Chief|Acting)\s+){{0,2}}(?:{_OFFICE_OF}|Premier|Chairman|Prime Minister|Foreign Minister|"
           r"Minister|President|Ambassador|Secretary|Marshal|General|Delegation (?:Leader|Head)|Counsell?or|Comrade|Mr\.?|Miss|Ms\.?|Mme\.?|Madame|Shri|Shrimati|"
           rf"Mrs\.?|Dr\.?|{_ABBREVIATED_OFFICE}|P\.\s?M\.|PM)")
OFFICES = re.compile(_OFFICE + r"\s+")
# A title of office alone, before a name in parentheses: 'Ambassador (Testov):' is Testov speaking.
OFFICE_ALONE = re.compile(_OFFICE)


# The chair of a sitting named before his title ('Chairman Comrade Testov. Let us continue …', 'Chairman comrade
# Testov: …'): his office, not his name.
CHAIR_BEFORE_TITLE = r"(?:(?:Deputy\s+)?(?:Chairman|Chairwoman|Chair|Presiding\s+officer)\s+(?=(?:[Cc]de|[Cc]om)))?"
