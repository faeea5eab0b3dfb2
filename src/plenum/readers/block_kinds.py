"""The blocks of a record's text (paragraphs the export split, joined) and what kind each is: heading,
addressee, meeting details, participants, turn, stage direction, closer, ..."""

from __future__ import annotations

import re

from .block_patterns import (
    MD_HEADING, INSTRUCTION, STATUS, SECTION, CLOSING, REPORTED, OCCASION, FIRST_PERSON, RANKED_NAME, NARRATION,
    COPIES_FOR, COPIES_TO, COPY_ITEM, OFFICE, POST, ADDRESSEE, HEADING_GOES_ON, NAMED, TO_COMRADES, OFFICES_ADDRESSED,
    MEMO_TO, MEMO_FROM, MEMO_DATE, SENDER, KIND_HEADING, STAMPED, PLACE, TERMINAL, POINT, HEADING_CUT,
    CAPITALS_GO_ON, SUBJECT, SUBJECT_LINE, OMISSION, SHORT_DATE, DECIDED, DECISION_POINT, DECLASSIFIED,
    DISTRIBUTION_LIST, FROM_JOURNAL, KIND_WORD, ROUTED_TO, HALL, CODE_PSEUDONYM, SEE_ORIGINAL, SURNAME,
    CODE_NAME, READ_MARK, KIND_TITLE, DOCUMENT_NUMBER, HOUR_STOP, SPACED, ATTACHMENT, DIVIDER, REGISTRY_STAMP,
)
from .addresses import (ALIASED, EXCELLENCY, address_block, address_goes_on, address_line, addressed_to_all, capitals_go_on,
                        city_over_addressee, inside_address, lone_post_salute, minute_addressee, named_over_post, office_addressed,
                        party_addressed, saluted, salutation_alone, telegram_address, titled_post)
from .attachments import ANNOUNCED, POINT_OF_MINUTES, attachments
from .bracket_blocks import (
    announcing, bracket_stage, hand_block, hand_note, stamp_block, stamp_goes_on, stamp_lines, unclosed_stamp,
)
from .block_lists import labelled_points
from .body_blocks import BodyBlock
from .bracket_words import aside_alone
from .closers import mark_closers
from .dateline_shapes import JOURNAL_DATED, VENUE_HOUR, VENUE_NAMED, VENUE_ROOM
from .direct_speech import direct_speech
from .field_heads import memo_fields, source_fields
from .head_context import dashed_topics, docket_above, headed, quote_goes_on, sitting_title, stop_over_date, under_head
from .head_lines import (
    approved_dateline, capitals_heading, classified_copy_line, classified_dateline, classified_office, classified_title,
    cover_note, dated_address, dated_letterhead, dated_reference, headed_dateline, index_line, numbered_title,
    office_over_addressees, office_over_title, parenthesis_alone, point_heading, post_over_salutation, routed_below,
    titled, titled_dateline, topic_title, venue_below, word_count,
)
from .head_offices import broken_office, bureau_under_title, kind_under_offices, office_over_kind, title_under_offices
from .inline import BREAK, block_lines
from .journal_dockets import journal_docket, record_title, title_goes_on
from .languages import SCRIPT_CHARS, garbled
from .inside_addresses import street_under_address
from .letterheads import goes_on, kind_line, letterhead, mark_classified
from .meeting_patterns import ABSENT, GROUP_LINE, HOURS_SENTENCE, PARTICIPANTS, SETTING, SIDE_ALONE, SITTING_NUMBERED, STAFF
from .late_kinds import reread_kinds
from .odd_head_lines import head_goes_on
from .page_breaks import Unit
from .participant_lines import introduced_participants, memo_participants, participant_lines, participants_follow, side_named
from .routing import TRANSMITTED, routed_paragraphs, routing_lines
from .sections import title_case
from .signers import post_line
from .stages import staged
from .turn_labels import turn_labels
from .turn_narration import follows_quotation, narrates_speaker, reports_speaker
from .written_dates import ENTRY, TIME_FIELD, is_dateline


