"""Stage directions inside a paragraph: what the note-taker's parentheses become, and what stays words."""

from __future__ import annotations

import pytest
from lxml import etree

from plenum.readers.stages import LEADING_STAGE, stages
from plenum.readers.stages import staged as stage_words
from plenum.tei import E, local


def staged(text: str, *children: etree._Element) -> list[str]:
    """The paragraph's stage directions after the reader's pass, and the paragraph's text unchanged."""
    p = E.p(text, *children)
    before = "".join(p.itertext())
    stages(p, True)
    assert "".join(p.itertext()) == before
    return [stage.text for stage in p.iter("{*}stage")]


@pytest.mark.parametrize("text, expected", [
    ("You came late. (Laughter) We waited.", ["(Laughter)"]),
    ("It is slow. (Premier Zhou laughs.) But safe.", ["(Premier Zhou laughs.)"]),
    ("The rivers are long (the Chairman coughs) and wide.", ["(the Chairman coughs)"]),
    ("We shall win. (Applause). Comrades, the plan.", ["(Applause)."]),
    ("Мы победим (Аплодисменты) и дальше.", ["(Аплодисменты)"]),
    ("Long live our friendship! (Stormy, prolonged applause.)", ["(Stormy, prolonged applause.)"]),
    ("Good. (The interpreters confer.) Now the north. (Laughter.)", ["(The interpreters confer.)", "(Laughter.)"]),
    ("That is all. (The meeting closed at 12.)", ["(The meeting closed at 12.)"]),
    ("We go on. (Recess.) After the recess the chairman spoke.", ["(Recess.)"]),
    ("Let me speak seated, my leg hurts (lively reaction in the hall). Forgive me.", ["(lively reaction in the hall)"]),
])
def test_a_parenthesis_of_stage_words_is_a_stage_direction(text, expected):
    assert staged(text) == expected


@pytest.mark.parametrize("text", [
    "The Ministry (Second Directorate) sent it.",
    "The vote (за - 5 голосов) was taken.",
    "He spoke of the stirrup (a new design) at length.",
    "The talks resumed (after an interruption of more than two years) in May.",
    'They spread rumours (so-called "whispering propaganda") in the markets.',
    "The groups meet in kitchens (the “whispering circles”) every week.",
    "The plant began (a chain reaction) in the spring.",
])
def test_a_parenthesis_of_other_words_stays_the_sentence_s_own(text):
    assert staged(text) == []


def test_a_stage_direction_after_an_inline_element_stays_in_its_place():
    note = E.note("a note")
    note.tail = " he said. (Laughter) Then more."
    p = E.p("First", note)
    stages(p, True)
    assert [child.tag.split("}")[-1] for child in p] == ["note", "stage"]
    assert p[0].tail == " he said. " and p[1].tail == " Then more."


def test_a_stage_direction_in_italics_holds_its_emphasis():
    """'*(Laughter)*' of a Markdown export: the emphasis, a parenthesis of stage words alone, is the stage
    direction's content; an emphasised parenthesis of other words stays emphasis."""
    p = E.p("It has. ", E.hi({"rend": "italic"}, "(Laughter)"), " And ", E.hi({"rend": "italic"}, "(the north)"), ".")
    stages(p, True)
    [stage] = p.findall("{*}stage")
    assert stage.get("type") == "business" and [local(child) for child in stage] == ["hi"]
    assert stage.tail == " And " and "".join(p.itertext()) == "It has. (Laughter) And (the north)."


@pytest.mark.parametrize("aside", ["(clarifies)", "(Pointing to the tea.)",
                                   "(After expressing gratitude in the name of the Probian people and the party, etc., "
                                   "he broached the subject of “our relations with the Examians” and of the harbour.)"])
def test_a_parenthesis_opening_a_turn_is_its_delivery_the_note_takers_summary_too(aside):
    """What opens a turn right after its label: how the speaker spoke, or the note-taker's summary of what he
    first said (longer than a hundred characters)."""
    found = LEADING_STAGE.match(f"{aside} We have done our best to stay calm.")
    assert found is not None and found.group(0).strip() == aside


def test_a_parenthesis_after_a_report_s_last_sentence_is_its_aside_not_a_stage():
    """'… from the start. (Both in the cases of Testov and Probin.)': in talks, what happened in the room
    after the words; in a report (no turn in it or above it), the sentence's aside, left as it is."""
    text = "The Probians asked for a government delegation from the start. (Both in the cases of Testov and Probin.)"
    talk, report = E.p(text), E.p(text)
    stages(talk, True)
    stages(report, False)
    assert len(talk.findall("{*}stage")) == 1 and report.findall("{*}stage") == [] and report.text == text


@pytest.mark.parametrize("inner", ["Time Stamp: 00:01-00:51; the sound of people walking in and sitting down",
                                   'Talking in the background, "Welcome," "Praise be to God"'])
def test_a_recording_transcribers_time_code_and_what_he_hears_are_stage_words(inner):
    """An audio transcript's bracket of its time code or of sounds in the room, quoted greetings too."""
    assert stage_words(inner)


def test_parentheses_one_after_another_after_a_stage_are_stages_each():
    """'… such a method? (Laughter). (All are silent).': in talks, the note-taker's second parenthesis after the
    first is what happened next in the room; a parenthesis opening the text after a name is the name's own."""
    assert staged("Are you ready for such a method? (Laughter). (All are silent).") == ["(Laughter).",
                                                                                      "(All are silent)."]
    assert staged("", E.persName("Testov"), " (Second Directorate).") == []