# An office's code in a memorandum's routing lines: 'S/S', 'INR/RSB'.
_OFFICE_CODE = re.compile(r"[A-Z]{1,4}(?:/[A-Z]{1,4})+")
# A line of a telegram's sending or receipt ('from SAMPLEGRAD sent at 2135 …', 'received at 2352 …'): no heading's.
_SENT_AT = re.compile(r"\b(?:sent|received|dispatched|arrived|deciphered)\s+(?:at|on)\s+\d", re.I)
# A title cut after 'on', and the date its next line opens on ('… Conversation With … on' / '11 September 1969').
_ON_CUT = re.compile(r"\son\s*$")
_DATE_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}\b")
# A heading cut after a word that needs more, going on in lower case ('Minutes of' / 'conversation between …').
_DANGLING = re.compile(r"\s(?i:of|the|between|with|from|and|for|to|on|a|an)\s*$")


def classify(items: list[BodyBlock | Unit], script: str, original: bool, title: str = "") -> None:
    """Set the kind of each block (and the label of each turn), from what it says and where it stands
    (`title`: the document's, which may name its speakers)."""
    blocks = [item for item in items if isinstance(item, BodyBlock)]
    mark_classified(items)
    if not blocks:       # a text of page marks alone ('TOP SECRET'): nothing to classify
        return
    letters = re.compile(SCRIPT_CHARS.get(script, "[A-Za-z]"))
    parts = attachments(blocks)
    bounds = list(zip([0, *parts], [*parts, len(blocks)]))     # the document's own blocks, then each attachment's
    for start, end in bounds:
        mark_closers(blocks[start + (blocks[start].attached == ANNOUNCED):end], letters if original else None)
    labels = turn_labels(blocks, script, title)
    # `top`: nothing but heading material yet; `early`: top, or in a dialogue before its first turn
    # (a record's docket may end the top before its meeting details: 'Printed and Distributed …').
    top, in_turns, first_turn, words_below = True, False, min(labels, default=-1), False
    cover, salute = cover_note([block.text for block in blocks[:4]]), lone_post_salute(blocks, title)
    spoken = direct_speech(blocks) if script == "latin" else set()     # dashed lines of dialogue, no list
    routed: dict[int, str] = {}     # a cable's routing lines a paragraph each, by block
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if top and index not in routed:
            routed.update(routed_paragraphs(blocks, index, _HEAD_REACH))
        if index < cover:
            block.kind = "minute"             # a reader's dated note above the document ('Note: This is …')
            continue
        if block.attached:
            top, in_turns = True, False       # an attachment opens as a document does
            if block.attached == ANNOUNCED:
                continue                      # the line announcing it is its heading
        if block.kind.startswith(("closer", "postscript")):
            continue
        if DIVIDER.fullmatch(text):
            block.kind = "divider"     # a rule or 'x x x' between the text's parts: no title, no text
            continue
        early = top or index < first_turn
        if label := labels.get(index):
            block.kind, block.label, top, in_turns = "turn", label, False, True
            words_below = not label.rest.text.strip()
        elif top and index in routed:
            block.kind = routed[index]
        elif top and (INSTRUCTION.match(text) and index + 1 < len(blocks) and not title_case(text.split())
                      and ADDRESSEE.match(blocks[index + 1].text.strip()) and len(blocks[index + 1].text.split()) <= 8
                      or (hand_block(text) or announcing(text) == "hand" or hand_note(text))
                      and not classified_title(block.run.text)
                      or not index and SEE_ORIGINAL.fullmatch(text) or DISTRIBUTION_LIST.match(text)
                      or READ_MARK.fullmatch(text)):
            block.kind = "minute"      # a reader's request above the addressee ('Please have … this.', no title in
                                       # title case: 'Please Report on …'), a hand's line,
                                       # the editor's pointer to the scan ('Please see the attached original (PDF).'),
                                       # the cipher office's list of who got the copies, a reader's mark
                                       # ('Vice Minister Examov has read this')
        elif top and (OMISSION.fullmatch(block.run.text.strip()) and (
                not headed(blocks, index) or index + 1 < len(blocks) and blocks[index + 1].text.strip().isupper())
                or aside_alone(text) or bracket_stage(text)):
            block.kind = "aside"       # what the translator left out above the title ('[…]'; under a diary's heading,
                                       # above the record's title in capitals), or his note on the copy there
                                       # ('[Translator's note: …]'), or what is done there ('[… shakes hands]'): on
        elif stamp_block(text) or top and (STAMPED.fullmatch(text) or DECLASSIFIED.fullmatch(text) or REGISTRY_STAMP.fullmatch(text)
                                           or announcing(text) == "stamp" or unclosed_stamp(text)
                                           or index and stamp_goes_on(blocks[index - 1].text.strip(), text)):
            block.kind = "stamp"       # a stamp alone ('Stamp:' / '[CC 00417 …]'): forme work, the top goes on
        elif top and index and blocks[index - 1].kind == "head" and (
                DECIDED.match(text) or DECIDED.match(blocks[index - 1].text.strip()) and DECISION_POINT.fullmatch(text)
                and len(text.split()) <= 16):
            block.kind = "head"        # a decision's date and point under the protocol's title, its point under it
        elif top and index and blocks[index - 1].kind == "head" and (alone := parenthesis_alone(text)) \
                and not staged(alone) and not is_dateline(alone) and not STATUS.fullmatch(text) \
                and (len(alone.split()) <= _SUBTITLE_WORDS or len(alone.split()) <= 2 * _SUBTITLE_WORDS
                     and not TERMINAL.search(alone) and sitting_title(blocks, index - 1)):
            block.kind = "head"        # the title's words in parentheses under it ('(First Meeting)'; under a sitting's
                                       # dated title, what it was: '(during a pause in proceedings at the VIII Plenum)')
        elif top and index and blocks[index - 1].kind == "addressee" and capitals_go_on(blocks[index - 1].text.strip(), text) \
                or top and street_under_address(blocks, index):
            block.kind = "addressee"   # an address in capitals going on, never a letterhead's office ('… FOREIGN AFFAIRS' /
                                       # 'DEPARTMENT COMRADE SH. PROBA', 'THE MEMBERS OF THE … COMMISSION'); its street
                                       # over the salutation ('12 Harbour Lane'), never the letterhead's
        elif top and (lines := dated_letterhead(block.run.text) or classified_title(block.run.text)
                      or classified_dateline(block.run.text) or approved_dateline(block.run.text)
                      or titled_dateline(block.run.text) or numbered_title(block.run.text)
                      or journal_docket(block.run.text, docket_above(blocks, index))
                      or BREAK in block.run.text and record_title(block_lines(block.run.text))
                      or stamp_lines(block_lines(block.run.text)) or memo_fields(block.run.text) or source_fields(block.run.text)
                      or dated_address(block.run.text) or headed_dateline(block.run.text) or office_over_title(block.run.text)
                      or dated_reference(block.run.text) or classified_office(block.run.text) or classified_copy_line(text)
                      or office_over_addressees(block.run.text)
                      or index and blocks[index - 1].kind == "head" and point_heading(block.run.text)):
            block.kind, block.lines = "head-lines", lines   # the office over the place and date, one paragraph;
                                                            # a title over its classification
        elif top and (dated := JOURNAL_DATED.match(text)) and is_dateline(text[dated.end():]):
            block.kind = "dateline"    # whose journal, the date and classification ('From the Journal of …, 12 March 1955, …')
        elif top and letterhead(blocks, index, bool(labels)) and not party_addressed(blocks, index) or top and KIND_HEADING.fullmatch(text) and index \
                and blocks[index - 1].kind in ("transmitted", "docket") and headed(blocks, index) \
                or top and not headed(blocks, index) and office_over_kind([b.text for b in blocks[index:index + 2]]) \
                or top and index < _HEAD_REACH and broken_office([b.text for b in blocks[:_HEAD_REACH]], index) \
                or top and bureau_under_title(blocks, index) \
                or top and (POINT_OF_MINUTES.fullmatch(text) or index and ATTACHMENT.fullmatch(text)
                            and POINT_OF_MINUTES.fullmatch(blocks[index - 1].text.strip())):
            block.kind = "docket"      # a letterhead's lines in columns ('Distributed at …      SECRET'), its number
                                       # ('Nº 412'), the language it was translated from, the office and author
                                       # above the copy note; the form's kind among its fields, under the title;
                                       # the point of the minutes it carries out ('Point 12 of Minutes Nº 88'), and
                                       # which attachment to them it is, under it ('Attachment 4'); the bureau
                                       # that wrote it under its title ('Asia Bureau, Probeland Section')
        elif top and kind_under_offices(blocks, index):
            for above in blocks[:index]:
                above.kind = "docket" if above.kind == "head" else above.kind
            block.kind = "head"        # a message's kind under its ministry, first read as the heading
        elif top and index < 2 and minute_addressee(blocks):
            block.kind = "head" if index else "addressee"   # a minute's addressee, his post alone first, and its
                                                            # subject ('PRIME MINISTER' / 'Harbour Dues')
        elif top and HALL.fullmatch(text):
            block.kind = "addressee"   # a speech's address to the hall ('Mr. Chairman and Fellow Delegates:')
        elif top and (MD_HEADING.match(text) or KIND_HEADING.fullmatch(text) and not headed(blocks, index)
                      or titled(block.run.text) and not TERMINAL.search(text) and len(SPACED.sub("", text).split()) <= 40
                      or kind_line(block.run.text) or FROM_JOURNAL.match(text) and len(text.split()) <= 30
                      or SUBJECT_LINE.match(text) and len(text.split()) <= 30
                      or not index and DOCUMENT_NUMBER.fullmatch(text)):
            block.kind = "head"
        elif top and sitting_title(blocks, index) or early and SITTING_NUMBERED.fullmatch(text):
            block.kind = "head"     # a sitting's title closing on its date ('Meeting of the Politburo on 19 … 1956'),
                                    # or its number alone, before the first turn ('Second Meeting')
        elif top and index and blocks[index - 1].kind == "head" and len(text.split()) <= 40 and (
                goes_on(text) and kind_line(blocks[index - 1].run.text)
                or HEADING_CUT.search(blocks[index - 1].text) and len(text.split()) <= 12 and not is_dateline(text)
                or _ON_CUT.search(blocks[index - 1].text) and _DATE_FIRST.match(text) and len(text.split()) <= 12):
            block.kind = "head"     # what the kind above is on ('Memorandum' / 'on a Conversation … 9.40.'), a period;
                                    # the date a title cut after 'on' goes on with ('… Meeting … on' / '17 April 1970 in …')
        elif top and index and blocks[index - 1].kind == "head" and KIND_TITLE.fullmatch(blocks[index - 1].text.strip()) \
                and len(text.split()) <= 20 and not TERMINAL.search(text) and index + 1 < len(blocks) \
                and ":" not in text and not text.startswith("(") and BREAK not in block.run.text \
                and not PARTICIPANTS.match(text) and not is_dateline(text) \
                and (PARTICIPANTS.match(blocks[index + 1].text) or SETTING.match(blocks[index + 1].text)):
            block.kind = "head"     # a memorandum's subject under its kind, over its participants or its time and place
                                    # (never its place and date: 'Probegrad, 14 May 1979', the dateline)
        elif top and index and blocks[index - 1].kind in ("head", "dateline", "docket", "head-lines") \
                and title_goes_on(blocks[index - 1].text.strip(), text):
            block.kind = "head"     # whom a journal's record was with, under its kind or docket, and the name
        elif top and not TERMINAL.search(text) and index and len(text.split()) <= _SUBJECT_WORDS and (SUBJECT.match(text) or dashed_topics(text)) \
                and (index > 1 and blocks[index - 1].kind == "dateline" and blocks[index - 2].kind == "head"
                     or blocks[index - 1].kind in ("head", "addressee", "docket")):
            block.kind = "head"     # what a decision is on, under its title (and date) or addressee: 'On the results of …'; a
                                    # record's topics after a dash under its title ('– On the Topics of …')
        elif top and index and (blocks[index - 1].kind == "dateline" and topic_title(text)
                                or blocks[index - 1].kind in ("docket", "head-lines") and index_line(text)):
            block.kind = "head"     # a note's title, its kind left out, under its letterhead's date ('On a meeting …'),
                                    # a cable's index line under its routing codes ('Question of Probeland.')
        elif top and index and blocks[index - 1].kind == "addressee" and (
                RANKED_NAME.fullmatch(text) or text.isupper() and CAPITALS_GO_ON.match(text)
                or address_goes_on(block.run.text)):
            block.kind = "addressee"    # the addressee's rank and name under the office he heads, or the
                                        # address in capitals going on ('AND CANDIDATES OF THE PRESIDIUM …')
        elif top and index and (not TERMINAL.search(text) or stop_over_date(text, blocks, index)) and (
                (HEADING_GOES_ON.match(text) or text[:1].islower() and _DANGLING.search(blocks[index - 1].text))
                and blocks[index - 1].kind == "head" and not _SENT_AT.search(text)
                or blocks[index - 1].kind == "head" and quote_goes_on(blocks[index - 1].text.strip(), text)
                or capitals_heading(text) and blocks[index - 1].kind in ("head", "dateline", "stamp", "docket", "minute")
                or blocks[index - 1].kind == "head" and blocks[index - 1].text.isupper() and CAPITALS_GO_ON.match(text)):
            block.kind = "head"     # a heading's next line, or a heading in capitals under it or its letterhead
        elif top and (lines := routing_lines(block_lines(block.run.text))):
            block.kind, block.lines = "opener-lines", lines    # a cable's routing lines, one paragraph
        elif top and (SENDER.fullmatch(text) or MEMO_FROM.match(text) and len(text.split()) <= 20
                      or (sent := SENDER.match(text)) and TRANSMITTED.fullmatch(text, sent.end())):
            block.kind = "sender"      # ('From Novograd.Sent 9.6.51 10:15': the sending line run into it)
        elif top and (ADDRESSEE.match(text) and (len(text.split()) <= 6 or len(text.split()) <= 12 and (
                          OFFICE.search(text) or post_line(text) or NAMED.search(text) and not TERMINAL.search(text))
                          or len(text.split()) <= 16 and (OFFICE.search(text) or post_line(text)) and not TERMINAL.search(text)
                          or EXCELLENCY.match(text) and len(text.split()) <= 24 and not TERMINAL.search(text))
                      or (MEMO_TO.match(text) or TO_COMRADES.match(text)) and len(text.split()) <= 20
                      or text.startswith("TO ") and text.isupper() and len(text.split()) <= 24   # ('TO MEMBER OF …')
                      or addressed_to_all(text)
                      or OFFICES_ADDRESSED.fullmatch(text) and len(text.split()) <= 20
                      and (OFFICE.search(text) or POST.match(text) and text.endswith(")"))   # ('Ambassador Pan: (Top Secret)')
                      and not PARTICIPANTS.match(text)
                      or ROUTED_TO.fullmatch(text) and len(text.split()) <= 12
                      or address_block(block.run.text) or telegram_address(block.run.text)
                      or post_over_salutation([b.text for b in blocks[index:index + 3]]) or office_addressed(blocks, index)
                      or inside_address(blocks, index) or city_over_addressee(blocks, index) or party_addressed(blocks, index)
                      or named_over_post(blocks, index)):
            block.kind = "addressee"
        elif top and (text.endswith((",", "!")) and NAMED.fullmatch(text[:-1]) and index and blocks[index - 1].kind != "head"
                      or saluted(block.run.text) or titled_post(text) or index == salute
                      or text.endswith(",") and OFFICE.match(text) and len(text.split()) <= 16
                      or index and blocks[index - 1].kind == "dateline" and NAMED.match(text) and post_line(text)
                      and len(text.split()) <= 14 and not TERMINAL.search(text)):
            block.kind = "addressee"     # the salutation under the header lines ('Comrade Ambassador,', 'Comr. Testov!',
                                         # 'Embassy in Probeland and all other embassies,')
        elif top and index and blocks[index - 1].kind in ("dateline", "addressee") \
                and address_line(text, blocks[index - 1].kind == "addressee"):
            block.kind = "addressee"     # a letter's address under its date ('Ministry for Foreign Affairs' / 'B e r l i n')
        elif top and index and (blocks[index - 1].kind in ("sender", "transmitted") and ALIASED.fullmatch(text)
                                or blocks[index - 1].kind in ("docket", "head-lines") and NAMED.fullmatch(text)):
            block.kind = "addressee"   # a cipher telegram's addressee and his code name under its sending line
                                       # ('Cde. Probinov [Examov]'), a titled name alone under a docket
                                       # ('Comrade Karl Probinger')
        elif top and index and blocks[index - 1].kind in ("addressee", "sender") and len(text.split()) <= 6 \
                and (POST.search(text) or NAMED.fullmatch(text) or _OFFICE_CODE.fullmatch(text)) \
                and not TERMINAL.search(_INITIALS_LAST.sub("", text)) and not PARTICIPANTS.match(text):
            block.kind = blocks[index - 1].kind   # the post or name under an address or a sender ('Deputy Foreign Minister'),
                                                  # an office's code ('S/S'); not who were present ('Present: Mr. …')
        elif top and index and blocks[index - 1].kind in ("docket", "transmitted", "minute") and (
                NAMED.fullmatch(text) or CODE_PSEUDONYM.fullmatch(text)
                or (SURNAME.fullmatch(text) or CODE_NAME.fullmatch(text))
                and any(b.kind == "transmitted" for b in blocks[max(0, index - 3):index])):
            block.kind = "addressee"   # the addressee alone under a cipher office's lines ('Com. Stawiarski',
                                       # 'LIN FU [Stalin]', a surname under the receipt: 'Examski', 'PROBIN')
        elif top and MEMO_DATE.match(text) and (
                routed_below(below := blocks[index + 1].text.strip() if index + 1 < len(blocks) else "")
                or any(above.kind in ("addressee", "sender", "transmitted", "docket") for above in blocks[max(0, index - 2):index])
                and not venue_below(below)) or top and index and blocks[index - 1].kind == "dateline" \
                and (TIME_FIELD.fullmatch(text) or VENUE_HOUR.fullmatch(text)):
            block.kind = "dateline"    # a memorandum's 'Date:' under its 'To:' and 'From:' (its 'Subject:' between),
                                       # a telegram form's among its fields, or over them ('Date: …' / 'Sender: …'),
                                       # and the hour under it ('Time: 18:00'), or a venue and its hour ('Château de
                                       # Probe 16.00 hours'); not a meeting's, over its 'Venue: …'
        elif (COPIES_FOR.fullmatch(text) or COPIES_TO.fullmatch(text)) and index + 1 < len(blocks) \
                and COPY_ITEM.fullmatch(blocks[index + 1].text.strip()):
            block.kind = "copies"
        elif index and blocks[index - 1].kind in ("copies", "copy") and COPY_ITEM.fullmatch(text):
            block.kind = "copy"
        elif early and STATUS.fullmatch(text):
            block.kind = "status"
        elif top and under_head(blocks, index) and (PLACE.fullmatch(text) or VENUE_NAMED.fullmatch(text) and index + 1 < len(blocks)
                                                    and PARTICIPANTS.match(blocks[index + 1].text.strip())) \
                or top and index and blocks[index - 1].kind == "dateline" and VENUE_ROOM.fullmatch(text):
            block.kind = "sender"        # the place it was written, alone under its title (and its hands' notes); a
                                         # building over who were present ('The Kremlin' / 'Present: …'), the hall
                                         # under the date and hours ('Reception Hall 18')
        elif top and (is_dateline(text) or SHORT_DATE.fullmatch(text)):
            block.kind = "dateline"
        elif top and TRANSMITTED.fullmatch(text):
            block.kind = "transmitted"   # a cipher telegram's sending and receipt ('Dispatched from … on …')
        elif early and (SETTING.match(text) or HOURS_SENTENCE.fullmatch(text)):
            block.kind = "setting"     # ('Time: …'; 'The conversation began at 1140')
        elif early and (PARTICIPANTS.match(text) or index and blocks[index - 1].kind == "participants"
                        and (GROUP_LINE.match(block.run.text) or ABSENT.match(text) or side_named(text))
                        or text[:1] + text[-1:] == "()" and PARTICIPANTS.match(text, 1)):
            block.kind = "participants"   # (under its list, those absent, 'Absent: …', and a country's people,
                                          # 'Testland: Shri …, PM; …', a group of it)
        elif early and index and participants_follow(blocks[index - 1]) and SIDE_ALONE.fullmatch(text) \
                and index + 1 < len(blocks) and participant_lines(blocks[index + 1].run.text):
            block.kind = "participant-group"   # a side alone on its line over its names ('US' / 'Secretary …')
        elif early and index and participant_lines(block.run.text) \
                and (participants_follow(blocks[index - 1]) or memo_participants(blocks[index - 1])):
            block.kind = "participant"   # a memorandum's participants a line each under 'PARTICIPANTS: …'
        elif introduced_participants(blocks, index):
            block.kind = "participant-lines"   # persons a line each under a sentence introducing them
        elif SECTION.match(text) and len(text.split()) <= 8:
            block.kind, in_turns = "stage-setting", False
        elif (alone := parenthesis_alone(text)) and not _SIGNED.fullmatch(alone) \
                and (labels or staged(alone) or top and text.endswith((".)", ").", "!)"))):
            # the record's stage direction where people speak in turns, or where it says what happens in
            # the room, or at the top a sentence on the meeting ('(The meeting was arranged at his request).');
            # in a report or letter ('(signature)') it is a paragraph
            block.kind = "stage-setting" if top else "stage"
            in_turns = in_turns and not top    # '(Applause.)' in a speech: the speaker's words may go on
        elif alone and top and index and blocks[index - 1].kind == "head":
            block.kind = "head"     # what the titled document is ('(Political letter of the Embassy …)')
        elif in_turns and bracket_stage(text):
            block.kind = "stage"    # the transcriber's bracket alone among the turns ('[End of tape 3, side A]')
        elif in_turns and ENTRY.match(text):
            block.kind, in_turns = "entry", False   # a journal's next entry: the quoted talk above is over
        elif in_turns and (CLOSING.match(text)
                           or REPORTED.match(text) and not (OCCASION.match(text) and FIRST_PERSON.search(text))
                           or words_below and NARRATION.match(text)
                           or reports_speaker(text, labels, title) or narrates_speaker(index, text, labels)
                           or follows_quotation(index, text, labels, blocks)
                           or text.startswith("[Source") and aside_alone(text)):   # (the editors' '[Source: …]')
            block.kind, in_turns = "narrative", False
        elif original and not letters.search(text) or garbled(text):
            block.kind = "ocr-noise"   # an original's OCR without its letters, or any scan's OCR of specks and marks
        elif early and STAFF.match(text):
            block.kind = "staff"
        elif top and (entry := ENTRY.match(text)) and entry.group("bold"):
            block.kind, top = "entry", False   # a journal's entry under its day in bold ('**Monday, 4 March**')
        elif top and ((words := word_count(text)) <= 30 or words <= 60 and _KIND_FIRST.match(text)) \
                and not in_turns and (not headed(blocks, index) or title_under_offices(blocks, index)) and (
                not TERMINAL.search(HOUR_STOP.sub("", text)) or _KIND_FIRST.match(text) and text.endswith(":")
                or titled(block.run.text) and stop_over_date(text, blocks, index)
                or index + 1 < len(blocks) and (STATUS.fullmatch(blocks[index + 1].text.strip())
                                                 or BREAK not in block.run.text
                                                 and salutation_alone(blocks[index + 1].text.strip()))):
            block.kind = "head"     # (a title ended by a stop over its status: '… on the boat, 2 May.' /
                                    # '(not reviewed …)', or over the salutation alone: '… FOR HEADS OF STATE.' /
                                    # 'EXCELLENCY,'; or by the hour's: '…, 9th MAY, 1946, AT 10 p.m.'; a report's
                                    # title over its points, a colon after it: 'Report on the visit … Bureau:')
        elif in_turns:
            block.kind = "turn-continued"
        elif script == "latin" and labelled_points(block.run.text):
            block.kind, top = "labelled-points", False   # a label over its dashed points, one paragraph ('Tasks: - …')
        elif script == "latin" and POINT.match(text) and index not in spoken and (
                index and blocks[index - 1].kind == "point"
                or index + 1 < len(blocks) and POINT.match(blocks[index + 1].text)):
            block.kind, top = "point", False    # dashed points, two or more in a row: a list's items
        elif top and head_goes_on([b.run.text for b in blocks[index:index + 8]]):
            block.kind = "docket"    # an odd line of the head, a sure one under it ('___' / … / '20 September 1968')
        else:
            block.kind, top = "entry" if ENTRY.match(text) else "narrative", False
    for start, end in bounds:
        reread_kinds(blocks[start:end])


# A parenthesis saying what stands there instead of a signature: '(illegible signature)', '(signed)', '(seal)'.
_SIGNED = re.compile(r"(?:illegible\s+)?(?:signature|signed|seal|stamp|initials)\.?", re.I)


# The most words a title's parenthesis under it holds ('(First Meeting)'); a longer one is the record's stage.
_SUBTITLE_WORDS = 6
# The most words a title naming what the record is on holds, over four lines of a letter's typed title ('Concerning
# measures being carried out' / 'to provide medical aid to the population during' / … / 'of the accident at …').
_SUBJECT_WORDS = 40


# How many of a text's first paragraphs a letterhead broken a word group to a paragraph may reach over.
_HEAD_REACH = 8


# A title of up to sixty words naming its kind first ('Note Regarding Conversations between …, President of …,
# and …, Referring to …'): a heading however many posts it names.
_KIND_FIRST = re.compile(rf"{KIND_WORD.pattern}\s+(?:of|on|about|regarding|concerning|from|between|with)\s", re.I)


# Initials closing a name, whose stop ends no sentence ('General of Army Probin T. E.').
_INITIALS_LAST = re.compile(r"(?<=\w)\s+(?:[A-Z]\.\s?){1,3}$")
